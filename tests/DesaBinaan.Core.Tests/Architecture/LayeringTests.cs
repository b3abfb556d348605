namespace DesaBinaan.Core.Tests.Architecture;

/// <summary>The floors of docs/architecture.md hold in the library's source: no arrow upward, no cycle.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void LibrarySource_UsesOnlyWhatEachFloorAllows()
    {
        var sources = Floors.LibrarySources();

        sources.Should().HaveCountGreaterThan(100, "the test reads the library's own source files");
        Floors.Violations(sources).Should().BeEmpty();
    }

    [Fact]
    public void LibrarySource_HasNoCycleBetweenNamespaces()
    {
        Floors.Cycles(Floors.LibrarySources()).Should().BeEmpty();
    }

    [Fact]
    public void Inmates_DoNotDependOnTheEngine()
    {
        // The inmate's snapshot is data; the engine (Eligibility) evaluates it from above (docs/architecture.md).
        var inmates = Floors.LibrarySources().Where(f => f.Path.StartsWith("Inmates/", StringComparison.Ordinal)).ToList();

        inmates.Should().NotBeEmpty();
        inmates.SelectMany(f => Floors.UsesOf(f.Text)).Should().NotContain(["Eligibility", "Rules", "Population"]);
    }

    [Fact]
    public void Violations_ReportAnArrowUpward()
    {
        var upward = new Floors.SourceFile("Sentencing/Shortcut.cs", "using DesaBinaan.Core.Rules;\n\nnamespace DesaBinaan.Core.Sentencing;\n");

        Floors.Violations([upward]).Should().ContainSingle()
            .Which.Should().Be("Sentencing/Shortcut.cs: Sentencing → Rules is not allowed (Sentencing may use Common)");
    }

    [Fact]
    public void Violations_ReportAFullyQualifiedArrowUpward_ButNotOneInAComment()
    {
        var qualified = new Floors.SourceFile("Regions/A.cs", "namespace DesaBinaan.Core.Regions;\n// see DesaBinaan.Core.Rules.Policy\ninternal static class A { static object B => DesaBinaan.Core.Cooperation.MeetingKind.Coordination; }\n");

        Floors.Violations([qualified]).Should().ContainSingle().Which.Should().Contain("Regions → Cooperation");
    }

    [Fact]
    public void Violations_ReportANamespaceOnNoFloor_AndAFileOutsideItsFolder()
    {
        var files = new[]
        {
            new Floors.SourceFile("Payroll/Salary.cs", "namespace DesaBinaan.Core.Payroll;\n"),
            new Floors.SourceFile("Rules/Misplaced.cs", "namespace DesaBinaan.Core.Regions;\n"),
        };

        Floors.Violations(files).Should().BeEquivalentTo(
        [
            "Payroll/Salary.cs: namespace DesaBinaan.Core.Payroll is on no floor (add it to docs/architecture.md and to the test's table)",
            "Rules/Misplaced.cs: declares namespace DesaBinaan.Core.Regions in folder Rules (one namespace per folder)",
        ]);
    }

    [Fact]
    public void Cycles_AreFound()
    {
        var files = new[]
        {
            new Floors.SourceFile("Officials/A.cs", "using DesaBinaan.Core.Cooperation;\nnamespace DesaBinaan.Core.Officials;\n"),
            new Floors.SourceFile("Cooperation/B.cs", "using DesaBinaan.Core.Officials;\nnamespace DesaBinaan.Core.Cooperation;\n"),
        };

        Floors.Cycles(files).Should().ContainSingle().Which.Should().Be("Cooperation → Officials → Cooperation");
    }
}
