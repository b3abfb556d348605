using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Eligibility;

/// <summary>Decisions: status, eligible-from, assumptions, missing evidence, rendering and fingerprint (the design notes "Decide one person").</summary>
public sealed class DecisionTests
{
    private static readonly LocalDate Today = new(2026, 5, 1);

    [Fact]
    public void Decide_AllMet_Eligible()
    {
        var decision = Toy.Policy().Decide(Toy.Subject(half: Today.PlusDays(-1)), Today);
        decision.Status.Should().Be(DecisionStatus.Eligible);
        decision.EligibleFrom.Should().Be(Today);
        decision.Blockers.Should().BeEmpty();
        decision.Assumptions.Should().BeEmpty();
    }

    [Fact]
    public void Decide_OnlyTimeFails_NotYetEligibleFromDateWithAssumptions()
    {
        var decision = Toy.Policy().Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today);
        decision.Status.Should().Be(DecisionStatus.NotYetEligible);
        decision.EligibleFrom.Should().Be(new LocalDate(2026, 7, 14));
        decision.Assumptions.Should().ContainSingle().Which.English.Should().Be("assuming no new punishment");
        decision.Blockers.Should().ContainSingle().Which.Code.Should().Be("toy.half-served");
    }

    [Fact]
    public void Decide_EvidenceNotRecorded_UndeterminedListingIt()
    {
        // docs/domain.md §9: missing evidence means "undetermined", not "ineligible".
        var decision = Toy.Policy().Decide(Toy.Subject(half: Today.PlusDays(-1), report: null), Today);
        decision.Status.Should().Be(DecisionStatus.Undetermined);
        decision.EligibleFrom.Should().BeNull();
        decision.MissingEvidence.Should().ContainSingle().Which.Code.Should().Be("toy.report.value");
    }

    [Fact]
    public void Decide_EvidenceKnownFalse_Ineligible()
    {
        var decision = Toy.Policy().Decide(Toy.Subject(half: Today.PlusDays(-1), report: false), Today);
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.MissingEvidence.Should().BeEmpty();
        decision.Blockers.Should().ContainSingle().Which.Code.Should().Be("toy.report");
    }

    [Fact]
    public void Decide_KnownFailureAndMissingEvidence_IneligibleAndStillListsMissing()
    {
        var decision = Toy.Policy().Decide(Toy.Subject(half: null, report: false), Today);
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.Blockers.Select(b => b.Code).Should().Equal("toy.report", "toy.half-served");
        decision.MissingEvidence.Should().ContainSingle();
    }

    [Fact]
    public void Decide_TimeFailsAndEvidenceMissing_Undetermined()
    {
        var decision = Toy.Policy().Decide(Toy.Subject(half: Today.PlusDays(5), report: null), Today);
        decision.Status.Should().Be(DecisionStatus.Undetermined);
    }

    [Fact]
    public void Evaluate_AgreesWithDecide()
    {
        var evaluator = Toy.Policy().Prepare(Today);
        var subjects = new[]
        {
            Toy.Subject("a", half: Today.PlusDays(-1)),
            Toy.Subject("b", half: Today.PlusDays(3)),
            Toy.Subject("c", half: Today.PlusDays(3), special: true, twoThirds: Today.PlusDays(90)),
            Toy.Subject("d", half: null),
            Toy.Subject("e", half: Today, report: false),
        };
        Span<CriterionResult> results = stackalloc CriterionResult[evaluator.CriterionCount];
        foreach (var subject in subjects)
        {
            var summary = evaluator.Evaluate(subject, results);
            var decision = evaluator.Decide(subject);
            summary.Status.Should().Be(decision.Status);
            summary.EligibleFrom.Should().Be(decision.EligibleFrom);
            for (var i = 0; i < results.Length; i++)
            {
                results[i].Should().Be(decision.Findings[i].Result);
            }
        }
    }

    [Fact]
    public void Evaluate_Summary_MasksAndFirstBlocker()
    {
        var evaluator = Toy.Policy().Prepare(Today);
        var summary = evaluator.Evaluate(Toy.Subject(half: Today.PlusDays(3), report: false));
        summary.Status.Should().Be(DecisionStatus.Ineligible);
        summary.NotMetMask.Should().Be(0b11UL);
        summary.WaitingMask.Should().Be(0b01UL);
        summary.FirstBlocker.Should().Be(1);
    }

    [Fact]
    public void Evaluate_ShortResultSpan_Throws()
    {
        var evaluator = Toy.Policy().Prepare(Today);
        var act = () => evaluator.Evaluate(Toy.Subject(), new CriterionResult[1]);
        act.Should().Throw<ArgumentException>().WithParameterName("results");
    }

    [Fact]
    public void AlmostEligible_WithinHorizon_ListsByDateWithWhatTheyWaitFor()
    {
        var subjects = new[]
        {
            Toy.Subject("late", half: Today.PlusDays(45)),
            Toy.Subject("soon-b", half: Today.PlusDays(10)),
            Toy.Subject("soon-a", half: Today.PlusDays(10)),
            Toy.Subject("now", half: Today),
            Toy.Subject("missing", half: Today.PlusDays(5), report: null),
        };
        var almost = Toy.Policy().AlmostEligible(subjects, Today, 30);
        almost.Select(a => a.SubjectId).Should().Equal("soon-a", "soon-b");
        almost[0].DaysToWait.Should().Be(10);
        almost[0].WaitingFor.Should().ContainSingle().Which.Code.Should().Be("toy.half-served");
        almost[0].ToString().Should().Be("soon-a from 2026-05-11 (10 days): toy.half-served");
    }

    [Fact]
    public void Render_Indonesian_CitesArticlesAndConvention()
    {
        var text = Toy.Policy().Decide(Toy.Subject(half: new LocalDate(2026, 7, 14), special: false), Today).Render(Language.Indonesian);
        text.Should().StartWith("Keputusan: Belum memenuhi syarat, mulai 2026-07-14\n");
        text.Should().Contain("Konvensi penghitungan: 30 hari sebulan");
        text.Should().Contain("Dasar hukum: Toy 1/2000");
        text.Should().Contain("menunggu sampai 2026-07-14: Tanggal tercapai (tercatat: Tanggal: 2026-07-14; Toy 1/2000 Pasal 1) [toy.half-served]");
        text.Should().Contain("Asumsi: dengan asumsi tidak ada hukuman baru");
        text.Should().Contain("Sidik jari: ");
    }

    [Fact]
    public void Render_English_CitesArticlesAndConvention()
    {
        var text = Toy.Policy().Decide(Toy.Subject(half: Today.PlusDays(-3), report: null), Today).Render(Language.English);
        text.Should().StartWith("Decision: Undetermined\n");
        text.Should().Contain("Counting convention: 30 days a month");
        text.Should().Contain("met: Date reached (recorded: Date: 2026-04-28; Toy 1/2000 Pasal 1) [toy.half-served] — met since 2026-04-28");
        text.Should().Contain("not recorded: Condition toy.report (missing: Value; Toy 1/2000 Pasal 2) [toy.report]");
        text.Should().Contain("Value: not recorded");
        text.Should().Contain("Missing evidence: Value");
        text.Should().Contain("Policy: Toy policy, version toy.v2 (in force from 2023-01-01)");
    }

    [Fact]
    public void Fingerprint_IsPinned()
    {
        // the design notes: the same inputs give the same fingerprint on any machine (culture-invariant encoding).
        var decision = Toy.Policy().Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today);
        decision.CanonicalText().Should().Be(
            "desabinaan.decision/1\n"
            + "policy=toy\n"
            + "version=toy.v2\n"
            + "subject=S-1\n"
            + "date=2026-05-01\n"
            + "parameter=toy.require-report|1|1\n"
            + "parameter=toy.city|7|Pekalongan\n"
            + "0 criterion=toy.half-served|2|2026-07-14\n"
            + "0 fact=toy.half-served.date|5|2026-07-14\n"
            + "1 part=toy.special|2|-\n"
            + "1 fact=toy.special.value|1|0\n"
            + "0 criterion=toy.report|1|-\n"
            + "0 fact=toy.report.value|1|1\n");
        decision.Fingerprint.Should().Be("df7dbf32ebf65b31a5ba3c67aeb6b4d69462533f489b40f824f3997fa510b8a5");
    }

    // Issue 15: a population's rows and views do not pay for a hash they never ask for.
    [Fact]
    public void Fingerprint_IsComputedWhenFirstAskedFor()
    {
        var decision = Toy.Policy().Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today);
        var computed = typeof(Decision).GetField("computed", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(decision)!;
        var cached = computed.GetType().GetField("Fingerprint")!;

        cached.GetValue(computed).Should().BeNull();
        decision.Fingerprint.Should().Be("df7dbf32ebf65b31a5ba3c67aeb6b4d69462533f489b40f824f3997fa510b8a5");
        cached.GetValue(computed).Should().BeSameAs(decision.Fingerprint);
    }

    [Fact]
    public void Fingerprint_IndependentOfCurrentCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var arabic = Toy.Policy().Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today).Fingerprint;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("id-ID");
            var indonesian = Toy.Policy().Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today).Fingerprint;
            arabic.Should().Be(indonesian);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Fingerprint_ChangesWithFactsVersionAndDate()
    {
        var policy = Toy.Policy();
        var a = policy.Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today).Fingerprint;
        policy.Decide(Toy.Subject(half: new LocalDate(2026, 7, 15)), Today).Fingerprint.Should().NotBe(a);
        policy.Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today.PlusDays(1)).Fingerprint.Should().NotBe(a);
        policy.WithParameters(p => new ToyParameters(false, p.City)).Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today).Fingerprint.Should().NotBe(a);
        a.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Decision_Equality_ByValue()
    {
        var policy = Toy.Policy();
        var a = policy.Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today);
        EqualityAssert.Values(a, policy.Decide(Toy.Subject(half: new LocalDate(2026, 7, 14)), Today), policy.Decide(Toy.Subject(half: new LocalDate(2026, 7, 15)), Today));
        a.ToString().Should().Be("S-1: NotYetEligible from 2026-07-14 (toy.v2)");
    }

    [Theory]
    [InlineData(true, DecisionStatus.Eligible)]
    [InlineData(false, DecisionStatus.Ineligible)]
    [InlineData(null, DecisionStatus.Undetermined)]
    public void Decide_Applicability_DecidesWhetherThePolicyApplies(bool? applies, DecisionStatus expected)
    {
        var version = new PolicyVersion<ToySubject, ToyParameters>("toy.v", new("T", "T"), new DateInterval(Toy.Start, LocalDate.MaxIsoValue), [new Citation("Toy 1/2000")], new ToyParameters(true, "X"),
            [new FlagIs("toy.report", s => s.HasReport)], applicability: new FlagIs("toy.applies", s => s.Special));
        var policy = new Policy<ToySubject, ToyParameters>("toy", new("T", "T"), [version]);
        var decision = policy.Decide(Toy.Subject(special: applies), Today);
        decision.Status.Should().Be(expected);
        decision.Applicability!.Code.Should().Be("toy.applies");
        policy.Prepare(Today).Evaluate(Toy.Subject(special: applies)).Status.Should().Be(expected);
        if (expected == DecisionStatus.Ineligible)
        {
            decision.Blockers.Single().Code.Should().Be("toy.applies");
            decision.Render(Language.English).Should().Contain("Applicability:\n  not met: Condition toy.applies (recorded: Value: no; Toy 1/2000 Pasal 2)");
        }
    }

    [Fact]
    public void Labels_EveryMemberHasBothLanguages()
    {
        foreach (var value in Enum.GetValues<CriterionOutcome>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<DecisionStatus>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<CriterionKind>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<FactKind>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Fact_FormatsTypedValues()
    {
        var served = Fact.OfDaysOf("sentence.days-served", new("Masa dijalani", "Days served"), 412, 450);
        served.Format(Language.English).Should().Be("Days served: 412 of 450 days");
        served.Format(Language.Indonesian).Should().Be("Masa dijalani: 412 dari 450 hari");
        Fact.Missing("evidence.litmas", new("Litmas", "Litmas")).FormatValue(Language.Indonesian).Should().Be("tidak tercatat");
        EqualityAssert.Values(served, Fact.OfDaysOf("sentence.days-served", new("Masa dijalani", "Days served"), 412, 450), Fact.OfDaysOf("sentence.days-served", new("Masa dijalani", "Days served"), 413, 450));
    }
}
