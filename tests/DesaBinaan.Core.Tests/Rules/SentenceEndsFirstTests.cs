using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>
/// No waiting date after the sentence ends: a right that would arise only on or after the expiry is not "not yet
/// eligible from" that day, since on it the person is free; the decision is ineligible, saying the sentence ends first.
/// </summary>
public sealed class SentenceEndsFirstTests
{
    // Parole for an 8-month sentence detained 2025-01-02: expiry after 240 days (2025-08-30); the 9-month minimum would be
    // reached on 2025-09-29. Ineligible, the sentence ends first; not counted as almost eligible.
    [Fact]
    public void Parole_EightMonthSentence_IneligibleBecauseTheSentenceEndsFirst()
    {
        var profile = Convict(term: SentenceTerm.FromMonths(8));
        var on = new LocalDate(2025, 6, 1);
        var decision = IndonesianPolicies.Parole.Decide(profile, on);
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.EligibleFrom.Should().BeNull();
        var finding = decision.Findings.Single(f => f.Descriptor.Code == "pb.two-thirds-served");
        finding.Facts.Should().Contain(f => f.Code == "sentence.ends-first" && f.Date == new LocalDate(2025, 8, 30));
        IndonesianPolicies.Parole.AlmostEligible([profile], on, 365).Should().BeEmpty();
    }

    // The same rule on a whole population of every built-in policy: no decision waits for a day on or after the expiry.
    [Fact]
    public void EveryBuiltInPolicy_OnThePopulation_NeverWaitsPastTheExpiry()
    {
        var on = new LocalDate(2026, 6, 20);
        var profiles = SyntheticPopulation.Generate(3_000, on);
        var waiting = 0;
        foreach (var policy in IndonesianPolicies.All())
        {
            foreach (var profile in profiles)
            {
                var decision = policy.Decide(profile, on);
                if (decision.Status != DecisionStatus.NotYetEligible)
                {
                    continue;
                }

                waiting++;
                var dates = profile.KeyDates;
                dates.HasDates.Should().BeTrue();
                decision.EligibleFrom!.Value.Should().BeLessThan(dates.Expiry, "{0} under {1} waits for {2}", profile.Id, policy.Id, decision.EligibleFrom);
            }
        }

        waiting.Should().BeGreaterThan(0, "the population has people waiting for a right");
    }
}
