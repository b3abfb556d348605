using System.Text.Json;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Mapping;

/// <summary>The report rows and views: rows, funnel, calendar and comparison.</summary>
internal static class PopulationJson
{
    public static EligibilityRow ReadRow(JsonIn json) =>
        json.Build(
            () => new EligibilityRow(
                json.String("subjectId"),
                json.String("policyId"),
                json.String("versionId"),
                json.Date("date"),
                json.Enum<DecisionStatus>("status"),
                json.String("statusLabel"),
                json.OptionalDate("eligibleFrom"),
                json.OptionalString("firstBlockerCode"),
                json.OptionalString("firstBlockerLabel"),
                json.String("citation"),
                json.OptionalString("fingerprint"),
                json.Enum<Language>("language")),
            "An eligibility row");

    public static void WriteRow(Utf8JsonWriter writer, EligibilityRow value)
    {
        writer.WriteStartObject();
        writer.WriteString("subjectId", value.SubjectId);
        writer.WriteString("policyId", value.PolicyId);
        writer.WriteString("versionId", value.VersionId);
        writer.WriteDate("date", value.Date);
        writer.WriteEnum("status", value.Status);
        writer.WriteString("statusLabel", value.StatusLabel);
        writer.WriteOptionalDate("eligibleFrom", value.EligibleFrom);
        writer.WriteOptionalString("firstBlockerCode", value.FirstBlockerCode);
        writer.WriteOptionalString("firstBlockerLabel", value.FirstBlockerLabel);
        writer.WriteString("citation", value.Citation);
        writer.WriteOptionalString("fingerprint", value.Fingerprint);
        writer.WriteEnum("language", value.Language);
        writer.WriteEndObject();
    }

    public static PartnershipRow ReadPartnershipRow(JsonIn json) =>
        json.Build(
            () => new PartnershipRow(
                json.String("partnershipId"),
                json.Date("date"),
                json.String("partners"),
                json.OptionalEnum<PartnershipStage>("stage"),
                json.OptionalString("stageLabel"),
                json.OptionalString("agreementNumber"),
                json.OptionalEnum<AgreementKind>("agreementKind"),
                json.OptionalDate("agreementTermEnd"),
                json.OptionalInt32("daysToExpiry"),
                json.Enum<Language>("language")),
            "A partnership row");

    public static void WritePartnershipRow(Utf8JsonWriter writer, PartnershipRow value)
    {
        writer.WriteStartObject();
        writer.WriteString("partnershipId", value.PartnershipId);
        writer.WriteDate("date", value.Date);
        writer.WriteString("partners", value.Partners);
        writer.WriteOptionalEnum("stage", value.Stage);
        writer.WriteOptionalString("stageLabel", value.StageLabel);
        writer.WriteOptionalString("agreementNumber", value.AgreementNumber);
        writer.WriteOptionalEnum("agreementKind", value.AgreementKind);
        writer.WriteOptionalDate("agreementTermEnd", value.AgreementTermEnd);
        writer.WriteOptionalNumber("daysToExpiry", value.DaysToExpiry);
        writer.WriteEnum("language", value.Language);
        writer.WriteEndObject();
    }

    public static StatusCounts ReadCounts(JsonIn json) =>
        json.Build(() => new StatusCounts(json.Int32("eligible"), json.Int32("notYetEligible"), json.Int32("ineligible"), json.Int32("undetermined")), "Status counts");

    public static void WriteCounts(Utf8JsonWriter writer, StatusCounts value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("eligible", value.Eligible);
        writer.WriteNumber("notYetEligible", value.NotYetEligible);
        writer.WriteNumber("ineligible", value.Ineligible);
        writer.WriteNumber("undetermined", value.Undetermined);
        writer.WriteEndObject();
    }

    public static CriterionFunnelLine ReadFunnelLine(JsonIn json) =>
        json.Build(
            () => new CriterionFunnelLine(
                json.Int32("index"),
                json.Get("criterion", EligibilityJson.ReadDescriptor),
                json.Int32("notMet"),
                json.Int32("waiting"),
                json.Int32("unknown"),
                json.Int32("firstBlocker"),
                json.Int32("gainIfRelaxed")),
            "A funnel line");

