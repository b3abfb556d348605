using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Population;

/// <summary>Indonesian and English labels of the population enums.</summary>
public static class PopulationLabels
{
    /// <summary>Returns the label of a calendar unit.</summary>
    /// <param name="value">The unit.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this CalendarUnit value) => value switch
    {
        CalendarUnit.Week => new("Minggu", "Week"),
        CalendarUnit.Month => new("Bulan", "Month"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a change direction.</summary>
    /// <param name="value">The direction.</param>
    /// <returns>The label in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static LocalizedText Label(this ChangeDirection value) => value switch
    {
        ChangeDirection.BecameEligible => new("Menjadi memenuhi syarat", "Became eligible"),
        ChangeDirection.LostEligibility => new("Tidak lagi memenuhi syarat", "No longer eligible"),
        ChangeDirection.Other => new("Status lain berubah", "Other change of status"),
        _ => throw GuardRules.NotDefined(value),
    };
}
