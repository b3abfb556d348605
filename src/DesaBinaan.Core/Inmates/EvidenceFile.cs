using System.Text;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Inmates;

/// <summary>
/// The status of each piece of evidence of an inmate, packed in one 64-bit value (two bits per
/// <see cref="EvidenceKind"/>): reading a status costs a shift and a mask, with no allocation.
/// </summary>
/// <remarks>The default value records nothing (every status <see cref="EvidenceStatus.NotRecorded"/>). Equality compares every status.</remarks>
[Immutable]
public readonly record struct EvidenceFile
{
    private readonly ulong bits;

    private EvidenceFile(ulong bits) => this.bits = bits;

    /// <summary>Gets the packed statuses (two bits per kind), for the rules' hot path.</summary>
    internal ulong Bits => bits;

    /// <summary>Returns the mask of the low status bits of some kinds (for <see cref="Check"/>).</summary>
    internal static ulong LowMask(ReadOnlySpan<EvidenceKind> kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1UL << ((int)kind * 2);
        }

        return mask;
    }

    /// <summary>Checks the kinds of a low mask without a loop or a branch: some absent, all present, or not all recorded.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static EvidenceCheck Check(ulong bits, ulong lowMask)
    {
        // An absent kind (10) has its low bit clear, so "absent" and "all present" never hold together.
        var absent = ((bits >> 1) & ~bits & lowMask) != 0;
        var present = (bits & lowMask) == lowMask;
        return (EvidenceCheck)((absent ? (int)EvidenceCheck.SomeAbsent : 0) | (present ? (int)EvidenceCheck.AllPresent : 0));
    }

    /// <summary>Gets the file that records nothing.</summary>
    public static EvidenceFile Empty => default;

    /// <summary>Returns the status of a piece of evidence.</summary>
    /// <param name="kind">The kind of evidence.</param>
    /// <returns>The status (<see cref="EvidenceStatus.NotRecorded"/> when nothing is recorded).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public EvidenceStatus Status(EvidenceKind kind) =>
        unchecked((uint)kind) <= (uint)EvidenceKind.RiskReduction
            ? (EvidenceStatus)((bits >> ((int)kind * 2)) & 3UL)
            : throw GuardRules.NotDefined(kind);

    /// <summary>Returns a file with the status of one piece of evidence changed.</summary>
    /// <param name="kind">The kind of evidence; must be defined.</param>
    /// <param name="status">The status; must be defined.</param>
    /// <returns>A new file.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="status"/> is not defined.</exception>
    public EvidenceFile With(EvidenceKind kind, EvidenceStatus status)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(status);
        var shift = (int)kind * 2;
        return new EvidenceFile((bits & ~(3UL << shift)) | ((ulong)status << shift));
    }

    /// <summary>Returns a file with several pieces of evidence present.</summary>
    /// <param name="kinds">The kinds present.</param>
    /// <returns>A new file.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public EvidenceFile WithPresent(params EvidenceKind[] kinds)
    {
        Guard.Against.Null(kinds);
        var file = this;
        foreach (var kind in kinds)
        {
            file = file.With(kind, EvidenceStatus.Present);
        }

        return file;
    }

    /// <summary>Returns the recorded statuses, such as <c>Litmas=Present, FinePaid=Absent</c>.</summary>
    /// <returns>The statuses other than not recorded, in the order of <see cref="EvidenceKind"/>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            var status = Status(kind);
            if (status != EvidenceStatus.NotRecorded)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(kind).Append('=').Append(status);
            }
        }

        return text.Length == 0 ? "(nothing recorded)" : text.ToString();
    }
}
