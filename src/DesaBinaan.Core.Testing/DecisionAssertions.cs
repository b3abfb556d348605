using Ardalis.GuardClauses;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// FluentAssertions assertions on a <see cref="Decision"/>: its status, the reasons it is not eligible, the missing
/// evidence, the eligible-from date and the legal basis. A failure message prints the decision's full explanation
/// (the criteria, their facts and citations, the counting convention), so a failing test says why in the domain's
/// words.
/// </summary>
/// <remarks>Reason and fact codes are compared ordinally; a reason is found at any depth of the findings (the parts of composite criteria and exceptions included).</remarks>
public sealed class DecisionAssertions : ReferenceTypeAssertions<Decision?, DecisionAssertions>
{
    /// <summary>Initializes assertions on a decision.</summary>
    /// <param name="subject">The decision, or null.</param>
    public DecisionAssertions(Decision? subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "decision";

    /// <summary>Asserts that the decision is <see cref="DecisionStatus.Eligible"/>.</summary>
    /// <param name="because">Why the assertion is needed (with placeholders for <paramref name="becauseArgs"/>).</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<DecisionAssertions> BeEligible(string because = "", params object[] becauseArgs) =>
        HaveStatus(DecisionStatus.Eligible, "to be eligible", because, becauseArgs);

    /// <summary>Asserts that the decision is <see cref="DecisionStatus.Ineligible"/>.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<DecisionAssertions> BeIneligible(string because = "", params object[] becauseArgs) =>
        HaveStatus(DecisionStatus.Ineligible, "to be ineligible", because, becauseArgs);

    /// <summary>Asserts that the decision is <see cref="DecisionStatus.NotYetEligible"/>.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<DecisionAssertions> BeNotYetEligible(string because = "", params object[] becauseArgs) =>
        HaveStatus(DecisionStatus.NotYetEligible, "to be not yet eligible", because, becauseArgs);

    /// <summary>Asserts that the decision is <see cref="DecisionStatus.Undetermined"/>.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<DecisionAssertions> BeUndetermined(string because = "", params object[] becauseArgs) =>
        HaveStatus(DecisionStatus.Undetermined, "to be undetermined", because, becauseArgs);

    /// <summary>
    /// Asserts that the decision is ineligible and that a criterion with each code given is not met (or, for the
    /// applicability condition, does not apply), at any depth of the findings.
    /// </summary>
    /// <param name="reasonCode">A stable reason code, such as <c>asimilasi.half-served</c>.</param>
    /// <param name="moreReasonCodes">More reason codes that must also fail.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasonCode"/> is null or white space.</exception>
    public AndConstraint<DecisionAssertions> BeIneligibleBecause(string reasonCode, params string[] moreReasonCodes)
    {
        Guard.Against.NullOrWhiteSpace(reasonCode);
        Guard.Against.Null(moreReasonCodes);
        var codes = new[] { reasonCode }.Concat(moreReasonCodes).ToArray();
        var expectation = "to be ineligible because of " + string.Join(", ", codes);
        if (!NotNull(expectation, string.Empty, []) || !HaveStatusCore(DecisionStatus.Ineligible, expectation, string.Empty, []))
        {
            return new(this);
        }

        var failing = Explanations.Flatten(Subject!)
            .Where(f => f.Outcome is CriterionOutcome.NotMet or CriterionOutcome.NotApplicable)
            .Select(f => f.Code)
            .ToHashSet(StringComparer.Ordinal);
        var missing = codes.Where(c => !failing.Contains(c)).ToArray();
        Execute.Assertion
            .ForCondition(missing.Length == 0)
            .FailWith("Expected {context:decision} " + expectation + ", but " + string.Join(", ", missing) + " did not fail (failing: " + (failing.Count == 0 ? "none" : string.Join(", ", failing.Order(StringComparer.Ordinal))) + ")." + Explain());
        return new(this);
    }

    /// <summary>Asserts that the decision is undetermined and that the missing evidence includes a fact with each code given.</summary>
    /// <param name="factCode">The code of a missing fact, such as <c>evidence.litmas</c>.</param>
    /// <param name="moreFactCodes">More codes of missing facts.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    /// <exception cref="ArgumentException"><paramref name="factCode"/> is null or white space.</exception>
    public AndConstraint<DecisionAssertions> BeUndeterminedFor(string factCode, params string[] moreFactCodes)
    {
        Guard.Against.NullOrWhiteSpace(factCode);
        Guard.Against.Null(moreFactCodes);
        var codes = new[] { factCode }.Concat(moreFactCodes).ToArray();
        return UndeterminedFor(codes, (fact, code) => string.Equals(fact.Code, code, StringComparison.Ordinal), string.Join(", ", codes));
    }

    /// <summary>
    /// Asserts that the decision is undetermined and that the missing evidence includes each kind of evidence given. A
    /// missing fact stands for a kind when its name is the kind's label (<see cref="InmatesLabels"/>) or its code's
    /// last segment is the kind's name in lower-case kebab form (<c>litmas</c>, <c>family-guarantee</c>).
    /// </summary>
    /// <param name="evidence">The kinds of evidence; at least one.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> is empty.</exception>
    public AndConstraint<DecisionAssertions> BeUndeterminedFor(params EvidenceKind[] evidence)
    {
        Guard.Against.Null(evidence);
        if (evidence.Length == 0)
        {
            throw new ArgumentException("Name at least one kind of evidence.", nameof(evidence));
        }

        return UndeterminedFor(evidence, EvidenceMatch.Matches, string.Join(", ", evidence));
    }

    /// <summary>
    /// Asserts that the subject becomes eligible on a date: not yet eligible from that date, or eligible when the
    /// decision is made on that very date.
    /// </summary>
    /// <param name="date">The expected eligible-from date.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<DecisionAssertions> BecomeEligibleOn(LocalDate date, string because = "", params object[] becauseArgs)
    {
        var expectation = "to become eligible on " + IsoText.Iso(date);
        if (!NotNull(expectation, because, becauseArgs))
        {
            return new(this);
        }

        var d = Subject!;
        var ok = d.EligibleFrom == date && d.Status is DecisionStatus.NotYetEligible or DecisionStatus.Eligible;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(ok)
            .FailWith("Expected {context:decision} " + expectation + "{reason}, but it is " + Status(d) + "." + Explain());
        return new(this);
    }

    /// <summary>Asserts that a criterion with a code was evaluated (at any depth), and gives it for further assertions.</summary>
    /// <param name="reasonCode">The criterion's code.</param>
    /// <returns>A constraint whose <c>Which</c> is the finding.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasonCode"/> is null or white space.</exception>
    public AndWhichConstraint<DecisionAssertions, CriterionFinding> HaveFinding(string reasonCode)
    {
        Guard.Against.NullOrWhiteSpace(reasonCode);
        var expectation = "to have a finding " + reasonCode;
        if (!NotNull(expectation, string.Empty, []))
        {
            return new(this, (CriterionFinding)null!);
        }

        var finding = Explanations.Flatten(Subject!).FirstOrDefault(f => string.Equals(f.Code, reasonCode, StringComparison.Ordinal));
        Execute.Assertion
            .ForCondition(finding is not null)
            .FailWith("Expected {context:decision} " + expectation + ", but no criterion has that code." + Explain());
        return new(this, finding!);
    }

    /// <summary>Asserts that the decision's legal basis, or the citation of one of its findings, cites an instrument and, if given, an article (case-insensitive substrings).</summary>
    /// <param name="instrument">The instrument, such as <c>Permenkumham 7/2022</c>.</param>
    /// <param name="article">The article, such as <c>Pasal 45</c>, or null for any.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    /// <exception cref="ArgumentException"><paramref name="instrument"/> is null or white space.</exception>
    public AndConstraint<DecisionAssertions> CiteArticle(string instrument, string? article = null)
    {
        Guard.Against.NullOrWhiteSpace(instrument);
        var expectation = "to cite " + instrument + (article is null ? string.Empty : " " + article);
        if (!NotNull(expectation, string.Empty, []))
        {
            return new(this);
        }

        var cited = Subject!.Citations.Concat(Explanations.Flatten(Subject).Select(f => f.Citation)).Any(c => Explanations.Cites(c, instrument, article));
        Execute.Assertion
            .ForCondition(cited)
            .FailWith("Expected {context:decision} " + expectation + ", but it does not." + Explain());
        return new(this);
    }

    /// <summary>Asserts that the decision equals another (same fingerprint, findings, version and basis).</summary>
    /// <param name="expected">The expected decision, or null.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<DecisionAssertions> Be(Decision? expected, string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Equals(Subject, expected))
            .FailWith("Expected {context:decision} to equal the expected decision{reason}, but it differs. Expected:" + Safe(Explanations.Of(expected)) + " Actual:" + Safe(Explanations.Of(Subject)));
        return new(this);
    }

