using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>
/// A new variant of a right, written as a user of the package writes it: in this one file, through public types only
/// (<see cref="RuleBlocks"/>, the built-in versions' criteria, <see cref="PolicyVersion{TSubject, TParameters}"/>).
/// The variant: a regional office's stricter CMB, with a conduct period of 12 months instead of the 9 of
/// Permenkumham 3/2018 as amended (docs/domain.md §9).
/// </summary>
public sealed class CustomRightTests
{
    private static readonly Citation Local = new("Keputusan Kakanwil (contoh)", null, "CMB: tanpa hukuman disiplin 12 bulan terakhir");

    private static readonly Policy<InmateProfile, RightsParameters> StricterPreReleaseLeave = new(
        "kanwil.cmb",
        new LocalizedText("Cuti menjelang bebas, syarat kelakuan 12 bulan", "Pre-release leave, 12 months' conduct"),
        IndonesianPolicies.PreReleaseLeave.Versions.Select(v => new PolicyVersion<InmateProfile, RightsParameters>(
            "kanwil." + v.Id,
            v.Title,
            v.Effective,
            v.Citations.Add(Local),
            v.Parameters,
            v.Criteria.Select(c => c.Descriptor.Code == "cmb.no-punishment"
                ? RuleBlocks.NoPunishmentFor("kanwil.cmb.no-punishment-12-months", new LocalizedText("Berkelakuan baik dalam 12 bulan terakhir", "Good behaviour in the last 12 months"), Local, months: 12)
                : c))));

    // Detained 2022-01-03 for 5 years (expiry 2026-12-04 after the remission; 2/3 = 1,200 − 30 days served on 2025-03-18),
    // a 1-month remission on 17 August 2023, a light punishment that ended on
    // 2025-02-20; everything else in order.
    internal static readonly InmateProfile Inmate = new(
        new InmateId("WB-CMB-1"),
        LegalStatus.Convict,
        SentenceHistory.Imprisonment(new LocalDate(2022, 1, 3), SentenceTerm.FromYears(5), new Remission(new LocalDate(2023, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General)),
        OffenceCategory.General,
        registerF: [new DisciplinaryRecord(new LocalDate(2025, 2, 10), DisciplinaryPunishment.Light, new LocalDate(2025, 2, 20))],
        activeInGuidance: true,
        hasPendingCase: false,
        nationality: "ID",
        evidence: EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee, EvidenceKind.CommunityAcceptance));

    private static readonly LocalDate Today = new(2025, 12, 1);

    [Fact]
    public void BuiltInCmb_NineMonthsWithoutPunishment_Eligible()
    {
        // 9 months = 270 days after 2025-02-20: met from 2025-11-18; 2/3 was reached on 2025-03-18.
        Inmate.KeyDates.TwoThirds.Should().Be(new LocalDate(2025, 3, 18));
        Inmate.KeyDates.Expiry.Should().Be(new LocalDate(2026, 12, 4));
        IndonesianPolicies.PreReleaseLeave.Decide(Inmate, Today).Status.Should().Be(DecisionStatus.Eligible);
    }

    [Fact]
    public void StricterCmb_TwelveMonthsWithoutPunishment_WaitsUntilTheLongerPeriodEnds()
    {
        var decision = StricterPreReleaseLeave.Decide(Inmate, Today);

        // 12 months at 30 days (the practice convention) = 360 days after the punishment ended on 2025-02-20.
        decision.Status.Should().Be(DecisionStatus.NotYetEligible);
        decision.EligibleFrom.Should().Be(new LocalDate(2026, 2, 16));
        var conduct = decision.Findings.Single(f => f.Descriptor.Code == "kanwil.cmb.no-punishment-12-months");
        conduct.Descriptor.Citation.Should().Be(Local);
        conduct.Facts.Single(f => f.Code == "conduct.required-days").Number.Should().Be(360);
    }

    [Fact]
    public void StricterCmb_KeepsEveryOtherConditionOfTheBuiltInRight()
    {
        var builtIn = IndonesianPolicies.PreReleaseLeave.Versions[^1].Criteria.Select(c => c.Descriptor.Code).ToList();
        var variant = StricterPreReleaseLeave.Versions[^1].Criteria.Select(c => c.Descriptor.Code).ToList();

        variant.Should().HaveCount(builtIn.Count);
        variant.Except(builtIn).Should().Equal("kanwil.cmb.no-punishment-12-months");
        builtIn.Except(variant).Should().Equal("cmb.no-punishment");
    }

