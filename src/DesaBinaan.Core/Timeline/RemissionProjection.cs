using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// One coming remission of a person's outlook — a 17 August (general, and decennial in a decennial year) or the person's
/// religious holiday (special) — with the amount that would be due if the conduct conditions hold. A projection, never a
/// date of the record.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record RemissionProjection
{
    internal RemissionProjection(RemissionKind kind, ReligiousHoliday? holiday, int year, LocalDate? grantDate, RemissionEntitlement? entitlement, LocalizedText? undeterminedBecause, LocalDate? expiryAfter)
    {
        Kind = kind;
        Holiday = holiday;
        Year = year;
        GrantDate = grantDate;
        Entitlement = entitlement;
        UndeterminedBecause = undeterminedBecause;
        ExpiryAfter = expiryAfter;
    }

    /// <summary>Gets the kind of remission.</summary>
    public RemissionKind Kind { get; }

    /// <summary>Gets the holiday of a special remission, or null.</summary>
    public ReligiousHoliday? Holiday { get; }

    /// <summary>Gets the year of the grant.</summary>
    public int Year { get; }

    /// <summary>Gets the grant date, or null when the holiday's date of that year is not known.</summary>
    public LocalDate? GrantDate { get; }

    /// <summary>Gets the assessment of the time conditions and the amount, or null when undetermined before it (no date, no religion recorded).</summary>
    public RemissionEntitlement? Entitlement { get; }

    /// <summary>Gets the status: due, not due, or undetermined (also when the date or the religion is not known).</summary>
    public RemissionEntitlementStatus Status => Entitlement?.Status ?? RemissionEntitlementStatus.Undetermined;

    /// <summary>Gets the amount that would be due (zero unless due).</summary>
    public SentenceTerm Amount => Entitlement?.Amount ?? SentenceTerm.Zero;

    /// <summary>Gets the tier ("year of remission") of the amount, 0 when not due or not tiered.</summary>
    public int Tier => Entitlement?.YearOfRemission ?? 0;

    /// <summary>Gets whether the remission would release the person on the grant day (RU II, RK II, Dasawarsa II).</summary>
    public bool ReleasesOnGrantDay => Entitlement?.ReleasesOnGrantDay ?? false;

    /// <summary>Gets why the projection is undetermined before any assessment (the holiday's date of the year, the religion), or null.</summary>
    public LocalizedText? UndeterminedBecause { get; }

    /// <summary>Gets the projected expiry after this remission and the earlier projected ones, or null when not due.</summary>
    public LocalDate? ExpiryAfter { get; }

    /// <summary>Returns the projection as one sentence in one language, always labelled as a projection.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        var en = language == Language.English;
        var when = GrantDate is { } d ? d.ToIso() : Year.ToString(CultureInfo.InvariantCulture);
        var label = Kind.Label().In(language) + (Holiday is { } h ? " " + h.Label().In(language) : string.Empty);
        var head = (en ? "Projection " : "Proyeksi ") + when + ", " + label + ": ";
        if (UndeterminedBecause is { } why)
        {
            return head + (en ? "undetermined, " : "belum dapat ditentukan, ") + why.In(language);
        }

        var text = head + Entitlement!.Reason.In(language);
        if (ExpiryAfter is { } expiry)
        {
            text += (en ? " Projected expiry: " : " Proyeksi ekspirasi: ") + expiry.ToIso() + ".";
        }

        return text;
    }

    /// <summary>Returns the kind, the date and the status in invariant form, such as <c>General 2026-08-17 Due 3m</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + " " + (GrantDate is { } d ? d.ToIso() : Year.ToString(CultureInfo.InvariantCulture)) + " " + Status + (Status == RemissionEntitlementStatus.Due ? " " + Amount : string.Empty);
}
