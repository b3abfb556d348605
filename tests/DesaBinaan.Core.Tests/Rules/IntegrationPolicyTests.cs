using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>PB, CB, CMB, CMK and remission (docs/domain.md §9; Permenkumham 3/2018 as amended; Keppres 174/1999).</summary>
public sealed class IntegrationPolicyTests
{
    // PB: 2/3 served and at least 9 months (docs/domain.md §9).
    [Theory]
    [InlineData(2, 0, 480)]
    // Practice convention (docs/domain.md §8): a 10-month term (the expiry after 300 days), since 9 months now end on the
    // day the 9-month minimum is reached (next test); was 9 months under calendar months.
    [InlineData(0, 10, 270)] // 2/3 of 300 days is 200 < 270: the 9-month minimum decides
    public void Parole_TwoThirdsAtLeastNineMonths(int years, int months, int days)
    {
        var result = Result(IndonesianPolicies.Parole, "pb.two-thirds-served", Convict(term: new SentenceTerm(years, months, 0)));
        result.Date.Should().Be(new LocalDate(2025, 1, 2).PlusDays(days));
    }

    // Practice convention (docs/domain.md §8, §9): a 9-month term expires after 270 days (2025-09-29), the day the 9-month
    // minimum would be reached: not met, with no date to wait for. Under calendar months, a named alternative, it expires
    // on 2025-10-02 and parole is due on 2025-09-29 (the value before).
    [Fact]
    public void Parole_NineMonthMinimumOnTheExpiry_NotMetWithoutADate()
    {
        var profile = Convict(term: SentenceTerm.FromMonths(9));
        var on = new LocalDate(2025, 6, 1);
        var result = Result(IndonesianPolicies.Parole, "pb.two-thirds-served", profile, on);
        result.Outcome.Should().Be(CriterionOutcome.NotMet);
        result.HasDate.Should().BeFalse();
        var calendar = IndonesianPolicies.Parole.WithParameters(p => p.WithConvention(CountingConvention.CalendarMonths));
        Result(calendar, "pb.two-thirds-served", profile, on).Date.Should().Be(new LocalDate(2025, 9, 29));
    }

    [Fact]
    public void Parole_EverythingInOrder_Eligible()
    {
        IndonesianPolicies.Parole.Decide(Convict(), Today).Status.Should().Be(DecisionStatus.Eligible);
    }

    // PB, narcotics of 5 years or more: assimilation for at least 1/2 of the remaining term (from 2/3 to expiry).
    [Fact]
    public void Parole_NarcoticsFiveYears_NeedsAssimilationOfHalfTheRemainder()
    {
        var narcotics = Convict(firstDay: new LocalDate(2022, 1, 3), term: SentenceTerm.FromYears(6), offence: OffenceCategory.Narcotics);
        Result(IndonesianPolicies.Parole, "pb.narcotics.assimilation", narcotics).Outcome.Should().Be(CriterionOutcome.Unknown);
        var start = new LocalDate(2025, 6, 1);
        var withStart = new InmateProfile(narcotics.Id, narcotics.Status, narcotics.Sentence, narcotics.Offence, narcotics.Security, narcotics.RegisterF, true, false, "ID", evidence: AllEvidence, assimilationStart: start);
        var remaining = DayNumbers.FromDate(withStart.KeyDates.Expiry) - DayNumbers.FromDate(withStart.KeyDates.TwoThirds);
        var result = Result(IndonesianPolicies.Parole, "pb.narcotics.assimilation", withStart);
        result.Date.Should().Be(start.PlusDays((remaining + 1) / 2));
        Result(IndonesianPolicies.Parole, "pb.narcotics.assimilation", Convict()).Outcome.Should().Be(CriterionOutcome.NotApplicable);
    }

