using Ardalis.GuardClauses;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>Transformations of profiles used by the invariant properties: every date moved by a number of days, one more remission.</summary>
public static class InmateProfileExtensions
{
    /// <summary>
    /// Returns the profile with every date moved by a number of days: the first day of detention, house and city
    /// arrest, gaps, remission grant days, Register F entries and the birth date. Terms and amounts are unchanged.
    /// </summary>
    /// <param name="profile">The profile; must not be null.</param>
    /// <param name="days">The number of days (negative moves back).</param>
    /// <returns>The moved profile, with the same id, facts and counting convention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static InmateProfile ShiftedBy(this InmateProfile profile, int days)
    {
        Guard.Against.Null(profile);
        return new InmateProfile(
            profile.Id,
            profile.Status,
            profile.Sentence is { } s ? Shift(s, days) : null,
            profile.Offence,
            profile.Security,
            profile.RegisterF?.Select(r => new DisciplinaryRecord(r.Imposed.PlusDays(days), r.Punishment, r.End.PlusDays(days))),
            profile.ActiveInGuidance,
            profile.HasPendingCase,
            profile.Nationality,
            profile.BirthDate?.PlusDays(days),
            profile.Evidence,
            profile.Domicile,
            profile.Institution,
            profile.Convention);
    }

    /// <summary>Returns the profile with one more remission in its sentence history.</summary>
    /// <param name="profile">The profile; must not be null and must have a sentence.</param>
    /// <param name="remission">The remission; must not be null.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The profile has no sentence, or the remission breaks a rule of the sentence history (granted before detention, larger than what is left).</exception>
    public static InmateProfile WithRemission(this InmateProfile profile, Remission remission)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(remission);
        if (profile.Sentence is null)
        {
            throw new ArgumentException("The profile has no sentence to which a remission can be added.", nameof(profile));
        }

        return profile.WithSentence(profile.Sentence.WithRemission(remission));
    }

    private static SentenceHistory Shift(SentenceHistory history, int days)
    {
        var detention = history.Detention;
        var moved = new Detention(
            detention.FirstDay.PlusDays(days),
            detention.Periods.Select(p => new DetentionPeriod(p.Kind, Shift(p.Interval, days))),
            detention.Gaps.Select(g => Shift(g, days)));
        return new SentenceHistory(
            history.Sentences,
            moved,
            history.Remissions.Select(r => new Remission(r.GrantDate.PlusDays(days), r.Amount, r.Kind)),
            history.Substitute);
    }

    private static DateInterval Shift(DateInterval interval, int days) => new(interval.Start.PlusDays(days), interval.End.PlusDays(days));
}
