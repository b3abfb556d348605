using CsCheck;
using DesaBinaan.Core.Inmates;
using NodaTime;

namespace DesaBinaan.Core.Testing.Tests;

/// <summary>The invariant kit: each property passes on a sound policy and fails on a policy with the mistake it exists to catch (SHAPE: the style notes "Property tests").</summary>
public sealed class PolicyInvariantsTests
{
    private static readonly Eligibility.Policy<InmateProfile, LocalParameters> Sound = LocalPolicy.Create();

    [Fact]
    public void MoreTimeNeverUndoesTimeCriteria_SoundPolicy_Passes() =>
        InmatePolicyInvariants.MoreTimeNeverUndoesTimeCriteria(Sound, iterations: 300);

    [Fact]
    public void MoreTimeNeverUndoesTimeCriteria_CriterionThatExpires_Fails()
    {
        var act = () => InmatePolicyInvariants.MoreTimeNeverUndoesTimeCriteria(LocalPolicy.Create(new BrokenCriteria.ExpiresAfterHalf()), iterations: 500);
        act.Should().Throw<CsCheckException>().WithInnerException<PolicyInvariantException>().WithMessage("*broken.expires is met on*but NotMet on*");
    }

    [Fact]
    public void RemissionNeverDelaysEligibility_SoundPolicy_Passes() =>
        InmatePolicyInvariants.RemissionNeverDelaysEligibility(Sound, iterations: 300);

    [Fact]
    public void RemissionNeverDelaysEligibility_RemissionAddedToTheDate_Fails()
    {
        // docs/domain.md §8: a remission is subtracted; adding it instead delays the date.
        var act = () => InmatePolicyInvariants.RemissionNeverDelaysEligibility(LocalPolicy.Create(new BrokenCriteria.RemissionDelays()), iterations: 2000);
        act.Should().Throw<CsCheckException>().WithInnerException<PolicyInvariantException>().WithMessage("*A remission of*moved the eligible-from date*");
    }

    [Fact]
    public void ShiftingDatesShiftsDecisions_SoundPolicy_PassesForAnyShift() =>
        // The local policy counts days only (1/2 at 30 days a month, 180 days without punishment): any shift moves it exactly.
        InmatePolicyInvariants.ShiftingDatesShiftsDecisions(Sound, InmatePolicyInvariants.AnyShifts, iterations: 300);

    [Fact]
    public void ShiftingDatesShiftsDecisions_CalendarCycles_Pass() =>
        InmatePolicyInvariants.ShiftingDatesShiftsDecisions(Sound, iterations: 100);

    [Fact]
    public void ShiftingDatesShiftsDecisions_FixedCutOffDate_Fails()
    {
        var act = () => InmatePolicyInvariants.ShiftingDatesShiftsDecisions(LocalPolicy.Create(new BrokenCriteria.FixedCutOff()), InmatePolicyInvariants.AnyShifts, iterations: 500);
        act.Should().Throw<CsCheckException>().WithInnerException<PolicyInvariantException>().WithMessage("*Moving every date by*");
    }

    [Fact]
    public void IndependentOfCulture_SoundPolicy_Passes() =>
        InmatePolicyInvariants.IndependentOfCulture(Sound, iterations: 40);

    [Fact]
    public void IndependentOfCulture_CultureFormattedFact_Fails()
    {
        var act = () => InmatePolicyInvariants.IndependentOfCulture(LocalPolicy.Create(new BrokenCriteria.CultureFormatted()), iterations: 5);
        act.Should().Throw<CsCheckException>().WithInnerException<PolicyInvariantException>().WithMessage("*differs under id-ID*1.234,50*instead of (invariant culture)*1,234.50*");
    }

    [Fact]
    public void EvaluateAgreesWithExplain_SoundPolicy_Passes() =>
        InmatePolicyInvariants.EvaluateAgreesWithExplain(Sound);

    [Fact]
    public void EvaluateAgreesWithExplain_MisleadingExplanation_Fails()
    {
        var act = () => InmatePolicyInvariants.EvaluateAgreesWithExplain(LocalPolicy.Create(new BrokenCriteria.ExplainsOtherwise()));
        act.Should().Throw<CsCheckException>().WithInnerException<PolicyInvariantException>().WithMessage("*broken.explains evaluates to*but explains Met*");
    }

    [Fact]
    public void SameFromManyThreads_SoundPolicy_Passes() =>
        InmatePolicyInvariants.SameFromManyThreads(Sound, new LocalDate(2026, 5, 1), rosterSize: 400, threads: 4);

    [Fact]
    public void SameFromManyThreads_ThreadBoundCriterion_Fails()
    {
        var act = () => InmatePolicyInvariants.SameFromManyThreads(LocalPolicy.Create(new BrokenCriteria.ThreadBound(Environment.CurrentManagedThreadId)), new LocalDate(2026, 5, 1), rosterSize: 20, threads: 2);
        act.Should().Throw<PolicyInvariantException>().WithMessage("Thread * decided WB-* differently from one thread*");
    }

    [Fact]
    public void Roster_IsTheSameForTheSameSeed()
    {
        // the design notes: deterministic seeds.
        var a = InmateGenerators.Roster(50, 7);
        var b = InmateGenerators.Roster(50, 7);
        a.Select(p => p.ToString() + p.KeyDates + p.Evidence).Should().Equal(b.Select(p => p.ToString() + p.KeyDates + p.Evidence));
        a.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        InmateGenerators.Roster(0, 7).Should().BeEmpty();
    }

    [Fact]
    public void Generators_CoverEveryStatusAndMissingFacts()
    {
        var roster = InmateGenerators.Roster(600, 11);
        roster.Select(p => p.Status).Distinct().Should().HaveCount(4);
        roster.Should().Contain(p => p.Sentence == null).And.Contain(p => p.RegisterF == null).And.Contain(p => p.Offence == null);
        roster.Should().Contain(p => p.Sentence != null && p.Sentence.Remissions.Count > 3);
    }
}
