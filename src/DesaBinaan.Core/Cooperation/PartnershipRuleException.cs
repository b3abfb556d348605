using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// Thrown by a partnership step that breaks a rule of the life cycle. It carries every violation; the matching
/// <c>Check…</c> method returns the same violations without throwing.
/// </summary>
/// <remarks>The message lists the violations' codes and particulars (ids, numbers and dates, never a person's name).</remarks>
public sealed class PartnershipRuleException : InvalidOperationException
{
    /// <summary>Initializes an exception with no violation (for serializers and tooling).</summary>
    public PartnershipRuleException()
        : this([])
    {
    }

    /// <summary>Initializes an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PartnershipRuleException(string message)
        : base(message)
    {
        Violations = [];
    }

    /// <summary>Initializes an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public PartnershipRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
    }

    /// <summary>Initializes an exception carrying violations.</summary>
    /// <param name="violations">The violations; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    public PartnershipRuleException(IEnumerable<PartnershipViolation> violations)
        : this(ValueList.FromNonNull(violations, nameof(violations)))
    {
    }

    private PartnershipRuleException(ValueList<PartnershipViolation> violations)
        : base("The partnership step breaks " + violations.Count + " rule(s): " + string.Join("; ", violations))
    {
        Violations = violations;
    }

    /// <summary>Gets the violations.</summary>
    public ValueList<PartnershipViolation> Violations { get; }
}
