using DesaBinaan.Core.Common;

namespace PackageConsumer;

/// <summary>Common: exact fractions and value-equal lists, used as a package user would.</summary>
internal static class CommonChecks
{
    public static void Run(Action<bool, string> check)
    {
        check(Fraction.TwoThirds.OfCeiling(360) == 240, "2/3 of 360 days is 240 days");
        check(Fraction.OneHalf.OfCeiling(885) == 443, "1/2 of 885 days rounds up to 443");
        check(Fraction.Parse("4/6") == Fraction.TwoThirds, "4/6 parses to 2/3");
        check(!Fraction.TryParse("x", out _), "TryParse refuses text");
        ValueList<string> a = ["Lapas", "Kelurahan"];
        ValueList<string> b = ["Lapas", "Kelurahan"];
        check(a == b && a.GetHashCode() == b.GetHashCode(), "value lists compare by value");
    }
}
