using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>One reason why a staffing does not suit an activity plan, with the figures that show it.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record StaffingFinding
{
    /// <summary>Initializes a finding.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="actual">The number given (participants or officers).</param>
    /// <param name="limit">The limit it breaks (the quota bound or the officers required).</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="issue"/> is not a defined value.</exception>
    public StaffingFinding(StaffingIssue issue, int actual, int limit)
    {
        Issue = Guard.Against.EnumOutOfRange(issue);
        Actual = actual;
        Limit = limit;
    }

    /// <summary>Gets the issue.</summary>
    public StaffingIssue Issue { get; }

    /// <summary>Gets the number given.</summary>
    public int Actual { get; }

    /// <summary>Gets the limit broken.</summary>
    public int Limit { get; }

    /// <summary>Gets the stable code of the issue, such as <c>activity.escort.insufficient</c>.</summary>
    public string Code => Issue.Code();

    /// <summary>Gets the reason in Indonesian and English, with the figures.</summary>
    public LocalizedText Reason => Issue.Describe(Actual, Limit);

    /// <summary>Returns the code and figures, such as <c>activity.escort.insufficient (8 &lt; 10)</c>.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() => Reason.English;
}
