namespace DesaBinaan.Core.Sentencing;

/// <summary>A run of days, as day numbers (inclusive), not counted in full: a gap (<see cref="Kind"/> null) or house/city arrest.</summary>
internal readonly record struct CreditSegment(int First, int Last, DetentionKind? Kind)
{
    public int Length => Last - First + 1;
}
