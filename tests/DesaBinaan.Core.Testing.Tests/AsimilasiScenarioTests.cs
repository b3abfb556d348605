using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using NodaTime;

namespace DesaBinaan.Core.Testing.Tests;

/// <summary>The built-in policy book through the testing kit: the sentences a policy tester writes (docs/domain.md §9).</summary>
public sealed class AsimilasiScenarioTests
{
    private static readonly InmateBuilder NarcoticsSixYears = AnInmate.ConvictedOf(OffenceCategory.Narcotics)
        .Sentenced("6y")
        .ServedTwoThirdsOn(new LocalDate(2026, 3, 1))
        .WithPunishment(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 8));

    [Fact]
    public void Narcotics_TwoThirdsServed_NoPunishmentSinceJune_EligibleOn15March()
    {
        // docs/domain.md §9: narcotics with 5 years or more is a special offence: 2/3 served and 9 months without punishment.
        IndonesianPolicies.Asimilasi.Decide(NarcoticsSixYears, new LocalDate(2026, 3, 15))
            .Should().BeEligible()
            .And.CiteArticle("Permenkumham 3/2018", "Pasal 45");
    }

    [Fact]
    public void Narcotics_BeforeNineMonthsWithoutPunishment_BecomesEligibleWhenTheyEnd()
    {
        // docs/domain.md §9: 270 days (9 months at 30 days) after the punishment ended on 2025-06-08; the 2/3 date (1 March) comes first.
        var decision = IndonesianPolicies.Asimilasi.Decide(NarcoticsSixYears, new LocalDate(2026, 2, 20));
        decision.Should().BeNotYetEligible().And.BecomeEligibleOn(new LocalDate(2026, 3, 6));
        decision.Should().HaveFinding("asimilasi.special.two-thirds-served").Which.Should().BeMetOn(new LocalDate(2026, 3, 1));
        decision.Should().HaveFinding("asimilasi.special.no-punishment").Which.Should().BeMetOn(new LocalDate(2026, 3, 6))
            .And.CiteArticle("Permenkumham 3/2018", "Pasal 45 ayat (1)");
    }

    [Fact]
    public void GeneralOffence_HalfServed_Eligible()
    {
        // docs/domain.md §9: a general offence needs 1/2 served and 6 months without punishment.
        var inmate = AnInmate.Convict().Sentenced("2y").ServedHalfOn(new LocalDate(2026, 3, 1));
        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 3, 1)).Should().BeEligible();
        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 2, 28)).Should().BecomeEligibleOn(new LocalDate(2026, 3, 1));
    }

    [Fact]
    public void Detainee_IsIneligible()
    {
        // docs/domain.md §2: a tahanan is not eligible for convict programmes.
        IndonesianPolicies.Asimilasi.Decide(AnInmate.Detainee(), new LocalDate(2026, 3, 15)).Should().BeIneligibleBecause("rights.convict");
    }

    [Fact]
    public void LifeSentence_IsIneligible()
    {
        // docs/domain.md §8: life and death sentences give no right to assimilation (UU 22/2022 Pasal 10(4)).
        IndonesianPolicies.Asimilasi.Decide(AnInmate.Convict().SentencedToLife(), new LocalDate(2026, 3, 15))
            .Should().BeIneligibleBecause("rights.life-or-death").And.CiteArticle("UU 22/2022", "Pasal 10 ayat (4)");
    }

    [Fact]
    public void MissingLitmas_IsUndeterminedNotIneligible()
    {
        // docs/domain.md §9: missing evidence means "undetermined", not "ineligible".
        IndonesianPolicies.Asimilasi.Decide(NarcoticsSixYears.WithNotRecorded(EvidenceKind.Litmas), new LocalDate(2026, 3, 15))
            .Should().BeUndeterminedFor(EvidenceKind.Litmas).And.BeUndeterminedFor("evidence.litmas");
    }

    [Fact]
    public void Corruption_UnpaidFine_IsIneligible()
    {
        // docs/domain.md §9: corruption needs the fine and restitution paid in full.
        var inmate = AnInmate.ConvictedOf(OffenceCategory.Corruption).Sentenced("4y").ServedTwoThirdsOn(new LocalDate(2026, 1, 5)).Without(EvidenceKind.FinePaid);
        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 3, 15)).Should().BeIneligibleBecause("asimilasi.corruption.paid");
    }

    [Fact]
    public void BuiltInPolicies_HaveTheInvariants()
    {
        // the style notes property tests: more time never undoes a time criterion; a remission never delays; dates move with a calendar shift; culture-independent; the hot path agrees with the explanation.
        foreach (var policy in IndonesianPolicies.All())
        {
            InmatePolicyInvariants.MoreTimeNeverUndoesTimeCriteria(policy, iterations: 150);
            InmatePolicyInvariants.RemissionNeverDelaysEligibility(policy, iterations: 150);
            InmatePolicyInvariants.ShiftingDatesShiftsDecisions(policy, iterations: 60);
            InmatePolicyInvariants.IndependentOfCulture(policy, iterations: 15);
            InmatePolicyInvariants.EvaluateAgreesWithExplain(policy, iterations: 150);
        }
    }
}
