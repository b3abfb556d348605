using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A rule of the partnership life cycle that a step would break, with the particulars.</summary>
/// <remarks>
/// The <see cref="Code"/> is stable; the <see cref="Detail"/> names ids, numbers and dates, never a person's name.
/// Equality compares the rule and the detail.
/// </remarks>
[Immutable]
public sealed record PartnershipViolation
{
    /// <summary>Initializes a violation.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="detail">The particulars in Indonesian and English; must not be null.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rule"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    public PartnershipViolation(CooperationRule rule, LocalizedText detail)
    {
        Rule = Guard.Against.EnumOutOfRange(rule);
        Detail = Guard.Against.Null(detail);
    }

    /// <summary>Gets the rule broken.</summary>
    public CooperationRule Rule { get; }

    /// <summary>Gets the stable code of the rule, such as <c>agreement.signatory.not-authorised</c>.</summary>
    public string Code => Rule.Code();

    /// <summary>Gets the rule as a sentence.</summary>
    public LocalizedText Label => Rule.Label();

    /// <summary>Gets the particulars.</summary>
    public LocalizedText Detail { get; }

    /// <summary>Gets the legal basis of the rule.</summary>
    public Citation Citation => Rule.Citation();

    /// <summary>Returns the rule and the particulars in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example "A PKS must not outlive its memorandum: PKS/7 ends 2031-06-30, MoU/1 on 2029-12-31".</returns>
    public string Describe(Language language) => Label.In(language) + ": " + Detail.In(language);

    /// <summary>Returns the code and the English particulars.</summary>
    /// <returns>The violation as text.</returns>
    public override string ToString() => Code + " (" + Detail.English + ")";
}
