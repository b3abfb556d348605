using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>How many subjects have each decision status.</summary>
/// <remarks>The default value counts no subject. Equality compares every count.</remarks>
[Immutable]
public readonly record struct StatusCounts
{
    /// <summary>Initializes the counts.</summary>
    /// <param name="eligible">The number eligible; not negative.</param>
    /// <param name="notYetEligible">The number not yet eligible (waiting for a date); not negative.</param>
    /// <param name="ineligible">The number ineligible; not negative.</param>
    /// <param name="undetermined">The number undetermined (missing evidence); not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public StatusCounts(int eligible, int notYetEligible, int ineligible, int undetermined)
    {
        Guard.Against.NegativeCount(eligible);
        Guard.Against.NegativeCount(notYetEligible);
        Guard.Against.NegativeCount(ineligible);
        Guard.Against.NegativeCount(undetermined);
        Eligible = eligible;
        NotYetEligible = notYetEligible;
        Ineligible = ineligible;
        Undetermined = undetermined;
    }

    /// <summary>Gets the number of eligible subjects.</summary>
    public int Eligible { get; }

    /// <summary>Gets the number of subjects not yet eligible.</summary>
    public int NotYetEligible { get; }

    /// <summary>Gets the number of ineligible subjects.</summary>
    public int Ineligible { get; }

    /// <summary>Gets the number of undetermined subjects.</summary>
    public int Undetermined { get; }

    /// <summary>Gets the number of subjects counted.</summary>
    public int Total => Eligible + NotYetEligible + Ineligible + Undetermined;

    /// <summary>Returns the count of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of subjects with that status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public int Of(DecisionStatus status) => status switch
    {
        DecisionStatus.Eligible => Eligible,
        DecisionStatus.NotYetEligible => NotYetEligible,
        DecisionStatus.Ineligible => Ineligible,
        DecisionStatus.Undetermined => Undetermined,
        _ => throw GuardRules.NotDefined(status),
    };

    /// <summary>Counts the statuses of summaries.</summary>
    /// <param name="summaries">The summaries.</param>
    /// <returns>The counts.</returns>
    public static StatusCounts Of(ReadOnlySpan<EvaluationSummary> summaries)
    {
        Span<int> counts = stackalloc int[4];
        foreach (ref readonly var s in summaries)
        {
            counts[(int)s.Status & 3]++;
        }

        return new(counts[(int)DecisionStatus.Eligible], counts[(int)DecisionStatus.NotYetEligible], counts[(int)DecisionStatus.Ineligible], counts[(int)DecisionStatus.Undetermined]);
    }

    /// <summary>Returns the counts as text.</summary>
    /// <returns>For example <c>eligible 120, not yet 40, ineligible 300, undetermined 12</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"eligible {Eligible}, not yet {NotYetEligible}, ineligible {Ineligible}, undetermined {Undetermined}");
}
