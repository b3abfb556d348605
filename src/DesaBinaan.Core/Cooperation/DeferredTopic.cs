using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A topic a meeting deferred to a later meeting, such as "other forms of cooperation" on 29 April 2026.</summary>
/// <remarks>
/// The topic is settled when a later meeting lists its id among the settled topics, or agrees its
/// <see cref="Scope"/> when it has one. Equality compares every property.
/// </remarks>
[Immutable]
public sealed record DeferredTopic
{
    /// <summary>Initializes a topic.</summary>
    /// <param name="id">The topic's id, unique within the partnership; must not be null or white space.</param>
    /// <param name="subject">What is to be discussed; must not be null or white space.</param>
    /// <param name="scope">The scope the topic is about, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="subject"/> is white space.</exception>
    public DeferredTopic(string id, string subject, ScopeKind? scope = null)
    {
        Id = Guard.Against.BlankText(id);
        Subject = Guard.Against.BlankText(subject);
        Scope = scope;
    }

    /// <summary>Gets the topic's id.</summary>
    public string Id { get; }

    /// <summary>Gets what is to be discussed.</summary>
    public string Subject { get; }

    /// <summary>Gets the scope the topic is about, or null.</summary>
    public ScopeKind? Scope { get; }
}
