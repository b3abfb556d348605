namespace DesaBinaan.Core.Sentencing;

/// <summary>What the 1/12 of the decennial remission is taken of (Keppres 120/1955; the sources leave it open, docs/domain.md §9).</summary>
public enum DecennialBasis
{
    /// <summary>The imposed main term, in convention days.</summary>
    ImposedTerm = 0,

    /// <summary>What is left of the sentence on the grant day, substitute imprisonment included.</summary>
    RemainingTerm = 1,
}
