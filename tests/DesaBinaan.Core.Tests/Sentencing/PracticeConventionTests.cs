using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Sentencing.SentenceCalculatorTests;

namespace DesaBinaan.Core.Tests.Sentencing;

/// <summary>The practice convention and the sentence facts of the 2026 code (docs/domain.md §8 and §9).</summary>
public sealed class PracticeConventionTests
{
    private static readonly CountingConvention Practice = CountingConvention.Practice;

    // docs/domain.md §8, the constructed worked example under the practice convention.
    [Fact]
    public void WorkedExample_GivesTheDatesOfDomainSection8()
    {
        var history = SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m"), new Remission(D("2024-12-25"), SentenceTerm.Parse("15d"), RemissionKind.Special), new Remission(D("2025-08-17"), SentenceTerm.Parse("2m"), RemissionKind.General));
        var dates = SentenceCalculator.Compute(history, Practice);
        dates.NaturalExpiry.Should().Be(D("2026-09-10"));
        dates.Expiry.Should().Be(D("2026-06-27"));
        dates.BasisDays.Should().Be(900);
        dates.OneThird!.Date.Should().Be(D("2024-12-25"));
        dates.Half!.Date.Should().Be(D("2025-05-23"));
        dates.TwoThirds!.Date.Should().Be(D("2025-08-21"));
        dates.TwoThirds.RequiredDays.Should().Be(525);
        dates.TwoThirds.RemissionDays.Should().Be(75);
        dates.ProbationEnd.Should().Be(D("2027-06-27"));
        dates.PreReleaseLeaveStart.Should().Be(D("2026-04-28"));
        SentenceCalculator.ComputeKeyDates(history, Practice).Should().Be(new SentenceKeyDates(D("2026-09-10"), D("2026-06-27"), D("2025-05-23"), D("2025-08-21")));
    }

    // A remission counts only from the day it is granted: on 2025-08-17 itself 521 days served + 75 = 596 < 600.
    [Fact]
    public void TwoThirds_TheDayOfTheGrant_IsNotEarlierThanTheGrant()
    {
        var history = SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m"), new Remission(D("2024-12-25"), SentenceTerm.Parse("15d"), RemissionKind.Special), new Remission(D("2025-08-17"), SentenceTerm.Parse("2m"), RemissionKind.General));
        SentenceCalculator.ServedDays(history, D("2025-08-17"), Practice).Should().Be(521);
        SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Practice)!.Date.Should().Be(D("2025-08-21"));
    }

    // "At least 9 months" counts days in custody by default (UU 1/2023 Penjelasan Pasal 72 ayat (1)); with the remission
    // credit, a remission granted before the ninth month brings the minimum forward.
    [Fact]
    public void Minimum_CountsDaysInCustody_OrWithRemissionCredit()
    {
        var history = SentenceHistory.Imprisonment(D("2025-01-02"), SentenceTerm.FromMonths(10), new Remission(D("2025-08-17"), SentenceTerm.FromMonths(1), RemissionKind.General));
        var nine = SentenceTerm.FromMonths(9);
        SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Practice, nine)!.Date.Should().Be(D("2025-01-02").PlusDays(270));
        var credit = Practice.WithMinimumServed("with-credit", MinimumServed.WithRemissionCredit);
        SentenceCalculator.FractionDate(history, Fraction.TwoThirds, credit, nine)!.Date.Should().Be(D("2025-01-02").PlusDays(240));
        SentenceCalculator.FractionDate(history, Fraction.TwoThirds, Practice, nine)!.Render(Language.English).Should().Contain("days in custody");
    }

    // KUHP UU 1/2023 Pasal 63: time escaped is not time served; the expiry and the fractions move by its length.
    [Fact]
    public void Escape_IsNotTimeServed()
    {
        var detention = Detention.Continuous(D("2025-01-02")).WithEscape(new DateInterval(D("2025-03-01"), D("2025-03-10")));
        var history = new SentenceHistory([Sentence.Imprisonment(SentenceTerm.FromYears(1))], detention);
        var dates = SentenceCalculator.Compute(history, Practice);
        dates.Expiry.Should().Be(D("2026-01-12"));
        dates.Half!.Date.Should().Be(D("2025-07-01").PlusDays(10));
        dates.Breakdown.Should().Contain(s => s.Code == "credit.escape");
        detention.IsInterrupted.Should().BeTrue();
        detention.LastDetentionStart.Should().Be(D("2025-03-11"));
    }

    // KUHP UU 1/2023 Pasal 61 ayat (1): the judgment deducts 20 of 30 days of pre-trial detention: the expiry moves 10 days.
    [Fact]
    public void PretrialDeductedInPart_CountsTheJudgmentsDays()
    {
        var detention = Detention.Continuous(D("2026-01-05")).WithPretrialCredit(new DateInterval(D("2026-01-05"), D("2026-02-03")), 20);
        var history = new SentenceHistory([Sentence.Imprisonment(SentenceTerm.FromYears(1))], detention);
        var dates = SentenceCalculator.Compute(history, Practice);
        dates.Expiry.Should().Be(D("2027-01-15"));
        dates.Breakdown.Should().Contain(s => s.Code == "credit.pretrial-in-part" && s.Days == 10);
        var act = () => new DetentionPeriod(DetentionKind.PretrialPartlyCredited, new DateInterval(D("2026-01-05"), D("2026-02-03")), 31);
        act.Should().Throw<ArgumentException>().WithParameterName("creditedDays").WithMessage("*Pasal 61*");
        var other = () => new DetentionPeriod(DetentionKind.HouseArrest, new DateInterval(D("2026-01-05"), D("2026-02-03")), 3);
        other.Should().Throw<ArgumentException>().WithParameterName("creditedDays");
    }

    [Fact]
    public void NamedAlternatives_DifferFromThePracticeOnlyInTheirOwnChoice()
    {
        CountingConvention.NetOfRemission.FractionBasis.Should().Be(FractionBasis.NetOfRemission);
        CountingConvention.NetOfRemission.ExpiryMonths.Should().Be(ExpiryMonths.ThirtyDays);
        CountingConvention.CalendarMonths.ExpiryMonths.Should().Be(ExpiryMonths.Calendar);
        CountingConvention.CalendarMonths.FractionBasis.Should().Be(FractionBasis.RemissionCountsAsServed);
        CountingConvention.TiersByYearsServed.RemissionTiers.Should().Be(RemissionTiers.YearsServed);
        CountingConvention.NetOfRemissionCalendarMonths.Should().Match<CountingConvention>(c => c.FractionBasis == FractionBasis.NetOfRemission && c.ExpiryMonths == ExpiryMonths.Calendar && c.RemissionTiers == RemissionTiers.YearsServed);
        new[] { CountingConvention.Practice, CountingConvention.NetOfRemission, CountingConvention.CalendarMonths, CountingConvention.TiersByYearsServed, CountingConvention.NetOfRemissionCalendarMonths }
            .Select(c => c.Name).Should().OnlyHaveUniqueItems();
    }

    // Conventions compare by value: a copy of the default is the default (an equal copy takes the same paths).
    [Fact]
    public void Convention_EqualCopy_IsEqual()
    {
        var copy = Practice.WithCredits(Practice.Name, Practice.HouseArrestCredit, Practice.CityArrestCredit);
        copy.Should().NotBeSameAs(Practice);
        copy.Should().Be(Practice);
        var profile = DesaBinaan.Core.Tests.Rules.RuleFixture.Convict();
        profile.KeyDatesUnder(copy).Should().Be(profile.KeyDates);
    }
}
