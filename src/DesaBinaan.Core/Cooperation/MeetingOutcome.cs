using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// What a meeting decided: the scopes agreed, the topics deferred to a later meeting, the action items assigned, and
/// the earlier topics and items it settled.
/// </summary>
/// <remarks>Equality compares every list in order.</remarks>
[Immutable]
public sealed record MeetingOutcome
{
    /// <summary>Initializes an outcome.</summary>
    /// <param name="scopesAgreed">The scopes both sides agreed; null for none; no repeats.</param>
    /// <param name="topicsDeferred">The topics deferred; null for none; distinct ids.</param>
    /// <param name="actionItems">The action items assigned; null for none; distinct ids.</param>
    /// <param name="topicsSettled">Ids of earlier deferred topics this meeting settled; null for none.</param>
    /// <param name="actionItemsCompleted">Ids of earlier action items reported done at this meeting; null for none.</param>
    /// <exception cref="ArgumentException">A list contains null, a repeated scope, a repeated id or a blank id.</exception>
    public MeetingOutcome(
        IEnumerable<ScopeKind>? scopesAgreed = null,
        IEnumerable<DeferredTopic>? topicsDeferred = null,
        IEnumerable<ActionItem>? actionItems = null,
        IEnumerable<string>? topicsSettled = null,
        IEnumerable<string>? actionItemsCompleted = null)
    {
        ScopesAgreed = ValueList.FromNonNull(scopesAgreed ?? [], nameof(scopesAgreed));
        Guard.Against.InvalidInput(ScopesAgreed, nameof(scopesAgreed), l => l.Distinct().Count() == l.Count, "A meeting agrees each scope once.");
        TopicsDeferred = ValueList.FromNonNull(topicsDeferred ?? [], nameof(topicsDeferred));
        Guard.Against.InvalidInput(TopicsDeferred, nameof(topicsDeferred), l => l.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() == l.Count, "Deferred topics need distinct ids.");
        ActionItems = ValueList.FromNonNull(actionItems ?? [], nameof(actionItems));
        Guard.Against.InvalidInput(ActionItems, nameof(actionItems), l => l.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() == l.Count, "Action items need distinct ids.");
        TopicsSettled = Ids(topicsSettled, nameof(topicsSettled));
        ActionItemsCompleted = Ids(actionItemsCompleted, nameof(actionItemsCompleted));
    }

    /// <summary>Gets an outcome with no decision.</summary>
    public static MeetingOutcome None { get; } = new();

    /// <summary>Gets the scopes both sides agreed.</summary>
    public ValueList<ScopeKind> ScopesAgreed { get; }

    /// <summary>Gets the topics deferred to a later meeting.</summary>
    public ValueList<DeferredTopic> TopicsDeferred { get; }

    /// <summary>Gets the action items assigned.</summary>
    public ValueList<ActionItem> ActionItems { get; }

    /// <summary>Gets the ids of earlier deferred topics this meeting settled.</summary>
    public ValueList<string> TopicsSettled { get; }

    /// <summary>Gets the ids of earlier action items reported done.</summary>
    public ValueList<string> ActionItemsCompleted { get; }

    private static ValueList<string> Ids(IEnumerable<string>? ids, string parameterName)
    {
        var list = ValueList.FromNonNull(ids ?? [], parameterName);
        Guard.Against.InvalidInput(list, parameterName, l => l.All(id => id.Trim().Length > 0), "An id must not be blank.");
        return ValueList.From(list.Distinct(StringComparer.Ordinal));
    }
}
