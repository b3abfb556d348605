using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Rules;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>Participation in an outside partnership activity (docs/domain.md §3, §7, §9).</summary>
public sealed class OutsideActivityPolicyTests
{
    private static Policy<InmateProfile, RightsParameters> For(ActivityEvaluationContext activity) => IndonesianPolicies.OutsideActivityFor(activity);

    [Fact]
    public void Decide_EligibleConvictCoveredActivity_Eligible()
    {
        var decision = For(Activity()).Decide(Convict(), Today);
        decision.Status.Should().Be(DecisionStatus.Eligible, decision.Render(Language.English));
        decision.Findings.Select(f => f.Code).Should().Contain(["rights.convict", "asimilasi.half-served", "activity.minimum-security", "activity.agreement-in-force", "activity.escort-capacity"]);
    }

    // Permenkumham 35/2018 and docs/domain.md §3: minimum security is a policy switch, on by default for outside activities.
    [Theory]
    [InlineData(SecurityLevel.Minimum, true, CriterionOutcome.Met)]
    [InlineData(SecurityLevel.Medium, true, CriterionOutcome.NotMet)]
    [InlineData(SecurityLevel.Maximum, true, CriterionOutcome.NotMet)]
    [InlineData(null, true, CriterionOutcome.Unknown)]
    [InlineData(SecurityLevel.Medium, false, CriterionOutcome.NotApplicable)]
    public void MinimumSecurity_Switch(SecurityLevel? level, bool required, CriterionOutcome expected)
    {
        var policy = For(Activity()).WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(required)));
        Result(policy, "activity.minimum-security", Convict().WithSecurity(level)).Outcome.Should().Be(expected);
    }

    [Fact]
    public void MinimumSecurity_OnInEveryBuiltInVersion()
    {
        IndonesianPolicies.OutsideActivity.Versions.Should().OnlyContain(v => v.Parameters.SettingsOf<OutsideActivitySettings>().RequireMinimumSecurity);
    }

    // Permenkumham 14/2023 (technical cooperation): the activity's scope must be covered by an agreement in force on the date.
    [Theory]
    [InlineData(true, CriterionOutcome.Met)]
    [InlineData(false, CriterionOutcome.NotMet)]
    [InlineData(null, CriterionOutcome.Unknown)]
    public void AgreementInForce_Table(bool? covered, CriterionOutcome expected)
    {
        Result(For(Activity(covered)), "activity.agreement-in-force", Convict()).Outcome.Should().Be(expected);
    }

    [Fact]
    public void AgreementInForce_ActivityAssessedForAnotherDate_Unknown()
    {
        Result(For(Activity(date: Today.PlusDays(-7))), "activity.agreement-in-force", Convict()).Outcome.Should().Be(CriterionOutcome.Unknown);
        Result(IndonesianPolicies.OutsideActivity, "activity.agreement-in-force", Convict()).Outcome.Should().Be(CriterionOutcome.Unknown);
    }

    // docs/domain.md §7: escorted activities; the plan's ratio is 1 officer per 3 inmates and its minimum group 5.
    [Theory]
    [InlineData(10, CriterionOutcome.Met)]
    [InlineData(2, CriterionOutcome.Met)] // 2 officers escort 6 ≥ 5
    [InlineData(1, CriterionOutcome.NotMet)] // 1 officer escorts 3 < 5
    [InlineData(0, CriterionOutcome.NotMet)]
    public void EscortCapacity_Table(int officers, CriterionOutcome expected)
    {
        Result(For(Activity(officers: officers)), "activity.escort-capacity", Convict()).Outcome.Should().Be(expected);
    }

    [Fact]
    public void Evidence_HostGuaranteeRequiredForOutsideActivity()
    {
        var profile = Convict().WithEvidence(EvidenceKind.HostGuarantee, EvidenceStatus.NotRecorded);
        Result(IndonesianPolicies.Asimilasi, "asimilasi.evidence", profile).Outcome.Should().Be(CriterionOutcome.Met);
        Result(For(Activity()), "asimilasi.evidence", profile).Outcome.Should().Be(CriterionOutcome.Unknown);
    }

    [Fact]
    public void Decide_MediumSecurity_IneligibleNamingTheSwitch()
    {
        var decision = For(Activity()).Decide(Convict().WithSecurity(SecurityLevel.Medium), Today);
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.Blockers.Should().ContainSingle().Which.Code.Should().Be("activity.minimum-security");
        decision.Render(Language.Indonesian).Should().Contain("tidak terpenuhi: Ditempatkan pada tingkat keamanan minimum (tercatat: Tingkat keamanan: Keamanan menengah; Permenkumham 35/2018) [activity.minimum-security]");
    }

    [Fact]
    public void Evaluate_NoAllocationPerSubject()
    {
        // the design notes performance budget: the population path allocates nothing per person.
        var evaluator = For(Activity()).Prepare(Today);
        var profiles = Enumerable.Range(0, 200).Select(i => Convict("WB-" + i)).ToArray();
        var results = new CriterionResult[evaluator.CriterionCount];
        evaluator.Evaluate(profiles[0], results);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var eligible = 0;
        foreach (var profile in profiles)
        {
            eligible += evaluator.Evaluate(profile, results).Status == DecisionStatus.Eligible ? 1 : 0;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        eligible.Should().Be(200);
    }

    [Fact]
    public void EvaluateMany_EqualsOneByOne()
    {
        // the design notes "Decide a population": the batch path gives the same results as one-by-one evaluation.
        var evaluator = For(Activity()).Prepare(Today);
        var profiles = new[]
        {
            Convict("a"),
            Convict("b", offence: OffenceCategory.Corruption),
            Convict("c").WithSecurity(SecurityLevel.Medium),
            Convict("d").WithRegisterF(null),
            Convict("e", firstDay: Today.PlusDays(-100)),
            Convict("f").WithStatus(LegalStatus.Child, OffenceCategory.General),
            new InmateProfile(new InmateId("g"), LegalStatus.Detainee),
        };
        var n = evaluator.CriterionCount;
        var results = new CriterionResult[profiles.Length * n];
        var summaries = new EvaluationSummary[profiles.Length];
        evaluator.EvaluateMany(profiles, results, summaries);
        var one = new CriterionResult[n];
        for (var i = 0; i < profiles.Length; i++)
        {
            summaries[i].Should().Be(evaluator.Evaluate(profiles[i], one));
            results.AsSpan(i * n, n).ToArray().Should().Equal(one);
        }
    }

    [Fact]
    public void PopulationEvaluation_EqualsEachCriterionAlone()
    {
        // A population is evaluated criterion by criterion over its packed rows, and a rule with exceptions evaluates each
        // branch only for the rows it decides; every result must be the criterion's own answer for that person.
        var random = new Random(20260429);
        var offences = Enum.GetValues<OffenceCategory>();
        var statuses = Enum.GetValues<LegalStatus>();
        foreach (var policy in new[] { For(Activity()), IndonesianPolicies.Asimilasi })
        {
            foreach (var date in new[] { Today, new NodaTime.LocalDate(2021, 3, 1) })
            {
                var evaluator = policy.Prepare(date);
                var profiles = new InmateProfile[700];
                for (var i = 0; i < profiles.Length; i++)
                {
                    profiles[i] = new InmateProfile(
                        new InmateId("R-" + i),
                        statuses[random.Next(statuses.Length)],
                        random.Next(15) == 0 ? null : DesaBinaan.Core.Sentencing.SentenceHistory.Imprisonment(date.PlusDays(-random.Next(0, 3000)), new DesaBinaan.Core.Sentencing.SentenceTerm(random.Next(0, 9), random.Next(1, 12), 0)),
                        random.Next(12) == 0 ? null : offences[random.Next(offences.Length)],
                        random.Next(6) == 0 ? null : (SecurityLevel)random.Next(1, 5),
                        random.Next(8) == 0 ? null : random.Next(3) == 0 ? [new DisciplinaryRecord(date.PlusDays(-random.Next(20, 400)), DisciplinaryPunishment.Light, date.PlusDays(-random.Next(0, 19)))] : [],
                        random.Next(6) == 0 ? null : random.Next(4) != 0,
                        false,
                        random.Next(10) == 0 ? null : random.Next(8) == 0 ? "MY" : "ID",
                        evidence: AllEvidence.With(EvidenceKind.Litmas, (EvidenceStatus)random.Next(4)).With(EvidenceKind.FinePaid, (EvidenceStatus)random.Next(4)).With(EvidenceKind.Pledge, (EvidenceStatus)random.Next(4)).With(EvidenceKind.EmbassyGuarantee, (EvidenceStatus)random.Next(4)));
                }

                var n = evaluator.CriterionCount;
                var results = new CriterionResult[profiles.Length * n];
                var summaries = new EvaluationSummary[profiles.Length];
                new InmatePopulation(profiles).Evaluate(evaluator, summaries, results);
                var context = evaluator.Context;
                var alone = new CriterionResult[n];
                for (var i = 0; i < profiles.Length; i++)
                {
                    for (var c = 0; c < n; c++)
                    {
                        alone[c] = evaluator.Version.Criteria[c].Evaluate(profiles[i], in context);
                    }

                    results.AsSpan(i * n, n).ToArray().Should().Equal(alone, "profile {0} on {1}", i, date);
                    summaries[i].Should().Be(EvaluationSummary.From(CriterionResult.Met, alone, context.DayNumber));
                }
            }
        }
    }
}
