using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>The values of the remission conditions (Permenkumham 3/2018 as amended; Keppres 174/1999) in one policy version.</summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record RemissionSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="kind">The kind of remission assessed (general remission on 17 August by default).</param>
    /// <param name="conductMonths">Months without disciplinary punishment before the grant date (6); 0 to 36.</param>
    /// <param name="requireJusticeCollaborator">Whether special offences need a justice-collaborator statement (true before 28 P/HUM/2021).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined or <paramref name="conductMonths"/> is outside 0 to 36.</exception>
    public RemissionSettings(RemissionKind kind = RemissionKind.General, int conductMonths = 6, bool requireJusticeCollaborator = false)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        ConductMonths = Guard.Against.OutOfRange(conductMonths, nameof(conductMonths), 0, 36, "A conduct period is 0 to 36 months.");
        RequireJusticeCollaborator = requireJusticeCollaborator;
    }

    /// <summary>Gets the kind of remission assessed.</summary>
    public RemissionKind Kind { get; }

    /// <summary>Gets the months without punishment.</summary>
    public int ConductMonths { get; }

    /// <summary>Gets whether special offences need a justice-collaborator statement.</summary>
    public bool RequireJusticeCollaborator { get; }
}
