using System.Text.Json;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

public sealed class NipAndIntervalTests
{
    private static readonly Nip Nip = Nip.Parse("198609262015051001");

    // docs/domain.md §4: a NIP is personal data; by default it leaves the process masked.
    [Fact]
    public void Nip_ByDefault_IsWrittenMasked()
    {
        JsonSerializer.Serialize(Nip, Json.Masked).Should().Be("\"**************1001\"");
        JsonSerializer.Serialize(default(Nip), Json.Masked).Should().Be("\"\"");
        DesaBinaanJsonSettings.Default.WriteNipInFull.Should().BeFalse();
    }

    [Fact]
    public void Nip_Masked_CannotBeReadBack()
    {
        var act = () => JsonSerializer.Deserialize<Nip>("\"**************1001\"", Json.Masked);

        act.Should().Throw<JsonException>().WithMessage("*masked*WriteNipInFull*");
    }

    [Fact]
    public void Nip_WhenTheCallerOptsIn_IsWrittenInFullAndReadBack()
    {
        var json = JsonSerializer.Serialize(Nip, Json.Options);

        json.Should().Be("\"198609262015051001\"");
        JsonSerializer.Deserialize<Nip>(json, Json.Options).Should().Be(Nip);
        JsonSerializer.Deserialize<Nip>("\"\"", Json.Options).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Nip_Invalid_NamesTheRule()
    {
        var act = () => JsonSerializer.Deserialize<Nip>("\"19860926201505100\"", Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*18-digit NIP*").WithInnerException<FormatException>();
    }

    [Fact]
    public void Settings_AreEqualByValue()
    {
        new DesaBinaanJsonSettings(writeNipInFull: true).Should().Be(new DesaBinaanJsonSettings(writeNipInFull: true)).And.NotBe(DesaBinaanJsonSettings.Default);
    }

    // The 599 MB file: an open-ended interval is two dates, never its days.
    [Fact]
    public void Appointment_OpenEnded_IsWrittenAsStartAndEnd()
    {
        var appointment = Appointment.From(new PersonId("p-001"), new PositionId("kalapas"), new LocalDate(2025, 9, 30));

        var json = JsonSerializer.Serialize(appointment, Json.Options);

        json.Should().Be("{\"person\":\"p-001\",\"position\":\"kalapas\",\"term\":{\"start\":\"2025-09-30\",\"end\":\"9999-12-31\"},\"capacity\":\"Definitive\"}");
    }

    // The caller's own types get NodaTime's converters too: a bare DateInterval is an object, not a list of days.
    [Fact]
    public void CallersDateInterval_UsesNodaTimesConverter()
    {
        var json = JsonSerializer.Serialize(new DateInterval(new LocalDate(2026, 1, 1), LocalDate.MaxIsoValue), Json.Options);

        json.Should().Be("{\"Start\":\"2026-01-01\",\"End\":\"9999-12-31\"}");
    }

    [Fact]
    public void Configure_Twice_AddsNodaTimeOnce()
    {
        var options = new JsonSerializerOptions().ConfigureForDesaBinaan().ConfigureForDesaBinaan();

        options.Converters.Count(c => c.CanConvert(typeof(LocalDate))).Should().Be(1);
    }

    [Fact]
    public void Configure_NullOptions_Throws()
    {
        var act = () => DesaBinaanJsonSerializerOptionsExtensions.ConfigureForDesaBinaan(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }
}
