namespace DesaBinaan.Core.Cooperation;

/// <summary>The role of an attendee at a meeting.</summary>
public enum AttendeeRole
{
    /// <summary>Chairs the meeting (<i>memimpin</i>), such as the Kasi Binadik on 29 April 2026.</summary>
    Chair = 0,

    /// <summary>Accompanies the chair (<i>mendampingi</i>).</summary>
    Accompanying = 1,

    /// <summary>Hosts the meeting (<i>tuan rumah</i>), such as the Lurah.</summary>
    Host = 2,

    /// <summary>Takes part (<i>peserta</i>).</summary>
    Participant = 3,
}
