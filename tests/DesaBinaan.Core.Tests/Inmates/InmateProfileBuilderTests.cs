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

        builder.TryBuild(out var profile, out var problems).Should().BeFalse();

        profile.Should().BeNull();
        problems.Should().ContainSingle().Which.Should().StartWith("WB-12: ").And.Contain("ISO 3166-1 alpha-2").And.Contain("nationality");
    }

    [Fact]
    public void TryBuild_SeveralBadFields_ReturnsEveryProblemNamingTheInmateAndTheField()
    {
        // One bad row of an export: a three-letter nationality, an undefined offence and a birth date in another calendar.
        var builder = new InmateProfileBuilder
        {
            Id = new InmateId("WB-15"),
            Nationality = "idn",
            Offence = (OffenceCategory)99,
            BirthDate = new LocalDate(1990, 1, 1, CalendarSystem.Julian),
        };

        builder.TryBuild(out var profile, out var problems).Should().BeFalse();

        profile.Should().BeNull();
        problems.Should().HaveCount(3);
        problems.Should().OnlyContain(p => p.StartsWith("WB-15: ", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("'offence'")).And.Contain(p => p.Contains("'nationality'")).And.Contain(p => p.Contains("'birthDate'"));
    }

    [Fact]
    public void TryBuild_NoId_SaysSo()
    {
        new InmateProfileBuilder().TryBuild(out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Should().StartWith("(no id): ").And.Contain("'id'");
    }

    [Fact]
    public void TryBuild_UndefinedStatus_ReturnsTheProblem()
    {
        var builder = new InmateProfileBuilder { Id = new InmateId("WB-13"), Status = (LegalStatus)99 };

        builder.TryBuild(out var profile, out var problems).Should().BeFalse();

        profile.Should().BeNull();
        problems.Should().ContainSingle().Which.Should().Contain("status");
    }

    [Fact]
    public void TryBuild_GoodValues_GivesTheProfileAndNoProblem()
    {
        var builder = new InmateProfileBuilder { Id = new InmateId("WB-14"), Sentence = WorkedExample };

        builder.TryBuild(out var profile, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        profile!.KeyDates.TwoThirds.Should().Be(new LocalDate(2025, 8, 21));
    }
}
