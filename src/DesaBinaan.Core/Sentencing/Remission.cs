using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>A remission granted (<i>remisi</i>): the day it was granted, its amount and its kind.</summary>
/// <remarks>
/// A remission counts from the day it is granted, never before. Equality compares the grant date, the
/// amount and the kind.
/// </remarks>
[Immutable]
public sealed record Remission
{
    /// <summary>Initializes a remission.</summary>
    /// <param name="grantDate">The day the remission was granted.</param>
    /// <param name="amount">The amount in months and days (<c>1m15d</c>); must not be zero.</param>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is zero, or <paramref name="kind"/> is not defined.</exception>
    public Remission(LocalDate grantDate, SentenceTerm amount, RemissionKind kind)
    {
        _ = Guard.Against.UncountableDate(grantDate);
        GrantDate = grantDate;
        Amount = Guard.Against.InvalidInput(amount, nameof(amount), a => !a.IsZero, "A remission must have a non-zero amount.");
        Kind = Guard.Against.EnumOutOfRange(kind);
        GrantDayNumber = grantDate.ToDateOnly().DayNumber;
    }

    /// <summary>Gets the day the remission was granted.</summary>
    public LocalDate GrantDate { get; }

    /// <summary>Gets the amount.</summary>
    public SentenceTerm Amount { get; }

    /// <summary>Gets the kind.</summary>
    public RemissionKind Kind { get; }

    internal int GrantDayNumber { get; }

    /// <summary>Returns the remission in short form, such as <c>General 2m on 2025-08-17</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} {Amount} on {GrantDate.ToIso()}");
}
