using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using DesaBinaan.Core.Tests.Cooperation;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// Inputs the package once accepted and then failed on, or accepted although they mean nothing: each is now refused
/// where it enters, naming the parameter and the rule, or answered as data.
/// </summary>
public sealed class RefusedInputTests
{
    private static readonly LocalDate Today = ProducedTexts.Today;

    private static readonly LocalDate JulianNewYear = new(2025, 1, 1, CalendarSystem.Julian);

    [Fact]
    public void SentenceTerm_LongerThanTheCalendar_IsRefusedNamingThePart()
    {
        // No date of the ISO calendar (0001 to 9999) is 200,000,000 years from another.
        var act = () => SentenceHistory.Imprisonment(new LocalDate(2020, 1, 1), new SentenceTerm(200_000_000, 0, 0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years").WithMessage("*at most 10,000 years*");
        var days = () => SentenceTerm.FromDays(int.MaxValue);
        days.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void Supervision_OfTenThousandYears_IsRefusedByItsRule()
    {
        // UU 1/2023 Pasal 75: a supervision sentence is at most 3 years.
        var act = () => Sentence.Supervision(SentenceTerm.FromYears(10_000));
        act.Should().Throw<ArgumentException>().WithParameterName("term").WithMessage("*at most 3 years*");
    }

    [Fact]
    public void Remission_BeforeTheFirstCountableDay_NamesTheGrantDate()
    {
        var act = () => new Remission(LocalDate.MinIsoValue, SentenceTerm.FromDays(15), RemissionKind.Special);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("grantDate").WithMessage("*on or after 0001-01-01*");
    }

    [Fact]
    public void JulianDate_IsRefusedRatherThanConverted()
    {
        // A Julian 2025-01-01 is ISO 2025-01-14: converting it silently would shift every count by 13 days.
        var history = ASentence.WorkedExample().Build();
        var compute = () => SentenceCalculator.Compute(history, CountingConvention.Default, JulianNewYear);
        compute.Should().Throw<ArgumentException>().WithParameterName("asOf").WithMessage("*ISO calendar*Julian*");
        var decide = () => IndonesianPolicies.Asimilasi.Decide(AnInmate.Convict(), JulianNewYear);
        decide.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*ISO calendar*");
        var punishment = () => new DisciplinaryRecord(JulianNewYear, DisciplinaryPunishment.Light, JulianNewYear.PlusDays(6));
        punishment.Should().Throw<ArgumentException>().WithParameterName("imposed");
    }

    [Fact]
    public void AlmostEligible_WithinTheLargestNumberOfDays_IsAResult()
    {
        InmateProfile soon = AnInmate.Convict().Sentenced("2y").ServedHalfOn(Today.PlusDays(10));
        var almost = IndonesianPolicies.Asimilasi.AlmostEligible([soon], Today, int.MaxValue);
        almost.Should().ContainSingle().Which.DaysToWait.Should().Be(10);
    }

    [Fact]
    public void DetentionGap_EndingOnTheLastDate_IsRefusedNamingTheGap()
    {
        var act = () => Detention.Continuous(new LocalDate(9999, 1, 1)).WithGap(new DateInterval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue));
        act.Should().Throw<ArgumentException>().WithParameterName("gap").WithMessage("*before 9999-12-31*");
    }

    [Fact]
    public void EligibilityCalendar_OnTheLastDate_HasNoPeriodsLeft()
    {
        var roster = new InmatePopulation([AnInmate.Convict().WithId("WB-1").Build()]).Evaluate(IndonesianPolicies.Asimilasi.Prepare(LocalDate.MaxIsoValue));
        EligibilityCalendar.Of(roster, 90).Periods.Should().BeEmpty();
        var december = new InmatePopulation([AnInmate.Convict().WithId("WB-1").Build()]).Evaluate(IndonesianPolicies.Asimilasi.Prepare(new LocalDate(9999, 12, 1)));
        EligibilityCalendar.Of(december, 90).Periods[^1].Days.End.Should().Be(LocalDate.MaxIsoValue);
    }

    [Fact]
    public void AgreementsExpiringWithin_PastTheLastDate_IsAResult()
    {
        var portfolio = new PartnershipPortfolio([APartnership.DesaBinaan().Build()]);
        portfolio.AgreementsExpiringWithin(new LocalDate(9999, 12, 1), 90).Should().BeEmpty();
    }

    [Fact]
    public void CriterionResult_OfADayNumberPastTheLastDate_IsRefused()
    {
        var act = () => CriterionResult.MetSince(int.MaxValue).ToString();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dayNumber").WithMessage("*0 to 3652058*");
        CriterionResult.MetSince(GuardRulesLastDay).ToString().Should().Contain("9999-12-31");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Parallel_WithADegreeThatIsNeitherPositiveNorMinusOne_IsRefused(int degree)
    {
        // One rule for the population, the roster and the timeline: positive, or -1 for no limit (ParallelOptions).
        var population = new InmatePopulation([AnInmate.Convict().Build()]);
        var evaluator = IndonesianPolicies.Asimilasi.Prepare(Today);
        var act = () => population.EvaluateParallel(evaluator, new EvaluationSummary[1], new CriterionResult[12], degree);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism").WithMessage("The degree of parallelism must be positive, or -1 for no limit.*");
    }

    [Fact]
    public void CommunityServiceCounts_WithANegativeCount_AreRefusedNamingTheCount()
    {
        var act = () => new Core.CommunityService.CommunityServiceCounts(0, 0, -1, 0, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("atRisk").WithMessage("*must not be negative*");
    }

    [Fact]
    public void Labels_OfAValueThatIsNotDefined_NameTheValueAndItsType()
    {
        // One rule and one message for every switch over an enum of the package: a number cast to the enum is refused.
        var evidence = () => ((EvidenceKind)99).Label();
        var status = () => ((DecisionStatus)200).Label();
        var issue = () => ((StaffingIssue)7).Code();

        evidence.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("The value 99 is not a defined EvidenceKind: give one of its named values.*");
        status.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The value 200 is not a defined DecisionStatus*");
        issue.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The value 7 is not a defined StaffingIssue*");
    }

    [Fact]
    public void Settings_WithAFractionAboveOne_AreRefused()
    {
        // A fraction of a term served is at most the whole term.
        var act = () => new AsimilasiSettings(generalFraction: new Fraction(long.MaxValue, 1));
        act.Should().Throw<ArgumentException>().WithParameterName("generalFraction").WithMessage("*at most 1*");
        var parole = () => new ParoleSettings(fraction: new Fraction(3, 2));
        parole.Should().Throw<ArgumentException>().WithParameterName("fraction");
    }

    [Fact]
    public void Decide_WithAParoleMinimumOfTenThousandYears_IsADecision()
    {
        // Permenkumham 7/2022: parole needs two thirds served and at least the minimum; a minimum no one can serve is "not yet".
        var policy = IndonesianPolicies.Parole.WithParameters(p => p.WithSettings(new ParoleSettings(minimumServed: SentenceTerm.FromYears(10_000))));
        var decision = policy.Decide(AnInmate.Convict().Sentenced("6y").ServedTwoThirdsOn(new LocalDate(2026, 3, 1)), Today);
        decision.Status.Should().NotBe(DecisionStatus.Eligible);
    }

    [Fact]
    public void InmateProfile_WithAnAssimilationStartBeforeTheFirstCountableDay_IsRefused()
    {
        var act = () => new InmateProfile(new InmateId("WB-1"), LegalStatus.Convict, assimilationStart: LocalDate.MinIsoValue);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("assimilationStart");
    }

    [Fact]
    public void DefaultEvaluationContext_GivesUnknown_NotACrash()
    {
        // A context without a policy version's parameters decides nothing: every built-in criterion answers unknown.
        var profile = AnInmate.Convict().Build();
        foreach (var policy in IndonesianPolicies.All())
        {
            foreach (var criterion in policy.Versions[^1].Criteria)
            {
                criterion.Evaluate(profile, default).Should().Be(CriterionResult.Unknown, "{0} has no parameters to read", criterion.Descriptor.Code);
                criterion.Explain(profile, default).Result.Should().Be(CriterionResult.Unknown);
            }
        }
    }

    [Fact]
    public void Agreement_SignedAfterItsTermEnded_IsRefused()
    {
        var act = () => CooperationFixture.Pks(signedOn: new LocalDate(2026, 3, 1), term: new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31)));
        act.Should().Throw<ArgumentException>().WithParameterName("term").WithMessage("*signed on or before the last day of its term*");
    }

    [Fact]
    public void Attendee_WithTheDefaultPersonId_IsRefused()
    {
        var act = () => new Attendee(default, AnOfficial.KalapasPosition, PartnershipSide.Correctional, AttendeeRole.Chair);
        act.Should().Throw<ArgumentException>().WithParameterName("person").WithMessage("*person id*");
    }

    [Fact]
    public void EvidenceStatus_OfAnUndefinedKind_IsRefused()
    {
        // Kind 32 used to read the bits of kind 0.
        var file = EvidenceFile.Empty.With(EvidenceKind.Litmas, EvidenceStatus.Present);
        var act = () => file.Status((EvidenceKind)32);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Theory]
    [InlineData("3375034512900001")]
    [InlineData("33.75.03.1004 3375034512900001")]
    public void Parsers_NeverRepeatASixteenDigitNumber(string input)
    {
        // UU 27/2022: a NIK passed by mistake must not reach a log through a message.
        var messages = new List<string>();
        void Catch(Action parse)
        {
            try
            {
                parse();
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                messages.Add(e.Message);
            }
        }

        Catch(() => RegionCode.Parse(input));
        Catch(() => SentenceTerm.Parse(input));
        Catch(() => Sentence.Imprisonment(input));
        Catch(() => WeeklySchedule.Every(new DateInterval(Today, Today.PlusDays(30)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(9, 0), input));
        messages.Should().HaveCount(4);
        messages.Should().AllSatisfy(m => m.Should().NotMatchRegex("[0-9]{7}"));
        messages.Should().AllSatisfy(m => m.Should().Contain("##", "a long run of digits is masked"));
    }

    [Fact]
    public void Parsers_OfAMegabyte_SayWhatIsWrongBriefly()
    {
        var huge = new string('7', 1_000_000);
        var act = () => RegionCode.Parse(huge);
        act.Should().Throw<FormatException>().Which.Message.Length.Should().BeLessThan(200);
        var term = () => SentenceTerm.Parse(huge);
        term.Should().Throw<FormatException>().Which.Message.Should().Contain("1,000,000 characters");
    }

    [Fact]
    public void SupervisorChain_FortyThousandDeep_IsAccepted_AndACycleInItFound()
    {
        // Each institution supervises the next: a 40,000-deep chain once took two minutes to check. How much work the
        // check does is counted in ChainCheck_AsksEachParentOnce; the time is measured by ParentChainBenchmarks.
        const int depth = 40_000;
        var region = RegionCode.Parse("33");
        var institutions = Enumerable.Range(0, depth).Select(i => new Institution(new("i" + i), InstitutionKind.RegionalOffice, "Kantor " + i, region, supervisor: i == 0 ? null : new InstitutionId("i" + (i - 1)))).ToList();
        new InstitutionDirectory(institutions).Institutions.Should().HaveCount(depth);

        var cycle = institutions.Take(depth - 1).Append(new Institution(new("i" + (depth - 1)), InstitutionKind.RegionalOffice, "Kantor", region, supervisor: new InstitutionId("i" + (depth / 2)))).ToList();
        cycle[0] = new Institution(new("i0"), InstitutionKind.RegionalOffice, "Kantor 0", region, supervisor: new InstitutionId("i" + (depth - 1)));
        var act = () => new InstitutionDirectory(cycle);
        act.Should().Throw<ArgumentException>().WithParameterName("institutions").WithMessage("*cycle of supervisors*");
    }

    [Fact]
    public void OrganisationChart_FortyThousandDeep_IsAccepted_AndACycleInItFound()
    {
        const int depth = 40_000;
        var units = Enumerable.Range(0, depth).Select(i => new OrganisationUnit(new("u" + i), "Unit " + i, i == 0 ? UnitKind.HeadOffice : UnitKind.Section, i == 0 ? null : new UnitId("u" + (i - 1)))).ToList();
        new OrganisationChart(new InstitutionId("lapas"), units).Units.Should().HaveCount(depth);

        units[depth / 2] = new OrganisationUnit(new("u" + (depth / 2)), "Unit", UnitKind.Section, new UnitId("u" + (depth - 1)));
        var act = () => new OrganisationChart(new InstitutionId("lapas"), units);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*cycle of parents*");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(40_000)]
    public void ChainCheck_AsksEachParentOnce(int depth)
    {
        // The check behind InstitutionDirectory and OrganisationChart: whatever order the members come in (here the
        // deepest first, which made the old check walk the whole chain from every member), each parent is asked once.
        var asked = 0;
        var keys = Enumerable.Range(0, depth).Reverse().ToList();
        ParentChains.FindCycle(keys, k => { asked++; return k == 0 ? (int?)null : k - 1; }).Should().BeNull();
        asked.Should().Be(depth);

        asked = 0;
        ParentChains.FindCycle(keys, k => { asked++; return (int?)(k == 0 ? depth - 1 : k - 1); }).Should().NotBeNull();
        asked.Should().Be(depth);
    }

    private const int GuardRulesLastDay = 3_652_058;
}
