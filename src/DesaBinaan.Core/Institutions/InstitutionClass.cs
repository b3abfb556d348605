namespace DesaBinaan.Core.Institutions;

/// <summary>The class of a correctional technical unit (Lapas, Rutan and others: Kelas I, IIA, IIB, III).</summary>
public enum InstitutionClass
{
    /// <summary>No class: the kind has no classes (a kelurahan, a regional office) or the class is not known.</summary>
    None = 0,

    /// <summary>Class I (<i>Kelas I</i>).</summary>
    I = 1,

    /// <summary>Class IIA (<i>Kelas IIA</i>).</summary>
    IIA = 2,

    /// <summary>Class IIB (<i>Kelas IIB</i>).</summary>
    IIB = 3,

    /// <summary>Class III (<i>Kelas III</i>).</summary>
    III = 4,
}
