using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Scopes;

/// <summary>How many inmates may take part in one occurrence of an activity: at least <see cref="Minimum"/>, at most <see cref="Maximum"/>.</summary>
/// <remarks>Equality compares both bounds.</remarks>
[Immutable]
public sealed record ParticipantQuota
{
    /// <summary>Initializes a quota.</summary>
    /// <param name="maximum">The most participants; at least 1.</param>
    /// <param name="minimum">The fewest participants for the activity to go ahead; from 1 to <paramref name="maximum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below 1, or <paramref name="minimum"/> is below 1 or above the maximum.</exception>
    public ParticipantQuota(int maximum, int minimum = 1)
    {
        Maximum = Guard.Against.CountOutOfRange(maximum, 1, int.MaxValue);
        Minimum = Guard.Against.CountOutOfRange(minimum, 1, maximum);
    }

    /// <summary>Gets the most participants.</summary>
    public int Maximum { get; }

    /// <summary>Gets the fewest participants for the activity to go ahead.</summary>
    public int Minimum { get; }

    /// <summary>Returns whether a number of participants is within the quota.</summary>
    /// <param name="participants">The number of participants.</param>
    /// <returns>True when between the minimum and the maximum.</returns>
    public bool Allows(int participants) => participants >= Minimum && participants <= Maximum;

    /// <summary>Returns the quota as <c>min-max</c>.</summary>
    /// <returns>The quota as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Maximum}");
}
