using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;

namespace DesaBinaan.Core.Benchmarks.Population;

public static class Probe
{
    public static long Status(InmateProfile[] p) { long s = 0; foreach (var x in p) { s += (int)x.Status; } return s; }
    public static long Days(InmateProfile[] p, RightsParameters r) { long s = 0; foreach (var x in p) { s += x.DaysUnder(r.CountingConvention).Expiry; } return s; }
    public static long Served(InmateProfile[] p, RightsParameters r) { long s = 0; foreach (var x in p) { var d = x.DaysUnder(r.CountingConvention); if (d.HasDates) { s += d.FractionDay(x, r.Asimilasi!.GeneralFraction, r.CountingConvention); } } return s; }
    public static long DayServed(InmateProfile[] p, RightsParameters r) { long s = 0; foreach (var x in p) { var d = x.DaysUnder(r.CountingConvention); if (d.HasDates) { s += x.DayServed(270, r.CountingConvention); } } return s; }
    public static long Foreign(InmateProfile[] p) { long s = 0; foreach (var x in p) { s += x.IsForeignNational == true ? 1 : 0; } return s; }
    public static long Evidence(InmateProfile[] p) { long s = 0; foreach (var x in p) { s += (int)x.Evidence.Status(EvidenceKind.Litmas); } return s; }
    public static long Register(InmateProfile[] p) { long s = 0; foreach (var x in p) { s += x.RegisterF is null ? 0 : x.LastPunishmentEndDay; } return s; }
}
