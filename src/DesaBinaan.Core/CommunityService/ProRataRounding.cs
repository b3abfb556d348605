namespace DesaBinaan.Core.CommunityService;

/// <summary>How the pro-rata part of a replaced prison term or fine is rounded to whole days or rupiah: a parameter, because UU 1/2023 Pasal 85 ayat (7) does not say.</summary>
public enum ProRataRounding
{
    /// <summary>Round down: a fraction of a day or of a rupiah is not imposed (in the person's favour).</summary>
    Down = 0,

    /// <summary>Round up: any fraction counts as a whole day or rupiah.</summary>
    Up = 1,
}
