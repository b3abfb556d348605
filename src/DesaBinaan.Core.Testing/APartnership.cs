namespace DesaBinaan.Core.Testing;

/// <summary>
/// Starts a <see cref="PartnershipBuilder"/>: the Desa Binaan partnership of the scenario between Lapas Kelas IIA
/// Pekalongan and Kelurahan Panjang Wetan, with the city government of Pekalongan signing for the kelurahan.
/// </summary>
public static class APartnership
{
    /// <summary>Returns a builder of the scenario's Desa Binaan partnership, with the defaults of <see cref="PartnershipBuilder"/>.</summary>
    /// <returns>The builder.</returns>
    public static PartnershipBuilder DesaBinaan() => PartnershipBuilder.Default;
}
