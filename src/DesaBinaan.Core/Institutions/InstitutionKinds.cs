namespace DesaBinaan.Core.Institutions;

/// <summary>Facts about institution kinds (docs/domain.md §2–§3).</summary>
public static class InstitutionKinds
{
    /// <summary>Returns whether the kind is a correctional technical unit (<i>UPT Pemasyarakatan</i>): a Lapas of any variant, Rutan, LPKA, LPAS, Bapas or Rupbasan.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for a UPT.</returns>
    public static bool IsCorrectionalUnit(this InstitutionKind kind) => kind is >= InstitutionKind.Lapas and <= InstitutionKind.Rupbasan;

    /// <summary>Returns whether the kind holds inmates or detainees, and so has a security level: a Lapas of any variant, Rutan, LPKA or LPAS.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for a custodial institution.</returns>
    public static bool IsCustodial(this InstitutionKind kind) => kind is >= InstitutionKind.Lapas and <= InstitutionKind.Lpas;

    /// <summary>Returns whether the kind has classes (Kelas I, IIA, IIB, III): the UPTs.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when an institution of the kind may have a class.</returns>
    public static bool HasClasses(this InstitutionKind kind) => kind.IsCorrectionalUnit();

    /// <summary>Returns whether the kind is a village government (kelurahan or desa).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for a kelurahan or a desa.</returns>
    public static bool IsVillageGovernment(this InstitutionKind kind) => kind is InstitutionKind.Kelurahan or InstitutionKind.Desa;

    /// <summary>Returns whether the kind belongs to local government: a city or regency government, its agencies and district offices, and village governments.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for local government.</returns>
    public static bool IsLocalGovernment(this InstitutionKind kind) => kind is >= InstitutionKind.Kelurahan and <= InstitutionKind.DistrictOffice;
}
