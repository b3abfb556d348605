using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// Every date of one person on one page, on an evaluation date: each right (CMK, asimilasi, CB, PB, the CMB window) with
/// its date and its status (met since, waiting until, blocked because, not applicable because, undetermined), its legal
/// basis and assumptions; the expiry and the probation end of the record; the documents still not recorded with the day
/// they are due by; and the remission outlook, labelled as a projection.
/// </summary>
/// <remarks>
/// <para>Each right's line is read from the decision of the built-in policy in force on the date
/// (<see cref="IndonesianPolicies"/>): its time criterion gives the date, its blockers the reasons. No rule is restated here.</para>
/// <para>Equality compares every member.</para>
/// </remarks>
[Immutable]
public sealed record RightsTimeline
{
    private static readonly Citation ExpiryBasis = new("KUHP (UU 1/2023)", "Pasal 184", "tahun pada kalender, bulan 30 hari; remisi dikurangkan hari demi hari (Keppres 174/1999 Pasal 7)");
    private static readonly Citation ProbationBasis = new("KUHP (UU 1/2023)", "Pasal 72 ayat (4)", "masa percobaan: sisa pidana ditambah 1 tahun");
    private static readonly Citation DocumentsBasis = new(RuleCitations.Permen, null, "dokumen syarat administratif diminta sejak penerimaan dan dilengkapi paling lambat pada tanggal 1/2 masa pidana (praktik)");

    private RightsTimeline(string subjectId, LocalDate date, ValueList<TimelineEntry> entries, ValueList<DocumentDeadline> deadlines, RemissionOutlook outlook, LocalizedText convention)
    {
        SubjectId = subjectId;
        Date = date;
        Entries = entries;
        Deadlines = deadlines;
        Outlook = outlook;
        Convention = convention;
    }

    /// <summary>Gets the person's opaque id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the lines, in date order (lines without a date last, in the order of <see cref="TimelineEntryKind"/>).</summary>
    public ValueList<TimelineEntry> Entries { get; }

    /// <summary>Gets the documents a right needs that are still not recorded, with the day they are due by.</summary>
    public ValueList<DocumentDeadline> Deadlines { get; }

    /// <summary>Gets the remission outlook (a projection).</summary>
    public RemissionOutlook Outlook { get; }

    /// <summary>Gets the counting convention of the dates, as printed in every explanation.</summary>
    public LocalizedText Convention { get; }

    /// <summary>Returns the line of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined.</exception>
    public TimelineEntry this[TimelineEntryKind kind] => Entries.First(e => e.Kind == Guard.Against.EnumOutOfRange(kind));

    /// <summary>Builds the timeline of one person on a date.</summary>
    /// <param name="profile">The person; must not be null.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="calendar">The holiday dates for the remission outlook, or null for <see cref="HolidayCalendar.Official"/>.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static RightsTimeline Build(InmateProfile profile, LocalDate date, HolidayCalendar? calendar = null)
    {
        Guard.Against.Null(profile);
        Guard.Against.UncountableDate(date);
        var convention = profile.Convention;
        var dates = profile.Sentence is { } history ? SentenceCalculator.Compute(history, convention) : null;
        var entries = new List<TimelineEntry>();
        var decisions = new List<Decision>();
        foreach (var (kind, policyOf, timeCode, _) in TimelineRights.All)
        {
            var policy = policyOf();
            if (!policy.TryGetVersion(date, out _))
            {
                entries.Add(new(kind, policy.Title, TimelineStatus.NotApplicable, null, null, [new("Tidak ada versi kebijakan yang berlaku pada tanggal evaluasi.", "No version of the policy is in force on the evaluation date.")], [], [], null));
                continue;
            }

            var decision = policy.Decide(profile, date);
            decisions.Add(decision);
            var criteria = policy.VersionOn(date).Criteria;
            var index = -1;
            for (var i = 0; i < criteria.Count && index < 0; i++)
            {
                index = string.Equals(criteria[i].Descriptor.Code, timeCode, StringComparison.Ordinal) ? i : -1;
            }

            entries.Add(FromDecision(kind, decision, index < 0 ? null : decision.Findings[index], dates));
        }

        entries.AddRange(RecordDates(profile, date, dates));
        var ordered = entries.Select((e, i) => (e, i)).OrderBy(x => x.e.Date is null).ThenBy(x => x.e.Date).ThenBy(x => x.i).Select(x => x.e);
        return new RightsTimeline(
            profile.SubjectId,
            date,
            ValueList.From(ordered),
            DeadlinesOf(decisions, date, dates),
            RemissionOutlook.Project(profile, date, calendar),
            new LocalizedText(convention.Describe(Language.Indonesian), convention.Describe(Language.English)));
    }

