namespace DesaBinaan.Core.Timeline;

/// <summary>What a line of a person's rights timeline is about.</summary>
public enum TimelineEntryKind
{
    /// <summary>Family-visit leave (<i>cuti mengunjungi keluarga</i>, CMK): 1/2 served and a sentence of at least 12 months.</summary>
    FamilyVisitLeave = 0,

    /// <summary>Assimilation (<i>asimilasi</i>): 1/2 served, or 2/3 and at least 9 months for special offences.</summary>
    Asimilasi = 1,

    /// <summary>Conditional leave (<i>cuti bersyarat</i>, CB): 2/3 served and a sentence of at most 1 year 6 months.</summary>
    ConditionalLeave = 2,

    /// <summary>Parole (<i>pembebasan bersyarat</i>, PB): 2/3 served and at least 9 months.</summary>
    Parole = 3,

    /// <summary>Pre-release leave (<i>cuti menjelang bebas</i>, CMB): a window before the expiry as long as the last remission, at most 6 months.</summary>
    PreReleaseLeave = 4,

    /// <summary>The expiry of the sentence on the record (<i>tanggal ekspirasi</i>).</summary>
    Expiry = 5,

    /// <summary>The end of the probation if paroled (<i>akhir masa percobaan</i>): one year after the expiry.</summary>
    ProbationEnd = 6,
}
