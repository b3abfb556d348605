using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using DesaBinaan.Core.Timeline;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using static DesaBinaan.Core.Tests.Timeline.RightsTimelineTests;

namespace DesaBinaan.Core.Tests.Timeline;

/// <summary>The weekly views: the release outlook (1, 2, 3 months) and the overdue rights and held-past-expiry delays.</summary>
public sealed class RightsWatchTests
{
    private static readonly LocalDate Today = new(2026, 6, 20);

    // Detained 2025-01-02, 2 years: 2/3 (PB) on 2026-04-27, expiry 2027-01-02.
    private static readonly InmateProfile Eligible = Person(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2)), id: "WB-A");

    // Detained 2025-08-01, 1 year: expiry 2026-08-01 (within 2 months of 2026-06-20); CB at 2/3 (240 days) 2026-03-29, already met.
    private static readonly InmateProfile Leaving = Person(SentenceHistory.Imprisonment(new LocalDate(2025, 8, 1), SentenceTerm.FromYears(1)), id: "WB-B");

    // Detained 2025-07-01, 2 years: 1/2 (360 days) on 2026-06-26, within the first month: CMK and asimilasi.
    private static readonly InmateProfile Half = Person(SentenceHistory.Imprisonment(new LocalDate(2025, 7, 1), SentenceTerm.FromYears(2)), id: "WB-C");

    // Detained 2025-06-01, 1 year: expiry 2026-06-01, 19 days before the evaluation date, still on the roll.
    private static readonly InmateProfile Overstay = Person(SentenceHistory.Imprisonment(new LocalDate(2025, 6, 1), SentenceTerm.FromYears(1)), id: "WB-D");

    [Fact]
    public void ReleaseOutlook_ExpiryAndRightsInTheirMonth()
    {
        var rows = new ReleaseOutlookRow[4];
        var counts = RightsWatch.For(Today).ReleaseOutlook(new InmatePopulation([Eligible, Leaving, Half, Overstay]), rows);

        rows[0].Any.Should().BeFalse("parole was met on 2026-04-27 and the expiry is in 2027");
        rows[1].Expiry.Should().Be(2);
        rows[2].Within(TimelineEntryKind.FamilyVisitLeave).Should().Be(1);
        rows[2].Within(TimelineEntryKind.Asimilasi).Should().Be(1);
        rows[3].Expiry.Should().Be(0, "an expiry already past is not in the outlook");
        counts.Count(TimelineEntryKind.Expiry, 1).Should().Be(0);
        counts.Count(TimelineEntryKind.Expiry, 2).Should().Be(1);
        counts.Count(TimelineEntryKind.Asimilasi, 1).Should().Be(1);
    }

    [Fact]
    public void Overdue_EligibleDaysFromTheLatestDatedCondition_AndHeldPastExpiry()
    {
        var rows = new OverdueRow[4];
        var counts = RightsWatch.For(Today).Overdue(new InmatePopulation([Eligible, Leaving, Half, Overstay]), rows, moreThanDays: 30);

        rows[0].EligibleDays(TimelineEntryKind.Parole).Should().Be(54, "2/3 was served on 2026-04-27, 54 days before 2026-06-20");
        rows[0].EligibleDays(TimelineEntryKind.ConditionalLeave).Should().Be(-1, "CB is for a sentence of at most 1 year 6 months");
        rows[1].EligibleDays(TimelineEntryKind.ConditionalLeave).Should().Be(83, "2/3 of 360 days was served on 2026-03-29");
        rows[1].EligibleDays(TimelineEntryKind.Parole).Should().Be(53, "a 1-year sentence reaches parole after 9 months (270 days), on 2026-04-28");
        rows[2].EligibleDays(TimelineEntryKind.Asimilasi).Should().Be(-1);
        rows[3].HeldPastExpiryDays.Should().Be(19);
        counts.Count(TimelineEntryKind.Parole).Should().Be(2);
        counts.Count(TimelineEntryKind.ConditionalLeave).Should().Be(1);
        counts.HeldPastExpiry.Should().Be(1);
    }

    [Fact]
    public void Population_ParallelEqualsSequential()
    {
        var population = new InmatePopulation(SyntheticPopulation.Generate(9_000, Today));
        var watch = RightsWatch.For(Today);
        var outlook = new ReleaseOutlookRow[population.Count];
        var outlookParallel = new ReleaseOutlookRow[population.Count];
        var overdue = new OverdueRow[population.Count];
        var overdueParallel = new OverdueRow[population.Count];

        var a = watch.ReleaseOutlook(population, outlook);
        var b = watch.ReleaseOutlookParallel(population, outlookParallel, 2);
        var c = watch.Overdue(population, overdue, 90);
        var d = watch.OverdueParallel(population, overdueParallel, 90, 2);

        outlookParallel.Should().Equal(outlook);
        overdueParallel.Should().Equal(overdue);
        b.Should().Be(a);
        d.Should().Be(c);
        a.Count(TimelineEntryKind.Expiry, 3).Should().BeGreaterThan(0);
        c.Count(TimelineEntryKind.Asimilasi).Should().BeGreaterThan(0);
    }

    // The views over a population (each right's policy evaluated batch by batch, every criterion a column) say what each
    // person's own decisions say: a right not yet reached in the month of its date, an eligible right since the latest
    // day among its conditions met from a day. 700 people (three batches), one whose remission the parole policy's
    // convention cannot count (undetermined, so in neither view).
    [Fact]
    public void Population_EveryRowIsWhatEachPersonsOwnDecisionsSay()
    {
        var profiles = SyntheticPopulation.Generate(700, Today).ToArray();
        // One month from 1 May 2026 is 31 days in calendar months, so 30 days of remission on 2 May fit (30 left); in
        // 30-day months 29 are left that day.
        profiles[300] = AnInmate.Convict().WithId("WB-U").WithConvention(CountingConvention.CalendarMonths).WithSentence(
            ASentence.Of("1m").From(new LocalDate(2026, 5, 1)).WithRemission(new LocalDate(2026, 5, 2), "30d")).Build();
        var watch = RightsWatch.For(Today);
        var outlook = new ReleaseOutlookRow[profiles.Length];
        var overdue = new OverdueRow[profiles.Length];
        watch.ReleaseOutlook(new InmatePopulation(profiles), outlook);
        watch.Overdue(new InmatePopulation(profiles), overdue, 30);

        (TimelineEntryKind Kind, Policy<InmateProfile, RightsParameters> Policy)[] rights =
        [
            (TimelineEntryKind.FamilyVisitLeave, IndonesianPolicies.FamilyVisitLeave), (TimelineEntryKind.Asimilasi, IndonesianPolicies.Asimilasi),
            (TimelineEntryKind.ConditionalLeave, IndonesianPolicies.ConditionalLeave), (TimelineEntryKind.Parole, IndonesianPolicies.Parole),
            (TimelineEntryKind.PreReleaseLeave, IndonesianPolicies.PreReleaseLeave),
        ];
        var today = Today.ToDateOnly().DayNumber;
        foreach (var (kind, policy) in rights)
        {
            var evaluator = policy.Prepare(Today);
            for (var i = 0; i < profiles.Length; i++)
            {
                var decision = evaluator.Decide(profiles[i]);
                var month = decision.Status != DecisionStatus.NotYetEligible ? 0
                    : decision.EligibleFrom <= Today.PlusMonths(1) ? 1 : decision.EligibleFrom <= Today.PlusMonths(2) ? 2 : decision.EligibleFrom <= Today.PlusMonths(3) ? 3 : 0;
                outlook[i].Within(kind).Should().Be(month, "{0}'s {1} is {2}", profiles[i].Id, kind, decision.Status);
                var since = decision.Findings.Where(f => f.Result.Outcome == CriterionOutcome.Met && f.Result.HasDate).Select(f => f.Result.DayNumber).DefaultIfEmpty(-1).Max();
                var days = decision.Status != DecisionStatus.Eligible ? -1 : since < 0 ? 0 : today - since;
                overdue[i].EligibleDays(kind).Should().Be(days, "{0}'s {1} is {2}", profiles[i].Id, kind, decision.Status);
            }
        }

        IndonesianPolicies.Parole.Decide(profiles[300], Today).Status.Should().Be(DecisionStatus.Undetermined, "WB-U's remission cannot be counted in 30-day months");
        outlook.Count(r => r.Any).Should().BeGreaterThan(10);
        overdue.Count(r => r.EligibleDays(TimelineEntryKind.Asimilasi) > 0).Should().BeGreaterThan(10);
    }

    [Fact]
    public void Overdue_NegativeThreshold_Refused()
    {
        var act = () => RightsWatch.For(Today).Overdue(new InmatePopulation([Eligible]), new OverdueRow[1], -1);
        act.Should().Throw<ArgumentException>().WithParameterName("moreThanDays");
    }
}
