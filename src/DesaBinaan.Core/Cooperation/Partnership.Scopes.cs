using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

// The scope steps of a partnership: suspending, resuming and ending a scope, and adding activity plans.
public sealed partial record Partnership
{
    /// <summary>Returns the violations that setting a scope's state by a decision would cause.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="state">The new state: <see cref="ScopeState.Suspended"/>, <see cref="ScopeState.Active"/> (resume a suspended scope, or start a scope covered after activation, while the partnership is active) or <see cref="ScopeState.Ended"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is set by meetings or agreements, not by a decision.</exception>
    public ValueList<PartnershipViolation> CheckSetScopeState(ScopeKind scope, ScopeState state, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(scope);
        Guard.Against.InvalidInput(state, nameof(state), s => s is ScopeState.Suspended or ScopeState.Active or ScopeState.Ended, "A decision suspends, resumes (active) or ends a scope; the other states come from meetings and agreements.");
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, date);
        var current = HistoryOf(scope)?.Current;
        var allowed = ScopeTransitions.IsAllowed(current, state)
            && (state != ScopeState.Active || (current is ScopeState.Suspended or ScopeState.CoveredByAgreement && CurrentStage is PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Extended));
        if (!allowed)
        {
            violations.Add(Violation(CooperationRule.ScopeTransitionNotAllowed, $"{scope.Code}: {current?.ToString() ?? "-"} → {state}", $"{scope.Code}: {current?.ToString() ?? "-"} → {state}"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Suspends, resumes or ends a scope by a decision of the parties.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="state">The new state; see <see cref="CheckSetScopeState"/>.</param>
    /// <param name="date">The date.</param>
    /// <param name="basis">The decision's reference; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not set by a decision, or <paramref name="basis"/> is blank.</exception>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    public Partnership SetScopeState(ScopeKind scope, ScopeState state, LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.BlankText(basis);
        ThrowIfAny(CheckSetScopeState(scope, state, date));
        return With(scopes: Apply(Scopes, scope, state, date, ScopeStateBasis.Decision(basis), onlyFrom: null));
    }

    /// <summary>Returns the violations that adding an activity plan would cause.</summary>
    /// <param name="plan">The plan; must not be null.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckAddActivityPlan(ActivityPlan plan)
    {
        Guard.Against.Null(plan);
        var violations = new List<PartnershipViolation>();
        if (CurrentStage.IsFinal())
        {
            violations.Add(Violation(CooperationRule.StageClosed, $"tahap {CurrentStage}", $"stage {CurrentStage}"));
        }

        if (ActivityPlans.Any(p => string.Equals(p.Id, plan.Id, StringComparison.Ordinal)))
        {
            violations.Add(Violation(CooperationRule.ActivityPlanDuplicate, $"rencana {plan.Id} sudah dicatat", $"plan {plan.Id} is already recorded"));
        }

        if (plan.Place.Village != CommunitySide.Region)
        {
            violations.Add(Violation(CooperationRule.ActivityOutsidePartnerVillage, $"{plan.Place.Village} bukan {CommunitySide.Region}", $"{plan.Place.Village} is not {CommunitySide.Region}"));
        }

        var start = plan.Schedule.Period.Start;
        if (!CoversScopeOn(plan.Scope, start))
        {
            violations.Add(Violation(CooperationRule.ActivityScopeNotCovered, $"{plan.Scope.Code} pada {start.ToIso()}", $"{plan.Scope.Code} on {start.ToIso()}"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Adds an activity plan under a scope covered by an agreement in force when the plan starts, in the partner village.</summary>
    /// <param name="plan">The plan; must not be null.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The plan breaks a rule (see <see cref="CheckAddActivityPlan"/>).</exception>
    public Partnership AddActivityPlan(ActivityPlan plan)
    {
        ThrowIfAny(CheckAddActivityPlan(plan));
        return With(activityPlans: ActivityPlans.Add(plan));
    }

    private static ValueList<ScopeHistory> Apply(ValueList<ScopeHistory> scopes, ScopeKind scope, ScopeState state, LocalDate date, ScopeStateBasis basis, ScopeState?[]? onlyFrom)
    {
        var index = -1;
        for (var i = 0; i < scopes.Count; i++)
        {
            if (scopes[i].Scope.Equals(scope))
            {
                index = i;
                break;
            }
        }

        var history = index < 0 ? new ScopeHistory(scope, []) : scopes[index];
        if (onlyFrom is not null && Array.IndexOf(onlyFrom, history.Current) < 0)
        {
            return scopes;
        }

        var change = new ScopeStateChange(scope, state, date, basis);
        if (!history.CanApply(change))
        {
            return scopes;
        }

        return index < 0 ? scopes.Add(history.With(change)) : scopes.SetItem(index, history.With(change));
    }
}
