using System.Text.Json;
using System.Text.Json.Nodes;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>Bad JSON gives a <see cref="JsonException"/> that names the path of the bad value and the rule it breaks.</summary>
public sealed class BadJsonTests
{
    [Fact]
    public void Decision_UnknownOutcomeInAFinding_NamesItsPath()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node["findings"]![1]!["result"]!["outcome"] = "Maybe");

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.findings[1].result.outcome*one of Unknown, Met, NotMet, NotApplicable*");
    }

    [Fact]
    public void Decision_MissingSubject_NamesTheProperty()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node.AsObject().Remove("subjectId"));

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*object at $ lacks the required property 'subjectId'*");
    }

    [Fact]
    public void Decision_FactTextChanged_FailsOnTheFingerprint()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node["parameters"]![0]!["text"] = "another-convention");

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.fingerprint*not the one its rules and data give*");
    }

    [Fact]
    public void Decision_StatusChanged_FailsOnTheStatus()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node["status"] = "Ineligible");

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.status*(Ineligible)*(Eligible)*");
    }

    [Fact]
    public void Decision_BlankTitle_KeepsTheDomainRuleAsInnerException()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node["policyTitle"]!["en"] = " ");

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.policyTitle*localized text*").WithInnerException<ArgumentException>();
    }

    [Fact]
    public void Decision_DateNotIso_NamesItsPath()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node["versionEffective"]!["end"] = "31/12/9999");

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.versionEffective.end*ISO date*");
    }

    [Fact]
    public void Decision_IntervalEndBeforeStart_Throws()
    {
        var json = Edit(GoldenDecisionTests.Golden(), node => node["versionEffective"]!["end"] = "2000-01-01");

        var act = () => JsonSerializer.Deserialize<Decision>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.versionEffective*end of an interval must not be before its start*");
    }

    [Fact]
    public void RowInAList_TheSerializerGivesTheListPosition()
    {
        var act = () => JsonSerializer.Deserialize<List<EligibilityRow>>("[{\"subjectId\":7}]", Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*$.subjectId*string*").Which.Path.Should().Be("$[0]");
    }

    [Theory]
    [InlineData("\"2/0\"", "*fraction*")]
    [InlineData("7", "*string*")]
    public void Fraction_Bad_Throws(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<Fraction>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Theory]
    [InlineData("{\"outcome\":\"Unknown\",\"date\":\"2026-01-01\"}", "*$.date*only a Met or NotMet result has a date*")]
    [InlineData("{\"outcome\":\"1\"}", "*$.outcome*one of*")]
    [InlineData("[]", "*$ *JSON object is expected, not an array*")]
    public void CriterionResult_Bad_Throws(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<CriterionResult>(json, Json.Options);

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void SentenceTerm_Bad_KeepsTheParserMessage()
    {
        var act = () => JsonSerializer.Deserialize<SentenceTerm>("\"2 years\"", Json.Options);

        act.Should().Throw<JsonException>().WithMessage("*sentence term*").WithInnerException<FormatException>();
    }

    [Fact]
    public void Decision_NotJsonAtAll_IsTheSerializersException()
    {
        var act = () => JsonSerializer.Deserialize<Decision>("{\"subjectId\": ", Json.Options);

        act.Should().Throw<JsonException>();
    }

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }
}
