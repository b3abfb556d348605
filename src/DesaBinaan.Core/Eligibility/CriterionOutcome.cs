namespace DesaBinaan.Core.Eligibility;

/// <summary>The outcome of one criterion for one subject on one date.</summary>
/// <remarks>The default value is <see cref="Unknown"/>: an outcome that was never computed is never a silent "no".</remarks>
public enum CriterionOutcome : byte
{
    /// <summary>The criterion cannot be decided: a fact it needs is not recorded (missing evidence).</summary>
    Unknown = 0,

    /// <summary>The criterion is met.</summary>
    Met = 1,

    /// <summary>The criterion is not met (possibly only not yet: see <see cref="CriterionResult.Date"/>).</summary>
    NotMet = 2,

    /// <summary>The criterion does not apply to the subject (for example a rule only for foreign nationals).</summary>
    NotApplicable = 3,
}
