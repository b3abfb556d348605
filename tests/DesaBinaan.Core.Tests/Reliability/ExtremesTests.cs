using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using DesaBinaan.Core.Tests.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>The edges: the earliest and latest dates the arithmetic supports, 20-year terms with 40 remissions, empty rosters and a roster of one.</summary>
public sealed class ExtremesTests
{
    private static readonly LocalDate Earliest = new(1, 1, 1);

    [Fact]
    public void Decide_OnTheLastSupportedDate_Works()
    {
        // A version in force "until further notice" ends on LocalDate.MaxIsoValue; deciding on that day must work.
        var decision = IndonesianPolicies.Asimilasi.Decide(AnInmate.Convict(), LocalDate.MaxIsoValue);
        decision.Should().BeIneligibleBecause("rights.sentence-running");
        decision.Fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
        decision.Render(Language.English).Should().Contain("evaluated on 9999-12-31");
    }

    [Fact]
    public void Sentence_EndingOnTheLastSupportedDate_IsComputed()
    {
        // docs/domain.md §8: the expiry is the same calendar day 20 years later: 9979-12-31 + 20 years = 9999-12-31.
        InmateProfile inmate = AnInmate.Convict().Sentenced("20y").DetainedOn(new LocalDate(9979, 12, 31));
        inmate.KeyDates.NaturalExpiry.Should().Be(LocalDate.MaxIsoValue);
        inmate.KeyDates.Half.Should().Be(new LocalDate(9979, 12, 31).PlusDays(3600));
        IndonesianPolicies.Asimilasi.Decide(inmate, LocalDate.MaxIsoValue).Should().NotBeNull();
        SentenceCalculator.Compute(inmate.Sentence!, CountingConvention.Default, LocalDate.MaxIsoValue).Expiry.Should().Be(LocalDate.MaxIsoValue);
    }

    [Theory]
    [InlineData("20y", 9980, 1, 1)]
    [InlineData("1d", 9999, 12, 31)]
    [InlineData("2y", 9999, 6, 1)]
    public void Sentence_EndingAfterTheLastSupportedDate_IsRejectedAtConstruction(string term, int y, int m, int d)
    {
        // Found by this sweep: such a sentence used to fail deep in the calendar arithmetic with the BCL's
        // "un-representable DateTime (Parameter 'months')" when a profile was built.
        var act = () => new SentenceHistory([Sentence.Imprisonment(term)], Detention.Continuous(new LocalDate(y, m, d)));
        act.Should().Throw<ArgumentException>().WithParameterName("sentences").WithMessage("*on or before 9999-12-31*");
    }

    [Fact]
    public void Sentence_WithGapsPushingPastTheLastDate_IsRejected()
    {
        var first = new LocalDate(9997, 12, 31);
        var act = () => new SentenceHistory([Sentence.Imprisonment("2y")], Detention.Continuous(first).WithGap(new DateInterval(first.PlusDays(10), first.PlusDays(40))));
        act.Should().Throw<ArgumentException>().WithParameterName("sentences");
    }

    [Fact]
    public void Sentence_FromTheEarliestSupportedDate_IsComputed()
    {
        // docs/domain.md §8: 1/2 of 2 years is 360 days counted from the first day (days served exclude the date itself).
        var dates = SentenceCalculator.ComputeKeyDates(SentenceHistory.Imprisonment(Earliest, SentenceTerm.FromYears(2)), CountingConvention.Default);
        dates.Half.Should().Be(Earliest.PlusDays(360));
        dates.NaturalExpiry.Should().Be(new LocalDate(3, 1, 1));
    }

    [Fact]
    public void Detention_BeforeTheEarliestSupportedDate_IsRejectedNamingTheFirstDay()
    {
        // Found by this sweep: it used to throw DateOnly's "Day number must be between 0 and ..." naming 'dayNumber'.
        var act = () => Detention.Continuous(LocalDate.MinIsoValue);
        act.Should().Throw<ArgumentException>().WithParameterName("firstDay").WithMessage("*0001-01-01*");
    }

