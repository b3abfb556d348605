using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>
/// The set of scope kinds a user works with: the predefined kinds (docs/domain.md §7) plus any custom kinds, looked up by
/// their stable code.
/// </summary>
/// <remarks>Equality compares the kinds in order.</remarks>
[Immutable]
public sealed record ScopeCatalogue
{
    /// <summary>Initializes a catalogue.</summary>
    /// <param name="kinds">The kinds; must not be null, contain null, or contain two kinds with the same code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> contains null or a repeated code.</exception>
    public ScopeCatalogue(IEnumerable<ScopeKind> kinds)
    {
        var list = ValueList.FromNonNull(kinds, nameof(kinds));
        Guard.Against.InvalidInput(list, nameof(kinds), l => l.Select(k => k.Code).Distinct(StringComparer.Ordinal).Count() == l.Count, "A scope catalogue must not hold two kinds with the same code.");
        Kinds = list;
    }

    /// <summary>Gets the catalogue of the predefined kinds.</summary>
    public static ScopeCatalogue Standard { get; } = new(ScopeKind.StandardKinds);

    /// <summary>Gets the kinds, in the order they were added.</summary>
    public ValueList<ScopeKind> Kinds { get; }

    /// <summary>Returns a catalogue with one more kind.</summary>
    /// <param name="kind">The kind to add; must not be null nor share a code with a kind already there.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">A kind with the same code is already in the catalogue.</exception>
    public ScopeCatalogue With(ScopeKind kind)
    {
        Guard.Against.Null(kind);
        Guard.Against.InvalidInput(kind, nameof(kind), k => !Kinds.Contains(k), "The scope catalogue already holds a kind with this code.");
        return new ScopeCatalogue(Kinds.Add(kind));
    }

    /// <summary>Looks up a kind by its code; never throws.</summary>
    /// <param name="code">The code, or null.</param>
    /// <param name="kind">The kind found, or null.</param>
    /// <returns>True when a kind has this code.</returns>
    public bool TryFind(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScopeKind? kind)
    {
        kind = code is null ? null : Kinds.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.Ordinal));
        return kind is not null;
    }

    /// <summary>Returns the kind with a code.</summary>
    /// <param name="code">The code; must be in the catalogue.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No kind has this code.</exception>
    public ScopeKind Find(string code)
    {
        Guard.Against.Null(code);
        return TryFind(code, out var kind)
            ? kind
            : throw new ArgumentException("No scope kind in the catalogue has the code " + InputExcerpt.Of(code) + ".", nameof(code));
    }
}
