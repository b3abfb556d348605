using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// A type of the package whose simple name is also a public type of a namespace an application imports (the SDK's
/// implicit usings, and System.Diagnostics, System.Text, System.Collections.Immutable and NodaTime beside them) makes
/// every use ambiguous (CS0104): <c>ActivityContext</c> once clashed with <c>System.Diagnostics.ActivityContext</c>.
/// </summary>
public sealed class NameClashTests
{
    private static readonly string[] ImportedNamespaces =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks", "System.Diagnostics", "System.Text", "System.Collections.Immutable", "System.Globalization",
        "NodaTime",
    ];

    [Fact]
    public void NoPublicType_SharesItsNameWithATypeOfACommonlyImportedNamespace()
    {
        var imported = AppDomain.CurrentDomain.GetAssemblies()
            .Concat([typeof(System.Diagnostics.ActivityContext).Assembly, typeof(System.Net.Http.HttpClient).Assembly, typeof(System.Collections.Immutable.ImmutableArray).Assembly, typeof(NodaTime.LocalDate).Assembly])
            .Distinct()
            .Where(a => !a.IsDynamic)
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && t.Namespace is { } ns && ImportedNamespaces.Contains(ns, StringComparer.Ordinal))
            .ToLookup(t => SimpleName(t.Name), t => t.FullName + " (" + t.Assembly.GetName().Name + ")", StringComparer.Ordinal);
        imported.Contains("ActivityContext").Should().BeTrue("the check sees System.Diagnostics");
        var packages = new[] { typeof(Fraction).Assembly, typeof(DesaBinaan.Core.Testing.AnInmate).Assembly };
        var clashes = packages.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested && imported.Contains(SimpleName(t.Name))).Select(t => t.FullName + " and " + string.Join(", ", imported[SimpleName(t.Name)])).ToList();
        clashes.Should().BeEmpty("a type named like one of System or NodaTime is ambiguous in an app that imports both");
    }

    private static string SimpleName(string name) => name.Split('`')[0];
}
