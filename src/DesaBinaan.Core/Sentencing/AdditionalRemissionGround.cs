namespace DesaBinaan.Core.Sentencing;

/// <summary>The ground of an additional remission (<i>remisi tambahan</i>, Keppres 174/1999).</summary>
public enum AdditionalRemissionGround
{
    /// <summary>Service to the state (<i>berbuat jasa kepada negara</i>): 1/2 of that year's general remission.</summary>
    ServiceToState = 0,

    /// <summary>Helping the institution (<i>membantu kegiatan pembinaan</i>, for example as a trustee): 1/3 of that year's general remission.</summary>
    HelpingInstitution = 1,
}
