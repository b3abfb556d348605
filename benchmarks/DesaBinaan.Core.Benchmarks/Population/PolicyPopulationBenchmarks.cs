using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// Every built-in policy over the same deterministic synthetic population of 280,000 profiles on the same date as
/// <see cref="PopulationBenchmarks"/> (1 May 2026; remission is evaluated on that day as its grant day): per policy, a
/// hand-written loop over the packed facts (the baseline; <see cref="HandWrittenBaseline"/> for assimilation and the
/// outside activity, <see cref="HandWrittenPolicies"/> for the others, which read from the profile what the packed facts
/// do not hold, as the library's criteria do) against the library's population path writing the summaries only
/// (<see cref="InmatePopulation.Evaluate(PolicyEvaluator{InmateProfile, RightsParameters}, Span{EvaluationSummary})"/>)
/// and the same path with full per-criterion outcomes
/// (<see cref="InmatePopulation.Evaluate(PolicyEvaluator{InmateProfile, RightsParameters}, Span{EvaluationSummary}, Span{CriterionResult})"/>).
/// </summary>
/// <remarks>
/// The hand-written loops give the same answer as the library's summaries — per person the status, the eligible-from
/// day, the masks of the criteria not met, waiting for a day and unknown, and the first blocker — into their own array,
/// so <see cref="LibrarySummaries"/> is the like-for-like comparison; <see cref="Library"/> additionally writes every
/// criterion's result. The setup checks, for every person, that the hand-written summary equals the library's.
/// </remarks>
[MemoryDiagnoser]
public class PolicyPopulationBenchmarks
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    private InmateProfile[] profiles = [];
    private InmatePopulation population = null!;
    private PolicyEvaluator<InmateProfile, RightsParameters> evaluator = null!;
    private RightsParameters parameters = null!;
    private EvaluationSummary[] summaries = [];
    private CriterionResult[] results = [];
    private EvaluationSummary[] handWritten = [];
    private int today;

    /// <summary>Gets or sets the built-in policy measured.</summary>
    [Params("asimilasi", "outside-activity", "parole", "conditional-leave", "pre-release-leave", "family-visit-leave", "remission")]
    public string Policy { get; set; } = "asimilasi";

    [GlobalSetup]
    public void Setup()
    {
        profiles = SyntheticPopulation.Generate(PopulationBenchmarks.Size, Date);
        population = new InmatePopulation(profiles);
        var (policy, codes) = Policy switch
        {
            "asimilasi" => (IndonesianPolicies.Asimilasi, HandWrittenBaseline.Codes[..12]),
            "outside-activity" => (IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date)), HandWrittenBaseline.Codes),
            "parole" => (IndonesianPolicies.Parole, HandWrittenPolicies.ParoleCodes),
            "conditional-leave" => (IndonesianPolicies.ConditionalLeave, HandWrittenPolicies.ConditionalLeaveCodes),
            "pre-release-leave" => (IndonesianPolicies.PreReleaseLeave, HandWrittenPolicies.PreReleaseCodes),
            "family-visit-leave" => (IndonesianPolicies.FamilyVisitLeave, HandWrittenPolicies.FamilyVisitCodes),
            "remission" => (IndonesianPolicies.Remission, HandWrittenPolicies.RemissionCodes),
            _ => throw new InvalidOperationException("No hand-written loop for the policy " + Policy + "."),
        };
        evaluator = policy.Prepare(Date);
        parameters = evaluator.Version.Parameters;
        today = DayNumbers.FromDate(Date);
        var versionCodes = evaluator.Version.Criteria.Select(c => c.Descriptor.Code).ToArray();
        if (!versionCodes.SequenceEqual(codes))
        {
            throw new InvalidOperationException($"The hand-written loop of {Policy} expects the criteria {string.Join(", ", codes)}; {evaluator.Version.Id} has: {string.Join(", ", versionCodes)}");
        }

        if (evaluator.Version.Applicability is not null)
        {
            throw new InvalidOperationException($"The hand-written loop of {Policy} expects a version without an applicability condition; {evaluator.Version.Id} has one.");
        }

        var convention = parameters.CountingConvention;
        if (convention.MinimumServed == MinimumServed.WithRemissionCredit
            || parameters.Settings is RemissionSettings { Kind: not RemissionKind.General }
            || profiles.Any(p => !ReferenceEquals(p.Convention, convention) || p.Sentence is { } s && (!s.Detention.Segments.IsEmpty || s.Detention.LastDetentionStart != s.Detention.FirstDay)))
        {
            throw new InvalidOperationException("The hand-written loops expect every profile computed under the version's convention (least time served counted in custody), detentions without gaps or house/city arrest, and the general remission.");
        }

        summaries = new EvaluationSummary[PopulationBenchmarks.Size];
        results = new CriterionResult[Roster.ResultLength(evaluator, PopulationBenchmarks.Size)];
        handWritten = new EvaluationSummary[PopulationBenchmarks.Size];

        HandWritten();
        LibrarySummaries();
        var summariesOnly = summaries.ToArray();
        Library();
        if (!summariesOnly.AsSpan().SequenceEqual(summaries))
        {
            throw new InvalidOperationException($"{Policy}: the summaries written alone differ from those of the full evaluation.");
        }

        for (var i = 0; i < PopulationBenchmarks.Size; i++)
        {
            var hand = handWritten[i];
            var library = summaries[i];
            if (hand != library)
            {
                throw new InvalidOperationException(
                    $"{Policy}: the hand-written loop and the library disagree on {profiles[i].SubjectId}: hand-written {hand} (not met {hand.NotMetMask:X}, waiting {hand.WaitingMask:X}, unknown {hand.UnknownMask:X}, eligible from {hand.EligibleFromDayNumber}), "
                    + $"library {library} (not met {library.NotMetMask:X}, waiting {library.WaitingMask:X}, unknown {library.UnknownMask:X}, eligible from {library.EligibleFromDayNumber}).");
            }
        }
    }

    /// <summary>The hand-written loop of the policy: every person's summary, into its own array.</summary>
    /// <returns>The last person's status.</returns>
    [Benchmark(Baseline = true)]
    public DecisionStatus HandWritten()
    {
        var facts = population.Facts;
        switch (Policy)
        {
            case "asimilasi":
                HandWrittenBaseline.Evaluate(facts, parameters, today, handWritten, outside: false);
                break;
            case "outside-activity":
                HandWrittenBaseline.Evaluate(facts, parameters, today, handWritten);
                break;
            case "parole":
                HandWrittenPolicies.Parole(facts, profiles, parameters, today, handWritten);
                break;
            case "conditional-leave":
                HandWrittenPolicies.ConditionalLeave(facts, parameters, today, handWritten);
                break;
            case "pre-release-leave":
                HandWrittenPolicies.PreReleaseLeave(facts, profiles, parameters, today, handWritten);
                break;
            case "family-visit-leave":
                HandWrittenPolicies.FamilyVisitLeave(facts, parameters, today, handWritten);
                break;
            default:
                HandWrittenPolicies.Remission(facts, profiles, parameters, today, handWritten);
                break;
        }

        return handWritten[^1].Status;
    }

    /// <summary>The library writing every person's summary and every criterion's result.</summary>
    /// <returns>The last person's status.</returns>
    [Benchmark]
    public DecisionStatus Library()
    {
        population.Evaluate(evaluator, summaries, results);
        return summaries[^1].Status;
    }

    /// <summary>The library writing each person's summary only (status, eligible-from day, the three masks, first blocker): the same answer as the hand-written loop.</summary>
    /// <returns>The last person's status.</returns>
    [Benchmark]
    public DecisionStatus LibrarySummaries()
    {
        population.Evaluate(evaluator, summaries);
        return summaries[^1].Status;
    }
}
