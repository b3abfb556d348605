using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Tests.PublishedCases;
using DesaBinaan.Core.Timeline;
using NodaTime;

namespace DesaBinaan.Core.Tests.Timeline;

/// <summary>
/// One person's rights timeline (docs/domain.md §8–§9): the published cases whose record gives a parole or conditional-leave
/// date, an expiry and a probation end, then constructed cases for each right and each status.
/// </summary>
public sealed class RightsTimelineTests
{
    internal static readonly EvidenceFile AllEvidence = EvidenceFile.Empty.WithPresent(
        EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee, EvidenceKind.CommunityAcceptance);

    internal static InmateProfile Person(SentenceHistory history, Religion? religion = null, bool? guidance = true, EvidenceFile? evidence = null, string id = "WB-TL") =>
        new(new InmateId(id), LegalStatus.Convict, history, OffenceCategory.General, SecurityLevel.Minimum, registerF: [], activeInGuidance: guidance, hasPendingCase: false, nationality: "ID", evidence: evidence ?? AllEvidence, religion: religion);

    // The published parole and conditional-leave cases: on the day the person was released on parole (or leave), the
    // line of that right is met since the date the practice convention gives (the case's "computed" date).
    [Theory]
    [InlineData("ratna-sarumpaet-parole", TimelineEntryKind.Parole)]
    [InlineData("rizieq-shihab-parole", TimelineEntryKind.Parole)]
    [InlineData("jessica-wongso-parole", TimelineEntryKind.Parole)]
    [InlineData("edhy-prabowo-parole", TimelineEntryKind.Parole)]
    [InlineData("zumi-zola-parole", TimelineEntryKind.Parole)]
    [InlineData("richard-eliezer-conditional-leave", TimelineEntryKind.ConditionalLeave)]
    public void PublishedCase_OnTheReleaseDay_TheRightIsMetSinceItsDate(string id, TimelineEntryKind kind)
    {
        var c = PublishedCase.All.Single(x => x.Id == id);
        var released = PublishedCase.Date(c.Expected);
        var timeline = RightsTimeline.Build(Person(c.History()), released);

        var line = timeline[kind];
        line.Status.Should().Be(TimelineStatus.MetSince, "{0} was released under that right on {1}", c.Person, c.Expected);
        line.Date.Should().Be(PublishedCase.Date(c.Computed!), "the practice convention puts the date of {0} on {1}", c.Person, c.Computed);
    }

