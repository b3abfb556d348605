using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of one right in one policy version: its fractions, periods, thresholds, switches and
/// evidence. Each right has its own type (<see cref="AsimilasiSettings"/>, <see cref="OutsideActivitySettings"/>,
/// <see cref="ParoleSettings"/>, <see cref="ConditionalLeaveSettings"/>, <see cref="PreReleaseLeaveSettings"/>,
/// <see cref="FamilyVisitLeaveSettings"/>, <see cref="RemissionSettings"/>), and a version's <see cref="RightsParameters"/> carry the settings of its right beside
/// the counting convention. The criteria of a right read their own type (<see cref="RightsParameters.SettingsOf{TSettings}"/>);
/// a right of your own derives its settings from this type and its criteria read them the same way.
/// </summary>
/// <remarks>
/// Equality compares the type and every member. A right of your own derives an immutable record (get-only or
/// <c>init</c> properties): <see cref="RightsParameters"/> lists its <see cref="Values"/> once, when built.
/// </remarks>
[Immutable]
public abstract record RightSettings
{
    /// <summary>
    /// Returns the values of these settings as a decision lists them, each under its code: conduct periods in months, terms
    /// and least times in days under <paramref name="convention"/>, an optional value that is not set as "none" (so that
    /// every value a criterion reads is listed).
    /// </summary>
    /// <param name="convention">The counting convention of the parameters.</param>
    /// <returns>The values, each with its code (<c>parameter.</c>…).</returns>
    public abstract IEnumerable<Fact> Values(CountingConvention convention);

    /// <summary>
    /// Returns the settings of the right whose conditions this right's include (an outside activity includes
    /// assimilation's), or null: <see cref="RightsParameters.SettingsOf{TSettings}"/> finds them for the included right's
    /// criteria. <see cref="Values"/> lists the included settings' values too.
    /// </summary>
    /// <returns>The included settings, or null.</returns>
    public virtual RightSettings? IncludedSettings() => null;

    /// <summary>A text in both languages.</summary>
    private protected static LocalizedText T(string indonesian, string english) => new(indonesian, english);

    /// <summary>The value of the least narcotics sentence that makes the offence special, in days (docs/domain.md §9).</summary>
    private protected static Fact NarcoticsThresholdValue(string code, SentenceTerm threshold, CountingConvention convention) =>
        Fact.OfDays(code, T("Narkotika: pidana paling singkat sebagai tindak pidana khusus", "Narcotics: least sentence to be a special offence"), threshold.ToDays(convention));

    /// <summary>The value of a list of evidence.</summary>
    private protected static Fact EvidenceValue(string code, ValueList<EvidenceKind> kinds) => kinds.IsEmpty
        ? Fact.OfLabel(code, T("Dokumen yang disyaratkan", "Evidence required"), T("tidak ada", "none"), "-")
        : Fact.OfLabel(code, T("Dokumen yang disyaratkan", "Evidence required"), T(string.Join(", ", kinds.Select(k => k.Label().Indonesian)), string.Join(", ", kinds.Select(k => k.Label().English))), string.Join(",", kinds));
}
