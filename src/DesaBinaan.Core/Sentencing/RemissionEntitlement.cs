using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The remission due on a grant date under Keppres 174/1999, given the time conditions only: the amount
/// with its reason, or "not due" and why, or "undetermined" and what is missing.
/// </summary>
/// <remarks>
/// Conduct conditions (no disciplinary punishment in the last 6 months, active in guidance) are not assessed here:
/// they belong to the eligibility rules. Equality compares every value.
/// </remarks>
[Immutable]
public sealed record RemissionEntitlement
{
    internal RemissionEntitlement(RemissionKind kind, LocalDate grantDate, RemissionEntitlementStatus status, SentenceTerm amount, string code, LocalizedText reason, Citation citation, int servedDays, int yearOfRemission, bool cappedToRemaining, CountingConvention convention, bool releasesOnGrantDay = false)
    {
        Kind = kind;
        GrantDate = grantDate;
        Status = status;
        Amount = amount;
        Code = code;
        Reason = reason;
        Citation = citation;
        ServedDays = servedDays;
        YearOfRemission = yearOfRemission;
        CappedToRemaining = cappedToRemaining;
        ReleasesOnGrantDay = releasesOnGrantDay;
        Convention = convention;
    }

    /// <summary>Gets the kind of remission assessed.</summary>
    public RemissionKind Kind { get; }

    /// <summary>Gets the grant date assessed.</summary>
    public LocalDate GrantDate { get; }

    /// <summary>Gets whether the remission is due.</summary>
    public RemissionEntitlementStatus Status { get; }

    /// <summary>Gets whether the remission is due (<see cref="Status"/> is <see cref="RemissionEntitlementStatus.Due"/>).</summary>
    public bool IsDue => Status == RemissionEntitlementStatus.Due;

    /// <summary>Gets the amount due (zero unless due).</summary>
    public SentenceTerm Amount { get; }

    /// <summary>Gets the stable reason code, such as <c>remisi.general.year-2</c> or <c>remisi.served-six-months-or-less</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the reason in Indonesian and English.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Gets the legal basis of the answer.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the days served on the grant date that decided the answer (from the last detention when the convention says so).</summary>
    public int ServedDays { get; }

    /// <summary>
    /// Gets the tier ("year") of remission of Keppres 174/1999 Pasal 4–5 that decided the amount: under
    /// <see cref="RemissionTiers.GrantsReceived"/> the number of remissions of that kind already received plus one, under
    /// <see cref="RemissionTiers.YearsServed"/> the year of sentence served; 0 when not reached or not tiered.
    /// </summary>
    public int YearOfRemission { get; }

    /// <summary>Gets whether the amount was reduced to what was left of the sentence.</summary>
    public bool CappedToRemaining { get; }

    /// <summary>
    /// Gets whether the remission reaches the expiry, so the person is released on the grant day: <i>RU II</i> for a
    /// general remission, <i>RK II</i> for a special one, <i>Dasawarsa II</i> for a decennial one.
    /// </summary>
    public bool ReleasesOnGrantDay { get; }

    /// <summary>Gets the convention used.</summary>
    public CountingConvention Convention { get; }

    /// <summary>Returns the code and the Indonesian reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + ": " + Reason.Indonesian;
}
