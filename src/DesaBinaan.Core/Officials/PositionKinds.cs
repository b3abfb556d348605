using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Officials;

/// <summary>Facts about position kinds (docs/domain.md §2–§5).</summary>
public static class PositionKinds
{
    /// <summary>Returns the kind of the position that heads an institution of a kind: the Kalapas of a Lapas, the Lurah of a kelurahan, the Kepala Desa of a desa, the Wali Kota of a city.</summary>
    /// <param name="kind">The institution kind.</param>
    /// <returns>The head's position kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static PositionKind HeadOf(this InstitutionKind kind) => kind switch
    {
        _ when kind.IsCorrectionalUnit() => PositionKind.HeadOfInstitution,
        InstitutionKind.RegionalOffice => PositionKind.HeadOfRegionalOffice,
        InstitutionKind.DirectorateGeneral => PositionKind.DirectorGeneral,
        InstitutionKind.Ministry => PositionKind.Minister,
        InstitutionKind.Kelurahan => PositionKind.Lurah,
        InstitutionKind.Desa => PositionKind.KepalaDesa,
        InstitutionKind.CityGovernment => PositionKind.WaliKota,
        InstitutionKind.RegencyGovernment => PositionKind.Bupati,
        InstitutionKind.DistrictOffice => PositionKind.Camat,
        InstitutionKind.Agency => PositionKind.AgencyHead,
        _ => throw GuardRules.NotDefined(kind),
    };

    /// <summary>Returns whether a position kind heads a section, subsection, subdivision or the KPLP: officials who lead coordination but do not sign agreements (docs/domain.md §5).</summary>
    /// <param name="kind">The position kind.</param>
    /// <returns>True for Kasi, Kasubsi, Kasubbag and the head of KPLP.</returns>
    public static bool IsUnitHead(this PositionKind kind) =>
        kind is PositionKind.HeadOfSection or PositionKind.HeadOfSubsection or PositionKind.HeadOfSubdivision or PositionKind.HeadOfKplp;
}
