using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

// The simple stage steps of a partnership: activation, evaluation, end, termination, abandonment.
public sealed partial record Partnership
{
    /// <summary>Returns the violations that moving to a stage on a date would cause.</summary>
    /// <param name="stage">The stage: <see cref="PartnershipStage.Active"/>, <see cref="PartnershipStage.UnderEvaluation"/>, <see cref="PartnershipStage.Ended"/>, <see cref="PartnershipStage.Terminated"/> or <see cref="PartnershipStage.Abandoned"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is entered by another step (a meeting, an agreement in principle, a signing or an extension).</exception>
    public ValueList<PartnershipViolation> CheckMoveTo(PartnershipStage stage, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.InvalidInput(stage, nameof(stage), s => s is PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Ended or PartnershipStage.Terminated or PartnershipStage.Abandoned, "This stage is entered by its own step: RecordMeeting (coordination), AgreeInPrinciple, SignAgreement or AmendAgreement (extended).");
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, date);
        CheckStageStep(violations, stage);
        if (stage == PartnershipStage.Active && !CurrentStage.IsFinal() && !Agreements.Any(a => InForceVersionOf(a.Number, date) is not null))
        {
            violations.Add(Violation(CooperationRule.NoAgreementInForce, $"tidak ada perjanjian yang berlaku pada {date.ToIso()}", $"no agreement is in force on {date.ToIso()}"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Moves the partnership to a stage: active (implementation), under evaluation, ended, terminated or abandoned.</summary>
    /// <param name="stage">The stage; see <see cref="CheckMoveTo"/>.</param>
    /// <param name="date">The date.</param>
    /// <param name="basis">What brought it about (a decree, a letter, an evaluation report); must not be null or white space.</param>
    /// <returns>The new partnership. Activation makes covered scopes active; ending, termination and abandonment end every scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is entered by another step, or <paramref name="basis"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The step breaks a rule (see <see cref="CheckMoveTo"/>).</exception>
    public Partnership MoveTo(PartnershipStage stage, LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.BlankText(basis);
        ThrowIfAny(CheckMoveTo(stage, date));
        var stages = Stages.Add(new StageEvent(stage, date, basis));
        var scopes = Scopes;
        var scopeBasis = ScopeStateBasis.Decision(basis);
        if (stage == PartnershipStage.Active)
        {
            foreach (var history in Scopes.Where(h => h.Current == ScopeState.CoveredByAgreement && Agreements.Any(a => InForceVersionOf(a.Number, date)?.Covers(h.Scope) == true)))
            {
                scopes = Apply(scopes, history.Scope, ScopeState.Active, date, scopeBasis, onlyFrom: [ScopeState.CoveredByAgreement]);
            }
        }
        else if (stage.IsFinal())
        {
            foreach (var history in Scopes)
            {
                scopes = Apply(scopes, history.Scope, ScopeState.Ended, date, scopeBasis, onlyFrom: [ScopeState.Proposed, ScopeState.AgreedInPrinciple, ScopeState.CoveredByAgreement, ScopeState.Active, ScopeState.Suspended]);
            }
        }

        return With(stages: stages, scopes: scopes);
    }

    /// <summary>Starts implementation (<see cref="PartnershipStage.Active"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What started it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership Activate(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Active, date, basis);
    }

    /// <summary>Starts monitoring and evaluation (<see cref="PartnershipStage.UnderEvaluation"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What started it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership BeginEvaluation(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.UnderEvaluation, date, basis);
    }

    /// <summary>Ends the partnership at the end of its term (<see cref="PartnershipStage.Ended"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What ended it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership End(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Ended, date, basis);
    }

    /// <summary>Terminates the partnership early (<see cref="PartnershipStage.Terminated"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What terminated it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership Terminate(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Terminated, date, basis);
    }

    /// <summary>Abandons an exploration that led to no agreement (<see cref="PartnershipStage.Abandoned"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">Why; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership Abandon(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Abandoned, date, basis);
    }
}
