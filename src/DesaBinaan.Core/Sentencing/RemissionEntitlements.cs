using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The remission amounts of Keppres 174/1999 and the decennial remission of Keppres 120/1955: given a sentence history, a
/// grant date and a kind, the amount due under the time conditions, or why none is due. Holiday dates are the caller's input.
/// </summary>
/// <remarks>
/// <para>Time served on the grant date counts, per the convention, from the last detention when detention was
/// interrupted (Keppres 174/1999 Pasal 7), in days at 30 a month: "more than 6 months" is more than 180 days,
/// "12 months or more" is 360 days or more.</para>
/// <para>The <b>tier</b> ("year of remission", Pasal 4–5) follows the convention's <see cref="RemissionTiers"/>: by
/// default the number of remissions of that kind the history already holds before the grant date, plus one (the
/// practice, docs/domain.md §8); the first tier is split by months served (6 to 12, or 12 or more).</para>
/// <para>Not given (Pasal 12): to a sentence of less than 6 months, or to a person serving substitute imprisonment for
/// a fine (the decennial remission excepted when its rule says so). A disciplinary punishment and being on pre-release
/// leave are conditions of the remission policy, not of this computation.</para>
/// </remarks>
public static class RemissionEntitlements
{
    private static readonly Citation Keppres = new("Keppres 174/1999", "Pasal 4 dan 5", "remission amounts by tier (remissions of that kind received, plus one)");
    private static readonly Citation Pasal7 = new("Keppres 174/1999", "Pasal 7", "time served counts from detention; if interrupted, from the last detention; a month is 30 days");
    private static readonly Citation Pasal12 = new("Keppres 174/1999", "Pasal 12", "no remission for a sentence under 6 months or for substitute imprisonment for a fine");
    private static readonly Citation ReligionFirstRecorded = new("Keppres 174/1999", "Pasal 7 ayat (5)", "the special remission follows the religion first recorded in the register");
    private static readonly Citation Decennial = new("Keppres 120/1955", null, "decennial remission: 1/12 of the sentence, at most 3 months, on 17 August every ten years");
    private static readonly Citation LifeOrDeath = new("UU 22/2022", "Pasal 10 ayat (4)", "no rights for life or death sentences");
    private static readonly Citation Humanitarian = new("Permenkumham 16/2023", null, "humanitarian remission: sentence up to 1 year, age over 70, prolonged illness");

    /// <summary>Assesses the remission of a kind due on a grant date.</summary>
    /// <param name="history">The history (remissions granted before <paramref name="grantDate"/> shorten what is left and set the tier); must not be null.</param>
    /// <param name="grantDate">The grant date: 17 August for general, decennial and additional remissions, the religious holiday for a special one.</param>
    /// <param name="kind">The kind of remission.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="ground">The ground of an additional remission, or null (then an additional remission is undetermined).</param>
    /// <param name="holiday">For a special remission, the holiday of the grant date, or null when the caller has already matched it to the person.</param>
    /// <param name="religion">For a special remission, the religion first recorded in the register, or null when not recorded.</param>
    /// <param name="decennial">The decennial remission's open points, or null for <see cref="DecennialRemissionRule.Default"/>.</param>
    /// <returns>The entitlement with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/>, <paramref name="ground"/>, <paramref name="holiday"/> or <paramref name="religion"/> is not defined, or a remission of the history is larger than what is left.</exception>
    public static RemissionEntitlement Assess(
        SentenceHistory history,
        LocalDate grantDate,
        RemissionKind kind,
        CountingConvention convention,
        AdditionalRemissionGround? ground = null,
        ReligiousHoliday? holiday = null,
        Religion? religion = null,
        DecennialRemissionRule? decennial = null)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(convention);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.UncountableDate(grantDate);
        if (ground is { } g)
        {
            Guard.Against.EnumOutOfRange(g, nameof(ground));
        }

        if (holiday is { } h)
        {
            Guard.Against.EnumOutOfRange(h, nameof(holiday));
        }

        if (religion is { } rel)
        {
            Guard.Against.EnumOutOfRange(rel, nameof(religion));
        }

        RemissionEntitlement NotDue(string code, string id, string en, Citation citation, int served = 0, int year = 0) =>
            new(kind, grantDate, RemissionEntitlementStatus.NotDue, SentenceTerm.Zero, code, new LocalizedText(id, en), citation, served, year, false, convention);

