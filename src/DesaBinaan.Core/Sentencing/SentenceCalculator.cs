using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// Computes the dates of a sentence: the natural expiry, the expiry after remissions and substitute
/// imprisonment, the day any fraction of the term is served (with an optional minimum), and the time served and
/// remaining on a date. <see cref="Compute"/> and <see cref="FractionDate"/> give each result with its breakdown;
/// <see cref="ComputeKeyDates(SentenceHistory, CountingConvention)"/> is the allocation-free population path.
/// </summary>
/// <remarks>
/// <para><b>Reading of Keppres 174/1999 Pasal 7 and the interrupted detention.</b> The sources say both "time served
/// is counted from the first day of detention; if detention was interrupted, from the last detention" and "a gap in
/// detention pushes the expiry back by the gap". The library reads them together: for the expiry and the fraction
/// dates every credited day in custody since the first day of detention counts, and the days of a gap do not (so the
/// gap pushes every date back by its length, old KUHAP Pasal 22(4): detention is deducted in full); Pasal 7's "from
/// the last detention" governs the time served that decides a remission entitlement (Keppres 174/1999 Pasal 7,
/// <see cref="CountingConvention.RemissionServiceFromLastDetention"/>). Both appear in the breakdown.</para>
/// <para><b>Days served on a date</b> exclude that date: with the first day of detention as day 1, the date on which
/// <c>N</c> days are served is the day after the <c>N</c>-th day (first day + <c>N</c>), as the expiry date is the day
/// after the last day of the term. The reference worked example (detained 2024-03-14, 295 days are served on 2025-01-03) fixes
/// this reading.</para>
/// </remarks>
public static class SentenceCalculator
{
    /// <summary>Computes every date of a history with its breakdown.</summary>
    /// <param name="history">The history; must not be null.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="asOf">A date on which to count the time served and remaining, or null.</param>
    /// <returns>The dates, or a result without dates saying why (life, death, community sentence).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentException">A remission is larger than what is left of the sentence on its grant day.</exception>
    public static SentenceDates Compute(SentenceHistory history, CountingConvention convention, LocalDate? asOf = null)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(convention);
        Guard.Against.UncountableDate(asOf);
        var steps = new List<BreakdownStep>
        {
            new("convention", new LocalizedText(convention.Describe(Language.Indonesian), convention.Describe(Language.English))),
        };
        if (!history.HasDates)
        {
            var reason = history.HasLifeOrDeath
                ? new LocalizedText(
                    "Pidana seumur hidup atau pidana mati tidak mempunyai tanggal ekspirasi dan tidak memberi hak remisi, asimilasi atau integrasi (UU 22/2022 Pasal 10 ayat (4)).",
                    "A life or death sentence has no expiry date and gives no right to remission, assimilation or integration (UU 22/2022 Pasal 10(4)).")
                : new LocalizedText(
                    "Pidana kerja sosial dan pidana pengawasan dijalani di masyarakat (UU 1/2023): tidak ada tanggal ekspirasi penahanan.",
                    "Community service and supervision are served in the community (UU 1/2023): there is no custodial expiry date.");
            steps.Add(new BreakdownStep(history.HasLifeOrDeath ? "no-dates.life-or-death" : "no-dates.community", reason));
            return new SentenceDates(convention, reason, null, null, null, null, null, 0, null, null, null, asOf, null, null, ValueList.From(steps));
        }

        var detention = history.Detention;
        var start = detention.FirstDayNumber;
        steps.Add(Step("start", $"Hari pertama penahanan: {detention.FirstDay.ToIso()}.", $"First day of detention: {detention.FirstDay.ToIso()}.", detention.FirstDay));
        if (history.Sentences.Count > 1)
        {
            var id = string.Join(", ", history.Sentences.Select(s => Describe(s, Language.Indonesian)));
            var en = string.Join(", ", history.Sentences.Select(s => Describe(s, Language.English)));
            steps.Add(Step("term.consecutive", $"Pidana dijalani berturut-turut: {id}; masa pidana tetap dijumlahkan per bagian: {history.MainTerm}.", $"Sentences served one after another: {en}; the fixed terms are summed part by part: {history.MainTerm}."));
        }

