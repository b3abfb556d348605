using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// Plans who serves when at a site: the occurrences of the site's weekly activity (<see cref="ActivityPlan"/> and its
/// <see cref="WeeklySchedule"/>) are filled, earliest deadline first, up to the activity's participant quota, each person
/// for at most the occurrence's whole hours and the judgment's hours per day, within the order's completion period, on
/// days the site has a placement agreement in force.
/// </summary>
/// <remarks>
/// The plan is data. An order that the plan cannot finish by its last day is listed with its shortfall; earliest deadline
/// first finishes every order whenever any one-person-per-occurrence order of the same occurrences does, for orders of equal
/// hours per occurrence, and is otherwise a heuristic.
/// </remarks>
public static class PlacementPlanner
{
    /// <summary>Plans the placements of orders at a site from a date.</summary>
    /// <param name="activity">The site's activity with its schedule and quota; must not be null.</param>
    /// <param name="site">The site; must not be null and must be in <paramref name="network"/>.</param>
    /// <param name="ledgers">The orders to place with what they have already served; none null, order ids distinct.</param>
    /// <param name="from">The first day to plan; the hours credited before it count as served.</param>
    /// <param name="network">The placement network; must not be null.</param>
    /// <param name="settings">The open choices, or null for <see cref="CommunityServiceSettings.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The site is not in the network, a ledger is null, or two ledgers share an order id.</exception>
    public static PlacementPlan Plan(ActivityPlan activity, PlacementSite site, IEnumerable<HoursLedger> ledgers, LocalDate from, PlacementNetwork network, CommunityServiceSettings? settings = null)
    {
        Guard.Against.Null(activity);
        Guard.Against.Null(site);
        Guard.Against.Null(network);
        _ = Guard.Against.UncountableDate(from);
        Guard.Against.InvalidInput(site, nameof(site), s => network.FindSite(s.Id) == s, "The site must be one of the placement network's sites.");
        var list = ValueList.FromNonNull(Guard.Against.Null(ledgers), nameof(ledgers));
        Guard.Against.InvalidInput(list, nameof(ledgers), l => l.Select(x => x.Order.Id).Distinct(StringComparer.Ordinal).Count() == l.Count, "Each order appears once in a placement plan.");
        var dayBefore = from.PlusDays(-1);
        var open = list.Select(l => new Open(l.Order, l.StatementOn(dayBefore, network, settings).HoursRemaining)).Where(o => o.Remaining > 0).ToList();
        var placements = new List<PlannedPlacement>();
        var skipped = new List<LocalDate>();
        var horizon = open.Count == 0 ? from : open.Max(o => o.Order.LastDay);
        if (horizon >= from)
        {
            foreach (var occurrence in activity.Schedule.OccurrencesIn(new DateInterval(from, horizon)))
            {
                var date = occurrence.Date;
                var length = (int)Math.Floor(occurrence.Length.TotalHours);
                if (length < 1)
                {
                    continue;
                }

                if (!network.HasAgreementInForce(site.Id, date))
                {
                    skipped.Add(date);
                    continue;
                }

                var candidates = open
                    .Where(o => o.Remaining > 0 && o.Order.StartsOn <= date && date <= o.Order.LastDay)
                    .OrderBy(o => o.Order.LastDay)
                    .ThenByDescending(o => o.Remaining)
                    .ThenBy(o => o.Order.Id, StringComparer.Ordinal)
                    .Take(activity.Quota.Maximum);
                foreach (var candidate in candidates)
                {
                    var hours = Math.Min(Math.Min(length, candidate.Order.HoursPerDay), candidate.Remaining);
                    candidate.Remaining -= hours;
                    placements.Add(new PlannedPlacement(candidate.Order.Id, date, hours));
                }
            }
        }

        var unfinishable = open.Where(o => o.Remaining > 0).Select(o => new UnfinishableOrder(o.Order.Id, o.Remaining, o.Order.LastDay));
        return new PlacementPlan(site.Id, from, placements, unfinishable, skipped);
    }

    private sealed class Open(CommunityServiceOrder order, int remaining)
    {
        public CommunityServiceOrder Order { get; } = order;

        public int Remaining { get; set; } = remaining;
    }
}
