using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Eligibility;

/// <summary>Dated versions and the timeline (the design notes: law is dated data, no gaps or overlaps).</summary>
public sealed class PolicyTests
{
    [Theory]
    [InlineData(2020, 1, 1, "toy.v1")]
    [InlineData(2022, 12, 31, "toy.v1")]
    [InlineData(2023, 1, 1, "toy.v2")]
    [InlineData(2030, 6, 1, "toy.v2")]
    public void VersionOn_PicksVersionInForce(int y, int m, int d, string expected)
    {
        Toy.Policy().VersionOn(new LocalDate(y, m, d)).Id.Should().Be(expected);
    }

    [Fact]
    public void VersionOn_BeforeFirstVersion_Throws()
    {
        var policy = Toy.Policy();
        policy.TryGetVersion(new LocalDate(2019, 12, 31), out var version).Should().BeFalse();
        version.Should().BeNull();
        var act = () => policy.VersionOn(new LocalDate(2019, 12, 31));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date").WithMessage("*No version of policy 'toy'*2019-12-31*");
    }

    [Fact]
    public void Constructor_VersionsInAnyOrder_SortsThem()
    {
        var a = Toy.Version("toy.a", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31));
        var b = Toy.Version("toy.b", new LocalDate(2021, 1, 1), LocalDate.MaxIsoValue);
        var policy = new Policy<ToySubject, ToyParameters>("toy", new("T", "T"), [b, a]);
        policy.Versions.Select(v => v.Id).Should().Equal("toy.a", "toy.b");
        policy.Coverage.Equals(new DateInterval(new LocalDate(2020, 1, 1), LocalDate.MaxIsoValue)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_Gap_Throws()
    {
        var a = Toy.Version("toy.a", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 30));
        var b = Toy.Version("toy.b", new LocalDate(2021, 1, 1), LocalDate.MaxIsoValue);
        var act = () => new Policy<ToySubject, ToyParameters>("toy", new("T", "T"), [a, b]);
        act.Should().Throw<ArgumentException>().WithParameterName("versions").WithMessage("*gap*'toy.a' ends on 2020-12-30*'toy.b' starts on 2021-01-01*");
    }

    [Fact]
    public void Constructor_Overlap_Throws()
    {
        var a = Toy.Version("toy.a", new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1));
        var b = Toy.Version("toy.b", new LocalDate(2021, 1, 1), LocalDate.MaxIsoValue);
        var act = () => new Policy<ToySubject, ToyParameters>("toy", new("T", "T"), [a, b]);
        act.Should().Throw<ArgumentException>().WithParameterName("versions").WithMessage("*overlap*");
    }

    [Fact]
    public void Constructor_DuplicateVersionId_Throws()
    {
        var a = Toy.Version("toy.a", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31));
        var b = Toy.Version("toy.a", new LocalDate(2021, 1, 1), LocalDate.MaxIsoValue);
        var act = () => new Policy<ToySubject, ToyParameters>("toy", new("T", "T"), [a, b]);
        act.Should().Throw<ArgumentException>().WithParameterName("versions").WithMessage("*distinct ids*");
    }

    [Fact]
    public void Version_DuplicateCriterionCode_Throws()
    {
        var act = () => new PolicyVersion<ToySubject, ToyParameters>("toy.v", new("T", "T"), new DateInterval(Toy.Start, LocalDate.MaxIsoValue), [new Citation("Toy 1/2000")], new ToyParameters(true, "X"),
            [new Fixed("toy.same", CriterionResult.Met), new Fixed("toy.same", CriterionResult.Met)]);
        act.Should().Throw<ArgumentException>().WithParameterName("criteria").WithMessage("*distinct codes*");
    }

    [Fact]
    public void Version_NoCitation_Throws()
    {
        var act = () => new PolicyVersion<ToySubject, ToyParameters>("toy.v", new("T", "T"), new DateInterval(Toy.Start, LocalDate.MaxIsoValue), [], new ToyParameters(true, "X"), [new Fixed("toy.a", CriterionResult.Met)]);
        act.Should().Throw<ArgumentException>().WithParameterName("citations").WithMessage("*cite at least one*");
    }

    [Theory]
    [InlineData("Asimilasi.Half")]
    [InlineData("asimilasi..half")]
    [InlineData("asimilasi half")]
    [InlineData("1asimilasi")]
    public void Descriptor_BadCode_Throws(string code)
    {
        var act = () => new CriterionDescriptor(code, new("T", "T"), new Citation("Toy 1/2000"));
        act.Should().Throw<ArgumentException>().WithParameterName(nameof(code)).WithMessage("*dotted lower-case*");
    }

    [Fact]
    public void WithParameters_ReplacesParametersOfEveryVersion()
    {
        var policy = Toy.Policy().WithParameters(p => new ToyParameters(false, p.City));
        policy.Versions.Should().OnlyContain(v => !v.Parameters.RequireReport);
        policy.Versions.Select(v => v.Id).Should().Equal("toy.v1", "toy.v2");
    }

    [Fact]
    public void Decide_UsesVersionInForceOnTheDate()
    {
        var subject = Toy.Subject(half: new LocalDate(2021, 1, 1));
        Toy.Policy().Decide(subject, new LocalDate(2022, 6, 1)).VersionId.Should().Be("toy.v1");
        Toy.Policy().Decide(subject, new LocalDate(2023, 6, 1)).VersionId.Should().Be("toy.v2");
    }
}
