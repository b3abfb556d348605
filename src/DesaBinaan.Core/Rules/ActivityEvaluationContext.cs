using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The activity an outside-activity decision is about, assessed for one date: its plan (scope, quota, escort ratio),
/// whether its scope is covered by an agreement in force on that date, and how many escort officers are assigned.
/// </summary>
/// <remarks>
/// Build it with <see cref="Assess"/> from the plan and the partnership (the coverage is asked of
/// <see cref="Partnership.CoversScopeOn"/> once, not per inmate), or with <see cref="Recorded"/> when the coverage is
/// known from elsewhere. Equality compares every member.
/// </remarks>
[Immutable]
public sealed record ActivityEvaluationContext
{
    private ActivityEvaluationContext(ActivityPlan plan, LocalDate date, bool? scopeCovered, int escortOfficers)
    {
        Plan = Guard.Against.Null(plan);
        Date = date;
        ScopeCovered = scopeCovered;
        EscortOfficers = Guard.Against.NegativeCount(escortOfficers);
    }

    /// <summary>Gets the activity plan.</summary>
    public ActivityPlan Plan { get; }

    /// <summary>Gets the date for which the context was assessed; decisions on other dates find the coverage unknown.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the activity's scope is covered by an agreement in force on <see cref="Date"/>, or null when unknown.</summary>
    public bool? ScopeCovered { get; }

    /// <summary>Gets the number of escort officers assigned.</summary>
    public int EscortOfficers { get; }

    /// <summary>Gets the number of inmates the assigned officers can escort under the plan's ratio (<see cref="EscortRatio.InmatesEscortedBy"/>).</summary>
    public int EscortCapacity => Plan.Escort.InmatesEscortedBy(EscortOfficers);

    /// <summary>Assesses an activity of a partnership on a date.</summary>
    /// <param name="plan">The activity plan; must not be null.</param>
    /// <param name="partnership">The partnership whose agreements must cover the plan's scope; must not be null.</param>
    /// <param name="date">The date of the activity.</param>
    /// <param name="escortOfficers">The escort officers assigned; must not be negative.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="partnership"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="escortOfficers"/> is negative.</exception>
    public static ActivityEvaluationContext Assess(ActivityPlan plan, Partnership partnership, LocalDate date, int escortOfficers)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(plan);
        Guard.Against.Null(partnership);
        return new(plan, date, partnership.CoversScopeOn(plan.Scope, date), escortOfficers);
    }

    /// <summary>Builds a context whose coverage is known from elsewhere (or unknown).</summary>
    /// <param name="plan">The activity plan; must not be null.</param>
    /// <param name="date">The date of the activity.</param>
    /// <param name="scopeCovered">Whether an agreement in force on the date covers the scope, or null when unknown.</param>
    /// <param name="escortOfficers">The escort officers assigned; must not be negative.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="escortOfficers"/> is negative.</exception>
    public static ActivityEvaluationContext Recorded(ActivityPlan plan, LocalDate date, bool? scopeCovered, int escortOfficers)
    {
        _ = Guard.Against.NonIsoDate(date);
        return new(plan, date, scopeCovered, escortOfficers);
    }

    /// <summary>Describes the context for officers in one language: the activity's title, the date, the coverage and the escort officers.</summary>
    /// <param name="language">The language of the text; numbers follow its culture (<c>id-ID</c> or <c>en-GB</c>).</param>
    /// <returns>
    /// For example <c>Jumat Bersih pada 2026-06-05: lingkup tercakup perjanjian yang berlaku, 10 petugas pengawal</c> or
    /// <c>Jumat Bersih on 2026-06-05: scope covered by an agreement in force, 10 escort officers</c>.
    /// </returns>
    public string Describe(Language language)
    {
        var coverage = ScopeCovered switch
        {
            null => new LocalizedText("cakupan lingkup oleh perjanjian tidak diketahui", "coverage of the scope by an agreement unknown"),
            true => new LocalizedText("lingkup tercakup perjanjian yang berlaku", "scope covered by an agreement in force"),
            false => new LocalizedText("lingkup tidak tercakup perjanjian yang berlaku", "scope not covered by an agreement in force"),
        };
        var officers = EscortOfficers.ToString("N0", language.Culture());
        return language == Language.English
            ? $"{Plan.Title} on {Date.ToIso()}: {coverage.English}, {officers} escort officers"
            : $"{Plan.Title} pada {Date.ToIso()}: {coverage.Indonesian}, {officers} petugas pengawal";
    }

    /// <summary>Returns the plan id, the date and the coverage.</summary>
    /// <returns>For example <c>jumat-bersih on 2026-06-05: covered, 10 officers</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Plan.Id} on {Date.ToIso()}: {(ScopeCovered is null ? "coverage unknown" : ScopeCovered.Value ? "covered" : "not covered")}, {EscortOfficers} officers");
}
