using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>A period of detention of one kind, from its first to its last day inclusive.</summary>
/// <remarks>Equality compares the kind, the interval and the credited days.</remarks>
[Immutable]
public sealed record DetentionPeriod
{
    /// <summary>Initializes a period of detention.</summary>
    /// <param name="kind">The kind of detention.</param>
    /// <param name="interval">The days, first and last inclusive; must not be null.</param>
    /// <param name="creditedDays">For <see cref="DetentionKind.PretrialPartlyCredited"/> only, and required there: the days of the period that the judgment deducts from the sentence (0 to the period's length).</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or <paramref name="creditedDays"/> is missing, given for another kind, or outside 0 to the period's length.</exception>
    public DetentionPeriod(DetentionKind kind, DateInterval interval, int? creditedDays = null)
    {
        _ = Guard.Against.NonIsoInterval(interval);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Interval = Guard.Against.Null(interval);
        if (kind == DetentionKind.PretrialPartlyCredited)
        {
            CreditedDays = Guard.Against.InvalidInput(creditedDays, nameof(creditedDays), d => d is { } n && n >= 0 && n <= interval.Length,
                "Pre-trial detention deducted in part needs the days the judgment deducts, from 0 to the period's length (KUHP UU 1/2023 Pasal 61 ayat (1)).");
        }
        else
        {
            CreditedDays = Guard.Against.InvalidInput(creditedDays, nameof(creditedDays), d => d is null,
                "Credited days are given only for pre-trial detention deducted in part; other kinds count by the convention.");
        }
    }

    /// <summary>Gets the kind.</summary>
    public DetentionKind Kind { get; }

    /// <summary>Gets the days (inclusive).</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets the days the judgment deducts, for <see cref="DetentionKind.PretrialPartlyCredited"/>; otherwise null.</summary>
    public int? CreditedDays { get; }

    /// <summary>Gets the number of days of the period.</summary>
    public int Length => Interval.Length;
}
