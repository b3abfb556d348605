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
    /// <param name="holiday">For a special remission, the holiday assessed: the person's religion first recorded must be its own (Keppres 174/1999 Pasal 7 ayat (5)); null when the caller has already chosen the people of that religion.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="holiday"/> is not defined or <paramref name="conductMonths"/> is outside 0 to 36.</exception>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is given for a kind other than the special remission.</exception>
    public RemissionSettings(RemissionKind kind = RemissionKind.General, int conductMonths = 6, bool requireJusticeCollaborator = false, ReligiousHoliday? holiday = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        ConductMonths = SettingsGuards.ConductMonths(conductMonths);
        RequireJusticeCollaborator = requireJusticeCollaborator;
        Holiday = holiday is { } h ? Guard.Against.EnumOutOfRange(h, nameof(holiday)) : null;
        Guard.Against.InvalidInput(holiday, nameof(holiday), x => x is null || kind == RemissionKind.Special,
            "A religious holiday is given only for the special remission (Keppres 174/1999 Pasal 3).");
    }

    /// <summary>Gets the holiday of a special remission, or null.</summary>
    public ReligiousHoliday? Holiday { get; }

    /// <summary>Gets the kind of remission assessed.</summary>
    public RemissionKind Kind { get; }

    /// <summary>Gets the months without punishment.</summary>
    public int ConductMonths { get; }

    /// <summary>Gets whether special offences need a justice-collaborator statement.</summary>
    public bool RequireJusticeCollaborator { get; }
}
