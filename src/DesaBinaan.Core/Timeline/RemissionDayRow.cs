using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// One person's remission on a remission day (the population path, no allocation): the outcome with its reason code, the
/// amount and tier, whether it releases the person on the day (RU II, RK II) and, on a decennial 17 August, the decennial
/// remission (Dasawarsa, Dasawarsa II).
/// </summary>
/// <remarks>The default value is an undetermined row with no code. Equality compares every member.</remarks>
[Immutable]
public readonly record struct RemissionDayRow
{
    internal RemissionDayRow(RemissionDayOutcome outcome, string code, SentenceTerm amount, int tier, bool releases, RemissionDayOutcome decennial, SentenceTerm decennialAmount, bool decennialReleases, bool releasedOnTheDay)
    {
        Outcome = outcome;
        Code = code;
        Amount = amount;
        Tier = tier;
        ReleasesOnGrantDay = releases;
        DecennialOutcome = decennial;
        DecennialAmount = decennialAmount;
        DecennialReleasesOnGrantDay = decennialReleases;
        ReleasedOnTheDay = releasedOnTheDay;
    }

    /// <summary>Gets the outcome of the general (17 August) or special (holiday) remission.</summary>
    public RemissionDayOutcome Outcome { get; }

    /// <summary>Gets the reason code: the amount's code when due (<c>remisi.general.year-2</c>), the time condition's code when not due, or the code of the first blocking criterion.</summary>
    public string? Code { get; }

    /// <summary>Gets the amount (zero unless due).</summary>
    public SentenceTerm Amount { get; }

    /// <summary>Gets the tier ("year of remission") of the amount, 0 unless due.</summary>
    public int Tier { get; }

    /// <summary>Gets whether the general or special remission alone reaches the expiry (RU II, RK II).</summary>
    public bool ReleasesOnGrantDay { get; }

    /// <summary>Gets the outcome of the decennial remission, or <see cref="RemissionDayOutcome.NotDue"/> when the day is not a decennial 17 August.</summary>
    public RemissionDayOutcome DecennialOutcome { get; }

    /// <summary>Gets the decennial amount (zero unless due).</summary>
    public SentenceTerm DecennialAmount { get; }

    /// <summary>Gets whether the decennial remission alone reaches the expiry (Dasawarsa II).</summary>
    public bool DecennialReleasesOnGrantDay { get; }

    /// <summary>Gets whether the remissions due on the day, together, release the person on the day.</summary>
    public bool ReleasedOnTheDay { get; }

    /// <summary>Returns the outcome, the code and the amount in invariant form, such as <c>Due remisi.general.year-2 3m</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Outcome + " " + Code + (Outcome == RemissionDayOutcome.Due ? " " + Amount : string.Empty) + (ReleasedOnTheDay ? " released" : string.Empty);
}
