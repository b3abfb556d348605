namespace DesaBinaan.Core.Sentencing;

/// <summary>The kind of a remission (<i>jenis remisi</i>, Keppres 174/1999 Pasal 2–3).</summary>
public enum RemissionKind
{
    /// <summary>General remission (<i>remisi umum</i>) on Independence Day, 17 August.</summary>
    General = 0,

    /// <summary>Special remission (<i>remisi khusus</i>) on the inmate's religious holiday (Idul Fitri, Natal, Nyepi, Waisak).</summary>
    Special = 1,

    /// <summary>Additional remission (<i>remisi tambahan</i>) for service to the state or help to the institution.</summary>
    Additional = 2,

    /// <summary>Decennial remission (<i>remisi dasawarsa</i>) every ten years on 17 August (2005, 2015, 2025).</summary>
    Decennial = 3,

    /// <summary>Humanitarian remission (<i>remisi kemanusiaan</i>, Permenkumham 16/2023).</summary>
    Humanitarian = 4,
}