        if (history.Sentences.Any(s => s.Kind is SentenceKind.CommunityService or SentenceKind.Supervision))
        {
            steps.Add(Step("term.community-not-counted", $"Pidana kerja sosial dan pidana pengawasan dijalani di masyarakat dan tidak dihitung dalam tanggal penahanan.", $"Community service and supervision are served in the community and do not count in the custodial dates."));
        }

        var term = history.MainTerm;
        var calendar = SentenceKernel.AddTerm(start, term, convention, out var clamped);
        var clampId = !clamped ? string.Empty : convention.MonthEnd == MonthEndRule.LastDayOfMonth ? " (tanggal itu tidak ada pada bulannya: diambil hari terakhir bulan)" : " (tanggal itu tidak ada pada bulannya: diambil hari pertama bulan berikutnya)";
        var clampEn = !clamped ? string.Empty : convention.MonthEnd == MonthEndRule.LastDayOfMonth ? " (that day does not exist in the month: the last day of the month is taken)" : " (that day does not exist in the month: the first day of the next month is taken)";
        if (convention.ExpiryMonths == ExpiryMonths.ThirtyDays)
        {
            var years = ToDate(SentenceKernel.AddTerm(start, new SentenceTerm(term.Years, 0, 0), convention, out _));
            var monthDays = checked((term.Months * convention.DaysPerMonth) + term.Days);
            steps.Add(Step(
                "term.calendar",
                $"Masa pidana {term.ToText(Language.Indonesian)}: {term.Years} tahun ditambahkan pada kalender, {detention.FirstDay.ToIso()} + {term.Years} tahun = {years.ToIso()}{clampId}; lalu {term.Months} bulan × {convention.DaysPerMonth} hari + {term.Days} hari = {monthDays} hari (KUHP Pasal 184: sebulan 30 hari): {ToDate(calendar).ToIso()}.",
                $"Term {term.ToText(Language.English)}: {term.Years} years added on the calendar, {detention.FirstDay.ToIso()} + {term.Years} years = {years.ToIso()}{clampEn}; then {term.Months} months × {convention.DaysPerMonth} days + {term.Days} days = {monthDays} days (KUHP Pasal 184: a month is 30 days): {ToDate(calendar).ToIso()}.",
                ToDate(calendar)));
        }
        else
        {
            steps.Add(Step(
                "term.calendar",
                $"Masa pidana {term.ToText(Language.Indonesian)} ditambahkan pada kalender ({term.TotalCalendarMonths} bulan, lalu {term.Days} hari): {detention.FirstDay.ToIso()} + {term} = {ToDate(calendar).ToIso()}{clampId}.",
                $"Term {term.ToText(Language.English)} added on the calendar ({term.TotalCalendarMonths} months, then {term.Days} days): {detention.FirstDay.ToIso()} + {term} = {ToDate(calendar).ToIso()}{clampEn}.",
                ToDate(calendar)));
        }

