using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// The parameter values of a policy version (thresholds, switches, the counting convention). Implement it with a
/// sealed, immutable class whose constructor precomputes what criteria need (for example periods as days), so that
/// nothing is recomputed per subject.
/// </summary>
public interface IPolicyParameters
{
    /// <summary>Gets the parameter values as facts, printed in explanations and hashed into fingerprints.</summary>
    ValueList<Fact> Values { get; }

    /// <summary>Gets a description of how time is counted (the counting convention), printed in every explanation, or null when the policy counts no time.</summary>
    LocalizedText? Convention { get; }
}
