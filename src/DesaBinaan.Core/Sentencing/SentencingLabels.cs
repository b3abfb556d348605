using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>Indonesian and English labels of the sentencing enums.</summary>
public static class SentencingLabels
{
    /// <summary>Returns the label of a sentence kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this SentenceKind value) => value switch
    {
        SentenceKind.Imprisonment => new("pidana penjara", "imprisonment"),
        SentenceKind.Kurungan => new("pidana kurungan", "confinement (kurungan)"),
        SentenceKind.Life => new("pidana penjara seumur hidup", "life imprisonment"),
        SentenceKind.Death => new("pidana mati", "death sentence"),
        SentenceKind.CommunityService => new("pidana kerja sosial", "community service"),
        SentenceKind.Supervision => new("pidana pengawasan", "supervision"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a kind of detention.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this DetentionKind value) => value switch
    {
        DetentionKind.Ordinary => new("penahanan rutan", "detention"),
        DetentionKind.HouseArrest => new("tahanan rumah", "house arrest"),
        DetentionKind.CityArrest => new("tahanan kota", "city arrest"),
        DetentionKind.Escaped => new("melarikan diri", "time escaped"),
        DetentionKind.PretrialPartlyCredited => new("penahanan sebelum putusan yang dikurangkan sebagian", "pre-trial detention deducted in part"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the name of a religious holiday of a special remission (Keppres 174/1999 Pasal 3).</summary>
    /// <param name="value">The holiday.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this ReligiousHoliday value) => value switch
    {
        ReligiousHoliday.IdulFitri => new("Idul Fitri", "Idul Fitri"),
        ReligiousHoliday.Natal => new("Natal", "Christmas (Natal)"),
        ReligiousHoliday.Nyepi => new("Nyepi", "Nyepi"),
        ReligiousHoliday.Waisak => new("Waisak", "Waisak"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a kind of remission.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this RemissionKind value) => value switch
    {
        RemissionKind.General => new("remisi umum", "general remission"),
        RemissionKind.Special => new("remisi khusus", "special remission"),
        RemissionKind.Additional => new("remisi tambahan", "additional remission"),
        RemissionKind.Decennial => new("remisi dasawarsa", "decennial remission"),
        RemissionKind.Humanitarian => new("remisi kemanusiaan", "humanitarian remission"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a month-end rule.</summary>
    /// <param name="value">The rule.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this MonthEndRule value) => value switch
    {
        MonthEndRule.LastDayOfMonth => new("hari terakhir bulan", "last day of the month"),
        MonthEndRule.FirstDayOfNextMonth => new("hari pertama bulan berikutnya", "first day of the next month"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a rounding.</summary>
    /// <param name="value">The rounding.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this DayRounding value) => value switch
    {
        DayRounding.Up => new("dibulatkan ke atas", "rounded up"),
        DayRounding.Down => new("dibulatkan ke bawah", "rounded down"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a remission entitlement status.</summary>
    /// <param name="value">The status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this RemissionEntitlementStatus value) => value switch
    {
        RemissionEntitlementStatus.Due => new("berhak", "due"),
        RemissionEntitlementStatus.NotDue => new("tidak berhak", "not due"),
        RemissionEntitlementStatus.Undetermined => new("belum dapat ditentukan", "undetermined"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a ground of additional remission.</summary>
    /// <param name="value">The ground.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this AdditionalRemissionGround value) => value switch
    {
        AdditionalRemissionGround.ServiceToState => new("berbuat jasa kepada negara", "service to the state"),
        AdditionalRemissionGround.HelpingInstitution => new("membantu kegiatan pembinaan", "helping the institution"),
        _ => throw GuardRules.NotDefined(value),
    };
}
