using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// A registrar's calculator: the dates of one sentence with their breakdown.
/// <c>sentence --start 2024-03-14 --term 2y6m --remission 2024-12-25:15d --remission 2025-08-17:2m [--substitute 1m15d]
/// [--gap FROM..TO] [--house-arrest FROM..TO] [--city-arrest FROM..TO] [--as-of DATE] [--lang en]</c>.
/// </summary>
internal sealed class SentenceCommand : ISampleCommand
{
    public string Name => "sentence";

    public LocalizedText Description { get; } = new("menghitung tanggal ekspirasi, 1/3, 1/2 dan 2/3 suatu pidana beserta rinciannya (--start YYYY-MM-DD --term 2y6m [--remission 2025-08-17:2m] [--substitute 3m] [--gap DARI..SAMPAI] [--house-arrest DARI..SAMPAI] [--city-arrest DARI..SAMPAI] [--as-of YYYY-MM-DD])", "computes a sentence's expiry, 1/3, 1/2 and 2/3 dates with the breakdown (--start YYYY-MM-DD --term 2y6m [--remission 2025-08-17:2m] [--substitute 3m] [--gap FROM..TO] [--house-arrest FROM..TO] [--city-arrest FROM..TO] [--as-of YYYY-MM-DD])");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown("start", "term", "remission", "substitute", "gap", "house-arrest", "city-arrest", "as-of");
        var start = Date(options.Get("start") ?? throw new SampleUsageException("--start: hari pertama penahanan wajib diisi (YYYY-MM-DD)", "--start: the first day of detention is required (YYYY-MM-DD)"), "start");
        var term = Term(options.Get("term") ?? throw new SampleUsageException("--term: masa pidana wajib diisi (NyNmNd, misalnya 2y6m)", "--term: the term is required (NyNmNd, such as 2y6m)"), "term");
        if (term.IsZero)
        {
            throw new SampleUsageException("--term: masa pidana tidak boleh nol", "--term: the term must not be zero");
        }

        var remissions = new List<Remission>();
        foreach (var text in options.GetAll("remission"))
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new SampleUsageException($"--remission: '{text}' bukan TANGGAL:BESARAN (misalnya 2025-08-17:2m)", $"--remission: '{text}' is not DATE:AMOUNT (such as 2025-08-17:2m)");
            }

            var amount = Term(text[(colon + 1)..], "remission");
            if (amount.IsZero)
            {
                throw new SampleUsageException($"--remission: '{text}' besarannya nol", $"--remission: '{text}' has a zero amount");
            }

            // The sample takes a remission on 17 August as general and any other as special (a religious holiday).
            var granted = Date(text[..colon], "remission");
            var kind = granted is { Month: 8, Day: 17 } ? RemissionKind.General : RemissionKind.Special;
            remissions.Add(new Remission(granted, amount, kind));
        }

        var substitute = options.Get("substitute") is { } s ? Term(s, "substitute") : SentenceTerm.Zero;
        var gaps = options.GetAll("gap").Select(g => Interval(g, "gap")).ToList();
        var periods = options.GetAll("house-arrest").Select(p => new DetentionPeriod(DetentionKind.HouseArrest, Interval(p, "house-arrest")))
            .Concat(options.GetAll("city-arrest").Select(p => new DetentionPeriod(DetentionKind.CityArrest, Interval(p, "city-arrest"))))
            .ToList();
        LocalDate? asOf = options.Get("as-of") is { } a ? Date(a, "as-of") : null;

        SentenceDates dates;
        try
        {
            var detention = new Detention(start, periods, gaps);
            var history = new SentenceHistory([Sentence.Imprisonment(term)], detention, remissions, substitute);
            dates = SentenceCalculator.Compute(history, CountingConvention.Default, asOf);
        }
        catch (ArgumentException e)
        {
            var argument = e.ParamName switch
            {
                "gaps" => "--gap",
                "periods" => "--house-arrest/--city-arrest",
                "remissions" or "history" => "--remission",
                "substitute" => "--substitute",
                _ => "--" + e.ParamName,
            };
            var message = e.Message;
            var suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new SampleUsageException($"{argument}: nilai ini melanggar aturan penghitungan pidana (rinciannya dengan --lang en)", $"{argument}: {(suffix < 0 ? message : message[..suffix])}");
        }

        // One line per date, its name in the language asked (the key names are the sample's, not a file format).
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;
        output.WriteLine($"{T("konvensi", "convention")}: {dates.Convention.Name}");
        output.WriteLine($"{T("ekspirasi-awal", "natural-expiry")}: {Iso(dates.NaturalExpiry!.Value)}");
        output.WriteLine($"{T("ekspirasi", "expiry")}: {Iso(dates.Expiry!.Value)}");
        output.WriteLine($"{T("sepertiga", "one-third")}: {Iso(dates.OneThird!.Date)}");
        output.WriteLine($"{T("setengah", "half")}: {Iso(dates.Half!.Date)}");
        output.WriteLine($"{T("dua-pertiga", "two-thirds")}: {Iso(dates.TwoThirds!.Date)}");
        if (dates.ProbationEnd is { } probationEnd)
        {
            output.WriteLine($"{T("akhir-masa-percobaan-bila-pb", "probation-end-if-paroled")}: {Iso(probationEnd)}");
        }
        if (dates.PreReleaseLeaveStart is { } preRelease)
        {
            output.WriteLine($"{T("cuti-menjelang-bebas-mulai", "pre-release-leave-from")}: {Iso(preRelease)}");
        }
        if (dates.AsOf is not null)
        {
            output.WriteLine(string.Create(language.Culture(), $"{T("dijalani", "served")}: {dates.ServedDays}"));
            output.WriteLine(string.Create(language.Culture(), $"{T("sisa", "remaining")}: {dates.RemainingDays}"));
        }

        output.WriteLine();
        output.Write(dates.Render(language));
        return 0;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate Date(string text, string argument)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--{argument}: '{text}' bukan tanggal (YYYY-MM-DD)", $"--{argument}: '{text}' is not a date (YYYY-MM-DD)");
    }

    private static SentenceTerm Term(string text, string argument)
    {
        try
        {
            return SentenceTerm.Parse(text);
        }
        catch (FormatException e)
        {
            throw new SampleUsageException($"--{argument}: '{text}' bukan masa pidana yang sah (NyNmNd, misalnya 2y6m)", $"--{argument}: {e.Message}");
        }
    }

    private static DateInterval Interval(string text, string argument)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            throw new SampleUsageException($"--{argument}: '{text}' bukan DARI..SAMPAI (misalnya 2024-05-01..2024-05-20)", $"--{argument}: '{text}' is not FROM..TO (such as 2024-05-01..2024-05-20)");
        }

        var from = Date(text[..dots], argument);
        var to = Date(text[(dots + 2)..], argument);
        if (to < from)
        {
            throw new SampleUsageException($"--{argument}: '{text}' berakhir sebelum dimulai", $"--{argument}: '{text}' ends before it starts");
        }

        return new DateInterval(from, to);
    }
}
