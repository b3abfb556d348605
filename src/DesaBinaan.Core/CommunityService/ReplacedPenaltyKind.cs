namespace DesaBinaan.Core.CommunityService;

/// <summary>The penalty a community-service order replaces, as the judgment states it (UU 1/2023 Pasal 85 ayat (1) and ayat (9) huruf a).</summary>
public enum ReplacedPenaltyKind
{
    /// <summary>A prison term (<i>pidana penjara</i>) of at most 6 months.</summary>
    Imprisonment = 0,

    /// <summary>A fine (<i>pidana denda</i>) of at most category II.</summary>
    Fine = 1,
}
