namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A criterion that names the parameter values it reads (by their <see cref="Fact.Code"/> in
/// <see cref="IPolicyParameters.Values"/>), so that a decision lists only the parameters its criteria used. A version
/// none of whose criteria implements it lists every parameter value.
/// </summary>
public interface IReadsParameters
{
    /// <summary>Gets the codes of the parameter values the criterion reads (none when it reads no listed value).</summary>
    IEnumerable<string> ParameterCodes { get; }
}
