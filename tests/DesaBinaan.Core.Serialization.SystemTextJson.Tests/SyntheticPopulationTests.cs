using System.Text.Json;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>The sample's synthetic population: decisions and rows stored as JSON read back equal, with the same fingerprint.</summary>
public sealed class SyntheticPopulationTests
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    private static RosterEvaluation<InmateProfile, RightsParameters> Roster() =>
        RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date)), Date, SyntheticPopulation.Generate(200, Date));

    [Fact]
    public void Decisions_RoundTripWithTheSameFingerprint()
    {
        var roster = Roster();

        for (var i = 0; i < roster.Count; i += 7)
        {
            var decision = roster.Decide(i);
            var back = JsonSerializer.Deserialize<Decision>(JsonSerializer.Serialize(decision, Json.Options), Json.Options)!;

            back.Should().Be(decision);
            back.Fingerprint.Should().Be(decision.Fingerprint);
            back.Status.Should().Be(decision.Status);
            EligibilityRow.From(back).Should().Be(EligibilityRow.From(decision));
        }
    }

    // The issue: default options turned a row's date into 0001-01-01; with the package it stays.
    [Fact]
    public void Rows_RoundTripWithTheirDates()
    {
        var rows = Roster().Rows();

        var json = JsonSerializer.Serialize(rows, Json.Options);

        JsonSerializer.Deserialize<ValueList<EligibilityRow>>(json, Json.Options).Should().Equal(rows);
        json.Should().Contain("\"date\":\"2026-05-01\"");
    }
}
