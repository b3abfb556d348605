using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The explained decision of a policy for one subject on one date: the status (eligible, not yet eligible from a
/// date, ineligible, undetermined), every criterion's finding, the policy version and its legal basis, the
/// counting convention, the assumptions, the missing evidence and a fingerprint of the rules and data used.
/// </summary>
/// <remarks>
/// The status, the eligible-from date, the blockers, the assumptions and the missing evidence are derived from the
/// findings by the constructor, and the fingerprint from the members when first asked for, so that a decision read
/// back from storage is consistent. Equality compares every member given to the constructor (so equal decisions
/// have equal fingerprints).
/// </remarks>
[Immutable]
public sealed record Decision
{
    // The fingerprint, computed on first use. A race computes the same string twice, harmlessly.
    private readonly Computed computed = new();

    /// <summary>Initializes a decision and derives its status from the findings.</summary>
    /// <param name="subjectId">The subject's opaque id.</param>
    /// <param name="policyId">The policy's id.</param>
    /// <param name="policyTitle">The policy's title.</param>
    /// <param name="versionId">The id of the policy version used.</param>
    /// <param name="versionEffective">The days on which that version is in force.</param>
    /// <param name="citations">The legal basis of the version.</param>
    /// <param name="convention">The counting convention, or null when the policy counts no time.</param>
    /// <param name="parameters">The version's parameter values.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="applicability">The finding of the applicability condition, or null when the policy applies to every subject.</param>
    /// <param name="findings">The findings of the criteria, in order.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is white space or a list contains null.</exception>
    public Decision(string subjectId, string policyId, LocalizedText policyTitle, string versionId, DateInterval versionEffective, ValueList<Citation> citations, LocalizedText? convention, ValueList<Fact> parameters, LocalDate date, CriterionFinding? applicability, ValueList<CriterionFinding> findings)
    {
        _ = Guard.Against.NonIsoInterval(versionEffective);
        _ = Guard.Against.UncountableDate(date);
        SubjectId = Guard.Against.BlankText(subjectId);
        PolicyId = Guard.Against.BlankText(policyId);
        PolicyTitle = Guard.Against.Null(policyTitle);
        VersionId = Guard.Against.BlankText(versionId);
        VersionEffective = Guard.Against.Null(versionEffective);
        Citations = ValueList.FromNonNull(citations, nameof(citations));
        Convention = convention;
        Parameters = ValueList.FromNonNull(parameters, nameof(parameters));
        Date = date;
        Applicability = applicability;
        Findings = ValueList.FromNonNull(findings, nameof(findings));

        var results = new CriterionResult[Findings.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Findings[i].Result;
        }

        var summary = EvaluationSummary.From(applicability?.Result ?? CriterionResult.Met, results, DayNumbers.FromDate(date));
        Status = summary.Status;
        EligibleFrom = summary.EligibleFrom;
        Blockers = BlockersOf(applicability, Findings);
        Assumptions = AssumptionsOf(Status, EligibleFrom, versionEffective, Findings);
        var missing = new List<Fact>();
        foreach (var finding in applicability is null ? Findings : Findings.Add(applicability))
        {
            foreach (var fact in finding.MissingFacts())
            {
                if (!missing.Exists(f => string.Equals(f.Code, fact.Code, StringComparison.Ordinal)))
                {
                    missing.Add(fact);
                }
            }
        }

        MissingEvidence = ValueList.From(missing);
    }

    /// <summary>Gets the subject's opaque id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the policy's title.</summary>
    public LocalizedText PolicyTitle { get; }

    /// <summary>Gets the id of the policy version used.</summary>
    public string VersionId { get; }

    /// <summary>Gets the days on which the version used is in force.</summary>
    public DateInterval VersionEffective { get; }

    /// <summary>Gets the legal basis of the version.</summary>
    public ValueList<Citation> Citations { get; }

    /// <summary>Gets the counting convention, or null.</summary>
    public LocalizedText? Convention { get; }

    /// <summary>Gets the version's parameter values.</summary>
    public ValueList<Fact> Parameters { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the finding of the applicability condition, or null.</summary>
    public CriterionFinding? Applicability { get; }

    /// <summary>Gets every criterion's finding, in the version's order.</summary>
    public ValueList<CriterionFinding> Findings { get; }

    /// <summary>Gets the status.</summary>
    public DecisionStatus Status { get; }

    /// <summary>Gets the date from which the subject is eligible: the evaluation date when eligible, the latest date of the time-based criteria when not yet eligible, otherwise null.</summary>
    public LocalDate? EligibleFrom { get; }

    /// <summary>Gets the findings that stand in the way, most serious first: not met (including a failed applicability), then unknown, then waiting for a date.</summary>
    public ValueList<CriterionFinding> Blockers { get; }

    /// <summary>Gets the assumptions under which a not-yet-eligible date holds (for example "assuming no new disciplinary punishment").</summary>
    public ValueList<LocalizedText> Assumptions { get; }

    /// <summary>Gets the missing evidence (facts not recorded) that makes criteria unknown.</summary>
    public ValueList<Fact> MissingEvidence { get; }

    /// <summary>
    /// Gets the fingerprint: the lower-case hexadecimal SHA-256 of a canonical, culture-invariant encoding of the
    /// policy and version ids, the subject id, the evaluation date, the parameter values and every finding with its
    /// facts. Identical on any machine for identical rules and data.
    /// </summary>
    /// <remarks>Computed on first use and kept (a population's rows and views that never ask for it do not pay for it).</remarks>
    public string Fingerprint => computed.Fingerprint ??= ComputeFingerprint();

    /// <summary>Renders the decision as text in a language: status, policy version, legal basis, counting convention, one line per criterion with its citation and facts, assumptions, missing evidence and fingerprint.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation, lines separated by <c>\n</c>.</returns>
    public string Render(Language language) => DecisionText.Render(this, language);

    /// <summary>Returns the subject id, the status and the version, such as <c>WB-01: NotYetEligible from 2026-07-14 (asimilasi.2022)</c>.</summary>
    /// <returns>A one-line summary with no personal data.</returns>
    public override string ToString() =>
        SubjectId + ": " + Status + (Status == DecisionStatus.NotYetEligible ? " from " + EligibleFrom!.Value.ToIso() : string.Empty) + " (" + VersionId + ")";

    /// <summary>Returns whether another decision is the same.</summary>
    /// <param name="other">The other decision.</param>
    /// <returns>True when every member is equal (and so their fingerprints are equal).</returns>
    public bool Equals(Decision? other) =>
        other is not null
        && string.Equals(SubjectId, other.SubjectId, StringComparison.Ordinal)
        && string.Equals(PolicyId, other.PolicyId, StringComparison.Ordinal)
        && string.Equals(VersionId, other.VersionId, StringComparison.Ordinal)
        && Date == other.Date
        && PolicyTitle == other.PolicyTitle
        && Equals(VersionEffective, other.VersionEffective)
        && Citations == other.Citations
        && Convention == other.Convention
        && Parameters == other.Parameters
        && Applicability == other.Applicability
        && Findings == other.Findings;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(SubjectId), StringComparer.Ordinal.GetHashCode(VersionId), Date);

    internal string CanonicalText()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("desabinaan.decision/1\n");
        text.Append("policy=").Append(PolicyId).Append('\n');
        text.Append("version=").Append(VersionId).Append('\n');
        text.Append("subject=").Append(SubjectId).Append('\n');
        text.Append("date=").Append(Date.ToIso()).Append('\n');
        foreach (var parameter in Parameters)
        {
            text.Append("parameter=");
            parameter.AppendCanonical(text);
        }

        if (Applicability is not null)
        {
            AppendFinding(text, "applicability", Applicability, 0);
        }

        foreach (var finding in Findings)
        {
            AppendFinding(text, "criterion", finding, 0);
        }

        return text.ToString();
    }

    private static void AppendFinding(StringBuilder text, string role, CriterionFinding finding, int depth)
    {
        var inv = CultureInfo.InvariantCulture;
        text.Append(depth.ToString(inv)).Append(' ').Append(role).Append('=').Append(finding.Code).Append('|')
            .Append(((int)finding.Outcome).ToString(inv)).Append('|')
            .Append(finding.Date is { } date ? date.ToIso() : "-").Append('\n');
        foreach (var fact in finding.Facts)
        {
            text.Append(depth.ToString(inv)).Append(" fact=");
            fact.AppendCanonical(text);
        }

        foreach (var part in finding.Parts)
        {
            AppendFinding(text, "part", part, depth + 1);
        }
    }

    private string ComputeFingerprint() => Hex.Lower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText())));

    private sealed class Computed
    {
        public string? Fingerprint;
    }

    private static ValueList<CriterionFinding> BlockersOf(CriterionFinding? applicability, ValueList<CriterionFinding> findings)
    {
        var blockers = new List<CriterionFinding>();
        if (applicability is not null && applicability.Outcome is CriterionOutcome.NotMet or CriterionOutcome.NotApplicable)
        {
            blockers.Add(applicability);
        }

        blockers.AddRange(findings.Where(f => f.Outcome == CriterionOutcome.NotMet && !f.Result.HasDate));
        if (applicability is not null && applicability.Outcome == CriterionOutcome.Unknown)
        {
            blockers.Add(applicability);
        }

        blockers.AddRange(findings.Where(f => f.Outcome == CriterionOutcome.Unknown));
        blockers.AddRange(findings.Where(f => f.Result.IsNotYetMet));
        return ValueList.From(blockers);
    }

    private static ValueList<LocalizedText> AssumptionsOf(DecisionStatus status, LocalDate? eligibleFrom, DateInterval effective, ValueList<CriterionFinding> findings)
    {
        if (status != DecisionStatus.NotYetEligible)
        {
            return ValueList<LocalizedText>.Empty;
        }

        var assumptions = new List<LocalizedText>();
        foreach (var finding in findings)
        {
            if (finding.Descriptor.Kind == CriterionKind.TimeBased && finding.Descriptor.Assumption is { } assumption && !assumptions.Contains(assumption))
            {
                assumptions.Add(assumption);
            }
        }

        if (eligibleFrom > effective.End)
        {
            assumptions.Add(new LocalizedText("dengan asumsi versi kebijakan ini tetap berlaku", "assuming this policy version stays in force"));
        }

        return ValueList.From(assumptions);
    }
}
