using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>One subject whose status differs between two evaluations, the direction and the criteria that cause it.</summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record StatusChange
{
    /// <summary>Initializes a change.</summary>
    /// <param name="index">The subject's position in the roster; not negative.</param>
    /// <param name="subjectId">The subject's opaque id.</param>
    /// <param name="before">The status under the first evaluation.</param>
    /// <param name="after">The status under the second evaluation; different from <paramref name="before"/>.</param>
    /// <param name="causes">The codes of the criteria whose blocking differs between the two (blocking in one and not in the other, or present in only one version), in the order of the second version and then the first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subjectId"/> or <paramref name="causes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is white space, a status is not defined, the statuses are equal, or <paramref name="causes"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public StatusChange(int index, string subjectId, DecisionStatus before, DecisionStatus after, ValueList<string> causes)
    {
        Index = Guard.Against.NegativeCount(index);
        SubjectId = Guard.Against.BlankText(subjectId);
        Before = Guard.Against.EnumOutOfRange(before);
        After = Guard.Against.EnumOutOfRange(after);
        Guard.Against.InvalidInput(after, nameof(after), a => a != before, "A status change needs two different statuses.");
        Causes = ValueList.FromNonNull(causes, nameof(causes));
    }

    /// <summary>Gets the subject's position in the roster.</summary>
    public int Index { get; }

    /// <summary>Gets the subject's opaque id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the status under the first evaluation.</summary>
    public DecisionStatus Before { get; }

    /// <summary>Gets the status under the second evaluation.</summary>
    public DecisionStatus After { get; }

    /// <summary>Gets the direction of the change.</summary>
    public ChangeDirection Direction =>
        After == DecisionStatus.Eligible ? ChangeDirection.BecameEligible
        : Before == DecisionStatus.Eligible ? ChangeDirection.LostEligibility
        : ChangeDirection.Other;

    /// <summary>Gets the codes of the criteria that cause the change.</summary>
    public ValueList<string> Causes { get; }

    /// <summary>Returns the change as text.</summary>
    /// <returns>For example <c>WB-07: Ineligible -> Eligible (outside.minimum-security)</c>.</returns>
    public override string ToString() => SubjectId + ": " + Before + " -> " + After + " (" + string.Join(", ", Causes) + ")";
}
