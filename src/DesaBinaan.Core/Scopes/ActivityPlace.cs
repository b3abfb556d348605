using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Scopes;

/// <summary>Where an activity takes place: a village (kelurahan or desa) by its region code, and a description of the spot.</summary>
/// <remarks>Equality compares the village code and the description ordinally.</remarks>
[Immutable]
public sealed record ActivityPlace
{
    /// <summary>Initializes a place.</summary>
    /// <param name="village">The village's region code, such as <c>33.75.03.1004</c> (Kelurahan Panjang Wetan); must be at village level.</param>
    /// <param name="description">The spot, such as "the Panjang Wetan drainage channel and the kelurahan office grounds"; must not be null or white space.</param>
    /// <exception cref="ArgumentException"><paramref name="village"/> is not a village code, or <paramref name="description"/> is white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public ActivityPlace(RegionCode village, string description)
    {
        Village = Guard.Against.InvalidInput(village, nameof(village), v => v.Level == RegionLevel.Village, "An activity takes place in a village: the region code must be at village level (PP.KK.CC.DDDD).");
        Description = Guard.Against.BlankText(description);
    }

    /// <summary>Gets the village's region code.</summary>
    public RegionCode Village { get; }

    /// <summary>Gets the description of the spot.</summary>
    public string Description { get; }

    /// <summary>Returns the village code and the description.</summary>
    /// <returns>The place as text.</returns>
    public override string ToString() => Village + " " + Description;
}
