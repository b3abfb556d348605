namespace DesaBinaan.Core.Cooperation;

/// <summary>How a version of an agreement came about.</summary>
public enum AgreementChange
{
    /// <summary>The original text (version 1).</summary>
    Original = 0,

    /// <summary>An amendment (<i>addendum / perubahan</i>) of scopes, obligations, funding or term.</summary>
    Amendment = 1,

    /// <summary>An extension of the term (<i>perpanjangan</i>).</summary>
    Extension = 2,
}
