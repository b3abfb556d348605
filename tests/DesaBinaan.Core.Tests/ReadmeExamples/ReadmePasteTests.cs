using System.Reflection;
using System.Text.RegularExpressions;
using DesaBinaan.Core.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>
/// Every C# example of the README, compiled the way a user pastes it: alone, as the Program.cs of a console app with
/// the SDK's implicit usings, referencing the packages (DesaBinaan.Core, DesaBinaan.Core.Testing, DesaBinaan.Core.Serialization.SystemTextJson, DesaBinaan.Core.Reporting and their
/// dependencies). An example that needs a namespace says so in its own <c>using</c> lines.
/// </summary>
public sealed partial class ReadmePasteTests
{
    /// <summary>The global usings of a console app with <c>ImplicitUsings</c> enabled.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Blocks().Count; i++)
        {
            data.Add(i + 1);
        }

        return data;
    }

    [Fact]
    public void Readme_HasItsExamples()
    {
        // Sections: foundation, partnership, sentencing, one inmate, a local rule, population, testing.
        Blocks().Count.Should().BeGreaterThanOrEqualTo(7);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_PastedIntoProgramCs_Compiles(int number)
    {
        var code = Blocks()[number - 1];
        var compilation = CSharpCompilation.Create(
            "Pasted" + number,
            [CSharpSyntaxTree.ParseText(ImplicitUsings, Options, "GlobalUsings.g.cs", cancellationToken: TestContext.Current.CancellationToken), CSharpSyntaxTree.ParseText(code, Options, "Program.cs", cancellationToken: TestContext.Current.CancellationToken)],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        errors.Should().BeEmpty("README example {0} compiles as pasted:{1}{2}", number, Environment.NewLine, code);
    }

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest);

    private static List<string> Blocks()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        return CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DesaBinaan.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository, below DesaBinaan.Core.sln.");
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        Assembly[] packages = [typeof(Fraction).Assembly, typeof(NodaTime.LocalDate).Assembly, typeof(DesaBinaan.Core.Testing.AnInmate).Assembly, typeof(FluentAssertions.AssertionExtensions).Assembly, typeof(DesaBinaan.Core.Serialization.SystemTextJson.DesaBinaanJsonSettings).Assembly, typeof(NodaTime.Serialization.SystemTextJson.NodaConverters).Assembly, typeof(DesaBinaan.Core.Reporting.ReportCsv).Assembly, typeof(CsvHelper.CsvWriter).Assembly];
        return platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Concat(packages.Select(a => a.Location))
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    [GeneratedRegex("```csharp\\r?\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
