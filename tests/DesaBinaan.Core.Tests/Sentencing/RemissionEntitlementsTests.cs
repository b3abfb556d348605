using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Sentencing.SentenceCalculatorTests;

namespace DesaBinaan.Core.Tests.Sentencing;

/// <summary>The Keppres 174/1999 tables of docs/domain.md §9, row by row.</summary>
public sealed class RemissionEntitlementsTests
{
    private static readonly CountingConvention Default = CountingConvention.Default;

    private static SentenceHistory TenYears(string start) => SentenceHistory.Imprisonment(D(start), SentenceTerm.FromYears(10));

    /// <summary>A 10-year term from 2024-01-01 with <paramref name="received"/> remissions of a kind already granted, one a year from 2024 on the given day (1 month each: the amounts do not set the tier).</summary>
    private static SentenceHistory TenYearsWithGrants(int received, RemissionKind kind, int month, int day) =>
        SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromYears(10), [.. Enumerable.Range(0, received).Select(i => new Remission(new LocalDate(2024 + i, month, day), SentenceTerm.FromMonths(1), kind))]);

    // General remission (17 August): detained 2024-01-01, a 10-year term; served counts 30 days a month. These rows count
    // the tier by the years served: the tiers-by-years-served convention, a named alternative (docs/domain.md §8), keeps
    // the older reading; the practice convention counts the remissions received (the next theory).
    [Theory]
    [InlineData("2024-01-01", "2024-08-17", 1, "1m", "remisi.general.year-1.six-to-twelve-months")] // 229 days: 6–12 months
    [InlineData("2024-03-14", "2025-08-17", 1, "2m", "remisi.general.year-1.twelve-months-or-more")] // 521 days, 156 a year before
    [InlineData("2024-01-01", "2025-08-17", 2, "3m", "remisi.general.year-2")]
    [InlineData("2024-01-01", "2026-08-17", 3, "4m", "remisi.general.year-3")]
    [InlineData("2024-01-01", "2027-08-17", 4, "5m", "remisi.general.year-4-5")]
    [InlineData("2024-01-01", "2028-08-17", 5, "5m", "remisi.general.year-4-5")]
    [InlineData("2024-01-01", "2029-08-17", 6, "6m", "remisi.general.year-6-on")]
    [InlineData("2024-01-01", "2031-08-17", 8, "6m", "remisi.general.year-6-on")]
    public void Assess_General_FollowsTheTable(string start, string grant, int year, string amount, string code)
    {
        var entitlement = RemissionEntitlements.Assess(TenYears(start), D(grant), RemissionKind.General, CountingConvention.TiersByYearsServed);
        entitlement.Status.Should().Be(RemissionEntitlementStatus.Due);
        entitlement.YearOfRemission.Should().Be(year);
        entitlement.Amount.Should().Be(SentenceTerm.Parse(amount));
        entitlement.Code.Should().Be(code);
        entitlement.Citation.Instrument.Should().Be("Keppres 174/1999");
    }

    // Practice convention (docs/domain.md §8, §9): the tier of a general remission is the number of general remissions
    // already received plus one; the first is 1 month after 6–12 months served, 2 months after 12 months or more.
    [Theory]
    [InlineData(0, "2024-08-17", 1, "1m", "remisi.general.year-1.six-to-twelve-months")] // 229 days
    [InlineData(0, "2025-08-17", 1, "2m", "remisi.general.year-1.twelve-months-or-more")] // 594 days, none received yet
    [InlineData(1, "2025-08-17", 2, "3m", "remisi.general.year-2")]
    [InlineData(2, "2026-08-17", 3, "4m", "remisi.general.year-3")]
    [InlineData(3, "2027-08-17", 4, "5m", "remisi.general.year-4-5")]
    [InlineData(4, "2028-08-17", 5, "5m", "remisi.general.year-4-5")]
    [InlineData(5, "2029-08-17", 6, "6m", "remisi.general.year-6-on")]
    [InlineData(7, "2031-08-17", 8, "6m", "remisi.general.year-6-on")]
    [InlineData(0, "2029-08-17", 1, "2m", "remisi.general.year-1.twelve-months-or-more")] // remissions withheld until now: still the first
    [InlineData(2, "2031-08-17", 3, "4m", "remisi.general.year-3")] // two received in eight years: the third
    public void Assess_General_TierFollowsTheRemissionsReceived(int received, string grant, int year, string amount, string code)
    {
        var entitlement = RemissionEntitlements.Assess(TenYearsWithGrants(received, RemissionKind.General, 8, 17), D(grant), RemissionKind.General, Default);
        entitlement.Status.Should().Be(RemissionEntitlementStatus.Due);
        entitlement.YearOfRemission.Should().Be(year);
        entitlement.Amount.Should().Be(SentenceTerm.Parse(amount));
        entitlement.Code.Should().Be(code);
        entitlement.Citation.Instrument.Should().Be("Keppres 174/1999");
    }

    // Special remission (religious holiday, the caller's date). These rows count the tier by the years served: the
    // tiers-by-years-served convention, a named alternative (docs/domain.md §8), keeps the older reading.
    [Theory]
    [InlineData("2024-01-01", "2024-12-25", 1, "15d", "remisi.special.year-1.six-to-twelve-months")] // 359 days
    [InlineData("2024-01-01", "2024-12-26", 1, "1m", "remisi.special.year-1.twelve-months-or-more")] // 360 days
    [InlineData("2024-03-14", "2025-03-31", 1, "1m", "remisi.special.year-1.twelve-months-or-more")] // Idul Fitri 2025, 382 days
    [InlineData("2024-01-01", "2025-12-25", 2, "1m", "remisi.special.year-2-3")]
    [InlineData("2024-01-01", "2026-12-25", 3, "1m", "remisi.special.year-2-3")]
    [InlineData("2024-01-01", "2027-12-25", 4, "1m15d", "remisi.special.year-4-5")]
    [InlineData("2024-01-01", "2028-12-25", 5, "1m15d", "remisi.special.year-4-5")]
    [InlineData("2024-01-01", "2029-12-25", 6, "2m", "remisi.special.year-6-on")]
    public void Assess_Special_FollowsTheTable(string start, string grant, int year, string amount, string code)
    {
        var entitlement = RemissionEntitlements.Assess(TenYears(start), D(grant), RemissionKind.Special, CountingConvention.TiersByYearsServed);
        entitlement.IsDue.Should().BeTrue();
        entitlement.YearOfRemission.Should().Be(year);
        entitlement.Amount.Should().Be(SentenceTerm.Parse(amount));
        entitlement.Code.Should().Be(code);
    }

    // Practice convention (docs/domain.md §8, §9): the tier of a special remission is the number of special remissions
    // already received plus one (Setya Novanto: 1 month at Idul Fitri 2023 and 2024, his first and second).
    [Theory]
    [InlineData(0, "2024-12-25", 1, "15d", "remisi.special.year-1.six-to-twelve-months")] // 359 days
    [InlineData(0, "2024-12-26", 1, "1m", "remisi.special.year-1.twelve-months-or-more")] // 360 days
    [InlineData(1, "2025-12-25", 2, "1m", "remisi.special.year-2-3")]
    [InlineData(2, "2026-12-25", 3, "1m", "remisi.special.year-2-3")]
    [InlineData(3, "2027-12-25", 4, "1m15d", "remisi.special.year-4-5")]
    [InlineData(4, "2028-12-25", 5, "1m15d", "remisi.special.year-4-5")]
    [InlineData(5, "2029-12-25", 6, "2m", "remisi.special.year-6-on")]
    [InlineData(0, "2029-12-25", 1, "1m", "remisi.special.year-1.twelve-months-or-more")] // none received yet: still the first
    public void Assess_Special_TierFollowsTheRemissionsReceived(int received, string grant, int year, string amount, string code)
    {
        var entitlement = RemissionEntitlements.Assess(TenYearsWithGrants(received, RemissionKind.Special, 12, 25), D(grant), RemissionKind.Special, Default);
        entitlement.IsDue.Should().BeTrue();
        entitlement.YearOfRemission.Should().Be(year);
        entitlement.Amount.Should().Be(SentenceTerm.Parse(amount));
        entitlement.Code.Should().Be(code);
    }

    // Practice convention: only the remissions of the same kind set the tier; three general remissions leave the special one at its first tier.
    [Fact]
    public void Assess_Tier_CountsOnlyTheRemissionsOfThatKind()
    {
        var entitlement = RemissionEntitlements.Assess(TenYearsWithGrants(3, RemissionKind.General, 8, 17), D("2026-12-25"), RemissionKind.Special, Default);
        entitlement.YearOfRemission.Should().Be(1);
        entitlement.Amount.Should().Be(SentenceTerm.FromMonths(1));
        entitlement.Code.Should().Be("remisi.special.year-1.twelve-months-or-more");
    }

    // docs/domain.md §9: remission needs more than 6 months served: 2024-03-14 to 2024-08-17 is 156 days; 180 days is not more.
    [Theory]
    [InlineData("2024-03-14", "2024-08-17", RemissionKind.General)]
    [InlineData("2024-02-19", "2024-08-17", RemissionKind.General)]
    [InlineData("2024-07-01", "2024-12-25", RemissionKind.Special)]
    [InlineData("2024-03-14", "2024-08-17", RemissionKind.Additional)]
    public void Assess_SixMonthsOrLessServed_IsNotDue(string start, string grant, RemissionKind kind)
    {
        var entitlement = RemissionEntitlements.Assess(TenYears(start), D(grant), kind, Default, AdditionalRemissionGround.ServiceToState);
        entitlement.Status.Should().Be(RemissionEntitlementStatus.NotDue);
        entitlement.Code.Should().Be("remisi.served-six-months-or-less");
        entitlement.Amount.Should().Be(SentenceTerm.Zero);
        entitlement.Reason.English.Should().Contain("more than 6 months");
    }

    [Fact]
    public void Assess_JustOverSixMonths_IsDue()
    {
        // 2024-02-18 to 2024-08-17 is 181 days.
        RemissionEntitlements.Assess(TenYears("2024-02-18"), D("2024-08-17"), RemissionKind.General, Default).ServedDays.Should().Be(181);
        RemissionEntitlements.Assess(TenYears("2024-02-18"), D("2024-08-17"), RemissionKind.General, Default).IsDue.Should().BeTrue();
    }

    // Additional remission: 1/2 (service to the state) or 1/3 (helping the institution) of that year's general remission.
    // Practice convention (docs/domain.md §8): that general remission's tier follows the general remissions received, so
    // with none received it is the first (2 months after 12 months served); the rows by years served keep the older
    // reading under the tiers-by-years-served convention (was 1m15d, 1m and 1m20d under the default).
    [Theory]
    [InlineData("ditjenpas-practice", 0, AdditionalRemissionGround.ServiceToState, "2025-08-17", "1m", "remisi.additional.service-to-state")] // 1/2 of 2 months
    [InlineData("ditjenpas-practice", 0, AdditionalRemissionGround.HelpingInstitution, "2025-08-17", "20d", "remisi.additional.helping-institution")] // 1/3 of 2 months
    [InlineData("ditjenpas-practice", 0, AdditionalRemissionGround.HelpingInstitution, "2024-08-17", "10d", "remisi.additional.helping-institution")] // 1/3 of 1 month
    [InlineData("ditjenpas-practice", 0, AdditionalRemissionGround.HelpingInstitution, "2027-08-17", "20d", "remisi.additional.helping-institution")] // 1/3 of 2 months
    [InlineData("ditjenpas-practice", 1, AdditionalRemissionGround.ServiceToState, "2025-08-17", "1m15d", "remisi.additional.service-to-state")] // 1/2 of 3 months (second)
    [InlineData("ditjenpas-practice", 3, AdditionalRemissionGround.HelpingInstitution, "2027-08-17", "1m20d", "remisi.additional.helping-institution")] // 1/3 of 5 months (fourth)
    [InlineData("tiers-by-years-served", 0, AdditionalRemissionGround.ServiceToState, "2025-08-17", "1m15d", "remisi.additional.service-to-state")] // 1/2 of 3 months
    [InlineData("tiers-by-years-served", 0, AdditionalRemissionGround.HelpingInstitution, "2025-08-17", "1m", "remisi.additional.helping-institution")] // 1/3 of 3 months
    [InlineData("tiers-by-years-served", 0, AdditionalRemissionGround.HelpingInstitution, "2024-08-17", "10d", "remisi.additional.helping-institution")] // 1/3 of 1 month
    [InlineData("tiers-by-years-served", 0, AdditionalRemissionGround.HelpingInstitution, "2027-08-17", "1m20d", "remisi.additional.helping-institution")] // 1/3 of 5 months
    public void Assess_Additional_IsAShareOfTheGeneralRemission(string conventionName, int received, AdditionalRemissionGround ground, string grant, string amount, string code)
    {
        var entitlement = RemissionEntitlements.Assess(TenYearsWithGrants(received, RemissionKind.General, 8, 17), D(grant), RemissionKind.Additional, Named(conventionName), ground);
        entitlement.Amount.Should().Be(SentenceTerm.Parse(amount));
        entitlement.Code.Should().Be(code);
    }

    [Fact]
    public void Assess_AdditionalWithoutGround_IsUndetermined()
    {
        var entitlement = RemissionEntitlements.Assess(TenYears("2024-01-01"), D("2025-08-17"), RemissionKind.Additional, Default);
        entitlement.Status.Should().Be(RemissionEntitlementStatus.Undetermined);
        entitlement.Code.Should().Be("remisi.additional.ground-unknown");
    }

    // Decennial remission: 1/12 of the sentence, at most 3 months, on 17 August 2005, 2015, 2025.
    [Theory]
    [InlineData("2024-03-14", "2y6m", "2m15d", "remisi.decennial")] // 900 / 12 = 75 days
    [InlineData("2024-12-01", "1y", "1m", "remisi.decennial")] // 360 / 12 = 30 days
    [InlineData("2025-02-17", "7m", "17d", "remisi.decennial")] // 210 / 12 = 17.5, rounded down
    [InlineData("2024-03-14", "3y", "3m", "remisi.decennial")] // 1080 / 12 = 90 days: exactly the cap
    [InlineData("2024-03-14", "5y", "3m", "remisi.decennial.capped")] // 1800 / 12 = 150 days, capped at 90
    [InlineData("2024-03-14", "20y", "3m", "remisi.decennial.capped")]
    public void Assess_Decennial_IsATwelfthCappedAtThreeMonths(string start, string term, string amount, string code)
    {
        var history = SentenceHistory.Imprisonment(D(start), SentenceTerm.Parse(term));
        var entitlement = RemissionEntitlements.Assess(history, D("2025-08-17"), RemissionKind.Decennial, Default);
        entitlement.Amount.Should().Be(SentenceTerm.Parse(amount));
        entitlement.Code.Should().Be(code);
    }

    [Fact]
    public void Assess_DecennialOnAnotherYear_IsNotDue()
    {
        var entitlement = RemissionEntitlements.Assess(TenYears("2024-01-01"), D("2026-08-17"), RemissionKind.Decennial, Default);
        entitlement.Status.Should().Be(RemissionEntitlementStatus.NotDue);
        entitlement.Code.Should().Be("remisi.decennial.not-a-decennial-date");
    }

    // UU 22/2022 Pasal 10(4): no remission for life or death.
    [Theory]
    [InlineData(SentenceKind.Life)]
    [InlineData(SentenceKind.Death)]
    public void Assess_LifeOrDeath_IsNotDue(SentenceKind kind)
    {
        var history = new SentenceHistory([kind == SentenceKind.Life ? Sentence.Life : Sentence.Death], Detention.Continuous(D("2015-01-01")));
        var entitlement = RemissionEntitlements.Assess(history, D("2025-08-17"), RemissionKind.General, Default);
        entitlement.Code.Should().Be("remisi.life-or-death");
        entitlement.Citation.ToString().Should().Be("UU 22/2022 Pasal 10 ayat (4)");
    }

    [Fact]
    public void Assess_CommunitySentence_IsNotDue()
    {
        var history = new SentenceHistory([Sentence.Supervision(SentenceTerm.FromYears(2))], Detention.Continuous(D("2024-01-01")));
        RemissionEntitlements.Assess(history, D("2025-08-17"), RemissionKind.General, Default).Code.Should().Be("remisi.not-custodial");
    }

    [Fact]
    public void Assess_AfterTheMainTermEnded_IsNotDue()
    {
        var history = SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromYears(1)).WithSubstitute(SentenceTerm.FromMonths(3));
        RemissionEntitlements.Assess(history, D("2025-01-17"), RemissionKind.Special, Default).Code.Should().Be("remisi.not-serving");
    }

    [Fact]
    public void Assess_BeforeDetention_IsNotDue()
    {
        RemissionEntitlements.Assess(TenYears("2024-01-01"), D("2023-08-17"), RemissionKind.General, Default).Code.Should().Be("remisi.not-yet-detained");
    }

    [Fact]
    public void Assess_Humanitarian_IsUndetermined()
    {
        var entitlement = RemissionEntitlements.Assess(SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromMonths(10)), D("2024-08-17"), RemissionKind.Humanitarian, Default);
        entitlement.Status.Should().Be(RemissionEntitlementStatus.Undetermined);
        entitlement.Reason.English.Should().Contain("sentence up to 1 year, met");
    }

    // Keppres 174/1999 Pasal 7: interrupted detention counts from the last detention (198 days since 2024-02-01 → 1 month);
    // a convention counting from the first detention gives 412 days (→ 2 months).
    [Fact]
    public void Assess_InterruptedDetention_CountsFromTheLastDetention()
    {
        var detention = Detention.Continuous(D("2023-06-01")).WithGap(new DateInterval(D("2024-01-01"), D("2024-01-31")));
        var history = new SentenceHistory([Sentence.Imprisonment("5y")], detention);
        var last = RemissionEntitlements.Assess(history, D("2024-08-17"), RemissionKind.General, Default);
        last.ServedDays.Should().Be(198);
        last.Amount.Should().Be(SentenceTerm.FromMonths(1));
        var fromFirst = new CountingConvention("from-first-detention", MonthEndRule.LastDayOfMonth, ExpiryMonths.ThirtyDays, 30, 12, FractionBasis.RemissionCountsAsServed, DayRounding.Up, MinimumServed.DaysInCustody, RemissionTiers.YearsServed, new(1, 3), new(1, 5), DayRounding.Down, remissionServiceFromLastDetention: false);
        var first = RemissionEntitlements.Assess(history, D("2024-08-17"), RemissionKind.General, fromFirst);
        first.ServedDays.Should().Be(412);
        first.Amount.Should().Be(SentenceTerm.FromMonths(2));
    }

    [Fact]
    public void Assess_AmountLargerThanWhatIsLeft_IsCapped()
    {
        // Practice convention (docs/domain.md §8): 8 months from 2024-01-01 is 240 days and ends 2024-08-28: on 2024-08-17,
        // 11 days are left; 1 month is due. Under calendar months it ends 2024-09-01 and 15 days are left (the value before).
        var history = SentenceHistory.Imprisonment(D("2024-01-01"), SentenceTerm.FromMonths(8));
        var entitlement = RemissionEntitlements.Assess(history, D("2024-08-17"), RemissionKind.General, Default);
        entitlement.Amount.Should().Be(SentenceTerm.FromDays(11));
        entitlement.CappedToRemaining.Should().BeTrue();
        var calendar = RemissionEntitlements.Assess(history, D("2024-08-17"), RemissionKind.General, CountingConvention.CalendarMonths);
        calendar.Amount.Should().Be(SentenceTerm.FromDays(15));
        calendar.CappedToRemaining.Should().BeTrue();
    }

    [Fact]
    public void Assess_SameInputs_AreEqual()
    {
        RemissionEntitlements.Assess(TenYears("2024-01-01"), D("2025-08-17"), RemissionKind.General, Default)
            .Should().Be(RemissionEntitlements.Assess(TenYears("2024-01-01"), D("2025-08-17"), RemissionKind.General, Default));
    }
}
