namespace DesaBinaan.Core.Population;

/// <summary>The direction of a subject's change of status between two evaluations (<see cref="PolicyComparison"/>).</summary>
public enum ChangeDirection : byte
{
    /// <summary>Not eligible before, eligible after.</summary>
    BecameEligible = 0,

    /// <summary>Eligible before, not eligible after.</summary>
    LostEligibility = 1,

    /// <summary>Not eligible before or after, with another status (for example undetermined to not yet eligible).</summary>
    Other = 2,
}
