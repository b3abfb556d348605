using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>A dated entry of a partnership's stage history: the stage entered, when, and on what basis.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record StageEvent
{
    /// <summary>Initializes an event.</summary>
    /// <param name="stage">The stage entered.</param>
    /// <param name="date">The date from which the stage holds.</param>
    /// <param name="basis">What brought it about (a meeting id, an agreement number, a letter); must not be null or white space.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="stage"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is white space.</exception>
    public StageEvent(PartnershipStage stage, LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        Stage = Guard.Against.EnumOutOfRange(stage);
        Date = date;
        Basis = Guard.Against.BlankText(basis);
    }

    /// <summary>Gets the stage entered.</summary>
    public PartnershipStage Stage { get; }

    /// <summary>Gets the date from which the stage holds.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what brought the stage about.</summary>
    public string Basis { get; }

    /// <summary>Returns the stage, the date and the basis, in invariant form, such as <c>Exploration on 2026-04-15 (exploration)</c>.</summary>
    /// <returns>The event as text (independent of the current culture).</returns>
    public override string ToString() => Stage + " on " + Date.ToIso() + " (" + Basis + ")";
}
