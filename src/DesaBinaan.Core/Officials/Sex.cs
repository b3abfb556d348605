namespace DesaBinaan.Core.Officials;

/// <summary>The sex recorded in a NIP (digit 15: 1 male, 2 female).</summary>
public enum Sex
{
    /// <summary>Male (<i>laki-laki</i>): digit 1.</summary>
    Male = 1,

    /// <summary>Female (<i>perempuan</i>): digit 2.</summary>
    Female = 2,
}
