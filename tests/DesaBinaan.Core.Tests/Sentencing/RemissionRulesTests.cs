using DesaBinaan.Core.Sentencing;
using static DesaBinaan.Core.Tests.Sentencing.SentenceCalculatorTests;

namespace DesaBinaan.Core.Tests.Sentencing;

/// <summary>Remission tiers by grants received, Pasal 12 exclusions, the special remission's religion, release on the grant day and the decennial remission (docs/domain.md §8–§9).</summary>
public sealed class RemissionRulesTests
{
    private static readonly CountingConvention Practice = CountingConvention.Practice;

    // Tiers follow the grants received: a person detained since 2019 whose remissions were withheld gets, at the first
    // general remission of 2024, the first tier (2 months after 12 months served), not the sixth (6 months).
    [Fact]
    public void General_FirstGrantAfterYearsServed_IsTheFirstTier()
    {
        var history = SentenceHistory.Imprisonment(D("2019-01-02"), SentenceTerm.FromYears(15));
        var first = RemissionEntitlements.Assess(history, D("2024-08-17"), RemissionKind.General, Practice);
        first.Amount.Should().Be(SentenceTerm.FromMonths(2));
        first.YearOfRemission.Should().Be(1);
        first.Reason.English.Should().Contain("1st general remission received");
        RemissionEntitlements.Assess(history, D("2024-08-17"), RemissionKind.General, CountingConvention.TiersByYearsServed).Amount.Should().Be(SentenceTerm.FromMonths(6));
        var second = RemissionEntitlements.Assess(history.WithRemission(new Remission(D("2024-08-17"), SentenceTerm.FromMonths(2), RemissionKind.General)), D("2025-08-17"), RemissionKind.General, Practice);
        second.Amount.Should().Be(SentenceTerm.FromMonths(3));
        second.YearOfRemission.Should().Be(2);
    }

    // Keppres 174/1999 Pasal 12: no remission for a sentence of less than 6 months.
    [Fact]
    public void SentenceUnderSixMonths_NoRemission()
    {
        var history = SentenceHistory.Imprisonment(D("2025-01-02"), SentenceTerm.FromMonths(5));
        var e = RemissionEntitlements.Assess(history, D("2025-05-01"), RemissionKind.Special, Practice);
        e.Status.Should().Be(RemissionEntitlementStatus.NotDue);
        e.Code.Should().Be("remisi.sentence-under-six-months");
        e.Citation.ToString().Should().Contain("Pasal 12");
    }

    // Keppres 174/1999 Pasal 7 ayat (5): the special remission follows the religion first recorded; the holiday of
    // another religion gives none, and an unrecorded religion is undetermined, never a silent no.
    [Theory]
    [InlineData(ReligiousHoliday.IdulFitri, Religion.Islam, RemissionEntitlementStatus.Due)]
    [InlineData(ReligiousHoliday.Natal, Religion.Islam, RemissionEntitlementStatus.NotDue)]
    [InlineData(ReligiousHoliday.Nyepi, Religion.Hinduism, RemissionEntitlementStatus.Due)]
    [InlineData(ReligiousHoliday.Waisak, Religion.Other, RemissionEntitlementStatus.NotDue)]
    [InlineData(ReligiousHoliday.Natal, null, RemissionEntitlementStatus.Undetermined)]
    public void Special_FollowsTheReligionFirstRecorded(ReligiousHoliday holiday, Religion? religion, RemissionEntitlementStatus expected)
    {
        var history = SentenceHistory.Imprisonment(D("2024-01-02"), SentenceTerm.FromYears(3));
        RemissionEntitlements.Assess(history, D("2025-06-01"), RemissionKind.Special, Practice, holiday: holiday, religion: religion).Status.Should().Be(expected);
    }

