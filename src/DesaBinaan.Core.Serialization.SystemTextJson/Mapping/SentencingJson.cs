using System.Text.Json;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Mapping;

/// <summary>
/// The counting convention and the computed sentence results. A convention is written by its name and every choice it
/// makes, so that a reader sees how the dates were counted; each result is written member by member.
/// </summary>
internal static class SentencingJson
{
    public static CountingConvention ReadConvention(JsonIn json) =>
        json.Build(
            () => new CountingConvention(
                json.String("name"),
                json.Enum<MonthEndRule>("monthEnd"),
                json.Enum<ExpiryMonths>("expiryMonths"),
                json.Int32("daysPerMonth"),
                json.Int32("monthsPerYear"),
                json.Enum<FractionBasis>("fractionBasis"),
                json.Enum<DayRounding>("fractionRounding"),
                json.Enum<MinimumServed>("minimumServed"),
                json.Enum<RemissionTiers>("remissionTiers"),
                json.Get("houseArrestCredit", CommonJson.ReadFraction),
                json.Get("cityArrestCredit", CommonJson.ReadFraction),
                json.Enum<DayRounding>("creditRounding"),
                json.Boolean("remissionServiceFromLastDetention"),
                json.OptionalList("citations", CommonJson.ReadCitation)),
            "A counting convention");

    public static void WriteConvention(Utf8JsonWriter writer, CountingConvention value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteEnum("monthEnd", value.MonthEnd);
        writer.WriteEnum("expiryMonths", value.ExpiryMonths);
        writer.WriteNumber("daysPerMonth", value.DaysPerMonth);
        writer.WriteNumber("monthsPerYear", value.MonthsPerYear);
        writer.WriteEnum("fractionBasis", value.FractionBasis);
        writer.WriteEnum("fractionRounding", value.FractionRounding);
        writer.WriteEnum("minimumServed", value.MinimumServed);
        writer.WriteEnum("remissionTiers", value.RemissionTiers);
        writer.Write("houseArrestCredit", value.HouseArrestCredit, CommonJson.WriteFraction);
        writer.Write("cityArrestCredit", value.CityArrestCredit, CommonJson.WriteFraction);
        writer.WriteEnum("creditRounding", value.CreditRounding);
        writer.WriteBoolean("remissionServiceFromLastDetention", value.RemissionServiceFromLastDetention);
        writer.WriteList("citations", value.Citations, CommonJson.WriteCitation);
        writer.WriteEndObject();
    }

    // BreakdownStep: {"code", "text", "date"?, "days"?}
    public static BreakdownStep ReadStep(JsonIn json) =>
        json.Build(() => new BreakdownStep(json.String("code"), json.Get("text", CommonJson.ReadText), json.OptionalDate("date"), json.OptionalInt64("days")), "A breakdown step");

