using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// The views a corrections office runs every week over a population, on one date: the <b>release outlook</b> (who reaches
/// the expiry, and who reaches each right's date, in the next 1, 2 and 3 months) and the <b>overdue rights</b> (who has
/// been eligible for a right for more than N days, and who is held past the expiry on the record). Rows go into
/// caller-provided buffers, in input order, with no allocation per person; the parallel forms give the same rows.
/// </summary>
/// <remarks>
/// <para>Each right is the built-in policy in force on the date (<see cref="IndonesianPolicies"/>: CMK, asimilasi, CB, PB,
/// CMB), evaluated without explanation: a right's date is the eligible-from date of a person not yet eligible; the day a
/// person became eligible is the latest date on which a dated condition was met (each time criterion knows it). A right
/// with no version in force on the date is left out (no row reaches it). The expiry is the one on the record.</para>
/// <para>A population is evaluated 256 people at a time, each right's policy as the population path evaluates it (every
/// criterion a column over the packed facts): the same answers as each person's own decision.</para>
/// <para>Prepare once per date with <see cref="For"/>; the instance is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RightsWatch
{
    private readonly PolicyEvaluator<InmateProfile, RightsParameters>?[] evaluators;
    private readonly int day;
    private readonly int oneMonth;
    private readonly int twoMonths;
    private readonly int threeMonths;

    private RightsWatch(LocalDate date, PolicyEvaluator<InmateProfile, RightsParameters>?[] evaluators)
    {
        Date = date;
        this.evaluators = evaluators;
        day = DayNumbers.FromDate(date);
        oneMonth = DayNumbers.FromDate(date.PlusMonths(1));
        twoMonths = DayNumbers.FromDate(date.PlusMonths(2));
        threeMonths = DayNumbers.FromDate(date.PlusMonths(3));
    }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Prepares the views for a date.</summary>
    /// <param name="date">The evaluation date; at most 9999-09-30 (the outlook looks 3 months ahead).</param>
    /// <returns>The prepared views.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is too late for a 3-month outlook.</exception>
    public static RightsWatch For(LocalDate date)
    {
        Guard.Against.UncountableDate(date);
        Guard.Against.InvalidInput(date, nameof(date), d => d <= new LocalDate(9999, 9, 30), "The release outlook looks 3 months ahead: the date must be on or before 9999-09-30.");
        return new RightsWatch(date, [.. TimelineRights.All.Select(r => r.Policy()).Select(p => p.TryGetVersion(date, out _) ? p.Prepare(date) : null)]);
    }

    /// <summary>Writes each person's release outlook, in order; allocates nothing per person.</summary>
    /// <param name="population">The population; must not be null.</param>
    /// <param name="rows">Where to write each row; at least <see cref="InmatePopulation.Count"/> long.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is too short.</exception>
    public WatchCounts ReleaseOutlook(InmatePopulation population, Span<ReleaseOutlookRow> rows)
    {
        Check(population, rows.Length);
        OutlookRange(population, 0, population.Count, rows);
        return OutlookCounts(rows[..population.Count]);
    }

    /// <summary>Writes each person's release outlook on several threads: the same rows and counts as <see cref="ReleaseOutlook(InmatePopulation, Span{ReleaseOutlookRow})"/>.</summary>
    /// <param name="population">The population; must not be null.</param>
    /// <param name="rows">Where to write each row; at least <see cref="InmatePopulation.Count"/> long.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of workers, or -1 for as many as the scheduler gives.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public WatchCounts ReleaseOutlookParallel(InmatePopulation population, Memory<ReleaseOutlookRow> rows, int maxDegreeOfParallelism = -1)
    {
        Check(population, rows.Length);
        Chunks.Run(population.Count, maxDegreeOfParallelism, (start, length) => OutlookRange(population, start, length, rows.Span.Slice(start, length)));
        return OutlookCounts(rows.Span[..population.Count]);
    }

    /// <summary>Writes each person's delays, in order; allocates nothing per person.</summary>
    /// <param name="population">The population; must not be null.</param>
    /// <param name="rows">Where to write each row; at least <see cref="InmatePopulation.Count"/> long.</param>
    /// <param name="moreThanDays">The counts count a right as overdue when eligible for more than this many days; not negative.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is too short or <paramref name="moreThanDays"/> is negative.</exception>
    public WatchCounts Overdue(InmatePopulation population, Span<OverdueRow> rows, int moreThanDays)
    {
        Check(population, rows.Length, moreThanDays);
        OverdueRange(population, 0, population.Count, rows);
        return OverdueCounts(rows[..population.Count], moreThanDays);
    }

    /// <summary>Writes each person's delays on several threads: the same rows and counts as <see cref="Overdue(InmatePopulation, Span{OverdueRow}, int)"/>.</summary>
    /// <param name="population">The population; must not be null.</param>
    /// <param name="rows">Where to write each row; at least <see cref="InmatePopulation.Count"/> long.</param>
    /// <param name="moreThanDays">The overdue threshold in days; not negative.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of workers, or -1 for as many as the scheduler gives.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is too short or <paramref name="moreThanDays"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public WatchCounts OverdueParallel(InmatePopulation population, Memory<OverdueRow> rows, int moreThanDays, int maxDegreeOfParallelism = -1)
    {
        Check(population, rows.Length, moreThanDays);
        Chunks.Run(population.Count, maxDegreeOfParallelism, (start, length) => OverdueRange(population, start, length, rows.Span.Slice(start, length)));
        return OverdueCounts(rows.Span[..population.Count], moreThanDays);
    }

    /// <summary>Returns the date, such as <c>rights watch on 2026-06-20</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "rights watch on " + Date.ToIso();

    private int Month(int dayNumber) => dayNumber < day ? 0 : dayNumber <= oneMonth ? 1 : dayNumber <= twoMonths ? 2 : dayNumber <= threeMonths ? 3 : 0;

    /// <summary>Writes the outlook of the <paramref name="count"/> people from <paramref name="start"/> on into <paramref name="rows"/>.</summary>
    private void OutlookRange(InmatePopulation population, int start, int count, Span<ReleaseOutlookRow> rows)
    {
        const int chunk = CriterionColumns.Chunk;
        Span<EvaluationSummary> summaries = stackalloc EvaluationSummary[chunk];
        var profiles = population.Profiles.AsSpan().Slice(start, count);
        for (var first = 0; first < count; first += chunk)
        {
            var length = Math.Min(chunk, count - first);
            var batch = profiles.Slice(first, length);
            var batchRows = rows.Slice(first, length);
            for (var j = 0; j < length; j++)
            {
                var keyDates = batch[j].KeyDates;
                batchRows[j] = new ReleaseOutlookRow(keyDates.HasDates ? ReleaseOutlookRow.Pack(TimelineEntryKind.Expiry, Month(keyDates.ExpiryDayNumber)) : 0);
            }

            // Each right's policy over the batch, as the population path evaluates it (every criterion a column over the
            // packed facts): the summaries only, for the date a right is not yet reached.
            for (var r = 0; r < evaluators.Length; r++)
            {
                if (evaluators[r] is not { } evaluator)
                {
                    continue;
                }

                population.EvaluateSlice(evaluator, start + first, length, summaries, default, writeResults: false);
                for (var j = 0; j < length; j++)
                {
                    if (summaries[j].Status == DecisionStatus.NotYetEligible)
                    {
                        batchRows[j] = batchRows[j].With(TimelineRights.All[r].Kind, Month(summaries[j].EligibleFromDayNumber));
                    }
                }
            }
        }
    }

    /// <summary>Writes the delays of the <paramref name="count"/> people from <paramref name="start"/> on into <paramref name="rows"/>.</summary>
    private void OverdueRange(InmatePopulation population, int start, int count, Span<OverdueRow> rows)
    {
        const int chunk = CriterionColumns.Chunk;
        Span<EvaluationSummary> summaries = stackalloc EvaluationSummary[chunk];
        Span<int> eligible = stackalloc int[TimelineRights.All.Length * chunk];
        var results = System.Buffers.ArrayPool<CriterionResult>.Shared.Rent(chunk * PolicyVersion<InmateProfile, RightsParameters>.MaxCriteria);
        try
        {
            var profiles = population.Profiles.AsSpan().Slice(start, count);
            for (var first = 0; first < count; first += chunk)
            {
                var length = Math.Min(chunk, count - first);
                var batch = profiles.Slice(first, length);
                eligible.Fill(-1);
                for (var r = 0; r < evaluators.Length; r++)
                {
                    if (evaluators[r] is not { } evaluator)
                    {
                        continue;
                    }

                    // Each right's policy over the batch, every criterion's result written (subject j's at j × n): an
                    // eligible person has been so since the latest day among the criteria met from a day.
                    var n = evaluator.CriterionCount;
                    population.EvaluateSlice(evaluator, start + first, length, summaries, results, writeResults: true);
                    for (var j = 0; j < length; j++)
                    {
                        if (summaries[j].Status == DecisionStatus.Eligible)
                        {
                            eligible[(r * chunk) + j] = EligibleDays(results.AsSpan(j * n, n));
                        }
                    }
                }

                for (var j = 0; j < length; j++)
                {
                    var profile = batch[j];
                    var keyDates = profile.KeyDates;
                    var held = profile.Status is LegalStatus.Convict or LegalStatus.Child && keyDates.HasDates && keyDates.ExpiryDayNumber < day ? day - keyDates.ExpiryDayNumber : -1;
                    rows[first + j] = new OverdueRow(eligible[j], eligible[chunk + j], eligible[(2 * chunk) + j], eligible[(3 * chunk) + j], eligible[(4 * chunk) + j], held);
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<CriterionResult>.Shared.Return(results);
        }
    }

    /// <summary>The days an eligible person has been eligible: since the latest day among the criteria met from a day, or 0 when none is dated.</summary>
    private int EligibleDays(ReadOnlySpan<CriterionResult> results)
    {
        var since = -1;
        foreach (var result in results)
        {
            if (result.Outcome == CriterionOutcome.Met && result.HasDate && result.DayNumber > since)
            {
                since = result.DayNumber;
            }
        }

        return since < 0 ? 0 : day - since;
    }

    private static WatchCounts OutlookCounts(ReadOnlySpan<ReleaseOutlookRow> rows)
    {
        var counts = WatchCounts.NewTable();
        foreach (var row in rows)
        {
            // The rights and the expiry: the kinds a release outlook row gives a month for.
            for (var kind = TimelineEntryKind.FamilyVisitLeave; kind <= TimelineEntryKind.Expiry; kind++)
            {
                var month = row.Within(kind);
                if (month != 0)
                {
                    counts[WatchCounts.Slot(kind, month)]++;
                }
            }
        }

        return new WatchCounts(rows.Length, counts, 0);
    }

    private static WatchCounts OverdueCounts(ReadOnlySpan<OverdueRow> rows, int moreThanDays)
    {
        var counts = WatchCounts.NewTable();
        var held = 0;
        foreach (var row in rows)
        {
            foreach (var right in TimelineRights.All)
            {
                if (row.EligibleDays(right.Kind) > moreThanDays)
                {
                    counts[WatchCounts.Slot(right.Kind, 1)]++;
                }
            }

            held += row.HeldPastExpiryDays > 0 ? 1 : 0;
        }

        return new WatchCounts(rows.Length, counts, held);
    }

    private static void Check(InmatePopulation population, int rows)
    {
        Guard.Against.Null(population);
        Guard.Against.ShortBuffer(rows, population.Count, "one row per person of the population", nameof(rows));
    }

    private static void Check(InmatePopulation population, int rows, int moreThanDays)
    {
        Check(population, rows);
        Guard.Against.Negative(moreThanDays, nameof(moreThanDays), "The overdue threshold is a number of days, not negative.");
    }
}