    [Fact]
    public void Decide_BeforeTheEarliestSupportedDate_ThrowsOutOfRangeNamingTheDate()
    {
        // A user's policy may start at LocalDate.MinIsoValue; the engine counts days from 0001-01-01.
        var policy = new Policy<ToySubject, ToyParameters>("toy", new("Mainan", "Toy"), [Toy.Version("toy.all", LocalDate.MinIsoValue, LocalDate.MaxIsoValue)]);
        policy.Decide(Toy.Subject(half: Earliest), Earliest).Status.Should().Be(DecisionStatus.Eligible);
        var act = () => policy.Decide(Toy.Subject(half: Earliest), LocalDate.MinIsoValue);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TwentyYears_FortyRemissions_MatchesADayByDayReference()
    {
        // docs/domain.md §8: each remission counts from its grant day; under the practice convention a fraction date is the
        // first day on which the days served plus the remissions granted by that day reach the fraction of the term (under
        // the net-of-remission convention, a named alternative, the days served reach the fraction of the term net of the
        // remissions granted by that day); a month of remission is 30 days.
        var first = new LocalDate(2000, 1, 1);
        var builder = ASentence.Of("20y").From(first);
        // Four grants a year for ten years: Nyepi, Idul Fitri, 17 August and Natal (docs/domain.md §9 remission table).
        for (var year = 2000; year < 2010; year++)
        {
            builder = builder
                .WithRemission(new LocalDate(year, 3, 25), "15d", RemissionKind.Special)
                .WithRemission(new LocalDate(year, 4, 10), year % 2 == 0 ? "15d" : "1m", RemissionKind.Special)
                .WithRemission(new LocalDate(year, 8, 17), (1 + ((year - 2000) % 2)) + "m", RemissionKind.General)
                .WithRemission(new LocalDate(year, 12, 25), "1m", RemissionKind.Special);
        }

        var history = builder.Build();
        history.Remissions.Should().HaveCount(40);
        var natural = first.PlusYears(20);
        var total = history.Remissions.Sum(r => r.Amount.ToDays(CountingConvention.Default));
        foreach (var convention in new[] { CountingConvention.Default, CountingConvention.NetOfRemission })
        {
            var dates = SentenceCalculator.ComputeKeyDates(history, convention);
            dates.NaturalExpiry.Should().Be(natural);
            dates.Expiry.Should().Be(natural.PlusDays(-total));
            dates.Half.Should().Be(Reference(history, Fraction.OneHalf, convention), convention.Name);
            dates.TwoThirds.Should().Be(Reference(history, Fraction.TwoThirds, convention), convention.Name);
        }
    }

    [Fact]
    public void Reference_AgreesWithTheWorkedExample()
    {
        // docs/domain.md §8 worked example: the reference model itself reads the conventions right. Practice convention:
        // 1/3 on 2024-12-25, 1/2 on 2025-05-23, 2/3 on 2025-08-21; net of remission, a named alternative: 2025-01-03,
        // 2025-05-31, 2025-09-15 (the values before the practice convention).
        SentenceHistory worked = ASentence.WorkedExample();
        Reference(worked, Fraction.OneHalf, CountingConvention.Default).Should().Be(new LocalDate(2025, 5, 23));
        Reference(worked, Fraction.TwoThirds, CountingConvention.Default).Should().Be(new LocalDate(2025, 8, 21));
        Reference(worked, new Fraction(1, 3), CountingConvention.Default).Should().Be(new LocalDate(2024, 12, 25));
        Reference(worked, Fraction.OneHalf, CountingConvention.NetOfRemission).Should().Be(new LocalDate(2025, 5, 31));
        Reference(worked, Fraction.TwoThirds, CountingConvention.NetOfRemission).Should().Be(new LocalDate(2025, 9, 15));
        Reference(worked, new Fraction(1, 3), CountingConvention.NetOfRemission).Should().Be(new LocalDate(2025, 1, 3));
    }

    [Fact]
    public void EmptyRoster_GivesEmptyResults()
    {
        var evaluator = IndonesianPolicies.Asimilasi.Prepare(ProducedTexts.Today);
        evaluator.AlmostEligible([], 30).Should().BeEmpty();
        IndonesianPolicies.OutsideActivity.AlmostEligible(Array.Empty<InmateProfile>(), ProducedTexts.Today, 0).Should().BeEmpty();
        SentenceCalculator.ComputeKeyDates(ReadOnlySpan<SentenceHistory>.Empty, CountingConvention.Default, Span<SentenceKeyDates>.Empty);
        PolicyInvariants.SameFromManyThreads(IndonesianPolicies.Asimilasi, [], ProducedTexts.Today, 2);
    }

    [Fact]
    public void RosterOfOne_IsDecidedAsOne()
    {
        InmateProfile one = AnInmate.Convict().Sentenced("2y").ServedHalfOn(ProducedTexts.Today.PlusDays(10));
        var almost = IndonesianPolicies.Asimilasi.AlmostEligible([one], ProducedTexts.Today, 30);
        almost.Should().ContainSingle().Which.EligibleFrom.Should().Be(ProducedTexts.Today.PlusDays(10));
        almost[0].DaysToWait.Should().Be(10);
        PolicyInvariants.SameFromManyThreads(IndonesianPolicies.Asimilasi, [one], ProducedTexts.Today, 3);
        var keyDates = new SentenceKeyDates[1];
        SentenceCalculator.ComputeKeyDates([one.Sentence!], CountingConvention.Default, keyDates);
        keyDates[0].Should().Be(one.KeyDates);
    }

    /// <summary>
    /// A day-by-day reading of docs/domain.md §8, independent of the library's kernel: the practice convention (days served
    /// plus the remissions granted by the day reach the fraction of the imposed term) or, for the net-of-remission
    /// convention, the days served reach the fraction of the term net of the remissions granted by the day.
    /// </summary>
    private static LocalDate Reference(SentenceHistory history, Fraction fraction, CountingConvention convention)
    {
        var first = history.Detention.FirstDay;
        var basis = history.MainTerm.ToDays(convention);
        var netOfRemission = convention.FractionBasis == FractionBasis.NetOfRemission;
        for (var day = first; ; day = day.PlusDays(1))
        {
            var served = Period.DaysBetween(first, day);
            var remitted = history.Remissions.Where(r => r.GrantDate <= day).Sum(r => r.Amount.ToDays(convention));
            if (netOfRemission ? served >= fraction.OfCeiling(basis - remitted) : served + remitted >= fraction.OfCeiling(basis))
            {
                return day;
            }
        }
    }
}
