namespace DesaBinaan.Core.Inmates;

/// <summary>The legal status of a person held or supervised by the correctional system (UU 22/2022 Pasal 1).</summary>
public enum LegalStatus
{
    /// <summary>A suspect or defendant in pre-trial detention (<i>tahanan</i>): not eligible for convict programmes.</summary>
    Detainee = 1,

    /// <summary>A convict serving a sentence (<i>narapidana</i>).</summary>
    Convict = 2,

    /// <summary>A child serving a sentence in an LPKA (<i>anak binaan</i>, 14 to under 18).</summary>
    Child = 3,

    /// <summary>A person under the supervision of a Bapas (<i>klien pemasyarakatan</i>).</summary>
    Client = 4,
}