        var natural = calendar;
        foreach (var segment in detention.Segments)
        {
            var credited = SentenceKernel.Credited(segment.Length, segment, convention);
            var pushed = segment.Length - credited;
            natural += pushed;
            var range = $"{ToDate(segment.First).ToIso()}..{ToDate(segment.Last).ToIso()}";
            if (segment.Kind is null)
            {
                steps.Add(Step("credit.gap", $"Penahanan terputus {range} ({segment.Length} hari) tidak dihitung: ekspirasi mundur {pushed} hari menjadi {ToDate(natural).ToIso()}.", $"Detention interrupted {range} ({segment.Length} days), not counted: the expiry moves {pushed} days later, to {ToDate(natural).ToIso()}.", ToDate(natural), pushed));
            }
            else if (segment.Kind == DetentionKind.Escaped)
            {
                steps.Add(Step("credit.escape", $"Melarikan diri {range} ({segment.Length} hari) tidak dihitung sebagai menjalani pidana (KUHP UU 1/2023 Pasal 63): ekspirasi mundur {pushed} hari menjadi {ToDate(natural).ToIso()}.", $"Time escaped {range} ({segment.Length} days) does not count as time served (KUHP UU 1/2023 Pasal 63): the expiry moves {pushed} days later, to {ToDate(natural).ToIso()}.", ToDate(natural), pushed));
            }
            else if (segment.Kind == DetentionKind.PretrialPartlyCredited)
            {
                steps.Add(Step("credit.pretrial-in-part", $"Penahanan sebelum putusan {range} ({segment.Length} hari) dikurangkan {credited} hari menurut putusan (KUHP UU 1/2023 Pasal 61 ayat (1)): ekspirasi mundur {pushed} hari menjadi {ToDate(natural).ToIso()}.", $"Pre-trial detention {range} ({segment.Length} days) deducted {credited} days as the judgment says (KUHP UU 1/2023 Pasal 61(1)): the expiry moves {pushed} days later, to {ToDate(natural).ToIso()}.", ToDate(natural), pushed));
            }
            else
            {
                var kind = segment.Kind.Value;
                var factor = convention.CreditOf(kind);
                var label = kind.Label();
                steps.Add(Step($"credit.{(kind == DetentionKind.HouseArrest ? "house-arrest" : "city-arrest")}", $"{Capital(label.Indonesian)} {range} ({segment.Length} hari) dihitung {factor} = {credited} hari ({convention.CreditRounding.Label().Indonesian}): ekspirasi mundur {pushed} hari menjadi {ToDate(natural).ToIso()}.", $"{Capital(label.English)} {range} ({segment.Length} days) counts {factor} = {credited} days ({convention.CreditRounding.Label().English}): the expiry moves {pushed} days later, to {ToDate(natural).ToIso()}.", ToDate(natural), pushed));
            }
        }

        if (detention.IsInterrupted)
        {
            steps.Add(Step(
                "reading.interrupted-detention",
                $"Penahanan terputus: ekspirasi dan pecahan menghitung setiap hari penahanan sejak hari pertama ({detention.FirstDay.ToIso()}) tanpa hari terputus; masa menjalani pidana untuk hak remisi dihitung sejak penahanan terakhir ({detention.LastDetentionStart.ToIso()}), Keppres 174/1999 Pasal 7.",
                $"Detention was interrupted: the expiry and the fractions count every day in custody since the first day ({detention.FirstDay.ToIso()}) without the gaps; the time served that decides remission entitlements counts from the last detention ({detention.LastDetentionStart.ToIso()}), Keppres 174/1999 Pasal 7."));
        }

        steps.Add(Step("expiry.natural", $"Tanggal ekspirasi awal: {ToDate(natural).ToIso()}.", $"Natural expiry: {ToDate(natural).ToIso()}.", ToDate(natural)));
        var expiryAfter = SentenceKernel.ExpiryAfterRemissions(history, convention, natural);
        var running = natural;
        foreach (var remission in history.Remissions)
        {
            var days = remission.Amount.ToDays(convention);
            var before = running;
            running -= days;
            var label = remission.Kind.Label();
            steps.Add(Step(
                "expiry.remission",
                $"{Capital(label.Indonesian)} {remission.Amount.ToText(Language.Indonesian)} diberikan {remission.GrantDate.ToIso()} = {days} hari ({convention.DaysPerMonth} hari sebulan): {ToDate(before).ToIso()} − {days} hari = {ToDate(running).ToIso()}.",
                $"{Capital(label.English)} of {remission.Amount.ToText(Language.English)} granted {remission.GrantDate.ToIso()} = {days} days ({convention.DaysPerMonth} days a month): {ToDate(before).ToIso()} − {days} days = {ToDate(running).ToIso()}.",
                ToDate(running),
                days));
        }

        if (history.Remissions.Count > 0)
        {
            steps.Add(Step("expiry.after-remissions", $"Tanggal ekspirasi setelah remisi: {ToDate(expiryAfter).ToIso()} ({natural - expiryAfter} hari lebih awal).", $"Expiry after remissions: {ToDate(expiryAfter).ToIso()} ({natural - expiryAfter} days earlier).", ToDate(expiryAfter), natural - expiryAfter));
        }

