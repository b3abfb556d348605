using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Population;

/// <summary>
/// A report row without its texts (the population export path): which subject of a
/// <see cref="RosterEvaluation{TSubject, TParameters}"/>, the decision status, the eligible-from day and which entry of
/// the roster's <see cref="RosterEvaluation{TSubject, TParameters}.RowBlockers"/> blocks first. Sixteen bytes, no
/// string and no reference, so a roster writes them into a caller's buffer without allocating
/// (<see cref="RosterEvaluation{TSubject, TParameters}.WriteRowData"/>); the texts are looked up once per blocker, and
/// <see cref="RosterEvaluation{TSubject, TParameters}.ToRow(in EligibilityRowData, EligibilityRowTexts)"/> turns one of them into the full <see cref="EligibilityRow"/>.
/// </summary>
/// <remarks>
/// A row data is meaningful only with the roster that wrote it (the subject and the blocker are positions in it).
/// The default value is subject 0, <see cref="DecisionStatus.Undetermined"/>, no eligible-from date and no blocker.
/// Equality compares every member.
/// </remarks>
[Immutable]
public readonly record struct EligibilityRowData
{
    private readonly int eligibleFromPlusOne;
    private readonly int blockerPlusOne;

    internal EligibilityRowData(int subjectIndex, DecisionStatus status, int eligibleFromPlusOne, int blocker)
    {
        SubjectIndex = subjectIndex;
        Status = status;
        this.eligibleFromPlusOne = eligibleFromPlusOne;
        blockerPlusOne = blocker + 1;
    }

    /// <summary>Gets the subject's position in the roster (and in its <see cref="RosterEvaluation{TSubject, TParameters}.Subjects"/>).</summary>
    public int SubjectIndex { get; }

    /// <summary>Gets the decision status.</summary>
    public DecisionStatus Status { get; }

    /// <summary>Gets whether the row has an eligible-from date (eligible or not yet eligible).</summary>
    public bool HasEligibleFrom => eligibleFromPlusOne != 0;

    /// <summary>Gets the eligible-from day number (<see cref="DayNumbers"/>) when <see cref="HasEligibleFrom"/>, otherwise -1.</summary>
    public int EligibleFromDayNumber => eligibleFromPlusOne - 1;

    /// <summary>Gets the date from which the subject is eligible (for an eligible subject, the evaluation date), or null.</summary>
    public LocalDate? EligibleFrom => eligibleFromPlusOne == 0 ? null : DayNumbers.ToDate(eligibleFromPlusOne - 1);

    /// <summary>
    /// Gets the position of the first blocking criterion in the roster's <see cref="RosterEvaluation{TSubject, TParameters}.RowBlockers"/>
    /// (for a rule with exceptions, the branch that decides for this subject), or -1 when none blocks.
    /// </summary>
    public int Blocker => blockerPlusOne - 1;

    /// <summary>Returns the subject's position, the status, the eligible-from date and the blocker's position, in invariant form.</summary>
    /// <returns>For example <c>#17 NotYetEligible from 2026-07-14 (blocker 4)</c>.</returns>
    public override string ToString() =>
        "#" + SubjectIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Status
        + (EligibleFrom is { } from ? " from " + from.ToIso() : string.Empty)
        + (Blocker >= 0 ? " (blocker " + Blocker.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
}
