using System.Text.RegularExpressions;

namespace DesaBinaan.Core.Tests.Architecture;

/// <summary>
/// The floors of DesaBinaan.Core (docs/architecture.md): which namespace may use which. A namespace may use the ones
/// listed for it and <c>Common</c>; every other arrow, and every cycle, is a violation. The dependencies are read from
/// the source: <c>using</c> directives and fully qualified names.
/// </summary>
internal static partial class Floors
{
    /// <summary>The namespaces below <c>DesaBinaan.Core</c> and what each may use besides <c>Common</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Common"] = [],
        ["Eligibility"] = [],
        ["Sentencing"] = [],
        ["Regions"] = [],
        ["Population"] = ["Eligibility"],
        ["Institutions"] = ["Regions"],
        ["Scopes"] = ["Regions", "Institutions"],
        ["Officials"] = ["Institutions"],
        ["Inmates"] = ["Sentencing", "Institutions", "Regions"],
        ["Cooperation"] = ["Officials", "Institutions", "Scopes", "Regions"],
        ["Timeline"] = ["Rules", "Eligibility", "Population", "Inmates", "Sentencing"],
        ["CommunityService"] = ["Cooperation", "Officials", "Institutions", "Scopes", "Regions", "Sentencing"],
        ["Rules"] = ["Eligibility", "Population", "Sentencing", "Regions", "Institutions", "Scopes", "Officials", "Inmates", "Cooperation"],
    };

    /// <summary>A source file: its path relative to the project and its text.</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>Returns the area (the namespace segment after <c>DesaBinaan.Core.</c>) a file declares, or null.</summary>
    public static string? AreaOf(string text) =>
        NamespaceDeclaration().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Returns the areas a file uses other than its own.</summary>
    public static SortedSet<string> UsesOf(string text)
    {
        var own = AreaOf(text);
        var code = Comment().Replace(text, string.Empty);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in Reference().Matches(code))
        {
            var area = m.Groups[1].Value;
            if (area != own)
            {
                used.Add(area);
            }
        }

        return used;
    }

    /// <summary>Returns one line per arrow the floors do not allow, per area missing from the table, and per folder whose files are not in its namespace.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files)
    {
        var violations = new List<string>();
        foreach (var file in files)
        {
            var area = AreaOf(file.Text);
            if (area is null)
            {
                continue;
            }

            var folder = file.Path.Split('/', '\\')[0];
            if (file.Path.Contains('/', StringComparison.Ordinal) && folder != area)
            {
                violations.Add($"{file.Path}: declares namespace DesaBinaan.Core.{area} in folder {folder} (one namespace per folder)");
            }

            if (!MayUse.TryGetValue(area, out var allowed))
            {
                violations.Add($"{file.Path}: namespace DesaBinaan.Core.{area} is on no floor (add it to docs/architecture.md and to the test's table)");
                continue;
            }

            foreach (var used in UsesOf(file.Text))
            {
                if (used != "Common" && !allowed.Contains(used))
                {
                    violations.Add($"{file.Path}: {area} → {used} is not allowed ({area} may use {string.Join(", ", allowed.Append("Common"))})");
                }
            }
        }

        return violations;
    }

    /// <summary>Returns the cycles between areas in the dependencies of the files, each as "A → B → A".</summary>
    public static IReadOnlyList<string> Cycles(IEnumerable<SourceFile> files)
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (AreaOf(file.Text) is not { } area)
            {
                continue;
            }

            if (!graph.TryGetValue(area, out var edges))
            {
                graph[area] = edges = new SortedSet<string>(StringComparer.Ordinal);
            }

            edges.UnionWith(UsesOf(file.Text));
        }

        var cycles = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                switch (state.GetValueOrDefault(next))
                {
                    case 0:
                        Visit(next);
                        break;
                    case 1:
                        cycles.Add(string.Join(" → ", path.SkipWhile(n => n != next).Append(next)));
                        break;
                    default:
                        break;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0)
            {
                Visit(node);
            }
        }

        return cycles;
    }

    /// <summary>Reads the library's source files (below src/DesaBinaan.Core), paths relative to that folder with '/'.</summary>
    public static IReadOnlyList<SourceFile> LibrarySources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "DesaBinaan.Core.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("The tests run inside the repository, below DesaBinaan.Core.sln.");
        }

        var project = System.IO.Path.Combine(root.FullName, "src", "DesaBinaan.Core");
        return Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new SourceFile(System.IO.Path.GetRelativePath(project, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    [GeneratedRegex(@"^\s*namespace\s+DesaBinaan\.Core\.([A-Za-z]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bDesaBinaan\.Core\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();
}
