using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Tests.PublishedCases;
using DesaBinaan.Core.Timeline;
using NodaTime;
using static DesaBinaan.Core.Tests.Timeline.RightsTimelineTests;

namespace DesaBinaan.Core.Tests.Timeline;

/// <summary>The remission outlook (Keppres 174/1999 Pasal 4–5 tiers by grants received; Keppres 120/1955 decennial): a projection, never the record.</summary>
public sealed class RemissionOutlookTests
{
    private static readonly SentenceHistory TwoYears = SentenceHistory.Imprisonment(new LocalDate(2025, 1, 2), SentenceTerm.FromYears(2));

    // Detained 2025-01-02, 2 years (expiry 2027-01-02), Muslim, seen on 2025-06-01:
    // 17 Aug 2025: first general remission after 227 days served (6 to 12 months) = 1 month; decennial 1/12 of 720 days = 60 days;
    // Idul Fitri 2026-03-21 (SKB 2026): first special after 443 days (12 months or more) = 1 month;
    // 17 Aug 2026: second general = 3 months, but only 18 days are left (expiry 2026-09-04): released on the day (RU II).
    [Fact]
    public void Muslim_TwoYears_ProjectsTiersDecennialAndReleaseOnTheDay()
    {
        var outlook = RemissionOutlook.Project(Person(TwoYears, Religion.Islam), new LocalDate(2025, 6, 1));

        outlook.IsDetermined.Should().BeTrue();
        outlook.Projections.Select(p => (p.GrantDate, p.Kind, p.Status, p.Amount, p.Tier)).Should().Equal(
            (new LocalDate(2025, 8, 17), RemissionKind.General, RemissionEntitlementStatus.Due, SentenceTerm.FromMonths(1), 1),
            (new LocalDate(2025, 8, 17), RemissionKind.Decennial, RemissionEntitlementStatus.Due, SentenceTerm.FromMonths(2), 0),
            (new LocalDate(2026, 3, 21), RemissionKind.Special, RemissionEntitlementStatus.Due, SentenceTerm.FromMonths(1), 1),
            (new LocalDate(2026, 8, 17), RemissionKind.General, RemissionEntitlementStatus.Due, SentenceTerm.FromDays(18), 2));
        outlook.Projections[^1].ReleasesOnGrantDay.Should().BeTrue();
        outlook.ProjectedExpiry.Should().Be(new LocalDate(2026, 8, 17));
        outlook.ProjectedProbationEnd.Should().Be(new LocalDate(2027, 8, 17));
    }

    // With 90 days of remission by 2025-08-17, 2/3 (480 days) is reached when 390 days are served: 2026-01-27; parole needs
    // at least 9 months (270 days) in custody, already served: the same day.
    [Fact]
    public void Muslim_TwoYears_ProjectedTwoThirdsAndParole()
    {
        var outlook = RemissionOutlook.Project(Person(TwoYears, Religion.Islam), new LocalDate(2025, 6, 1));

        outlook.ProjectedTwoThirds.Should().Be(new LocalDate(2026, 1, 27));
        outlook.ProjectedParole.Should().Be(new LocalDate(2026, 1, 27));
    }

    // Rizieq Shihab on his parole day (2022-07-20): his second general remission on 17 Aug 2022 would be 3 months, bringing
    // the expiry of 2023-06-10 to 2023-03-12; Idul Fitri 2023 (2023-04-22) then falls after it.
    [Fact]
    public void RizieqShihab_OnTheParoleDay_SecondGeneralRemissionProjected()
    {
        var c = PublishedCase.All.Single(x => x.Id == "rizieq-shihab-parole");
        var outlook = RemissionOutlook.Project(Person(c.History(), Religion.Islam), new LocalDate(2022, 7, 20));

        outlook.Projections.Should().ContainSingle();
        outlook.Projections[0].Should().Match<RemissionProjection>(p => p.GrantDate == new LocalDate(2022, 8, 17) && p.Tier == 2 && p.Amount == SentenceTerm.FromMonths(3));
        outlook.ProjectedExpiry.Should().Be(new LocalDate(2023, 3, 12));
        outlook.ProjectedParole.Should().Be(new LocalDate(2022, 7, 15), "a remission granted later never moves an earlier 2/3 date");
    }

    // Waisak 2027 is not in the built-in table: that projection is undetermined, and so are the projected dates.
    [Fact]
    public void Buddhist_YearWithoutWaisakDate_UndeterminedNeverGuessed()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2026, 1, 5), SentenceTerm.FromYears(3));
        var outlook = RemissionOutlook.Project(Person(history, Religion.Buddhism), new LocalDate(2026, 2, 1));

        outlook.IsDetermined.Should().BeFalse();
        outlook.ProjectedExpiry.Should().BeNull();
        var waisak2027 = outlook.Projections.Single(p => p.Holiday == ReligiousHoliday.Waisak && p.Year == 2027);
        waisak2027.GrantDate.Should().BeNull();
        waisak2027.Status.Should().Be(RemissionEntitlementStatus.Undetermined);
        waisak2027.Describe(Language.English).Should().Contain("not in the holiday calendar");
    }

    [Fact]
    public void Buddhist_DateAddedByTheCaller_ProjectionDetermined()
    {
        var history = SentenceHistory.Imprisonment(new LocalDate(2026, 1, 5), SentenceTerm.FromYears(2));
        var source = new Citation("Kalender pengguna", null, "tanggal yang ditambahkan pengguna untuk uji");
        var calendar = HolidayCalendar.Official.With(ReligiousHoliday.Waisak, new LocalDate(2027, 5, 20), source);
        var outlook = RemissionOutlook.Project(Person(history, Religion.Buddhism), new LocalDate(2026, 2, 1), calendar);

        outlook.IsDetermined.Should().BeTrue();
        outlook.Projections.Should().Contain(p => p.Holiday == ReligiousHoliday.Waisak && p.GrantDate == new LocalDate(2027, 5, 20));
    }

    [Fact]
    public void ReligionNotRecorded_SpecialRemissionUndetermined()
    {
        var outlook = RemissionOutlook.Project(Person(TwoYears), new LocalDate(2025, 6, 1));

        outlook.IsDetermined.Should().BeFalse();
        outlook.Note!.English.Should().Contain("religion first recorded");
        outlook.Projections.Should().Contain(p => p.Kind == RemissionKind.General && p.Status == RemissionEntitlementStatus.Due);
    }
}
