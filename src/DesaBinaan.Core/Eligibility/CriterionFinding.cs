using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The explained outcome of one criterion: what was checked (<see cref="Descriptor"/>: reason code, title,
/// citation), the result, the facts used and, for composite criteria, the findings of the parts.
/// </summary>
/// <remarks>Built only when a <see cref="Decision"/> is made, never on the population hot path. Equality compares every member.</remarks>
[Immutable]
public sealed record CriterionFinding
{
    /// <summary>Initializes a finding.</summary>
    /// <param name="descriptor">What was checked; its code is the finding's reason code.</param>
    /// <param name="result">The result.</param>
    /// <param name="facts">The facts used (typed values); missing facts explain an unknown outcome.</param>
    /// <param name="parts">The findings of the parts of a composite criterion, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="facts"/> or <paramref name="parts"/> contains null.</exception>
    public CriterionFinding(CriterionDescriptor descriptor, CriterionResult result, ValueList<Fact> facts, ValueList<CriterionFinding>? parts = null)
    {
        Descriptor = Guard.Against.Null(descriptor);
        Result = result;
        Facts = ValueList.FromNonNull(facts, nameof(facts));
        Parts = parts is null ? ValueList<CriterionFinding>.Empty : ValueList.FromNonNull(parts, nameof(parts));
    }

    /// <summary>Gets what was checked.</summary>
    public CriterionDescriptor Descriptor { get; }

    /// <summary>Gets the compact result.</summary>
    public CriterionResult Result { get; }

    /// <summary>Gets the outcome.</summary>
    public CriterionOutcome Outcome => Result.Outcome;

    /// <summary>Gets the stable reason code (the descriptor's code).</summary>
    public string Code => Descriptor.Code;

    /// <summary>Gets the legal basis (the descriptor's citation).</summary>
    public Citation Citation => Descriptor.Citation;

    /// <summary>Gets the date on which the criterion is or will be met, or null.</summary>
    public LocalDate? Date => Result.Date;

    /// <summary>Gets the facts used.</summary>
    public ValueList<Fact> Facts { get; }

    /// <summary>Gets the findings of the parts of a composite criterion (empty for a simple criterion).</summary>
    public ValueList<CriterionFinding> Parts { get; }

    /// <summary>Returns the missing facts of this finding and of its parts that are unknown, in order, without duplicate codes.</summary>
    /// <returns>The missing facts.</returns>
    public ValueList<Fact> MissingFacts()
    {
        var found = new List<Fact>();
        CollectMissing(this, found);
        return ValueList.From(found);
    }

    /// <summary>
    /// Returns the finding as a sentence a person reads, in one language: whether the condition holds (met, not met,
    /// waiting until a date, not recorded, not applicable), the condition, what was recorded and its legal basis, such
    /// as <c>not met: Placed at minimum security (recorded: security level: medium; Permenkumham 3/2018 Pasal 44)</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        var en = language == Language.English;
        var verdict = Outcome switch
        {
            CriterionOutcome.Met => en ? "met" : "terpenuhi",
            CriterionOutcome.NotMet when Date is { } until => (en ? "waiting until " : "menunggu sampai ") + until.ToIso(),
            CriterionOutcome.NotMet => en ? "not met" : "tidak terpenuhi",
            CriterionOutcome.Unknown => en ? "not recorded" : "belum tercatat",
            _ => en ? "not applicable" : "tidak berlaku",
        };
        return verdict + ": " + DescribeCondition(language);
    }

    /// <summary>Returns the condition, what was recorded and its legal basis, without the verdict (for a text that has already said it).</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>Has served 1/2 of the sentence (recorded: days served: 350 of 360 days; Permenkumham 3/2018)</c>.</returns>
    internal string DescribeCondition(Language language)
    {
        var en = language == Language.English;
        var details = new List<string>();
        var recorded = Facts.Where(f => f.Kind != FactKind.Missing && !f.Code.StartsWith("parameter.", StringComparison.Ordinal)).Select(f => f.Format(language)).ToList();
        if (recorded.Count > 0)
        {
            details.Add((en ? "recorded: " : "tercatat: ") + string.Join(", ", recorded));
        }

        var missing = MissingFacts();
        if (missing.Count > 0)
        {
            details.Add((en ? "missing: " : "belum tercatat: ") + string.Join(", ", missing.Select(f => f.Name.In(language))));
        }

        details.Add(Citation.ToString());
        return Descriptor.Title.In(language) + " (" + string.Join("; ", details) + ")";
    }

    /// <summary>Returns the reason code and the result, such as <c>asimilasi.half-served: NotMet until 2026-07-14</c>.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() => Code + ": " + Result;

    private static void CollectMissing(CriterionFinding finding, List<Fact> found)
    {
        if (finding.Outcome != CriterionOutcome.Unknown)
        {
            return;
        }

        foreach (var fact in finding.Facts)
        {
            if (fact.IsMissing && !found.Exists(f => string.Equals(f.Code, fact.Code, StringComparison.Ordinal)))
            {
                found.Add(fact);
            }
        }

        foreach (var part in finding.Parts)
        {
            CollectMissing(part, found);
        }
    }
}
