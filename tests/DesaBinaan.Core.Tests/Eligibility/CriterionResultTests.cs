using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Eligibility;

public sealed class CriterionResultTests
{
    [Fact]
    public void Default_IsUnknownWithoutDate()
    {
        // the design notes: missing evidence is not a "no": an uncomputed result is unknown.
        default(CriterionResult).Outcome.Should().Be(CriterionOutcome.Unknown);
        default(CriterionResult).HasDate.Should().BeFalse();
        default(CriterionResult).Date.Should().BeNull();
    }

    [Theory]
    [InlineData("2025-05-31", "2025-05-30", CriterionOutcome.NotMet)]
    [InlineData("2025-05-31", "2025-05-31", CriterionOutcome.Met)]
    [InlineData("2025-05-31", "2025-06-01", CriterionOutcome.Met)]
    public void From_DateAndEvaluationDate_MetOnOrAfter(string threshold, string evaluation, CriterionOutcome expected)
    {
        // docs/domain.md §8: a fraction date is the first day on which the condition holds.
        var result = CriterionResult.From(LocalDate.FromDateTime(DateTime.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)), LocalDate.FromDateTime(DateTime.Parse(evaluation, System.Globalization.CultureInfo.InvariantCulture)));
        result.Outcome.Should().Be(expected);
        result.Date.Should().Be(new LocalDate(2025, 5, 31));
    }

    [Fact]
    public void FromBoolean_NotRecorded_IsUnknown()
    {
        CriterionResult.FromBoolean((bool?)null).Should().Be(CriterionResult.Unknown);
        CriterionResult.FromBoolean((bool?)false).Should().Be(CriterionResult.NotMet);
        CriterionResult.FromBoolean((bool?)true).Should().Be(CriterionResult.Met);
    }

    [Fact]
    public void Equality_ComparesOutcomeAndDate()
    {
        var day = DayNumbers.FromDate(new LocalDate(2026, 7, 14));
        EqualityAssert.Values(CriterionResult.NotMetUntil(day), CriterionResult.NotMetUntil(day), CriterionResult.NotMetUntil(day + 1), CriterionResult.NotMet, CriterionResult.MetSince(day));
        CriterionResult.NotMetUntil(day).ToString().Should().Be("NotMet until 2026-07-14");
        CriterionResult.NotMetUntil(day).IsNotYetMet.Should().BeTrue();
    }

    [Fact]
    public void MetSince_NegativeDay_Throws()
    {
        var act = () => CriterionResult.MetSince(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dayNumber");
    }

    [Fact]
    public void DayNumbers_RoundTrip()
    {
        var date = new LocalDate(2026, 4, 29);
        DayNumbers.ToDate(DayNumbers.FromDate(date)).Should().Be(date);
        (DayNumbers.FromDate(date.PlusDays(30)) - DayNumbers.FromDate(date)).Should().Be(30);
    }

    // A result keeps its outcome and its date at both ends of the calendar (0001-01-01 and 9999-12-31).
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2026-04-29")]
    [InlineData("9999-12-31")]
    public void MetSinceAndNotMetUntil_AnyDayOfTheCalendar_KeepOutcomeAndDate(string day)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var number = DesaBinaan.Core.Common.DayNumbers.FromDate(date);

        var met = CriterionResult.MetSince(number);
        var notYet = CriterionResult.NotMetUntil(number);

        (met.Outcome, met.Date, met.DayNumber).Should().Be((CriterionOutcome.Met, date, number));
        (notYet.Outcome, notYet.Date, notYet.IsNotYetMet).Should().Be((CriterionOutcome.NotMet, date, true));
        met.Should().NotBe(notYet);
    }

    // A population holds a result per criterion and person: each takes 4 bytes.
    [Fact]
    public void Size_IsFourBytes() =>
        System.Runtime.CompilerServices.Unsafe.SizeOf<CriterionResult>().Should().Be(4);
}
