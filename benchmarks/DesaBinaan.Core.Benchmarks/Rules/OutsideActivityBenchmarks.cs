using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Rules;

/// <summary>
/// The outside-activity policy over a synthetic population (fixed seed) against a hand-written loop over plain arrays
/// of the same precomputed facts, writing a bit mask of failed conditions. Run with
/// <c>--filter '*OutsideActivityBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class OutsideActivityBenchmarks
{
    private static readonly LocalDate Date = new(2026, 6, 20);
    private InmateProfile[] profiles = [];
    private PolicyEvaluator<InmateProfile, RightsParameters> evaluator = null!;
    private CriterionResult[] results = [];
    private ulong[] masks = [];
    private EvaluationSummary[] summaries = [];
    private int[] status = [];
    private int[] half = [];
    private int[] twoThirdsMin = [];
    private int[] expiry = [];
    private int[] lastPunishment = [];
    private byte[] special = [];
    private byte[] security = [];
    private byte[] guidance = [];
    private ulong[] evidence = [];
    private int count;

    [Params(280_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260429);
        count = Size;
        profiles = new InmateProfile[count];
        var all = EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee);
        for (var i = 0; i < count; i++)
        {
            var first = Date.PlusDays(-random.Next(30, 2000));
            var term = new SentenceTerm(random.Next(1, 8), random.Next(0, 12), 0);
            var offence = random.Next(10) < 8 ? OffenceCategory.General : OffenceCategory.Corruption;
            IEnumerable<DisciplinaryRecord> register = random.Next(5) == 0 ? [new DisciplinaryRecord(Date.PlusDays(-random.Next(10, 400)), DisciplinaryPunishment.Light, Date.PlusDays(-random.Next(0, 9)))] : [];
            var file = random.Next(10) == 0 ? all.With(EvidenceKind.Litmas, EvidenceStatus.NotRecorded) : all;
            if (offence == OffenceCategory.Corruption)
            {
                file = file.With(EvidenceKind.FinePaid, EvidenceStatus.Present).With(EvidenceKind.RestitutionPaid, random.Next(3) == 0 ? EvidenceStatus.Absent : EvidenceStatus.Present);
            }

            profiles[i] = new InmateProfile(
                new InmateId("WB-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                random.Next(20) == 0 ? LegalStatus.Detainee : LegalStatus.Convict,
                SentenceHistory.Imprisonment(first, term),
                offence,
                random.Next(3) == 0 ? SecurityLevel.Medium : SecurityLevel.Minimum,
                register,
                random.Next(8) != 0,
                false,
                "ID",
                evidence: file);
        }

        var plan = new ActivityPlan("jumat-bersih", "Jumat Bersih", ScopeKind.EnvironmentalCleanliness, new ActivityPlace(RegionCode.Parse("33.75.03.1004"), "Balai Kelurahan"),
            WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 6, 19), new LocalDate(2026, 12, 18)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta"),
            new ParticipantQuota(30, 5), new EscortRatio(1, 3), "outside-activity");
        evaluator = IndonesianPolicies.OutsideActivityFor(ActivityEvaluationContext.Recorded(plan, Date, true, 10)).Prepare(Date);
        results = new CriterionResult[count * evaluator.CriterionCount];
        masks = new ulong[count];
        summaries = new EvaluationSummary[count];

        // The hand-written side reads the same facts, precomputed into plain arrays.
        status = new int[count];
        half = new int[count];
        twoThirdsMin = new int[count];
        expiry = new int[count];
        lastPunishment = new int[count];
        special = new byte[count];
        security = new byte[count];
        guidance = new byte[count];
        evidence = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var p = profiles[i];
            status[i] = (int)p.Status;
            half[i] = DayNumbers.FromDate(p.KeyDates.Half);
            var nineMonths = DayNumbers.FromDate(p.Sentence!.Detention.FirstDay) + 270;
            twoThirdsMin[i] = Math.Max(DayNumbers.FromDate(p.KeyDates.TwoThirds), nineMonths);
            expiry[i] = DayNumbers.FromDate(p.KeyDates.Expiry);
            lastPunishment[i] = p.LastPunishmentEndDay;
            special[i] = p.Offence == OffenceCategory.General ? (byte)0 : (byte)1;
            security[i] = (byte)p.Security!.Value;
            guidance[i] = p.ActiveInGuidance == true ? (byte)1 : (byte)0;
            var e = 0UL;
            foreach (var kind in Enum.GetValues<EvidenceKind>())
            {
                e |= (ulong)p.Evidence.Status(kind) << ((int)kind * 2);
            }

            evidence[i] = e;
        }

        var hand = new ulong[count];
        HandWritten();
        Array.Copy(masks, hand, count);
        Library();
        var one = new ulong[count];
        Array.Copy(masks, one, count);
        LibraryBatch();
        for (var i = 0; i < count; i++)
        {
            if (hand[i] != masks[i] || one[i] != masks[i])
            {
                throw new InvalidOperationException($"Subject {i}: hand-written mask {hand[i]:x} differs from the library's {masks[i]:x}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var today = DayNumbers.FromDate(Date);
        var failures = 0;
        const ulong litmasEtc = (1UL << 0) | (1UL << 2) | (1UL << 4) | (1UL << 6) | (1UL << 8); // evidence kinds 0..4 present (status 1)
        for (var i = 0; i < count; i++)
        {
            ulong mask = 0;
            var isSpecial = special[i] != 0;
            mask |= status[i] is 2 or 3 ? 0UL : 1UL << 0;
            mask |= today < expiry[i] ? 0UL : 1UL << 2;
            mask |= today >= (isSpecial ? twoThirdsMin[i] : half[i]) ? 0UL : 1UL << 3;
            mask |= lastPunishment[i] < 0 || today >= lastPunishment[i] + (isSpecial ? 271 : 181) ? 0UL : 1UL << 4;
            mask |= guidance[i] != 0 ? 0UL : 1UL << 5;
            var e = evidence[i];
            mask |= !isSpecial || (((e >> 10) & 3) != 2 && ((e >> 12) & 3) != 2) ? 0UL : 1UL << 7; // corruption: fine, restitution
            mask |= (e & 0x3FF) == litmasEtc ? 0UL : 1UL << 10; // every required document present
            mask |= security[i] == 4 ? 0UL : 1UL << 12;
            masks[i] = mask;
            failures += System.Numerics.BitOperations.PopCount(mask);
        }

        return failures;
    }

    [Benchmark]
    public int HandWrittenOverProfiles()
    {
        var today = DayNumbers.FromDate(Date);
        var failures = 0;
        for (var i = 0; i < count; i++)
        {
            var p = profiles[i];
            ulong mask = 0;
            var isSpecial = p.Offence != OffenceCategory.General;
            var kd = p.KeyDates;
            mask |= p.Status is LegalStatus.Convict or LegalStatus.Child ? 0UL : 1UL << 0;
            mask |= p.LastPunishmentEndDay < 0 || today >= p.LastPunishmentEndDay + (isSpecial ? 271 : 181) ? 0UL : 1UL << 4;
            mask |= p.ActiveInGuidance == true ? 0UL : 1UL << 5;
            mask |= p.Evidence.Status(EvidenceKind.Litmas) == EvidenceStatus.Present ? 0UL : 1UL << 10;
            mask |= p.Security == SecurityLevel.Minimum ? 0UL : 1UL << 12;
            mask |= kd.HasDates ? 0UL : 1UL << 3;
            masks[i] = mask;
            failures += System.Numerics.BitOperations.PopCount(mask);
        }

        return failures;
    }

    [Benchmark]
    public int Library()
    {
        var failures = 0;
        var n = evaluator.CriterionCount;
        var span = results.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var summary = evaluator.Evaluate(profiles[i], span.Slice(i * n, n));
            var mask = summary.NotMetMask | summary.UnknownMask;
            masks[i] = mask;
            failures += System.Numerics.BitOperations.PopCount(mask);
        }

        return failures;
    }

    [Benchmark]
    public int LibraryBatch()
    {
        evaluator.EvaluateMany(profiles, results, summaries);
        var failures = 0;
        for (var i = 0; i < count; i++)
        {
            var mask = summaries[i].NotMetMask | summaries[i].UnknownMask;
            masks[i] = mask;
            failures += System.Numerics.BitOperations.PopCount(mask);
        }

        return failures;
    }
}
