using Ardalis.GuardClauses;
using System.Globalization;

namespace DesaBinaan.Core.Common;

/// <summary>Conversions between <see cref="Language"/> and cultures.</summary>
public static class LanguageExtensions
{
    /// <summary>Returns the language to use for a culture: English for any <c>en</c> culture, Indonesian otherwise.</summary>
    /// <param name="culture">The culture; must not be null.</param>
    /// <returns>The matching language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static Language ForCulture(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? Language.English : Language.Indonesian;
    }

    /// <summary>Returns the culture used to format text in a language (<c>id-ID</c> or <c>en-GB</c>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>A read-only culture.</returns>
    public static CultureInfo Culture(this Language language) =>
        language == Language.English ? English : Indonesian;

    private static readonly CultureInfo Indonesian = CultureInfo.ReadOnly(new CultureInfo("id-ID", useUserOverride: false));
    private static readonly CultureInfo English = CultureInfo.ReadOnly(new CultureInfo("en-GB", useUserOverride: false));
}
