using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// A set of partnerships (of a Lapas, a regional office, a city) and the questions asked across them: which are in
/// force on a date, which agreements expire soon, which scopes are active, which partnerships a village or an
/// institution has.
/// </summary>
/// <remarks>Partnership ids are unique within a portfolio. Equality compares the partnerships in order.</remarks>
[Immutable]
public sealed record PartnershipPortfolio
{
    /// <summary>Initializes a portfolio.</summary>
    /// <param name="partnerships">The partnerships; must not be null, contain null, or repeat an id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="partnerships"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partnerships"/> contains null or repeats an id.</exception>
    public PartnershipPortfolio(IEnumerable<Partnership> partnerships)
    {
        Partnerships = ValueList.FromNonNull(partnerships, nameof(partnerships));
        Guard.Against.InvalidInput(Partnerships, nameof(partnerships), l => l.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == l.Count, "Partnership ids must be unique within a portfolio.");
    }

    /// <summary>Gets the partnerships.</summary>
    public ValueList<Partnership> Partnerships { get; }

    /// <summary>Returns the portfolio with a partnership added, or replacing the one with the same id.</summary>
    /// <param name="partnership">The partnership; must not be null.</param>
    /// <returns>A new portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnership"/> is null.</exception>
    public PartnershipPortfolio With(Partnership partnership)
    {
        Guard.Against.Null(partnership);
        for (var i = 0; i < Partnerships.Count; i++)
        {
            if (string.Equals(Partnerships[i].Id, partnership.Id, StringComparison.Ordinal))
            {
                return new PartnershipPortfolio(Partnerships.SetItem(i, partnership));
            }
        }

        return new PartnershipPortfolio(Partnerships.Add(partnership));
    }

    /// <summary>Returns the partnership with an id.</summary>
    /// <param name="id">The id; must not be null.</param>
    /// <returns>The partnership, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Partnership? Find(string id)
    {
        Guard.Against.Null(id);
        return Partnerships.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
    }

    /// <summary>Returns the partnerships with at least one agreement in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partnerships, in order.</returns>
    public ValueList<Partnership> InForceOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return ValueList.From(Partnerships.Where(p => p.IsInForceOn(date)));
    }

    /// <summary>Returns the agreements in force on a date whose term ends within a number of days (inclusive), soonest first.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The horizon in days, from 0 to 3660.</param>
    /// <returns>The agreements with their partnership and days left.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above 3660.</exception>
    public ValueList<ExpiringAgreement> AgreementsExpiringWithin(LocalDate date, int days)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.CountOutOfRange(days, 0, 3660);
        var horizon = GuardRules.PlusDaysOrLast(date, days);
        var result = new List<ExpiringAgreement>();
        foreach (var partnership in Partnerships)
        {
            foreach (var agreement in partnership.AgreementsInForceOn(date))
            {
                if (agreement.Term.End <= horizon)
                {
                    result.Add(new ExpiringAgreement(partnership.Id, agreement, Period.DaysBetween(date, agreement.Term.End)));
                }
            }
        }

        return ValueList.From(result.OrderBy(e => e.DaysLeft).ThenBy(e => e.PartnershipId, StringComparer.Ordinal));
    }

    /// <summary>Returns the scopes active on a date across the portfolio.</summary>
    /// <param name="date">The date.</param>
    /// <returns>One entry per partnership and active scope.</returns>
    public ValueList<PartnershipScope> ScopesActiveOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return ValueList.From(Partnerships.SelectMany(p => p.ScopesActiveOn(date).Select(s => new PartnershipScope(p.Id, p.CorrectionalSide.Id, p.CommunitySide.Region, s))));
    }

    /// <summary>Returns the partnerships of a village, or of every village within a region (a district, a city).</summary>
    /// <param name="region">A village code, or a broader region code.</param>
    /// <returns>The partnerships whose village is <paramref name="region"/> or lies within it.</returns>
    public ValueList<Partnership> ForVillage(RegionCode region) =>
        ValueList.From(Partnerships.Where(p => p.CommunitySide.Region == region || region.IsAncestorOf(p.CommunitySide.Region)));

    /// <summary>Returns the partnerships in which an institution is a side (correctional unit, village or signing government).</summary>
    /// <param name="institution">The institution's id.</param>
    /// <returns>The partnerships, in order.</returns>
    public ValueList<Partnership> ForInstitution(InstitutionId institution) =>
        ValueList.From(Partnerships.Where(p => p.Sides.Contains(institution)));

    /// <summary>Returns whether a correctional unit has, on a date, a partnership with a village whose agreement in force covers a scope.</summary>
    /// <param name="correctionalSide">The correctional unit.</param>
    /// <param name="village">The village's region code.</param>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when some partnership of the two covers the scope on that date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public bool CoversScopeOn(InstitutionId correctionalSide, RegionCode village, ScopeKind scope, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(scope);
        return Partnerships.Any(p => p.CorrectionalSide.Id == correctionalSide && p.CommunitySide.Region == village && p.CoversScopeOn(scope, date));
    }
}
