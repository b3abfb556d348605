namespace DesaBinaan.Core.Officials;

/// <summary>The capacity in which a person holds a position (docs/domain.md §5; BKN circulars 2/SE/VII/2019, 1/SE/I/2021).</summary>
public enum AppointmentCapacity
{
    /// <summary>The definitive holder (<i>pejabat definitif</i>).</summary>
    Definitive = 1,

    /// <summary>A daily executive (<i>Pelaksana Harian</i>, Plh) while the holder is temporarily absent.</summary>
    Plh = 2,

    /// <summary>An acting executive (<i>Pelaksana Tugas</i>, Plt) while the position is vacant or the holder permanently absent.</summary>
    Plt = 3,
}
