namespace DesaBinaan.Core.Inmates;

/// <summary>The level of a disciplinary punishment recorded in Register F (Permenkumham 6/2013 on the rules of Lapas and Rutan).</summary>
public enum DisciplinaryPunishment
{
    /// <summary>A light punishment (<i>hukuman disiplin tingkat ringan</i>).</summary>
    Light = 1,

    /// <summary>A moderate punishment (<i>hukuman disiplin tingkat sedang</i>).</summary>
    Moderate = 2,

    /// <summary>A heavy punishment (<i>hukuman disiplin tingkat berat</i>).</summary>
    Heavy = 3,
}
