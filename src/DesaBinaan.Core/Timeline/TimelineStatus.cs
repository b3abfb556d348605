namespace DesaBinaan.Core.Timeline;

/// <summary>Where a line of a rights timeline stands on the evaluation date.</summary>
public enum TimelineStatus
{
    /// <summary>Met since the date of the line (for the expiry: the date has passed).</summary>
    MetSince = 0,

    /// <summary>Waiting until the date of the line, under the assumptions given.</summary>
    WaitingUntil = 1,

    /// <summary>Blocked: a condition is not met and waiting does not cure it (a punishment, an absent document, not active in guidance).</summary>
    Blocked = 2,

    /// <summary>Not applicable to this sentence (its length, a life sentence, no remission for pre-release leave, the sentence ends first).</summary>
    NotApplicable = 3,

    /// <summary>Cannot be decided: a fact or a document is not recorded.</summary>
    Undetermined = 4,
}
