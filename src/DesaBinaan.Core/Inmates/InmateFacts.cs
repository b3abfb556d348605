using System.Runtime.InteropServices;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Inmates;

/// <summary>
/// The facts the rules read on the hot path, packed side by side in one block of the profile (about one cache line),
/// computed once at construction. Yes/no facts are <see cref="Recorded"/> values.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct InmateFacts
{
    public InmateFacts(InmateProfile profile, SentenceDays days)
    {
        Convention = profile.Convention;
        Days = days;
        EvidenceBits = profile.Evidence.Bits;
        LastPunishmentEnd = profile.LastPunishmentEndDay;
        NaturalExpiry = profile.NaturalExpiryDayNumber;
        Status = (byte)profile.Status;
        Offence = (byte)(profile.Offence is { } o ? (int)o : NotRecorded);
        Security = (byte)(profile.Security is { } s ? (int)s : NotRecorded);
        Guidance = Tri(profile.ActiveInGuidance);
        PendingCase = Tri(profile.HasPendingCase);
        Foreign = Tri(profile.IsForeignNational);
        RegisterFRecorded = profile.RegisterF is not null;
    }

    /// <summary>Gets the counting convention the day numbers were computed with.</summary>
    public CountingConvention Convention { get; }

    public readonly SentenceDays Days;

    public ulong EvidenceBits { get; }

    public int LastPunishmentEnd { get; }

    /// <summary>Gets the day number of the expiry before any remission under <see cref="Convention"/> (the remission rules count from it), or 0 without a sentence.</summary>
    public int NaturalExpiry { get; }

    public byte Status { get; }

    /// <summary>The value of a packed category (<see cref="Offence"/>, <see cref="Security"/>) that the record does not give: no category of the record has it.</summary>
    public const byte NotRecorded = 0;

    /// <summary>Gets the offence category, or <see cref="NotRecorded"/>.</summary>
    public byte Offence { get; }

    /// <summary>Gets the security level, or <see cref="NotRecorded"/>.</summary>
    public byte Security { get; }

    public Recorded Guidance { get; }

    public Recorded PendingCase { get; }

    public Recorded Foreign { get; }

    public bool RegisterFRecorded { get; }

    private static Recorded Tri(bool? value) => value is null ? Recorded.NotRecorded : value.Value ? Recorded.Yes : Recorded.No;
}
