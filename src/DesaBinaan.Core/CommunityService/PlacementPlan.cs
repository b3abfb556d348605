using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// Who is placed when at a site: the placements on the occurrences of the site's weekly activity, the orders that cannot
/// finish within their period, and the occurrences skipped because no placement agreement was in force.
/// </summary>
/// <remarks>Produced by <see cref="PlacementPlanner.Plan"/>. Equality compares every property.</remarks>
[Immutable]
public sealed record PlacementPlan
{
    /// <summary>Initializes a plan.</summary>
    /// <param name="siteId">The site's id; must not be blank.</param>
    /// <param name="from">The first day planned.</param>
    /// <param name="placements">The placements, in date order; none null.</param>
    /// <param name="unfinishable">The orders that cannot finish; none null.</param>
    /// <param name="datesWithoutAgreement">The occurrences skipped because the site had no placement agreement in force.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="siteId"/> is blank or a list holds null.</exception>
    public PlacementPlan(string siteId, LocalDate from, IEnumerable<PlannedPlacement> placements, IEnumerable<UnfinishableOrder> unfinishable, IEnumerable<LocalDate> datesWithoutAgreement)
    {
        SiteId = Guard.Against.BlankText(siteId);
        From = Guard.Against.NonIsoDate(from);
        Placements = ValueList.FromNonNull(placements, nameof(placements));
        Unfinishable = ValueList.FromNonNull(unfinishable, nameof(unfinishable));
        DatesWithoutAgreement = ValueList.From(Guard.Against.Null(datesWithoutAgreement));
    }

    /// <summary>Gets the site's id.</summary>
    public string SiteId { get; }

    /// <summary>Gets the first day planned.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the placements, in date order.</summary>
    public ValueList<PlannedPlacement> Placements { get; }

    /// <summary>Gets the orders that cannot finish within their period.</summary>
    public ValueList<UnfinishableOrder> Unfinishable { get; }

    /// <summary>Gets the occurrences skipped because no placement agreement was in force.</summary>
    public ValueList<LocalDate> DatesWithoutAgreement { get; }

    /// <summary>Returns the hours planned for one order.</summary>
    /// <param name="orderId">The order's id; must not be null.</param>
    /// <returns>The sum of its placements' hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is null.</exception>
    public int HoursPlannedFor(string orderId)
    {
        Guard.Against.Null(orderId);
        return Placements.Where(p => string.Equals(p.OrderId, orderId, StringComparison.Ordinal)).Sum(p => p.Hours);
    }

    /// <summary>Returns the plan in one language: one line per placement, then the orders that cannot finish.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Render(Language language)
    {
        var english = language == Language.English;
        var culture = language.Culture();
        var text = new StringBuilder();
        foreach (var placement in Placements)
        {
            text.AppendLine(string.Create(culture, $"{placement.Date.ToIso()} {placement.OrderId}: {placement.Hours} {(english ? "hours" : "jam")}"));
        }

        foreach (var order in Unfinishable)
        {
            text.AppendLine(english
                ? string.Create(culture, $"{order.OrderId} cannot finish by {order.LastDay.ToIso()}: {order.HoursShort} hours short (UU 1/2023 Pasal 85 ayat (5)).")
                : string.Create(culture, $"{order.OrderId} tidak dapat selesai sampai {order.LastDay.ToIso()}: kurang {order.HoursShort} jam (UU 1/2023 Pasal 85 ayat (5))."));
        }

        return text.ToString();
    }

    /// <summary>Returns the site, the number of placements and of unfinishable orders.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SiteId}: {Placements.Count} placements, {Unfinishable.Count} cannot finish");
}
