namespace DesaBinaan.Core.Officials;

/// <summary>Whether an acting official (Plh, Plt) in a signing position may sign an agreement: a policy choice (docs/domain.md §5, §10 point 6).</summary>
public enum ActingSigningRule
{
    /// <summary>Only with an explicit delegation of the signing power (the default; UU 30/2014 Pasal 14, BKN 1/SE/I/2021).</summary>
    WithExplicitDelegation = 1,

    /// <summary>Never, even with a delegation: signing is treated as a strategic decision reserved to the definitive holder.</summary>
    Never = 2,

    /// <summary>Always: signing is treated as routine.</summary>
    Always = 3,
}
