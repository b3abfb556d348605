namespace DesaBinaan.Core.Eligibility;

/// <summary>The type of value a <see cref="Fact"/> holds.</summary>
public enum FactKind : byte
{
    /// <summary>The fact is not recorded (missing evidence).</summary>
    Missing = 0,

    /// <summary>A yes/no value.</summary>
    Flag = 1,

    /// <summary>A whole number (a count, a quota).</summary>
    Number = 2,

    /// <summary>A number of days.</summary>
    Days = 3,

    /// <summary>A number of days out of a required number of days (for example served 412 of 450 days).</summary>
    DaysOf = 4,

    /// <summary>A calendar date.</summary>
    Date = 5,

    /// <summary>An exact fraction (for example 2/3).</summary>
    Fraction = 6,

    /// <summary>A code or short text that is not personal data (for example an offence category code).</summary>
    Text = 7,

    /// <summary>A localized label (for example an offence category in Indonesian and English).</summary>
    Label = 8,
}