    // The remaining term starts on the day parole's own fraction is served: with parole set at 3/4, a narcotics convict
    // needs assimilation for 1/2 of the time from the 3/4 day to the expiry, not from the 2/3 day.
    [Fact]
    public void Parole_NarcoticsRemainingTerm_StartsOnParolesOwnFraction()
    {
        var narcotics = Convict(firstDay: new LocalDate(2022, 1, 3), term: SentenceTerm.FromYears(6), offence: OffenceCategory.Narcotics);
        var start = new LocalDate(2025, 6, 1);
        var withStart = new InmateProfile(narcotics.Id, narcotics.Status, narcotics.Sentence, narcotics.Offence, narcotics.Security, narcotics.RegisterF, true, false, "ID", evidence: AllEvidence, assimilationStart: start);
        var threeQuarters = new Fraction(3, 4);
        var policy = IndonesianPolicies.Parole.WithParameters(p => p.WithSettings(new ParoleSettings(fraction: threeQuarters)));
        var threeQuartersDay = SentenceCalculator.FractionDate(withStart.Sentence!, threeQuarters, withStart.Convention)!.Date;
        var remaining = DayNumbers.FromDate(withStart.KeyDates.Expiry) - DayNumbers.FromDate(threeQuartersDay);
        threeQuartersDay.Should().BeGreaterThan(withStart.KeyDates.TwoThirds, "3/4 of the term is served after 2/3 of it");
        Result(policy, "pb.narcotics.assimilation", withStart).Date.Should().Be(start.PlusDays((remaining + 1) / 2));
    }

    [Theory]
    [InlineData(EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData(EvidenceStatus.Absent, CriterionOutcome.NotMet)]
    [InlineData(EvidenceStatus.NotRecorded, CriterionOutcome.Unknown)]
    public void Parole_CommunityAcceptance(EvidenceStatus status, CriterionOutcome expected)
    {
        Result(IndonesianPolicies.Parole, "pb.community-acceptance", Convict().WithEvidence(EvidenceKind.CommunityAcceptance, status)).Outcome.Should().Be(expected);
    }

    // PB before 28 P/HUM/2021: justice collaborator for special offences; removed from the ruling's date.
    [Theory]
    [InlineData(2021, 10, 27, CriterionOutcome.Unknown)]
    [InlineData(2021, 10, 28, CriterionOutcome.NotApplicable)]
    public void Parole_JusticeCollaborator_RemovedOnTheRulingsDate(int y, int m, int d, CriterionOutcome expected)
    {
        var profile = Convict(firstDay: new LocalDate(2019, 1, 2), term: SentenceTerm.FromYears(8), offence: OffenceCategory.Corruption);
        var date = new LocalDate(y, m, d);
        IndonesianPolicies.Parole.VersionOn(date).Id.Should().Be(expected == CriterionOutcome.Unknown ? "pb.2018" : "pb.2021");
        Result(IndonesianPolicies.Parole, "pb.special.justice-collaborator", profile, date).Outcome.Should().Be(expected);
    }

    // CB: sentence at most 1 year 6 months; 2/3 served; good behaviour 6 months.
    [Theory]
    [InlineData(1, 6, CriterionOutcome.Met)]
    [InlineData(1, 7, CriterionOutcome.NotMet)]
    public void ConditionalLeave_SentenceAtMostEighteenMonths(int years, int months, CriterionOutcome expected)
    {
        Result(IndonesianPolicies.ConditionalLeave, "cb.sentence-at-most", Convict(firstDay: new LocalDate(2026, 1, 2), term: new SentenceTerm(years, months, 0))).Outcome.Should().Be(expected);
    }

    // CMB: 2/3 served, 9 months good behaviour, and a remission granted (its length is the last remission).
    [Fact]
    public void PreReleaseLeave_NeedsARemission()
    {
        Result(IndonesianPolicies.PreReleaseLeave, "cmb.has-remission", Convict()).Outcome.Should().Be(CriterionOutcome.NotMet);
        var withRemission = Convict().WithSentence(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2), new Remission(new LocalDate(2025, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General)));
        Result(IndonesianPolicies.PreReleaseLeave, "cmb.has-remission", withRemission).Outcome.Should().Be(CriterionOutcome.Met);
    }

