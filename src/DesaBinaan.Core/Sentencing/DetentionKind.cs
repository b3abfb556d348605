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

    /// <summary>
    /// Time escaped (<i>melarikan diri</i>): never counted as time served (KUHP UU 1/2023 Pasal 63); like a gap, it
    /// interrupts detention.
    /// </summary>
    Escaped = 3,

    /// <summary>
    /// Detention before the final judgment that the judgment deducts only in part (KUHP UU 1/2023 Pasal 61 ayat (1)): the
    /// period's <see cref="DetentionPeriod.CreditedDays"/> count, as the judgment says.
    /// </summary>
    PretrialPartlyCredited = 4,
}
