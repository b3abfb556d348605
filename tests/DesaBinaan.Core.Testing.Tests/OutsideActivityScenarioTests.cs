using DesaBinaan.Core.Institutions;
using NodaTime;

namespace DesaBinaan.Core.Testing.Tests;

/// <summary>Who may take part in the partnership's activity (docs/domain.md §1, §3, §7, §9), through the testing kit.</summary>
public sealed class OutsideActivityScenarioTests
{
    private static readonly InmateBuilder HalfServed = AnInmate.Convict().Sentenced("2y").ServedHalfOn(new LocalDate(2026, 3, 1));

    [Fact]
    public void ConvictWithHalfServed_MayJoinJumatBersih()
    {
        AnActivity.OutsideActivityOn(AnActivity.FirstDay).Decide(HalfServed, AnActivity.FirstDay).Should().BeEligible();
    }

    [Fact]
    public void MediumSecurity_MayNotGoOutside()
    {
        // docs/domain.md §3: minimum security for outside activities is a policy switch, on by default.
        AnActivity.OutsideActivityOn(AnActivity.FirstDay).Decide(HalfServed.AtSecurityLevel(SecurityLevel.Medium), AnActivity.FirstDay)
            .Should().BeIneligibleBecause("activity.minimum-security");
    }

    [Fact]
    public void NoAgreementInForce_NoOneGoesOutside()
    {
        // docs/domain.md §6–§7: the activity's scope must be covered by an agreement in force on the date.
        AnActivity.OutsideActivityOn(AnActivity.FirstDay, APartnership.DesaBinaan().Unsigned()).Decide(HalfServed, AnActivity.FirstDay)
            .Should().BeIneligibleBecause("activity.agreement-in-force");
    }

    [Fact]
    public void NoEscort_NoOneGoesOutside()
    {
        // docs/domain.md §7: outside activities are escorted; no officer, no capacity.
        AnActivity.OutsideActivityOn(AnActivity.FirstDay, escortOfficers: 0).Decide(HalfServed, AnActivity.FirstDay)
            .Should().BeIneligibleBecause("activity.escort-capacity");
    }
}
