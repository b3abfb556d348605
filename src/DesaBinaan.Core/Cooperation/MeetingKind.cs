namespace DesaBinaan.Core.Cooperation;

/// <summary>The kind of a partnership meeting (DOMAIN.md §6).</summary>
public enum MeetingKind
{
    /// <summary>Initial coordination (<i>koordinasi awal</i>), such as the meeting of 29 April 2026.</summary>
    InitialCoordination = 0,

    /// <summary>Follow-up meeting (<i>rapat lanjutan</i>).</summary>
    FollowUp = 1,

    /// <summary>Signing (<i>penandatanganan</i>).</summary>
    Signing = 2,

    /// <summary>Monitoring and evaluation (<i>monitoring dan evaluasi</i>).</summary>
    Evaluation = 3,
}
