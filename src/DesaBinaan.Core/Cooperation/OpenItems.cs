using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Cooperation;

/// <summary>What is still open in a partnership on a date: deferred topics not settled, action items overdue or pending.</summary>
/// <remarks>Equality compares every list in order.</remarks>
[Immutable]
public sealed record OpenItems
{
    /// <summary>Initializes the open items.</summary>
    /// <param name="unsettledTopics">Deferred topics not yet settled; must not be null.</param>
    /// <param name="overdueActionItems">Action items past their due date and not done; must not be null.</param>
    /// <param name="pendingActionItems">Action items not done and not yet due; must not be null.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list contains null.</exception>
    public OpenItems(IEnumerable<DeferredTopic> unsettledTopics, IEnumerable<ActionItem> overdueActionItems, IEnumerable<ActionItem> pendingActionItems)
    {
        UnsettledTopics = ValueList.FromNonNull(unsettledTopics, nameof(unsettledTopics));
        OverdueActionItems = ValueList.FromNonNull(overdueActionItems, nameof(overdueActionItems));
        PendingActionItems = ValueList.FromNonNull(pendingActionItems, nameof(pendingActionItems));
    }

    /// <summary>Gets the deferred topics not yet settled.</summary>
    public ValueList<DeferredTopic> UnsettledTopics { get; }

    /// <summary>Gets the action items past their due date and not done.</summary>
    public ValueList<ActionItem> OverdueActionItems { get; }

    /// <summary>Gets the action items not done and not yet due.</summary>
    public ValueList<ActionItem> PendingActionItems { get; }

    /// <summary>Gets whether nothing is open.</summary>
    public bool IsEmpty => UnsettledTopics.IsEmpty && OverdueActionItems.IsEmpty && PendingActionItems.IsEmpty;
}