        var expiry = expiryAfter;
        if (!history.Substitute.IsZero)
        {
            var days = history.Substitute.ToDays(convention);
            expiry += days;
            steps.Add(Step(
                "expiry.substitute",
                $"Pidana pengganti denda/restitusi {history.Substitute.ToText(Language.Indonesian)} = {days} hari dijalani setelah pidana pokok, sesudah remisi: {ToDate(expiryAfter).ToIso()} + {days} hari = {ToDate(expiry).ToIso()}.",
                $"Substitute imprisonment for the unpaid fine/restitution of {history.Substitute.ToText(Language.English)} = {days} days, served after the main term, after remissions: {ToDate(expiryAfter).ToIso()} + {days} days = {ToDate(expiry).ToIso()}.",
                ToDate(expiry),
                days));
        }

        steps.Add(Step("expiry", $"Tanggal ekspirasi: {ToDate(expiry).ToIso()}.", $"Expiry: {ToDate(expiry).ToIso()}.", ToDate(expiry)));
        var probationEnd = ProbationEndAfter(ToDate(expiry));
        if (probationEnd is { } end)
        {
            steps.Add(Step(
                "probation.end",
                $"Bila dibebaskan bersyarat, masa percobaan adalah sisa pidana ditambah 1 tahun dan berakhir {end.ToIso()}, satu tahun sesudah ekspirasi (KUHP UU 1/2023 Pasal 72 ayat (4); KUHP lama Pasal 15).",
                $"If paroled, the probation is the remaining term plus 1 year and ends on {end.ToIso()}, one year after the expiry (KUHP UU 1/2023 Pasal 72(4); old KUHP Pasal 15).",
                end));
        }
        else
        {
            steps.Add(Step(
                "probation.end-unsupported",
                $"Akhir masa percobaan, satu tahun sesudah ekspirasi {ToDate(expiry).ToIso()}, jatuh sesudah 9999-12-31 dan tidak dihitung.",
                $"The end of probation, one year after the expiry {ToDate(expiry).ToIso()}, falls after 9999-12-31 and is not computed."));
        }
        LocalDate? preReleaseStart = null;
        if (history.Remissions.Count > 0)
        {
            var last = history.Remissions[^1];
            var lastDays = last.Amount.ToDays(convention);
            var leaveDays = Math.Min(lastDays, 6 * convention.DaysPerMonth);
            preReleaseStart = ToDate(expiry - leaveDays);
            steps.Add(Step(
                "pre-release.start",
                $"Bila diberi cuti menjelang bebas, lamanya sebesar remisi terakhir ({last.Amount.ToText(Language.Indonesian)}, {last.GrantDate.ToIso()}), paling lama 6 bulan: {leaveDays} hari sebelum ekspirasi, mulai {preReleaseStart.Value.ToIso()}.",
                $"If granted pre-release leave, it lasts as long as the last remission ({last.Amount.ToText(Language.English)}, {last.GrantDate.ToIso()}), at most 6 months: {leaveDays} days before the expiry, from {preReleaseStart.Value.ToIso()}.",
                preReleaseStart,
                leaveDays));
        }

