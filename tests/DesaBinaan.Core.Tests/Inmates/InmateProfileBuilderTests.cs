using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Inmates;

public sealed class InmateProfileBuilderTests
{
    private static readonly SentenceHistory WorkedExample = InmateProfileTests.WorkedExample;

    [Fact]
    public void Build_GivesTheProfileOfTheConstructor()
    {
        var builder = new InmateProfileBuilder
        {
            Id = new InmateId("WB-10"),
            Sentence = WorkedExample,
            Offence = OffenceCategory.General,
            Security = SecurityLevel.Minimum,
            Nationality = "ID",
            Religion = Religion.Islam,
        };

        var profile = builder.Build();

        profile.Status.Should().Be(LegalStatus.Convict, "a builder starts as a convict, the status of almost every record");
        profile.Offence.Should().Be(OffenceCategory.General);
        profile.Religion.Should().Be(Religion.Islam);
        profile.IsForeignNational.Should().BeFalse();
        // docs/domain.md §8 worked example under the practice convention: expiry 2026-06-27.
        profile.KeyDates.Expiry.Should().Be(new LocalDate(2026, 6, 27));
        profile.RegisterF.Should().BeNull("nothing set is not recorded, never a clean register");
    }

    [Fact]
    public void ToBuilder_ChangesSeveralFieldsAndKeepsTheRest()
    {
        var original = new InmateProfile(new InmateId("WB-11"), LegalStatus.Convict, WorkedExample, OffenceCategory.Narcotics, SecurityLevel.Medium, registerF: [], religion: Religion.Hinduism);

        var builder = original.ToBuilder();
        builder.Security = SecurityLevel.Minimum;
        builder.ActiveInGuidance = true;
        var changed = builder.Build();

        changed.Should().NotBeSameAs(original);
        changed.Security.Should().Be(SecurityLevel.Minimum);
        changed.ActiveInGuidance.Should().BeTrue();
        changed.Id.Should().Be(original.Id);
        changed.Offence.Should().Be(OffenceCategory.Narcotics);
        changed.Religion.Should().Be(Religion.Hinduism);
        changed.RegisterF.Should().BeEmpty();
        changed.KeyDates.Should().Be(original.KeyDates);
        original.Security.Should().Be(SecurityLevel.Medium, "the profile is immutable; only the builder changed");
    }

    [Fact]
    public void Build_WithoutId_ThrowsNamingTheParameter()
    {
        var act = () => new InmateProfileBuilder().Build();

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void TryBuild_BadNationality_ReturnsTheRuleInsteadOfThrowing()
    {
        var builder = new InmateProfileBuilder { Id = new InmateId("WB-12"), Nationality = "idn" };

        builder.TryBuild(out var profile, out var problem).Should().BeFalse();

        profile.Should().BeNull();
        problem.Should().Contain("ISO 3166-1 alpha-2").And.Contain("nationality");
    }

    [Fact]
    public void TryBuild_UndefinedStatus_ReturnsTheProblem()
    {
        var builder = new InmateProfileBuilder { Id = new InmateId("WB-13"), Status = (LegalStatus)99 };

        builder.TryBuild(out var profile, out var problem).Should().BeFalse();

        profile.Should().BeNull();
        problem.Should().Contain("status");
    }

    [Fact]
    public void TryBuild_GoodValues_GivesTheProfileAndNoProblem()
    {
        var builder = new InmateProfileBuilder { Id = new InmateId("WB-14"), Sentence = WorkedExample };

        builder.TryBuild(out var profile, out var problem).Should().BeTrue();

        problem.Should().BeEmpty();
        profile!.KeyDates.TwoThirds.Should().Be(new LocalDate(2025, 8, 21));
    }
}
