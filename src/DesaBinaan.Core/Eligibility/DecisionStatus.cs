namespace DesaBinaan.Core.Eligibility;

/// <summary>The status of an eligibility decision.</summary>
/// <remarks>The default value is <see cref="Undetermined"/>.</remarks>
public enum DecisionStatus : byte
{
    /// <summary>The decision cannot be made: evidence is missing (the decision lists it).</summary>
    Undetermined = 0,

    /// <summary>Every criterion is met.</summary>
    Eligible = 1,

    /// <summary>Only time-based criteria fail and each will be met on a known date: eligible from the latest of them.</summary>
    NotYetEligible = 2,

    /// <summary>A criterion fails and waiting does not cure it, or the policy does not apply to the subject.</summary>
    Ineligible = 3,
}