        var basis = term.ToDays(convention);
        steps.Add(Step(
            "fraction.basis",
            $"Dasar pecahan: {term} = ({term.Years} × {convention.MonthsPerYear} + {term.Months}) × {convention.DaysPerMonth} + {term.Days} = {basis} hari{(history.Substitute.IsZero ? string.Empty : " (tanpa pidana pengganti)")}.",
            $"Fraction basis: {term} = ({term.Years} × {convention.MonthsPerYear} + {term.Months}) × {convention.DaysPerMonth} + {term.Days} = {basis} days{(history.Substitute.IsZero ? string.Empty : " (without the substitute term)")}.",
            null,
            basis));
        var oneThird = FractionCore(history, Fraction.OneThird, convention, null, basis);
        var half = FractionCore(history, Fraction.OneHalf, convention, null, basis);
        var twoThirds = FractionCore(history, Fraction.TwoThirds, convention, null, basis);
        steps.AddRange(oneThird.Breakdown.Where(s => s.Code.StartsWith("fraction.", StringComparison.Ordinal) && s.Code != "fraction.basis"));
        steps.AddRange(half.Breakdown.Where(s => s.Code.StartsWith("fraction.", StringComparison.Ordinal) && s.Code != "fraction.basis"));
        steps.AddRange(twoThirds.Breakdown.Where(s => s.Code.StartsWith("fraction.", StringComparison.Ordinal) && s.Code != "fraction.basis"));
        int? served = null;
        int? remaining = null;
        if (asOf is { } on)
        {
            var day = on.ToDateOnly().DayNumber;
            served = SentenceKernel.Served(start, detention.Segments.AsSpan(), day, convention);
            var expiryThen = natural - SentenceKernel.RemissionDaysBy(history, convention, day) + (history.Substitute.IsZero ? 0 : history.Substitute.ToDays(convention));
            remaining = Math.Max(0, expiryThen - day);
            steps.Add(Step(
                "as-of",
                $"Pada {on.ToIso()}: {served} hari telah dijalani (tanpa hari itu); {remaining} hari lagi sampai ekspirasi {ToDate(expiryThen).ToIso()} (dengan remisi yang diberikan sampai tanggal itu).",
                $"On {on.ToIso()}: {served} days served (that day excluded); {remaining} days remain to the expiry {ToDate(expiryThen).ToIso()} (counting the remissions granted by that date).",
                on,
                served));
        }

