using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// A community-service order (<i>pidana kerja sosial</i>) as the judgment states it (UU 1/2023 Pasal 85): the hours, the
/// hours per day, the completion period, the prison term or fine it replaces, and the order for a failure; with the
/// Bapas and its community counsellor (<i>pembimbing kemasyarakatan</i>) who guide it and the prosecutor who supervises it.
/// </summary>
/// <remarks>
/// <para>Validated against Pasal 85 at construction, each refusal naming its ayat: the offence is punishable by less than 5
/// years and the replaced penalty is at most 6 months of prison or a category II fine (ayat (1)); 8 to 240 hours
/// (ayat (4), stated once in <see cref="Sentence"/>); at most 8 hours a day, over at most 6 months (ayat (5)); the hours fit
/// in the period at the judgment's hours per day (ayat (5), ayat (9) huruf b); the failure order matches the replaced
/// penalty (ayat (7)); the judgment is on or after 2 January 2026, when UU 1/2023 came into force (Pasal 624).</para>
/// <para>The completion period is counted in days, a month as 30 days (Pasal 184), from <see cref="StartsOn"/>.
/// The person is identified by the caller's opaque id only. Equality compares every property.</para>
/// </remarks>
[Immutable]
public sealed record CommunityServiceOrder
{
    /// <summary>An offence must be punishable by less than this many years of prison for community service (UU 1/2023 Pasal 85 ayat (1)).</summary>
    public const int OffenceThreatBelowYears = 5;

    /// <summary>Initializes an order.</summary>
    /// <param name="id">The caller's opaque id of the order (such as the judgment's register number); must not be blank.</param>
    /// <param name="client">The caller's opaque id of the person (a Bapas client); must not be empty.</param>
    /// <param name="bapas">The Bapas whose counsellor guides the person (ayat (8)); must not be empty.</param>
    /// <param name="counsellor">The community counsellor (<i>pembimbing kemasyarakatan</i>, ayat (8)); must not be empty.</param>
    /// <param name="prosecutor">The supervising prosecutor (ayat (8)); must not be empty.</param>
    /// <param name="judgmentDate">The date of the final judgment; on or after 2026-01-02.</param>
    /// <param name="startsOn">The first day of the completion period; not before the judgment.</param>
    /// <param name="hours">The hours of community service; 8 to 240 (ayat (4)).</param>
    /// <param name="hoursPerDay">The hours per day stated in the judgment; 1 to 8 (ayat (5), ayat (9) huruf b).</param>
    /// <param name="completionPeriod">The completion period stated in the judgment; not zero, at most 6 months at 30 days a month (ayat (5)), long enough for the hours at <paramref name="hoursPerDay"/>.</param>
    /// <param name="offenceMaximum">The maximum prison term the offence is punishable by; less than 5 years (ayat (1)).</param>
    /// <param name="replaced">The prison term or fine replaced (ayat (1), ayat (9) huruf a); must not be null.</param>
    /// <param name="failureOrder">The order for a failure (ayat (7), ayat (9) huruf c); must not be null and must match the replaced penalty.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or a term is outside the range of Pasal 85; the message names the ayat.</exception>
    /// <exception cref="ArgumentException">An id is empty, a date is out of order, or the failure order does not match the replaced penalty.</exception>
    public CommunityServiceOrder(
        string id,
        PersonId client,
        InstitutionId bapas,
        PersonId counsellor,
        PersonId prosecutor,
        LocalDate judgmentDate,
        LocalDate startsOn,
        int hours,
        int hoursPerDay,
        SentenceTerm completionPeriod,
        SentenceTerm offenceMaximum,
        ReplacedPenalty replaced,
        FailureOrder failureOrder)
    {
        Id = Guard.Against.BlankText(id);
        Client = Guard.Against.InvalidInput(client, nameof(client), c => !c.IsEmpty, "A community-service order names the person by a non-empty id.");
        Bapas = Guard.Against.InvalidInput(bapas, nameof(bapas), b => !b.IsEmpty, "A community-service order names the Bapas that guides it (UU 1/2023 Pasal 85 ayat (8)).");
        Counsellor = Guard.Against.InvalidInput(counsellor, nameof(counsellor), c => !c.IsEmpty, "A community-service order names its community counsellor, the pembimbing kemasyarakatan (UU 1/2023 Pasal 85 ayat (8)).");
        Prosecutor = Guard.Against.InvalidInput(prosecutor, nameof(prosecutor), p => !p.IsEmpty, "A community-service order names the supervising prosecutor (UU 1/2023 Pasal 85 ayat (8)).");
        _ = Guard.Against.UncountableDate(judgmentDate);
        _ = Guard.Against.UncountableDate(startsOn);
        Guard.Against.OutOfRange(judgmentDate, nameof(judgmentDate), InForceFrom, LocalDate.MaxIsoValue, "Community service under UU 1/2023 Pasal 85 can be imposed only by a judgment on or after 2026-01-02, when the code came into force (Pasal 624).");

        JudgmentDate = judgmentDate;
        StartsOn = Guard.Against.InvalidInput(startsOn, nameof(startsOn), s => s >= judgmentDate, "The completion period cannot start before the judgment that imposes it (UU 1/2023 Pasal 85 ayat (9) huruf b).");
        Sentence = Sentence.CommunityService(hours);
        HoursPerDay = Guard.Against.OutOfRange(hoursPerDay, nameof(hoursPerDay), 1, Sentence.MaximumCommunityServiceHoursPerDay, "Community service is served at most 8 hours a day (UU 1/2023 Pasal 85 ayat (5)); the hours per day must be from 1 to 8.");
        Guard.Against.InvalidInput(completionPeriod, nameof(completionPeriod), p => !p.IsZero, "The judgment states the completion period of community service (UU 1/2023 Pasal 85 ayat (9) huruf b); it must not be zero.");
        var days = ReplacedPenalty.ToDays(completionPeriod);
        if (days > Sentence.MaximumCommunityServiceMonths * ReplacedPenalty.DaysPerMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(completionPeriod), "Community service is spread over at most 6 months, 180 days at 30 days a month (UU 1/2023 Pasal 85 ayat (5), Pasal 184); " + completionPeriod + " is longer.");
        }

