using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>One placement in a plan: an order's client placed at an occurrence of the site's activity for some hours.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record PlannedPlacement
{
    /// <summary>Initializes a placement.</summary>
    /// <param name="orderId">The order's id; must not be blank.</param>
    /// <param name="date">The date of the occurrence.</param>
    /// <param name="hours">The hours planned; 1 to 8.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is not from 1 to 8.</exception>
    public PlannedPlacement(string orderId, LocalDate date, int hours)
    {
        OrderId = Guard.Against.BlankText(orderId);
        Date = Guard.Against.NonIsoDate(date);
        Hours = Guard.Against.CountOutOfRange(hours, 1, Sentencing.Sentence.MaximumCommunityServiceHoursPerDay);
    }

    /// <summary>Gets the order's id.</summary>
    public string OrderId { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the hours planned.</summary>
    public int Hours { get; }

    /// <summary>Returns the date, order and hours.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date.ToIso()} {OrderId} {Hours}h");
}
