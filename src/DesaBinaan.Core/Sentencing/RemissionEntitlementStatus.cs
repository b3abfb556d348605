namespace DesaBinaan.Core.Sentencing;

/// <summary>Whether a remission is due on a grant date.</summary>
public enum RemissionEntitlementStatus
{
    /// <summary>The time conditions are met and the amount is known (conduct conditions are assessed by the eligibility rules).</summary>
    Due = 0,

    /// <summary>Not due, for the reason given.</summary>
    NotDue = 1,

    /// <summary>Cannot be decided from the facts given (a missing ground, an amount the tables do not give).</summary>
    Undetermined = 2,
}
