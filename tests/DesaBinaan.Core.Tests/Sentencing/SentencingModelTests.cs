using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Sentencing.SentenceCalculatorTests;

namespace DesaBinaan.Core.Tests.Sentencing;

/// <summary>Validation and equality of the sentencing model (issue 4, docs/domain.md §8).</summary>
public sealed class SentencingModelTests
{
    // UU 1/2023: community service 8 to 240 hours; supervision at most 3 years.
    [Theory]
    [InlineData(7)]
    [InlineData(241)]
    public void CommunityService_OutsideEightTo240Hours_Throws(int count)
    {
        var act = () => Sentence.CommunityService(count);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours").WithMessage("*8 to 240 hours*");
    }

    [Theory]
    [InlineData(8, 1)]
    [InlineData(240, 30)]
    [InlineData(20, 3)]
    public void CommunityService_AtMostEightHoursADay_GivesFewestDays(int hours, int days)
    {
        Sentence.CommunityService(hours).MinimumCommunityServiceDays.Should().Be(days);
    }

    [Theory]
    [InlineData("3y", true)]
    [InlineData("36m", true)]
    [InlineData("3y1d", false)]
    [InlineData("3y1m", false)]
    public void Supervision_AtMostThreeYears(string text, bool valid)
    {
        var act = () => Sentence.Supervision(SentenceTerm.Parse(text));
        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentException>().WithParameterName("term").WithMessage("*at most 3 years*");
        }
    }

    [Fact]
    public void Imprisonment_ZeroTerm_Throws()
    {
        var act = () => Sentence.Imprisonment(SentenceTerm.Zero);
        act.Should().Throw<ArgumentException>().WithParameterName("term").WithMessage("*non-zero term*");
    }

    [Fact]
    public void Sentence_LifeWithTerm_Throws()
    {
        var act = () => new Sentence(SentenceKind.Life, SentenceTerm.FromYears(1));
        act.Should().Throw<ArgumentException>().WithParameterName("term").WithMessage("*has no term*");
    }

    [Fact]
    public void Sentence_Equality()
    {
        EqualityAssert.Values(Sentence.Imprisonment("2y6m"), Sentence.Imprisonment(new SentenceTerm(2, 6, 0)), Sentence.Kurungan(new SentenceTerm(2, 6, 0)), Sentence.Imprisonment("2y"), Sentence.Life);
        EqualityAssert.Values(Sentence.CommunityService(120), Sentence.CommunityService(120), Sentence.CommunityService(121));
    }

    [Fact]
    public void Detention_OverlappingPeriods_Throws()
    {
        var act = () => new Detention(
            D("2024-01-01"),
            [new DetentionPeriod(DetentionKind.HouseArrest, new DateInterval(D("2024-01-01"), D("2024-01-31")))],
            [new DateInterval(D("2024-01-20"), D("2024-02-10"))]);
        act.Should().Throw<ArgumentException>().WithParameterName("gaps").WithMessage("*must not overlap*2024-01-01..2024-01-31*2024-01-20..2024-02-10*");
    }

    [Fact]
    public void Detention_PeriodBeforeFirstDay_Throws()
    {
        var act = () => new Detention(D("2024-01-10"), [new DetentionPeriod(DetentionKind.CityArrest, new DateInterval(D("2024-01-01"), D("2024-01-31")))]);
        act.Should().Throw<ArgumentException>().WithParameterName("periods").WithMessage("*must not start before the first day*");
    }

    [Fact]
    public void Detention_GapOnFirstDay_Throws()
    {
        var act = () => Detention.Continuous(D("2024-01-10")).WithGap(new DateInterval(D("2024-01-10"), D("2024-01-31")));
        act.Should().Throw<ArgumentException>().WithParameterName("gap").WithMessage("*must start after the first day*");
    }

    // Keppres 174/1999 Pasal 7: if detention was interrupted, from the last detention.
    [Fact]
    public void Detention_LastDetentionStart_IsTheDayAfterTheLastGap()
    {
        var detention = Detention.Continuous(D("2024-01-01")).WithGap(new DateInterval(D("2024-05-01"), D("2024-05-20"))).WithGap(new DateInterval(D("2024-02-01"), D("2024-02-10")));
        detention.LastDetentionStart.Should().Be(D("2024-05-21"));
        detention.IsInterrupted.Should().BeTrue();
        detention.Gaps[0].Start.Should().Be(D("2024-02-01"), "gaps are kept in date order");
        Detention.Continuous(D("2024-01-01")).LastDetentionStart.Should().Be(D("2024-01-01"));
    }

    [Fact]
    public void Detention_Equality()
    {
        var gap = new DateInterval(D("2024-05-01"), D("2024-05-20"));
        EqualityAssert.Values(
            Detention.Continuous(D("2024-01-01")).WithGap(gap),
            new Detention(D("2024-01-01"), null, [new DateInterval(D("2024-05-01"), D("2024-05-20"))]),
            Detention.Continuous(D("2024-01-01")),
            Detention.Continuous(D("2024-01-02")).WithGap(gap));
    }

    [Fact]
    public void Remission_ZeroAmount_Throws()
    {
        var act = () => new Remission(D("2024-08-17"), SentenceTerm.Zero, RemissionKind.General);
        act.Should().Throw<ArgumentException>().WithParameterName("amount").WithMessage("*non-zero amount*");
    }

    [Fact]
    public void Remission_Equality()
    {
        var r = new Remission(D("2025-08-17"), SentenceTerm.FromMonths(2), RemissionKind.General);
        EqualityAssert.Values(r, new Remission(D("2025-08-17"), SentenceTerm.Parse("2m"), RemissionKind.General), new Remission(D("2025-08-18"), SentenceTerm.FromMonths(2), RemissionKind.General), new Remission(D("2025-08-17"), SentenceTerm.FromMonths(2), RemissionKind.Decennial));
        r.ToString().Should().Be("General 2m on 2025-08-17");
    }

    [Fact]
    public void History_RemissionBeforeDetention_Throws()
    {
        var act = () => SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.FromYears(2), new Remission(D("2023-08-17"), SentenceTerm.FromMonths(1), RemissionKind.General));
        act.Should().Throw<ArgumentException>().WithParameterName("remissions").WithMessage("*before detention began*");
    }

    [Fact]
    public void History_RemissionOnLifeSentence_Throws()
    {
        var act = () => new SentenceHistory([Sentence.Life], Detention.Continuous(D("2020-01-01")), [new Remission(D("2021-08-17"), SentenceTerm.FromMonths(1), RemissionKind.General)]);
        act.Should().Throw<ArgumentException>().WithParameterName("remissions").WithMessage("*UU 22/2022 Pasal 10(4)*");
    }

    [Fact]
    public void History_SubstituteWithoutMainTerm_Throws()
    {
        var act = () => new SentenceHistory([Sentence.CommunityService(100)], Detention.Continuous(D("2024-01-01")), null, SentenceTerm.FromMonths(1));
        act.Should().Throw<ArgumentException>().WithParameterName("substitute").WithMessage("*after a main fixed term*");
    }

    [Fact]
    public void History_NoSentence_Throws()
    {
        var act = () => new SentenceHistory([], Detention.Continuous(D("2024-01-01")));
        act.Should().Throw<ArgumentException>().WithParameterName("sentences").WithMessage("*at least one sentence*");
    }

    [Fact]
    public void History_Equality_KeepsRemissionsInGrantOrder()
    {
        var a = new Remission(D("2024-12-25"), SentenceTerm.FromDays(15), RemissionKind.Special);
        var b = new Remission(D("2025-08-17"), SentenceTerm.FromMonths(2), RemissionKind.General);
        var history = SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m"), b, a);
        history.Remissions[0].Should().Be(a);
        EqualityAssert.Values(
            history,
            SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m"), a, b),
            SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m"), a),
            SentenceHistory.Imprisonment(D("2024-03-14"), SentenceTerm.Parse("2y6m"), a, b).WithSubstitute(SentenceTerm.FromMonths(1)));
    }

    [Fact]
    public void Convention_Default_NamesItsCitations()
    {
        var convention = CountingConvention.Default;
        convention.Should().BeSameAs(CountingConvention.Practice);
        convention.Name.Should().Be("ditjenpas-practice");
        convention.ExpiryMonths.Should().Be(ExpiryMonths.ThirtyDays);
        convention.DaysPerMonth.Should().Be(30);
        convention.MonthsPerYear.Should().Be(12);
        convention.FractionBasis.Should().Be(FractionBasis.RemissionCountsAsServed);
        convention.MinimumServed.Should().Be(MinimumServed.DaysInCustody);
        convention.RemissionTiers.Should().Be(RemissionTiers.GrantsReceived);
        convention.FractionRounding.Should().Be(DayRounding.Up);
        convention.HouseArrestCredit.Should().Be(new Fraction(1, 3));
        convention.CityArrestCredit.Should().Be(new Fraction(1, 5));
        convention.Citations.Select(c => c.ToString()).Should().Contain(["KUHP (UU 1/2023) Pasal 184", "Keppres 174/1999 Pasal 7 ayat (4)", "KUHP (UU 1/1946) Pasal 97", "KUHAP (UU 8/1981) Pasal 22 ayat (4) dan (5)", "Keppres 174/1999 Pasal 4 dan 5"]);
        convention.Describe(Language.English).Should().Contain("30 days a month").And.Contain("rounded up");
        convention.Describe(Language.Indonesian).Should().Contain("30 hari sebulan");
    }

    [Fact]
    public void Convention_CreditAboveOne_Throws()
    {
        var act = () => CountingConvention.Default.WithCredits("x", new Fraction(3, 2), Fraction.One);
        act.Should().Throw<ArgumentException>().WithParameterName("houseArrestCredit").WithMessage("*more than one day*");
    }

    [Fact]
    public void Convention_Equality()
    {
        EqualityAssert.Values(
            CountingConvention.Default,
            CountingConvention.Default.WithCredits("ditjenpas-practice", new Fraction(1, 3), new Fraction(1, 5)),
            CountingConvention.Default.WithCredits("other", new Fraction(1, 3), new Fraction(1, 5)),
            CountingConvention.Default.WithFractionBasis("ditjenpas-practice", FractionBasis.NetOfRemission));
    }

    [Fact]
    public void KeyDates_DefaultHasNoDates()
    {
        default(SentenceKeyDates).HasDates.Should().BeFalse();
        var a = new SentenceKeyDates(D("2026-09-14"), D("2026-07-01"), D("2025-05-31"), D("2025-09-15"));
        EqualityAssert.Values(a, new SentenceKeyDates(D("2026-09-14"), D("2026-07-01"), D("2025-05-31"), D("2025-09-15")), default, new SentenceKeyDates(D("2026-09-14"), D("2026-07-02"), D("2025-05-31"), D("2025-09-15")));
    }

    [Fact]
    public void Labels_CoverEveryMember()
    {
        foreach (var value in Enum.GetValues<SentenceKind>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<DetentionKind>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<RemissionKind>())
        {
            value.Label().Indonesian.Should().StartWith("remisi");
        }

        foreach (var value in Enum.GetValues<MonthEndRule>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<DayRounding>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<RemissionEntitlementStatus>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var value in Enum.GetValues<AdditionalRemissionGround>())
        {
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }
    }
}
