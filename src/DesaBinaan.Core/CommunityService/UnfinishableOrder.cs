using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>An order that a placement plan cannot finish within its completion period at the judgment's hours per day: how many hours it falls short by.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record UnfinishableOrder
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="orderId">The order's id; must not be blank.</param>
    /// <param name="hoursShort">The hours the plan leaves unserved; at least 1.</param>
    /// <param name="lastDay">The order's last day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hoursShort"/> is below 1.</exception>
    public UnfinishableOrder(string orderId, int hoursShort, LocalDate lastDay)
    {
        OrderId = Guard.Against.BlankText(orderId);
        HoursShort = Guard.Against.CountOutOfRange(hoursShort, 1, int.MaxValue);
        LastDay = Guard.Against.NonIsoDate(lastDay);
    }

    /// <summary>Gets the order's id.</summary>
    public string OrderId { get; }

    /// <summary>Gets the hours the plan leaves unserved.</summary>
    public int HoursShort { get; }

    /// <summary>Gets the order's last day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>Returns the order, the shortfall and the last day.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OrderId} short {HoursShort}h by {LastDay.ToIso()}");
}