    // Ratna Sarumpaet (kumparan, 26 Dec 2019): 2/3 on 2019-12-14, out on parole 2019-12-26, expiry 2020-08-21, probation to 2021-08-21.
    [Fact]
    public void RatnaSarumpaet_OnTheParoleDay_ParoleExpiryAndProbationEndInOrder()
    {
        var c = PublishedCase.All.Single(x => x.Id == "ratna-sarumpaet-parole");
        var timeline = RightsTimeline.Build(Person(c.History()), new LocalDate(2019, 12, 26));

        timeline[TimelineEntryKind.Parole].Date.Should().Be(new LocalDate(2019, 12, 14));
        timeline[TimelineEntryKind.Expiry].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2020, 8, 21));
        timeline[TimelineEntryKind.ProbationEnd].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2021, 8, 21));
        var dated = timeline.Entries.Where(e => e.Date is not null).Select(e => e.Date!.Value).ToList();
        dated.Should().BeInAscendingOrder();
        timeline.Entries.ToList().IndexOf(timeline[TimelineEntryKind.Parole]).Should().BeLessThan(timeline.Entries.ToList().IndexOf(timeline[TimelineEntryKind.ProbationEnd]));
    }

    // Rizieq Shihab (Kompas, 20 Jul 2022): 2/3 on 2022-07-15, paroled 2022-07-20, expiry 2023-06-10, probation to 2024-06-10.
    [Fact]
    public void RizieqShihab_OnTheParoleDay_ParoleMetSinceTwoThirds_ProbationToJune2024()
    {
        var c = PublishedCase.All.Single(x => x.Id == "rizieq-shihab-parole");
        var timeline = RightsTimeline.Build(Person(c.History(), Religion.Islam), new LocalDate(2022, 7, 20));

        timeline[TimelineEntryKind.Parole].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.MetSince && e.Date == new LocalDate(2022, 7, 15));
        timeline[TimelineEntryKind.Expiry].Date.Should().Be(new LocalDate(2023, 6, 10));
        timeline[TimelineEntryKind.ProbationEnd].Date.Should().Be(new LocalDate(2024, 6, 10));
    }

    // Jerinx: 10 months, no remission, released 2021-06-08. CMK needs 12 months; CMB needs a remission; CB (at most 1 year 6
    // months) at 2/3 of 300 days = 200 days; PB at 2/3 but at least 9 months = 270 days.
    [Fact]
    public void Jerinx_TenMonthsNoRemission_CmkAndCmbNotApplicable_CbAndPbDated()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2020, 8, 12), SentenceTerm.FromMonths(10));
        var timeline = RightsTimeline.Build(Person(history), new LocalDate(2020, 10, 1));

        timeline[TimelineEntryKind.FamilyVisitLeave].Status.Should().Be(TimelineStatus.NotApplicable);
        timeline[TimelineEntryKind.PreReleaseLeave].Status.Should().Be(TimelineStatus.NotApplicable);
        timeline[TimelineEntryKind.ConditionalLeave].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2020, 8, 12).PlusDays(200));
        timeline[TimelineEntryKind.Parole].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2020, 8, 12).PlusDays(270));
        timeline[TimelineEntryKind.Expiry].Date.Should().Be(new LocalDate(2021, 6, 8));
    }

    // The worked example (docs/domain.md §8): 1/2 on 2025-05-23, 2/3 on 2025-08-21, expiry 2026-06-27, probation to
    // 2027-06-27, pre-release leave (the last remission, 2 months) from 2026-04-28 to the expiry.
    [Fact]
    public void WorkedExample_AfterTwoThirds_EveryRightDated()
    {
        var history = SentenceHistory.Imprisonment(
            new LocalDate(2024, 3, 14),
            new SentenceTerm(2, 6, 0),
            new Remission(new LocalDate(2024, 12, 25), SentenceTerm.FromDays(15), RemissionKind.Special),
            new Remission(new LocalDate(2025, 8, 17), SentenceTerm.FromMonths(2), RemissionKind.General));
        var timeline = RightsTimeline.Build(Person(history, Religion.Christianity), new LocalDate(2025, 9, 1));

        timeline[TimelineEntryKind.FamilyVisitLeave].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.MetSince && e.Date == new LocalDate(2025, 5, 23));
        timeline[TimelineEntryKind.Asimilasi].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.MetSince && e.Date == new LocalDate(2025, 5, 23));
        timeline[TimelineEntryKind.Parole].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.MetSince && e.Date == new LocalDate(2025, 8, 21));
        timeline[TimelineEntryKind.ConditionalLeave].Status.Should().Be(TimelineStatus.NotApplicable, "CB is for a sentence of at most 1 year 6 months");
        timeline[TimelineEntryKind.PreReleaseLeave].Should().Match<TimelineEntry>(e => e.Date == new LocalDate(2026, 4, 28) && e.End == new LocalDate(2026, 6, 27));
        timeline[TimelineEntryKind.Expiry].Date.Should().Be(new LocalDate(2026, 6, 27));
        timeline[TimelineEntryKind.ProbationEnd].Date.Should().Be(new LocalDate(2027, 6, 27));
    }

    // Constructed: detained 2025-01-02, 2 years (1/2 after 360 days on 2025-12-28, 2/3 after 480 days on 2026-04-27,
    // expiry 2027-01-02), evaluated on 2025-06-01: the time conditions are waited for, with their assumptions.
    [Fact]
    public void Constructed_BeforeHalf_CmkAsimilasiAndPbWaitUntilTheirDates()
    {
        var timeline = RightsTimeline.Build(Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2))), new LocalDate(2025, 6, 1));

        timeline[TimelineEntryKind.FamilyVisitLeave].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2025, 12, 28));
        timeline[TimelineEntryKind.Asimilasi].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2025, 12, 28));
        var parole = timeline[TimelineEntryKind.Parole];
        parole.Status.Should().Be(TimelineStatus.WaitingUntil);
        parole.Date.Should().Be(new LocalDate(2026, 4, 27));
        parole.Assumptions.Should().NotBeEmpty("a future date holds only under assumptions (no new punishment, the sentence unchanged)");
        parole.Citations.Should().Contain(c => c.Instrument == "Permenkumham 3/2018");
        timeline[TimelineEntryKind.ConditionalLeave].Status.Should().Be(TimelineStatus.NotApplicable);
        timeline[TimelineEntryKind.PreReleaseLeave].Status.Should().Be(TimelineStatus.NotApplicable, "no remission yet: the leave is as long as the last remission");
    }

    // CB constructed: 1 year (360 days), 2/3 = 240 days from 2025-01-02 = 2025-08-30.
    [Fact]
    public void Constructed_OneYear_ConditionalLeaveAtTwoThirds()
    {
        var timeline = RightsTimeline.Build(Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(1))), new LocalDate(2025, 6, 1));

        timeline[TimelineEntryKind.ConditionalLeave].Should().Match<TimelineEntry>(e => e.Status == TimelineStatus.WaitingUntil && e.Date == new LocalDate(2025, 8, 30));
    }

    [Fact]
    public void Constructed_NotActiveInGuidance_RightsBlockedBecauseOfIt()
    {
        var timeline = RightsTimeline.Build(Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2)), guidance: false), new LocalDate(2026, 6, 1));

        var parole = timeline[TimelineEntryKind.Parole];
        parole.Status.Should().Be(TimelineStatus.Blocked);
        parole.Date.Should().Be(new LocalDate(2026, 4, 27), "the line still shows the date of the time condition");
        parole.Reasons.Should().ContainSingle().Which.English.Should().StartWith("not met:");
        parole.Describe(Language.English).Should().Contain("blocked (").And.Contain("because not met:");
        parole.Describe(Language.Indonesian).Should().Contain("terhalang (").And.Contain("karena tidak terpenuhi:");
    }

    // The documents are requested on admission and due by the 1/2 date (2025-12-28 here): on 2026-01-10 they are late.
    [Fact]
    public void Constructed_DocumentsNotRecorded_UndeterminedWithDeadlineAtHalf()
    {
        var timeline = RightsTimeline.Build(Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2)), evidence: EvidenceFile.Empty), new LocalDate(2026, 1, 10));

        timeline[TimelineEntryKind.Asimilasi].Status.Should().Be(TimelineStatus.Undetermined);
        timeline.Deadlines.Should().NotBeEmpty();
        timeline.Deadlines.Should().OnlyContain(d => d.DueBy == new LocalDate(2025, 12, 28) && d.Overdue);
        timeline.Deadlines.Should().Contain(d => d.Code == "evidence.litmas");
        timeline.Deadlines.Select(d => d.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Constructed_PastTheExpiry_ExpiryMetSinceWithHeldPastExpiryReason()
    {
        var timeline = RightsTimeline.Build(Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(1))), new LocalDate(2026, 1, 10));

        var expiry = timeline[TimelineEntryKind.Expiry];
        expiry.Status.Should().Be(TimelineStatus.MetSince);
        expiry.Date.Should().Be(new LocalDate(2026, 1, 2));
        expiry.Reasons.Single().English.Should().Contain("held past the expiry");
    }

    [Fact]
    public void NoSentenceRecorded_DatesUndetermined_OutlookNotDetermined()
    {
        var profile = new InmateProfile(new InmateId("WB-NS"), LegalStatus.Convict);
        var timeline = RightsTimeline.Build(profile, new LocalDate(2026, 1, 10));

        timeline[TimelineEntryKind.Expiry].Status.Should().Be(TimelineStatus.Undetermined);
        timeline.Outlook.IsDetermined.Should().BeFalse();
    }

    [Fact]
    public void Render_EachLanguageAlone_LabelsTheOutlookAsAProjection()
    {
        var timeline = RightsTimeline.Build(Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2)), Religion.Islam), new LocalDate(2025, 6, 1));

        var id = timeline.Render(Language.Indonesian);
        var en = timeline.Render(Language.English);
        id.Should().Contain("Linimasa hak WB-TL per 2025-06-01").And.Contain("PROYEKSI").And.NotContain("waiting until").And.NotContain("Projection");
        en.Should().Contain("Rights timeline of WB-TL on 2025-06-01").And.Contain("PROJECTION").And.NotContain("menunggu sampai").And.NotContain("Proyeksi");
    }

    [Fact]
    public void Build_NullProfile_Throws()
    {
        var act = () => RightsTimeline.Build(null!, new LocalDate(2026, 1, 1));
        act.Should().Throw<ArgumentNullException>().WithParameterName("profile");
    }
}