        if (history.HasLifeOrDeath)
        {
            return NotDue("remisi.life-or-death", "Pidana seumur hidup atau mati tidak memberi hak remisi.", "A life or death sentence gives no right to remission.", LifeOrDeath);
        }

        if (history.MainTerm.IsZero)
        {
            return NotDue("remisi.not-custodial", "Remisi hanya untuk pidana penjara atau kurungan, bukan pidana kerja sosial atau pengawasan.", "Remission is for imprisonment or kurungan only, not community service or supervision.", Keppres);
        }

        var detention = history.Detention;
        var grantDay = grantDate.ToDateOnly().DayNumber;
        if (grantDate < detention.FirstDay)
        {
            return NotDue("remisi.not-yet-detained", "Pada tanggal pemberian belum ditahan.", "Not yet detained on the grant date.", Pasal7);
        }

        var natural = SentenceKernel.NaturalExpiry(history, convention);
        _ = SentenceKernel.ExpiryAfterRemissions(history, convention, natural);
        var expiryThen = natural - SentenceKernel.RemissionDaysBy(history, convention, grantDay - 1);
        var left = expiryThen - grantDay;
        var substituteDays = history.Substitute.IsZero ? 0 : history.Substitute.ToDays(convention);
        var from = convention.RemissionServiceFromLastDetention ? detention.LastDetentionStart : detention.FirstDay;
        var fromDay = from.ToDateOnly().DayNumber;
        var segments = detention.Segments.AsSpan();
        var served = SentenceKernel.Served(fromDay, segments, grantDay, convention);
        var fromText = Iso(from);
        var sixMonths = 6 * convention.DaysPerMonth;
        var twelveMonths = 12 * convention.DaysPerMonth;

        if (kind == RemissionKind.Decennial)
        {
            return AssessDecennial(grantDate, convention, decennial ?? DecennialRemissionRule.Default, history.MainTerm.ToDays(convention), left, left + substituteDays, served, fromText, expiryThen + substituteDays);
        }

        var termDays = history.MainTerm.ToDays(convention);
        if (termDays < sixMonths)
        {
            return NotDue("remisi.sentence-under-six-months", Inv($"Pidana {history.MainTerm.ToText(Language.Indonesian)} ({termDays} hari) kurang dari 6 bulan: tidak mendapat remisi."), Inv($"A sentence of {history.MainTerm.ToText(Language.English)} ({termDays} days) is under 6 months: no remission."), Pasal12);
        }

        if (left <= 0)
        {
            return NotDue("remisi.not-serving", Inv($"Pidana pokok sudah selesai pada {Iso(expiryThen)}; pidana pengganti denda tidak mendapat remisi."), Inv($"The main term ended on {Iso(expiryThen)}; substitute imprisonment for a fine receives no remission."), Pasal12);
        }

        if (served <= sixMonths)
        {
            return NotDue("remisi.served-six-months-or-less", Inv($"Baru menjalani {served} hari sejak {fromText}: remisi diberikan setelah menjalani lebih dari 6 bulan ({sixMonths} hari)."), Inv($"Only {served} days served since {fromText}: remission is given after more than 6 months ({sixMonths} days) served."), Pasal7, served);
        }

        if (kind == RemissionKind.Special && holiday is { } day)
        {
            var holidayReligion = ReligionOf(day);
            if (religion is null)
            {
                return new(kind, grantDate, RemissionEntitlementStatus.Undetermined, SentenceTerm.Zero, "remisi.special.religion-not-recorded", new LocalizedText(Inv($"Agama yang pertama kali tercatat dalam register tidak tercatat: remisi khusus {HolidayName(day, Language.Indonesian)} tidak dapat dinilai."), Inv($"The religion first recorded in the register is not recorded: the special remission of {HolidayName(day, Language.English)} cannot be assessed.")), ReligionFirstRecorded, served, 0, false, convention);
            }

            if (religion != holidayReligion)
            {
                return NotDue("remisi.special.not-own-holiday", Inv($"Remisi khusus {HolidayName(day, Language.Indonesian)} hanya bagi pemeluk agamanya; agama yang pertama kali tercatat: {ReligionName(religion.Value, Language.Indonesian)}."), Inv($"The special remission of {HolidayName(day, Language.English)} is for its own believers only; religion first recorded: {ReligionName(religion.Value, Language.English)}."), ReligionFirstRecorded, served);
            }
        }

