using Ardalis.GuardClauses;
using System.Collections.Immutable;

namespace DesaBinaan.Core.Common;

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list from a span of elements (used by collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>A new list, or the shared empty list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(ImmutableArray.Create(items));

    /// <summary>Creates a list from a sequence of elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; must not be null.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        Guard.Against.Null(items);
        return items is ValueList<T> list ? list : new ValueList<T>(items.ToImmutableArray());
    }

    /// <summary>Creates a list from a sequence, rejecting null elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; must not be null nor contain null.</param>
    /// <param name="parameterName">The name of the parameter the sequence came from, for the error message.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> contains null.</exception>
    public static ValueList<T> FromNonNull<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        Guard.Against.Null(items, parameterName);
        var array = items.ToImmutableArray();
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException("The collection must not contain null elements.", parameterName);
            }
        }

        return new ValueList<T>(array);
    }
}
