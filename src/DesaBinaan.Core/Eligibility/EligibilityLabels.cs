using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>Indonesian and English labels of the engine's enumerations.</summary>
public static class EligibilityLabels
{
    private static readonly LocalizedText Unknown = new("Belum dapat ditentukan", "Unknown");
    private static readonly LocalizedText Met = new("Terpenuhi", "Met");
    private static readonly LocalizedText NotMet = new("Tidak terpenuhi", "Not met");
    private static readonly LocalizedText NotApplicable = new("Tidak berlaku", "Not applicable");
    private static readonly LocalizedText Undetermined = new("Belum dapat diputuskan", "Undetermined");
    private static readonly LocalizedText Eligible = new("Memenuhi syarat", "Eligible");
    private static readonly LocalizedText NotYetEligible = new("Belum memenuhi syarat", "Not yet eligible");
    private static readonly LocalizedText Ineligible = new("Tidak memenuhi syarat", "Ineligible");

    /// <summary>Returns the label of an outcome.</summary>
    /// <param name="value">The outcome.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this CriterionOutcome value) => value switch
    {
        CriterionOutcome.Unknown => Unknown,
        CriterionOutcome.Met => Met,
        CriterionOutcome.NotMet => NotMet,
        CriterionOutcome.NotApplicable => NotApplicable,
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a decision status.</summary>
    /// <param name="value">The status.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this DecisionStatus value) => value switch
    {
        DecisionStatus.Undetermined => Undetermined,
        DecisionStatus.Eligible => Eligible,
        DecisionStatus.NotYetEligible => NotYetEligible,
        DecisionStatus.Ineligible => Ineligible,
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a criterion kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this CriterionKind value) => value switch
    {
        CriterionKind.Condition => new("Syarat keadaan", "Condition"),
        CriterionKind.TimeBased => new("Syarat waktu", "Time condition"),
        CriterionKind.Evidence => new("Syarat dokumen", "Evidence"),
        CriterionKind.Context => new("Syarat kegiatan", "Activity condition"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a fact kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this FactKind value) => value switch
    {
        FactKind.Missing => new("Tidak tercatat", "Not recorded"),
        FactKind.Flag => new("Ya/tidak", "Yes/no"),
        FactKind.Number => new("Bilangan", "Number"),
        FactKind.Days => new("Jumlah hari", "Days"),
        FactKind.DaysOf => new("Hari dari yang disyaratkan", "Days of required"),
        FactKind.Date => new("Tanggal", "Date"),
        FactKind.Fraction => new("Pecahan", "Fraction"),
        FactKind.Text => new("Kode", "Code"),
        FactKind.Label => new("Keterangan", "Label"),
        _ => throw GuardRules.NotDefined(value),
    };
}
