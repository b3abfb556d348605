using System.IO.Compression;
using System.Xml.Linq;

namespace PackageConsumer;

/// <summary>The packed packages carry what a NuGet user needs: README, library, XML documentation, licence expression, symbols beside, and the right dependencies.</summary>
public sealed class PackageContentTests
{
    public static TheoryData<string, string[]> Packages => new()
    {
        { "DesaBinaan.Core", ["net8.0", "net10.0"] },
        { "DesaBinaan.Core.Serialization.SystemTextJson", ["net8.0", "net10.0"] },
        { "DesaBinaan.Core.Reporting", ["net8.0", "net10.0"] },
        { "DesaBinaan.Core.Testing", ["net10.0"] },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_CarriesReadmeLibraryDocsLicenceAndSymbols(string id, string[] frameworks)
    {
        var package = PackageFile(id);
        using (var zip = ZipFile.OpenRead(package))
        {
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            names.Should().Contain("README.md", "the package carries its README");
            names.Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).Select(n => n.Split('/')[1]).Distinct().Should().BeEquivalentTo(frameworks, "{0} targets {1}", id, string.Join(", ", frameworks));
            foreach (var framework in frameworks)
            {
                names.Should().Contain($"lib/{framework}/{id}.dll", "the package carries the library");
                names.Should().Contain($"lib/{framework}/{id}.xml", "the package carries the XML documentation");
            }

            var nuspec = Nuspec(zip);
            nuspec.Descendants().Single(e => e.Name.LocalName == "license").Should().Match<XElement>(e => (string?)e.Attribute("type") == "expression" && e.Value == "MIT", "the package declares the MIT licence");
            nuspec.Descendants().Single(e => e.Name.LocalName == "readme").Value.Should().Be("README.md");
        }

        File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue("a .snupkg stands beside {0}", Path.GetFileName(package));
    }

    [Fact]
    public void TestingPackage_DependsOnTheCoreOfTheSameVersionFluentAssertions7AndCsCheck()
    {
        using var zip = ZipFile.OpenRead(PackageFile("DesaBinaan.Core.Testing"));
        var nuspec = Nuspec(zip);
        var version = nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value;
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!, StringComparer.Ordinal);
        dependencies.Should().Contain("DesaBinaan.Core", version);
        dependencies.Should().ContainKey("FluentAssertions").WhoseValue.Should().Be("[7.2.2, 8.0.0)", "FluentAssertions 8 and later are under a commercial licence: the range stops before 8");
        dependencies.Should().ContainKey("CsCheck");
    }

    [Fact]
    public void JsonPackage_DependsOnTheCoreOfTheSameVersionAndNodaTimesSerializer()
    {
        using var zip = ZipFile.OpenRead(PackageFile("DesaBinaan.Core.Serialization.SystemTextJson"));
        var nuspec = Nuspec(zip);
        var version = nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value;
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("version")!)).Distinct().ToList();
        dependencies.Should().Contain(("DesaBinaan.Core", version));
        dependencies.Should().Contain(d => d.Item1 == "NodaTime.Serialization.SystemTextJson");
    }

    [Fact]
    public void ReportingPackage_DependsOnTheCoreOfTheSameVersionAndCsvHelper34()
    {
        using var zip = ZipFile.OpenRead(PackageFile("DesaBinaan.Core.Reporting"));
        var nuspec = Nuspec(zip);
        var version = nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value;
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("version")!)).Distinct().ToList();
        dependencies.Should().Contain(("DesaBinaan.Core", version));
        dependencies.Should().Contain(("CsvHelper", "34.0.0"));
    }

    [Fact]
    public void CorePackage_CarriesTheDomainReference()
    {
        using var zip = ZipFile.OpenRead(PackageFile("DesaBinaan.Core"));
        var entry = zip.Entries.SingleOrDefault(e => e.FullName == "docs/domain.md");
        entry.Should().NotBeNull("the XML documentation points at docs/domain.md, so the package carries it");
        using var reader = new StreamReader(entry!.Open());
        reader.ReadToEnd().Should().Contain("Permenkumham 3/2018");
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XElement.Load(stream);
    }

    /// <summary>The package folder: DESABINAAN_PACKAGES when set, else artifacts/packages of the repository holding this test.</summary>
    private static string PackageFile(string id)
    {
        var folder = Environment.GetEnvironmentVariable("DESABINAAN_PACKAGES");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); folder is null && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "packages");
            if (Directory.Exists(candidate))
            {
                folder = candidate;
            }
        }

        folder.Should().NotBeNull("the packed packages are in artifacts/packages (run dotnet pack first)");
        var files = Directory.GetFiles(folder!, id + ".*.nupkg")
            .Where(f => char.IsDigit(Path.GetFileName(f)[(id.Length + 1)..][0]))
            .ToList();
        files.Should().ContainSingle("one {0} package is packed", id);
        return files[0];
    }
}
