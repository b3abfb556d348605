using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Timeline;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// The national remission day over the synthetic (fictional) population: counts by outcome, as Ditjenpas publishes them,
/// and the people released on the day. <c>remission-day [--date 2026-08-17] [--holiday idul-fitri|natal|nyepi|waisak]
/// [--size 280000] [--lang en]</c>.
/// </summary>
internal sealed class RemissionDayCommand : ISampleCommand
{
    public string Name => "remission-day";

    public LocalizedText Description { get; } = new("hari remisi atas populasi sintetis: jumlah per hasil, yang bebas pada hari itu (--date 2026-08-17)", "the remission day over the synthetic population: counts by outcome, released on the day (--date 2026-08-17)");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown("date", "holiday", "size");
        var culture = language.Culture();
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;
        var date = options.Get("date") is { } d ? Date(d) : new LocalDate(2026, 8, 17);
        ReligiousHoliday? holiday = options.Get("holiday") switch
        {
            null => null,
            "idul-fitri" => ReligiousHoliday.IdulFitri,
            "natal" => ReligiousHoliday.Natal,
            "nyepi" => ReligiousHoliday.Nyepi,
            "waisak" => ReligiousHoliday.Waisak,
            var other => throw new SampleUsageException($"--holiday: '{other}' bukan salah satu dari idul-fitri, natal, nyepi, waisak", $"--holiday: '{other}' is not one of idul-fitri, natal, nyepi, waisak"),
        };
        var size = options.Get("size") is { } s ? Size(s) : 280_000;
        RemissionDay day;
        try
        {
            day = RemissionDay.For(date, holiday);
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new SampleUsageException($"--date: {date:uuuu-MM-dd} bukan hari pemberian remisi ini (17 Agustus untuk remisi umum, hari raya keagamaan untuk remisi khusus)", $"--date: {(suffix < 0 ? message : message[..suffix])}");
        }

        var profiles = SyntheticPopulation.Generate(size, date);
        var population = new InmatePopulation(profiles);
        var rows = new RemissionDayRow[population.Count];
        var counts = day.Evaluate(population, rows);
        output.WriteLine(T("Hari remisi, populasi SINTETIS (fiktif, seed tetap): ", "Remission day, SYNTHETIC population (fictional, fixed seed): ") + string.Create(culture, $"{size:N0} ") + T("orang, ", "people, ") + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + " — " + day.Kind.Label().In(language) + (day.IsDecennial ? T(" dan remisi dasawarsa", " and decennial remission") : string.Empty) + $" ({day.VersionId})");
        output.WriteLine(string.Create(culture, $"  {T("Mendapat remisi", "Remission due")}: {counts.Due:N0}"));
        output.WriteLine(string.Create(culture, $"  {T("Tidak memenuhi syarat waktu", "Not due (time conditions)")}: {counts.NotDue:N0}"));
        output.WriteLine(string.Create(culture, $"  {T("Terhalang syarat lain", "Blocked by another condition")}: {counts.Blocked:N0}"));
        output.WriteLine(string.Create(culture, $"  {T("Belum dapat ditentukan", "Undetermined")}: {counts.Undetermined:N0}"));
        output.WriteLine(string.Create(culture, $"  {T("Langsung bebas pada hari itu", "Released on the day")}: {counts.ReleasedOnTheDay:N0}"));
        if (day.IsDecennial)
        {
            output.WriteLine(string.Create(culture, $"  {T("Remisi dasawarsa", "Decennial remission")}: {counts.DecennialDue:N0} ({T("Dasawarsa II", "Dasawarsa II")}: {counts.DecennialReleasesOnGrantDay:N0})"));
        }

        output.WriteLine(T("Menurut alasan:", "By reason:"));
        foreach (var group in rows.GroupBy(r => (r.Outcome, r.Code)).OrderBy(g => g.Key.Outcome).ThenByDescending(g => g.Count()))
        {
            var outcome = group.Key.Outcome switch
            {
                RemissionDayOutcome.Due => T("mendapat", "due"),
                RemissionDayOutcome.NotDue => T("tidak", "not due"),
                RemissionDayOutcome.Blocked => T("terhalang", "blocked"),
                _ => T("belum pasti", "undetermined"),
            };
            output.WriteLine(string.Create(culture, $"  {outcome,-12} {group.Key.Code,-48} {group.Count(),8:N0}"));
        }

        output.WriteLine(T("Langsung bebas pada hari itu (20 pertama):", "Released on the day (first 20):"));
        var shown = 0;
        for (var i = 0; i < rows.Length && shown < 20; i++)
        {
            if (rows[i].ReleasedOnTheDay)
            {
                var label = rows[i].DecennialReleasesOnGrantDay ? "Dasawarsa II" : day.Kind == RemissionKind.Special ? "RK II" : "RU II";
                output.WriteLine($"  {profiles[i].SubjectId} {rows[i].Amount} {label}");
                shown++;
            }
        }

        return 0;
    }

    private static LocalDate Date(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--date: '{text}' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-08-17", $"--date: '{text}' is not a date; write YYYY-MM-DD, such as 2026-08-17");
    }

    private static int Size(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is > 0 and <= 1_000_000
            ? size
            : throw new SampleUsageException($"--size: '{text}' bukan bilangan dari 1 sampai 1.000.000", $"--size: '{text}' is not a number from 1 to 1,000,000");
}
