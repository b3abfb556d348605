using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Testing;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// The design notes on personal data (UU 27/2022): no exception message, reason text, violation,
/// rendering or <c>ToString()</c> contains a person's name, NIK or NIP; people appear by their opaque id.
/// </summary>
public sealed class PersonalDataTests
{
    private static readonly IReadOnlyList<(string Where, string Text)> Texts = ProducedTexts.Collect();

    public static TheoryData<string> Secrets =>
    [
        ProducedTexts.KalapasName,
        "Rahasiawan",
        ProducedTexts.DeputyName,
        "Tersembunyi",
        ProducedTexts.KalapasNip,
        ProducedTexts.KalapasNip.Replace(" ", string.Empty, StringComparison.Ordinal),
        ProducedTexts.DeputyNip,
        ProducedTexts.DeputyNip.Replace(" ", string.Empty, StringComparison.Ordinal),
        "197005121995",
        ProducedTexts.Nik,
    ];

    [Fact]
    public void TheScenarioProducesTextsOfEveryKind()
    {
        // The search below is only as good as what it searches.
        Texts.Count.Should().BeGreaterThan(1000);
        foreach (var kind in new[] { "authority", "authority.reason/id", "appointment", "officials.duplicate-person", "officials.overlap", "nip.parse", "partnership.plh", "violation.text/en", "attendee", "signatory", "decision.text/id", "finding", "fact", "almost-eligible" })
        {
            Texts.Should().Contain(t => t.Where == kind, "the scenario produces {0} texts", kind);
        }

        Texts.Should().Contain(t => t.Where == "partnership.plh" && t.Text.Contains(AnOfficial.Deputy.Value, StringComparison.Ordinal), "a person is identified by the opaque id");
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void NoProducedText_ContainsPersonalData(string secret)
    {
        var leaks = Texts.Where(t => t.Text.Contains(secret, StringComparison.OrdinalIgnoreCase)).Select(t => t.Where + ": " + t.Text).ToList();
        leaks.Should().BeEmpty("personal data must never appear in produced texts");
    }

    [Fact]
    public void APersonsToString_IsTheOpaqueId()
    {
        var person = new Person(new PersonId("p-9"), ProducedTexts.KalapasName, Nip.Parse(ProducedTexts.KalapasNip));
        person.ToString().Should().Be("p-9");
    }
}
