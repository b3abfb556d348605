using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Cooperation;

/// <summary>An obligation of one party under an agreement (<i>hak dan kewajiban</i>).</summary>
/// <remarks>Equality compares the party and the text ordinally.</remarks>
[Immutable]
public sealed record Obligation
{
    /// <summary>Initializes an obligation.</summary>
    /// <param name="party">The institution bound.</param>
    /// <param name="text">What it must do; must not be null or white space.</param>
    /// <exception cref="ArgumentException"><paramref name="party"/> is the empty id or <paramref name="text"/> is white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Obligation(InstitutionId party, string text)
    {
        Party = Guard.Against.InvalidInput(party, nameof(party), p => !p.IsEmpty, "An obligation binds an institution: the party id must not be empty.");
        Text = Guard.Against.BlankText(text);
    }

    /// <summary>Gets the institution bound.</summary>
    public InstitutionId Party { get; }

    /// <summary>Gets what it must do.</summary>
    public string Text { get; }
}
