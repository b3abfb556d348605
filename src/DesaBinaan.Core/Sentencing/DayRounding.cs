namespace DesaBinaan.Core.Sentencing;

/// <summary>How a fraction of a day is rounded to whole days.</summary>
public enum DayRounding
{
    /// <summary>Up to the next whole day (half of 885 days is 443 days).</summary>
    Up = 0,

    /// <summary>Down to the whole day (half of 885 days is 442 days).</summary>
    Down = 1,
}
