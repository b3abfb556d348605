namespace DesaBinaan.Core.Common;

/// <summary>
/// Marks a type whose instances never change after construction. A reflection test of the package fails when a
/// public type is not marked, is not sealed, or exposes a settable property.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class ImmutableAttribute : Attribute
{
}
