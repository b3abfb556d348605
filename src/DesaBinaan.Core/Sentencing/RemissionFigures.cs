namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The figures of a sentence that the remission rules read first, under one counting convention: whether a life or death
/// sentence is part of it, the term in convention days, the first day of custody and the expiry before remissions. A
/// profile holds them in its packed facts; otherwise they are read from the history (<see cref="Of"/>). The rules then
/// read the history itself only for the remissions granted and the time served.
/// </summary>
/// <param name="LifeOrDeath">Whether a life or death sentence is part of the history.</param>
/// <param name="TermDays">The main term in convention days (0 for a sentence that is not custodial).</param>
/// <param name="FirstDay">The day number of the first day of custody.</param>
/// <param name="NaturalExpiry">The day number of the expiry before remissions, already checked against the remissions granted, or -1 to compute and check it from the history.</param>
internal readonly record struct RemissionFigures(bool LifeOrDeath, int TermDays, int FirstDay, int NaturalExpiry)
{
    /// <summary>Reads the figures from a history; the expiry before remissions is left to compute (-1).</summary>
    /// <param name="history">The history.</param>
    /// <param name="convention">The counting convention.</param>
    /// <returns>The figures.</returns>
    public static RemissionFigures Of(SentenceHistory history, CountingConvention convention) =>
        new(history.HasLifeOrDeath, history.MainTerm.ToDays(convention), history.DetentionFirstDay, -1);
}
