using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Scopes;

/// <summary>A dated change of the state of a scope in a partnership, with the act that set it.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record ScopeStateChange
{
    /// <summary>Initializes a change.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="state">The new state.</param>
    /// <param name="date">The date from which the state holds.</param>
    /// <param name="basis">The meeting, agreement or decision that set it; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="state"/> is not a defined value.</exception>
    public ScopeStateChange(ScopeKind scope, ScopeState state, LocalDate date, ScopeStateBasis basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        Scope = Guard.Against.Null(scope);
        State = Guard.Against.EnumOutOfRange(state);
        Date = date;
        Basis = Guard.Against.Null(basis);
    }

    /// <summary>Gets the scope.</summary>
    public ScopeKind Scope { get; }

    /// <summary>Gets the new state.</summary>
    public ScopeState State { get; }

    /// <summary>Gets the date from which the state holds.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the act that set the state.</summary>
    public ScopeStateBasis Basis { get; }

    /// <summary>Returns the scope, the state, the date and the basis, in invariant form, such as <c>environmental-cleanliness AgreedInPrinciple on 2026-04-29 (Meeting:m-1)</c>.</summary>
    /// <returns>The change as text (independent of the current culture).</returns>
    public override string ToString() => Scope.Code + " " + State + " on " + Date.ToIso() + " (" + Basis + ")";
}