        return new SentenceDates(convention, null, ToDate(natural), ToDate(expiryAfter), ToDate(expiry), probationEnd, preReleaseStart, basis, oneThird, half, twoThirds, asOf, served, remaining, ValueList.From(steps));
    }

    /// <summary>
    /// Computes the first day on which the days served reach a fraction of the term, net of the remissions granted by
    /// that day (per the convention), and at least a minimum time served when one is given; with its breakdown.
    /// </summary>
    /// <param name="history">The history; must not be null.</param>
    /// <param name="fraction">The fraction of the term, such as 2/3.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="minimum">A minimum time served counted at the convention's days a month (for example 9 months = 270 days), or null.</param>
    /// <returns>The date with its breakdown, or null when the history has no custodial dates (life, death, community sentence).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentException">A remission is larger than what is left of the sentence on its grant day.</exception>
    public static FractionDateResult? FractionDate(SentenceHistory history, Fraction fraction, CountingConvention convention, SentenceTerm? minimum = null)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(convention);
        Guard.Against.InvalidInput(fraction, nameof(fraction), SentenceTerm.IsFractionOfTerm, SentenceTerm.FractionOfTermRule);
        if (!history.HasDates)
        {
            return null;
        }

        Guard.Against.InvalidInput(minimum, nameof(minimum), m => m is not { } term || Period.DaysBetween(history.Detention.FirstDay, LocalDate.MaxIsoValue) >= term.ToDays(convention),
            "The minimum time served, counted from the first day of detention, must end on or before 9999-12-31.");
        _ = SentenceKernel.ExpiryAfterRemissions(history, convention, SentenceKernel.NaturalExpiry(history, convention));
        return FractionCore(history, fraction, convention, minimum, history.MainTerm.ToDays(convention));
    }

    /// <summary>Computes the key dates (natural expiry, expiry, 1/2, 2/3) of a history without a breakdown and without allocating.</summary>
    /// <param name="history">The history; must not be null.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <returns>The dates, or the default value (no dates) for life, death and community sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentException">A remission is larger than what is left of the sentence on its grant day.</exception>
    public static SentenceKeyDates ComputeKeyDates(SentenceHistory history, CountingConvention convention)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(convention);
        if (!history.HasDates)
        {
            return default;
        }

        return SentenceKernel.KeyDates(history, convention);
    }

    /// <summary>Computes the key dates of many histories into caller storage, without allocating.</summary>
    /// <param name="histories">The histories; none may be null.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="destination">Where to write, one entry per history; at least as long as <paramref name="histories"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> or a history is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short, or a remission is larger than what is left.</exception>
    public static void ComputeKeyDates(ReadOnlySpan<SentenceHistory> histories, CountingConvention convention, Span<SentenceKeyDates> destination)
    {
        Guard.Against.Null(convention);
        Guard.Against.ShortBuffer(destination.Length, histories.Length, "one entry per history", nameof(destination));

        for (var i = 0; i < histories.Length; i++)
        {
            destination[i] = ComputeKeyDates(histories[i], convention);
        }
    }

    /// <summary>Returns the credited days served before a date (that date excluded), counted from the first day of detention.</summary>
    /// <param name="history">The history; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <returns>The days served (zero on or before the first day of detention).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="convention"/> is null.</exception>
    public static int ServedDays(SentenceHistory history, LocalDate date, CountingConvention convention)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(convention);
        Guard.Against.UncountableDate(date);
        return SentenceKernel.Served(history.Detention.FirstDayNumber, history.Detention.Segments.AsSpan(), date.ToDateOnly().DayNumber, convention);
    }

    internal static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>Returns the end of the probation (<i>masa percobaan</i>) of a person paroled before an expiry: one year after it (KUHP UU 1/2023 Pasal 72 ayat (4); old KUHP Pasal 15).</summary>
    /// <param name="expiry">The expiry date.</param>
    /// <returns>The last day of probation, or null when it would fall after 9999-12-31.</returns>
    internal static LocalDate? ProbationEndAfter(LocalDate expiry) => expiry.Year < LocalDate.MaxIsoValue.Year ? expiry.PlusYears(1) : null;

    private static FractionDateResult FractionCore(SentenceHistory history, Fraction fraction, CountingConvention convention, SentenceTerm? minimum, int basis)
    {
        var day = SentenceKernel.FractionDay(history, fraction, convention, basis, out var remissionDays, out var required);
        var fractionDate = ToDate(day);
        var steps = new List<BreakdownStep>
        {
            Step("fraction.basis", $"Dasar pecahan: {history.MainTerm} = {basis} hari.", $"Fraction basis: {history.MainTerm} = {basis} days.", null, basis),
        };
        var whole = SentenceKernel.FractionDays(fraction, basis, convention);
        var rest = checked(basis * fraction.Numerator) % fraction.Denominator;
        var roundingId = rest == 0 ? "tepat" : convention.FractionRounding.Label().Indonesian;
        var roundingEn = rest == 0 ? "exact" : convention.FractionRounding.Label().English;
        switch (convention.FractionBasis)
        {
            case FractionBasis.RemissionCountsAsServed:
                steps.Add(Step(
                    $"fraction.{Key(fraction)}.required",
                    $"{fraction} × {basis} = {whole} hari ({roundingId}); remisi yang telah diberikan sampai {fractionDate.ToIso()} dihitung sebagai masa yang dijalani: {remissionDays} hari; harus dijalani {whole} − {remissionDays} = {required} hari.",
                    $"{fraction} × {basis} = {whole} days ({roundingEn}); the remissions granted by {fractionDate.ToIso()} count as time served: {remissionDays} days; {whole} − {remissionDays} = {required} days to be served.",
                    null,
                    required));
                break;
            case FractionBasis.NetOfRemission:
                var net = Math.Max(0, basis - remissionDays);
                var netRest = checked(net * fraction.Numerator) % fraction.Denominator;
                roundingId = netRest == 0 ? "tepat" : convention.FractionRounding.Label().Indonesian;
                roundingEn = netRest == 0 ? "exact" : convention.FractionRounding.Label().English;
                steps.Add(Step(
                    $"fraction.{Key(fraction)}.required",
                    $"{fraction} × ({basis} − remisi yang telah diberikan sampai {fractionDate.ToIso()}, {remissionDays} hari = {net}), {roundingId}: {required} hari.",
                    $"{fraction} × ({basis} − the remissions granted by {fractionDate.ToIso()}, {remissionDays} days = {net}), {roundingEn}: {required} days.",
                    null,
                    required));
                break;
            default:
                steps.Add(Step(
                    $"fraction.{Key(fraction)}.required",
                    $"{fraction} × {basis} dari pidana yang dijatuhkan, tanpa remisi, {roundingId}: {required} hari.",
                    $"{fraction} × {basis} of the imposed term, without remissions, {roundingEn}: {required} days.",
                    null,
                    required));
                break;
        }

        var reachedOn = ToDate(SentenceKernel.FirstDayServed(history.Detention.FirstDayNumber, history.Detention.Segments.AsSpan(), required, convention));
        if (reachedOn < fractionDate)
        {
            steps.Add(Step($"fraction.{Key(fraction)}.date", $"{fraction} dijalani pada {fractionDate.ToIso()}, hari pemberian remisi: remisi berlaku sejak hari diberikan, tidak sebelumnya.", $"{fraction} served on {fractionDate.ToIso()}, the day the remission was granted: a remission counts from the day it is granted, not before.", fractionDate, required));
        }
        else
        {
            steps.Add(Step($"fraction.{Key(fraction)}.date", $"{fraction} dijalani pada {fractionDate.ToIso()}: hari pertama yang mencapai {required} hari dijalani (hari pertama penahanan hari ke-1; tanggal itu hari sesudah hari ke-{required}).", $"{fraction} served on {fractionDate.ToIso()}: the first day on which {required} days are served (the first day of detention is day 1; the date is the day after day {required}).", fractionDate, required));
        }

        var date = fractionDate;
        if (minimum is { } min)
        {
            var minDays = min.ToDays(convention);
            var minDate = ToDate(SentenceKernel.MinimumDay(history, minDays, convention, out var minimumRemission));
            var readingId = convention.MinimumServed == MinimumServed.DaysInCustody
                ? "dihitung dari hari dalam penahanan, tanpa remisi (UU 1/2023 Penjelasan Pasal 72 ayat (1): paling singkat 9 bulan di dalam Lapas)"
                : Inv($"dihitung dengan remisi yang telah diberikan sebagai masa yang dijalani ({minimumRemission} hari)");
            var readingEn = convention.MinimumServed == MinimumServed.DaysInCustody
                ? "counted as days in custody, without remissions (UU 1/2023 Penjelasan Pasal 72(1): at least 9 months in the institution)"
                : Inv($"counted with the remissions granted as time served ({minimumRemission} days)");
            if (minDate > date)
            {
                date = minDate;
                steps.Add(Step($"fraction.{Key(fraction)}.minimum", $"Paling sedikit {min.ToText(Language.Indonesian)} = {minDays} hari, {readingId}, tercapai pada {minDate.ToIso()}: tanggal yang lebih akhir dipakai, {date.ToIso()}.", $"At least {min.ToText(Language.English)} = {minDays} days, {readingEn}, reached on {minDate.ToIso()}: the later date is taken, {date.ToIso()}.", date, minDays));
            }
            else
            {
                steps.Add(Step($"fraction.{Key(fraction)}.minimum", $"Paling sedikit {min.ToText(Language.Indonesian)} = {minDays} hari, {readingId}, tercapai pada {minDate.ToIso()}: sudah terpenuhi pada {date.ToIso()}.", $"At least {min.ToText(Language.English)} = {minDays} days, {readingEn}, reached on {minDate.ToIso()}: already met on {date.ToIso()}.", minDate, minDays));
            }
        }

        return new FractionDateResult(fraction, date, basis, remissionDays, required, fractionDate, minimum, convention, ValueList.From(steps));
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string Key(Fraction fraction) => fraction.ToString().Replace('/', '-');

    private static string Describe(Sentence sentence, Language language) => sentence.Kind switch
    {
        SentenceKind.CommunityService => string.Create(CultureInfo.InvariantCulture, $"{sentence.Kind.Label().In(language)} {sentence.Hours} {(language == Language.English ? "hours" : "jam")}"),
        SentenceKind.Life or SentenceKind.Death => sentence.Kind.Label().In(language),
        _ => sentence.Kind.Label().In(language) + " " + sentence.Term.ToString(),
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static BreakdownStep Step(string code, FormattableString indonesian, FormattableString english, LocalDate? date = null, long? days = null) =>
        new(code, new LocalizedText(FormattableString.Invariant(indonesian), FormattableString.Invariant(english)), date, days);
}
