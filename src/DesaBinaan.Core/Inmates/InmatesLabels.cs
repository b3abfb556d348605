using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Inmates;

/// <summary>Indonesian and English labels of the enumerations of <c>DesaBinaan.Core.Inmates</c>.</summary>
public static class InmatesLabels
{
    /// <summary>Returns the label of a legal status.</summary>
    /// <param name="value">The status.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this LegalStatus value) => value switch
    {
        LegalStatus.Detainee => new("Tahanan", "Detainee"),
        LegalStatus.Convict => new("Narapidana", "Convict"),
        LegalStatus.Child => new("Anak binaan", "Child serving a sentence"),
        LegalStatus.Client => new("Klien pemasyarakatan", "Probation client"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an offence category.</summary>
    /// <param name="value">The category.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this OffenceCategory value) => value switch
    {
        OffenceCategory.General => new("Tindak pidana umum", "General offence"),
        OffenceCategory.Terrorism => new("Terorisme", "Terrorism"),
        OffenceCategory.Narcotics => new("Narkotika, prekursor narkotika dan psikotropika", "Narcotics, precursors and psychotropics"),
        OffenceCategory.Corruption => new("Korupsi", "Corruption"),
        OffenceCategory.StateSecurity => new("Kejahatan terhadap keamanan negara", "Crime against state security"),
        OffenceCategory.GrossHumanRights => new("Kejahatan hak asasi manusia yang berat", "Gross violation of human rights"),
        OffenceCategory.TransnationalOrganisedCrime => new("Kejahatan transnasional terorganisasi", "Transnational organised crime"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a disciplinary punishment level.</summary>
    /// <param name="value">The level.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this DisciplinaryPunishment value) => value switch
    {
        DisciplinaryPunishment.Light => new("Hukuman disiplin tingkat ringan", "Light disciplinary punishment"),
        DisciplinaryPunishment.Moderate => new("Hukuman disiplin tingkat sedang", "Moderate disciplinary punishment"),
        DisciplinaryPunishment.Heavy => new("Hukuman disiplin tingkat berat", "Heavy disciplinary punishment"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a kind of evidence.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this EvidenceKind value) => value switch
    {
        EvidenceKind.VerdictAndExecution => new("Petikan putusan dan berita acara pelaksanaan putusan", "Verdict and record of its execution"),
        EvidenceKind.Litmas => new("Laporan penelitian kemasyarakatan (Litmas)", "Community research report (Litmas)"),
        EvidenceKind.RegisterFExtract => new("Salinan register F", "Register F extract"),
        EvidenceKind.FamilyGuarantee => new("Surat jaminan keluarga", "Family guarantee letter"),
        EvidenceKind.HostGuarantee => new("Surat jaminan pihak penerima", "Host institution guarantee"),
        EvidenceKind.FinePaid => new("Bukti pelunasan denda", "Proof the fine was paid"),
        EvidenceKind.RestitutionPaid => new("Bukti pelunasan uang pengganti", "Proof the restitution was paid"),
        EvidenceKind.Deradicalisation => new("Keterangan telah mengikuti program deradikalisasi", "Deradicalisation programme completed"),
        EvidenceKind.Pledge => new("Ikrar kesetiaan atau tidak mengulangi", "Written pledge"),
        EvidenceKind.EmbassyGuarantee => new("Jaminan kedutaan besar atau konsulat", "Embassy or consulate guarantee"),
        EvidenceKind.JusticeCollaborator => new("Keterangan bekerja sama dengan penegak hukum (justice collaborator)", "Justice collaborator statement"),
        EvidenceKind.CommunityAcceptance => new("Pernyataan penerimaan masyarakat", "Community acceptance statement"),
        EvidenceKind.RiskReduction => new("Hasil asesmen penurunan tingkat risiko", "Assessment of a reduced risk level"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an evidence status.</summary>
    /// <param name="value">The status.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this EvidenceStatus value) => value switch
    {
        EvidenceStatus.NotRecorded => new("Tidak tercatat", "Not recorded"),
        EvidenceStatus.Present => new("Ada", "Present"),
        EvidenceStatus.Absent => new("Tidak ada", "Absent"),
        EvidenceStatus.NotRequired => new("Tidak diperlukan", "Not required"),
        _ => throw GuardRules.NotDefined(value),
    };
}
