using Ardalis.GuardClauses;

namespace DesaBinaan.Core.Common;

/// <summary>
/// A reference to the legal basis of a rule, such as <c>Permenkumham 3/2018 Pasal 44</c> or
/// <c>Keppres 174/1999 Pasal 7 ayat (4)</c>.
/// </summary>
/// <remarks>Equality compares the instrument, the article and the note ordinally.</remarks>
[Immutable]
public sealed record Citation
{
    /// <summary>Initializes a citation.</summary>
    /// <param name="instrument">The legal instrument (for example <c>UU 22/2022</c>); must not be null or white space.</param>
    /// <param name="article">The article or part cited (for example <c>Pasal 10 ayat (4)</c>), or null when the whole instrument is meant.</param>
    /// <param name="note">An optional note (for example what the article says, or that a point is a policy choice).</param>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="instrument"/> is empty or white space, or <paramref name="article"/> is white space.</exception>
    public Citation(string instrument, string? article = null, string? note = null)
    {
        Instrument = Guard.Against.BlankText(instrument);
        if (article is not null)
        {
            Guard.Against.InvalidInput(article, nameof(article), a => a.Trim().Length > 0, "The article of a citation must not be white space; pass null to cite the whole instrument.");
        }

        Article = article;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the legal instrument, such as <c>Permenkumham 3/2018</c>.</summary>
    public string Instrument { get; }

    /// <summary>Gets the article cited, or null when the whole instrument is meant.</summary>
    public string? Article { get; }

    /// <summary>Gets an optional note on the citation.</summary>
    public string? Note { get; }

    /// <summary>Returns the citation as it is written in a reference: the instrument followed by the article.</summary>
    /// <returns>For example <c>Permenkumham 3/2018 Pasal 44</c>.</returns>
    public override string ToString() => Article is null ? Instrument : Instrument + " " + Article;
}