        var tierKind = kind == RemissionKind.Additional ? RemissionKind.General : kind;
        var byGrants = convention.RemissionTiers == RemissionTiers.GrantsReceived;
        var year = byGrants ? GrantsBefore(history, tierKind, grantDate) + 1 : YearServed(fromDay, segments, grantDate, sixMonths, convention);
        var tierId = byGrants ? Inv($"remisi {(tierKind == RemissionKind.General ? "umum" : "khusus")} ke-{year} yang diterima") : Inv($"tahun ke-{year} menjalani pidana");
        var tierEn = byGrants ? Inv($"{Ordinal(year)} {(tierKind == RemissionKind.General ? "general" : "special")} remission received") : Inv($"year {year} of sentence served");

        RemissionEntitlement Due(SentenceTerm amount, string code, string id, string en, Citation citation)
        {
            var days = amount.ToDays(convention);
            var capped = days > left;
            var releases = days >= left;
            if (capped)
            {
                amount = SentenceTerm.FromDays(left);
                id += Inv($" Dibatasi sisa pidana: {left} hari.");
                en += Inv($" Limited to what is left: {left} days.");
            }

            if (releases)
            {
                var label = kind == RemissionKind.Special ? "RK II" : "RU II";
                id += Inv($" Remisi mencapai ekspirasi: bebas pada hari pemberian ({label}).");
                en += Inv($" The remission reaches the expiry: released on the grant day ({label}).");
            }

            return new(kind, grantDate, RemissionEntitlementStatus.Due, amount, code, new LocalizedText(id, en), citation, served, year, capped, convention, releases);
        }

