using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Inmates;

/// <summary>An entry of Register F: a disciplinary punishment, the day it was imposed and the last day it runs.</summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record DisciplinaryRecord
{
    /// <summary>Initializes a record.</summary>
    /// <param name="imposed">The day the punishment was imposed.</param>
    /// <param name="punishment">The level of the punishment; must be defined.</param>
    /// <param name="end">The last day of the punishment; on or after <paramref name="imposed"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="punishment"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="imposed"/>.</exception>
    public DisciplinaryRecord(LocalDate imposed, DisciplinaryPunishment punishment, LocalDate end)
    {
        _ = Guard.Against.NonIsoDate(imposed);
        _ = Guard.Against.NonIsoDate(end);
        Imposed = imposed;
        Punishment = Guard.Against.EnumOutOfRange(punishment);
        End = Guard.Against.InvalidInput(end, nameof(end), e => e >= imposed, "A disciplinary punishment cannot end before it was imposed.");
    }

    /// <summary>Gets the day the punishment was imposed.</summary>
    public LocalDate Imposed { get; }

    /// <summary>Gets the level of the punishment.</summary>
    public DisciplinaryPunishment Punishment { get; }

    /// <summary>Gets the last day of the punishment.</summary>
    public LocalDate End { get; }

    /// <summary>Returns the level and the days, in invariant form, such as <c>Light 2025-06-02..2025-06-08</c>.</summary>
    /// <returns>The entry as text (independent of the current culture).</returns>
    public override string ToString() => Punishment + " " + Imposed.ToIso() + ".." + End.ToIso();
}
