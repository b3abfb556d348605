using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of family-visit leave (<i>cuti mengunjungi keluarga</i>, CMK: Permenkumham 3/2018 as
/// amended; docs/domain.md §9) in one policy version.
/// </summary>
/// <remarks>
/// Equality compares every member. Change a version's values with <c>with</c> (each value checked as the constructor
/// checks it), so that the others stay the version's.
/// </remarks>
[Immutable]
public sealed record FamilyVisitLeaveSettings : RightSettings
{
    /// <summary>Initializes the settings; every argument defaults to the value of docs/domain.md §9.</summary>
    /// <param name="fraction">The fraction of the term served (1/2); null for 1/2; at most 1.</param>
    /// <param name="minimumSentence">The shortest sentence (12 months); null for 12 months.</param>
    /// <exception cref="ArgumentException"><paramref name="fraction"/> is larger than 1.</exception>
    public FamilyVisitLeaveSettings(Fraction? fraction = null, SentenceTerm? minimumSentence = null)
    {
        Fraction = SettingsGuards.FractionOfTerm(fraction) ?? Fraction.OneHalf;
        MinimumSentence = minimumSentence ?? SentenceTerm.FromMonths(12);
    }

    /// <summary>Gets the fraction of the term served.</summary>
    public Fraction Fraction { get; init => field = SettingsGuards.FractionOfTerm(value, nameof(Fraction))!.Value; }

    /// <summary>Gets the shortest sentence.</summary>
    public SentenceTerm MinimumSentence { get; init; }

    /// <summary>The time served: the fraction, no least time.</summary>
    internal static SettingRead<TimeRequirement> TimeServed { get; } =
        SettingRead.FractionOnly<FamilyVisitLeaveSettings>(s => s.Fraction, ParameterCode.FamilyVisitFraction);

    /// <summary>The shortest sentence, in days.</summary>
    internal static SettingRead<int> MinimumSentenceDays { get; } =
        SettingRead.Of<FamilyVisitLeaveSettings, int>((s, c) => s.MinimumSentence.ToDays(c), ParameterCode.FamilyVisitMinimumSentenceDays);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        return
        [
            Fact.OfFraction(ParameterCode.FamilyVisitFraction, T("CMK: pecahan masa pidana", "Family visit: fraction served"), Fraction),
            Fact.OfDays(ParameterCode.FamilyVisitMinimumSentenceDays, T("CMK: pidana paling singkat", "Family visit: shortest sentence"), MinimumSentence.ToDays(convention)),
        ];
    }
}
