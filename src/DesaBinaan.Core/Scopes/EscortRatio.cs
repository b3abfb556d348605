using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>
/// The escort an outside activity needs: at least <see cref="Officers"/> officers for every <see cref="Inmates"/>
/// inmates, such as 10 officers for 30 inmates (docs/domain.md §7 examples: 30/10, 21/9, 11/6).
/// </summary>
/// <remarks>
/// The number of officers needed for <c>n</c> inmates is <c>ceiling(n × Officers ÷ Inmates)</c>, computed exactly.
/// Equality compares the reduced ratio: 10 per 30 equals 1 per 3.
/// </remarks>
[Immutable]
public sealed record EscortRatio
{
    /// <summary>Initializes a ratio.</summary>
    /// <param name="officers">Officers needed per group; at least 1.</param>
    /// <param name="inmates">Inmates per group; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is below 1.</exception>
    public EscortRatio(int officers, int inmates)
    {
        Guard.Against.CountOutOfRange(officers, 1, int.MaxValue);
        Guard.Against.CountOutOfRange(inmates, 1, int.MaxValue);
        OfficersPerInmate = new Fraction(officers, inmates);
    }

    /// <summary>Gets the officers needed per inmate, exactly (such as 1/3).</summary>
    public Fraction OfficersPerInmate { get; }

    /// <summary>Gets the officers of the reduced ratio (1 for 10 per 30).</summary>
    public int Officers => checked((int)OfficersPerInmate.Numerator);

    /// <summary>Gets the inmates of the reduced ratio (3 for 10 per 30).</summary>
    public int Inmates => checked((int)OfficersPerInmate.Denominator);

    /// <summary>Returns the fewest officers needed to escort a number of inmates.</summary>
    /// <param name="inmates">The number of inmates; must not be negative.</param>
    /// <returns><c>ceiling(inmates × officers ÷ inmates-per-group)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="inmates"/> is negative, or so large that the officers needed exceed <see cref="int.MaxValue"/>
    /// (possible only when a ratio asks for more officers than inmates).
    /// </exception>
    public int RequiredOfficers(int inmates)
    {
        Guard.Against.CountOutOfRange(inmates, 0, int.MaxValue);
        var most = (long)int.MaxValue * Inmates / Officers;
        if (inmates > most)
        {
            throw new ArgumentOutOfRangeException(
                nameof(inmates),
                string.Create(CultureInfo.InvariantCulture, $"At {Officers} officers per {Inmates} inmates, at most {most:N0} inmates can be escorted by a countable number of officers (2,147,483,647)."));
        }

        return checked((int)OfficersPerInmate.OfCeiling(inmates));
    }

    /// <summary>
    /// Returns the most inmates a number of officers can escort: the largest number whose
    /// <see cref="RequiredOfficers"/> is at most <paramref name="officers"/>, that is
    /// <c>floor(officers × Inmates ÷ Officers)</c>, at most <see cref="int.MaxValue"/> (already more than any quota).
    /// </summary>
    /// <param name="officers">The escort officers assigned; must not be negative.</param>
    /// <returns>The number of inmates.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="officers"/> is negative.</exception>
    public int InmatesEscortedBy(int officers)
    {
        Guard.Against.NegativeCount(officers);
        return (int)Math.Min(int.MaxValue, (long)officers * Inmates / Officers);
    }

    /// <summary>Returns the ratio as <c>officers/inmates</c> in lowest terms, such as <c>1/3</c>.</summary>
    /// <returns>The ratio as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Officers}/{Inmates}");
}
