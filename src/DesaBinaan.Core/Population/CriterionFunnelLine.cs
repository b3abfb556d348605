using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>
/// One criterion's line of a <see cref="Funnel"/>: how many subjects fail it (not met, waiting for a date,
/// unknown), how many it blocks first, and how many more would be eligible if it alone were relaxed.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record CriterionFunnelLine
{
    /// <summary>Initializes a line.</summary>
    /// <param name="index">The criterion's index in the policy version; not negative.</param>
    /// <param name="descriptor">What the criterion checks (code, title, citation).</param>
    /// <param name="notMet">Subjects for whom it is not met, including those waiting; not negative.</param>
    /// <param name="waiting">Subjects for whom it is not yet met but will be on a known date; not negative, at most <paramref name="notMet"/>.</param>
    /// <param name="unknown">Subjects for whom it is unknown (missing evidence); not negative.</param>
    /// <param name="firstBlocker">Subjects whose first blocking criterion it is; not negative.</param>
    /// <param name="gainIfRelaxed">Subjects not eligible who would be eligible if this criterion alone were treated as met; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="waiting"/> exceeds <paramref name="notMet"/>.</exception>
    public CriterionFunnelLine(int index, CriterionDescriptor descriptor, int notMet, int waiting, int unknown, int firstBlocker, int gainIfRelaxed)
    {
        Index = Guard.Against.NegativeCount(index);
        Descriptor = Guard.Against.Null(descriptor);
        NotMet = Guard.Against.NegativeCount(notMet);
        Waiting = Guard.Against.OutOfRange(waiting, nameof(waiting), 0, notMet, "The subjects waiting for a date are among those for whom the criterion is not met.");
        Unknown = Guard.Against.NegativeCount(unknown);
        FirstBlocker = Guard.Against.NegativeCount(firstBlocker);
        GainIfRelaxed = Guard.Against.NegativeCount(gainIfRelaxed);
    }

    /// <summary>Gets the criterion's index in the policy version.</summary>
    public int Index { get; }

    /// <summary>Gets what the criterion checks.</summary>
    public CriterionDescriptor Descriptor { get; }

    /// <summary>Gets the criterion's stable reason code.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Gets the number of subjects for whom the criterion is not met (including those waiting for a date).</summary>
    public int NotMet { get; }

    /// <summary>Gets the number of subjects for whom the criterion is not yet met but will be on a known date.</summary>
    public int Waiting { get; }

    /// <summary>Gets the number of subjects for whom the criterion is unknown (missing evidence).</summary>
    public int Unknown { get; }

    /// <summary>Gets the number of subjects whose first blocking criterion this is.</summary>
    public int FirstBlocker { get; }

    /// <summary>Gets the number of subjects, now not eligible, who would be eligible if this criterion alone were treated as met (its marginal effect).</summary>
    public int GainIfRelaxed { get; }

    /// <summary>Returns the line as text.</summary>
    /// <returns>For example <c>asimilasi.half-served: not met 120 (waiting 80), unknown 3, first 95, +40 if relaxed</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Code}: not met {NotMet} (waiting {Waiting}), unknown {Unknown}, first {FirstBlocker}, +{GainIfRelaxed} if relaxed");
}
