using System.Text.Json;
using System.Text.Json.Serialization;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Population;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>With a source-generated context as the only type-info resolver (as under Native AOT), the package's converters give the same JSON.</summary>
public sealed partial class SourceGenerationTests
{
    [Fact]
    public void Decision_WithAGeneratedContext_IsTheSameJson()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = ConsumerContext.Default }.ConfigureForDesaBinaan();
        var decision = GoldenDecisionTests.ReadmeDecision();

        var json = JsonSerializer.Serialize(decision, options);

        json.Should().Be(JsonSerializer.Serialize(decision, Json.Masked));
        JsonSerializer.Deserialize<Decision>(json, options).Should().Be(decision);
    }

    [JsonSerializable(typeof(Decision))]
    [JsonSerializable(typeof(List<EligibilityRow>))]
    private sealed partial class ConsumerContext : JsonSerializerContext;
}
