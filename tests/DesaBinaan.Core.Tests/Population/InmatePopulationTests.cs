using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Population;

public sealed class InmatePopulationTests
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    /// <summary>The policies a prepared population is asked about: the kernel's versions under several parameter sets, and versions it does not serve.</summary>
    public static TheoryData<string> Policies() => ["outside", "outside-no-minimum-security", "outside-child-fraction", "outside-one-third", "outside-risk", "outside-other-convention", "asimilasi", "asimilasi-as-columns", "outside-as-columns", "parole", "parole-other-convention", "conditional-leave", "pre-release", "family-visit", "remission"];

    // the design notes "Decide a population": a prepared population gives, at the same positions, what the roster path gives.
    [Theory]
    [MemberData(nameof(Policies))]
    public void Evaluate_VariedProfiles_EqualsRosterOverTheProfiles(string name)
    {
        var evaluator = Policy(name).Prepare(Today);
        var profiles = Varied(1_500, Today, seed: name.Length);
        var population = new InmatePopulation(profiles);

        var (expectedSummaries, expectedResults) = ByRoster(evaluator, profiles);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        population.Evaluate(evaluator, summaries, results);

        summaries.Should().Equal(expectedSummaries);
        results.Should().Equal(expectedResults);
    }

    // A count or a list of who is eligible needs only the summaries: they are those of the full evaluation.
    [Theory]
    [MemberData(nameof(Policies))]
    public void Evaluate_SummariesOnly_EqualsTheSummariesOfTheFullEvaluation(string name)
    {
        var (evaluator, profiles, population, full, _) = EvaluatedInFull(name, 1_500, seed: 3 * name.Length);

        var only = new EvaluationSummary[profiles.Length];
        population.Evaluate(evaluator, only);

        only.Should().Equal(full);
        only.Select(s => s.Status).Distinct().Should().HaveCountGreaterThan(1, "the varied profiles reach several statuses");
    }

    // A caller that computed one criterion's answers for its own use (the remission day: the remission rules' verdicts)
    // hands them to the batch path, which evaluates the others as columns: the same summaries as the full evaluation,
    // whichever criterion it is, a rule with exceptions whose branches later rules share included.
    [Theory]
    [MemberData(nameof(Policies))]
    public void EvaluateChunkKnowing_OneColumnGiven_EqualsTheFullEvaluation(string name)
    {
        var (evaluator, profiles, population, full, results) = EvaluatedInFull(name, 600, seed: 5 * name.Length);
        var n = evaluator.Version.Criteria.Count;
        var context = evaluator.Context;

        for (var k = 0; k < n; k++)
        {
            var known = new CriterionResult[profiles.Length];
            var forced = new CriterionResult[profiles.Length];
            for (var i = 0; i < profiles.Length; i++)
            {
                known[i] = results[(i * n) + k];
                forced[i] = CriterionResult.NotMet;
            }

            var summaries = new EvaluationSummary[profiles.Length];
            var forcedSummaries = new EvaluationSummary[profiles.Length];
            for (var start = 0; start < profiles.Length; start += CriterionColumns.Chunk)
            {
                var length = Math.Min(CriterionColumns.Chunk, profiles.Length - start);
                evaluator.Version.EvaluateChunkKnowing(population.Facts.Slice(start, length), profiles.AsSpan(start, length), in context, k, known.AsSpan(start, length), summaries.AsSpan(start, length));
                evaluator.Version.EvaluateChunkKnowing(population.Facts.Slice(start, length), profiles.AsSpan(start, length), in context, k, forced.AsSpan(start, length), forcedSummaries.AsSpan(start, length));
            }

            summaries.Should().Equal(full, "criterion {0} ({1}) given as its own results", k, evaluator.Version.Criteria[k].Descriptor.Code);
            forcedSummaries.Should().OnlyContain(x => (x.NotMetMask & (1UL << k)) != 0, "criterion {0} given as not met for everyone is read, not evaluated", k);
        }
    }

    [Fact]
    public void Evaluate_SummariesOnlyIntoAShortBuffer_IsRefusedNamingTheBuffer()
    {
        var population = new InmatePopulation(Varied(10, Today, seed: 1));

        var act = () => population.Evaluate(IndonesianPolicies.Parole.Prepare(Today), new EvaluationSummary[9]);

        act.Should().Throw<ArgumentException>().WithParameterName("summaries").WithMessage("*one summary per profile*");
    }

    // A population is evaluated column by column over its packed rows; each result must be what the criterion object
    // answers for that person alone, and each summary the summary of those answers, on every status.
    [Theory]
    [MemberData(nameof(Policies))]
    public void Evaluate_VariedProfiles_EqualsTheCriterionObjects(string name)
    {
        var evaluator = Policy(name).Prepare(Today);
        var profiles = Varied(1_500, Today, seed: 7 * name.Length);
        var population = new InmatePopulation(profiles);
        var k = evaluator.CriterionCount;
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        population.Evaluate(evaluator, summaries, results);

        var context = evaluator.Context;
        var plain = new CriterionResult[k];
        for (var i = 0; i < profiles.Length; i++)
        {
            for (var c = 0; c < k; c++)
            {
                plain[c] = evaluator.Version.Criteria[c].Evaluate(profiles[i], in context);
            }

            var expected = EvaluationSummary.From(evaluator.Version.EvaluateApplicability(profiles[i], in context), plain, context.DayNumber);
            summaries[i].Should().Be(expected, "profile {0} under {1}", i, name);
            results.AsSpan(i * k, k).ToArray().Should().Equal(plain, "profile {0} under {1}", i, name);
        }

        summaries.Select(s => s.Status).Distinct().Should().HaveCountGreaterThan(1, "the varied profiles reach several statuses");
    }

    [Fact]
    public void Evaluate_SyntheticPopulation_EqualsOneByOneDecisions()
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date));
        var profiles = SyntheticPopulation.Generate(400, Date);
        var evaluator = policy.Prepare(Date);
        var population = new InmatePopulation(profiles);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        population.Evaluate(evaluator, summaries, results);

        for (var i = 0; i < profiles.Length; i++)
        {
            var decision = evaluator.Decide(profiles[i]);
            summaries[i].Status.Should().Be(decision.Status, "subject {0}", profiles[i].SubjectId);
            summaries[i].EligibleFrom.Should().Be(decision.EligibleFrom);
            results.AsSpan(i * evaluator.CriterionCount, evaluator.CriterionCount).ToArray().Should().Equal(decision.Findings.Select(f => f.Result));
        }
    }

    // the design notes "Decide a population": the parallel mode writes exactly what the sequential one writes.
    [Theory]
    [InlineData("outside")]
    [InlineData("parole")]
    public void EvaluateParallel_ManyChunks_IdenticalToSequential(string name)
    {
        var evaluator = Policy(name).Prepare(Date);
        var population = new InmatePopulation(SyntheticPopulation.Generate(20_000, Date));
        var length = Roster.ResultLength(evaluator, population.Count);
        var (summaries, results) = (new EvaluationSummary[population.Count], new CriterionResult[length]);
        var (parallelSummaries, parallelResults) = (new EvaluationSummary[population.Count], new CriterionResult[length]);

        population.Evaluate(evaluator, summaries, results);
        population.EvaluateParallel(evaluator, parallelSummaries, parallelResults, maxDegreeOfParallelism: 2);

        parallelSummaries.Should().Equal(summaries);
        parallelResults.AsSpan().SequenceEqual(results).Should().BeTrue();
    }

    // The reporting views take a roster evaluation: the population gives the one the roster path gives over its profiles.
    [Theory]
    [InlineData("outside")]
    [InlineData("parole")]
    public void Evaluate_IntoRoster_EqualsRosterEvaluationOfTheProfiles(string name)
    {
        var evaluator = Policy(name).Prepare(Date);
        var profiles = SyntheticPopulation.Generate(3_000, Date);
        var population = new InmatePopulation(profiles);
        var expected = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(evaluator, profiles);

        foreach (var roster in new[] { population.Evaluate(evaluator), population.EvaluateParallel(evaluator) })
        {
            roster.Evaluator.Should().BeSameAs(evaluator);
            roster.Count.Should().Be(profiles.Length);
            roster.Subjects.ToArray().Should().Equal(profiles);
            roster.Summaries.ToArray().Should().Equal(expected.Summaries.ToArray());
            roster.AllResults.SequenceEqual(expected.AllResults).Should().BeTrue();
            Funnel.Of(roster).Statuses.Should().Be(Funnel.Of(expected).Statuses);
        }
    }

    [Fact]
    public void Evaluate_IntoRosterWithoutEvaluator_ThrowsNamingTheEvaluator()
    {
        var population = new InmatePopulation([Convict()]);

        var sequential = () => population.Evaluate(null!);
        var parallel = () => population.EvaluateParallel(null!);

        sequential.Should().Throw<ArgumentNullException>().WithParameterName("evaluator");
        parallel.Should().Throw<ArgumentNullException>().WithParameterName("evaluator");
    }

    [Fact]
    public void Evaluate_CallerStorage_AllocatesNothingPerProfile()
    {
        var evaluator = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date)).Prepare(Date);
        var population = new InmatePopulation(SyntheticPopulation.Generate(5_000, Date));
        var summaries = new EvaluationSummary[population.Count];
        var results = new CriterionResult[Roster.ResultLength(evaluator, population.Count)];
        population.Evaluate(evaluator, summaries, results);

        var before = GC.GetAllocatedBytesForCurrentThread();
        population.Evaluate(evaluator, summaries, results);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().BeLessThan(population.Count, "the population path allocates under one byte per profile");
    }

    [Fact]
    public void Constructor_NullProfile_ThrowsNamingTheProfiles()
    {
        var create = () => new InmatePopulation([Convict(), null!]);
        create.Should().Throw<ArgumentException>().WithParameterName("profiles");
        var none = () => new InmatePopulation(null!);
        none.Should().Throw<ArgumentNullException>().WithParameterName("profiles");
    }

    [Fact]
    public void Evaluate_BadArguments_Throw()
    {
        var evaluator = IndonesianPolicies.OutsideActivityFor(Activity()).Prepare(Today);
        var population = new InmatePopulation([Convict(), Convict()]);
        var k = evaluator.CriterionCount;

        var noEvaluator = () => population.Evaluate(null!, new EvaluationSummary[2], new CriterionResult[2 * k]);
        var summaries = () => population.Evaluate(evaluator, new EvaluationSummary[1], new CriterionResult[2 * k]);
        var results = () => population.Evaluate(evaluator, new EvaluationSummary[2], new CriterionResult[(2 * k) - 1]);
        var degree = () => population.EvaluateParallel(evaluator, new EvaluationSummary[2], new CriterionResult[2 * k], 0);

        noEvaluator.Should().Throw<ArgumentNullException>().WithParameterName("evaluator");
        summaries.Should().Throw<ArgumentException>().WithParameterName("summaries").WithMessage("*one summary per profile*");
        results.Should().Throw<ArgumentException>().WithParameterName("results").WithMessage("*one result per criterion*");
        degree.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
    }

    [Fact]
    public void Profiles_KeepTheOrderGiven()
    {
        var first = Convict();
        var second = Convict().WithSecurity(SecurityLevel.Medium);
        var population = new InmatePopulation([first, second]);

        population.Count.Should().Be(2);
        population.Profiles.Should().Equal(first, second);
        population.ToString().Should().Be("2 profiles");
    }

    private static (EvaluationSummary[] Summaries, CriterionResult[] Results) ByRoster(PolicyEvaluator<InmateProfile, RightsParameters> evaluator, InmateProfile[] profiles)
    {
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        Roster.Evaluate<InmateProfile, RightsParameters>(evaluator, profiles, summaries, results);
        return (summaries, results);
    }

    /// <summary>A policy prepared for today, varied profiles, their population and its full evaluation.</summary>
    private static (PolicyEvaluator<InmateProfile, RightsParameters> Evaluator, InmateProfile[] Profiles, InmatePopulation Population, EvaluationSummary[] Summaries, CriterionResult[] Results) EvaluatedInFull(string name, int count, int seed)
    {
        var evaluator = Policy(name).Prepare(Today);
        var profiles = Varied(count, Today, seed);
        var population = new InmatePopulation(profiles);
        var summaries = new EvaluationSummary[profiles.Length];
        var results = new CriterionResult[Roster.ResultLength(evaluator, profiles.Length)];
        population.Evaluate(evaluator, summaries, results);
        return (evaluator, profiles, population, summaries, results);
    }

    private static Policy<InmateProfile, RightsParameters> Policy(string name)
    {
        var outside = IndonesianPolicies.OutsideActivityFor(Activity());
        return name switch
        {
            "outside" => outside,
            "outside-no-minimum-security" => outside.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))),
            "outside-child-fraction" => outside.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithAsimilasi(p.SettingsOf<AsimilasiSettings>().WithChildThresholds(3, new SentenceTerm(0, 3, 0), Fraction.OneHalf)))),
            "outside-one-third" => outside.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithAsimilasi(p.SettingsOf<AsimilasiSettings>().WithChildThresholds(3, new SentenceTerm(0, 3, 0), new Fraction(1, 3))))),
            "outside-risk" => outside.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithAsimilasi(new AsimilasiSettings(requireRiskReduction: true, requireJusticeCollaborator: true)))),
            "outside-other-convention" => outside.WithParameters(p => p.WithConvention(CountingConvention.Default.WithFractionBasis("gross-fractions", FractionBasis.ImposedTermOnly))),
            "asimilasi" => IndonesianPolicies.Asimilasi,
            "asimilasi-as-columns" => AsColumns(IndonesianPolicies.Asimilasi),
            "outside-as-columns" => AsColumns(outside.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithAsimilasi(p.SettingsOf<AsimilasiSettings>().WithChildThresholds(3, new SentenceTerm(0, 3, 0), new Fraction(1, 3)))))),
            "parole" => IndonesianPolicies.Parole,
            "parole-other-convention" => IndonesianPolicies.Parole.WithParameters(p => p.WithConvention(CountingConvention.Default.WithFractionBasis("gross-fractions", FractionBasis.ImposedTermOnly))),
            "conditional-leave" => IndonesianPolicies.ConditionalLeave,
            "pre-release" => IndonesianPolicies.PreReleaseLeave,
            "remission" => IndonesianPolicies.Remission,
            "family-visit" => IndonesianPolicies.FamilyVisitLeave,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such policy in this test."),
        };
    }

    /// <summary>
    /// The same criteria and parameters in versions of a policy of one's own (the public constructor): evaluated over a
    /// population column by column, its rules with exceptions branch by branch, with no packed kernel.
    /// </summary>
    private static Policy<InmateProfile, RightsParameters> AsColumns(Policy<InmateProfile, RightsParameters> policy) => new(
        policy.Id + "-columns",
        policy.Title,
        policy.Versions.Select(v => new PolicyVersion<InmateProfile, RightsParameters>(v.Id, v.Title, v.Effective, v.Citations, v.Parameters, v.Criteria)));

    /// <summary>Profiles of every status, offence and evidence state; some with house arrest (credit segments), some computed under another convention, some life sentences.</summary>
    private static InmateProfile[] Varied(int count, LocalDate date, int seed)
    {
        var random = new Random(20260501 + seed);
        var offences = Enum.GetValues<OffenceCategory>();
        var statuses = Enum.GetValues<LegalStatus>();
        var other = CountingConvention.Default.WithFractionBasis("gross-fractions", FractionBasis.ImposedTermOnly);
        var profiles = new InmateProfile[count];
        for (var i = 0; i < count; i++)
        {
            var first = date.PlusDays(-random.Next(0, 3000));
            var term = new SentenceTerm(random.Next(0, 9), random.Next(1, 12), 0);
            Remission[] remissions = term.Years >= 1 && random.Next(3) == 0 ? [new Remission(first.PlusDays(200), new SentenceTerm(0, 1, 0), RemissionKind.General)] : [];
            SentenceHistory? sentence = random.Next(12) switch
            {
                0 => null,
                1 => new SentenceHistory([Sentence.Life], Detention.Continuous(first)),
                2 => new SentenceHistory([Sentence.Imprisonment(term)], new Detention(first, [new DetentionPeriod(DetentionKind.HouseArrest, new DateInterval(first, first.PlusDays(29)))])),
                _ => SentenceHistory.Imprisonment(first, term, remissions),
            };
            if (sentence is not null && sentence.HasDates && sentence.Remissions.Count > 0 && first.PlusDays(200) > date)
            {
                sentence = SentenceHistory.Imprisonment(first, term);
            }

            profiles[i] = new InmateProfile(
                new InmateId("V-" + i),
                statuses[random.Next(statuses.Length)],
                sentence,
                random.Next(12) == 0 ? null : offences[random.Next(offences.Length)],
                random.Next(6) == 0 ? null : (SecurityLevel)random.Next(1, 5),
                random.Next(8) == 0 ? null : random.Next(3) == 0 ? [Punishment(date.PlusDays(-random.Next(0, 400)), random.Next(0, 30))] : [],
                random.Next(6) == 0 ? null : random.Next(4) != 0,
                random.Next(5) == 0 ? null : random.Next(6) == 0,
                random.Next(10) == 0 ? null : random.Next(8) == 0 ? "MY" : "ID",
                evidence: AllEvidence.With(EvidenceKind.Litmas, (EvidenceStatus)random.Next(4)).With(EvidenceKind.FinePaid, (EvidenceStatus)random.Next(4)).With(EvidenceKind.Pledge, (EvidenceStatus)random.Next(4)).With(EvidenceKind.EmbassyGuarantee, (EvidenceStatus)random.Next(4)).With(EvidenceKind.JusticeCollaborator, (EvidenceStatus)random.Next(4)).With(EvidenceKind.RiskReduction, (EvidenceStatus)random.Next(4)),
                convention: random.Next(10) == 0 ? other : null);
        }

        return profiles;
    }

    /// <summary>A light punishment that ended on a day (within, at the edge of, or before each tier's conduct period) after some days.</summary>
    private static DisciplinaryRecord Punishment(LocalDate end, int days) => new(end.PlusDays(-days), DisciplinaryPunishment.Light, end);
}
