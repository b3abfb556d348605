using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Officials;

/// <summary>Indonesian and English labels of the officials enums.</summary>
public static class OfficialsLabels
{
    /// <summary>Returns the label of a capacity.</summary>
    /// <param name="value">The capacity.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this AppointmentCapacity value) => value switch
    {
        AppointmentCapacity.Definitive => new("Definitif", "Definitive"),
        AppointmentCapacity.Plh => new("Pelaksana Harian (Plh)", "Daily acting official (Plh)"),
        AppointmentCapacity.Plt => new("Pelaksana Tugas (Plt)", "Acting official (Plt)"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an agreement kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this AgreementKind value) => value switch
    {
        AgreementKind.MemorandumOfUnderstanding => new("Nota Kesepahaman", "Memorandum of understanding"),
        AgreementKind.CooperationAgreement => new("Perjanjian Kerja Sama (PKS)", "Cooperation agreement (PKS)"),
        AgreementKind.JointAgreement => new("Perjanjian Bersama", "Joint agreement (Perjanjian Bersama)"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a position kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this PositionKind value) => value switch
    {
        PositionKind.HeadOfInstitution => new("Kepala UPT", "Head of institution"),
        PositionKind.HeadOfSection => new("Kepala Seksi", "Head of section"),
        PositionKind.HeadOfSubsection => new("Kepala Subseksi", "Head of subsection"),
        PositionKind.HeadOfSubdivision => new("Kepala Subbagian", "Head of subdivision"),
        PositionKind.HeadOfKplp => new("Kepala KPLP", "Head of the security unit (KPLP)"),
        PositionKind.Lurah => new("Lurah", "Head of kelurahan (Lurah)"),
        PositionKind.KepalaDesa => new("Kepala Desa", "Village head (Kepala Desa)"),
        PositionKind.Camat => new("Camat", "District head (Camat)"),
        PositionKind.WaliKota => new("Wali Kota", "Mayor (Wali Kota)"),
        PositionKind.Bupati => new("Bupati", "Regent (Bupati)"),
        PositionKind.HeadOfRegionalOffice => new("Kepala Kantor Wilayah", "Head of regional office"),
        PositionKind.DirectorGeneral => new("Direktur Jenderal", "Director General"),
        PositionKind.Minister => new("Menteri", "Minister"),
        PositionKind.AgencyHead => new("Kepala Perangkat Daerah", "Head of agency"),
        PositionKind.Staff => new("Staf", "Staff"),
        PositionKind.CommunityCounsellor => new("Pembimbing Kemasyarakatan (PK)", "Community counsellor (PK)"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a sex.</summary>
    /// <param name="value">The sex.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this Sex value) => value switch
    {
        Sex.Male => new("Laki-laki", "Male"),
        Sex.Female => new("Perempuan", "Female"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an authority outcome.</summary>
    /// <param name="value">The outcome.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this AuthorityOutcome value) => value switch
    {
        AuthorityOutcome.Authorised => new("Berwenang", "Authorised"),
        AuthorityOutcome.NotAuthorised => new("Tidak berwenang", "Not authorised"),
        AuthorityOutcome.Undetermined => new("Belum dapat ditentukan", "Undetermined"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an acting-signing rule.</summary>
    /// <param name="value">The rule.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this ActingSigningRule value) => value switch
    {
        ActingSigningRule.WithExplicitDelegation => new("Plh/Plt hanya dengan pelimpahan tegas", "Plh/Plt only with an explicit delegation"),
        ActingSigningRule.Never => new("Plh/Plt tidak boleh menandatangani", "Plh/Plt never sign"),
        ActingSigningRule.Always => new("Plh/Plt boleh menandatangani", "Plh/Plt may sign"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a NIP warning.</summary>
    /// <param name="value">The warning.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this NipWarning value) => value switch
    {
        NipWarning.StartBeforeEighteenthBirthday => new("TMT CPNS sebelum usia 18 tahun", "Civil-service start before the 18th birthday"),
        _ => throw GuardRules.NotDefined(value),
    };
}