    /// <summary>Asserts the decision's fingerprint (to pin the rules and data a decision came from).</summary>
    /// <param name="fingerprint">The expected lower-case hexadecimal SHA-256.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    /// <exception cref="ArgumentException"><paramref name="fingerprint"/> is null or white space.</exception>
    public AndConstraint<DecisionAssertions> HaveFingerprint(string fingerprint)
    {
        Guard.Against.NullOrWhiteSpace(fingerprint);
        var expectation = "to have fingerprint " + fingerprint;
        if (NotNull(expectation, string.Empty, []))
        {
            Execute.Assertion
                .ForCondition(string.Equals(Subject!.Fingerprint, fingerprint, StringComparison.Ordinal))
                .FailWith("Expected {context:decision} " + expectation + ", but it has " + Subject.Fingerprint + "." + Explain());
        }

        return new(this);
    }

    private AndConstraint<DecisionAssertions> HaveStatus(DecisionStatus status, string expectation, string because, object[] becauseArgs)
    {
        if (NotNull(expectation, because, becauseArgs))
        {
            HaveStatusCore(status, expectation, because, becauseArgs);
        }

        return new(this);
    }

    private bool HaveStatusCore(DecisionStatus status, string expectation, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject!.Status == status)
            .FailWith("Expected {context:decision} " + expectation + "{reason}, but it is " + Status(Subject) + "." + Explain());

