using Ardalis.GuardClauses;
using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace DesaBinaan.Core.Common;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal elements in the same order.
/// Records of the library hold their collections in this type, so that equal records compare equal.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Unlike <see cref="ImmutableArray{T}"/>, whose equality is by reference, this list compares its elements with
/// <see cref="EqualityComparer{T}.Default"/>, and its <see cref="ToString"/> lists them. A collection expression
/// (<c>ValueList&lt;int&gt; list = [1, 2];</c>) builds one.
/// </remarks>
[Immutable]
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> items;

    internal ValueList(ImmutableArray<T> items)
    {
        this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;
    }

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    /// <summary>Gets the number of elements.</summary>
    public int Count => items.Length;

    /// <summary>Gets whether the list has no element.</summary>
    public bool IsEmpty => items.IsEmpty;

    /// <summary>Gets the element at an index.</summary>
    /// <param name="index">The zero-based index; must be less than <see cref="Count"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => items[index];

    /// <summary>Gets the elements as a read-only span (no copy).</summary>
    public ReadOnlySpan<T> AsSpan() => items.AsSpan();

    /// <summary>Gets the elements as an immutable array (no copy).</summary>
    public ImmutableArray<T> AsImmutableArray() => items;

    /// <summary>Returns a new list with an element added at the end.</summary>
    /// <param name="item">The element to add.</param>
    /// <returns>A new list.</returns>
    public ValueList<T> Add(T item) => new(items.Add(item));

    /// <summary>Returns a new list with elements added at the end.</summary>
    /// <param name="more">The elements to add; must not be null.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> is null.</exception>
    public ValueList<T> AddRange(IEnumerable<T> more)
    {
        Guard.Against.Null(more);
        return new(items.AddRange(more));
    }

    /// <summary>Returns a new list with the element at an index replaced.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <param name="item">The new element.</param>
    /// <returns>A new list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> SetItem(int index, T item)
    {
        Guard.Against.IndexOutOfRange(index, Count);
        return new(items.SetItem(index, item));
    }

    /// <summary>Returns an enumerator over the elements (a struct: no allocation).</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();

    /// <summary>Returns whether another list holds equal elements in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>True when both lists hold equal elements in the same order.</returns>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the elements in brackets, separated by commas, such as <c>[a, b]</c>.</summary>
    /// <returns>The elements as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(items[i]);
        }

        return text.Append(']').ToString();
    }

    /// <summary>Returns whether two lists hold equal elements in the same order.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two lists differ.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);
}