    [Fact]
    public void FractionServedBlock_IsTheRuleOfTheBuiltInRight()
    {
        // CMK: 1/2 of the sentence served (Permenkumham 3/2018 Pasal 69 as amended; docs/domain.md §9).
        var block = RuleBlocks.FractionServed("local.half-served", new LocalizedText("Telah menjalani 1/2 masa pidana", "Has served 1/2 of the sentence"), Local, new Fraction(1, 2));
        var version = IndonesianPolicies.FamilyVisitLeave.VersionOn(Today);
        var context = new EvaluationContext<RightsParameters>(Today, version.Parameters, version.Id);

        var result = block.Evaluate(Inmate, in context);

        result.Outcome.Should().Be(CriterionOutcome.Met);
        result.Date.Should().Be(Inmate.KeyDates.Half);
    }

    [Fact]
    public void Blocks_RefuseBadValues_NamingTheParameter()
    {
        var title = new LocalizedText("Syarat", "Condition");
        FluentActions.Invoking(() => RuleBlocks.NoPunishmentFor("local.conduct", title, Local, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("months");
        FluentActions.Invoking(() => RuleBlocks.NoPunishmentFor("local.conduct", title, Local, 37)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("months").WithMessage("*1 to 36 months*");
        FluentActions.Invoking(() => RuleBlocks.NoPunishmentFor("local.conduct", title, Local, 36)).Should().NotThrow("36 months is the longest conduct period a right's settings may ask for");
        FluentActions.Invoking(() => RuleBlocks.FractionServed("local.served", title, Local, new Fraction(3, 2))).Should().Throw<ArgumentException>().WithParameterName("fraction");
        FluentActions.Invoking(() => RuleBlocks.EvidencePresent("local.evidence", title, Local)).Should().Throw<ArgumentException>().WithParameterName("kinds");
        FluentActions.Invoking(() => RuleBlocks.SentenceLength("Not A Code", title, Local, SentenceTerm.FromYears(1), atMost: false)).Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void StricterCmb_WithALocalCriterion_OverAPreparedPopulation_EqualsDecidingEachPerson()
    {
        // The built-in criteria and the building block read the population's packed facts; a criterion of the user's
        // own (here: a local list of people the office has not yet interviewed) is read from the profiles. Both are
        // columns of the same evaluation, which must give what deciding each person gives.
        var notInterviewed = new HashSet<string>(StringComparer.Ordinal) { "SYN-000007", "SYN-000011" };
        var local = new InterviewedCriterion(notInterviewed);
        var version = StricterPreReleaseLeave.Versions[^1];
        var withInterview = new Policy<InmateProfile, RightsParameters>(
            "kanwil.cmb.interview",
            new LocalizedText("CMB dengan wawancara", "CMB with an interview"),
            [new PolicyVersion<InmateProfile, RightsParameters>(version.Id + ".interview", version.Title, version.Effective, version.Citations, version.Parameters, version.Criteria.Add(local))]);
        var profiles = DesaBinaan.Pekalongan.Synthetic.SyntheticPopulation.Generate(600, Today);
        var evaluator = withInterview.Prepare(Today);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[profiles.Length * evaluator.CriterionCount];

        new DesaBinaan.Core.Rules.InmatePopulation(profiles).Evaluate(evaluator, summaries, results);

        for (var i = 0; i < profiles.Length; i++)
        {
            var decision = evaluator.Decide(profiles[i]);
            summaries[i].Status.Should().Be(decision.Status, "{0}", profiles[i].SubjectId);
            summaries[i].EligibleFrom.Should().Be(decision.EligibleFrom, "{0}", profiles[i].SubjectId);
            results[((i + 1) * evaluator.CriterionCount) - 1].Outcome.Should().Be(notInterviewed.Contains(profiles[i].SubjectId) ? CriterionOutcome.NotMet : CriterionOutcome.Met);
        }

        summaries.Select(s => s.Status).Distinct().Should().HaveCountGreaterThan(1, "the synthetic population reaches several statuses");
        profiles.Count(p => notInterviewed.Contains(p.SubjectId)).Should().Be(2, "both listed people are in the population");
    }

    /// <summary>A user's own criterion: the office has interviewed the person (a list it keeps itself).</summary>
    private sealed class InterviewedCriterion(HashSet<string> notInterviewed) : ICriterion<InmateProfile, RightsParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("kanwil.cmb.interviewed", new LocalizedText("Telah diwawancarai petugas Kanwil", "Interviewed by the regional office"), Local);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
            CriterionResult.FromBoolean(!notInterviewed.Contains(subject.SubjectId));

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [Fact.OfFlag("kanwil.interviewed", new LocalizedText("Diwawancarai", "Interviewed"), !notInterviewed.Contains(subject.SubjectId))]);
    }

}
