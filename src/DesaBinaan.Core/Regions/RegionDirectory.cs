using System.Collections.Frozen;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Regions;

/// <summary>
/// An immutable lookup of administrative areas supplied by the caller (for example the Kepmendagri list): find an
/// area by code, list the children of an area, and give the path from the province down to an area.
/// </summary>
/// <remarks>
/// Construction <em>rejects</em> inconsistent input with an <see cref="ArgumentException"/>: a code given twice,
/// or an area whose parent is not in the directory (an orphan). Use <see cref="FindProblems"/> first to get the
/// list of problems as data instead. A directory holds no reference to the caller's collection.
/// </remarks>
[Immutable]
public sealed class RegionDirectory
{
    private readonly FrozenDictionary<RegionCode, AdministrativeArea> areas;
    private readonly FrozenDictionary<RegionCode, ValueList<AdministrativeArea>> children;

    /// <summary>Initializes a directory from areas.</summary>
    /// <param name="areas">The areas, in any order; must not be null nor hold null. Every area but a province needs its parent in the same collection, and no code may appear twice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A code appears twice, or an area's parent is missing; the message names the first codes concerned.</exception>
    public RegionDirectory(IEnumerable<AdministrativeArea> areas)
    {
        var list = ValueList.FromNonNull(Guard.Against.Null(areas), nameof(areas));
        var problems = FindProblems(list);
        if (problems.Count > 0)
        {
            var shown = string.Join("; ", problems.Take(5));
            var more = problems.Count > 5 ? $" (and {problems.Count - 5} more)" : string.Empty;
            throw new ArgumentException($"The areas do not form a consistent directory: {shown}{more}.", nameof(areas));
        }

        this.areas = list.ToFrozenDictionary(a => a.Code);
        Provinces = ValueList.From(list.Where(a => a.Level == RegionLevel.Province).OrderBy(a => a.Code));
        children = list.Where(a => a.Level > RegionLevel.Province)
            .GroupBy(a => a.Code.Parent!.Value)
            .ToFrozenDictionary(g => g.Key, g => ValueList.From(g.OrderBy(a => a.Code)));
    }

    /// <summary>Gets the number of areas.</summary>
    public int Count => areas.Count;

    /// <summary>Gets the provinces, ordered by code.</summary>
    public ValueList<AdministrativeArea> Provinces { get; }

    /// <summary>Lists the problems that would make the constructor reject the areas: duplicated codes and orphans.</summary>
    /// <param name="areas">The areas; must not be null nor hold null.</param>
    /// <returns>One sentence per problem (such as <c>33.75.03.1004 has no parent 33.75.03</c>); empty when the areas are consistent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> is null or holds null.</exception>
    public static ValueList<string> FindProblems(IEnumerable<AdministrativeArea> areas)
    {
        var list = ValueList.FromNonNull(Guard.Against.Null(areas), nameof(areas));
        var problems = new List<string>();
        var codes = new HashSet<RegionCode>();
        foreach (var area in list)
        {
            if (!codes.Add(area.Code))
            {
                problems.Add($"{area.Code} appears more than once");
            }
        }

        foreach (var area in list)
        {
            if (area.Code.Parent is { } parent && !codes.Contains(parent))
            {
                problems.Add($"{area.Code} has no parent {parent}");
            }
        }

        return ValueList.From(problems.Distinct(StringComparer.Ordinal));
    }

    /// <summary>Returns whether an area with a code is in the directory.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when present.</returns>
    public bool Contains(RegionCode code) => areas.ContainsKey(code);

    /// <summary>Finds an area by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The area, or null when the directory does not hold it.</returns>
    public AdministrativeArea? Find(RegionCode code) => areas.GetValueOrDefault(code);

    /// <summary>Returns the area with a code.</summary>
    /// <param name="code">The code; must be in the directory.</param>
    /// <returns>The area.</returns>
    /// <exception cref="KeyNotFoundException">The directory holds no area with <paramref name="code"/>.</exception>
    public AdministrativeArea Get(RegionCode code) =>
        areas.TryGetValue(code, out var area) ? area : throw new KeyNotFoundException($"The directory holds no area {code}.");

    /// <summary>Returns the direct children of an area (the regencies and cities of a province, and so on), ordered by code.</summary>
    /// <param name="code">The parent code.</param>
    /// <returns>The children; empty for a village or an unknown code.</returns>
    public ValueList<AdministrativeArea> ChildrenOf(RegionCode code) =>
        children.TryGetValue(code, out var list) ? list : ValueList<AdministrativeArea>.Empty;

    /// <summary>Returns the path of an area from its province down to the area itself (Provinsi Jawa Tengah › Kota Pekalongan › Kecamatan Pekalongan Utara › Panjang Wetan).</summary>
    /// <param name="code">The code of the area.</param>
    /// <returns>The areas from the province to <paramref name="code"/>; empty when the directory does not hold it.</returns>
    public ValueList<AdministrativeArea> PathToProvince(RegionCode code)
    {
        if (!areas.ContainsKey(code))
        {
            return ValueList<AdministrativeArea>.Empty;
        }

        var path = new AdministrativeArea[(int)code.Level];
        for (var level = RegionLevel.Province; level <= code.Level; level++)
        {
            path[(int)level - 1] = areas[code.AncestorAt(level)];
        }

        return ValueList.From(path);
    }

    /// <summary>Returns the number of areas in the directory at a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The count.</returns>
    public int CountAt(RegionLevel level) => areas.Keys.Count(c => c.Level == level);
}
