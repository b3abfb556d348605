using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// A run of days, as day numbers (inclusive), not counted in full: a gap (<see cref="Kind"/> null), house/city arrest (the
/// convention's factor), time escaped (none), or pre-trial detention deducted in part (<see cref="OwnFactor"/>, the
/// judgment's credited days over the period's length).
/// </summary>
internal readonly record struct CreditSegment(int First, int Last, DetentionKind? Kind, Fraction? OwnFactor = null)
{
    public int Length => Last - First + 1;
}
