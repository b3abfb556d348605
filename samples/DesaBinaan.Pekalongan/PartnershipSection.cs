using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// The partnership part of the default run: the story of the article, the illustrative continuation (labelled as
/// such), a refused step, and the state of the partnership on <c>--as-of YYYY-MM-DD</c> (default: the meeting day).
/// </summary>
internal static class PartnershipSection
{
    public const string AsOfOption = "as-of";

    /// <summary>Reads <c>--as-of</c>; throws <see cref="SampleUsageException"/> when it is not a date.</summary>
    public static LocalDate AsOf(SampleOptions options)
    {
        var text = options.Get(AsOfOption);
        if (text is null)
        {
            return PekalonganWorld.MeetingDate;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new SampleUsageException($"--{AsOfOption}: '{text}' bukan tanggal; tulis YYYY-MM-DD, misalnya 2026-07-10", $"--{AsOfOption}: '{text}' is not a date; write YYYY-MM-DD, such as 2026-07-10");
    }

    public static void Write(PekalonganWorld world, LocalDate asOf, Language language, TextWriter output)
    {
        var story = PartnershipStory.Build(world);
        var culture = language.Culture();
        string T(string indonesian, string english) => language == Language.English ? english : indonesian;
        string D(LocalDate date) => date.ToString(language == Language.English ? "dddd d MMMM uuuu" : "dddd, d MMMM uuuu", culture);
        string Name(PersonId id) =>
            id == PartnershipStory.Lurah ? T("Lurah (nama tidak disebut)", "the Lurah (not named)")
            : id == PartnershipStory.Camat ? T("Camat (contoh)", "the Camat (example)")
            : id == PartnershipStory.WaliKota ? T("Wali Kota (contoh)", "the Wali Kota (example)")
            : story.Officials.FindPerson(id)?.Name ?? id.ToString();
        string Title(PositionId id) => story.Officials.FindPosition(id)?.Title ?? id.ToString();
        var p = story.OnMeetingDay;
        var day = PekalonganWorld.MeetingDate;

        output.WriteLine();
        output.WriteLine(T("== Kerja sama (dari artikel, 29 April 2026) ==", "== Partnership (from the article, 29 April 2026) =="));
        output.WriteLine($"  {p.Programme.Label.In(language)}: {p.CorrectionalSide.Name} — {p.CommunitySide.Name}");
        output.WriteLine($"  {T("Tujuan", "Purpose")}: {p.Purpose}");
        output.WriteLine($"  {p.Stages[0].Stage.Label().In(language)} {T("sejak", "from")} {D(p.Stages[0].Date)} ({p.Stages[0].Basis})");
        var meeting = p.Meetings[0];
        output.WriteLine($"  {meeting.Kind.Label().In(language)}: {D(meeting.Date)} — {meeting.Venue}");
        foreach (var attendee in meeting.Attendees)
        {
            output.WriteLine($"    {attendee.Role.Label().In(language)}: {Name(attendee.Person)} — {Title(attendee.Position)} ({attendee.Side.Label().In(language)})");
        }

        output.WriteLine($"    {T("Agenda", "Agenda")}: {string.Join("; ", meeting.Agenda)}");
        output.WriteLine($"    {T("Disepakati sebagai ruang lingkup pertama", "Agreed as the first scope")}: {string.Join(", ", meeting.Outcome.ScopesAgreed.Select(s => s.Label.In(language)))}");
        output.WriteLine($"    {T("Ditunda ke pertemuan berikutnya", "Deferred to the next meeting")}: {string.Join(", ", meeting.Outcome.TopicsDeferred.Select(t => t.Subject))}");
        output.WriteLine($"  {T("Tahap pada", "Stage on")} {D(day)}: {p.StageOn(day)!.Value.Label().In(language)}");
        foreach (var scope in p.Scopes)
        {
            output.WriteLine($"  {scope.Scope.Label.In(language)}: {scope.StateOn(day)!.Value.Label().In(language)} ({scope.ChangeOn(day)!.Basis.Kind.Label().In(language)} {scope.ChangeOn(day)!.Basis.Reference})");
        }

        var full = story.Full;
        output.WriteLine();
        output.WriteLine(T("== Lanjutan ILUSTRATIF (bukan dari artikel; tanggal, nomor dan pejabat contoh) ==", "== ILLUSTRATIVE continuation (not in the article; example dates, numbers and officials) =="));
        foreach (var m in full.Meetings.Skip(1))
        {
            var start = m.Start is { } s ? " " + s.ToString("HH:mm", CultureInfo.InvariantCulture) + " WIB" : string.Empty;
            output.WriteLine($"  {m.Date:uuuu-MM-dd}{start} {m.Kind.Label().In(language)}, {m.Venue}; {T("pimpinan", "chair")}: {Name(m.Chair.Person)}");
            if (!m.Outcome.ScopesAgreed.IsEmpty)
            {
                output.WriteLine($"    {T("Disepakati", "Agreed")}: {string.Join(", ", m.Outcome.ScopesAgreed.Select(s => s.Label.In(language)))}");
            }

            foreach (var item in m.Outcome.ActionItems)
            {
                output.WriteLine($"    {T("Tindak lanjut", "Action item")}: {item.Description} — {Name(item.Owner)}, {T("paling lambat", "due")} {item.Due:uuuu-MM-dd}");
            }

            if (!m.Outcome.TopicsSettled.IsEmpty || !m.Outcome.ActionItemsCompleted.IsEmpty)
            {
                output.WriteLine($"    {T("Diselesaikan", "Settled")}: {string.Join(", ", m.Outcome.TopicsSettled.Concat(m.Outcome.ActionItemsCompleted))}");
            }
        }

        output.WriteLine($"  {T("Langkah DITOLAK", "REFUSED step")}: {story.RefusedAgreement.Number} ({story.RefusedAgreement.Kind.Label().In(language)}) {T("pada", "on")} {story.RefusedAgreement.SignedOn:uuuu-MM-dd}, {T("ditandatangani Plh Kalapas tanpa pelimpahan wewenang", "signed by a Plh Kalapas without a delegation")}");
        output.WriteLine($"    ({PekalonganWorld.BudiPurwanto} = {Name(PekalonganWorld.BudiPurwanto)}, {T("Plh Kalapas 8–12 Juni 2026 (contoh)", "Plh Kalapas 8–12 June 2026 (example)")})");
        foreach (var violation in story.Refusal)
        {
            output.WriteLine($"    [{violation.Code}] {violation.Describe(language)}");
            output.WriteLine($"      {T("Dasar", "Basis")}: {violation.Citation}");
        }

        var pks = full.AgreementVersions(PartnershipStory.PksNumber)[0];
        output.WriteLine($"  {pks.SignedOn:uuuu-MM-dd} {pks.Kind.Label().In(language)} {pks.Number}, {T("jangka waktu", "term")} {pks.Term.Start:uuuu-MM-dd} – {pks.Term.End:uuuu-MM-dd}");
        foreach (var signatory in pks.Signatories)
        {
            var decision = story.Officials.MaySign(signatory.Person, pks.Kind, signatory.Party, pks.SignedOn);
            output.WriteLine($"    {T("Penanda tangan", "Signatory")}: {Name(signatory.Person)} — {Title(signatory.Appointment.Position)} {T("untuk", "for")} {world.Institutions.Get(signatory.Party).Name}: {decision.Outcome.Label().In(language)} [{decision.ReasonCode}]");
        }

        output.WriteLine($"    {T("Ruang lingkup", "Scopes")}: {string.Join(", ", pks.Scopes.Select(s => s.Label.In(language)))}");
        output.WriteLine($"    {T("Pendanaan", "Funding")}: {pks.Funding}; {T("evaluasi setiap", "evaluated every")} {pks.EvaluationEvery!.Months} {T("bulan", "months")}");
        var activation = full.Stages.Last(s => s.Stage == PartnershipStage.Active);
        output.WriteLine($"  {activation.Date:uuuu-MM-dd} {activation.Stage.Label().In(language)} ({activation.Basis})");
        var plan = story.Plan;
        output.WriteLine($"  {T("Rencana kegiatan", "Activity plan")}: {plan.Title} — {plan.Scope.Label.In(language)}");
        output.WriteLine($"    {plan.Place.Description} ({plan.Place.Village})");
        output.WriteLine($"    {T("Setiap Jumat", "Every Friday")} {plan.Schedule.Start:HH':'mm}–{plan.Schedule.End:HH':'mm} WIB ({plan.Schedule.Zone.Id}), {plan.Schedule.Period.Start:uuuu-MM-dd} – {plan.Schedule.Period.End:uuuu-MM-dd}, {T("kecuali", "except")} {string.Join(", ", plan.Schedule.Exceptions.Select(e => e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}");
        output.WriteLine($"    {T("Kuota", "Quota")} {plan.Quota.Minimum}–{plan.Quota.Maximum} {T("warga binaan", "inmates")}; {T("pengawalan", "escort")} {plan.Escort.Officers} {T("petugas per", "officer per")} {plan.Escort.Inmates} {T("warga binaan", "inmates")}; {T("kebijakan peserta", "participation policy")}: {plan.ParticipationPolicyId}");
        foreach (var (inmates, officers) in new[] { (30, 10), (30, 8) })
        {
            var check = plan.CheckStaffing(inmates, officers);
            var verdict = check.IsSatisfied ? T("memenuhi", "satisfied") : string.Join("; ", check.Findings.Select(f => f.Reason.In(language)));
            output.WriteLine($"    {inmates} {T("warga binaan", "inmates")} / {officers} {T("petugas", "officers")}: [{check.Code}] {verdict}");
        }

        output.WriteLine();
        output.WriteLine($"== {T("Keadaan pada", "State on")} {D(asOf)} (--{AsOfOption}) ==");
        var stage = full.StageOn(asOf);
        output.WriteLine($"  {T("Tahap", "Stage")}: {(stage is { } st ? st.Label().In(language) : T("belum ada kerja sama", "no partnership yet"))}");
        var inForce = full.AgreementsInForceOn(asOf);
        output.WriteLine($"  {T("Perjanjian berlaku", "Agreements in force")}: {(inForce.IsEmpty ? T("tidak ada", "none") : string.Join(", ", inForce.Select(a => $"{a.Number} v{a.Version} ({T("s.d.", "until")} {a.Term.End:uuuu-MM-dd})")))}");
        foreach (var scope in full.Scopes)
        {
            var state = scope.StateOn(asOf);
            if (state is null)
            {
                continue;
            }

            var covered = full.CoversScopeOn(scope.Scope, asOf) ? T("tercakup perjanjian yang berlaku", "covered by an agreement in force") : T("belum tercakup perjanjian yang berlaku", "not covered by an agreement in force");
            output.WriteLine($"  {scope.Scope.Label.In(language)}: {state.Value.Label().In(language)}; {covered}");
        }

        var open = full.OpenItemsOn(asOf);
        output.WriteLine($"  {T("Masih terbuka", "Still open")}:");
        foreach (var topic in open.UnsettledTopics)
        {
            output.WriteLine($"    {T("Topik ditunda", "Deferred topic")}: {topic.Subject}");
        }

        foreach (var item in open.OverdueActionItems)
        {
            output.WriteLine($"    {T("Tindak lanjut lewat waktu", "Overdue action item")}: {item.Description} ({T("batas", "due")} {item.Due:uuuu-MM-dd})");
        }

        foreach (var item in open.PendingActionItems)
        {
            output.WriteLine($"    {T("Tindak lanjut berjalan", "Pending action item")}: {item.Description} ({T("batas", "due")} {item.Due:uuuu-MM-dd})");
        }

        if (open.IsEmpty)
        {
            output.WriteLine($"    {T("tidak ada", "nothing")}");
        }

        var next = full.ActivityPlans.Where(a => full.CoversScopeOn(a.Scope, asOf)).SelectMany(a => a.NextOccurrences(asOf, 3)).ToList();
        output.WriteLine($"  {T("Kegiatan berikutnya", "Next activities")}: {(next.Count == 0 ? T("tidak ada", "none") : string.Join(", ", next.Select(o => o.Start.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " WIB")))}");
        if (asOf < PartnershipStory.FollowUpDate)
        {
            output.WriteLine($"  ({T("Keadaan setelah tanggal ini memakai lanjutan ilustratif; coba", "States after this date use the illustrative continuation; try")} --{AsOfOption} 2026-07-10)");
        }
    }
}
