using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// The judgment's order for a failure to serve community service without a valid reason (UU 1/2023 Pasal 85 ayat (7)
/// and ayat (9) huruf c): repeat the hours, serve the replaced prison term, or pay the replaced fine, all or in part.
/// </summary>
/// <remarks>Equality compares the kind and the extent.</remarks>
[Immutable]
public sealed record FailureOrder
{
    /// <summary>Initializes a failure order.</summary>
    /// <param name="kind">What the person must do; must be defined.</param>
    /// <param name="extent">All of it, or the part for the hours not served; must be defined.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> or <paramref name="extent"/> is not defined.</exception>
    public FailureOrder(FailureOrderKind kind, FailureExtent extent)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Extent = Guard.Against.EnumOutOfRange(extent);
    }

    /// <summary>Gets what the person must do.</summary>
    public FailureOrderKind Kind { get; }

    /// <summary>Gets whether all of it applies or the part for the hours not served.</summary>
    public FailureExtent Extent { get; }

    /// <summary>Returns the kind and the extent, such as <c>ServeReplacedPrisonTerm ProRata</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + " " + Extent;
}
