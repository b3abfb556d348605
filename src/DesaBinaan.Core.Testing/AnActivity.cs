using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// The scenario's outside activity (the domain reference, §7) and the outside-activity policy bound to it: "Jumat
/// Bersih", environmental cleanliness in Kelurahan Panjang Wetan every Friday 07:00–10:00 WIB from 19 June to
/// 18 December 2026, 5 to 30 inmates, one officer for three inmates.
/// </summary>
public static class AnActivity
{
    /// <summary>The first day of the default activity: Friday 19 June 2026.</summary>
    public static readonly LocalDate FirstDay = new(2026, 6, 19);

    /// <summary>Returns the default activity plan.</summary>
    /// <returns>The plan.</returns>
    public static ActivityPlan JumatBersih() => new(
        "jumat-bersih",
        "Jumat Bersih",
        ScopeKind.EnvironmentalCleanliness,
        new ActivityPlace(RegionCode.Parse("33.75.03.1004"), "Balai Kelurahan Panjang Wetan"),
        WeeklySchedule.Every(new DateInterval(FirstDay, new LocalDate(2026, 12, 18)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta"),
        new ParticipantQuota(30, 5),
        new EscortRatio(1, 3),
        "outside-activity");

    /// <summary>
    /// Returns the built-in outside-activity policy bound to an activity assessed on a date: the activity's scope
    /// checked against the partnership's agreements in force on that date, and the escort officers assigned.
    /// </summary>
    /// <param name="date">The date of the activity (decide on this date).</param>
    /// <param name="partnership">The partnership, or null for <see cref="APartnership.DesaBinaan"/> (its PKS covers environmental cleanliness from 20 May 2026).</param>
    /// <param name="escortOfficers">The escort officers assigned; not negative.</param>
    /// <param name="plan">The activity plan, or null for <see cref="JumatBersih"/>.</param>
    /// <returns>The bound policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="escortOfficers"/> is negative.</exception>
    public static Policy<InmateProfile, RightsParameters> OutsideActivityOn(LocalDate date, Partnership? partnership = null, int escortOfficers = 10, ActivityPlan? plan = null) =>
        IndonesianPolicies.OutsideActivityFor(ActivityEvaluationContext.Assess(plan ?? JumatBersih(), partnership ?? APartnership.DesaBinaan(), date, escortOfficers));
}
