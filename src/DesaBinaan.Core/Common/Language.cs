namespace DesaBinaan.Core.Common;

/// <summary>A language in which the library renders labels and explanations.</summary>
public enum Language
{
    /// <summary>Indonesian (<i>Bahasa Indonesia</i>), the default language of every rendering.</summary>
    Indonesian = 0,

    /// <summary>English.</summary>
    English = 1,
}