    public static void WriteFunnelLine(Utf8JsonWriter writer, CriterionFunnelLine value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", value.Index);
        writer.Write("criterion", value.Descriptor, EligibilityJson.WriteDescriptor);
        writer.WriteNumber("notMet", value.NotMet);
        writer.WriteNumber("waiting", value.Waiting);
        writer.WriteNumber("unknown", value.Unknown);
        writer.WriteNumber("firstBlocker", value.FirstBlocker);
        writer.WriteNumber("gainIfRelaxed", value.GainIfRelaxed);
        writer.WriteEndObject();
    }

    public static Funnel ReadFunnel(JsonIn json) =>
        json.Build(
            () => new Funnel(json.String("versionId"), json.Get("statuses", ReadCounts), json.Int32("notApplicable"), json.OptionalList("criteria", ReadFunnelLine)),
            "A funnel");

    public static void WriteFunnel(Utf8JsonWriter writer, Funnel value)
    {
        writer.WriteStartObject();
        writer.WriteString("versionId", value.VersionId);
        writer.Write("statuses", value.Statuses, WriteCounts);
        writer.WriteNumber("notApplicable", value.NotApplicable);
        writer.WriteList("criteria", value.Criteria, WriteFunnelLine);
        writer.WriteEndObject();
    }

    public static CalendarPeriod ReadPeriod(JsonIn json) =>
        json.Build(() => new CalendarPeriod(json.Interval("days"), json.OptionalList("subjectIds", CommonJson.ReadString), json.Int32("eligibleByEnd")), "A calendar period");

    public static void WritePeriod(Utf8JsonWriter writer, CalendarPeriod value)
    {
        writer.WriteStartObject();
        writer.WriteInterval("days", value.Days);
        writer.WriteStrings("subjectIds", value.SubjectIds);
        writer.WriteNumber("eligibleByEnd", value.EligibleByEnd);
        writer.WriteEndObject();
    }

    public static EligibilityCalendar ReadCalendar(JsonIn json) =>
        json.Build(
            () => new EligibilityCalendar(
                json.String("versionId"),
                json.Date("asOf"),
                json.Enum<CalendarUnit>("unit"),
                json.Int32("eligibleNow"),
                json.OptionalList("periods", ReadPeriod),
                json.Int32("later"),
                json.OptionalList("assumptions", CommonJson.ReadText)),
            "An eligibility calendar");

    public static void WriteCalendar(Utf8JsonWriter writer, EligibilityCalendar value)
    {
        writer.WriteStartObject();
        writer.WriteString("versionId", value.VersionId);
        writer.WriteDate("asOf", value.AsOf);
        writer.WriteEnum("unit", value.Unit);
        writer.WriteNumber("eligibleNow", value.EligibleNow);
        writer.WriteList("periods", value.Periods, WritePeriod);
        writer.WriteNumber("later", value.Later);
        writer.WriteList("assumptions", value.Assumptions, CommonJson.WriteText);
        writer.WriteEndObject();
    }

    public static StatusChange ReadChange(JsonIn json) =>
        json.Build(
            () => new StatusChange(json.Int32("index"), json.String("subjectId"), json.Enum<DecisionStatus>("before"), json.Enum<DecisionStatus>("after"), json.OptionalList("causes", CommonJson.ReadString)),
            "A status change");

    public static void WriteChange(Utf8JsonWriter writer, StatusChange value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", value.Index);
        writer.WriteString("subjectId", value.SubjectId);
        writer.WriteEnum("before", value.Before);
        writer.WriteEnum("after", value.After);
        writer.WriteStrings("causes", value.Causes);
        writer.WriteEndObject();
    }

    public static PolicyComparison ReadComparison(JsonIn json) =>
        json.Build(
            () => new PolicyComparison(json.String("beforeVersionId"), json.String("afterVersionId"), json.Get("before", ReadCounts), json.Get("after", ReadCounts), json.OptionalList("changes", ReadChange)),
            "A policy comparison");

    public static void WriteComparison(Utf8JsonWriter writer, PolicyComparison value)
    {
        writer.WriteStartObject();
        writer.WriteString("beforeVersionId", value.BeforeVersionId);
        writer.WriteString("afterVersionId", value.AfterVersionId);
        writer.Write("before", value.Before, WriteCounts);
        writer.Write("after", value.After, WriteCounts);
        writer.WriteList("changes", value.Changes, WriteChange);
        writer.WriteEndObject();
    }
}
