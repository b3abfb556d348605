using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Scopes;

/// <summary>
/// A planned, recurring activity under a scope of a partnership, such as a weekly clean-up in the partner village:
/// its place, schedule, participant quota, escort ratio and the participation policy that decides who may take part
/// (docs/domain.md §7).
/// </summary>
/// <remarks>
/// The <see cref="ParticipationPolicyId"/> names the eligibility policy to evaluate for each inmate (for example an
/// outside-activity policy); this type does not evaluate it. Equality compares every property.
/// </remarks>
[Immutable]
public sealed record ActivityPlan
{
    /// <summary>Initializes a plan.</summary>
    /// <param name="id">The caller's id of the plan; must not be null or white space.</param>
    /// <param name="title">A short title, such as "Jumat Bersih Panjang Wetan"; must not be null or white space.</param>
    /// <param name="scope">The scope the activity serves; must not be null.</param>
    /// <param name="place">Where it takes place; must not be null.</param>
    /// <param name="schedule">When it takes place; must not be null.</param>
    /// <param name="quota">How many inmates may take part in one occurrence; must not be null.</param>
    /// <param name="escort">How many officers must escort them; must not be null.</param>
    /// <param name="participationPolicyId">The id of the eligibility policy that decides who may take part; must not be null or white space.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="participationPolicyId"/> is white space.</exception>
    public ActivityPlan(string id, string title, ScopeKind scope, ActivityPlace place, WeeklySchedule schedule, ParticipantQuota quota, EscortRatio escort, string participationPolicyId)
    {
        Id = Guard.Against.BlankText(id);
        Title = Guard.Against.BlankText(title);
        Scope = Guard.Against.Null(scope);
        Place = Guard.Against.Null(place);
        Schedule = Guard.Against.Null(schedule);
        Quota = Guard.Against.Null(quota);
        Escort = Guard.Against.Null(escort);
        ParticipationPolicyId = Guard.Against.BlankText(participationPolicyId);
    }

    /// <summary>Gets the caller's id of the plan.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the scope the activity serves.</summary>
    public ScopeKind Scope { get; }

    /// <summary>Gets where it takes place.</summary>
    public ActivityPlace Place { get; }

    /// <summary>Gets when it takes place.</summary>
    public WeeklySchedule Schedule { get; }

    /// <summary>Gets how many inmates may take part in one occurrence.</summary>
    public ParticipantQuota Quota { get; }

    /// <summary>Gets how many officers must escort them.</summary>
    public EscortRatio Escort { get; }

    /// <summary>Gets the id of the eligibility policy that decides who may take part.</summary>
    public string ParticipationPolicyId { get; }

    /// <summary>Returns whether the activity takes place on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the schedule has an occurrence on that date.</returns>
    public bool IsScheduledOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Schedule.OccursOn(date);
    }

    /// <summary>Returns the next occurrences on or after a date.</summary>
    /// <param name="from">The first date to consider.</param>
    /// <param name="count">How many occurrences at most; from 0 to <see cref="WeeklySchedule.MaximumOccurrencesPerQuery"/>.</param>
    /// <returns>The occurrences, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large.</exception>
    public ValueList<ScheduledOccurrence> NextOccurrences(LocalDate from, int count)
    {
        _ = Guard.Against.NonIsoDate(from);
        return Schedule.NextOccurrences(from, count);
    }

    /// <summary>Checks a number of participants and escorting officers against the quota and the escort ratio.</summary>
    /// <param name="participants">The inmates taking part; must not be negative.</param>
    /// <param name="officers">The escorting officers; must not be negative.</param>
    /// <returns>The assessment: satisfied, or the issues with their codes and figures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="participants"/> or <paramref name="officers"/> is negative.</exception>
    public StaffingAssessment CheckStaffing(int participants, int officers)
    {
        Guard.Against.CountOutOfRange(participants, 0, int.MaxValue);
        Guard.Against.CountOutOfRange(officers, 0, int.MaxValue);
        var findings = new List<StaffingFinding>(2);
        if (participants > Quota.Maximum)
        {
            findings.Add(new StaffingFinding(StaffingIssue.QuotaExceeded, participants, Quota.Maximum));
        }

        if (participants < Quota.Minimum)
        {
            findings.Add(new StaffingFinding(StaffingIssue.BelowMinimum, participants, Quota.Minimum));
        }

        var required = Escort.RequiredOfficers(participants);
        if (officers < required)
        {
            findings.Add(new StaffingFinding(StaffingIssue.EscortInsufficient, officers, required));
        }

        return new StaffingAssessment(participants, officers, required, findings);
    }
}
