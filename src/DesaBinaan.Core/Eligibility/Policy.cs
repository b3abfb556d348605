using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A policy: its dated versions, forming a timeline with no gap and no overlap (checked when built), and the
/// operations that decide subjects on a date with the version in force on that date.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type.</typeparam>
/// <remarks>Equality is by reference.</remarks>
[Immutable]
public sealed class Policy<TSubject, TParameters>
    where TSubject : IEligibilitySubject
    where TParameters : class, IPolicyParameters
{
    /// <summary>Initializes a policy and validates its timeline.</summary>
    /// <param name="id">The policy's stable id, dotted lower-case (for example <c>asimilasi</c>).</param>
    /// <param name="title">The policy's title in both languages.</param>
    /// <param name="versions">The versions, in any order: at least one, with distinct ids, each starting the day after the previous one ends.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a dotted lower-case code, or <paramref name="versions"/> is empty, contains null, repeats an id, overlaps or leaves a gap.</exception>
    public Policy(string id, LocalizedText title, IEnumerable<PolicyVersion<TSubject, TParameters>> versions)
    {
        Guard.Against.BlankText(id);
        Id = Guard.Against.InvalidInput(id, nameof(id), ReasonCodes.IsValid, ReasonCodes.Rule);
        Title = Guard.Against.Null(title);
        var sorted = ValueList.FromNonNull(versions, nameof(versions)).OrderBy(v => v.Effective.Start).ToList();
        Guard.Against.InvalidInput(sorted, nameof(versions), s => s.Count > 0, "A policy needs at least one version.");
        Guard.Against.InvalidInput(sorted, nameof(versions), s => s.Select(v => v.Id).Distinct(StringComparer.Ordinal).Count() == s.Count, "The versions of a policy must have distinct ids.");
        for (var i = 1; i < sorted.Count; i++)
        {
            var previous = sorted[i - 1].Effective;
            var next = sorted[i].Effective;
            if (next.Start <= previous.End)
            {
                throw new ArgumentException($"The versions of policy '{id}' overlap: '{sorted[i].Id}' starts on {next.Start.ToIso()}, on or before '{sorted[i - 1].Id}' ends on {previous.End.ToIso()}.", nameof(versions));
            }

            if (previous.End == LocalDate.MaxIsoValue || next.Start != previous.End.PlusDays(1))
            {
                throw new ArgumentException($"The versions of policy '{id}' leave a gap: '{sorted[i - 1].Id}' ends on {previous.End.ToIso()} but '{sorted[i].Id}' starts on {next.Start.ToIso()}; each version must start the day after the previous one ends.", nameof(versions));
            }
        }

        Versions = ValueList.From(sorted);
    }

    /// <summary>Gets the policy's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the policy's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the versions, in chronological order.</summary>
    public ValueList<PolicyVersion<TSubject, TParameters>> Versions { get; }

    /// <summary>Gets the days covered by the timeline, from the first version's start to the last version's end.</summary>
    public DateInterval Coverage => new(Versions[0].Effective.Start, Versions[^1].Effective.End);

    /// <summary>Tries to find the version in force on a date; never throws.</summary>
    /// <param name="date">The date.</param>
    /// <param name="version">The version in force, or null.</param>
    /// <returns>True when a version is in force on the date.</returns>
    public bool TryGetVersion(LocalDate date, out PolicyVersion<TSubject, TParameters>? version)
    {
        _ = Guard.Against.NonIsoDate(date);
        foreach (var candidate in Versions)
        {
            if (candidate.Effective.Contains(date))
            {
                version = candidate;
                return true;
            }
        }

        version = null;
        return false;
    }

    /// <summary>Returns the version in force on a date.</summary>
    /// <param name="date">The date; must be within <see cref="Coverage"/>.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No version is in force on the date.</exception>
    public PolicyVersion<TSubject, TParameters> VersionOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return TryGetVersion(date, out var version)
                ? version!
                : throw new ArgumentOutOfRangeException(nameof(date), $"No version of policy '{Id}' is in force on {date.ToIso()}; its versions cover {Coverage.Start.ToIso()} to {Coverage.End.ToIso()}.");
    }

    /// <summary>Prepares the evaluation of many subjects on one date: the version is selected and its context built once.</summary>
    /// <param name="date">The evaluation date; must be within <see cref="Coverage"/>.</param>
    /// <returns>An evaluator for that date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No version is in force on the date.</exception>
    public PolicyEvaluator<TSubject, TParameters> Prepare(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return new(this, VersionOn(date), date);
    }

    /// <summary>Decides one subject on a date, with every criterion explained.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="date">The evaluation date; must be within <see cref="Coverage"/>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No version is in force on the date.</exception>
    public Decision Decide(TSubject subject, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Prepare(date).Decide(subject);
    }

    /// <summary>
    /// Returns the subjects not yet eligible on a date who become eligible within a number of days, with what they
    /// wait for, by eligible-from date and then subject id.
    /// </summary>
    /// <param name="subjects">The subjects.</param>
    /// <param name="date">The evaluation date; must be within <see cref="Coverage"/>.</param>
    /// <param name="withinDays">The horizon in days; must not be negative.</param>
    /// <returns>The subjects who become eligible on or before <c>date + withinDays</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinDays"/> is negative, or no version is in force on the date.</exception>
    public ValueList<AlmostEligibleSubject> AlmostEligible(IEnumerable<TSubject> subjects, LocalDate date, int withinDays)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Prepare(date).AlmostEligible(subjects, withinDays);
    }

    /// <summary>Returns this policy with every version's parameters changed (for example bound to one activity).</summary>
    /// <param name="change">The change; called once per version; must not return null.</param>
    /// <returns>A new policy with the same id, title and timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public Policy<TSubject, TParameters> WithParameters(Func<TParameters, TParameters> change)
    {
        Guard.Against.Null(change);
        return new(Id, Title, Versions.Select(v => v.WithParameters(change(v.Parameters))));
    }

    /// <summary>Returns the policy's id and number of versions.</summary>
    /// <returns>For example <c>asimilasi (3 versions)</c>.</returns>
    public override string ToString() => Id + " (" + Versions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " versions)";
}