        CompletionPeriod = completionPeriod;
        CompletionDays = (int)days;
        if ((long)hoursPerDay * CompletionDays < hours)
        {
            throw new ArgumentOutOfRangeException(nameof(hoursPerDay), string.Create(CultureInfo.InvariantCulture, $"{hours} hours at {hoursPerDay} hours a day need {(hours + hoursPerDay - 1) / hoursPerDay} days, more than the {CompletionDays}-day completion period (UU 1/2023 Pasal 85 ayat (5), ayat (9) huruf b)."));
        }

        Guard.Against.InvalidInput(offenceMaximum, nameof(offenceMaximum), t => !t.IsZero, "The offence's maximum prison term must not be zero (UU 1/2023 Pasal 85 ayat (1)).");
        if (offenceMaximum.TotalCalendarMonths >= OffenceThreatBelowYears * 12)
        {
            throw new ArgumentOutOfRangeException(nameof(offenceMaximum), "Community service is for an offence punishable by less than 5 years of prison (UU 1/2023 Pasal 85 ayat (1)); " + offenceMaximum + " is not less.");
        }

        OffenceMaximum = offenceMaximum;
        Replaced = Guard.Against.Null(replaced);
        FailureOrder = Guard.Against.Null(failureOrder);
        Guard.Against.InvalidInput(failureOrder, nameof(failureOrder), f => f.Kind != FailureOrderKind.ServeReplacedPrisonTerm || replaced.Kind == ReplacedPenaltyKind.Imprisonment,
            "An order to serve the replaced prison term needs a judgment that replaced a prison term (UU 1/2023 Pasal 85 ayat (7) huruf b).");
        Guard.Against.InvalidInput(failureOrder, nameof(failureOrder), f => f.Kind != FailureOrderKind.PayReplacedFine || replaced.Kind == ReplacedPenaltyKind.Fine,
            "An order to pay the replaced fine needs a judgment that replaced a fine (UU 1/2023 Pasal 85 ayat (7) huruf c).");
    }

    /// <summary>Gets the first day on which UU 1/2023, and so community service, is in force (Pasal 624): 2026-01-02.</summary>
    public static LocalDate InForceFrom { get; } = new(2026, 1, 2);

    /// <summary>Gets the caller's opaque id of the order.</summary>
    public string Id { get; }

    /// <summary>Gets the caller's opaque id of the person.</summary>
    public PersonId Client { get; }

    /// <summary>Gets the Bapas that guides the order.</summary>
    public InstitutionId Bapas { get; }

    /// <summary>Gets the community counsellor (<i>pembimbing kemasyarakatan</i>).</summary>
    public PersonId Counsellor { get; }

    /// <summary>Gets the supervising prosecutor.</summary>
    public PersonId Prosecutor { get; }

    /// <summary>Gets the date of the judgment.</summary>
    public LocalDate JudgmentDate { get; }

    /// <summary>Gets the first day of the completion period.</summary>
    public LocalDate StartsOn { get; }

    /// <summary>Gets the sentence (<see cref="SentenceKind.CommunityService"/> with its hours).</summary>
    public Sentence Sentence { get; }

    /// <summary>Gets the hours ordered.</summary>
    public int Hours => Sentence.Hours;

    /// <summary>Gets the hours per day stated in the judgment (at most 8).</summary>
    public int HoursPerDay { get; }

    /// <summary>Gets the completion period stated in the judgment.</summary>
    public SentenceTerm CompletionPeriod { get; }

    /// <summary>Gets the completion period in days, a month as 30 days (UU 1/2023 Pasal 184).</summary>
    public int CompletionDays { get; }

    /// <summary>Gets the last day to finish: <see cref="StartsOn"/> plus <see cref="CompletionDays"/> − 1.</summary>
    public LocalDate LastDay => GuardRules.PlusDaysOrLast(StartsOn, CompletionDays - 1);

    /// <summary>Gets the fewest days in which the hours can be served at the judgment's hours per day.</summary>
    public int MinimumDays => (Hours + HoursPerDay - 1) / HoursPerDay;

    /// <summary>Gets the offence's maximum prison term.</summary>
    public SentenceTerm OffenceMaximum { get; }

    /// <summary>Gets the prison term or fine replaced.</summary>
    public ReplacedPenalty Replaced { get; }

    /// <summary>Gets the order for a failure.</summary>
    public FailureOrder FailureOrder { get; }

    /// <summary>
    /// Returns whether the order's counsellor is, on a date, a community counsellor (<i>pembimbing kemasyarakatan</i>) of
    /// the order's Bapas as the registry of officials records it (UU 1/2023 Pasal 85 ayat (8)).
    /// </summary>
    /// <param name="officials">The registry of officials; must not be null.</param>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>
    /// True when an appointment of the counsellor to a <see cref="PositionKind.CommunityCounsellor"/> position of the Bapas is
    /// in force; false when the registry knows both and no such appointment is in force, or the institution is not a
    /// Bapas; null (undetermined, not a "no") when the counsellor or the Bapas is not in the registry.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="officials"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool? IsGuidedByAppointedCounsellorOn(OfficialsDirectory officials, LocalDate date)
    {
        Guard.Against.Null(officials);
        _ = Guard.Against.NonIsoDate(date);
        if (officials.FindPerson(Counsellor) is null || officials.Institutions.Find(Bapas) is not { } bapas)
        {
            return null;
        }

        if (bapas.Kind != InstitutionKind.Bapas)
        {
            return false;
        }

        foreach (var appointment in officials.AppointmentsOf(Counsellor, date))
        {
            if (officials.FindPosition(appointment.Position) is { Kind: PositionKind.CommunityCounsellor } position && position.Institution == Bapas)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the order in a language: hours, hours per day, period and replaced penalty, with the articles.</summary>
    /// <param name="language">The language.</param>
    /// <returns>One line of text in that language.</returns>
    public string Describe(Language language)
    {
        var culture = language.Culture();
        return language == Language.English
            ? string.Create(culture, $"Community service order {Id}: {Hours} hours, at most {HoursPerDay} hours a day, to finish between {StartsOn.ToIso()} and {LastDay.ToIso()} ({CompletionDays} days), replacing {Replaced.ToText(language)}; Bapas {Bapas}, community counsellor {Counsellor} (UU 1/2023 Pasal 85 ayat (4), (5), (8), (9)).")
            : string.Create(culture, $"Pidana kerja sosial {Id}: {Hours} jam, paling lama {HoursPerDay} jam sehari, diselesaikan antara {StartsOn.ToIso()} dan {LastDay.ToIso()} ({CompletionDays} hari), pengganti {Replaced.ToText(language)}; Bapas {Bapas}, pembimbing kemasyarakatan {Counsellor} (UU 1/2023 Pasal 85 ayat (4), (5), (8), (9)).");
    }

    /// <summary>Returns the id, the hours and the period, such as <c>PID-17 120h 4h/day [2026-02-02, 2026-05-02]</c>.</summary>
    /// <returns>The text (ids only, no personal data).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} {Hours}h {HoursPerDay}h/day [{StartsOn.ToIso()}, {LastDay.ToIso()}]");
}
