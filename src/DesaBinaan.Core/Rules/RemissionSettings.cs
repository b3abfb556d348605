using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>The values of the remission conditions (Permenkumham 3/2018 as amended; Keppres 174/1999) in one policy version.</summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record RemissionSettings : RightSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="kind">The kind of remission assessed (general remission on 17 August by default).</param>
    /// <param name="conductMonths">Months without disciplinary punishment before the grant date (6); 0 to 36.</param>
    /// <param name="requireJusticeCollaborator">Whether special offences need a justice-collaborator statement (true before 28 P/HUM/2021).</param>
    /// <param name="holiday">For a special remission, the holiday assessed: the person's religion first recorded must be its own (Keppres 174/1999 Pasal 7 ayat (5)); null when the caller has already chosen the people of that religion.</param>
    /// <param name="narcoticsThreshold">The least sentence that makes a narcotics offence special, for the justice-collaborator condition (5 years); null for 5 years.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="holiday"/> is not defined or <paramref name="conductMonths"/> is outside 0 to 36.</exception>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is given for a kind other than the special remission.</exception>
    public RemissionSettings(RemissionKind kind = RemissionKind.General, int conductMonths = 6, bool requireJusticeCollaborator = false, ReligiousHoliday? holiday = null, SentenceTerm? narcoticsThreshold = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        ConductMonths = SettingsGuards.ConductMonths(conductMonths);
        RequireJusticeCollaborator = requireJusticeCollaborator;
        Holiday = holiday is { } h ? Guard.Against.EnumOutOfRange(h, nameof(holiday)) : null;
        Guard.Against.InvalidInput(holiday, nameof(holiday), x => x is null || kind == RemissionKind.Special,
            "A religious holiday is given only for the special remission (Keppres 174/1999 Pasal 3).");
        NarcoticsThreshold = narcoticsThreshold ?? AsimilasiSettings.DefaultNarcoticsThreshold;
    }

    /// <summary>Gets the least sentence that makes a narcotics offence special.</summary>
    public SentenceTerm NarcoticsThreshold { get; init; }

    /// <summary>The kind of remission and its holiday.</summary>
    internal static SettingRead<(RemissionKind Kind, ReligiousHoliday? Holiday)> KindAndHoliday { get; } =
        SettingRead.Of<RemissionSettings, (RemissionKind, ReligiousHoliday?)>((s, _) => (s.Kind, s.Holiday), ParameterCode.RemissionKind, ParameterCode.RemissionHoliday);

    /// <summary>The conduct period, in days.</summary>
    internal static SettingRead<int> ConductDays { get; } =
        SettingRead.ConductDays<RemissionSettings>(s => s.ConductMonths, ParameterCode.RemissionConductMonths);

    /// <summary>The justice-collaborator switch and the narcotics threshold in days.</summary>
    internal static SettingRead<(bool Required, int ThresholdDays)> JusticeCollaborator { get; } =
        SettingRead.JusticeCollaborator<RemissionSettings>(s => s.RequireJusticeCollaborator, s => s.NarcoticsThreshold, ParameterCode.RemissionJusticeCollaborator, ParameterCode.RemissionNarcoticsThresholdDays);

    /// <summary>Returns the settings of a special remission for a holiday (the other values kept).</summary>
    /// <param name="holiday">The holiday assessed; defined.</param>
    /// <returns>New settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holiday"/> is not defined.</exception>
    public RemissionSettings ForHoliday(ReligiousHoliday holiday) => new(RemissionKind.Special, ConductMonths, RequireJusticeCollaborator, holiday, NarcoticsThreshold);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        return
        [
            Fact.OfLabel(ParameterCode.RemissionKind, T("Jenis remisi", "Remission kind"), Kind.Label(), Kind.ToString()),
            Holiday is { } holiday
                ? Fact.OfLabel(ParameterCode.RemissionHoliday, T("Hari raya remisi khusus", "Holiday of the special remission"), holiday.Label(), holiday.ToString())
                : Fact.OfLabel(ParameterCode.RemissionHoliday, T("Hari raya remisi khusus", "Holiday of the special remission"), T("tidak ada", "none"), "-"),
            Fact.OfNumber(ParameterCode.RemissionConductMonths, T("Remisi: bulan tanpa hukuman disiplin", "Remission: months without punishment"), ConductMonths),
            Fact.OfFlag(ParameterCode.RemissionJusticeCollaborator, T("Remisi: syarat justice collaborator", "Remission: justice collaborator required"), RequireJusticeCollaborator),
            NarcoticsThresholdValue(ParameterCode.RemissionNarcoticsThresholdDays, NarcoticsThreshold, convention),
        ];
    }

    /// <summary>Gets the holiday of a special remission, or null.</summary>
    public ReligiousHoliday? Holiday { get; }

    /// <summary>Gets the kind of remission assessed (with its holiday, set through the constructor or <see cref="ForHoliday"/>, so that the two agree).</summary>
    public RemissionKind Kind { get; }

    /// <summary>Gets the months without punishment.</summary>
    public int ConductMonths { get; init => field = SettingsGuards.ConductMonths(value, nameof(ConductMonths)); }

    /// <summary>Gets whether special offences need a justice-collaborator statement.</summary>
    public bool RequireJusticeCollaborator { get; init; }
}
