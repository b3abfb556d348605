using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// the design notes "Culture-invariant": results never depend on the current culture. Every text of the scenario and the
/// key cases of the sentencing and eligibility suites are produced under Indonesian, Turkish (dotted and dotless i),
/// Arabic of Saudi Arabia (Umm al-Qura calendar) and Thai (Buddhist calendar) and must equal the invariant culture's.
/// </summary>
public sealed class CultureTests
{
    public static TheoryData<string> Cultures => ["id-ID", "tr-TR", "ar-SA", "th-TH"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryProducedText_IsIdenticalUnderTheCulture(string culture)
    {
        var reference = InCulture(CultureInfo.InvariantCulture, ProducedTexts.Collect);
        var texts = InCulture(CultureInfo.GetCultureInfo(culture), ProducedTexts.Collect);
        texts.Should().HaveSameCount(reference);
        var differences = reference.Zip(texts)
            .Where(p => !string.Equals(p.First.Text, p.Second.Text, StringComparison.Ordinal))
            .Select(p => p.First.Where + ":\n  invariant: " + p.First.Text + "\n  " + culture + ": " + p.Second.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        differences.Should().BeEmpty("no text may depend on the culture ({0} of {1} differ: {2})", differences.Count, reference.Count, string.Join("; ", differences.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void SentencingKeyCases_AreIdenticalUnderTheCulture(string culture)
    {
        // docs/domain.md §8 worked example, and the parsers, under a non-invariant culture.
        InCulture(CultureInfo.GetCultureInfo(culture), () =>
        {
            // Practice convention (docs/domain.md §8): was 2025-05-31, 2025-09-15, 2026-07-01 under the older readings.
            var dates = SentenceCalculator.ComputeKeyDates(ASentence.WorkedExample(), CountingConvention.Default);
            dates.Half.Should().Be(new LocalDate(2025, 5, 23));
            dates.TwoThirds.Should().Be(new LocalDate(2025, 8, 21));
            dates.Expiry.Should().Be(new LocalDate(2026, 6, 27));
            SentenceCalculator.ComputeKeyDates(ASentence.WorkedExample(), CountingConvention.NetOfRemissionCalendarMonths).Expiry.Should().Be(new LocalDate(2026, 7, 1));
            SentenceTerm.Parse("2Y6M").Should().Be(new SentenceTerm(2, 6, 0), "upper-case units parse in tr-TR too (no culture-sensitive lower-casing)");
            Fraction.Parse("2/3").Should().Be(Fraction.TwoThirds);
            DesaBinaan.Core.Regions.RegionCode.Parse("33.75.03.1004").ToString().Should().Be("33.75.03.1004");
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EligibilityKeyCases_AreIdenticalUnderTheCulture(string culture)
    {
        // docs/domain.md §9: the decisions of the policy book, status and fingerprint, under the culture.
        var roster = InmateGenerators.Roster(60, 5);
        string[] Decide() => IndonesianPolicies.All().SelectMany(p => roster.Select(s => p.Decide(s, ProducedTexts.Today))).Select(d => d.Status + " " + d.Fingerprint).ToArray();
        InCulture(CultureInfo.GetCultureInfo(culture), Decide).Should().Equal(InCulture(CultureInfo.InvariantCulture, Decide));
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
