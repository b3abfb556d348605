using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
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
using PackageConsumer.Aot;

// The way the package README gives for trimmed and Native AOT apps: ConfigureForDesaBinaan() on the options, and the
// app's own source-generated context (below) as their type-info resolver, through the JsonTypeInfo overloads of
// JsonSerializer (the overloads that take only options need reflection and are flagged by the AOT analyzer).
var options = new JsonSerializerOptions().ConfigureForDesaBinaan();
var context = new ConsumerJsonContext(options);

var passed = 0;
var failed = 0;
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (ok)
    {
        passed++;
    }
    else
    {
        failed++;
    }
}

bool RoundTrips<T>(T value, JsonTypeInfo<T> typeInfo, out string json)
{
    json = JsonSerializer.Serialize(value, typeInfo);
    var back = JsonSerializer.Deserialize(json, typeInfo);
    return EqualityComparer<T>.Default.Equals(value, back);
}

var asOf = new LocalDate(2026, 6, 20);
var documents = EvidenceFile.Empty.WithPresent(EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee);
InmateProfile Inmate(string id, int monthsServed) => new(
    new InmateId(id), LegalStatus.Convict, SentenceHistory.Imprisonment(asOf.PlusMonths(-monthsServed), new SentenceTerm(2, 0, 0)),
    OffenceCategory.General, SecurityLevel.Minimum, registerF: [], activeInGuidance: true, hasPendingCase: false, nationality: "ID", evidence: documents,
    domicile: RegionCode.Parse("33.75.03.1004"));
InmateProfile[] roster = [Inmate("A-1", 14), Inmate("A-2", 11), Inmate("A-3", 3)];

// Asimilasi needs half of the sentence served (Permenkumham 3/2018 Pasal 44): of a two-year sentence, A-1 (14 months
// served, every document in) is past it, A-3 (3 months) is not yet.
var eligible = IndonesianPolicies.Asimilasi.Decide(roster[0], asOf);
var notYet = IndonesianPolicies.Asimilasi.Decide(roster[2], asOf);
Check(eligible.Status == DecisionStatus.Eligible, "asimilasi for A-1 after 14 of 24 months: " + eligible.Status);
Check(notYet.Status == DecisionStatus.NotYetEligible && notYet.EligibleFrom is not null, "asimilasi for A-3 after 3 of 24 months: " + notYet.Status + ", from " + notYet.EligibleFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

foreach (var policy in IndonesianPolicies.All())
{
    foreach (var inmate in roster)
    {
        var decision = policy.Decide(inmate, asOf);
        var json = JsonSerializer.Serialize(decision, context.Decision);
        var back = JsonSerializer.Deserialize(json, context.Decision);
        var same = back is not null && decision.Equals(back) && back.Fingerprint == decision.Fingerprint && back.Status == decision.Status
            && back.EligibleFrom == decision.EligibleFrom && back.Findings.Count == decision.Findings.Count;
        Check(same, policy.Id + " for " + inmate.Id + " (" + decision.Status + ", " + decision.Findings.Count + " findings, " + json.Length + " chars) reads back equal, fingerprint " + decision.Fingerprint[..12]);
    }
}

using (var document = JsonDocument.Parse(JsonSerializer.Serialize(eligible, context.Decision)))
{
    var root = document.RootElement;
    Check(
        root.GetProperty("status").GetString() == "Eligible" && root.GetProperty("fingerprint").GetString() == eligible.Fingerprint
        && root.GetProperty("versionEffective").TryGetProperty("start", out _),
        "the decision's JSON has its status by name, its fingerprint and its version's dates as start and end");
}

var history = roster[0].Sentence!;
Check(RoundTrips(SentenceCalculator.Compute(history, CountingConvention.Default, asOf), context.SentenceDates, out _), "sentence dates with their breakdown and convention read back equal");
Check(RoundTrips(RemissionEntitlements.Assess(history, new LocalDate(2025, 8, 17), RemissionKind.General, CountingConvention.Default), context.RemissionEntitlement, out _), "a remission entitlement reads back equal");

var evaluation = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf, roster);
var later = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, asOf.PlusMonths(3), roster);
Check(RoundTrips(evaluation.Rows(), context.ValueListEligibilityRow, out _), "the report rows of the roster read back equal");
Check(RoundTrips(Funnel.Of(evaluation), context.Funnel, out _), "a funnel reads back equal");
Check(RoundTrips(EligibilityCalendar.Of(evaluation, 120), context.EligibilityCalendar, out _), "an eligibility calendar reads back equal");
Check(RoundTrips(PolicyComparison.Of(evaluation, later), context.PolicyComparison, out _), "a policy comparison reads back equal");

