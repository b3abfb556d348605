using System.Text.Json;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Serialization.SystemTextJson;
using NodaTime;

namespace PackageConsumer;

/// <summary>The JSON package, used as a package user would: decisions, sentence results, authority decisions and report views leave the process and come back equal.</summary>
internal static class JsonChecks
{
    public static void Run(Action<bool, string> check)
    {
        var options = new JsonSerializerOptions().ConfigureForDesaBinaan();
        var asOf = new LocalDate(2026, 6, 20);
        var documents = EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee);
        InmateProfile Inmate(string id, int monthsServed) => new(
            new InmateId(id), LegalStatus.Convict, SentenceHistory.Imprisonment(asOf.PlusMonths(-monthsServed), new SentenceTerm(2, 0, 0)),
            OffenceCategory.General, SecurityLevel.Minimum, registerF: [], activeInGuidance: true, hasPendingCase: false, nationality: "ID", evidence: documents,
            domicile: RegionCode.Parse("33.75.03.1004"));
        InmateProfile[] roster = [Inmate("A-1", 14), Inmate("A-2", 11), Inmate("A-3", 3)];

        foreach (var policy in IndonesianPolicies.All())
        {
            foreach (var inmate in roster)
            {
                var decision = policy.Decide(inmate, asOf);
                var json = JsonSerializer.Serialize(decision, options);
                var back = JsonSerializer.Deserialize<Decision>(json, options);
                check(decision.Equals(back) && back!.Fingerprint == decision.Fingerprint, policy.Id + " decision for " + inmate.Id + " round-trips with its fingerprint");
                check(json.Length < 40_000 && json.Contains("\"versionEffective\":{\"start\":", StringComparison.Ordinal), policy.Id + " decision is small: intervals are start and end");
            }
        }

        var history = roster[0].Sentence!;
        var dates = SentenceCalculator.Compute(history, CountingConvention.Default, asOf);
        check(RoundTrips(dates, options), "sentence dates with their breakdown and convention round-trip");
        var entitlement = RemissionEntitlements.Assess(history, new LocalDate(2025, 8, 17), RemissionKind.General, CountingConvention.Default);
        check(RoundTrips(entitlement, options), "a remission entitlement round-trips");

        var evaluation = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf, roster);
        var later = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf.PlusMonths(3), roster);
        check(RoundTrips(evaluation.Rows(), options), "the report rows round-trip with their dates");
        check(RoundTrips(Funnel.Of(evaluation), options), "a funnel round-trips");
        check(RoundTrips(EligibilityCalendar.Of(evaluation, 120), options), "an eligibility calendar round-trips");
        check(RoundTrips(PolicyComparison.Of(evaluation, later), options), "a policy comparison round-trips");

        var authority = new AuthorityDecision(
            AuthorityOutcome.Authorised, new PersonId("p-001"), AgreementKind.CooperationAgreement, new InstitutionId("lapas-pekalongan"), asOf,
            "authority.head.definitive", new LocalizedText("Kepala definitif", "Definitive head"), new Citation("UU 30/2014", "Pasal 14"),
            Appointment.From(new PersonId("p-001"), new PositionId("kalapas"), new LocalDate(2025, 9, 30)));
        check(RoundTrips(authority, options), "an authority decision with an open-ended appointment round-trips");

        var nip = Nip.Parse("198609262015051001");
        check(JsonSerializer.Serialize(nip, options) == "\"**************1001\"", "a NIP is masked unless the caller opts in");
        var full = new JsonSerializerOptions().ConfigureForDesaBinaan(new DesaBinaanJsonSettings(writeNipInFull: true));
        check(JsonSerializer.Deserialize<Nip>(JsonSerializer.Serialize(nip, full), full) == nip, "a NIP written in full reads back");

        try
        {
            JsonSerializer.Deserialize<CriterionResult>("{\"outcome\":\"Maybe\"}", options);
            check(false, "bad JSON throws");
        }
        catch (JsonException e)
        {
            check(e.Message.Contains("$.outcome", StringComparison.Ordinal), "bad JSON throws a JsonException naming the path");
        }
    }

    private static bool RoundTrips<T>(T value, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Serialize(value, options);
        var back = JsonSerializer.Deserialize<T>(json, options);
        return EqualityComparer<T>.Default.Equals(value, back) || (value is IEnumerable<EligibilityRow> rows && back is IEnumerable<EligibilityRow> others && rows.SequenceEqual(others));
    }
}
