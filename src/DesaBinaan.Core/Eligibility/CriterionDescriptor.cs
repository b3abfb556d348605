using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// What a criterion checks: its stable reason code, its title in both languages, its legal citation, its kind and,
/// for time-based criteria, the assumption under which its date holds.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record CriterionDescriptor
{
    /// <summary>Initializes a descriptor.</summary>
    /// <param name="code">The stable reason code, dotted lower-case (for example <c>asimilasi.half-served</c>); never changes once shipped.</param>
    /// <param name="title">The condition in both languages, phrased as what must hold (for example "has served 1/2 of the sentence").</param>
    /// <param name="citation">The legal basis of the condition.</param>
    /// <param name="kind">What kind of condition it is.</param>
    /// <param name="assumption">For a time-based criterion, the assumption under which its date holds (for example "assuming no new disciplinary punishment"); null otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="title"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code, or <paramref name="kind"/> is not defined.</exception>
    public CriterionDescriptor(string code, LocalizedText title, Citation citation, CriterionKind kind = CriterionKind.Condition, LocalizedText? assumption = null)
    {
        Guard.Against.BlankText(code);
        Code = Guard.Against.InvalidInput(code, nameof(code), ReasonCodes.IsValid, ReasonCodes.Rule);
        Title = Guard.Against.Null(title);
        Citation = Guard.Against.Null(citation);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Assumption = assumption;
    }

    /// <summary>Gets the stable reason code, such as <c>asimilasi.half-served</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the condition in both languages.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the legal basis of the condition.</summary>
    public Citation Citation { get; }

    /// <summary>Gets what kind of condition it is.</summary>
    public CriterionKind Kind { get; }

    /// <summary>Gets the assumption under which a time-based criterion's date holds, or null.</summary>
    public LocalizedText? Assumption { get; }

    /// <summary>Returns the code and the citation, such as <c>asimilasi.half-served (Permenkumham 3/2018 Pasal 45)</c>.</summary>
    /// <returns>The descriptor as text.</returns>
    public override string ToString() => Code + " (" + Citation + ")";
}
