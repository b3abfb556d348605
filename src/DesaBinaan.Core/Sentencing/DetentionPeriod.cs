using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>A period of detention of one kind, from its first to its last day inclusive.</summary>
/// <remarks>Equality compares the kind and the interval.</remarks>
[Immutable]
public sealed record DetentionPeriod
{
    /// <summary>Initializes a period of detention.</summary>
    /// <param name="kind">The kind of detention.</param>
    /// <param name="interval">The days, first and last inclusive; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined.</exception>
    public DetentionPeriod(DetentionKind kind, DateInterval interval)
    {
        _ = Guard.Against.NonIsoInterval(interval);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Interval = Guard.Against.Null(interval);
    }

    /// <summary>Gets the kind.</summary>
    public DetentionKind Kind { get; }

    /// <summary>Gets the days (inclusive).</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets the number of days of the period.</summary>
    public int Length => Interval.Length;
}
