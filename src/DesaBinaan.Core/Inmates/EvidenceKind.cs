namespace DesaBinaan.Core.Inmates;

/// <summary>The administrative evidence the rules ask for (Permenkumham 3/2018 as amended; DOMAIN.md §9).</summary>
public enum EvidenceKind
{
    /// <summary>A copy of the verdict and the record of its execution (<i>petikan putusan dan berita acara pelaksanaan putusan</i>).</summary>
    VerdictAndExecution = 0,

    /// <summary>The community research report of the Bapas (<i>laporan penelitian kemasyarakatan, Litmas</i>).</summary>
    Litmas = 1,

    /// <summary>An extract of the disciplinary register (<i>salinan register F</i>).</summary>
    RegisterFExtract = 2,

    /// <summary>A guarantee letter from the family, known to the lurah or kepala desa (<i>surat jaminan keluarga</i>).</summary>
    FamilyGuarantee = 3,

    /// <summary>A guarantee from the host institution of the activity (<i>surat jaminan dari pihak ketiga</i>).</summary>
    HostGuarantee = 4,

    /// <summary>Proof that the fine was paid in full (<i>bukti pelunasan denda</i>).</summary>
    FinePaid = 5,

    /// <summary>Proof that the restitution or replacement money was paid in full (<i>bukti pelunasan uang pengganti</i>).</summary>
    RestitutionPaid = 6,

    /// <summary>A certificate that the deradicalisation programme was completed (<i>program deradikalisasi</i>).</summary>
    Deradicalisation = 7,

    /// <summary>The written pledge of loyalty to the Republic, or not to repeat the offence for a foreign national (<i>ikrar</i>).</summary>
    Pledge = 8,

    /// <summary>A guarantee from the embassy or consulate of a foreign national (<i>jaminan kedutaan besar/konsulat</i>).</summary>
    EmbassyGuarantee = 9,

    /// <summary>A statement of cooperation with law enforcement (<i>justice collaborator</i>), required before the 2021 Supreme Court ruling 28 P/HUM/2021.</summary>
    JusticeCollaborator = 10,

    /// <summary>A statement that the community accepts the person's return, for parole (<i>surat pernyataan dari masyarakat</i>).</summary>
    CommunityAcceptance = 11,

    /// <summary>An assessment showing a reduced risk level (<i>penurunan tingkat risiko</i>, UU 22/2022 Pasal 10).</summary>
    RiskReduction = 12,
}
