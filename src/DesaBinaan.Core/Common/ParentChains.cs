namespace DesaBinaan.Core.Common;

/// <summary>
/// Cycle detection over chains of parents (a unit's parent unit, an institution's supervisor): each member is
/// walked once, so a chain of any depth is checked in linear time.
/// </summary>
internal static class ParentChains
{
    /// <summary>Returns a member of a cycle of parents, or null when every chain ends.</summary>
    /// <typeparam name="TKey">The member's key.</typeparam>
    /// <param name="keys">The members.</param>
    /// <param name="parentOf">The parent of a member, or null when its chain ends there.</param>
    /// <returns>A member on a cycle, or null.</returns>
    public static TKey? FindCycle<TKey>(IEnumerable<TKey> keys, Func<TKey, TKey?> parentOf)
        where TKey : struct, IEquatable<TKey>
    {
        // false: on the chain being walked; true: its chain is known to end.
        var ends = new Dictionary<TKey, bool>();
        var path = new List<TKey>();
        foreach (var start in keys)
        {
            path.Clear();
            var current = (TKey?)start;
            while (current is { } key && !ends.ContainsKey(key))
            {
                ends[key] = false;
                path.Add(key);
                current = parentOf(key);
            }

            if (current is { } reached && !ends[reached])
            {
                return reached;
            }

            foreach (var key in path)
            {
                ends[key] = true;
            }
        }

        return null;
    }
}