    /// <summary>Returns the timeline as text in one language: the lines, the documents, then the remission outlook.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The lines, separated by <c>\n</c>.</returns>
    public string Render(Language language)
    {
        var en = language == Language.English;
        var lines = new List<string>
        {
            (en ? "Rights timeline of " : "Linimasa hak ") + SubjectId + (en ? " on " : " per ") + Date.ToIso(),
            (en ? "Counting convention: " : "Konvensi penghitungan: ") + Convention.In(language),
        };
        lines.AddRange(Entries.Select(e => "  " + e.Describe(language)));
        lines.Add(en ? "Documents still not recorded:" : "Dokumen yang belum tercatat:");
        lines.AddRange(Deadlines.Count == 0 ? ["  " + (en ? "none" : "tidak ada")] : Deadlines.Select(d => "  " + d.Describe(language)));
        lines.Add(Outlook.Render(language));
        return string.Join('\n', lines);
    }

    /// <summary>Returns the id, the date and the number of lines in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SubjectId} on {Date.ToIso()}: {Entries.Count} lines, {Deadlines.Count} documents due");

    private static TimelineEntry FromDecision(TimelineEntryKind kind, Decision decision, CriterionFinding? time, SentenceDates? dates)
    {
        var citations = new List<Citation>();
        if (time is not null)
        {
            citations.Add(time.Citation);
        }

        ValueList<LocalizedText> Reasons(IEnumerable<CriterionFinding> findings)
        {
            var list = findings.ToList();
            foreach (var finding in list.Where(f => !citations.Contains(f.Citation)))
            {
                citations.Add(finding.Citation);
            }

            return ValueList.From(list.Select(f => new LocalizedText(f.Describe(Language.Indonesian), f.Describe(Language.English))));
        }

        // What a waiting entry waits for: the conditions met on its date, without repeating "waiting until" that date.
        ValueList<LocalizedText> WaitingFor(IEnumerable<CriterionFinding> findings, LocalDate? until)
        {
            var list = findings.ToList();
            _ = Reasons(list);
            return ValueList.From(list.Select(f => f.Date == until
                ? new LocalizedText(f.DescribeCondition(Language.Indonesian), f.DescribeCondition(Language.English))
                : new LocalizedText(f.Describe(Language.Indonesian), f.Describe(Language.English))));
        }

        TimelineStatus status;
        LocalDate? date = time?.Date;
        ValueList<LocalizedText> reasons;
        var assumptions = ValueList<LocalizedText>.Empty;
        switch (decision.Status)
        {
            case DecisionStatus.Eligible:
                status = TimelineStatus.MetSince;
                date ??= decision.Date;
                reasons = [];
                break;
            case DecisionStatus.NotYetEligible:
                status = TimelineStatus.WaitingUntil;
                date = decision.EligibleFrom;
                reasons = WaitingFor(decision.Blockers, date);
                assumptions = decision.Assumptions;
                break;
            case DecisionStatus.Ineligible:
                var hard = decision.Blockers.Where(b => b.Outcome is CriterionOutcome.NotMet or CriterionOutcome.NotApplicable && !b.Result.HasDate).ToList();
                status = hard.Count > 0 && hard.All(b => TimelineRights.DoesNotApply(kind, b.Code) || b.Descriptor.Kind == CriterionKind.TimeBased) ? TimelineStatus.NotApplicable : TimelineStatus.Blocked;
                reasons = Reasons(hard);
                break;
            default:
                status = TimelineStatus.Undetermined;
                reasons = Reasons(decision.Blockers.Where(b => b.Outcome == CriterionOutcome.Unknown));
                break;
        }

        LocalDate? end = null;
        if (kind == TimelineEntryKind.PreReleaseLeave && dates?.PreReleaseLeaveStart is { } start && status is TimelineStatus.MetSince or TimelineStatus.WaitingUntil)
        {
            // The window: as long as the last remission, at most 6 months, ending at the expiry; it opens once 2/3 is served.
            var opens = date is { } d && d > start ? d : start;
            var closes = dates.Expiry!.Value;
            date = opens;
            end = closes;
            var window = new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"cuti sebesar remisi terakhir, paling lama 6 bulan, dari {opens.ToIso()} sampai ekspirasi {closes.ToIso()}"),
                string.Create(CultureInfo.InvariantCulture, $"the leave is as long as the last remission, at most 6 months, from {opens.ToIso()} to the expiry on {closes.ToIso()}"));
            reasons = reasons.Add(window);
            if (status == TimelineStatus.MetSince && opens > decision.Date)
            {
                status = TimelineStatus.WaitingUntil;
            }
        }

        return new(kind, decision.PolicyTitle, status, date, end, reasons, ValueList.From(citations), assumptions, decision);
    }

    private static IEnumerable<TimelineEntry> RecordDates(InmateProfile profile, LocalDate date, SentenceDates? dates)
    {
        var expiryTitle = new LocalizedText("Tanggal ekspirasi (bebas murni)", "Expiry (full release)");
        var probationTitle = new LocalizedText("Akhir masa percobaan bila dibebaskan bersyarat", "End of probation if paroled");
        if (dates is null)
        {
            ValueList<LocalizedText> missing = [new("Pidana belum tercatat.", "The sentence is not recorded.")];
            yield return new(TimelineEntryKind.Expiry, expiryTitle, TimelineStatus.Undetermined, null, null, missing, [], [], null);
            yield return new(TimelineEntryKind.ProbationEnd, probationTitle, TimelineStatus.Undetermined, null, null, missing, [], [], null);
            yield break;
        }

        if (!dates.HasDates)
        {
            ValueList<LocalizedText> none = [dates.NoDatesReason!];
            yield return new(TimelineEntryKind.Expiry, expiryTitle, TimelineStatus.NotApplicable, null, null, none, [], [], null);
            yield return new(TimelineEntryKind.ProbationEnd, probationTitle, TimelineStatus.NotApplicable, null, null, none, [], [], null);
            yield break;
        }

        var expiry = dates.Expiry!.Value;
        var granted = profile.Sentence!.Remissions.Count;
        ValueList<LocalizedText> expiryAssumptions = [new(
            string.Create(CultureInfo.InvariantCulture, $"dengan asumsi hanya {granted} remisi yang sudah diberikan (remisi berikutnya ada dalam proyeksi)"),
            string.Create(CultureInfo.InvariantCulture, $"assuming only the {granted} remissions granted so far (the coming ones are in the outlook)"))];
        yield return date < expiry
            ? new(TimelineEntryKind.Expiry, expiryTitle, TimelineStatus.WaitingUntil, expiry, null, [], [ExpiryBasis], expiryAssumptions, null)
            : new(TimelineEntryKind.Expiry, expiryTitle, TimelineStatus.MetSince, expiry, null, [new(
                string.Create(CultureInfo.InvariantCulture, $"pidana berakhir pada {expiry.ToIso()}: bila masih ditahan, ditahan melewati ekspirasi"),
                string.Create(CultureInfo.InvariantCulture, $"the sentence ended on {expiry.ToIso()}: if still held, held past the expiry"))], [ExpiryBasis], [], null);
        if (dates.ProbationEnd is { } probationEnd)
        {
            yield return new(TimelineEntryKind.ProbationEnd, probationTitle, date < probationEnd ? TimelineStatus.WaitingUntil : TimelineStatus.MetSince, probationEnd, null, [], [ProbationBasis], [new("dengan asumsi dibebaskan bersyarat sebelum ekspirasi", "assuming parole before the expiry")], null);
        }
    }

    private static ValueList<DocumentDeadline> DeadlinesOf(List<Decision> decisions, LocalDate date, SentenceDates? dates)
    {
        var dueBy = dates?.Half?.Date;
        var found = new List<(Fact Fact, List<LocalizedText> Rights)>();
        foreach (var decision in decisions)
        {
            foreach (var finding in decision.Findings.Where(f => f.Descriptor.Kind == CriterionKind.Evidence))
            {
                foreach (var fact in finding.MissingFacts())
                {
                    var entry = found.Find(x => string.Equals(x.Fact.Code, fact.Code, StringComparison.Ordinal));
                    if (entry.Fact is null)
                    {
                        entry = (fact, []);
                        found.Add(entry);
                    }

                    if (!entry.Rights.Contains(decision.PolicyTitle))
                    {
                        entry.Rights.Add(decision.PolicyTitle);
                    }
                }
            }
        }

        return ValueList.From(found.Select(x => new DocumentDeadline(x.Fact.Code, x.Fact.Name, ValueList.From(x.Rights), dueBy, dueBy is { } due && date > due, DocumentsBasis)));
    }
}
