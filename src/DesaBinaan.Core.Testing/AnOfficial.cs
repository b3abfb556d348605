using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// The officials of the Pekalongan scenario for tests, with fictional names and ids: the Kalapas and the Kasi Binadik
/// of Lapas Kelas IIA Pekalongan, the Wali Kota of Pekalongan and the Lurah of Panjang Wetan. Start an
/// <see cref="OfficialsBuilder"/> with <see cref="Directory"/>.
/// </summary>
public static class AnOfficial
{
    /// <summary>The id of the Kalapas (head of Lapas Kelas IIA Pekalongan).</summary>
    public static readonly PersonId Kalapas = new("p-kalapas");

    /// <summary>The id of the Kasi Binadik (head of the inmate guidance section; leads coordination, does not sign).</summary>
    public static readonly PersonId KasiBinadik = new("p-kasi-binadik");

    /// <summary>The id of the Wali Kota (mayor) of Pekalongan.</summary>
    public static readonly PersonId WaliKota = new("p-wali-kota");

    /// <summary>The id of the Lurah of Panjang Wetan.</summary>
    public static readonly PersonId Lurah = new("p-lurah");

    /// <summary>The id of a deputy who can act as Plh or Plt of the Kalapas.</summary>
    public static readonly PersonId Deputy = new("p-deputy");

    /// <summary>The position of the Kalapas.</summary>
    public static readonly PositionId KalapasPosition = new("lapas-iia-pekalongan/kalapas");

    /// <summary>The position of the Kasi Binadik.</summary>
    public static readonly PositionId KasiBinadikPosition = new("lapas-iia-pekalongan/kasi-binadik");

    /// <summary>The position of the Wali Kota.</summary>
    public static readonly PositionId WaliKotaPosition = new("pemkot-pekalongan/wali-kota");

    /// <summary>The position of the Lurah.</summary>
    public static readonly PositionId LurahPosition = new("kelurahan-panjang-wetan/lurah");

    /// <summary>The day from which the default appointments run: 1 January 2025.</summary>
    public static readonly LocalDate DefaultAppointedOn = new(2025, 1, 1);

    /// <summary>Returns a builder of the officials' directory, every official appointed definitively from <see cref="DefaultAppointedOn"/>, open-ended.</summary>
    /// <returns>The builder.</returns>
    public static OfficialsBuilder Directory() => OfficialsBuilder.Default;
}
