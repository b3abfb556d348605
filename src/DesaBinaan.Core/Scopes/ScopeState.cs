namespace DesaBinaan.Core.Scopes;

/// <summary>The state of one scope of cooperation within a partnership (DOMAIN.md §6–§7).</summary>
public enum ScopeState
{
    /// <summary>Proposed by one side, not yet agreed (<i>diusulkan</i>).</summary>
    Proposed = 0,

    /// <summary>Agreed in principle at a meeting, not yet in a signed agreement (<i>disepakati secara prinsip</i>).</summary>
    AgreedInPrinciple = 1,

    /// <summary>Covered by a signed agreement (<i>tercakup dalam perjanjian</i>).</summary>
    CoveredByAgreement = 2,

    /// <summary>Being carried out (<i>dilaksanakan</i>).</summary>
    Active = 3,

    /// <summary>Suspended for a while (<i>ditangguhkan</i>).</summary>
    Suspended = 4,

    /// <summary>Ended (<i>berakhir</i>).</summary>
    Ended = 5,
}
