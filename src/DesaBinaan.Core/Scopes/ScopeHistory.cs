using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Scopes;

/// <summary>The dated states of one scope within a partnership, oldest first.</summary>
/// <remarks>Equality compares the scope and the changes in order.</remarks>
[Immutable]
public sealed record ScopeHistory
{
    /// <summary>Initializes a history.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="changes">The changes, oldest first: all of this scope, dated in non-decreasing order, each allowed by <see cref="ScopeTransitions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A change is of another scope, out of date order, or not an allowed transition.</exception>
    public ScopeHistory(ScopeKind scope, IEnumerable<ScopeStateChange> changes)
    {
        Scope = Guard.Against.Null(scope);
        var list = ValueList.FromNonNull(changes, nameof(changes));
        ScopeState? state = null;
        LocalDate? last = null;
        foreach (var change in list)
        {
            Guard.Against.InvalidInput(change, nameof(changes), c => c.Scope.Equals(scope), "Every change of a scope history must be of the history's scope.");
            Guard.Against.InvalidInput(change, nameof(changes), c => last is null || c.Date >= last.Value, "The changes of a scope history must be in date order.");
            Guard.Against.InvalidInput(change, nameof(changes), c => ScopeTransitions.IsAllowed(state, c.State), "A scope cannot move from " + (state?.ToString() ?? "no state") + " to " + change.State + ".");
            state = change.State;
            last = change.Date;
        }

        Changes = list;
    }

    /// <summary>Gets the scope.</summary>
    public ScopeKind Scope { get; }

    /// <summary>Gets the changes, oldest first.</summary>
    public ValueList<ScopeStateChange> Changes { get; }

    /// <summary>Gets the current (latest) state, or null when there is no change.</summary>
    public ScopeState? Current => Changes.IsEmpty ? null : Changes[^1].State;

    /// <summary>Returns the state on a date: that of the last change dated on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state, or null when the scope had no state yet.</returns>
    public ScopeState? StateOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return ChangeOn(date)?.State;
    }

    /// <summary>Returns the change in force on a date: the last one dated on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The change, or null when the scope had no state yet.</returns>
    public ScopeStateChange? ChangeOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        ScopeStateChange? found = null;
        foreach (var change in Changes)
        {
            if (change.Date > date)
            {
                break;
            }

            found = change;
        }

        return found;
    }

    /// <summary>Returns whether a change could be appended (same scope, not earlier than the last change, an allowed transition).</summary>
    /// <param name="change">The change; must not be null.</param>
    /// <returns>True when <see cref="With"/> would accept it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public bool CanApply(ScopeStateChange change)
    {
        Guard.Against.Null(change);
        return change.Scope.Equals(Scope)
            && (Changes.IsEmpty || change.Date >= Changes[^1].Date)
            && ScopeTransitions.IsAllowed(Current, change.State);
    }

    /// <summary>Returns the history with one more change.</summary>
    /// <param name="change">The change; see <see cref="CanApply"/>.</param>
    /// <returns>A new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException">The change is of another scope, earlier than the last change, or not an allowed transition.</exception>
    public ScopeHistory With(ScopeStateChange change)
    {
        Guard.Against.Null(change);
        return new ScopeHistory(Scope, Changes.Add(change));
    }
}
