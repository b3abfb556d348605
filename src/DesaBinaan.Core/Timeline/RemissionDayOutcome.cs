namespace DesaBinaan.Core.Timeline;

/// <summary>A person's outcome on a remission day.</summary>
public enum RemissionDayOutcome : byte
{
    /// <summary>Cannot be decided: a fact is not recorded (the sentence, Register F, guidance, the religion for a special remission).</summary>
    Undetermined = 0,

    /// <summary>Due: every condition of the remission policy holds, with the amount and tier of Keppres 174/1999.</summary>
    Due = 1,

    /// <summary>Not due under the time conditions of Keppres 174/1999 (6 months or less served, a sentence under 6 months, not the person's holiday…).</summary>
    NotDue = 2,

    /// <summary>The time conditions hold but another condition of the remission policy does not (a recent punishment, not active in guidance, not a convict).</summary>
    Blocked = 3,
}
