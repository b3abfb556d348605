using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>The parameters of a policy that has none.</summary>
[Immutable]
public sealed class NoParameters : IPolicyParameters
{
    private NoParameters()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static NoParameters Instance { get; } = new();

    /// <inheritdoc/>
    public ValueList<Fact> Values => ValueList<Fact>.Empty;

    /// <inheritdoc/>
    public LocalizedText? Convention => null;
}
