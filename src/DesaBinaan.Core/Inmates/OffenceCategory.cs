namespace DesaBinaan.Core.Inmates;

/// <summary>
/// The category of the offence for which a sentence is served (DOMAIN.md §9). The special categories get stricter
/// conditions under Permenkumham 3/2018 as amended (Pasal 45 as amended by Permenkumham 7/2022); for narcotics only
/// with a sentence of at least 5 years, which the rules decide from the sentence.
/// </summary>
public enum OffenceCategory
{
    /// <summary>A general offence (<i>tindak pidana umum</i>).</summary>
    General = 1,

    /// <summary>Terrorism (<i>terorisme</i>).</summary>
    Terrorism = 2,

    /// <summary>Narcotics, precursors or psychotropics (<i>narkotika, prekursor narkotika, psikotropika</i>).</summary>
    Narcotics = 3,

    /// <summary>Corruption (<i>korupsi</i>).</summary>
    Corruption = 4,

    /// <summary>Crimes against state security (<i>kejahatan terhadap keamanan negara</i>).</summary>
    StateSecurity = 5,

    /// <summary>Gross violations of human rights (<i>kejahatan hak asasi manusia yang berat</i>).</summary>
    GrossHumanRights = 6,

    /// <summary>Other transnational organised crime (<i>kejahatan transnasional terorganisasi lainnya</i>).</summary>
    TransnationalOrganisedCrime = 7,
}
