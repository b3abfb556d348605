using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Officials;

/// <summary>The policy values of authority questions (docs/domain.md §5, §10 point 6).</summary>
/// <remarks>Equality compares the values.</remarks>
[Immutable]
public sealed record AuthorityPolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="actingOfficials">Whether an acting official (Plh, Plt) in a signing position may sign.</param>
    /// <param name="honourDelegations">Whether an explicit delegation from an authorised signatory lets another official sign (PP 28/2018 for regional heads; UU 30/2014 Pasal 13–14).</param>
    /// <exception cref="ArgumentException"><paramref name="actingOfficials"/> is not defined.</exception>
    public AuthorityPolicy(ActingSigningRule actingOfficials = ActingSigningRule.WithExplicitDelegation, bool honourDelegations = true)
    {
        ActingOfficials = Guard.Against.EnumOutOfRange(actingOfficials);
        HonourDelegations = honourDelegations;
    }

    /// <summary>Gets the default policy: an acting official signs only with an explicit delegation; delegations are honoured.</summary>
    public static AuthorityPolicy Default { get; } = new();

    /// <summary>Gets whether an acting official may sign.</summary>
    public ActingSigningRule ActingOfficials { get; }

    /// <summary>Gets whether explicit delegations are honoured.</summary>
    public bool HonourDelegations { get; }

    /// <summary>Gets the citation of the acting-official rule.</summary>
    public Citation ActingCitation => new("UU 30/2014", "Pasal 14", "An official acting by mandate may not take strategic decisions; whether signing is strategic is a policy choice (BKN 2/SE/VII/2019, 1/SE/I/2021).");
}
