using Ardalis.GuardClauses;

namespace DesaBinaan.Core.Common;

/// <summary>A text given in Indonesian and in English, such as a label or a reason.</summary>
/// <remarks>Equality compares both texts ordinally. <see cref="ToString"/> returns the Indonesian text.</remarks>
[Immutable]
public sealed record LocalizedText
{
    /// <summary>Initializes a text in both languages.</summary>
    /// <param name="indonesian">The Indonesian text; must not be null or white space.</param>
    /// <param name="english">The English text; must not be null or white space.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public LocalizedText(string indonesian, string english)
    {
        Indonesian = Guard.Against.BlankText(indonesian);
        English = Guard.Against.BlankText(english);
    }

    /// <summary>Gets the Indonesian text.</summary>
    public string Indonesian { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Returns the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The Indonesian or English text.</returns>
    public string In(Language language) => language == Language.English ? English : Indonesian;

    /// <summary>Returns the Indonesian text.</summary>
    /// <returns>The Indonesian text.</returns>
    public override string ToString() => Indonesian;
}
