namespace DesaBinaan.Core.Cooperation;

/// <summary>The side a meeting attendee or an agreement party represents.</summary>
public enum PartnershipSide
{
    /// <summary>The correctional institution (the UPT: Lapas, Rutan, LPKA, Bapas).</summary>
    Correctional = 0,

    /// <summary>The village (kelurahan or desa).</summary>
    Community = 1,

    /// <summary>The city or regency government.</summary>
    Government = 2,

    /// <summary>Another body, such as the regional office or an invited agency.</summary>
    Other = 3,
}
