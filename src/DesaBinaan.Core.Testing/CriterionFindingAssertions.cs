using Ardalis.GuardClauses;
using DesaBinaan.Core.Eligibility;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// FluentAssertions assertions on a <see cref="CriterionFinding"/>: its outcome, its date, its facts and its citation.
/// A failure message prints the finding with its facts and the findings of its parts.
/// </summary>
public sealed class CriterionFindingAssertions : ReferenceTypeAssertions<CriterionFinding?, CriterionFindingAssertions>
{
    /// <summary>Initializes assertions on a finding.</summary>
    /// <param name="subject">The finding, or null.</param>
    public CriterionFindingAssertions(CriterionFinding? subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "finding";

    /// <summary>Asserts that the criterion is met.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> BeMet(string because = "", params object[] becauseArgs) =>
        Check(f => f.Outcome == CriterionOutcome.Met, "to be met", because, becauseArgs);

    /// <summary>Asserts that the criterion is not met (whether or not waiting cures it).</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> BeNotMet(string because = "", params object[] becauseArgs) =>
        Check(f => f.Outcome == CriterionOutcome.NotMet, "to be not met", because, becauseArgs);

    /// <summary>Asserts that the criterion is unknown (a fact it needs is not recorded).</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> BeUnknown(string because = "", params object[] becauseArgs) =>
        Check(f => f.Outcome == CriterionOutcome.Unknown, "to be unknown", because, becauseArgs);

    /// <summary>Asserts that the criterion does not apply to the subject.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> BeNotApplicable(string because = "", params object[] becauseArgs) =>
        Check(f => f.Outcome == CriterionOutcome.NotApplicable, "to be not applicable", because, becauseArgs);

    /// <summary>Asserts that the criterion is not met yet and will be met on a date.</summary>
    /// <param name="date">The date on which it will be met.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> BeMetOn(LocalDate date, string because = "", params object[] becauseArgs) =>
        Check(f => f.Result.IsNotYetMet && f.Date == date, "to be met on " + IsoText.Iso(date), because, becauseArgs);

    /// <summary>Asserts that the criterion is met since a date.</summary>
    /// <param name="date">The date since which it is met.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> BeMetSince(LocalDate date, string because = "", params object[] becauseArgs) =>
        Check(f => f.Outcome == CriterionOutcome.Met && f.Date == date, "to be met since " + IsoText.Iso(date), because, becauseArgs);

    /// <summary>Asserts that the finding has a stable reason code.</summary>
    /// <param name="reasonCode">The code.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<CriterionFindingAssertions> HaveCode(string reasonCode) =>
        Check(f => string.Equals(f.Code, reasonCode, StringComparison.Ordinal), "to have code " + reasonCode, string.Empty, []);

    /// <summary>Asserts that the finding (or one of its parts) used a fact with a code, and gives it for further assertions.</summary>
    /// <param name="factCode">The fact's code, such as <c>sentence.days-served</c>.</param>
    /// <returns>A constraint whose <c>Which</c> is the fact.</returns>
    /// <exception cref="ArgumentException"><paramref name="factCode"/> is null or white space.</exception>
    public AndWhichConstraint<CriterionFindingAssertions, Fact> HaveFact(string factCode)
    {
        Guard.Against.NullOrWhiteSpace(factCode);
        Fact? fact = null;
        Check(
            f =>
            {
                fact = Explanations.Flatten(f).SelectMany(p => p.Facts).FirstOrDefault(x => string.Equals(x.Code, factCode, StringComparison.Ordinal));
                return fact is not null;
            },
            "to use a fact " + factCode,
            string.Empty,
            []);
        return new(this, fact!);
    }

    /// <summary>Asserts that the finding (or one of its parts) cites an instrument and, if given, an article (case-insensitive substrings).</summary>
    /// <param name="instrument">The instrument, such as <c>Permenkumham 3/2018</c>.</param>
    /// <param name="article">The article, such as <c>Pasal 45</c>, or null for any.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    /// <exception cref="ArgumentException"><paramref name="instrument"/> is null or white space.</exception>
    public AndConstraint<CriterionFindingAssertions> CiteArticle(string instrument, string? article = null)
    {
        Guard.Against.NullOrWhiteSpace(instrument);
        return Check(f => Explanations.Flatten(f).Any(p => Explanations.Cites(p.Citation, instrument, article)), "to cite " + instrument + (article is null ? string.Empty : " " + article), string.Empty, []);
    }

    private AndConstraint<CriterionFindingAssertions> Check(Func<CriterionFinding, bool> condition, string expectation, string because, object[] becauseArgs)
    {
        var notNull = (bool)Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:finding} " + expectation + "{reason}, but found <null>.");
        if (notNull)
        {
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(condition(Subject!))
                .FailWith("Expected {context:finding} " + expectation + "{reason}, but it is " + DecisionAssertions.Safe(Subject!.ToString()) + ":" + DecisionAssertions.Safe(Explanations.Of(Subject)));
        }

        return new(this);
    }
}
