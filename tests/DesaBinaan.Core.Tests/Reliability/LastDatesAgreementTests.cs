using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// The single and population paths agree at the end of the calendar: random profiles whose sentences end in the last
/// year before 9999-12-31 (with remissions, punishments and every offence category), on a date of the last 8,000 days
/// of the calendar, decided one by one with
/// <see cref="PolicyEvaluator{TSubject, TParameters}"/> and together with <see cref="InmatePopulation"/>, under every
/// built-in policy and under asimilasi with special-offence minimums from 6 months to 10,000 years (Permenkumham 3/2018
/// Pasal 45 ayat (1) sets 9 months): the summaries, the results of every criterion and the decisions must be equal.
/// </summary>
public sealed class LastDatesAgreementTests
{
    private static readonly OffenceCategory[] Offences = Enum.GetValues<OffenceCategory>();

    private sealed record Person(OffenceCategory Offence, SentenceTerm Term, int EndsBeforeLastDay, (int Offset, int Days)[] Remissions, int? PunishedDaysBeforeEnd, bool Recorded);

    private static readonly Gen<Person> People =
        Gen.Select(
            Gen.Int[0, Offences.Length - 1],
            Gen.Select(Gen.Int[0, 20], Gen.Int[0, 11], Gen.Int[0, 29]).Where(t => t.Item1 + t.Item2 + t.Item3 > 0),
            Gen.Int[0, 400],
            Gen.Select(Gen.Int[0, 3000], Gen.Int[1, 90]).Array[0, 3],
            Gen.Int[-300, 900],
            Gen.Bool)
        .Select(x => new Person(Offences[x.Item1], new SentenceTerm(x.Item2.Item1, x.Item2.Item2, x.Item2.Item3), x.Item3, x.Item4, x.Item5 < 0 ? null : x.Item5, x.Item6));

    /// <summary>A policy: every built-in one, and asimilasi with a special-offence minimum served from 6 months to 10,000 years.</summary>
    private static readonly Gen<Policy<InmateProfile, RightsParameters>> Policies =
        Gen.OneOf(
            Gen.Int[0, IndonesianPolicies.All().Count - 1].Select(i => IndonesianPolicies.All()[i]),
            Gen.Int[6, 600].Select(months => IndonesianPolicies.Asimilasi.WithParameters(p => p.WithSettings(new AsimilasiSettings(specialMinimumServed: SentenceTerm.FromMonths(months))))),
            Gen.Int[100, 10_000].Select(years => IndonesianPolicies.Asimilasi.WithParameters(p => p.WithSettings(new AsimilasiSettings(specialMinimumServed: SentenceTerm.FromYears(years))))));

    [Fact]
    public void Property_NearTheLastDate_SingleAndPopulationPathsAgree()
    {
        Gen.Select(People.Array[1, 12], Policies, Gen.Int[0, 8000]).Sample(
            (people, policy, daysBeforeLastDay) =>
            {
                var date = LocalDate.MaxIsoValue.PlusDays(-daysBeforeLastDay);
                var profiles = people.Select((p, i) => Build(p, "WB-" + i)).ToList();
                var evaluator = policy.Prepare(date);
                var roster = new InmatePopulation(profiles).Evaluate(evaluator);
                var results = new CriterionResult[evaluator.CriterionCount];
                for (var i = 0; i < profiles.Count; i++)
                {
                    var single = evaluator.Evaluate(profiles[i], results);
                    roster.Summaries[i].Should().Be(single, "the population path decides {0} as the single path ({1} on {2})", Describe(profiles[i]), evaluator.Version.Id, date.ToIso());
                    roster.ResultsOf(i).ToArray().Should().Equal(results, "every criterion's result agrees for {0}", Describe(profiles[i]));
                    var decision = policy.Decide(profiles[i], date);
                    (decision.Status, decision.EligibleFrom).Should().Be((single.Status, single.EligibleFrom), "Decide agrees with the summary for {0}", Describe(profiles[i]));
                    roster.Decide(i).Fingerprint.Should().Be(decision.Fingerprint);
                }
            },
            iter: 400);
    }

