namespace DesaBinaan.Core.Eligibility;

/// <summary>What kind of condition a criterion checks; it decides how a failure is read.</summary>
public enum CriterionKind : byte
{
    /// <summary>A condition on the subject's state (legal status, offence category, security level).</summary>
    Condition = 0,

    /// <summary>A condition that time cures (a fraction of the sentence served, a period without punishment): a failure carries the date it will be met.</summary>
    TimeBased = 1,

    /// <summary>A document or record that must be present (a report, a guarantee letter, a proof of payment).</summary>
    Evidence = 2,

    /// <summary>A condition on the activity or the context rather than on the subject (an agreement in force, a quota).</summary>
    Context = 3,
}