    // CMB: a remission counts from its grant date on (the leave lasts as long as the last remission granted).
    [Theory]
    [InlineData(16, CriterionOutcome.NotMet)]
    [InlineData(17, CriterionOutcome.Met)]
    public void PreReleaseLeave_ARemissionCountsFromItsGrantDate(int day, CriterionOutcome expected)
    {
        var profile = Convict().WithSentence(SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2), new Remission(new LocalDate(2025, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General)));
        var on = new LocalDate(2025, 8, day);
        Result(IndonesianPolicies.PreReleaseLeave, "cmb.has-remission", profile, on).Outcome.Should().Be(expected);

        // The population path reads the same rule from the packed batch.
        var evaluator = IndonesianPolicies.PreReleaseLeave.Prepare(on);
        var index = evaluator.Version.IndexOf("cmb.has-remission");
        var summaries = new EvaluationSummary[2];
        var results = new CriterionResult[2 * evaluator.CriterionCount];
        new InmatePopulation([profile, Convict()]).Evaluate(evaluator, summaries, results);
        results[index].Outcome.Should().Be(expected);
        results[evaluator.CriterionCount + index].Outcome.Should().Be(CriterionOutcome.NotMet, "no remission has been granted");
    }

    // CMK: sentence at least 12 months, 1/2 served, good behaviour this year, no other case.
    [Theory]
    [InlineData(1, 0, CriterionOutcome.Met)]
    [InlineData(0, 11, CriterionOutcome.NotMet)]
    public void FamilyVisit_SentenceAtLeastTwelveMonths(int years, int months, CriterionOutcome expected)
    {
        Result(IndonesianPolicies.FamilyVisitLeave, "cmk.sentence-at-least", Convict(firstDay: new LocalDate(2026, 1, 2), term: new SentenceTerm(years, months, 0))).Outcome.Should().Be(expected);
    }

    [Fact]
    public void FamilyVisit_PunishmentThisYear_NotYetUntilNextYear()
    {
        var profile = Convict().WithRegisterF([new DisciplinaryRecord(new LocalDate(2026, 2, 1), DisciplinaryPunishment.Light, new LocalDate(2026, 2, 7))]);
        Result(IndonesianPolicies.FamilyVisitLeave, "cmk.good-conduct-this-year", profile).Should().Be(CriterionResult.NotMetUntil(DayNumbers.FromDate(new LocalDate(2027, 1, 1))));
    }

    [Theory]
    [InlineData(false, CriterionOutcome.Met)]
    [InlineData(true, CriterionOutcome.NotMet)]
    [InlineData(null, CriterionOutcome.Unknown)]
    public void FamilyVisit_NoOtherCase(bool? pending, CriterionOutcome expected)
    {
        Result(IndonesianPolicies.FamilyVisitLeave, "cmk.no-other-case", Convict().WithConduct(true, pending)).Outcome.Should().Be(expected);
    }

    // Remission: time conditions by Sentencing's entitlement computation (Keppres 174/1999 Pasal 7): more than 6 months served on the grant day.
    [Theory]
    [InlineData(2026, 1, 2, CriterionOutcome.Met)] // 227 days served on 17 August 2026: more than 6 months
    [InlineData(2026, 3, 1, CriterionOutcome.NotMet)] // 169 days served
    public void Remission_TimeServedOnTheGrantDay(int y, int m, int d, CriterionOutcome expected)
    {
        var grant = new LocalDate(2026, 8, 17);
        Result(IndonesianPolicies.Remission, "remisi.time-served", Convict(firstDay: new LocalDate(y, m, d)), grant).Outcome.Should().Be(expected);
    }

    // The remission policy's time criterion reads a profile's first figures (life or death, term, first day, expiry before
    // remissions) from its packed facts, and the history for the rest; the remission rules on the history alone
    // (RemissionEntitlements.Assess) give the same answer, under the profile's own convention and under another one.
    [Theory]
    [InlineData("under-six-months", false, CriterionOutcome.NotMet)] // 5 months: under 6 months (Keppres 174/1999 Pasal 12)
    [InlineData("served-too-little", false, CriterionOutcome.NotMet)] // detained 2026-03-01: 169 days served
    [InlineData("with-remission", false, CriterionOutcome.Met)] // 2 years from 2025-01-02, 1 month granted on 2025-08-17
    [InlineData("expired", false, CriterionOutcome.NotMet)] // 1 year from 2025-06-01: nothing left on the grant day
    [InlineData("life", false, CriterionOutcome.NotMet)] // no remission for a life sentence
    [InlineData("house-arrest", false, CriterionOutcome.Met)] // 2 years from 2025-10-01, four months of it under house arrest
    [InlineData("under-six-months", true, CriterionOutcome.NotMet)]
    [InlineData("served-too-little", true, CriterionOutcome.NotMet)]
    [InlineData("with-remission", true, CriterionOutcome.Met)]
    [InlineData("expired", true, CriterionOutcome.NotMet)]
    [InlineData("life", true, CriterionOutcome.NotMet)]
    [InlineData("house-arrest", true, CriterionOutcome.Met)]
    public void Remission_TimeCriterion_AgreesWithTheRemissionRulesOnTheHistory(string sentence, bool otherConvention, CriterionOutcome expected)
    {
        var grant = new LocalDate(2026, 8, 17);
        var history = sentence switch
        {
            "under-six-months" => SentenceHistory.Imprisonment(new LocalDate(2026, 1, 2), SentenceTerm.FromMonths(5)),
            "served-too-little" => SentenceHistory.Imprisonment(new LocalDate(2026, 3, 1), SentenceTerm.FromYears(2)),
            "with-remission" => SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2), new Remission(new LocalDate(2025, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General)),
            "expired" => SentenceHistory.Imprisonment(new LocalDate(2025, 6, 1), SentenceTerm.FromYears(1)),
            "life" => new SentenceHistory([Sentence.Life], Detention.Continuous(new LocalDate(2015, 1, 1))),
            _ => new SentenceHistory([Sentence.Imprisonment(SentenceTerm.FromYears(2))], new Detention(new LocalDate(2025, 10, 1), [new DetentionPeriod(DetentionKind.HouseArrest, new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2026, 1, 31)))])),
        };
        var convention = otherConvention ? CountingConvention.Default.WithFractionBasis("gross-fractions", FractionBasis.ImposedTermOnly) : CountingConvention.Default;
        var policy = otherConvention ? IndonesianPolicies.Remission.WithParameters(p => p.WithConvention(convention)) : IndonesianPolicies.Remission;
        var profile = Convict().WithSentence(history);

        var onHistory = RemissionEntitlements.Assess(history, grant, RemissionKind.General, convention);
        var result = Result(policy, "remisi.time-served", profile, grant);

        result.Outcome.Should().Be(expected);
        result.Outcome.Should().Be(onHistory.Status switch
        {
            RemissionEntitlementStatus.Due => CriterionOutcome.Met,
            RemissionEntitlementStatus.NotDue => CriterionOutcome.NotMet,
            _ => CriterionOutcome.Unknown,
        });
    }

    [Fact]
    public void Remission_LifeSentence_Ineligible()
    {
        var life = Convict().WithSentence(new SentenceHistory([Sentence.Life], Detention.Continuous(new LocalDate(2015, 1, 1))));
        var decision = IndonesianPolicies.Remission.Decide(life, new LocalDate(2026, 8, 17));
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.Blockers.Select(b => b.Code).Should().Contain("rights.life-or-death");
    }
}
