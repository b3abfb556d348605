using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>One attended session of community service: the date, the hours, the site, the officer who supervised it and the activity.</summary>
/// <remarks>A session is a record of what happened; whether it breaks a rule of Pasal 85 is decided by the <see cref="HoursLedger"/>. Equality compares every property.</remarks>
[Immutable]
public sealed record ServiceSession
{
    /// <summary>Initializes a session.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <param name="hours">The hours attended; 1 to 24 (more than 8 in a day is recorded and then reported as a violation).</param>
    /// <param name="site">The id of the <see cref="PlacementSite"/>; must not be blank.</param>
    /// <param name="officer">The officer who supervised the session (a community counsellor or the site's officer); must not be empty.</param>
    /// <param name="activity">What was done, such as "membersihkan saluran drainase"; must not be blank.</param>
    /// <param name="isCommercial">Whether the activity served a commercial purpose (community service must never be commercialised, UU 1/2023 Pasal 85 ayat (3)).</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the officer is empty, or the date is not countable.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is not from 1 to 24.</exception>
    public ServiceSession(LocalDate date, int hours, string site, PersonId officer, string activity, bool isCommercial = false)
    {
        Date = Guard.Against.UncountableDate(date);
        Hours = Guard.Against.CountOutOfRange(hours, 1, 24);
        Site = Guard.Against.BlankText(site);
        Officer = Guard.Against.InvalidInput(officer, nameof(officer), o => !o.IsEmpty, "A session names the officer who supervised it by a non-empty id.");
        Activity = Guard.Against.BlankText(activity);
        IsCommercial = isCommercial;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the hours attended.</summary>
    public int Hours { get; }

    /// <summary>Gets the id of the site.</summary>
    public string Site { get; }

    /// <summary>Gets the officer who supervised the session.</summary>
    public PersonId Officer { get; }

    /// <summary>Gets what was done.</summary>
    public string Activity { get; }

    /// <summary>Gets whether the activity served a commercial purpose.</summary>
    public bool IsCommercial { get; }

    /// <summary>Returns the date, hours and site, such as <c>2026-02-06 4h kerja-bakti-panjang-wetan</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date.ToIso()} {Hours}h {Site}{(IsCommercial ? " commercial" : string.Empty)}");
}
