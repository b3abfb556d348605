namespace DesaBinaan.Core.Sentencing;

/// <summary>The four religious holidays on which a special remission is granted (Keppres 174/1999 Pasal 3); no other holiday gives one.</summary>
public enum ReligiousHoliday
{
    /// <summary>Idul Fitri, for Muslims.</summary>
    IdulFitri = 0,

    /// <summary>Natal (Christmas), for Christians.</summary>
    Natal = 1,

    /// <summary>Nyepi, for Hindus.</summary>
    Nyepi = 2,

    /// <summary>Waisak, for Buddhists.</summary>
    Waisak = 3,
}