var authority = new AuthorityDecision(
    AuthorityOutcome.Authorised, new PersonId("p-001"), AgreementKind.CooperationAgreement, new InstitutionId("lapas-pekalongan"), asOf,
    "authority.head.definitive", new LocalizedText("Kepala definitif", "Definitive head"), new Citation("UU 30/2014", "Pasal 14"),
    Appointment.From(new PersonId("p-001"), new PositionId("kalapas"), new LocalDate(2025, 9, 30)));
Check(RoundTrips(authority, context.AuthorityDecision, out _), "an authority decision with an open-ended appointment reads back equal");

// A Plh (acting head) signs a cooperation agreement only under a delegation of the definitive head (UU 30/2014 Pasal 14).
var delegation = new Delegation(
    new PersonId("p-001"), new PersonId("p-002"), new SigningPower(AgreementKind.CooperationAgreement, new InstitutionId("lapas-pekalongan")),
    new DateInterval(new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 12)), "ST Kalapas Pekalongan 8 Juni 2026");
Check(RoundTrips(delegation, context.Delegation, out _), "a delegation of signing power to the Plh reads back equal");

var lapas = new Institution(new InstitutionId("lapas-pekalongan"), InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA);
var kelurahan = new Institution(new InstitutionId("kelurahan-panjang-wetan"), InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", RegionCode.Parse("33.75.03.1004"));
var partnership = Partnership.Explore("desa-binaan-panjang-wetan", ProgrammeKind.DesaBinaan, lapas, kelurahan, "Reintegrasi sosial", new LocalDate(2026, 4, 29));
Check(RoundTrips(PartnershipRow.From(partnership, asOf), context.PartnershipRow, out var rowJson), "a partnership row reads back equal: " + rowJson);
var violation = new PartnershipViolation(CooperationRule.NoAgreementInForce, new LocalizedText("Belum ada PKS yang berlaku", "No cooperation agreement in force"));
Check(RoundTrips(violation, context.PartnershipViolation, out var violationJson), "a partnership violation reads back equal by its rule code: " + violationJson);

Check(RoundTrips(Funnel.Of(evaluation).Statuses, context.StatusCounts, out var countsJson), "the status counts of the roster read back equal: " + countsJson);
Check(RoundTrips(CountingConvention.NetOfRemission, context.CountingConvention, out _), "a counting convention reads back equal with every choice it makes");
Check(RoundTrips(new SentenceTerm(2, 6, 0), context.SentenceTerm, out var termJson) && termJson == "\"2y6m\"", "a sentence term is the string its Parse reads: " + termJson);
Check(RoundTrips(Fraction.TwoThirds, context.Fraction, out var fractionJson) && fractionJson == "\"2/3\"", "a fraction is the string its Parse reads: " + fractionJson);
Check(RoundTrips(RegionCode.Parse("33.75.03.1004"), context.RegionCode, out _), "a village's region code reads back equal");

var nip = Nip.Parse("198609262015051001");
Check(JsonSerializer.Serialize(nip, context.Nip) == "\"**************1001\"", "a NIP is written masked unless the caller opts in (UU 27/2022)");

try
{
    JsonSerializer.Deserialize("{\"outcome\":\"Maybe\"}", context.CriterionResult);
    Check(false, "bad JSON throws");
}
catch (JsonException e)
{
    Check(e.Message.Contains("$.outcome", StringComparison.Ordinal), "bad JSON throws a JsonException naming the path $.outcome");
}

var mode = RuntimeFeature.IsDynamicCodeSupported ? "trimmed, JIT" : "Native AOT";
Console.WriteLine("AOT consumer (" + mode + ", .NET " + Environment.Version + "): " + passed + " passed, " + failed + " failed");
return failed == 0 && passed > 0 ? 0 : 1;

namespace PackageConsumer.Aot
{
    /// <summary>The app's own source-generated context: the root types it writes and reads.</summary>
    [JsonSerializable(typeof(Decision))]
    [JsonSerializable(typeof(SentenceDates))]
    [JsonSerializable(typeof(RemissionEntitlement))]
    [JsonSerializable(typeof(ValueList<EligibilityRow>))]
    [JsonSerializable(typeof(Funnel))]
    [JsonSerializable(typeof(EligibilityCalendar))]
    [JsonSerializable(typeof(PolicyComparison))]
    [JsonSerializable(typeof(AuthorityDecision))]
    [JsonSerializable(typeof(Delegation))]
    [JsonSerializable(typeof(PartnershipRow))]
    [JsonSerializable(typeof(PartnershipViolation))]
    [JsonSerializable(typeof(StatusCounts))]
    [JsonSerializable(typeof(CountingConvention))]
    [JsonSerializable(typeof(SentenceTerm))]
    [JsonSerializable(typeof(Fraction))]
    [JsonSerializable(typeof(RegionCode))]
    [JsonSerializable(typeof(Nip))]
    [JsonSerializable(typeof(CriterionResult))]
    internal sealed partial class ConsumerJsonContext : JsonSerializerContext;
}
