using System.Text.Json;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Mapping;

/// <summary>Results, facts, findings and decisions.</summary>
internal static class EligibilityJson
{
    // CriterionResult: {"outcome": "NotMet", "date"?: "2026-05-05"}; a date only with Met (since) or NotMet (until).
    public static CriterionResult ReadResult(JsonIn json)
    {
        var outcome = json.Enum<CriterionOutcome>("outcome");
        var date = json.OptionalDate("date");
        return (outcome, date) switch
        {
            (CriterionOutcome.Met, null) => CriterionResult.Met,
            (CriterionOutcome.Met, { } since) => CriterionResult.MetSince(DayNumbers.FromDate(since)),
            (CriterionOutcome.NotMet, null) => CriterionResult.NotMet,
            (CriterionOutcome.NotMet, { } until) => CriterionResult.NotMetUntil(DayNumbers.FromDate(until)),
            (_, null) => outcome == CriterionOutcome.Unknown ? CriterionResult.Unknown : CriterionResult.NotApplicable,
            _ => throw json.Required("date").Error("only a Met or NotMet result has a date."),
        };
    }

    public static void WriteResult(Utf8JsonWriter writer, CriterionResult value)
    {
        writer.WriteStartObject();
        writer.WriteEnum("outcome", value.Outcome);
        writer.WriteOptionalDate("date", value.Date);
        writer.WriteEndObject();
    }

    // Fact: {"code", "name", "kind", then the value of its kind: "number" (Number, Days, DaysOf with "outOf"), "date",
    // "fraction", "text", "flag", or "label" with "valueCode"}.
    public static Fact ReadFact(JsonIn json)
    {
        var code = json.String("code");
        var name = json.Get("name", CommonJson.ReadText);
        var kind = json.Enum<FactKind>("kind");
        return json.Build(
            () => kind switch
            {
                FactKind.Missing => Fact.Missing(code, name),
                FactKind.Flag => Fact.OfFlag(code, name, json.Boolean("flag")),
                FactKind.Number => Fact.OfNumber(code, name, json.Int64("number")),
                FactKind.Days => Fact.OfDays(code, name, json.Int64("number")),
                FactKind.DaysOf => Fact.OfDaysOf(code, name, json.Int64("number"), json.Int64("outOf")),
                FactKind.Date => Fact.OfDate(code, name, json.Date("date")),
                FactKind.Fraction => Fact.OfFraction(code, name, json.Get("fraction", CommonJson.ReadFraction)),
                FactKind.Text => Fact.OfText(code, name, json.String("text")),
                _ => Fact.OfLabel(code, name, json.Get("label", CommonJson.ReadText), json.String("valueCode")),
            },
            "A fact");
    }

    public static void WriteFact(Utf8JsonWriter writer, Fact value)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.Write("name", value.Name, CommonJson.WriteText);
        writer.WriteEnum("kind", value.Kind);
        switch (value.Kind)
        {
            case FactKind.Flag:
                writer.WriteBoolean("flag", value.Flag!.Value);
                break;
            case FactKind.Number or FactKind.Days:
                writer.WriteNumber("number", value.Number!.Value);
                break;
            case FactKind.DaysOf:
                writer.WriteNumber("number", value.Number!.Value);
                writer.WriteNumber("outOf", value.OutOf!.Value);
                break;
            case FactKind.Date:
                writer.WriteDate("date", value.Date!.Value);
                break;
            case FactKind.Fraction:
                writer.Write("fraction", value.Fraction!.Value, CommonJson.WriteFraction);
                break;
            case FactKind.Text:
                writer.WriteString("text", value.Text);
                break;
            case FactKind.Label:
                writer.Write("label", value.LabelValue!, CommonJson.WriteText);
                writer.WriteString("valueCode", value.Text);
                break;
        }

