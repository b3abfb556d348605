namespace DesaBinaan.Core.Sentencing;

/// <summary>The kind of a period of detention, which decides how its days are credited (old KUHAP Pasal 22(4)(5)).</summary>
public enum DetentionKind
{
    /// <summary>Detention in a Rutan or Lapas (<i>penahanan rutan</i>) and imprisonment: every day counts in full.</summary>
    Ordinary = 0,

    /// <summary>House arrest (<i>tahanan rumah</i>): its days count by the convention's factor (1/3 by default).</summary>
    HouseArrest = 1,

    /// <summary>City arrest (<i>tahanan kota</i>): its days count by the convention's factor (1/5 by default).</summary>
    CityArrest = 2,
}
