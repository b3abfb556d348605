using System.Reflection;
using System.Runtime.Versioning;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Serialization.SystemTextJson;
using PackageConsumer;

// Runs every area check against the packages' net8.0 assemblies and prints "N passed, N failed".
var passed = 0;
var failed = 0;
foreach (var assembly in new[] { typeof(Decision).Assembly, typeof(DesaBinaanJsonSettings).Assembly, typeof(DesaBinaan.Core.Reporting.ReportCsv).Assembly })
{
    var target = assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
    if (target != ".NETCoreApp,Version=v8.0")
    {
        Console.WriteLine("FAIL " + assembly.GetName().Name + " is built for " + target + ", not .NET 8");
        failed++;
    }
}

foreach (var area in ConsumerChecks.Areas())
{
    var areaFailures = 0;
    area.GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [(Action<bool, string>)((ok, what) =>
    {
        if (!ok)
        {
            Console.WriteLine("FAIL " + area.Name + ": " + what);
            areaFailures++;
        }
    })]);
    if (areaFailures == 0)
    {
        passed++;
    }
    else
    {
        failed++;
    }
}

Console.WriteLine("net8.0 consumer on .NET " + Environment.Version + ": " + passed + " passed, " + failed + " failed");
return failed == 0 ? 0 : 1;
