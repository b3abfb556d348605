using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>
/// Whether a number of participants and escorting officers suits an activity plan's quota and escort ratio, with the
/// reasons when it does not.
/// </summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record StaffingAssessment
{
    /// <summary>The code of a satisfied assessment.</summary>
    public const string SatisfiedCode = "activity.staffing.satisfied";

    /// <summary>Initializes an assessment.</summary>
    /// <param name="participants">The inmates taking part; must not be negative.</param>
    /// <param name="officers">The escorting officers; must not be negative.</param>
    /// <param name="requiredOfficers">The officers the escort ratio needs for <paramref name="participants"/>; must not be negative.</param>
    /// <param name="findings">The issues found; must not be null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public StaffingAssessment(int participants, int officers, int requiredOfficers, IEnumerable<StaffingFinding> findings)
    {
        Participants = Guard.Against.CountOutOfRange(participants, 0, int.MaxValue);
        Officers = Guard.Against.CountOutOfRange(officers, 0, int.MaxValue);
        RequiredOfficers = Guard.Against.CountOutOfRange(requiredOfficers, 0, int.MaxValue);
        Findings = ValueList.FromNonNull(findings, nameof(findings));
    }

    /// <summary>Gets the inmates taking part.</summary>
    public int Participants { get; }

    /// <summary>Gets the escorting officers.</summary>
    public int Officers { get; }

    /// <summary>Gets the officers the escort ratio needs.</summary>
    public int RequiredOfficers { get; }

    /// <summary>Gets the issues found; empty when satisfied.</summary>
    public ValueList<StaffingFinding> Findings { get; }

    /// <summary>Gets whether the quota and escort ratio are satisfied.</summary>
    public bool IsSatisfied => Findings.IsEmpty;

    /// <summary>Gets the code of the outcome: <see cref="SatisfiedCode"/> or that of the first issue.</summary>
    public string Code => IsSatisfied ? SatisfiedCode : Findings[0].Code;

    /// <summary>Returns the outcome's code and figures.</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() => IsSatisfied ? SatisfiedCode : string.Join("; ", Findings);
}
