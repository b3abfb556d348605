using System.Text.Json;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Mapping;

/// <summary>NIPs, appointments, delegations, authority decisions and partnership violations.</summary>
internal static class OfficialsJson
{
    /// <summary>The character that stands for a hidden digit of a masked NIP.</summary>
    public const char MaskCharacter = '*';

    // A NIP in full: its 18 digits. Masked: every digit hidden but the last four (the sex digit and the serial),
    // "**************1001", which no reader can turn back into a NIP. The empty NIP is "".
    public static Nip ReadNip(JsonIn json)
    {
        var text = json.String();
        if (text.Length == 0)
        {
            return default;
        }

        if (text.Contains(MaskCharacter, StringComparison.Ordinal))
        {
            throw json.Error("the NIP was written masked; a masked NIP cannot be read back. Write it with DesaBinaanJsonSettings.WriteNipInFull to store it.");
        }

        return json.Parse(Nip.Parse, "an 18-digit NIP");
    }

    public static Action<Utf8JsonWriter, Nip> NipWriter(bool inFull) =>
        inFull
            ? static (writer, value) => writer.WriteStringValue(value.ToDigits())
            : static (writer, value) => writer.WriteStringValue(Mask(value));

    public static string Mask(Nip value)
    {
        var digits = value.ToDigits();
        return digits.Length == 0 ? string.Empty : new string(MaskCharacter, digits.Length - 4) + digits[^4..];
    }

    public static Appointment ReadAppointment(JsonIn json) =>
        json.Build(
            () => new Appointment(json.Get("person", CommonJson.ReadPersonId), json.Get("position", CommonJson.ReadPositionId), json.Interval("term"), json.Enum<AppointmentCapacity>("capacity")),
            "An appointment");

    public static void WriteAppointment(Utf8JsonWriter writer, Appointment value)
    {
        writer.WriteStartObject();
        writer.Write("person", value.Person, CommonJson.WritePersonId);
        writer.Write("position", value.Position, CommonJson.WritePositionId);
        writer.WriteInterval("term", value.Term);
        writer.WriteEnum("capacity", value.Capacity);
        writer.WriteEndObject();
    }

    public static SigningPower ReadPower(JsonIn json) =>
        json.Build(() => new SigningPower(json.Enum<AgreementKind>("agreementKind"), json.Get("institution", CommonJson.ReadInstitutionId)), "A signing power");

    public static void WritePower(Utf8JsonWriter writer, SigningPower value)
    {
        writer.WriteStartObject();
        writer.WriteEnum("agreementKind", value.AgreementKind);
        writer.Write("institution", value.Institution, CommonJson.WriteInstitutionId);
        writer.WriteEndObject();
    }

    public static Delegation ReadDelegation(JsonIn json) =>
        json.Build(
            () => new Delegation(json.Get("from", CommonJson.ReadPersonId), json.Get("to", CommonJson.ReadPersonId), json.Get("power", ReadPower), json.Interval("term"), json.OptionalString("instrument")),
            "A delegation");

    public static void WriteDelegation(Utf8JsonWriter writer, Delegation value)
    {
        writer.WriteStartObject();
        writer.Write("from", value.From, CommonJson.WritePersonId);
        writer.Write("to", value.To, CommonJson.WritePersonId);
        writer.Write("power", value.Power, WritePower);
        writer.WriteInterval("term", value.Term);
        writer.WriteOptionalString("instrument", value.Instrument);
        writer.WriteEndObject();
    }

    public static AuthorityDecision ReadAuthority(JsonIn json) =>
        json.Build(
            () => new AuthorityDecision(
                json.Enum<AuthorityOutcome>("outcome"),
                json.Get("person", CommonJson.ReadPersonId),
                json.Enum<AgreementKind>("agreementKind"),
                json.Get("institution", CommonJson.ReadInstitutionId),
                json.Date("date"),
                json.String("reasonCode"),
                json.Get("reason", CommonJson.ReadText),
                json.Get("citation", CommonJson.ReadCitation),
                json.Optional("appointment", ReadAppointment),
                json.Optional("delegation", ReadDelegation)),
            "An authority decision");

    public static void WriteAuthority(Utf8JsonWriter writer, AuthorityDecision value)
    {
        writer.WriteStartObject();
        writer.WriteEnum("outcome", value.Outcome);
        writer.Write("person", value.Person, CommonJson.WritePersonId);
        writer.WriteEnum("agreementKind", value.AgreementKind);
        writer.Write("institution", value.Institution, CommonJson.WriteInstitutionId);
        writer.WriteDate("date", value.Date);
        writer.WriteString("reasonCode", value.ReasonCode);
        writer.Write("reason", value.Reason, CommonJson.WriteText);
        writer.Write("citation", value.Citation, CommonJson.WriteCitation);
        writer.WriteOptional("appointment", value.Appointment, WriteAppointment);
        writer.WriteOptional("delegation", value.Delegation, WriteDelegation);
        writer.WriteEndObject();
    }

    // PartnershipViolation: {"rule": its stable code, "detail"}; the label and citation follow from the rule.
    public static PartnershipViolation ReadViolation(JsonIn json)
    {
        var code = json.Required("rule");
        var text = code.String();
        foreach (var rule in Enum.GetValues<CooperationRule>())
        {
            if (string.Equals(rule.Code(), text, StringComparison.Ordinal))
            {
                return json.Build(() => new PartnershipViolation(rule, json.Get("detail", CommonJson.ReadText)), "A partnership violation");
            }
        }

        throw code.Error("'" + text + "' is not the code of a partnership rule.");
    }

    public static void WriteViolation(Utf8JsonWriter writer, PartnershipViolation value)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", value.Code);
        writer.Write("detail", value.Detail, CommonJson.WriteText);
        writer.WriteEndObject();
    }
}
