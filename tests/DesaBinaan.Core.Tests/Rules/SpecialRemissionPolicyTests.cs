using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>The special remission policy follows the religion first recorded in the register (Keppres 174/1999 Pasal 7 ayat (5)).</summary>
public sealed class SpecialRemissionPolicyTests
{
    // Natal 2026: a Christian convict detained 2025-01-02 meets the time conditions; a Muslim one does not; one whose
    // religion is not recorded is undetermined, never a silent no.
    [Theory]
    [InlineData(Religion.Christianity, CriterionOutcome.Met)]
    [InlineData(Religion.Islam, CriterionOutcome.NotMet)]
    [InlineData(null, CriterionOutcome.Unknown)]
    public void SpecialRemissionOnNatal_FollowsTheReligionFirstRecorded(Religion? religion, CriterionOutcome expected)
    {
        var natal = IndonesianPolicies.Remission.WithParameters(p => p.WithSettings(new RemissionSettings(RemissionKind.Special, holiday: ReligiousHoliday.Natal)));
        var profile = Convict().WithReligion(religion);
        profile.Religion.Should().Be(religion);
        Result(natal, "remisi.time-served", profile, new LocalDate(2026, 12, 25)).Outcome.Should().Be(expected);
    }

    [Fact]
    public void RemissionSettings_HolidayOnlyForTheSpecialRemission()
    {
        var act = () => new RemissionSettings(RemissionKind.General, holiday: ReligiousHoliday.IdulFitri);
        act.Should().Throw<ArgumentException>().WithParameterName("holiday").WithMessage("*special remission*");
    }
}
