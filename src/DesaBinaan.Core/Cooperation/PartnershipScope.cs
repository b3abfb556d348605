using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A scope active in one partnership on a date, with the partnership's sides.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record PartnershipScope
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="partnershipId">The partnership's id; must not be null or white space.</param>
    /// <param name="correctionalSide">The correctional unit.</param>
    /// <param name="village">The partner village's region code.</param>
    /// <param name="scope">The scope; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="partnershipId"/> or <paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partnershipId"/> is white space.</exception>
    public PartnershipScope(string partnershipId, InstitutionId correctionalSide, RegionCode village, ScopeKind scope)
    {
        PartnershipId = Guard.Against.BlankText(partnershipId);
        CorrectionalSide = correctionalSide;
        Village = village;
        Scope = Guard.Against.Null(scope);
    }

    /// <summary>Gets the partnership's id.</summary>
    public string PartnershipId { get; }

    /// <summary>Gets the correctional unit.</summary>
    public InstitutionId CorrectionalSide { get; }

    /// <summary>Gets the partner village's region code.</summary>
    public RegionCode Village { get; }

    /// <summary>Gets the scope.</summary>
    public ScopeKind Scope { get; }
}
