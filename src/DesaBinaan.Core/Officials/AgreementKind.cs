namespace DesaBinaan.Core.Officials;

/// <summary>The kind of a cooperation agreement (docs/domain.md §2, §5–§6).</summary>
public enum AgreementKind
{
    /// <summary>A framework memorandum (<i>Nota Kesepahaman</i>, MoU), generally non-binding; the ministry's "kerja sama utama" (Permenkumham 65/2016, 14/2023).</summary>
    MemorandumOfUnderstanding = 1,

    /// <summary>A binding implementing agreement (<i>Perjanjian Kerja Sama</i>, PKS); the ministry's "kerja sama teknis".</summary>
    CooperationAgreement = 2,

    /// <summary>A village's agreement with a third party (<i>Perjanjian Bersama</i>, Permendagri 96/2017).</summary>
    JointAgreement = 3,
}
