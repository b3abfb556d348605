using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Timeline;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// One inmate's rights timeline from the synthetic roster: every right's date and status with its reason and article, the
/// expiry and the probation end, the documents still not recorded and the remission outlook (a projection).
/// <c>timeline [--id WB-09] [--as-of 2026-06-20] [--religion islam|christianity|hinduism|buddhism|other] [--lang en]</c>.
/// </summary>
internal sealed class TimelineCommand : ISampleCommand
{
    public string Name => "timeline";

    public LocalizedText Description { get; } = new("garis waktu hak seorang warga binaan, dokumen yang harus ada dan prakiraan remisi (--id WB-09 --religion islam)", "one inmate's rights timeline, documents due and remission outlook (--id WB-09 --religion islam)");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown("id", "as-of", "religion");
        var id = options.Get("id") ?? "WB-09";
        var asOf = options.Get("as-of") is { } text ? Date(text) : PekalonganRoster.Reference;
        var roster = PekalonganRoster.Build();
        var (name, profile) = roster.FirstOrDefault(r => r.Profile.SubjectId == id);
        if (profile is null)
        {
            throw new SampleUsageException($"--id: '{id}' tidak ada dalam daftar; id adalah WB-01 sampai WB-{roster.Count:D2}", $"--id: '{id}' is not in the roster; ids are WB-01 to WB-{roster.Count:D2}");
        }

        if (options.Get("religion") is { } religion)
        {
            // The roster records no religion; the option stands for the register's first entry, to show the outlook.
            profile = profile.WithReligion(religion switch
            {
                "islam" => Religion.Islam,
                "christianity" => Religion.Christianity,
                "hinduism" => Religion.Hinduism,
                "buddhism" => Religion.Buddhism,
                "other" => Religion.Other,
                _ => throw new SampleUsageException($"--religion: '{religion}' bukan salah satu dari islam, christianity, hinduism, buddhism, other", $"--religion: '{religion}' is not one of islam, christianity, hinduism, buddhism, other"),
            });
        }

        output.WriteLine(language == Language.English
            ? $"SYNTHETIC DATA: {name} is a FICTIONAL inmate of Lapas Kelas IIA Pekalongan."
            : $"DATA SINTETIS: {name} adalah warga binaan FIKTIF Lapas Kelas IIA Pekalongan.");
        output.WriteLine(RightsTimeline.Build(profile, asOf).Render(language));
        return 0;
    }

    private static LocalDate Date(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--as-of: '{text}' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-06-20", $"--as-of: '{text}' is not a date; write YYYY-MM-DD, such as 2026-06-20");
    }
}
