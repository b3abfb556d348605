using System.Reflection;
using System.Text.Json.Serialization;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>The package's public surface: immutable types, and no converter that reaches for reflection.</summary>
public sealed class PackageShapeTests
{
    private static readonly Assembly Package = typeof(DesaBinaanJsonSettings).Assembly;

    [Fact]
    public void PublicTypes_AreStaticOrImmutable()
    {
        var types = Package.GetExportedTypes();

        types.Should().HaveCount(2);
        foreach (var type in types.Where(t => !(t.IsAbstract && t.IsSealed)))
        {
            type.IsSealed.Should().BeTrue(type.Name);
            type.GetCustomAttributes(inherit: false).Should().Contain(a => a.GetType().Name == "ImmutableAttribute", type.Name);
            type.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Should().BeEmpty(type.Name);
        }
    }

    [Fact]
    public void Converters_AreNoFactories()
    {
        // A JsonConverterFactory would build converters for generic types at run time (MakeGenericType), which Native AOT cannot.
        Json.Options.Converters.Where(c => c.GetType().Assembly == Package).Should().NotContain(c => c is JsonConverterFactory);
    }
}
