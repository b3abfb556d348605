using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Institutions;

/// <summary>Indonesian and English labels of the institution enums.</summary>
public static class InstitutionsLabels
{
    /// <summary>Returns the label of an institution kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined kind.</exception>
    public static LocalizedText Label(this InstitutionKind value) => value switch
    {
        InstitutionKind.Lapas => new("Lembaga Pemasyarakatan (Lapas)", "Correctional institution (Lapas)"),
        InstitutionKind.LapasPerempuan => new("Lapas Perempuan", "Women's correctional institution"),
        InstitutionKind.LapasNarkotika => new("Lapas Narkotika", "Narcotics correctional institution"),
        InstitutionKind.LapasTerbuka => new("Lapas Terbuka", "Open prison"),
        InstitutionKind.Rutan => new("Rumah Tahanan Negara (Rutan)", "Remand centre (Rutan)"),
        InstitutionKind.Lpka => new("Lembaga Pembinaan Khusus Anak (LPKA)", "Juvenile guidance institution (LPKA)"),
        InstitutionKind.Lpas => new("Lembaga Penempatan Anak Sementara (LPAS)", "Juvenile temporary placement institution (LPAS)"),
        InstitutionKind.Bapas => new("Balai Pemasyarakatan (Bapas)", "Probation office (Bapas)"),
        InstitutionKind.Rupbasan => new("Rumah Penyimpanan Benda Sitaan Negara (Rupbasan)", "Storehouse for seized goods (Rupbasan)"),
        InstitutionKind.RegionalOffice => new("Kantor Wilayah Ditjen Pemasyarakatan", "Regional office of the Directorate General of Corrections"),
        InstitutionKind.DirectorateGeneral => new("Direktorat Jenderal Pemasyarakatan", "Directorate General of Corrections"),
        InstitutionKind.Kelurahan => new("Kelurahan", "Urban village (kelurahan)"),
        InstitutionKind.Desa => new("Pemerintah Desa", "Village government (desa)"),
        InstitutionKind.CityGovernment => new("Pemerintah Kota", "City government"),
        InstitutionKind.RegencyGovernment => new("Pemerintah Kabupaten", "Regency government"),
        InstitutionKind.Agency => new("Perangkat Daerah", "Local government agency"),
        InstitutionKind.DistrictOffice => new("Kecamatan", "District office (kecamatan)"),
        InstitutionKind.Ministry => new("Kementerian", "Ministry"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an institution class.</summary>
    /// <param name="value">The class.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined class.</exception>
    public static LocalizedText Label(this InstitutionClass value) => value switch
    {
        InstitutionClass.None => new("Tanpa kelas", "No class"),
        InstitutionClass.I => new("Kelas I", "Class I"),
        InstitutionClass.IIA => new("Kelas IIA", "Class IIA"),
        InstitutionClass.IIB => new("Kelas IIB", "Class IIB"),
        InstitutionClass.III => new("Kelas III", "Class III"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a security level.</summary>
    /// <param name="value">The level.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined level.</exception>
    public static LocalizedText Label(this SecurityLevel value) => value switch
    {
        SecurityLevel.SuperMaximum => new("Keamanan super maksimum", "Super maximum security"),
        SecurityLevel.Maximum => new("Keamanan maksimum", "Maximum security"),
        SecurityLevel.Medium => new("Keamanan menengah", "Medium security"),
        SecurityLevel.Minimum => new("Keamanan minimum", "Minimum security"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an organisation unit kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined unit kind.</exception>
    public static LocalizedText Label(this UnitKind value) => value switch
    {
        UnitKind.HeadOffice => new("Pimpinan", "Head"),
        UnitKind.Subdivision => new("Subbagian", "Subdivision"),
        UnitKind.Section => new("Seksi", "Section"),
        UnitKind.Subsection => new("Subseksi", "Subsection"),
        UnitKind.Kplp => new("Kesatuan Pengamanan (KPLP)", "Security unit (KPLP)"),
        UnitKind.Other => new("Unit lain", "Other unit"),
        _ => throw GuardRules.NotDefined(value),
    };
}