    private AndConstraint<DecisionAssertions> UndeterminedFor<T>(IReadOnlyList<T> wanted, Func<Fact, T, bool> matches, string what)
    {
        var expectation = "to be undetermined for missing " + what;
        if (!NotNull(expectation, string.Empty, []) || !HaveStatusCore(DecisionStatus.Undetermined, expectation, string.Empty, []))
        {
            return new(this);
        }

        var missing = Subject!.MissingEvidence;
        var absent = wanted.Where(w => !missing.Any(f => matches(f, w))).ToArray();
        Execute.Assertion
            .ForCondition(absent.Length == 0)
            .FailWith("Expected {context:decision} " + expectation + ", but " + string.Join(", ", absent) + " is not among the missing evidence ("
                + (missing.Count == 0 ? "none" : string.Join(", ", missing.Select(f => f.Code))) + ")." + Explain());
        return new(this);
    }

    private bool NotNull(string expectation, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:decision} " + expectation + "{reason}, but found <null>.");

    private string Explain() => " Its explanation:" + Safe(Explanations.Of(Subject));

    private static string Status(Decision d) =>
        d.Status + (d.Status == DecisionStatus.NotYetEligible ? " from " + IsoText.Iso(d.EligibleFrom!.Value) : string.Empty);

    /// <summary>FluentAssertions reads braces as placeholders: explanations must not contain them.</summary>
    internal static string Safe(string text) => text.Replace('{', '(').Replace('}', ')');
}
