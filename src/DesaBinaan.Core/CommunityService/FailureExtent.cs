namespace DesaBinaan.Core.CommunityService;

/// <summary>How much of the failure order applies: all of it, or the part for the hours not served (UU 1/2023 Pasal 85 ayat (7): "seluruh atau sebagian").</summary>
public enum FailureExtent
{
    /// <summary>All of it, whatever was served (<i>seluruh</i>).</summary>
    Whole = 0,

    /// <summary>The part for the hours not served (<i>sebagian</i>), measured by the pro-rata rule of <see cref="CommunityServiceSettings"/>: the law does not say how a part is measured.</summary>
    ProRata = 1,
}
