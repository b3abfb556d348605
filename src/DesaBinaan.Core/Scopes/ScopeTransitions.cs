namespace DesaBinaan.Core.Scopes;

/// <summary>Which changes of a scope's state are allowed.</summary>
/// <remarks>
/// A scope starts proposed, agreed in principle, or directly covered by an agreement. Once covered it may become
/// active, be suspended and resumed, or end; a new agreement may cover it again (renewal), and an ended scope may be
/// proposed or covered again.
/// </remarks>
public static class ScopeTransitions
{
    /// <summary>Returns whether a scope may move from one state to another.</summary>
    /// <param name="from">The current state, or null when the scope has no state yet.</param>
    /// <param name="to">The new state.</param>
    /// <returns>True when the change is allowed.</returns>
    public static bool IsAllowed(ScopeState? from, ScopeState to) => (from, to) switch
    {
        (null, ScopeState.Proposed or ScopeState.AgreedInPrinciple or ScopeState.CoveredByAgreement) => true,
        (ScopeState.Proposed, ScopeState.AgreedInPrinciple or ScopeState.CoveredByAgreement or ScopeState.Ended) => true,
        (ScopeState.AgreedInPrinciple, ScopeState.CoveredByAgreement or ScopeState.Ended) => true,
        (ScopeState.CoveredByAgreement, ScopeState.CoveredByAgreement or ScopeState.Active or ScopeState.Suspended or ScopeState.Ended) => true,
        (ScopeState.Active, ScopeState.CoveredByAgreement or ScopeState.Suspended or ScopeState.Ended) => true,
        (ScopeState.Suspended, ScopeState.CoveredByAgreement or ScopeState.Active or ScopeState.Ended) => true,
        (ScopeState.Ended, ScopeState.Proposed or ScopeState.AgreedInPrinciple or ScopeState.CoveredByAgreement) => true,
        _ => false,
    };
}
