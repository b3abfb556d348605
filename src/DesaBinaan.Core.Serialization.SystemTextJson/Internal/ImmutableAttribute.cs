namespace DesaBinaan.Core.Serialization.SystemTextJson.Internal;

/// <summary>Marks a public type of the package as immutable (checked by a reflection test).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class ImmutableAttribute : Attribute
{
}
