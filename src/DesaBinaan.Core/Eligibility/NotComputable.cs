using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A subject whose dates cannot be counted under a policy version (a date would fall past 9999-12-31 or before
/// 0001-01-01 under its counting convention): such a subject is undetermined, with this reason, and never stops the
/// evaluation of the others.
/// </summary>
internal static class NotComputable
{
    /// <summary>The code of the fact that says why.</summary>
    public const string Code = "evaluation.not-computable";

    /// <summary>The fact a finding carries when its criterion could not be computed for the subject.</summary>
    public static readonly Fact Fact = Fact.Missing(
        Code,
        new LocalizedText(
            "Tidak dapat dihitung: dengan konvensi penghitungan versi ini, tanggalnya jatuh di luar 0001-01-01 s.d. 9999-12-31",
            "Cannot be computed: under this version's counting convention its dates fall outside 0001-01-01 to 9999-12-31"));

    /// <summary>Returns whether an exception is the arithmetic refusing a subject's dates (and not a fault of the caller or the package).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for an argument or overflow exception.</returns>
    public static bool Is(Exception exception) => exception is ArgumentException or OverflowException;

    /// <summary>Fills a subject's results with unknown and returns its summary: undetermined.</summary>
    /// <param name="results">The subject's results, one per criterion.</param>
    /// <param name="evaluationDay">The evaluation day number.</param>
    /// <returns>The summary.</returns>
    public static EvaluationSummary Fill(Span<CriterionResult> results, int evaluationDay)
    {
        results.Fill(CriterionResult.Unknown);
        var unknown = results.Length >= 64 ? ulong.MaxValue : (1UL << results.Length) - 1;
        return EvaluationSummary.FromMasks(CriterionOutcome.Met, 0, 0, unknown, -1, evaluationDay);
    }

    /// <summary>Returns the finding of a criterion that could not be computed for a subject.</summary>
    /// <param name="descriptor">The criterion.</param>
    /// <returns>An unknown finding saying why.</returns>
    public static CriterionFinding Finding(CriterionDescriptor descriptor) => new(descriptor, CriterionResult.Unknown, [Fact]);
}
