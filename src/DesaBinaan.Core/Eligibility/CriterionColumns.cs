using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The column machinery of a population evaluation: the size of a batch (<see cref="Chunk"/>), one criterion over a
/// batch (<see cref="Evaluate"/>: from the packed rows where the criterion reads rows,
/// <see cref="IRowCriterion{TSubject, TRow, TParameters}"/>; through the engine's own rule with exceptions, whose
/// conditions and branches are columns in turn; otherwise from the subjects,
/// <see cref="ICriterion{TSubject, TParameters}.EvaluateMany"/>), and a batch's columns handed back subject by subject
/// (<see cref="WriteRows"/>).
/// </summary>
internal static class CriterionColumns
{
    /// <summary>The number of subjects of a population evaluated together: every criterion's column of a chunk stays in the cache.</summary>
    internal const int Chunk = 256;

    /// <summary>Writes the criterion's result for every subject of the batch, subject <c>j</c>'s at <c>j</c>.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TRow">The packed row type, or <see cref="NoRow"/> when the batch has no rows.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="criterion">The criterion.</param>
    /// <param name="rows">The rows (empty for <see cref="NoRow"/>).</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="context">The evaluation context.</param>
    /// <param name="destination">Where to write the results; exactly as long as <paramref name="subjects"/>.</param>
    public static void Evaluate<TSubject, TRow, TParameters>(ICriterion<TSubject, TParameters> criterion, ReadOnlySpan<TRow> rows, ReadOnlySpan<TSubject> subjects, in EvaluationContext<TParameters> context, Span<CriterionResult> destination)
        where TRow : struct
        where TParameters : class, IPolicyParameters
    {
        if (typeof(TRow) != typeof(NoRow) && criterion is IRowCriterion<TSubject, TRow, TParameters> packed)
        {
            packed.EvaluateRows(rows, subjects, in context, destination);
        }
        else if (criterion is ExceptionCriterion<TSubject, TParameters> exceptions)
        {
            exceptions.EvaluateColumns(rows, subjects, in context, destination);
        }
        else
        {
            criterion.EvaluateMany(subjects, in context, destination);
        }
    }
    /// <summary>
    /// Writes a chunk's results, stored column by column (criterion <c>c</c>'s result for subject <c>j</c> at
    /// <c>c * stride + j</c>), subject by subject (subject <c>j</c>'s at <c>j * count + c</c>): eight criteria of
    /// eight subjects at a time with vector shuffles where the processor has them, the rest one by one.
    /// </summary>
    /// <param name="columns">The results, column by column.</param>
    /// <param name="stride">The distance between two columns.</param>
    /// <param name="count">The number of criteria.</param>
    /// <param name="length">The number of subjects.</param>
    /// <param name="target">Where to write them, <paramref name="length"/> × <paramref name="count"/> long.</param>
    internal static void WriteRows(ReadOnlySpan<CriterionResult> columns, int stride, int count, int length, Span<CriterionResult> target)
    {
        var blocked = 0;
        var subjects = 0;
        if (Avx2.IsSupported)
        {
            var raw = MemoryMarshal.Cast<CriterionResult, uint>(columns);
            var into = MemoryMarshal.Cast<CriterionResult, uint>(target);
            blocked = count & ~7;
            subjects = length & ~7;
            for (var c = 0; c < blocked; c += 8)
            {
                for (var j = 0; j < subjects; j += 8)
                {
                    Transpose8(raw, (c * stride) + j, stride, into, (j * count) + c, count);
                }
            }
        }

        // What the blocks leave: the criteria after the last whole eight for every subject, and the subjects after the
        // last whole eight for the criteria of the blocks.
        for (var j = 0; j < length; j++)
        {
            var row = target.Slice(j * count, count);
            for (var c = j < subjects ? blocked : 0; c < row.Length; c++)
            {
                row[c] = columns[(c * stride) + j];
            }
        }
    }

    /// <summary>Transposes an 8 × 8 block of 32-bit values: row <c>i</c> of the source (at <c>from + i × fromStride</c>) becomes column <c>i</c> of the target.</summary>
    private static void Transpose8(ReadOnlySpan<uint> source, int from, int fromStride, Span<uint> target, int to, int toStride)
    {
        var r0 = Vector256.Create(source.Slice(from, 8));
        var r1 = Vector256.Create(source.Slice(from + fromStride, 8));
        var r2 = Vector256.Create(source.Slice(from + (2 * fromStride), 8));
        var r3 = Vector256.Create(source.Slice(from + (3 * fromStride), 8));
        var r4 = Vector256.Create(source.Slice(from + (4 * fromStride), 8));
        var r5 = Vector256.Create(source.Slice(from + (5 * fromStride), 8));
        var r6 = Vector256.Create(source.Slice(from + (6 * fromStride), 8));
        var r7 = Vector256.Create(source.Slice(from + (7 * fromStride), 8));

        // Pairs of 32-bit values, then of 64-bit values, then the 128-bit halves.
        var t0 = Avx2.UnpackLow(r0, r1).AsUInt64();
        var t1 = Avx2.UnpackHigh(r0, r1).AsUInt64();
        var t2 = Avx2.UnpackLow(r2, r3).AsUInt64();
        var t3 = Avx2.UnpackHigh(r2, r3).AsUInt64();
        var t4 = Avx2.UnpackLow(r4, r5).AsUInt64();
        var t5 = Avx2.UnpackHigh(r4, r5).AsUInt64();
        var t6 = Avx2.UnpackLow(r6, r7).AsUInt64();
        var t7 = Avx2.UnpackHigh(r6, r7).AsUInt64();
        var u0 = Avx2.UnpackLow(t0, t2).AsUInt32();
        var u1 = Avx2.UnpackHigh(t0, t2).AsUInt32();
        var u2 = Avx2.UnpackLow(t1, t3).AsUInt32();
        var u3 = Avx2.UnpackHigh(t1, t3).AsUInt32();
        var u4 = Avx2.UnpackLow(t4, t6).AsUInt32();
        var u5 = Avx2.UnpackHigh(t4, t6).AsUInt32();
        var u6 = Avx2.UnpackLow(t5, t7).AsUInt32();
        var u7 = Avx2.UnpackHigh(t5, t7).AsUInt32();
        Avx2.Permute2x128(u0, u4, 0x20).CopyTo(target.Slice(to, 8));
        Avx2.Permute2x128(u1, u5, 0x20).CopyTo(target.Slice(to + toStride, 8));
        Avx2.Permute2x128(u2, u6, 0x20).CopyTo(target.Slice(to + (2 * toStride), 8));
        Avx2.Permute2x128(u3, u7, 0x20).CopyTo(target.Slice(to + (3 * toStride), 8));
        Avx2.Permute2x128(u0, u4, 0x31).CopyTo(target.Slice(to + (4 * toStride), 8));
        Avx2.Permute2x128(u1, u5, 0x31).CopyTo(target.Slice(to + (5 * toStride), 8));
        Avx2.Permute2x128(u2, u6, 0x31).CopyTo(target.Slice(to + (6 * toStride), 8));
        Avx2.Permute2x128(u3, u7, 0x31).CopyTo(target.Slice(to + (7 * toStride), 8));
    }
}

/// <summary>The row type of a batch that has no packed rows: its criteria read the subjects.</summary>
internal readonly struct NoRow;
