namespace DesaBinaan.Core.Regions;

/// <summary>
/// The kind of a village, given by the first digit of the four-digit village segment of its code
/// (Kepmendagri 300.2.2-2138/2025; docs/domain.md §4).
/// </summary>
public enum VillageKind
{
    /// <summary>An urban village (<i>kelurahan</i>), part of the city or regency administration, headed by a Lurah: first digit 1.</summary>
    Kelurahan = 1,

    /// <summary>A rural village (<i>desa</i>), self-governing, headed by an elected Kepala Desa: first digit 2.</summary>
    Desa = 2,

    /// <summary>A customary village (<i>desa adat</i>): first digit 3.</summary>
    DesaAdat = 3,
}
