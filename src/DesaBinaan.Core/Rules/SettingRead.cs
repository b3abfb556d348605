using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// A value a built-in criterion reads from the parameters of its version: how it is read (once per evaluation or per
/// batch, never per person of a batch) and the codes of the parameter values it comes from, which the decision lists.
/// The settings type of each right declares the values its criteria read; a building block of <see cref="RuleBlocks"/>
/// reads a value of its own, with no code.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class SettingRead<T>(Func<RightsParameters, T> read, params string[] codes)
{
    private readonly ValueList<string> codes = ValueList.From(codes);

    /// <summary>Gets the codes of the parameter values read (a read-only list: the criteria hand it out as their <c>ParameterCodes</c>).</summary>
    public IEnumerable<string> Codes => codes;

    /// <summary>Reads the value from a version's parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The value.</returns>
    public T From(RightsParameters parameters) => read(parameters);
}

/// <summary>Builds the <see cref="SettingRead{T}"/> of a right's settings and of a building block.</summary>
internal static class SettingRead
{
    /// <summary>A value of one right's settings, under the parameters' convention.</summary>
    /// <typeparam name="TSettings">The right's settings type.</typeparam>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="read">Reads the value from the settings and the convention.</param>
    /// <param name="codes">The codes of the parameter values read.</param>
    /// <returns>The read.</returns>
    public static SettingRead<T> Of<TSettings, T>(Func<TSettings, CountingConvention, T> read, params string[] codes)
        where TSettings : RightSettings =>
        new(p => read(p.SettingsOf<TSettings>(), p.CountingConvention), codes);

    /// <summary>
    /// A conduct period of one right's settings, given in months and read in days: a month counts at the convention's
    /// days a month (old KUHP Pasal 97: 30 days), the one place this conversion is made.
    /// </summary>
    /// <typeparam name="TSettings">The right's settings type.</typeparam>
    /// <param name="months">Reads the months from the settings.</param>
    /// <param name="code">The code of the parameter value read.</param>
    /// <returns>The read.</returns>
    public static SettingRead<int> ConductDays<TSettings>(Func<TSettings, int> months, string code)
        where TSettings : RightSettings =>
        Of<TSettings, int>((s, c) => MonthsToDays(months(s), c), code);

    /// <summary>The time served of a right that asks for a fraction of the term only, with no least time.</summary>
    /// <typeparam name="TSettings">The right's settings type.</typeparam>
    /// <param name="fraction">Reads the fraction from the settings.</param>
    /// <param name="code">The code of the parameter value read.</param>
    /// <returns>The read.</returns>
    public static SettingRead<TimeRequirement> FractionOnly<TSettings>(Func<TSettings, Fraction> fraction, string code)
        where TSettings : RightSettings =>
        Of<TSettings, TimeRequirement>((s, _) => new(fraction(s), 0), code);

    /// <summary>The list of evidence one right's settings ask for.</summary>
    /// <typeparam name="TSettings">The right's settings type.</typeparam>
    /// <param name="kinds">Reads the list from the settings.</param>
    /// <param name="code">The code of the parameter value read.</param>
    /// <returns>The read.</returns>
    public static SettingRead<ValueList<EvidenceKind>> Evidence<TSettings>(Func<TSettings, ValueList<EvidenceKind>> kinds, string code)
        where TSettings : RightSettings =>
        Of<TSettings, ValueList<EvidenceKind>>((s, _) => kinds(s), code);

    /// <summary>
    /// Whether one right's settings ask special offences for a justice-collaborator statement, with the narcotics
    /// threshold in days that makes a narcotics offence special (both read by the justice-collaborator criterion).
    /// </summary>
    /// <typeparam name="TSettings">The right's settings type.</typeparam>
    /// <param name="required">Reads the switch.</param>
    /// <param name="threshold">Reads the threshold.</param>
    /// <param name="requiredCode">The code of the switch.</param>
    /// <param name="thresholdCode">The code of the threshold.</param>
    /// <returns>The read.</returns>
    public static SettingRead<(bool Required, int ThresholdDays)> JusticeCollaborator<TSettings>(Func<TSettings, bool> required, Func<TSettings, SentenceTerm> threshold, string requiredCode, string thresholdCode)
        where TSettings : RightSettings =>
        Of<TSettings, (bool, int)>((s, c) => (required(s), threshold(s).ToDays(c)), requiredCode, thresholdCode);

    /// <summary>A period in months, in the convention's days (old KUHP Pasal 97).</summary>
    /// <param name="months">The months.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>The days.</returns>
    public static int MonthsToDays(int months, CountingConvention convention) => months * convention.DaysPerMonth;

    /// <summary>A criterion's own value (a building block's), under the parameters' convention; no parameter is read.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value under a convention.</param>
    /// <returns>The read.</returns>
    public static SettingRead<T> Own<T>(Func<CountingConvention, T> value) => new(p => value(p.CountingConvention));
}

/// <summary>The time a right asks to be served: a fraction of the term (none: from the first day) and a least number of days (0: none).</summary>
/// <param name="Fraction">The fraction, or null.</param>
/// <param name="MinimumDays">The least days served, in the convention's days.</param>
internal readonly record struct TimeRequirement(Fraction? Fraction, int MinimumDays);