        writer.WriteEndObject();
    }

    // CriterionDescriptor: {"code", "title", "citation", "kind", "assumption"?}
    public static CriterionDescriptor ReadDescriptor(JsonIn json) =>
        json.Build(
            () => new CriterionDescriptor(
                json.String("code"),
                json.Get("title", CommonJson.ReadText),
                json.Get("citation", CommonJson.ReadCitation),
                json.Enum<CriterionKind>("kind"),
                json.Optional("assumption", CommonJson.ReadText)),
            "A criterion descriptor");

    public static void WriteDescriptor(Utf8JsonWriter writer, CriterionDescriptor value)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.Write("title", value.Title, CommonJson.WriteText);
        writer.Write("citation", value.Citation, CommonJson.WriteCitation);
        writer.WriteEnum("kind", value.Kind);
        writer.WriteOptional("assumption", value.Assumption, CommonJson.WriteText);
        writer.WriteEndObject();
    }

    // CriterionFinding: {"criterion": descriptor, "result": result, "facts": [...], "parts"?: [...]}
    public static CriterionFinding ReadFinding(JsonIn json) =>
        json.Build(
            () => new CriterionFinding(
                json.Get("criterion", ReadDescriptor),
                json.Get("result", ReadResult),
                json.OptionalList("facts", ReadFact),
                json.OptionalList("parts", ReadFinding)),
            "A criterion finding");

    public static void WriteFinding(Utf8JsonWriter writer, CriterionFinding value)
    {
        writer.WriteStartObject();
        writer.Write("criterion", value.Descriptor, WriteDescriptor);
        writer.Write("result", value.Result, WriteResult);
        writer.WriteList("facts", value.Facts, WriteFact);
        if (!value.Parts.IsEmpty)
        {
            writer.WriteList("parts", value.Parts, WriteFinding);
        }

        writer.WriteEndObject();
    }

    // Decision: what its constructor takes, then what it derives ("status", "eligibleFrom", "fingerprint") for
    // readers that do not recompute it. On reading, the derived members are recomputed and, when present, must match.
    public static Decision ReadDecision(JsonIn json)
    {
        var decision = json.Build(
            () => new Decision(
                json.String("subjectId"),
                json.String("policyId"),
                json.Get("policyTitle", CommonJson.ReadText),
                json.String("versionId"),
                json.Interval("versionEffective"),
                json.OptionalList("citations", CommonJson.ReadCitation),
                json.Optional("convention", CommonJson.ReadText),
                json.OptionalList("parameters", ReadFact),
                json.Date("date"),
                json.Optional("applicability", ReadFinding),
                json.List("findings", ReadFinding)),
            "A decision");

        if (json.TryGet("status", out var status) && status.Enum<DecisionStatus>() != decision.Status)
        {
            throw status.Error("the status written (" + status.String() + ") is not the one its findings give (" + decision.Status + ").");
        }

        if (json.TryGet("fingerprint", out var fingerprint) && !string.Equals(fingerprint.String(), decision.Fingerprint, StringComparison.Ordinal))
        {
            throw fingerprint.Error("the fingerprint written is not the one its rules and data give; the decision was changed or written by an incompatible version.");
        }

        return decision;
    }

    public static void WriteDecision(Utf8JsonWriter writer, Decision value)
    {
        writer.WriteStartObject();
        writer.WriteString("subjectId", value.SubjectId);
        writer.WriteString("policyId", value.PolicyId);
        writer.Write("policyTitle", value.PolicyTitle, CommonJson.WriteText);
        writer.WriteString("versionId", value.VersionId);
        writer.WriteInterval("versionEffective", value.VersionEffective);
        writer.WriteList("citations", value.Citations, CommonJson.WriteCitation);
        writer.WriteOptional("convention", value.Convention, CommonJson.WriteText);
        writer.WriteList("parameters", value.Parameters, WriteFact);
        writer.WriteDate("date", value.Date);
        writer.WriteOptional("applicability", value.Applicability, WriteFinding);
        writer.WriteList("findings", value.Findings, WriteFinding);
        writer.WriteEnum("status", value.Status);
        writer.WriteOptionalDate("eligibleFrom", value.EligibleFrom);
        writer.WriteString("fingerprint", value.Fingerprint);
        writer.WriteEndObject();
    }
}