    [Fact]
    public void SpecialMinimum_EndingOnTheLastDate_IsDecidedAlikeOnBothPaths()
    {
        // A narcotics convict (a special offence) whose 20-year sentence ends on 9999-12-31; the minimum served is reached
        // only after the expiry, so the right is not met: the sentence ends first.
        InmateProfile inmate = AnInmate.ConvictedOf(OffenceCategory.Narcotics).WithId("WB-1").Sentenced("20y").DetainedOn(new LocalDate(9979, 12, 31));
        var policy = IndonesianPolicies.Asimilasi.WithParameters(p => p.WithSettings(new AsimilasiSettings(specialMinimumServed: SentenceTerm.FromYears(25))));
        foreach (var date in new[] { new LocalDate(9990, 1, 1), new LocalDate(9999, 12, 30), LocalDate.MaxIsoValue })
        {
            var evaluator = policy.Prepare(date);
            var roster = new InmatePopulation([inmate]).Evaluate(evaluator);
            roster.Summaries[0].Should().Be(evaluator.Evaluate(inmate));
            roster.Summaries[0].Status.Should().Be(DecisionStatus.Ineligible, "25 years cannot be served of a 20-year sentence ({0})", date.ToIso());
            policy.Decide(inmate, date).Status.Should().Be(DecisionStatus.Ineligible);
        }
    }

    private static string Describe(InmateProfile profile) =>
        profile.Id + " (" + profile.Offence + ", " + profile.Sentence?.MainTerm + " from " + profile.Sentence?.Detention.FirstDay.ToIso() + ", remissions " + string.Join(";", profile.Sentence?.Remissions.Select(r => r.GrantDate.ToIso() + ":" + r.Amount) ?? []) + ")";

    /// <summary>A profile whose sentence ends <see cref="Person.EndsBeforeLastDay"/> days before 9999-12-31 (a few days earlier if the term's months do not fit).</summary>
    private static InmateProfile Build(Person person, string id)
    {
        var end = LocalDate.MaxIsoValue.PlusDays(-person.EndsBeforeLastDay);
        var first = end.PlusYears(-person.Term.Years).PlusDays(-((person.Term.Months * 30) + person.Term.Days));
        SentenceHistory? history = null;
        for (var back = 0; history is null; back += 3)
        {
            try
            {
                history = ASentence.Of(person.Term).From(first.PlusDays(-back)).Build();
            }
            catch (ArgumentException)
            {
                // The term's calendar years end after 9999-12-31 from this day: start a little earlier.
            }
        }

        var builder = AnInmate.ConvictedOf(person.Offence).WithId(id).WithSentence(ASentence.Of(person.Term).From(history.Detention.FirstDay));
        var daysLeftInCalendar = Period.DaysBetween(history.Detention.FirstDay, LocalDate.MaxIsoValue);
        foreach (var (offset, days) in person.Remissions.Where(r => r.Offset <= daysLeftInCalendar).OrderBy(r => r.Offset))
        {
            var candidate = builder.WithRemission(history.Detention.FirstDay.PlusDays(offset), days + "d");
            try
            {
                _ = candidate.Build();
                builder = candidate;
            }
            catch (ArgumentException)
            {
                // Granted after the release, or larger than what is left of the sentence: not a remission one could be given.
            }
        }

        if (person.PunishedDaysBeforeEnd is { } before)
        {
            var imposed = end.PlusDays(-before - 6);
            if (imposed > history.Detention.FirstDay)
            {
                builder = builder.WithPunishment(imposed, imposed.PlusDays(6));
            }
        }

        if (!person.Recorded)
        {
            builder = builder.WithNotRecorded(EvidenceKind.Litmas).ActiveInGuidance(null);
        }

        return builder.Build();
    }
}
