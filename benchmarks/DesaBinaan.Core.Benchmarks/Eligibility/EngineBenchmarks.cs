using BenchmarkDotNet.Attributes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Eligibility;

/// <summary>
/// The engine's hot path (a policy of six integer criteria over 280,000 subjects) against a hand-written loop over
/// plain arrays computing the same failures as a bit mask.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Size = 280_000;
    private static readonly LocalDate Date = new(2026, 5, 1);
    private BenchSubject[] subjects = [];
    private int[] half = [];
    private int[] punishmentEnd = [];
    private byte[] flags = [];
    private PolicyEvaluator<BenchSubject, NoParameters> evaluator = null!;
    private CriterionResult[] results = [];
    private ulong[] masks = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260429);
        var today = DayNumbers.FromDate(Date);
        subjects = new BenchSubject[Size];
        half = new int[Size];
        punishmentEnd = new int[Size];
        flags = new byte[Size];
        for (var i = 0; i < Size; i++)
        {
            var h = today + random.Next(-400, 400);
            var p = random.Next(4) == 0 ? today - random.Next(0, 400) : 0;
            var f = (byte)random.Next(64);
            subjects[i] = new BenchSubject("S" + i, h, p, f);
            half[i] = h;
            punishmentEnd[i] = p;
            flags[i] = f;
        }

        var c = new Citation("Bench 1/2026");
        ICriterion<BenchSubject, NoParameters>[] criteria =
        [
            new HalfServed(new("bench.half", new("a", "a"), c, CriterionKind.TimeBased)),
            new NoPunishment(new("bench.punishment", new("b", "b"), c, CriterionKind.TimeBased), 180),
            new FlagSet(new("bench.convict", new("c", "c"), c), 1),
            new FlagSet(new("bench.guidance", new("d", "d"), c), 2),
            new FlagSet(new("bench.minimum", new("e", "e"), c), 4),
            new FlagSet(new("bench.litmas", new("f", "f"), c, CriterionKind.Evidence), 8),
        ];
        var version = new PolicyVersion<BenchSubject, NoParameters>("bench.v1", new("b", "b"), new DateInterval(new LocalDate(2020, 1, 1), LocalDate.MaxIsoValue), [c], NoParameters.Instance, criteria);
        evaluator = new Policy<BenchSubject, NoParameters>("bench", new("b", "b"), [version]).Prepare(Date);
        results = new CriterionResult[Size * 6];
        masks = new ulong[Size];
        if (HandWritten() != Library())
        {
            throw new InvalidOperationException("The library and the hand-written loop disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        var today = DayNumbers.FromDate(Date);
        long failures = 0;
        for (var i = 0; i < Size; i++)
        {
            ulong mask = 0;
            if (today < half[i])
            {
                mask |= 1;
            }

            if (punishmentEnd[i] != 0 && today < punishmentEnd[i] + 180)
            {
                mask |= 2;
            }

            var f = flags[i];
            if ((f & 1) == 0)
            {
                mask |= 4;
            }

            if ((f & 2) == 0)
            {
                mask |= 8;
            }

            if ((f & 4) == 0)
            {
                mask |= 16;
            }

            if ((f & 8) == 0)
            {
                mask |= 32;
            }

            masks[i] = mask;
            failures += (long)System.Numerics.BitOperations.PopCount(mask);
        }

        return failures;
    }

    [Benchmark]
    public long Library()
    {
        long failures = 0;
        var span = results.AsSpan();
        var all = subjects;
        for (var i = 0; i < all.Length; i++)
        {
            var summary = evaluator.Evaluate(all[i], span.Slice(i * 6, 6));
            masks[i] = summary.NotMetMask;
            failures += (long)System.Numerics.BitOperations.PopCount(summary.NotMetMask);
        }

        return failures;
    }

    public sealed class BenchSubject(string id, int half, int punishmentEnd, byte flags) : IEligibilitySubject
    {
        public string SubjectId { get; } = id;

        public int Half { get; } = half;

        public int PunishmentEnd { get; } = punishmentEnd;

        public byte Flags { get; } = flags;
    }

    private sealed class HalfServed(CriterionDescriptor descriptor) : ICriterion<BenchSubject, NoParameters>
    {
        public CriterionDescriptor Descriptor { get; } = descriptor;

        public CriterionResult Evaluate(BenchSubject subject, in EvaluationContext<NoParameters> context) => CriterionResult.From(subject.Half, context.DayNumber);

        public CriterionFinding Explain(BenchSubject subject, in EvaluationContext<NoParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }

    private sealed class NoPunishment(CriterionDescriptor descriptor, int days) : ICriterion<BenchSubject, NoParameters>
    {
        public CriterionDescriptor Descriptor { get; } = descriptor;

        public CriterionResult Evaluate(BenchSubject subject, in EvaluationContext<NoParameters> context) =>
            subject.PunishmentEnd == 0 ? CriterionResult.Met : CriterionResult.From(subject.PunishmentEnd + days, context.DayNumber);

        public CriterionFinding Explain(BenchSubject subject, in EvaluationContext<NoParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }

    private sealed class FlagSet(CriterionDescriptor descriptor, byte bit) : ICriterion<BenchSubject, NoParameters>
    {
        public CriterionDescriptor Descriptor { get; } = descriptor;

        public CriterionResult Evaluate(BenchSubject subject, in EvaluationContext<NoParameters> context) => CriterionResult.FromBoolean((subject.Flags & bit) != 0);

        public CriterionFinding Explain(BenchSubject subject, in EvaluationContext<NoParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }
}
