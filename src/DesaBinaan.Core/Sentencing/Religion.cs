namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// A religion as first recorded in the register, which decides the holiday of the special remission (Keppres 174/1999
/// Pasal 7 ayat (5)).
/// </summary>
public enum Religion
{
    /// <summary>Islam: the special remission falls on Idul Fitri.</summary>
    Islam = 0,

    /// <summary>Christianity (Protestant or Catholic): the special remission falls on Natal (Christmas).</summary>
    Christianity = 1,

    /// <summary>Hinduism: the special remission falls on Nyepi.</summary>
    Hinduism = 2,

    /// <summary>Buddhism: the special remission falls on Waisak.</summary>
    Buddhism = 3,

    /// <summary>Another religion or belief: no holiday of Keppres 174/1999 gives it a special remission.</summary>
    Other = 4,
}
