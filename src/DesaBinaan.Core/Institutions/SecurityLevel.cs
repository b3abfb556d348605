namespace DesaBinaan.Core.Institutions;

/// <summary>A security level of an institution or of an inmate's placement (Permenkumham 35/2018 on the revitalisation of corrections; docs/domain.md §3).</summary>
public enum SecurityLevel
{
    /// <summary>Super maximum security (<i>super maximum security</i>).</summary>
    SuperMaximum = 1,

    /// <summary>Maximum security (<i>maximum security</i>).</summary>
    Maximum = 2,

    /// <summary>Medium security (<i>medium security</i>).</summary>
    Medium = 3,

    /// <summary>Minimum security (<i>minimum security</i>): open prisons and open camps, the level of assimilation.</summary>
    Minimum = 4,
}
