using DesaBinaan.Core.Common;
using DesaBinaan.Core.Population;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

public sealed class EligibilityCalendarTests
{
    private static RosterEvaluation<PopulationToySubject, PopulationToyParameters> Roster() =>
        RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, PopulationToy.Roster());

    // docs/domain.md §9: a not-yet-eligible date holds "assuming no new disciplinary punishment"; B is eligible on 2026-05-05, C on 2026-05-20.
    [Fact]
    public void Of_EightWeeks_PutsEachSubjectInItsWeek()
    {
        var calendar = EligibilityCalendar.Of(Roster(), 56);

        calendar.Periods.Should().HaveCount(8);
        (calendar.Periods[0].Days == new DateInterval(new LocalDate(2026, 5, 2), new LocalDate(2026, 5, 8))).Should().BeTrue();
        calendar.Periods[^1].Days.End.Should().Be(new LocalDate(2026, 6, 26));
        calendar.EligibleNow.Should().Be(1);
        calendar.Periods.Select(p => p.Count).Should().Equal(1, 0, 1, 0, 0, 0, 0, 0);
        calendar.Periods[0].SubjectIds.Should().Equal("B");
        calendar.Periods[2].SubjectIds.Should().Equal("C");
        calendar.Periods.Select(p => p.EligibleByEnd).Should().Equal(2, 2, 3, 3, 3, 3, 3, 3);
        calendar.Later.Should().Be(0, "F is ineligible (not minimum security), so waiting does not make it eligible");
    }

    [Fact]
    public void Of_BeyondTheVersion_ListsTheAssumptions()
    {
        var calendar = EligibilityCalendar.Of(Roster(), 56);

        calendar.Assumptions.Should().Equal(EligibilityCalendar.FactsUnchanged, PopulationToy.NoNewPunishment, EligibilityCalendar.VersionStaysInForce);
    }

    [Fact]
    public void Of_WithinTheVersion_DoesNotAssumeItStaysInForce()
    {
        var calendar = EligibilityCalendar.Of(Roster(), 7);

        calendar.Periods.Should().ContainSingle().Which.SubjectIds.Should().Equal("B");
        calendar.Later.Should().Be(1, "C becomes eligible after the horizon");
        calendar.Assumptions.Should().Equal(EligibilityCalendar.FactsUnchanged, PopulationToy.NoNewPunishment);
    }

    [Fact]
    public void Of_Months_StartsWithThePartialMonth()
    {
        var calendar = EligibilityCalendar.Of(Roster(), 45, CalendarUnit.Month);

        calendar.Periods.Select(p => p.Days).Should().Equal(
            new DateInterval(new LocalDate(2026, 5, 2), new LocalDate(2026, 5, 31)),
            new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 15)));
        calendar.Periods[0].SubjectIds.Should().Equal("B", "C");
        calendar.Unit.Should().Be(CalendarUnit.Month);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3661)]
    public void Of_HorizonOutOfRange_Throws(int days)
    {
        var act = () => EligibilityCalendar.Of(Roster(), days);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(days)).WithMessage("*1 to 3660 days*");
    }

    [Fact]
    public void CalendarPeriod_CumulativeBelowCount_Throws()
    {
        var act = () => new CalendarPeriod(new DateInterval(PopulationToy.AsOf, PopulationToy.AsOf), ["A", "B"], 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("eligibleByEnd").WithMessage("*includes those who become eligible in it*");
    }

    [Fact]
    public void Equality_ByValue()
    {
        var days = new DateInterval(PopulationToy.AsOf, PopulationToy.AsOf.PlusDays(6));
        EqualityAssert.Values(new CalendarPeriod(days, ["A"], 3), new CalendarPeriod(days, ["A"], 3), new CalendarPeriod(days, ["B"], 3), new CalendarPeriod(days, ["A"], 4));
        EqualityAssert.Values(EligibilityCalendar.Of(Roster(), 56), EligibilityCalendar.Of(Roster(), 56), EligibilityCalendar.Of(Roster(), 28), EligibilityCalendar.Of(Roster(), 56, CalendarUnit.Month));
        new CalendarPeriod(days, ValueList<string>.Empty, 0).ToString().Should().Be("2026-05-01..2026-05-07: +0 (eligible 0)");
    }
}
