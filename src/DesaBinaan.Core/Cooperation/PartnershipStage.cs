namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// The stage of a partnership (synthesised from Permendagri 22/2009, 22/2020 and 75/2022; DOMAIN.md §6):
/// exploration → coordination → agreed in principle → agreement signed → active → under evaluation →
/// extended / ended / terminated, or abandoned when an exploration leads to no agreement.
/// </summary>
public enum PartnershipStage
{
    /// <summary>Exploration (<i>penjajakan</i>): first contacts.</summary>
    Exploration = 0,

    /// <summary>Coordination meetings and drafting (<i>koordinasi</i>).</summary>
    Coordination = 1,

    /// <summary>Both sides agreed in principle on at least one scope (<i>kesepakatan prinsip</i>).</summary>
    AgreedInPrinciple = 2,

    /// <summary>An agreement is signed (<i>penandatanganan</i>), not yet carried out.</summary>
    AgreementSigned = 3,

    /// <summary>Being carried out (<i>pelaksanaan</i>).</summary>
    Active = 4,

    /// <summary>Under monitoring and evaluation (<i>monitoring dan evaluasi</i>).</summary>
    UnderEvaluation = 5,

    /// <summary>Extended by a new version of an agreement (<i>perpanjangan</i>).</summary>
    Extended = 6,

    /// <summary>Ended at the end of its term (<i>berakhir</i>).</summary>
    Ended = 7,

    /// <summary>Terminated before the end of its term (<i>pengakhiran</i>).</summary>
    Terminated = 8,

    /// <summary>Abandoned: an exploration or coordination that led to no agreement (<i>tidak dilanjutkan</i>).</summary>
    Abandoned = 9,
}
