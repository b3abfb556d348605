using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The remission amounts of Keppres 174/1999, by year of sentence served: given a sentence history, a grant date and a kind, the
/// amount due under the time conditions, or why none is due. Holiday dates are the caller's input.
/// </summary>
/// <remarks>
/// <para>Time served on the grant date counts, per the convention, from the last detention when detention was
/// interrupted (Keppres 174/1999 Pasal 7), in days at 30 a month: "more than 6 months" is more than 180 days,
/// "12 months or more" is 360 days or more.</para>
/// <para>The <b>year of remission</b> is 1 on the first grant day on which more than 6 months had been served, and
/// goes up by one for each year since: it is 1 plus the number of whole calendar years back from the grant date
/// on whose anniversary more than 6 months had already been served. For a special remission, whose holiday moves,
/// the same count is taken on the grant date's anniversaries.</para>
/// </remarks>
public static class RemissionEntitlements
{
    private static readonly Citation Keppres = new("Keppres 174/1999", null, "remission amounts by year of sentence served");
    private static readonly Citation Pasal7 = new("Keppres 174/1999", "Pasal 7", "time served counts from detention; if interrupted, from the last detention; a month is 30 days");
    private static readonly Citation LifeOrDeath = new("UU 22/2022", "Pasal 10 ayat (4)", "no rights for life or death sentences");
    private static readonly Citation Humanitarian = new("Permenkumham 16/2023", null, "humanitarian remission: sentence up to 1 year, age over 70, prolonged illness");

