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

        var rule = decennial ?? DecennialRemissionRule.Default;
        var verdict = Decide(history, RemissionFigures.Of(history, convention), grantDate, kind, convention, ground, holiday, religion, rule);
        return Explain(history, grantDate, kind, convention, ground, holiday, religion, rule, in verdict);
    }

    /// <summary>
    /// The one statement of the remission rules, without text and without allocating: the status, the reason code, the
    /// amount, the tier and whether it releases on the grant day. <see cref="Assess"/> explains it; the remission
    /// policy's time criterion and the population's remission day read it directly. <c>figures</c> are the sentence's first
    /// figures under the convention (<see cref="RemissionFigures"/>: a profile's packed facts, or read from the history);
    /// <c>grantDayNumber</c> is the grant date's day number when known, or -1.
    /// <c>statusOnly</c> asks for the status alone (the remission policy's time criterion): a general or special remission
    /// that passes every condition is due whatever its tier, so the tier and the amount are then not looked up (the
    /// verdict's code, amount and year stay unset).
    /// </summary>
    internal static RemissionVerdict Decide(SentenceHistory history, in RemissionFigures figures, LocalDate grantDate, RemissionKind kind, CountingConvention convention, AdditionalRemissionGround? ground, ReligiousHoliday? holiday, Religion? religion, DecennialRemissionRule decennial, int grantDayNumber = -1, bool statusOnly = false)
    {
        if (figures.LifeOrDeath)
        {
            return RemissionVerdict.NotDue("remisi.life-or-death");
        }

        var termDays = figures.TermDays;
        if (termDays == 0)
        {
            return RemissionVerdict.NotDue("remisi.not-custodial");
        }

        var grantDay = grantDayNumber >= 0 ? grantDayNumber : grantDate.ToDateOnly().DayNumber;
        if (grantDay < figures.FirstDay)
        {
            return RemissionVerdict.NotDue("remisi.not-yet-detained");
        }

        var natural = figures.NaturalExpiry;
        if (natural < 0)
        {
            natural = SentenceKernel.NaturalExpiry(history, convention);
            _ = SentenceKernel.ExpiryAfterRemissions(history, convention, natural);
        }

        var expiryThen = natural - SentenceKernel.RemissionDaysBy(history, convention, grantDay - 1);
        var left = expiryThen - grantDay;
        var fromDay = convention.RemissionServiceFromLastDetention ? history.LastDetentionStartDay : figures.FirstDay;
        var segments = history.CreditSegments;
        var served = SentenceKernel.Served(fromDay, segments, grantDay, convention);
        var sixMonths = LeastServedDays(convention);
        var twelveMonths = 12 * convention.DaysPerMonth;
        var verdict = new RemissionVerdict { Status = RemissionEntitlementStatus.NotDue, Served = served, FromDay = fromDay, Left = left, Expiry = expiryThen, TermDays = termDays };

        if (kind == RemissionKind.Decennial)
        {
            var substituteDays = history.Substitute.IsZero ? 0 : history.Substitute.ToDays(convention);
            var totalLeft = left + substituteDays;
            verdict.Expiry = expiryThen + substituteDays;
            if (!IndependenceDay.Is(grantDate) || !DecennialRemissionRule.IsDecennialYear(grantDate.Year))
            {
                verdict.Code = "remisi.decennial.not-a-decennial-date";
                return verdict;
            }

            if (totalLeft <= 0)
            {
                verdict.Code = "remisi.not-serving";
                return verdict;
            }

            if (left <= 0 && !decennial.SubstituteImprisonment)
            {
                verdict.Code = "remisi.decennial.substitute-excluded";
                return verdict;
            }

            if (served < decennial.MinimumServedDays)
            {
                verdict.Code = "remisi.decennial.served-too-little";
                return verdict;
            }

            var basis = decennial.Basis == DecennialBasis.ImposedTerm ? termDays : totalLeft;
            var twelfth = decennial.Rounding == DayRounding.Up ? (basis + 11) / 12 : basis / 12;
            var cappedAtMaximum = twelfth > decennial.MaximumDays;
            var days = cappedAtMaximum ? decennial.MaximumDays : twelfth;
            verdict.Status = RemissionEntitlementStatus.Due;
            verdict.Basis = basis;
            verdict.Twelfth = twelfth;
            verdict.CappedAtMaximum = cappedAtMaximum;
            verdict.Capped = days > totalLeft;
            verdict.Releases = days >= totalLeft;
            verdict.Amount = ToTerm(Math.Min(days, totalLeft), convention.DaysPerMonth);
            verdict.Code = cappedAtMaximum ? "remisi.decennial.capped" : "remisi.decennial";
            return verdict;
        }

        if (termDays < sixMonths)
        {
            return RemissionVerdict.NotDue("remisi.sentence-under-six-months", termDays);
        }

        if (left <= 0)
        {
            return RemissionVerdict.NotDue("remisi.not-serving", termDays, expiryThen);
        }

        if (served <= sixMonths)
        {
            verdict.Code = "remisi.served-six-months-or-less";
            return verdict;
        }

        if (kind == RemissionKind.Special && holiday is { } day)
        {
            var holidayReligion = HolidayReligion(day);
            if (religion is null)
            {
                verdict.Status = RemissionEntitlementStatus.Undetermined;
                verdict.Code = "remisi.special.religion-not-recorded";
                return verdict;
            }

            if (religion != holidayReligion)
            {
                verdict.Code = "remisi.special.not-own-holiday";
                return verdict;
            }
        }

        if (statusOnly && kind is RemissionKind.General or RemissionKind.Special)
        {
            // Both tables give every year served an amount: past the conditions above the remission is due.
            verdict.Status = RemissionEntitlementStatus.Due;
            return verdict;
        }

        var tierKind = kind == RemissionKind.Additional ? RemissionKind.General : kind;
        verdict.Year = convention.RemissionTiers == RemissionTiers.GrantsReceived
            ? GrantsBefore(history, tierKind, grantDay) + 1
            : YearServed(fromDay, segments, grantDate, sixMonths, convention);
        SentenceTerm tabled;
        switch (kind)
        {
            case RemissionKind.General:
                (tabled, verdict.Code) = General(verdict.Year, served, twelveMonths);
                break;
            case RemissionKind.Special:
                (tabled, verdict.Code) = Special(verdict.Year, served, twelveMonths);
                break;
            case RemissionKind.Additional when ground is not null:
            {
                (verdict.General, _) = General(verdict.Year, served, twelveMonths);
                var share = AdditionalShare(ground.Value);
                verdict.RawDays = (int)share.OfFloor(verdict.General.ToDays(convention));
                tabled = ToTerm(verdict.RawDays, convention.DaysPerMonth);
                verdict.Code = ground == AdditionalRemissionGround.ServiceToState ? "remisi.additional.service-to-state" : "remisi.additional.helping-institution";
                break;
            }

            case RemissionKind.Additional:
                verdict.Status = RemissionEntitlementStatus.Undetermined;
                verdict.Code = "remisi.additional.ground-unknown";
                return verdict;
            default:
                verdict.Status = RemissionEntitlementStatus.Undetermined;
                verdict.Code = "remisi.humanitarian.amount-not-tabled";
                return verdict;
        }

        var tabledDays = tabled.ToDays(convention);
        verdict.Status = RemissionEntitlementStatus.Due;
        verdict.Tabled = tabled;
        verdict.Capped = tabledDays > left;
        verdict.Releases = tabledDays >= left;
        verdict.Amount = verdict.Capped ? SentenceTerm.FromDays(left) : tabled;
        return verdict;
    }

    private static RemissionEntitlement Explain(SentenceHistory history, LocalDate grantDate, RemissionKind kind, CountingConvention convention, AdditionalRemissionGround? ground, ReligiousHoliday? holiday, Religion? religion, DecennialRemissionRule rule, in RemissionVerdict verdict)
    {
        var v = verdict;
        var served = v.Served;
        var fromText = Iso(v.FromDay);
        var sixMonths = LeastServedDays(convention);
        RemissionEntitlement Make(string id, string en, Citation citation, int servedDays, int year = 0) =>
            new(kind, grantDate, v.Status, v.Amount, v.Code, new LocalizedText(id, en), citation, servedDays, year, v.Capped, convention, v.Releases);

        if (kind == RemissionKind.Decennial && v.Code != "remisi.life-or-death" && v.Code != "remisi.not-custodial" && v.Code != "remisi.not-yet-detained")
        {
            return ExplainDecennial(grantDate, rule, in v, fromText, Make);
        }

        switch (v.Code)
        {
            case "remisi.life-or-death":
                return Make("Pidana seumur hidup atau mati tidak memberi hak remisi.", "A life or death sentence gives no right to remission.", LifeOrDeath, 0);
            case "remisi.not-custodial":
                return Make("Remisi hanya untuk pidana penjara atau kurungan, bukan pidana kerja sosial atau pengawasan.", "Remission is for imprisonment or kurungan only, not community service or supervision.", Keppres, 0);
            case "remisi.not-yet-detained":
                return Make("Pada tanggal pemberian belum ditahan.", "Not yet detained on the grant date.", Pasal7, 0);
            case "remisi.sentence-under-six-months":
                return Make(Inv($"Pidana {history.MainTerm.ToText(Language.Indonesian)} ({v.TermDays} hari) kurang dari 6 bulan: tidak mendapat remisi."), Inv($"A sentence of {history.MainTerm.ToText(Language.English)} ({v.TermDays} days) is under 6 months: no remission."), Pasal12, 0);
            case "remisi.not-serving":
                return Make(Inv($"Pidana pokok sudah selesai pada {Iso(v.Expiry)}; pidana pengganti denda tidak mendapat remisi."), Inv($"The main term ended on {Iso(v.Expiry)}; substitute imprisonment for a fine receives no remission."), Pasal12, 0);
            case "remisi.served-six-months-or-less":
                return Make(Inv($"Baru menjalani {served} hari sejak {fromText}: remisi diberikan setelah menjalani lebih dari 6 bulan ({sixMonths} hari)."), Inv($"Only {served} days served since {fromText}: remission is given after more than 6 months ({sixMonths} days) served."), Pasal7, served);
            case "remisi.special.religion-not-recorded":
                return Make(Inv($"Agama yang pertama kali tercatat dalam register tidak tercatat: remisi khusus {holiday!.Value.Label().Indonesian} tidak dapat dinilai."), Inv($"The religion first recorded in the register is not recorded: the special remission of {holiday!.Value.Label().English} cannot be assessed."), ReligionFirstRecorded, served);
            case "remisi.special.not-own-holiday":
                return Make(Inv($"Remisi khusus {holiday!.Value.Label().Indonesian} hanya bagi pemeluk agamanya; agama yang pertama kali tercatat: {ReligionName(religion!.Value, Language.Indonesian)}."), Inv($"The special remission of {holiday!.Value.Label().English} is for its own believers only; religion first recorded: {ReligionName(religion!.Value, Language.English)}."), ReligionFirstRecorded, served);
            case "remisi.additional.ground-unknown":
                return Make("Dasar remisi tambahan (jasa kepada negara atau membantu pembinaan) tidak diketahui.", "The ground of the additional remission (service to the state or helping the institution) is not known.", Keppres, served, v.Year);
            case "remisi.humanitarian.amount-not-tabled":
                var upToAYear = history.MainTerm.TotalCalendarMonths < 12 || (history.MainTerm.TotalCalendarMonths == 12 && history.MainTerm.Days == 0);
                return Make(Inv($"Remisi kemanusiaan: syaratnya (pidana paling lama 1 tahun{(upToAYear ? ", terpenuhi" : ", tidak terpenuhi")}; usia di atas 70 tahun; sakit berkepanjangan) dan besarnya ditetapkan menurut Permenkumham 16/2023, tidak dalam tabel Keppres 174/1999."), Inv($"Humanitarian remission: its grounds (sentence up to 1 year{(upToAYear ? ", met" : ", not met")}; age over 70; prolonged illness) and its amount are set under Permenkumham 16/2023, not in the Keppres 174/1999 tables."), Humanitarian, served, v.Year);
        }

        var tierKind = kind == RemissionKind.Additional ? RemissionKind.General : kind;
        var byGrants = convention.RemissionTiers == RemissionTiers.GrantsReceived;
        var year = v.Year;
        var tierId = byGrants ? Inv($"remisi {(tierKind == RemissionKind.General ? "umum" : "khusus")} ke-{year} yang diterima") : Inv($"tahun ke-{year} menjalani pidana");
        var tierEn = byGrants ? Inv($"{Ordinal(year)} {(tierKind == RemissionKind.General ? "general" : "special")} remission received") : Inv($"year {year} of sentence served");
        var amount = v.Tabled;
        string id, en;
        switch (kind)
        {
            case RemissionKind.General:
                id = Inv($"Remisi umum, {tierId}, {served} hari dijalani sejak {fromText}: {amount.ToText(Language.Indonesian)}.");
                en = Inv($"General remission, {tierEn}, {served} days served since {fromText}: {amount.ToText(Language.English)}.");
                break;
            case RemissionKind.Special:
                id = Inv($"Remisi khusus, {tierId}, {served} hari dijalani sejak {fromText}: {amount.ToText(Language.Indonesian)}.");
                en = Inv($"Special remission, {tierEn}, {served} days served since {fromText}: {amount.ToText(Language.English)}.");
                break;
            default:
                var share = AdditionalShare(ground!.Value);
                id = Inv($"Remisi tambahan {share} dari remisi umum tahun itu ({tierId}: {v.General.ToText(Language.Indonesian)}): {v.RawDays} hari = {amount.ToText(Language.Indonesian)}.");
                en = Inv($"Additional remission of {share} of that year's general remission ({tierEn}: {v.General.ToText(Language.English)}): {v.RawDays} days = {amount.ToText(Language.English)}.");
                break;
        }

        if (v.Capped)
        {
            id += Inv($" Dibatasi sisa pidana: {v.Left} hari.");
            en += Inv($" Limited to what is left: {v.Left} days.");
        }

        if (v.Releases)
        {
            var label = kind == RemissionKind.Special ? "RK II" : "RU II";
            id += Inv($" Remisi mencapai ekspirasi: bebas pada hari pemberian ({label}).");
            en += Inv($" The remission reaches the expiry: released on the grant day ({label}).");
        }

        return Make(id, en, Keppres, served, year);
    }

    /// <summary>
    /// Returns the 6 months, in convention days, that a remission asks: a sentence of at least that long (Keppres 174/1999
    /// Pasal 12), and more than that served (Pasal 7).
    /// </summary>
    private static int LeastServedDays(CountingConvention convention) => 6 * convention.DaysPerMonth;

    /// <summary>Returns the share of that year's general remission an additional remission gives: 1/2 for service to the state, 1/3 for helping the institution (Keppres 174/1999; docs/domain.md §9).</summary>
    private static Fraction AdditionalShare(AdditionalRemissionGround ground) =>
        ground == AdditionalRemissionGround.ServiceToState ? Fraction.OneHalf : Fraction.OneThird;

    /// <summary>Returns the religion whose believers receive the special remission of a holiday.</summary>
    /// <param name="holiday">The holiday.</param>
    /// <returns>The religion.</returns>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is not defined.</exception>
    public static Religion ReligionOf(ReligiousHoliday holiday) => HolidayReligion(Guard.Against.EnumOutOfRange(holiday));

    private static Religion HolidayReligion(ReligiousHoliday holiday) => holiday switch
    {
        ReligiousHoliday.IdulFitri => Religion.Islam,
        ReligiousHoliday.Natal => Religion.Christianity,
        ReligiousHoliday.Nyepi => Religion.Hinduism,
        _ => Religion.Buddhism,
    };

    private static RemissionEntitlement ExplainDecennial(LocalDate grantDate, DecennialRemissionRule rule, in RemissionVerdict v, string fromText, Func<string, string, Citation, int, int, RemissionEntitlement> make)
    {
        var served = v.Served;
        switch (v.Code)
        {
            case "remisi.decennial.not-a-decennial-date":
                return make(Inv($"Remisi dasawarsa diberikan setiap 10 tahun pada 17 Agustus (2015, 2025, 2035), bukan pada {grantDate.ToIso()}."), Inv($"The decennial remission is given every 10 years on 17 August (2015, 2025, 2035), not on {grantDate.ToIso()}."), Decennial, served, 0);
            case "remisi.not-serving":
                return make(Inv($"Pidana sudah selesai pada {Iso(v.Expiry)}."), Inv($"The sentence ended on {Iso(v.Expiry)}."), Decennial, served, 0);
            case "remisi.decennial.substitute-excluded":
                return make("Sedang menjalani pidana pengganti denda: menurut aturan yang dipakai tidak mendapat remisi dasawarsa.", "Serving substitute imprisonment for a fine: under the rule applied, no decennial remission.", Decennial, served, 0);
            case "remisi.decennial.served-too-little":
                return make(Inv($"Baru menjalani {served} hari sejak {fromText}: remisi dasawarsa menurut aturan yang dipakai setelah menjalani paling sedikit {rule.MinimumServedDays} hari (titik terbuka, dapat diatur)."), Inv($"Only {served} days served since {fromText}: under the rule applied the decennial remission needs at least {rule.MinimumServedDays} days served (an open point, configurable)."), Decennial, served, 0);
        }

        var basisId = rule.Basis == DecennialBasis.ImposedTerm ? "pidana yang dijatuhkan" : "sisa pidana pada hari pemberian";
        var basisEn = rule.Basis == DecennialBasis.ImposedTerm ? "the imposed term" : "what is left on the grant day";
        var roundId = rule.Rounding == DayRounding.Up ? "dibulatkan ke atas" : "dibulatkan ke bawah";
        var roundEn = rule.Rounding == DayRounding.Up ? "rounded up" : "rounded down";
        var id = Inv($"Remisi dasawarsa 1/12 dari {basisId}, {v.Basis} hari = {v.Twelfth} hari ({roundId}){(v.CappedAtMaximum ? Inv($", paling banyak {rule.MaximumDays} hari") : string.Empty)}: {v.Amount.ToText(Language.Indonesian)}.");
        var en = Inv($"Decennial remission of 1/12 of {basisEn}, {v.Basis} days = {v.Twelfth} days ({roundEn}){(v.CappedAtMaximum ? Inv($", at most {rule.MaximumDays} days") : string.Empty)}: {v.Amount.ToText(Language.English)}.");
        if (v.Releases)
        {
            id += " Remisi mencapai ekspirasi: bebas pada hari pemberian (Dasawarsa II).";
            en += " The remission reaches the expiry: released on the grant day (Dasawarsa II).";
        }

        return make(id, en, Decennial, served, 0);
    }

    private static int GrantsBefore(SentenceHistory history, RemissionKind kind, int day)
    {
        // The flat copy of the remissions, in grant-date order: read without the remission objects.
        var count = 0;
        foreach (ref readonly var grant in history.Grants)
        {
            if (grant.Day >= day)
            {
                break;
            }

            count += grant.Kind == kind ? 1 : 0;
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

    private static string Iso(int dayNumber) => SentenceCalculator.ToDate(dayNumber).ToIso();

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
