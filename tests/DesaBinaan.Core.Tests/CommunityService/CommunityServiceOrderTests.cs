using DesaBinaan.Core.Common;
using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.CommunityService.CommunityServiceFixture;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>The order is validated against UU 1/2023 Pasal 85 at construction; every refusal names the article and the ayat.</summary>
public sealed class CommunityServiceOrderTests
{
    [Fact]
    public void Constructor_JudgmentOf120HoursOver3Months_LastDayIs90DaysLater()
    {
        // Pasal 85 ayat (9) huruf b: the judgment states the hours, the hours per day and the completion period; a month is 30 days (Pasal 184).
        var order = Order();
        order.Hours.Should().Be(120);
        order.HoursPerDay.Should().Be(4);
        order.CompletionDays.Should().Be(90);
        order.LastDay.Should().Be(new LocalDate(2026, 5, 2));
        order.MinimumDays.Should().Be(30);
        order.Sentence.Should().Be(Sentence.CommunityService(120));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(241)]
    [InlineData(300)]
    public void Constructor_HoursOutside8To240_IsRefusedCitingAyat4(int hours)
    {
        // Pasal 85 ayat (4): at least 8 and at most 240 hours.
        var act = () => Order(hours: hours, hoursPerDay: 8, period: SentenceTerm.FromMonths(6));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(hours)).WithMessage("*8 to 240 hours*UU 1/2023 Pasal 85 ayat (4)*");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(240)]
    public void Constructor_HoursAtTheLimits_IsAccepted(int hours)
    {
        // Pasal 85 ayat (4): 8 and 240 hours are within the range.
        Order(hours: hours, hoursPerDay: 8, period: SentenceTerm.FromMonths(6)).Hours.Should().Be(hours);
    }

    [Fact]
    public void Constructor_HoursLimit_IsTheSentencesOwnRule()
    {
        // The 8–240 hour rule is stated once, in Sentence: the order refuses with the very same message.
        var fromSentence = () => Sentence.CommunityService(300);
        var fromOrder = () => Order(hours: 300, hoursPerDay: 8, period: SentenceTerm.FromMonths(6));
        fromOrder.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(fromSentence.Should().Throw<ArgumentOutOfRangeException>().Which.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    public void Constructor_HoursPerDayAbove8_IsRefusedCitingAyat5(int hoursPerDay)
    {
        // Pasal 85 ayat (5): at most 8 hours in one day.
        var act = () => Order(hoursPerDay: hoursPerDay);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(hoursPerDay)).WithMessage("*at most 8 hours a day*UU 1/2023 Pasal 85 ayat (5)*");
    }

    [Fact]
    public void Constructor_8HoursPerDay_IsAccepted()
    {
        // Pasal 85 ayat (5): 8 hours a day is the maximum, allowed.
        Order(hoursPerDay: 8).HoursPerDay.Should().Be(8);
    }

    [Theory]
    [InlineData("9m")]
    [InlineData("6m1d")]
    [InlineData("181d")]
    [InlineData("1y")]
    public void Constructor_PeriodLongerThan6Months_IsRefusedCitingAyat5(string period)
    {
        // Pasal 85 ayat (5): spread over at most 6 months; a month is 30 days (Pasal 184), so at most 180 days.
        var act = () => Order(period: SentenceTerm.Parse(period));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("completionPeriod").WithMessage("*at most 6 months*UU 1/2023 Pasal 85 ayat (5)*");
    }

    [Theory]
    [InlineData("6m", 180)]
    [InlineData("180d", 180)]
    [InlineData("1m", 30)]
    public void Constructor_PeriodUpTo6Months_IsAcceptedAt30DaysAMonth(string period, int days)
    {
        // Pasal 85 ayat (5) and Pasal 184.
        Order(period: SentenceTerm.Parse(period)).CompletionDays.Should().Be(days);
    }

    [Fact]
    public void Constructor_HoursThatDoNotFitThePeriodAtTheDailyHours_IsRefusedCitingAyat5And9()
    {
        // Pasal 85 ayat (5) and ayat (9) huruf b: 240 hours at 1 hour a day need 240 days, more than 6 months.
        var act = () => Order(hours: 240, hoursPerDay: 1, period: SentenceTerm.FromMonths(6));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hoursPerDay").WithMessage("*240 days*180-day*Pasal 85 ayat (5), ayat (9) huruf b*");
    }

    [Fact]
    public void Constructor_OffencePunishableBy5Years_IsRefusedCitingAyat1()
    {
        // Pasal 85 ayat (1): an offence punishable by less than 5 years of prison.
        var act = () => new CommunityServiceOrder("o", Client, BapasId, Counsellor, Prosecutor, new LocalDate(2026, 1, 26), new LocalDate(2026, 2, 2), 120, 4, SentenceTerm.FromMonths(3), SentenceTerm.FromYears(5), ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)), new FailureOrder(FailureOrderKind.RepeatHours, FailureExtent.Whole));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("offenceMaximum").WithMessage("*less than 5 years*UU 1/2023 Pasal 85 ayat (1)*");
    }

    [Fact]
    public void Constructor_OffencePunishableBy4Years11Months_IsAccepted()
    {
        // Pasal 85 ayat (1): 4 years 11 months is less than 5 years.
        var order = new CommunityServiceOrder("o", Client, BapasId, Counsellor, Prosecutor, new LocalDate(2026, 1, 26), new LocalDate(2026, 2, 2), 120, 4, SentenceTerm.FromMonths(3), new SentenceTerm(4, 11, 0), ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)), new FailureOrder(FailureOrderKind.RepeatHours, FailureExtent.Whole));
        order.OffenceMaximum.Should().Be(new SentenceTerm(4, 11, 0));
    }

    [Fact]
    public void ReplacedPenalty_PrisonLongerThan6Months_IsRefusedCitingAyat1()
    {
        // Pasal 85 ayat (1): the judge would impose at most 6 months of prison.
        var act = () => ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(7));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("term").WithMessage("*at most 6 months*UU 1/2023 Pasal 85 ayat (1)*");
        ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(6)).TermDays.Should().Be(180);
    }

    [Fact]
    public void ReplacedPenalty_FineAboveCategoryII_IsRefusedCitingAyat1AndPasal79()
    {
        // Pasal 85 ayat (1): a fine of at most category II, Rp10,000,000 (Pasal 79 ayat (1) huruf b).
        var act = () => ReplacedPenalty.Fine(10_000_001);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rupiah").WithMessage("*category II*UU 1/2023 Pasal 85 ayat (1), Pasal 79 ayat (1) huruf b*");
        ReplacedPenalty.Fine(10_000_000).FineRupiah.Should().Be(10_000_000);
    }

    [Fact]
    public void ReplacedPenalty_ZeroTerm_IsRefusedCitingAyat9()
    {
        // Pasal 85 ayat (9) huruf a: the judgment states the prison term it replaces.
        var act = () => ReplacedPenalty.Imprisonment(SentenceTerm.Zero);
        act.Should().Throw<ArgumentException>().WithParameterName("term").WithMessage("*Pasal 85 ayat (9) huruf a*");
    }

    [Fact]
    public void Constructor_OrderToServePrisonWhenAFineWasReplaced_IsRefusedCitingAyat7()
    {
        // Pasal 85 ayat (7) huruf b: serving the replaced prison term needs a replaced prison term.
        var act = () => Order(replaced: ReplacedPenalty.Fine(5_000_000), failure: new FailureOrder(FailureOrderKind.ServeReplacedPrisonTerm, FailureExtent.Whole));
        act.Should().Throw<ArgumentException>().WithParameterName("failureOrder").WithMessage("*Pasal 85 ayat (7) huruf b*");
    }

    [Fact]
    public void Constructor_OrderToPayAFineWhenPrisonWasReplaced_IsRefusedCitingAyat7()
    {
        // Pasal 85 ayat (7) huruf c: paying the replaced fine needs a replaced fine.
        var act = () => Order(failure: new FailureOrder(FailureOrderKind.PayReplacedFine, FailureExtent.ProRata));
        act.Should().Throw<ArgumentException>().WithParameterName("failureOrder").WithMessage("*Pasal 85 ayat (7) huruf c*");
    }

    [Fact]
    public void Constructor_WithoutCounsellorOrProsecutor_IsRefusedCitingAyat8()
    {
        // Pasal 85 ayat (8): supervised by the prosecutor, guided by a community counsellor (pembimbing kemasyarakatan).
        var noCounsellor = () => new CommunityServiceOrder("o", Client, BapasId, default, Prosecutor, new LocalDate(2026, 1, 26), new LocalDate(2026, 2, 2), 120, 4, SentenceTerm.FromMonths(3), SentenceTerm.FromYears(2), ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)), new FailureOrder(FailureOrderKind.RepeatHours, FailureExtent.Whole));
        var noProsecutor = () => new CommunityServiceOrder("o", Client, BapasId, Counsellor, default, new LocalDate(2026, 1, 26), new LocalDate(2026, 2, 2), 120, 4, SentenceTerm.FromMonths(3), SentenceTerm.FromYears(2), ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)), new FailureOrder(FailureOrderKind.RepeatHours, FailureExtent.Whole));
        noCounsellor.Should().Throw<ArgumentException>().WithParameterName("counsellor").WithMessage("*pembimbing kemasyarakatan*Pasal 85 ayat (8)*");
        noProsecutor.Should().Throw<ArgumentException>().WithParameterName("prosecutor").WithMessage("*prosecutor*Pasal 85 ayat (8)*");
    }

    [Fact]
    public void Constructor_JudgmentBeforeTheCodeCameIntoForce_IsRefusedCitingPasal624()
    {
        // UU 1/2023 Pasal 624: in force three years after 2 January 2023, on 2 January 2026.
        var act = () => new CommunityServiceOrder("o", Client, BapasId, Counsellor, Prosecutor, new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 2), 120, 4, SentenceTerm.FromMonths(3), SentenceTerm.FromYears(2), ReplacedPenalty.Imprisonment(SentenceTerm.FromMonths(3)), new FailureOrder(FailureOrderKind.RepeatHours, FailureExtent.Whole));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("judgmentDate").WithMessage("*2026-01-02*Pasal 624*");
    }

    [Fact]
    public void Constructor_PeriodStartingBeforeTheJudgment_IsRefused()
    {
        // Pasal 85 ayat (9) huruf b: the period is set by the judgment, so it cannot begin before it.
        var act = () => Order(startsOn: new LocalDate(2026, 1, 20));
        act.Should().Throw<ArgumentException>().WithParameterName("startsOn").WithMessage("*before the judgment*");
    }

    [Fact]
    public void Describe_NamesTheFactsAndTheArticleInOneLanguage()
    {
        var order = Order();
        order.Describe(Language.Indonesian).Should().Contain("120 jam").And.Contain("2026-05-02").And.Contain("Pasal 85").And.NotContain("hours");
        order.Describe(Language.English).Should().Contain("120 hours").And.Contain("2026-05-02").And.Contain("Pasal 85").And.NotContain(" jam");
        order.ToString().Should().Be("PID-17/2026 120h 4h/day [2026-02-02, 2026-05-02]").And.NotContain(Client.Value);
    }

    [Fact]
    public void Equality_SameJudgment_IsEqual()
    {
        Order().Should().Be(Order());
        Order().GetHashCode().Should().Be(Order().GetHashCode());
        Order().Should().NotBe(Order(hours: 100));
    }

    [Fact]
    public void IsGuidedByAppointedCounsellorOn_FollowsTheRegistryOfOfficials()
    {
        // Pasal 85 ayat (8): guidance by a pembimbing kemasyarakatan of the Bapas.
        var day = new LocalDate(2026, 3, 2);
        Order().IsGuidedByAppointedCounsellorOn(CommunityServiceFixture.Officials, day).Should().BeTrue();
        Order().IsGuidedByAppointedCounsellorOn(CommunityServiceFixture.Officials, new LocalDate(2024, 12, 31)).Should().BeFalse("the counsellor was appointed on 2025-01-01");
        Order(bapas: OtherBapasId).IsGuidedByAppointedCounsellorOn(CommunityServiceFixture.Officials, day).Should().BeFalse("the counsellor is a PK of another Bapas");
        Order(bapas: KelurahanId).IsGuidedByAppointedCounsellorOn(CommunityServiceFixture.Officials, day).Should().BeFalse("a kelurahan is not a Bapas");
        Order(bapas: new("bapas-unknown")).IsGuidedByAppointedCounsellorOn(CommunityServiceFixture.Officials, day).Should().BeNull("an institution missing from the registry is undetermined, not a no");
    }
}