    /// <summary>Assesses the remission of a kind due on a grant date.</summary>
    /// <param name="history">The history (remissions granted before <paramref name="grantDate"/> shorten what is left); must not be null.</param>
    /// <param name="grantDate">The grant date: 17 August for general, decennial and additional remissions, the religious holiday for a special one.</param>
    /// <param name="kind">The kind of remission.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="ground">The ground of an additional remission, or null (then an additional remission is undetermined).</param>
    /// <returns>The entitlement with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> or <paramref name="ground"/> is not defined, or a remission of the history is larger than what is left.</exception>
    public static RemissionEntitlement Assess(SentenceHistory history, LocalDate grantDate, RemissionKind kind, CountingConvention convention, AdditionalRemissionGround? ground = null)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(convention);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.UncountableDate(grantDate);
        if (ground is { } g)
        {
            Guard.Against.EnumOutOfRange(g, nameof(ground));
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
        if (left <= 0)
        {
            return NotDue("remisi.not-serving", Inv($"Pidana pokok sudah selesai pada {Iso(expiryThen)}; pidana pengganti denda tidak mendapat remisi."), Inv($"The main term ended on {Iso(expiryThen)}; substitute imprisonment for a fine receives no remission."), Keppres);
        }

        var from = convention.RemissionServiceFromLastDetention ? detention.LastDetentionStart : detention.FirstDay;
        var fromDay = from.ToDateOnly().DayNumber;
        var segments = detention.Segments.AsSpan();
        var served = SentenceKernel.Served(fromDay, segments, grantDay, convention);
        var sixMonths = 6 * convention.DaysPerMonth;
        var twelveMonths = 12 * convention.DaysPerMonth;
        var fromText = Iso(from);
        if (served <= sixMonths)
        {
            return NotDue("remisi.served-six-months-or-less", Inv($"Baru menjalani {served} hari sejak {fromText}: remisi diberikan setelah menjalani lebih dari 6 bulan ({sixMonths} hari)."), Inv($"Only {served} days served since {fromText}: remission is given after more than 6 months ({sixMonths} days) served."), Pasal7, served);
        }

        var year = 1;
        while (SentenceKernel.Served(fromDay, segments, grantDate.PlusYears(-year).ToDateOnly().DayNumber, convention) > sixMonths)
        {
            year++;
        }

        RemissionEntitlement Due(SentenceTerm amount, string code, string id, string en, Citation citation)
        {
            var days = amount.ToDays(convention);
            var capped = days > left;
            if (capped)
            {
                amount = SentenceTerm.FromDays(left);
                id += Inv($" Dibatasi sisa pidana: {left} hari.");
                en += Inv($" Limited to what is left: {left} days.");
            }

            return new(kind, grantDate, RemissionEntitlementStatus.Due, amount, code, new LocalizedText(id, en), citation, served, year, capped, convention);
        }

        switch (kind)
        {
            case RemissionKind.General:
            {
                var (amount, code) = General(year, served, twelveMonths);
                return Due(amount, code, Inv($"Remisi umum tahun ke-{year}, {served} hari dijalani sejak {fromText}: {amount.ToText(Language.Indonesian)}."), Inv($"General remission, year {year}, {served} days served since {fromText}: {amount.ToText(Language.English)}."), Keppres);
            }

            case RemissionKind.Special:
            {
                var (amount, code) = Special(year, served, twelveMonths);
                return Due(amount, code, Inv($"Remisi khusus tahun ke-{year}, {served} hari dijalani sejak {fromText}: {amount.ToText(Language.Indonesian)}."), Inv($"Special remission, year {year}, {served} days served since {fromText}: {amount.ToText(Language.English)}."), Keppres);
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
                return Due(amount, code, Inv($"Remisi tambahan {share} dari remisi umum tahun itu ({general.ToText(Language.Indonesian)}): {days} hari = {amount.ToText(Language.Indonesian)}."), Inv($"Additional remission of {share} of that year's general remission ({general.ToText(Language.English)}): {days} days = {amount.ToText(Language.English)}."), Keppres);
            }

            case RemissionKind.Decennial:
            {
                if (grantDate.Month != 8 || grantDate.Day != 17 || grantDate.Year % 10 != 5)
                {
                    return NotDue("remisi.decennial.not-a-decennial-date", Inv($"Remisi dasawarsa diberikan setiap 10 tahun pada 17 Agustus (2005, 2015, 2025), bukan pada {Iso(grantDate)}."), Inv($"The decennial remission is given every 10 years on 17 August (2005, 2015, 2025), not on {Iso(grantDate)}."), Keppres, served, year);
                }

                var basis = history.MainTerm.ToDays(convention);
                var twelfth = basis / 12;
                var cap = 3 * convention.DaysPerMonth;
                var capped = twelfth > cap;
                var days = capped ? cap : twelfth;
                var amount = ToTerm(days, convention.DaysPerMonth);
                return Due(amount, capped ? "remisi.decennial.capped" : "remisi.decennial", Inv($"Remisi dasawarsa 1/12 dari {basis} hari = {twelfth} hari (dibulatkan ke bawah){(capped ? ", paling banyak 3 bulan" : string.Empty)}: {amount.ToText(Language.Indonesian)}."), Inv($"Decennial remission of 1/12 of {basis} days = {twelfth} days (rounded down){(capped ? ", at most 3 months" : string.Empty)}: {amount.ToText(Language.English)}."), Keppres);
            }

            default:
                return new(kind, grantDate, RemissionEntitlementStatus.Undetermined, SentenceTerm.Zero, "remisi.humanitarian.amount-not-tabled", new LocalizedText(Inv($"Remisi kemanusiaan: syaratnya (pidana paling lama 1 tahun{(history.MainTerm.TotalCalendarMonths < 12 || (history.MainTerm.TotalCalendarMonths == 12 && history.MainTerm.Days == 0) ? ", terpenuhi" : ", tidak terpenuhi")}; usia di atas 70 tahun; sakit berkepanjangan) dan besarnya ditetapkan menurut Permenkumham 16/2023, tidak dalam tabel Keppres 174/1999."), Inv($"Humanitarian remission: its grounds (sentence up to 1 year{(history.MainTerm.TotalCalendarMonths < 12 || (history.MainTerm.TotalCalendarMonths == 12 && history.MainTerm.Days == 0) ? ", met" : ", not met")}; age over 70; prolonged illness) and its amount are set under Permenkumham 16/2023, not in the Keppres 174/1999 tables.")), Humanitarian, served, year, false, convention);
        }
    }

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

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
