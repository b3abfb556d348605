using Ardalis.GuardClauses;
using System.Text.Json;
using System.Text.Json.Serialization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;
using DesaBinaan.Core.Serialization.SystemTextJson.Mapping;
using NodaTime;

namespace DesaBinaan.Core.Serialization.SystemTextJson;

/// <summary>The entry point of the package: <c>options.ConfigureForDesaBinaan()</c>.</summary>
public static class DesaBinaanJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Configures System.Text.Json options for the types of DesaBinaan.Core: NodaTime's converters, in the formats of
    /// <see cref="NodaTime.Serialization.SystemTextJson.Extensions.ConfigureForNodaTime(JsonSerializerOptions, IDateTimeZoneProvider)"/>
    /// with <see cref="DateTimeZoneProviders.Tzdb"/> (unless the options already convert <see cref="LocalDate"/>), then
    /// one converter for each id, value, result and report type of the package, and for the value-equal list of each.
    /// </summary>
    /// <remarks>
    /// <para>The format is fixed and documented in the package README: camel-case member names whatever the naming
    /// policy, ISO dates (<c>2026-04-29</c>), intervals as <c>{"start", "end"}</c> (never day by day), fractions and
    /// sentence terms as the strings their <c>Parse</c> reads (<c>"2/3"</c>, <c>"2y6m"</c>), enums by name, localized
    /// texts as <c>{"id", "en"}</c>, absent optional members left out. A <see cref="Decision"/> carries its status and
    /// fingerprint; on reading they are recomputed and must match.</para>
    /// <para>Reading bad JSON throws a <see cref="JsonException"/> whose message names the path of the bad value
    /// within the value being read (such as <c>$.findings[2].result.outcome</c>) and the rule it breaks; a rule of
    /// the domain type (its validating constructor) is kept as the inner exception.</para>
    /// <para>The converters use no reflection, NodaTime's included (its interval converters are given their date and
    /// instant converters rather than looking them up): they work trimmed and under Native AOT with no warning. There
    /// the options also need a type-info resolver, a <see cref="JsonSerializerContext"/> of the caller's made with these
    /// options, whose <c>JsonTypeInfo</c> properties are passed to <see cref="JsonSerializer"/>.</para>
    /// </remarks>
    /// <param name="options">The options to configure; they must not be in use yet (System.Text.Json freezes options on first use).</param>
    /// <param name="settings">The format choices, or null for <see cref="DesaBinaanJsonSettings.Default"/> (NIPs masked).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions ConfigureForDesaBinaan(this JsonSerializerOptions options, DesaBinaanJsonSettings? settings = null)
    {
        Guard.Against.Null(options);
        settings ??= DesaBinaanJsonSettings.Default;
        if (!options.Converters.Any(static c => c.CanConvert(typeof(LocalDate))))
        {
            NodaTimeConverters.AddTo(options.Converters, DateTimeZoneProviders.Tzdb);
        }

        var converters = options.Converters;

        // Common
        Add(converters, CommonJson.ReadText, CommonJson.WriteText);
        Add(converters, CommonJson.ReadCitation, CommonJson.WriteCitation);
        Add(converters, CommonJson.ReadFraction, CommonJson.WriteFraction);
        Add(converters, CommonJson.ReadString, CommonJson.WriteString, listOnly: true);

        // Regions, institutions, officials, inmates
        Add(converters, CommonJson.ReadRegion, CommonJson.WriteRegion);
        Add(converters, CommonJson.ReadInstitutionId, CommonJson.WriteInstitutionId);
        Add(converters, CommonJson.ReadUnitId, CommonJson.WriteUnitId);
        Add(converters, CommonJson.ReadPersonId, CommonJson.WritePersonId);
        Add(converters, CommonJson.ReadPositionId, CommonJson.WritePositionId);
        Add(converters, CommonJson.ReadInmateId, CommonJson.WriteInmateId);
        Add(converters, OfficialsJson.ReadNip, OfficialsJson.NipWriter(settings.WriteNipInFull));
        Add(converters, OfficialsJson.ReadAppointment, OfficialsJson.WriteAppointment);
        Add(converters, OfficialsJson.ReadPower, OfficialsJson.WritePower);
        Add(converters, OfficialsJson.ReadDelegation, OfficialsJson.WriteDelegation);
        Add(converters, OfficialsJson.ReadAuthority, OfficialsJson.WriteAuthority);
        Add(converters, OfficialsJson.ReadViolation, OfficialsJson.WriteViolation);

        // Sentencing
        Add(converters, CommonJson.ReadTerm, CommonJson.WriteTerm);
        Add(converters, SentencingJson.ReadConvention, SentencingJson.WriteConvention);
        Add(converters, SentencingJson.ReadStep, SentencingJson.WriteStep);
        Add(converters, SentencingJson.ReadFractionDate, SentencingJson.WriteFractionDate);
        Add(converters, SentencingJson.ReadDates, SentencingJson.WriteDates);
        Add(converters, SentencingJson.ReadEntitlement, SentencingJson.WriteEntitlement);

        // Eligibility
        Add(converters, EligibilityJson.ReadResult, EligibilityJson.WriteResult);
        Add(converters, EligibilityJson.ReadFact, EligibilityJson.WriteFact);
        Add(converters, EligibilityJson.ReadDescriptor, EligibilityJson.WriteDescriptor);
        Add(converters, EligibilityJson.ReadFinding, EligibilityJson.WriteFinding);
        Add(converters, EligibilityJson.ReadDecision, EligibilityJson.WriteDecision);

        // Reports
        Add(converters, PopulationJson.ReadRow, PopulationJson.WriteRow);
        Add(converters, PopulationJson.ReadPartnershipRow, PopulationJson.WritePartnershipRow);
        Add(converters, PopulationJson.ReadCounts, PopulationJson.WriteCounts);
        Add(converters, PopulationJson.ReadFunnelLine, PopulationJson.WriteFunnelLine);
        Add(converters, PopulationJson.ReadFunnel, PopulationJson.WriteFunnel);
        Add(converters, PopulationJson.ReadPeriod, PopulationJson.WritePeriod);
        Add(converters, PopulationJson.ReadCalendar, PopulationJson.WriteCalendar);
        Add(converters, PopulationJson.ReadChange, PopulationJson.WriteChange);
        Add(converters, PopulationJson.ReadComparison, PopulationJson.WriteComparison);
        return options;
    }

    private static void Add<T>(IList<JsonConverter> converters, Func<JsonIn, T> read, Action<Utf8JsonWriter, T> write, bool listOnly = false)
    {
        if (!listOnly)
        {
            converters.Add(new DelegateConverter<T>(read, write));
        }

        converters.Add(new DelegateConverter<ValueList<T>>(json => json.List(read), (writer, list) => writer.WriteList(list, write)));
    }
}