    public static void WriteStep(Utf8JsonWriter writer, BreakdownStep value)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.Write("text", value.Text, CommonJson.WriteText);
        writer.WriteOptionalDate("date", value.Date);
        writer.WriteOptionalNumber("days", value.Days);
        writer.WriteEndObject();
    }

    public static FractionDateResult ReadFractionDate(JsonIn json) =>
        json.Build(
            () => new FractionDateResult(
                json.Get("fraction", CommonJson.ReadFraction),
                json.Date("date"),
                json.Int32("basisDays"),
                json.Int32("remissionDays"),
                json.Int64("requiredDays"),
                json.Date("fractionOnlyDate"),
                json.OptionalValue("minimum", CommonJson.ReadTerm),
                json.Get("convention", ReadConvention),
                json.OptionalList("breakdown", ReadStep)),
            "A fraction date");

    public static void WriteFractionDate(Utf8JsonWriter writer, FractionDateResult value)
    {
        writer.WriteStartObject();
        writer.Write("fraction", value.Fraction, CommonJson.WriteFraction);
        writer.WriteDate("date", value.Date);
        writer.WriteNumber("basisDays", value.BasisDays);
        writer.WriteNumber("remissionDays", value.RemissionDays);
        writer.WriteNumber("requiredDays", value.RequiredDays);
        writer.WriteDate("fractionOnlyDate", value.FractionOnlyDate);
        writer.WriteOptionalValue("minimum", value.Minimum, CommonJson.WriteTerm);
        writer.Write("convention", value.Convention, WriteConvention);
        writer.WriteList("breakdown", value.Breakdown, WriteStep);
        writer.WriteEndObject();
    }

    public static SentenceDates ReadDates(JsonIn json) =>
        json.Build(
            () => new SentenceDates(
                json.Get("convention", ReadConvention),
                json.Optional("noDatesReason", CommonJson.ReadText),
                json.OptionalDate("naturalExpiry"),
                json.OptionalDate("expiryAfterRemissions"),
                json.OptionalDate("expiry"),
                json.OptionalDate("probationEnd"),
                json.OptionalDate("preReleaseLeaveStart"),
                json.Int32("basisDays"),
                json.Optional("oneThird", ReadFractionDate),
                json.Optional("half", ReadFractionDate),
                json.Optional("twoThirds", ReadFractionDate),
                json.OptionalDate("asOf"),
                json.OptionalInt32("servedDays"),
                json.OptionalInt32("remainingDays"),
                json.OptionalList("breakdown", ReadStep)),
            "Sentence dates");

    public static void WriteDates(Utf8JsonWriter writer, SentenceDates value)
    {
        writer.WriteStartObject();
        writer.Write("convention", value.Convention, WriteConvention);
        writer.WriteOptional("noDatesReason", value.NoDatesReason, CommonJson.WriteText);
        writer.WriteOptionalDate("naturalExpiry", value.NaturalExpiry);
        writer.WriteOptionalDate("expiryAfterRemissions", value.ExpiryAfterRemissions);
        writer.WriteOptionalDate("expiry", value.Expiry);
        writer.WriteOptionalDate("probationEnd", value.ProbationEnd);
        writer.WriteOptionalDate("preReleaseLeaveStart", value.PreReleaseLeaveStart);
        writer.WriteNumber("basisDays", value.BasisDays);
        writer.WriteOptional("oneThird", value.OneThird, WriteFractionDate);
        writer.WriteOptional("half", value.Half, WriteFractionDate);
        writer.WriteOptional("twoThirds", value.TwoThirds, WriteFractionDate);
        writer.WriteOptionalDate("asOf", value.AsOf);
        writer.WriteOptionalNumber("servedDays", value.ServedDays);
        writer.WriteOptionalNumber("remainingDays", value.RemainingDays);
        writer.WriteList("breakdown", value.Breakdown, WriteStep);
        writer.WriteEndObject();
    }

    public static RemissionEntitlement ReadEntitlement(JsonIn json) =>
        json.Build(
            () => new RemissionEntitlement(
                json.Enum<RemissionKind>("kind"),
                json.Date("grantDate"),
                json.Enum<RemissionEntitlementStatus>("status"),
                json.Get("amount", CommonJson.ReadTerm),
                json.String("code"),
                json.Get("reason", CommonJson.ReadText),
                json.Get("citation", CommonJson.ReadCitation),
                json.Int32("servedDays"),
                json.Int32("yearOfRemission"),
                json.Boolean("cappedToRemaining"),
                json.Get("convention", ReadConvention),
                json.Boolean("releasesOnGrantDay")),
            "A remission entitlement");

    public static void WriteEntitlement(Utf8JsonWriter writer, RemissionEntitlement value)
    {
        writer.WriteStartObject();
        writer.WriteEnum("kind", value.Kind);
        writer.WriteDate("grantDate", value.GrantDate);
        writer.WriteEnum("status", value.Status);
        writer.Write("amount", value.Amount, CommonJson.WriteTerm);
        writer.WriteString("code", value.Code);
        writer.Write("reason", value.Reason, CommonJson.WriteText);
        writer.Write("citation", value.Citation, CommonJson.WriteCitation);
        writer.WriteNumber("servedDays", value.ServedDays);
        writer.WriteNumber("yearOfRemission", value.YearOfRemission);
        writer.WriteBoolean("cappedToRemaining", value.CappedToRemaining);
        writer.WriteBoolean("releasesOnGrantDay", value.ReleasesOnGrantDay);
        writer.Write("convention", value.Convention, WriteConvention);
        writer.WriteEndObject();
    }
}
