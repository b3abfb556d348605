using System.IO.Compression;
using DesaBinaan.Core.Common;
using PackageConsumer;

// A program that knows DesaBinaan.Core only as a package. It exits non-zero when a type misbehaves or
// when the package it was given lacks its README, licence, XML documentation or symbols.
var failures = new List<string>();

void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

// Common: exact fractions and value-equal lists.
Check(Fraction.TwoThirds.OfCeiling(360) == 240, "2/3 of 360 days is 240 days");
Check(Fraction.OneHalf.OfCeiling(885) == 443, "1/2 of 885 days rounds up to 443");
Check(Fraction.Parse("4/6") == Fraction.TwoThirds, "4/6 parses to 2/3");
Check(!Fraction.TryParse("x", out _), "TryParse refuses text");
ValueList<string> a = ["Lapas", "Kelurahan"];
ValueList<string> b = ["Lapas", "Kelurahan"];
Check(a == b && a.GetHashCode() == b.GetHashCode(), "value lists compare by value");

ConsumerChecks.Run(Check);

// The package itself, when its folder is given.
if (args.Length > 0)
{
    var folder = args[0];
    var package = Directory.GetFiles(folder, "DesaBinaan.Core.*.nupkg").Where(f => !f.EndsWith(".snupkg", StringComparison.Ordinal)).Single(f => char.IsDigit(Path.GetFileName(f)["DesaBinaan.Core.".Length]));
    using (var zip = ZipFile.OpenRead(package))
    {
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Check(names.Contains("README.md"), "the package carries its README");
        Check(names.Contains("lib/net10.0/DesaBinaan.Core.dll"), "the package carries the library");
        Check(names.Contains("lib/net10.0/DesaBinaan.Core.xml"), "the package carries the XML documentation");
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Check(text.Contains("<license type=\"expression\">MIT</license>", StringComparison.Ordinal), "the package declares the MIT licence");
    }

    Check(File.Exists(Path.ChangeExtension(package, ".snupkg")), "a .snupkg stands beside the package");
}

if (failures.Count > 0)
{
    foreach (var failure in failures)
    {
        Console.Error.WriteLine("FAILED: " + failure);
    }

    return 1;
}

Console.WriteLine("PackageConsumer: the packed DesaBinaan.Core works.");
return 0;