        switch (kind)
        {
            case RemissionKind.General:
            {
                var (amount, code) = General(year, served, twelveMonths);
                return Due(amount, code, Inv($"Remisi umum, {tierId}, {served} hari dijalani sejak {fromText}: {amount.ToText(Language.Indonesian)}."), Inv($"General remission, {tierEn}, {served} days served since {fromText}: {amount.ToText(Language.English)}."), Keppres);
            }

            case RemissionKind.Special:
            {
                var (amount, code) = Special(year, served, twelveMonths);
                return Due(amount, code, Inv($"Remisi khusus, {tierId}, {served} hari dijalani sejak {fromText}: {amount.ToText(Language.Indonesian)}."), Inv($"Special remission, {tierEn}, {served} days served since {fromText}: {amount.ToText(Language.English)}."), Keppres);
            }

            case RemissionKind.Additional:
            {
                if (ground is null)
                {
                    return new(kind, grantDate, RemissionEntitlementStatus.Undetermined, SentenceTerm.Zero, "remisi.additional.ground-unknown", new LocalizedText("Dasar remisi tambahan (jasa kepada negara atau membantu pembinaan) tidak diketahui.", "The ground of the additional remission (service to the state or helping the institution) is not known."), Keppres, served, year, false, convention);
                }

                var (general, _) = General(year, served, twelveMonths);
                var share = ground == AdditionalRemissionGround.ServiceToState ? Fraction.OneHalf : Fraction.OneThird;
                var days = (int)share.OfFloor(general.ToDays(convention));
                var amount = ToTerm(days, convention.DaysPerMonth);
                var code = ground == AdditionalRemissionGround.ServiceToState ? "remisi.additional.service-to-state" : "remisi.additional.helping-institution";
                return Due(amount, code, Inv($"Remisi tambahan {share} dari remisi umum tahun itu ({tierId}: {general.ToText(Language.Indonesian)}): {days} hari = {amount.ToText(Language.Indonesian)}."), Inv($"Additional remission of {share} of that year's general remission ({tierEn}: {general.ToText(Language.English)}): {days} days = {amount.ToText(Language.English)}."), Keppres);
            }

            default:
                return new(kind, grantDate, RemissionEntitlementStatus.Undetermined, SentenceTerm.Zero, "remisi.humanitarian.amount-not-tabled", new LocalizedText(Inv($"Remisi kemanusiaan: syaratnya (pidana paling lama 1 tahun{(history.MainTerm.TotalCalendarMonths < 12 || (history.MainTerm.TotalCalendarMonths == 12 && history.MainTerm.Days == 0) ? ", terpenuhi" : ", tidak terpenuhi")}; usia di atas 70 tahun; sakit berkepanjangan) dan besarnya ditetapkan menurut Permenkumham 16/2023, tidak dalam tabel Keppres 174/1999."), Inv($"Humanitarian remission: its grounds (sentence up to 1 year{(history.MainTerm.TotalCalendarMonths < 12 || (history.MainTerm.TotalCalendarMonths == 12 && history.MainTerm.Days == 0) ? ", met" : ", not met")}; age over 70; prolonged illness) and its amount are set under Permenkumham 16/2023, not in the Keppres 174/1999 tables.")), Humanitarian, served, year, false, convention);
        }
    }

    /// <summary>Returns the religion whose believers receive the special remission of a holiday.</summary>
    /// <param name="holiday">The holiday.</param>
    /// <returns>The religion.</returns>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is not defined.</exception>
    public static Religion ReligionOf(ReligiousHoliday holiday) => Guard.Against.EnumOutOfRange(holiday) switch
    {
        ReligiousHoliday.IdulFitri => Religion.Islam,
        ReligiousHoliday.Natal => Religion.Christianity,
        ReligiousHoliday.Nyepi => Religion.Hinduism,
        _ => Religion.Buddhism,
    };

    private static RemissionEntitlement AssessDecennial(LocalDate grantDate, CountingConvention convention, DecennialRemissionRule rule, int termDays, int mainLeft, int totalLeft, int served, string fromText, int expiry)
    {
        const RemissionKind kind = RemissionKind.Decennial;
        RemissionEntitlement NotDue(string code, string id, string en, int year = 0) =>
            new(kind, grantDate, RemissionEntitlementStatus.NotDue, SentenceTerm.Zero, code, new LocalizedText(id, en), Decennial, served, year, false, convention);

        if (grantDate.Month != 8 || grantDate.Day != 17 || !DecennialRemissionRule.IsDecennialYear(grantDate.Year))
        {
            return NotDue("remisi.decennial.not-a-decennial-date", Inv($"Remisi dasawarsa diberikan setiap 10 tahun pada 17 Agustus (2015, 2025, 2035), bukan pada {Iso(grantDate)}."), Inv($"The decennial remission is given every 10 years on 17 August (2015, 2025, 2035), not on {Iso(grantDate)}."));
        }

        if (totalLeft <= 0)
        {
            return NotDue("remisi.not-serving", Inv($"Pidana sudah selesai pada {Iso(expiry)}."), Inv($"The sentence ended on {Iso(expiry)}."));
        }

        if (mainLeft <= 0 && !rule.SubstituteImprisonment)
        {
            return NotDue("remisi.decennial.substitute-excluded", "Sedang menjalani pidana pengganti denda: menurut aturan yang dipakai tidak mendapat remisi dasawarsa.", "Serving substitute imprisonment for a fine: under the rule applied, no decennial remission.");
        }

        if (served < rule.MinimumServedDays)
        {
            return NotDue("remisi.decennial.served-too-little", Inv($"Baru menjalani {served} hari sejak {fromText}: remisi dasawarsa menurut aturan yang dipakai setelah menjalani paling sedikit {rule.MinimumServedDays} hari (titik terbuka, dapat diatur)."), Inv($"Only {served} days served since {fromText}: under the rule applied the decennial remission needs at least {rule.MinimumServedDays} days served (an open point, configurable)."));
        }

        var basis = rule.Basis == DecennialBasis.ImposedTerm ? termDays : totalLeft;
        var twelfth = rule.Rounding == DayRounding.Up ? (basis + 11) / 12 : basis / 12;
        var cappedAtMaximum = twelfth > rule.MaximumDays;
        var days = cappedAtMaximum ? rule.MaximumDays : twelfth;
        var capped = days > totalLeft;
        var releases = days >= totalLeft;
        days = Math.Min(days, totalLeft);
        var amount = ToTerm(days, convention.DaysPerMonth);
        var basisId = rule.Basis == DecennialBasis.ImposedTerm ? "pidana yang dijatuhkan" : "sisa pidana pada hari pemberian";
        var basisEn = rule.Basis == DecennialBasis.ImposedTerm ? "the imposed term" : "what is left on the grant day";
        var roundId = rule.Rounding == DayRounding.Up ? "dibulatkan ke atas" : "dibulatkan ke bawah";
        var roundEn = rule.Rounding == DayRounding.Up ? "rounded up" : "rounded down";
        var id = Inv($"Remisi dasawarsa 1/12 dari {basisId}, {basis} hari = {twelfth} hari ({roundId}){(cappedAtMaximum ? Inv($", paling banyak {rule.MaximumDays} hari") : string.Empty)}: {amount.ToText(Language.Indonesian)}.");
        var en = Inv($"Decennial remission of 1/12 of {basisEn}, {basis} days = {twelfth} days ({roundEn}){(cappedAtMaximum ? Inv($", at most {rule.MaximumDays} days") : string.Empty)}: {amount.ToText(Language.English)}.");
        if (releases)
        {
            id += " Remisi mencapai ekspirasi: bebas pada hari pemberian (Dasawarsa II).";
            en += " The remission reaches the expiry: released on the grant day (Dasawarsa II).";
        }

        return new(kind, grantDate, RemissionEntitlementStatus.Due, amount, cappedAtMaximum ? "remisi.decennial.capped" : "remisi.decennial", new LocalizedText(id, en), Decennial, served, 0, capped, convention, releases);
    }

    private static int GrantsBefore(SentenceHistory history, RemissionKind kind, LocalDate date)
    {
        var count = 0;
        foreach (var remission in history.Remissions)
        {
            if (remission.Kind == kind && remission.GrantDate < date)
            {
                count++;
            }
        }

        return count;
    }

    private static int YearServed(int fromDay, ReadOnlySpan<CreditSegment> segments, LocalDate grantDate, int sixMonths, CountingConvention convention)
    {
        var year = 1;
        while (SentenceKernel.Served(fromDay, segments, grantDate.PlusYears(-year).ToDateOnly().DayNumber, convention) > sixMonths)
        {
            year++;
        }

        return year;
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => Inv($"{n}th"),
        _ => (n % 10) switch
        {
            1 => Inv($"{n}st"),
            2 => Inv($"{n}nd"),
            3 => Inv($"{n}rd"),
            _ => Inv($"{n}th"),
        },
    };

    private static string HolidayName(ReligiousHoliday holiday, Language language) => (holiday, language == Language.English) switch
    {
        (ReligiousHoliday.IdulFitri, _) => "Idul Fitri",
        (ReligiousHoliday.Natal, true) => "Christmas (Natal)",
        (ReligiousHoliday.Natal, false) => "Natal",
        (ReligiousHoliday.Nyepi, _) => "Nyepi",
        _ => "Waisak",
    };

    private static string ReligionName(Religion religion, Language language) => (religion, language == Language.English) switch
    {
        (Religion.Islam, _) => "Islam",
        (Religion.Christianity, true) => "Christianity",
        (Religion.Christianity, false) => "Kristen/Katolik",
        (Religion.Hinduism, true) => "Hinduism",
        (Religion.Hinduism, false) => "Hindu",
        (Religion.Buddhism, true) => "Buddhism",
        (Religion.Buddhism, false) => "Buddha",
        (_, true) => "another religion or belief",
        _ => "agama atau kepercayaan lain",
    };

    private static (SentenceTerm Amount, string Code) General(int year, int served, int twelveMonths) => year switch
    {
        1 when served < twelveMonths => (SentenceTerm.FromMonths(1), "remisi.general.year-1.six-to-twelve-months"),
        1 => (SentenceTerm.FromMonths(2), "remisi.general.year-1.twelve-months-or-more"),
        2 => (SentenceTerm.FromMonths(3), "remisi.general.year-2"),
        3 => (SentenceTerm.FromMonths(4), "remisi.general.year-3"),
        4 or 5 => (SentenceTerm.FromMonths(5), "remisi.general.year-4-5"),
        _ => (SentenceTerm.FromMonths(6), "remisi.general.year-6-on"),
    };

    private static (SentenceTerm Amount, string Code) Special(int year, int served, int twelveMonths) => year switch
    {
        1 when served < twelveMonths => (SentenceTerm.FromDays(15), "remisi.special.year-1.six-to-twelve-months"),
        1 => (SentenceTerm.FromMonths(1), "remisi.special.year-1.twelve-months-or-more"),
        2 or 3 => (SentenceTerm.FromMonths(1), "remisi.special.year-2-3"),
        4 or 5 => (new SentenceTerm(0, 1, 15), "remisi.special.year-4-5"),
        _ => (SentenceTerm.FromMonths(2), "remisi.special.year-6-on"),
    };

    private static SentenceTerm ToTerm(int days, int daysPerMonth) => new(0, days / daysPerMonth, days % daysPerMonth);

    private static string Iso(int dayNumber) => Iso(SentenceCalculator.ToDate(dayNumber));

    private static string Iso(LocalDate date) => date.ToIso();

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
