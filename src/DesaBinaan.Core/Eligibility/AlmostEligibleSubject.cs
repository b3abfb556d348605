using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>A subject not yet eligible who becomes eligible soon, with the criteria it waits for.</summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record AlmostEligibleSubject
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="subjectId">The subject's opaque id.</param>
    /// <param name="eligibleFrom">The date from which the subject is eligible.</param>
    /// <param name="daysToWait">The days from the evaluation date to <paramref name="eligibleFrom"/>; must be positive.</param>
    /// <param name="waitingFor">The time-based criteria not yet met.</param>
    /// <param name="assumptions">The assumptions under which the date holds.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysToWait"/> is not positive.</exception>
    public AlmostEligibleSubject(string subjectId, LocalDate eligibleFrom, int daysToWait, ValueList<CriterionFinding> waitingFor, ValueList<LocalizedText> assumptions)
    {
        _ = Guard.Against.NonIsoDate(eligibleFrom);
        SubjectId = Guard.Against.BlankText(subjectId);
        EligibleFrom = eligibleFrom;
        DaysToWait = Guard.Against.CountOutOfRange(daysToWait, 1, int.MaxValue);
        WaitingFor = ValueList.FromNonNull(waitingFor, nameof(waitingFor));
        Assumptions = ValueList.FromNonNull(assumptions, nameof(assumptions));
    }

    /// <summary>Gets the subject's opaque id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the date from which the subject is eligible.</summary>
    public LocalDate EligibleFrom { get; }

    /// <summary>Gets the number of days to wait.</summary>
    public int DaysToWait { get; }

    /// <summary>Gets the time-based criteria not yet met.</summary>
    public ValueList<CriterionFinding> WaitingFor { get; }

    /// <summary>Gets the assumptions under which the date holds.</summary>
    public ValueList<LocalizedText> Assumptions { get; }

    /// <summary>Returns the id, the date and the codes waited for.</summary>
    /// <returns>For example <c>WB-07 from 2026-05-20 (19 days): asimilasi.half-served</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{SubjectId} from {EligibleFrom.ToIso()} ({DaysToWait} days): {string.Join(", ", WaitingFor.Select(f => f.Code))}");
}
