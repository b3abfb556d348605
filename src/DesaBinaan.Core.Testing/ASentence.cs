using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Starts a <see cref="SentenceBuilder"/>: a sentence history (terms, detention, remissions) with lawful defaults,
/// such as <c>ASentence.Of("2y6m").From(new LocalDate(2024, 3, 14)).WithRemission(new LocalDate(2024, 12, 25), "15d")</c>.
/// </summary>
/// <remarks>
/// Defaults: imprisonment (<i>pidana penjara</i>), continuous detention from <see cref="DefaultFirstDay"/>, no remission,
/// no house or city arrest, no substitute imprisonment.
/// </remarks>
public static class ASentence
{
    /// <summary>The default first day of detention: 14 March 2024 (the first day of the worked example of the domain reference).</summary>
    public static readonly LocalDate DefaultFirstDay = new(2024, 3, 14);

    /// <summary>Returns a builder of a sentence of imprisonment.</summary>
    /// <param name="term">The term; must not be zero.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    public static SentenceBuilder Of(SentenceTerm term) => SentenceBuilder.Create(Sentence.Imprisonment(NonZero(term, nameof(term))));

    /// <summary>Returns a builder of a sentence of imprisonment written <c>NyNmNd</c>, such as <c>"6y"</c> or <c>"2y6m"</c>.</summary>
    /// <param name="term">The term; must not be null.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="term"/> is not of the form <c>NyNmNd</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    public static SentenceBuilder Of(string term) => Of(SentenceTerm.Parse(term));

    /// <summary>Returns a builder of a life sentence (no dates, no remission: UU 22/2022 Pasal 10(4)).</summary>
    /// <returns>The builder.</returns>
    public static SentenceBuilder Life() => SentenceBuilder.Create(Sentence.Life);

    /// <summary>Returns a builder of a death sentence (no dates, no remission: UU 22/2022 Pasal 10(4)).</summary>
    /// <returns>The builder.</returns>
    public static SentenceBuilder Death() => SentenceBuilder.Create(Sentence.Death);

    /// <summary>
    /// Returns the worked example of the domain reference (§8): first day of detention 14 March 2024, 2 years 6 months,
    /// remissions of 15 days granted 25 December 2024 and of 2 months granted 17 August 2025; 1/2 on 31 May 2025, 2/3
    /// on 15 September 2025, expiry 1 July 2026.
    /// </summary>
    /// <returns>The builder.</returns>
    public static SentenceBuilder WorkedExample() =>
        Of("2y6m").From(DefaultFirstDay)
            .WithRemission(new LocalDate(2024, 12, 25), "15d", RemissionKind.Special)
            .WithRemission(new LocalDate(2025, 8, 17), "2m", RemissionKind.General);

    private static SentenceTerm NonZero(SentenceTerm term, string name) =>
        term.IsZero ? throw new ArgumentException("A sentence of imprisonment needs a non-zero term, such as '2y6m'.", name) : term;
}
