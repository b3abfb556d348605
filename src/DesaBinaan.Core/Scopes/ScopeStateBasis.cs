using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>The act that set the state of a scope: a meeting (by its id), an agreement (by its number) or another decision.</summary>
/// <remarks>Equality compares the kind and the reference ordinally.</remarks>
[Immutable]
public sealed record ScopeStateBasis
{
    /// <summary>Initializes a basis.</summary>
    /// <param name="kind">The kind of act.</param>
    /// <param name="reference">The meeting id, the agreement number or the decision's reference; must not be null or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public ScopeStateBasis(ScopeBasisKind kind, string reference)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Reference = Guard.Against.BlankText(reference);
    }

    /// <summary>Gets the kind of act.</summary>
    public ScopeBasisKind Kind { get; }

    /// <summary>Gets the meeting id, agreement number or decision reference.</summary>
    public string Reference { get; }

    /// <summary>Returns the basis of a meeting.</summary>
    /// <param name="meetingId">The meeting's id; must not be null or white space.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentException"><paramref name="meetingId"/> is null or white space.</exception>
    public static ScopeStateBasis Meeting(string meetingId) => new(ScopeBasisKind.Meeting, Guard.Against.BlankText(meetingId));

    /// <summary>Returns the basis of an agreement.</summary>
    /// <param name="agreementNumber">The agreement's number; must not be null or white space.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentException"><paramref name="agreementNumber"/> is null or white space.</exception>
    public static ScopeStateBasis Agreement(string agreementNumber) => new(ScopeBasisKind.Agreement, Guard.Against.BlankText(agreementNumber));

    /// <summary>Returns the basis of another decision.</summary>
    /// <param name="reference">The decision's reference; must not be null or white space.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is null or white space.</exception>
    public static ScopeStateBasis Decision(string reference) => new(ScopeBasisKind.Decision, reference);

    /// <summary>Returns the kind and reference, such as <c>Meeting:2026-04-29</c>.</summary>
    /// <returns>The basis as text.</returns>
    public override string ToString() => Kind + ":" + Reference;
}
