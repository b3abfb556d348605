using System.Text.Json;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

public sealed class EligibilityRowTests
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    private static RosterEvaluation<PopulationToySubject, PopulationToyParameters> Roster() =>
        RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, PopulationToy.Roster());

    // docs/domain.md §9: a row names the first blocker with its legal basis, in Indonesian by default.
    [Fact]
    public void From_NotYetEligible_GivesDateBlockerCitationAndFingerprint()
    {
        var roster = Roster();
        var decision = roster.Decide(1);

        var row = EligibilityRow.From(decision);

        row.SubjectId.Should().Be("B");
        row.Status.Should().Be(DecisionStatus.NotYetEligible);
        row.StatusLabel.Should().Be(DecisionStatus.NotYetEligible.Label().Indonesian);
        row.EligibleFrom.Should().Be(new LocalDate(2026, 5, 5));
        row.FirstBlockerCode.Should().Be("toy.served");
        row.FirstBlockerLabel.Should().Be("Telah menjalani masa yang disyaratkan");
        row.Citation.Should().Be("Permenkumham 3/2018 Pasal 44");
        row.Fingerprint.Should().Be(decision.Fingerprint).And.HaveLength(64);
        row.VersionId.Should().Be("toy-outside.v1");
        row.ToString().Should().Be("B | " + row.StatusLabel + " | 2026-05-05 | toy.served");
    }

    [Fact]
    public void From_EligibleInEnglish_HasNoBlockerAndTheVersionsCitation()
    {
        var row = EligibilityRow.From(Roster().Decide(0), Language.English);

        row.StatusLabel.Should().Be("Eligible");
        row.FirstBlockerCode.Should().BeNull();
        row.FirstBlockerLabel.Should().BeNull();
        row.Citation.Should().Be("Permenkumham 3/2018 Pasal 44");
        row.Language.Should().Be(Language.English);
    }

    [Fact]
    public void Rows_FollowTheRosterOrder()
    {
        Roster().Rows(Language.English).Select(r => r.SubjectId).Should().Equal("A", "B", "C", "D", "E", "F", "G");
    }

    // The national export: rows from the summaries say what the decisions say, without deciding anyone again.
    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void RowsFromSummaries_EqualTheDecisionRows_WithoutTheFingerprint(Language language)
    {
        var roster = Roster();

        var quick = roster.RowsFromSummaries(language);

        quick.Select(r => r.Fingerprint).Should().OnlyContain(f => f == null);
        quick.Should().Equal(roster.Rows(language).Select(r => new EligibilityRow(r.SubjectId, r.PolicyId, r.VersionId, r.Date, r.Status, r.StatusLabel, r.EligibleFrom, r.FirstBlockerCode, r.FirstBlockerLabel, r.Citation, null, r.Language)));
    }

    [Fact]
    public void RowsFromSummaries_OfTheBuiltInPolicies_EqualTheDecisionRows()
    {
        var profiles = SyntheticPopulation.Generate(2_000, Date);
        foreach (var policy in new[] { IndonesianPolicies.Asimilasi, IndonesianPolicies.Parole, IndonesianPolicies.FamilyVisitLeave, IndonesianPolicies.PreReleaseLeave })
        {
            var roster = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy, Date, profiles);

            var quick = roster.RowsFromSummaries(Language.English);
            var full = roster.Rows(Language.English).Select(r => new EligibilityRow(r.SubjectId, r.PolicyId, r.VersionId, r.Date, r.Status, r.StatusLabel, r.EligibleFrom, r.FirstBlockerCode, r.FirstBlockerLabel, r.Citation, null, r.Language)).ToList();
            var firstDifference = Enumerable.Range(0, full.Count).FirstOrDefault(i => quick[i] != full[i], -1);
            firstDifference.Should().Be(-1, "{0}: {1} against {2}", policy.Id, firstDifference < 0 ? null : quick[firstDifference], firstDifference < 0 ? null : full[firstDifference]);
        }
    }

    [Fact]
    public void Constructor_BlockerCodeWithoutLabel_Throws()
    {
        var act = () => new EligibilityRow("A", "p", "p.v1", Date, DecisionStatus.Ineligible, "Tidak", null, "x.y", null, "UU 22/2022", "ab", Language.Indonesian);

        act.Should().Throw<ArgumentException>().WithParameterName("firstBlockerLabel").WithMessage("*code and label together*");
    }

    // Reporting tools export rows: they round-trip through System.Text.Json with NodaTime's serializer alone.
    [Fact]
    public void Json_Rows_RoundTripWithNodaTimeConvertersOnly()
    {
        var rows = Roster().Rows();

        var json = JsonSerializer.Serialize(rows.ToList(), EligibilityJson.Rows);
        var back = JsonSerializer.Deserialize<List<EligibilityRow>>(json, EligibilityJson.Rows)!;

        back.Should().Equal(rows);
        json.Should().Contain("\"eligibleFrom\":\"2026-05-05\"");
    }

    [Fact]
    public void Equality_ByValue()
    {
        var roster = Roster();
        EqualityAssert.Values(EligibilityRow.From(roster.Decide(1)), EligibilityRow.From(roster.Decide(1)), EligibilityRow.From(roster.Decide(2)), EligibilityRow.From(roster.Decide(1), Language.English));
    }
}
