namespace DesaBinaan.Core.Officials;

/// <summary>A plausibility warning about a valid NIP: reported as data, never an error (docs/domain.md §4).</summary>
public enum NipWarning
{
    /// <summary>The civil-service start month is before the month of the 18th birthday.</summary>
    StartBeforeEighteenthBirthday = 1,
}
