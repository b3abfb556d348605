using System.Collections.Frozen;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Institutions;

/// <summary>
/// The organisation of one institution as a tree of units: one head, every other unit under a parent unit of the
/// same chart. The structure is data, because it differs by class and changes over time (docs/domain.md §3).
/// </summary>
/// <remarks>Equality compares the institution and the units in order.</remarks>
[Immutable]
public sealed class OrganisationChart : IEquatable<OrganisationChart>
{
    private readonly FrozenDictionary<UnitId, OrganisationUnit> byId;
    private readonly FrozenDictionary<UnitId, ValueList<OrganisationUnit>> children;

    /// <summary>Initializes a chart.</summary>
    /// <param name="institution">The institution; must not be empty.</param>
    /// <param name="units">The units; must not be null nor hold null: exactly one without a parent (the head), unique ids, every parent in the chart, no cycle.</param>
    /// <exception cref="ArgumentException"><paramref name="institution"/> is empty, or the units break a rule above (the message names the unit).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null or holds null.</exception>
    public OrganisationChart(InstitutionId institution, IEnumerable<OrganisationUnit> units)
    {
        Institution = Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "An organisation chart belongs to an institution with a non-empty id.");
        Units = ValueList.FromNonNull(Guard.Against.Null(units), nameof(units));
        var map = new Dictionary<UnitId, OrganisationUnit>();
        foreach (var unit in Units)
        {
            if (!map.TryAdd(unit.Id, unit))
            {
                throw new ArgumentException($"The unit id '{unit.Id}' appears more than once in the chart.", nameof(units));
            }
        }

        var roots = Units.Where(u => u.Parent is null).ToList();
        if (roots.Count != 1)
        {
            throw new ArgumentException($"An organisation chart has exactly one head unit without a parent; found {roots.Count}.", nameof(units));
        }

        foreach (var unit in Units)
        {
            if (unit.Parent is { } parent && !map.ContainsKey(parent))
            {
                throw new ArgumentException($"The parent '{parent}' of unit '{unit.Id}' is not in the chart.", nameof(units));
            }
        }

        if (ParentChains.FindCycle(map.Keys, id => map[id].Parent) is { } inCycle)
        {
            throw new ArgumentException($"The unit '{inCycle}' is part of a cycle of parents.", nameof(units));
        }

        Head = roots[0];
        byId = map.ToFrozenDictionary();
        children = Units.Where(u => u.Parent is not null)
            .GroupBy(u => u.Parent!.Value)
            .ToFrozenDictionary(g => g.Key, g => ValueList.From(g));
    }

    /// <summary>Gets the institution the chart belongs to.</summary>
    public InstitutionId Institution { get; }

    /// <summary>Gets the units in the order given.</summary>
    public ValueList<OrganisationUnit> Units { get; }

    /// <summary>Gets the head unit (the one without a parent).</summary>
    public OrganisationUnit Head { get; }

    /// <summary>Finds a unit by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The unit, or null when the chart has none with <paramref name="id"/>.</returns>
    public OrganisationUnit? Find(UnitId id) => byId.GetValueOrDefault(id);

    /// <summary>Returns whether the chart holds a unit.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when present.</returns>
    public bool Contains(UnitId id) => byId.ContainsKey(id);

    /// <summary>Returns the direct children of a unit, in the order given.</summary>
    /// <param name="id">The parent unit.</param>
    /// <returns>The children; empty for a leaf or an unknown id.</returns>
    public ValueList<OrganisationUnit> ChildrenOf(UnitId id) => children.TryGetValue(id, out var list) ? list : ValueList<OrganisationUnit>.Empty;

    /// <summary>Returns the path from the head down to a unit (Kalapas › Seksi Binadik › Subseksi Registrasi).</summary>
    /// <param name="id">The unit.</param>
    /// <returns>The units from the head to <paramref name="id"/>; empty for an unknown id.</returns>
    public ValueList<OrganisationUnit> PathTo(UnitId id)
    {
        if (!byId.TryGetValue(id, out var unit))
        {
            return ValueList<OrganisationUnit>.Empty;
        }

        var path = new List<OrganisationUnit> { unit };
        while (unit.Parent is { } parent)
        {
            unit = byId[parent];
            path.Add(unit);
        }

        path.Reverse();
        return ValueList.From(path);
    }

    /// <summary>Returns whether one unit lies (directly or not) under another.</summary>
    /// <param name="unit">The lower unit.</param>
    /// <param name="ancestor">The higher unit.</param>
    /// <returns>True when <paramref name="ancestor"/> is on the path from the head to <paramref name="unit"/> and differs from it.</returns>
    public bool IsUnder(UnitId unit, UnitId ancestor)
    {
        var path = PathTo(unit);
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (path[i].Id == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(OrganisationChart? other) =>
        other is not null && Institution == other.Institution && Units == other.Units;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OrganisationChart);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Institution, Units);

    /// <summary>Returns the institution and the number of units.</summary>
    /// <returns>The chart as text.</returns>
    public override string ToString() => $"{Institution}: {Units.Count} units";
}
