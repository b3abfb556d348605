using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// The national remission day in one call: for a 17 August (general remission, and the decennial remission in a decennial
/// year) or a religious holiday (special remission), each person's remission — due or not with the reason, the amount and
/// tier, whether it releases the person on the day — and the counts, into caller-provided buffers, in input order, with
/// no allocation per person.
/// </summary>
/// <remarks>
/// <para>Each row is the built-in remission policy (<see cref="IndonesianPolicies.Remission"/>) evaluated on the grant day,
/// and the amount is that of the same remission rules its time criterion reads (<see cref="RemissionEntitlements"/>):
/// due when every criterion is met; not due when the time conditions fail; blocked when another condition fails;
/// undetermined when a fact is not recorded.</para>
/// <para>The decennial remission (Keppres 120/1955) follows its own rule (<see cref="DecennialRemissionRule"/>) and the
/// policy's conditions other than the general remission's time conditions.</para>
/// <para>Prepare once per day with <see cref="For"/>; the instance is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RemissionDay
{
    private const string TimeCode = "remisi.time-served";

    private readonly PolicyEvaluator<InmateProfile, RightsParameters> evaluator;
    private readonly string[] codes;
    private readonly int timeIndex;
    private readonly CountingConvention convention;
    private readonly DecennialRemissionRule decennialRule;
    private readonly bool decennial;
    private readonly int grantDay;
    private readonly RemissionKind settingsKind;
    private readonly ReligiousHoliday? settingsHoliday;

    private RemissionDay(LocalDate date, ReligiousHoliday? holiday, DecennialRemissionRule rule, PolicyEvaluator<InmateProfile, RightsParameters> evaluator)
    {
        Date = date;
        Holiday = holiday;
        this.evaluator = evaluator;
        decennialRule = rule;
        convention = evaluator.Version.Parameters.CountingConvention;
        (settingsKind, settingsHoliday) = RemissionSettings.KindAndHoliday.From(evaluator.Version.Parameters);
        codes = [.. evaluator.Version.Criteria.Select(c => c.Descriptor.Code)];
        timeIndex = Array.IndexOf(codes, TimeCode);
        decennial = holiday is null && DecennialRemissionRule.IsDecennialYear(date.Year);
        grantDay = DayNumbers.FromDate(date);
    }

    /// <summary>Gets the grant day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the holiday of a special remission day, or null for 17 August.</summary>
    public ReligiousHoliday? Holiday { get; }

    /// <summary>Gets the kind of remission of the day: general on 17 August, special on a holiday.</summary>
    public RemissionKind Kind => Holiday is null ? RemissionKind.General : RemissionKind.Special;

    /// <summary>Gets whether the day also carries the decennial remission (17 August of a year ending in 5).</summary>
    public bool IsDecennial => decennial;

    /// <summary>Gets the id of the remission policy version in force on the day.</summary>
    public string VersionId => evaluator.Version.Id;

    /// <summary>Prepares a remission day.</summary>
    /// <param name="date">The grant day: 17 August for the general remission, or the holiday's date for a special one.</param>
    /// <param name="holiday">The holiday of a special remission, or null for 17 August.</param>
    /// <param name="decennial">The decennial remission's open points, or null for <see cref="DecennialRemissionRule.Default"/>.</param>
    /// <returns>The prepared day.</returns>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is not defined, the date of a general remission is not 17 August, or no version of the remission policy is in force on <paramref name="date"/>.</exception>
    public static RemissionDay For(LocalDate date, ReligiousHoliday? holiday = null, DecennialRemissionRule? decennial = null)
    {
        Guard.Against.UncountableDate(date);
        if (holiday is { } h)
        {
            Guard.Against.EnumOutOfRange(h, nameof(holiday));
        }
        else
        {
            Guard.Against.InvalidInput(date, nameof(date), IndependenceDay.Is, "The general remission is granted on 17 August (Keppres 174/1999 Pasal 3); give the holiday for a special remission.");
        }

        var policy = IndonesianPolicies.Remission;
        Guard.Against.InvalidInput(date, nameof(date), d => policy.TryGetVersion(d, out _), "No version of the remission policy is in force on that date.");
        if (holiday is not null)
        {
            policy = policy.WithParameters(p => p.WithSettings(p.SettingsOf<RemissionSettings>().ForHoliday(holiday.Value)));
        }

        return new RemissionDay(date, holiday, decennial ?? DecennialRemissionRule.Default, policy.Prepare(date));
    }

    /// <summary>Evaluates one person.</summary>
    /// <param name="profile">The person; must not be null.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public RemissionDayRow Evaluate(InmateProfile profile)
    {
        Guard.Against.Null(profile);
        Span<CriterionResult> results = stackalloc CriterionResult[PolicyVersion<InmateProfile, RightsParameters>.MaxCriteria];
        return Row(profile, results);
    }

    /// <summary>Evaluates every person of a population, in order, into a buffer; allocates nothing.</summary>
    /// <param name="population">The population; must not be null.</param>
    /// <param name="rows">Where to write each person's row; at least <see cref="InmatePopulation.Count"/> long.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is too short.</exception>
    public RemissionDayCounts Evaluate(InmatePopulation population, Span<RemissionDayRow> rows)
    {
        Check(population, rows.Length);
        EvaluateRange(population.Facts, population.Profiles.AsSpan(), rows);
        return RemissionDayCounts.Of(rows[..population.Count]);
    }

    /// <summary>Evaluates every person on several threads: the same rows at the same positions, and the same counts, as <see cref="Evaluate(InmatePopulation, Span{RemissionDayRow})"/>.</summary>
    /// <param name="population">The population; must not be null.</param>
    /// <param name="rows">Where to write each person's row; at least <see cref="InmatePopulation.Count"/> long.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of workers, or -1 for as many as the scheduler gives.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public RemissionDayCounts EvaluateParallel(InmatePopulation population, Memory<RemissionDayRow> rows, int maxDegreeOfParallelism = -1)
    {
        Check(population, rows.Length);
        Chunks.Run(population.Count, maxDegreeOfParallelism, (start, length) => EvaluateRange(population.Facts.Slice(start, length), population.Profiles.AsSpan().Slice(start, length), rows.Span.Slice(start, length)));
        return RemissionDayCounts.Of(rows.Span[..population.Count]);
    }

    /// <summary>Returns the day and its kind, such as <c>2025-08-17 General + decennial (remisi.2022)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Date.ToIso() + " " + Kind + (Holiday is { } h ? " " + h : string.Empty) + (decennial ? " + decennial" : string.Empty) + " (" + VersionId + ")";

    private void EvaluateRange(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, Span<RemissionDayRow> rows)
    {
        const int chunk = CriterionColumns.Chunk;
        var verdicts = System.Buffers.ArrayPool<RemissionVerdict>.Shared.Rent(chunk);
        Span<CriterionResult> known = stackalloc CriterionResult[chunk];
        Span<EvaluationSummary> summaries = stackalloc EvaluationSummary[chunk];
        Span<CriterionResult> results = stackalloc CriterionResult[PolicyVersion<InmateProfile, RightsParameters>.MaxCriteria];
        var context = evaluator.Context;
        try
        {
            for (var first = 0; first < profiles.Length; first += chunk)
            {
                var length = Math.Min(chunk, profiles.Length - first);
                var batch = profiles.Slice(first, length);
                var batchFacts = facts.Slice(first, length);
                try
                {
                    // The batch's sentence histories are read first in one short loop, so that the processor fetches them
                    // together (as the remission policy's time column does); then the remission rules' verdicts, which are
                    // the time criterion's results, the policy's other criteria as columns, and each person's row.
                    RuleCriterion.FetchHistories(batch);
                    for (var j = 0; j < length; j++)
                    {
                        known[j] = Verdict(in batchFacts[j], batch[j], in context, out verdicts[j]);
                    }

                    evaluator.Version.EvaluateChunkKnowing(batchFacts, batch, in context, timeIndex, known[..length], summaries);
                    for (var j = 0; j < length; j++)
                    {
                        rows[first + j] = Compose(in batchFacts[j], batch[j].Sentence, summaries[j], in verdicts[j]);
                    }
                }
                catch (Exception e) when (NotComputable.Is(e))
                {
                    // A person of this batch the arithmetic cannot count: the batch is decided one person at a time, that
                    // one undetermined (see Row); the other batches are not affected.
                    for (var j = 0; j < length; j++)
                    {
                        rows[first + j] = Row(batch[j], results);
                    }
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<RemissionVerdict>.Shared.Return(verdicts, clearArray: true);
        }
    }

    private RemissionDayRow Row(InmateProfile profile, Span<CriterionResult> results)
    {
        try
        {
            var context = evaluator.Context;
            var time = Verdict(in profile.Facts, profile, in context, out var verdict);
            var summary = evaluator.Version.EvaluateKnowing(profile, in context, results, timeIndex, time);
            return Compose(in profile.Facts, profile.Sentence, summary, in verdict);
        }
        catch (Exception e) when (NotComputable.Is(e))
        {
            return new RemissionDayRow(RemissionDayOutcome.Undetermined, NotComputable.Code, SentenceTerm.Zero, 0, false, decennial ? RemissionDayOutcome.Undetermined : RemissionDayOutcome.NotDue, SentenceTerm.Zero, false, false);
        }
    }

    /// <summary>The remission rules' answer for a person (the amount with it), and the time criterion's result it gives: computed once, read by the policy and for the amount.</summary>
    private CriterionResult Verdict(in InmateFacts facts, InmateProfile profile, in EvaluationContext<RightsParameters> context, out RemissionVerdict verdict)
    {
        if (profile.Sentence is not { } history)
        {
            verdict = default;
            return CriterionResult.Unknown;
        }

        verdict = RemissionTimeCriterion.Verdict(in facts, profile, history, in context, settingsKind, settingsHoliday, statusOnly: false);
        return RemissionTimeCriterion.Result(in verdict);
    }

    /// <summary>A person's row from the policy's summary and the remission rules' verdict (and, in a decennial year, the decennial remission's rules).</summary>
    private RemissionDayRow Compose(in InmateFacts facts, SentenceHistory? history, EvaluationSummary summary, in RemissionVerdict verdict)
    {
        var timeBit = 1UL << timeIndex;
        RemissionDayOutcome outcome;
        string? code;
        switch (summary.Status)
        {
            case DecisionStatus.Eligible:
                outcome = RemissionDayOutcome.Due;
                code = verdict.Code;
                break;
            case DecisionStatus.Undetermined:
                outcome = RemissionDayOutcome.Undetermined;
                code = summary.FirstBlocker >= 0 ? codes[summary.FirstBlocker] : verdict.Code;
                break;
            default:
                if ((summary.NotMetMask & timeBit) != 0)
                {
                    outcome = RemissionDayOutcome.NotDue;
                    code = verdict.Code;
                }
                else
                {
                    outcome = RemissionDayOutcome.Blocked;
                    code = codes[System.Numerics.BitOperations.TrailingZeroCount(summary.NotMetMask & ~timeBit)];
                }

                break;
        }

        var due = outcome == RemissionDayOutcome.Due;
        var amount = due ? verdict.Amount : SentenceTerm.Zero;
        var releases = due && verdict.Releases;
        var decennialOutcome = RemissionDayOutcome.NotDue;
        var decennialAmount = SentenceTerm.Zero;
        var decennialReleases = false;
        var released = releases;
        if (decennial)
        {
            if (history is null)
            {
                decennialOutcome = RemissionDayOutcome.Undetermined;
            }
            else if ((summary.NotMetMask & ~timeBit) != 0)
            {
                decennialOutcome = RemissionDayOutcome.Blocked;
            }
            else if ((summary.UnknownMask & ~timeBit) != 0)
            {
                decennialOutcome = RemissionDayOutcome.Undetermined;
            }
            else
            {
                // The religion decides only a special remission: the decennial one does not read it.
                var figures = RemissionTimeCriterion.Figures(in facts, history, convention);
                var tenth = RemissionEntitlements.Decide(history, in figures, Date, RemissionKind.Decennial, convention, null, null, null, decennialRule, grantDay);
                decennialOutcome = tenth.Status switch
                {
                    RemissionEntitlementStatus.Due => RemissionDayOutcome.Due,
                    RemissionEntitlementStatus.NotDue => RemissionDayOutcome.NotDue,
                    _ => RemissionDayOutcome.Undetermined,
                };
                if (decennialOutcome == RemissionDayOutcome.Due)
                {
                    decennialAmount = tenth.Amount;
                    decennialReleases = tenth.Releases;
                    var left = tenth.Expiry - grantDay;
                    released = releases || decennialReleases || (due && amount.ToDays(convention) + decennialAmount.ToDays(convention) >= left);
                }
            }
        }

        return new RemissionDayRow(outcome, code, amount, due ? verdict.Year : 0, releases, decennialOutcome, decennialAmount, decennialReleases, released);
    }

    private static void Check(InmatePopulation population, int rows)
    {
        Guard.Against.Null(population);
        Guard.Against.ShortBuffer(rows, population.Count, "one row per person of the population", nameof(rows));
    }
}
