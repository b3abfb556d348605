using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// Evaluates the synthetic roster of Lapas Kelas IIA Pekalongan for the environmental-cleanliness activity in Kelurahan
/// Panjang Wetan on <c>--as-of</c> (default: the day after the activity plan starts): per person the status and the
/// first reasons, then a summary and who becomes eligible in the next 30 days.
/// </summary>
internal sealed class RosterCommand : ISampleCommand
{
    private const int EscortOfficers = 10;

    public string Name => "roster";

    public LocalizedText Description { get; } = new("menilai daftar warga binaan sintetis untuk kegiatan kerja bakti (--as-of YYYY-MM-DD)", "evaluates the synthetic roster for the clean-up activity (--as-of YYYY-MM-DD)");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        options.RejectUnknown("as-of");
        var story = PartnershipStory.Build(PekalonganWorld.Build());
        var asOf = AsOf(options, story.Plan.Schedule.Period.Start.PlusDays(1));
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;
        var activity = ActivityEvaluationContext.Assess(story.Plan, story.Full, asOf, EscortOfficers);
        var policy = IndonesianPolicies.OutsideActivityFor(activity);
        if (!policy.TryGetVersion(asOf, out _))
        {
            throw new SampleUsageException($"--as-of: tidak ada versi kebijakan yang berlaku pada {asOf:uuuu-MM-dd}", $"--as-of: no version of the policy is in force on {asOf:uuuu-MM-dd}");
        }

        var roster = PekalonganRoster.Build();
        output.WriteLine(T("DATA SINTETIS: 40 warga binaan FIKTIF Lapas Kelas IIA Pekalongan (nama rekaan, bukan orang sungguhan).", "SYNTHETIC DATA: 40 FICTIONAL inmates of Lapas Kelas IIA Pekalongan (invented names, no real person)."));
        output.WriteLine($"{T("Kegiatan", "Activity")}: {story.Plan.Title} ({story.Plan.Scope.LabelIn(language)}), {T("tanggal evaluasi", "evaluated on")} {asOf:uuuu-MM-dd}; {activity.Describe(language)}");
        var evaluator = policy.Prepare(asOf);
        output.WriteLine($"{T("Kebijakan", "Policy")}: {policy.Title.In(language)}, {T("versi", "version")} {evaluator.Version.Id}");
        output.WriteLine();
        var counts = new Dictionary<DecisionStatus, int>();
        foreach (var (name, profile) in roster)
        {
            var decision = evaluator.Decide(profile);
            counts[decision.Status] = counts.GetValueOrDefault(decision.Status) + 1;
            var status = decision.Status.Label().In(language) + (decision.Status == DecisionStatus.NotYetEligible ? $" {T("mulai", "from")} {decision.EligibleFrom:uuuu-MM-dd}" : string.Empty);
            output.WriteLine($"{profile.SubjectId,-6} {name,-30} {status}");
            foreach (var blocker in decision.Blockers.Take(2))
            {
                output.WriteLine($"         {blocker.Describe(language)}");
            }
        }

        output.WriteLine();
        output.WriteLine(T("== Ringkasan ==", "== Summary =="));
        foreach (var status in new[] { DecisionStatus.Eligible, DecisionStatus.NotYetEligible, DecisionStatus.Ineligible, DecisionStatus.Undetermined })
        {
            output.WriteLine($"  {status.Label().In(language)}: {counts.GetValueOrDefault(status)}");
        }

        output.WriteLine($"  {T("Kuota kegiatan", "Activity quota")}: {story.Plan.Quota.Minimum}–{story.Plan.Quota.Maximum}; {T("petugas pengawal", "escort officers")}: {EscortOfficers} ({T("dapat mengawal", "can escort")} {activity.EscortCapacity})");
        var soon = evaluator.AlmostEligible(roster.Select(r => r.Profile), 30);
        output.WriteLine($"  {T("Memenuhi syarat dalam 30 hari", "Eligible within 30 days")}: {soon.Count}");
        foreach (var entry in soon)
        {
            output.WriteLine($"    {entry.SubjectId} {T("mulai", "from")} {entry.EligibleFrom:uuuu-MM-dd} ({entry.DaysToWait} {T("hari", "days")}): {string.Join(", ", entry.WaitingFor.Select(w => w.Code))}");
        }

        if (soon.Count > 0)
        {
            output.WriteLine($"    {T("Asumsi", "Assumptions")}: {string.Join("; ", soon.SelectMany(s => s.Assumptions).Distinct().Select(a => a.In(language)))}");
        }

        return 0;
    }

    private static LocalDate AsOf(SampleOptions options, LocalDate fallback)
    {
        var text = options.Get("as-of");
        if (text is null)
        {
            return fallback;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--as-of: '{text}' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-06-20", $"--as-of: '{text}' is not a date; write YYYY-MM-DD, such as 2026-06-20");
    }
}