    // A remission that reaches the expiry releases the person on the grant day (RU II).
    [Fact]
    public void General_ReachingTheExpiry_ReleasesOnTheGrantDay()
    {
        var history = SentenceHistory.Imprisonment(D("2024-10-01"), SentenceTerm.FromMonths(11));
        var e = RemissionEntitlements.Assess(history, D("2025-08-17"), RemissionKind.General, Practice);
        e.ReleasesOnGrantDay.Should().BeTrue();
        e.Reason.Indonesian.Should().Contain("RU II");
        var longer = RemissionEntitlements.Assess(SentenceHistory.Imprisonment(D("2024-10-01"), SentenceTerm.FromYears(2)), D("2025-08-17"), RemissionKind.General, Practice);
        longer.ReleasesOnGrantDay.Should().BeFalse();
    }

    // Keppres 120/1955: 1/12 of the sentence, at most 3 months, on 17 August of 2025 and 2035; also to a person serving
    // substitute imprisonment for an unpaid fine (as in 2025), releasing on the day when it reaches the end (Dasawarsa II).
    [Fact]
    public void Decennial_TwelfthCappedAtThreeMonths_AlsoForSubstituteImprisonment()
    {
        var two = SentenceHistory.Imprisonment(D("2024-01-02"), SentenceTerm.FromYears(2));
        RemissionEntitlements.Assess(two, D("2025-08-17"), RemissionKind.Decennial, Practice).Amount.Should().Be(SentenceTerm.FromMonths(2));
        var ten = SentenceHistory.Imprisonment(D("2024-01-02"), SentenceTerm.FromYears(20));
        RemissionEntitlements.Assess(ten, D("2035-08-17"), RemissionKind.Decennial, Practice).Amount.Should().Be(SentenceTerm.FromMonths(3));
        RemissionEntitlements.Assess(ten, D("2026-08-17"), RemissionKind.Decennial, Practice).Code.Should().Be("remisi.decennial.not-a-decennial-date");

        // 1 year from 2024-08-01 ends 2025-08-01; 3 months of substitute run to 2025-10-30: on 2025-08-17, 74 days are left.
        var substitute = SentenceHistory.Imprisonment(D("2024-08-01"), SentenceTerm.FromYears(1)).WithSubstitute(SentenceTerm.FromMonths(3));
        var e = RemissionEntitlements.Assess(substitute, D("2025-08-17"), RemissionKind.Decennial, Practice);
        e.IsDue.Should().BeTrue();
        e.ReleasesOnGrantDay.Should().BeFalse();
        e.Amount.ToDays(Practice).Should().Be(30);
        RemissionEntitlements.Assess(substitute, D("2025-08-17"), RemissionKind.General, Practice).Code.Should().Be("remisi.not-serving");
        var excluded = new DecennialRemissionRule(DecennialBasis.ImposedTerm, DayRounding.Down, 90, 30, substituteImprisonment: false);
        RemissionEntitlements.Assess(substitute, D("2025-08-17"), RemissionKind.Decennial, Practice, decennial: excluded).Code.Should().Be("remisi.decennial.substitute-excluded");
    }

    // The open points of the decennial remission are parameters: 1/12 of what is left, rounded up.
    [Fact]
    public void Decennial_OpenPoints_AreParameters()
    {
        var history = SentenceHistory.Imprisonment(D("2024-08-17"), SentenceTerm.FromYears(2));
        var remaining = new DecennialRemissionRule(DecennialBasis.RemainingTerm, DayRounding.Up, 90, 0, substituteImprisonment: true);
        // 2 years from 2024-08-17 end 2026-08-17: 365 days left on 2025-08-17; 365 / 12 = 30.4, rounded up 31 days.
        RemissionEntitlements.Assess(history, D("2025-08-17"), RemissionKind.Decennial, Practice, decennial: remaining).Amount.Should().Be(new SentenceTerm(0, 1, 1));
        var act = () => new DecennialRemissionRule(DecennialBasis.ImposedTerm, DayRounding.Down, 0, 30, true);
        act.Should().Throw<ArgumentException>().WithParameterName("maximumDays");
        DecennialRemissionRule.IsDecennialYear(2035).Should().BeTrue();
        DecennialRemissionRule.IsDecennialYear(2030).Should().BeFalse();
    }
}
