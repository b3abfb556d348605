using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Timeline;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Timeline;

/// <summary>
/// The national remission day of 17 August 2026 over the deterministic synthetic population of 280,000 profiles: a
/// hand-written loop computing each person's outcome and amount (the baseline: the remission policy's conditions and the
/// Keppres 174/1999 tiers written out over the packed facts), the library's <see cref="RemissionDay"/> (sequential and
/// parallel) into a caller's buffer, and the release outlook of <see cref="RightsWatch"/>. The setup checks that the
/// library and the baseline agree on every person's outcome and amount. Both read ahead 256 people at a time: the
/// hand-written loop a batch's profiles and sentence histories, the library a batch's histories (it reads the packed
/// facts from the population's rows).
/// </summary>
[MemoryDiagnoser]
public class RemissionDayBenchmarks
{
    private const int Size = 280_000;

    /// <summary>The number of people whose profiles and histories the hand-written loop reads ahead together (as the library's batches).</summary>
    private const int Batch = 256;

    private static readonly LocalDate Date = new(2026, 8, 17);

    /// <summary>What <see cref="FetchAhead"/> read, kept so that its reads are made.</summary>
    private static int fetched;

    private InmateProfile[] profiles = [];
    private InmatePopulation population = null!;
    private RemissionDay day = null!;
    private RightsWatch watch = null!;
    private RemissionDayRow[] rows = [];
    private ReleaseOutlookRow[] outlook = [];
    private byte[] outcomes = [];
    private int[] amounts = [];

    [GlobalSetup]
    public void Setup()
    {
        profiles = SyntheticPopulation.Generate(Size, Date);
        population = new InmatePopulation(profiles);
        day = RemissionDay.For(Date);
        watch = RightsWatch.For(Date);
        rows = new RemissionDayRow[Size];
        outlook = new ReleaseOutlookRow[Size];
        outcomes = new byte[Size];
        amounts = new int[Size];
        if (profiles.Any(p => p.Sentence is { } s && (!s.Detention.Segments.IsEmpty || !s.Substitute.IsZero || s.Sentences.Count != 1 || s.Remissions.Any(r => r.Kind != RemissionKind.General) || !ReferenceEquals(p.Convention, CountingConvention.Default))))
        {
            throw new InvalidOperationException("The hand-written loop expects one term in continuous detention, general remissions only and the default convention.");
        }

        Library();
        HandWritten();
        for (var i = 0; i < Size; i++)
        {
            if ((byte)rows[i].Outcome != outcomes[i] || rows[i].Amount.ToDays(CountingConvention.Default) != amounts[i])
            {
                throw new InvalidOperationException($"The methods disagree on {profiles[i].SubjectId}: library {rows[i]}, hand-written {(RemissionDayOutcome)outcomes[i]} {amounts[i]} days.");
            }
        }
    }

    /// <summary>The remission policy (convict, not life or death, time conditions, no punishment in the last 180 days, active in guidance) and the general remission's tiers, by hand.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var today = DayNumbers.FromDate(Date);
        var span = population.Profiles.AsSpan();
        var due = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i % Batch == 0)
            {
                FetchAhead(span.Slice(i, Math.Min(Batch, span.Length - i)));
            }

            var profile = span[i];
            ref readonly var f = ref profile.Facts;
            var hard = f.Status is not ((byte)LegalStatus.Convict or (byte)LegalStatus.Child);
            var unknown = false;
            var waiting = false;
            var timeNotMet = false;
            var amount = 0;
            if (!f.Days.HasSentence)
            {
                unknown = true;
            }
            else
            {
                var history = profile.Sentence!;
                var term = history.MainTerm;
                var termDays = (term.Years * 360) + (term.Months * 30) + term.Days;
                var grants = history.Grants;
                var before = 0;
                var generals = 0;
                for (var r = 0; r < grants.Length && grants[r].Day < today; r++)
                {
                    before += grants[r].Amount.ToDays(30, 12);
                    generals++;
                }

                var left = profile.KeyDates.NaturalExpiryDayNumber - before - today;
                var served = today - f.Days.FirstDay;
                if (termDays < 180 || left <= 0 || served <= 180)
                {
                    timeNotMet = true;
                }
                else
                {
                    var months = (generals + 1) switch
                    {
                        1 => served < 360 ? 1 : 2,
                        2 => 3,
                        3 => 4,
                        4 or 5 => 5,
                        _ => 6,
                    };
                    amount = Math.Min(months * 30, left);
                }
            }

            if (!f.RegisterFRecorded)
            {
                unknown = true;
            }
            else if (f.LastPunishmentEnd >= 0)
            {
                var clean = f.LastPunishmentEnd + 180 + 1;
                if (f.Days.HasDates && clean >= f.Days.Expiry)
                {
                    hard = true;
                }
                else if (today < clean)
                {
                    waiting = true;
                }
            }

            hard |= f.Guidance == Recorded.No;
            unknown |= f.Guidance == Recorded.NotRecorded;
            var outcome = timeNotMet ? RemissionDayOutcome.NotDue : hard ? RemissionDayOutcome.Blocked : unknown ? RemissionDayOutcome.Undetermined : waiting ? RemissionDayOutcome.Blocked : RemissionDayOutcome.Due;
            outcomes[i] = (byte)outcome;
            amounts[i] = outcome == RemissionDayOutcome.Due ? amount : 0;
            due += outcome == RemissionDayOutcome.Due ? 1 : 0;
        }

        return due;
    }

    [Benchmark]
    public int Library() => day.Evaluate(population, rows).Due;

    [Benchmark]
    public int LibraryParallel() => day.EvaluateParallel(population, rows).Due;

    [Benchmark]
    public int ReleaseOutlook() => watch.ReleaseOutlook(population, outlook).Count(TimelineEntryKind.Expiry);

    /// <summary>Reads each profile's packed facts and sentence history one after another without waiting on each, so that their memory is fetched together, as a careful hand-written loop would.</summary>
    /// <param name="profiles">The profiles of one batch.</param>
    private static void FetchAhead(ReadOnlySpan<InmateProfile> profiles)
    {
        var sum = 0;
        foreach (var profile in profiles)
        {
            ref readonly var f = ref profile.Facts;
            sum += f.LastPunishmentEnd + (f.RegisterFRecorded ? 1 : 0);
            if (profile.Sentence is { } history)
            {
                sum += history.Grants.Length + history.MainTerm.Days;
            }
        }

        fetched = sum;
    }
}
