using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Officials;

/// <summary>
/// Who may sign an agreement of a kind for an institution on a date: the authorised people, or, when there is
/// nobody, why (with its legal basis), such as "a desa signs only a Perjanjian Bersama".
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record SigningAnswer
{
    /// <summary>Initializes an answer.</summary>
    /// <param name="signers">The authorised decisions, one per person; may be empty.</param>
    /// <param name="reasonCode">Why nobody may sign, as a stable code; null when someone may sign, required otherwise.</param>
    /// <param name="reason">Why nobody may sign, in words; null when someone may sign, required otherwise.</param>
    /// <param name="citation">The legal basis of the reason, or null when someone may sign.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signers"/> is null.</exception>
    /// <exception cref="ArgumentException">The reason is missing though nobody may sign, or given though someone may.</exception>
    public SigningAnswer(ValueList<AuthorityDecision> signers, string? reasonCode, LocalizedText? reason, Citation? citation)
    {
        Signers = Guard.Against.Null(signers);
        Guard.Against.InvalidInput(reasonCode, nameof(reasonCode), c => (c is null) == (signers.Count > 0) && (reason is null) == (c is null), "An answer says why exactly when nobody may sign, with a code and a reason together.");
        ReasonCode = reasonCode;
        Reason = reason;
        Citation = citation;
    }

    /// <summary>Gets the authorised decisions, one per person who may sign.</summary>
    public ValueList<AuthorityDecision> Signers { get; }

    /// <summary>Gets whether somebody may sign.</summary>
    public bool AnyoneMaySign => Signers.Count > 0;

    /// <summary>Gets why nobody may sign, as a stable code (such as <c>authority.desa.joint-agreement-only</c>), or null.</summary>
    public string? ReasonCode { get; }

    /// <summary>Gets why nobody may sign, in both languages, or null.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>Gets the legal basis of the reason, or null.</summary>
    public Citation? Citation { get; }

    /// <summary>Returns the answer as text with no personal data: the number of signers, or the reason code.</summary>
    /// <returns>For example <c>2 signers</c> or <c>nobody: authority.desa.joint-agreement-only</c>.</returns>
    public override string ToString() =>
        AnyoneMaySign ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Signers.Count} signers") : "nobody: " + ReasonCode;
}
