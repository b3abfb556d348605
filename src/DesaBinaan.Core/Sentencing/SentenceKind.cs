namespace DesaBinaan.Core.Sentencing;

/// <summary>The kind of a sentence (<i>jenis pidana</i>).</summary>
public enum SentenceKind
{
    /// <summary>Imprisonment for a fixed term (<i>pidana penjara</i> for a set time).</summary>
    Imprisonment = 0,

    /// <summary>Legacy confinement (<i>pidana kurungan</i>, old KUHP Pasal 18; removed as a main sentence by UU 1/2026): served like a fixed term.</summary>
    Kurungan = 1,

    /// <summary>Life imprisonment (<i>pidana penjara seumur hidup</i>): no expiry, no rights (UU 22/2022 Pasal 10(4)).</summary>
    Life = 2,

    /// <summary>The death sentence (<i>pidana mati</i>): no expiry, no rights (UU 22/2022 Pasal 10(4)).</summary>
    Death = 3,

    /// <summary>Community service (<i>pidana kerja sosial</i>, UU 1/2023 Pasal 85): 8 to 240 hours, at most 8 hours a day; served in the community.</summary>
    CommunityService = 4,

    /// <summary>Supervision (<i>pidana pengawasan</i>, UU 1/2023 Pasal 75): a term of at most 3 years served in the community.</summary>
    Supervision = 5,
}
