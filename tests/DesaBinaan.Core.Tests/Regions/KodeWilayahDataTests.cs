using DesaBinaan.Core.Regions;

namespace DesaBinaan.Core.Tests.Regions;

/// <summary>The official list (Kepmendagri 300.2.2-2138/2025 as amended by 300.2.2-2430/2025), when it is available.</summary>
public sealed class KodeWilayahDataTests
{
    private const string FileName = "kode-wilayah-kepmendagri-2025.csv";

    private static readonly Lazy<List<(string Code, string Name)>?> Rows = new(Load);

    [Fact]
    public void EveryCode_Parses_AndEveryParentExists()
    {
        var rows = RowsOrSkip();
        var areas = rows.Select(r => new AdministrativeArea(RegionCode.Parse(r.Code), r.Name)).ToList();
        RegionDirectory.FindProblems(areas).Should().BeEmpty();
        var directory = new RegionDirectory(areas);
        directory.Count.Should().Be(rows.Count);
    }

    [Fact]
    public void Counts_MatchTheDecree()
    {
        // data/README: 38 provinces, 514 regencies/cities, 7,285 districts, 83,762 villages.
        var directory = Directory();
        directory.CountAt(RegionLevel.Province).Should().Be(38);
        directory.CountAt(RegionLevel.RegencyOrCity).Should().Be(514);
        directory.CountAt(RegionLevel.District).Should().Be(7285);
        directory.CountAt(RegionLevel.Village).Should().Be(83762);
    }

    [Fact]
    public void PanjangWetan_IsAKelurahanOfPekalonganUtara()
    {
        // docs/domain.md §4.
        var directory = Directory();
        var code = RegionCode.Parse("33.75.03.1004");
        directory.Find(code)!.Name.Should().Be("Panjang Wetan");
        code.VillageKind.Should().Be(VillageKind.Kelurahan);
        directory.PathToProvince(code).Select(a => a.Code.ToString()).Should().Equal("33", "33.75", "33.75.03", "33.75.03.1004");
        directory.Find(RegionCode.Parse("33.75.03"))!.Name.Should().Be("Pekalongan Utara");
    }

    [Fact]
    public void VillageKinds_FollowTheFourthSegment()
    {
        var directory = Directory();
        var villages = RowsOrSkip().Where(r => r.Code.Length == 13).Select(r => RegionCode.Parse(r.Code)).ToList();
        villages.Count(v => v.VillageKind == VillageKind.Kelurahan).Should().BeGreaterThan(8000);
        villages.Count(v => v.VillageKind == VillageKind.Desa).Should().BeGreaterThan(70000);
        villages.Should().OnlyContain(v => (int)v.VillageKind!.Value == v.VillageSegment / 1000);
        directory.Find(RegionCode.Parse("33.26.01.2001"))!.Kind.Should().Be(AreaKind.Desa);
    }

    private static RegionDirectory Directory() =>
        new(RowsOrSkip().Select(r => new AdministrativeArea(RegionCode.Parse(r.Code), r.Name)));

    private static List<(string Code, string Name)> RowsOrSkip()
    {
        var rows = Rows.Value;
        if (rows is null)
        {
            Assert.Skip($"The shared data file {FileName} is not present beside the repository; real-data region tests skipped.");
        }

        return rows;
    }

    private static List<(string Code, string Name)>? Load()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DesaBinaan.Core.sln")))
        {
            folder = folder.Parent;
        }

        // ../shared/data beside the repository root (or beside one of its ancestors, for a worktree checked out deeper).
        string? path = null;
        for (var parent = folder?.Parent; parent is not null && path is null; parent = parent.Parent)
        {
            var candidate = Path.Combine(parent.FullName, "shared", "data", FileName);
            path = File.Exists(candidate) ? candidate : null;
        }

        if (path is null)
        {
            return null;
        }

        var rows = new List<(string Code, string Name)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var name = line[(comma + 1)..].Trim();
            if (name.Length >= 2 && name[0] == '"' && name[^1] == '"')
            {
                name = name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            }

            rows.Add((line[..comma], name));
        }

        return rows;
    }
}
