using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Builds a <see cref="SentenceHistory"/> step by step. Immutable: every method returns a new builder, so one
/// builder can be the common start of many tests. Start one with <see cref="ASentence"/>.
/// </summary>
/// <remarks>
/// The first day of detention is either given (<see cref="From"/>) or solved from a target fraction date
/// (<see cref="ReachingTwoThirdsOn"/>, <see cref="ReachingHalfOn"/>) under a counting convention, so that a test can say
/// "served 2/3 on 1 March" without doing the arithmetic itself.
/// </remarks>
public sealed class SentenceBuilder
{
    private readonly ImmutableList<Sentence> sentences;
    private readonly LocalDate firstDay;
    private readonly ImmutableList<Remission> remissions;
    private readonly ImmutableList<DetentionPeriod> periods;
    private readonly ImmutableList<DateInterval> gaps;
    private readonly SentenceTerm substitute;
    private readonly (Fraction Fraction, LocalDate Date, CountingConvention Convention)? target;

    private SentenceBuilder(
        ImmutableList<Sentence> sentences,
        LocalDate firstDay,
        ImmutableList<Remission> remissions,
        ImmutableList<DetentionPeriod> periods,
        ImmutableList<DateInterval> gaps,
        SentenceTerm substitute,
        (Fraction Fraction, LocalDate Date, CountingConvention Convention)? target)
    {
        this.sentences = sentences;
        this.firstDay = firstDay;
        this.remissions = remissions;
        this.periods = periods;
        this.gaps = gaps;
        this.substitute = substitute;
        this.target = target;
    }

    /// <summary>Gets the sentences, served one after another.</summary>
    public IReadOnlyList<Sentence> Sentences => sentences;

    /// <summary>Gets the first day of detention given with <see cref="From"/> (or the default), before any target is solved.</summary>
    public LocalDate FirstDay => firstDay;

    /// <summary>Returns a builder with the first day of detention (<i>hari pertama penahanan</i>).</summary>
    /// <param name="firstDayOfDetention">The first day of detention.</param>
    /// <returns>A new builder (any target fraction date is dropped).</returns>
    public SentenceBuilder From(LocalDate firstDayOfDetention) => new(sentences, firstDayOfDetention, remissions, periods, gaps, substitute, null);

    /// <summary>Returns a builder whose first day of detention is solved so that 2/3 of the sentence is served on a date.</summary>
    /// <param name="date">The day on which 2/3 is served.</param>
    /// <param name="convention">The counting convention, or null for <see cref="CountingConvention.Default"/>.</param>
    /// <returns>A new builder.</returns>
    public SentenceBuilder ReachingTwoThirdsOn(LocalDate date, CountingConvention? convention = null) =>
        new(sentences, firstDay, remissions, periods, gaps, substitute, (Fraction.TwoThirds, date, convention ?? CountingConvention.Default));

    /// <summary>Returns a builder whose first day of detention is solved so that 1/2 of the sentence is served on a date.</summary>
    /// <param name="date">The day on which 1/2 is served.</param>
    /// <param name="convention">The counting convention, or null for <see cref="CountingConvention.Default"/>.</param>
    /// <returns>A new builder.</returns>
    public SentenceBuilder ReachingHalfOn(LocalDate date, CountingConvention? convention = null) =>
        new(sentences, firstDay, remissions, periods, gaps, substitute, (Fraction.OneHalf, date, convention ?? CountingConvention.Default));

    /// <summary>Returns a builder with another sentence of imprisonment served after the previous ones.</summary>
    /// <param name="term">The term, written <c>NyNmNd</c>; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="term"/> is not of the form <c>NyNmNd</c>.</exception>
    public SentenceBuilder AndThen(string term) => AndThen(Sentence.Imprisonment(SentenceTerm.Parse(term)));

    /// <summary>Returns a builder with another sentence served after the previous ones.</summary>
    /// <param name="sentence">The sentence; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public SentenceBuilder AndThen(Sentence sentence)
    {
        Guard.Against.Null(sentence);
        return new(sentences.Add(sentence), firstDay, remissions, periods, gaps, substitute, target);
    }

    /// <summary>Returns a builder with a remission granted on a day, its amount written <c>NyNmNd</c> (such as <c>"1m15d"</c>).</summary>
    /// <param name="granted">The grant day.</param>
    /// <param name="amount">The amount; must not be null or zero.</param>
    /// <param name="kind">The kind of remission.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="amount"/> is not of the form <c>NyNmNd</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is zero.</exception>
    public SentenceBuilder WithRemission(LocalDate granted, string amount, RemissionKind kind = RemissionKind.General) =>
        WithRemission(new Remission(granted, SentenceTerm.Parse(amount), kind));

    /// <summary>Returns a builder with a remission.</summary>
    /// <param name="remission">The remission; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="remission"/> is null.</exception>
    public SentenceBuilder WithRemission(Remission remission)
    {
        Guard.Against.Null(remission);
        return new(sentences, firstDay, remissions.Add(remission), periods, gaps, substitute, target);
    }

    /// <summary>Returns a builder with a gap in detention (released, later detained again), from and to the days given (inclusive).</summary>
    /// <param name="from">The first day not in custody.</param>
    /// <param name="to">The last day not in custody; on or after <paramref name="from"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public SentenceBuilder WithGap(LocalDate from, LocalDate to) =>
        new(sentences, firstDay, remissions, periods, gaps.Add(Interval(from, to, nameof(to))), substitute, target);

    /// <summary>Returns a builder with a period of house arrest (<i>tahanan rumah</i>), credited by the convention's factor (1/3 by default).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day; on or after <paramref name="from"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public SentenceBuilder WithHouseArrest(LocalDate from, LocalDate to) =>
        new(sentences, firstDay, remissions, periods.Add(new DetentionPeriod(DetentionKind.HouseArrest, Interval(from, to, nameof(to)))), gaps, substitute, target);

    /// <summary>Returns a builder with a period of city arrest (<i>tahanan kota</i>), credited by the convention's factor (1/5 by default).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day; on or after <paramref name="from"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public SentenceBuilder WithCityArrest(LocalDate from, LocalDate to) =>
        new(sentences, firstDay, remissions, periods.Add(new DetentionPeriod(DetentionKind.CityArrest, Interval(from, to, nameof(to)))), gaps, substitute, target);

    /// <summary>Returns a builder with substitute imprisonment for an unpaid fine or restitution, served after the main term.</summary>
    /// <param name="term">The substitute term, written <c>NyNmNd</c>; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="term"/> is not of the form <c>NyNmNd</c>.</exception>
    public SentenceBuilder WithSubstitute(string term) =>
        new(sentences, firstDay, remissions, periods, gaps, SentenceTerm.Parse(term), target);

    /// <summary>Builds the history; when a target fraction date was given, solves the first day of detention for it.</summary>
    /// <returns>The sentence history.</returns>
    /// <exception cref="ArgumentException">The parts break a rule of <see cref="SentenceHistory"/> (for example a remission granted before detention began).</exception>
    /// <exception cref="InvalidOperationException">A target fraction date was given but no first day of detention reaches it exactly (for example because a remission granted on that very day moves it), or the sentence has no dates.</exception>
    public SentenceHistory Build() => target is { } t ? Solve(t.Fraction, t.Date, t.Convention) : Assemble(firstDay);

    /// <summary>Builds the history.</summary>
    /// <param name="builder">The builder; must not be null.</param>
    /// <returns>The sentence history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator SentenceHistory(SentenceBuilder builder)
    {
        Guard.Against.Null(builder);
        return builder.Build();
    }

    /// <summary>Returns a short description of the builder, such as <c>2y6m from 2024-03-14, 2 remissions</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Join(" + ", sentences.Select(s => s.ToString()))
        + (target is { } t ? " reaching " + t.Fraction.ToString() + " on " + IsoText.Iso(t.Date) : " from " + IsoText.Iso(firstDay))
        + ", " + remissions.Count.ToString(CultureInfo.InvariantCulture) + " remissions";

    internal SentenceBuilder WithSentences(ImmutableList<Sentence> replacement) =>
        new(replacement, firstDay, remissions, periods, gaps, substitute, target);

    internal static SentenceBuilder Create(Sentence sentence) =>
        new([sentence], ASentence.DefaultFirstDay, [], [], [], SentenceTerm.Zero, null);

    private SentenceHistory Assemble(LocalDate first) =>
        new(sentences, new Detention(first, periods, gaps), remissions, substitute);

    private SentenceHistory Solve(Fraction fraction, LocalDate date, CountingConvention convention)
    {
        // The fraction date moves with the first day (one day for one day) as long as the remissions keep their
        // grant days: start from the date without remissions and correct until it lands (one or two steps).
        var required = fraction.OfCeiling(sentences.Aggregate(SentenceTerm.Zero, (t, s) => s.IsFixedCustodial ? t.Plus(s.Term) : t).ToDays(convention));
        var candidate = date.PlusDays(-checked((int)required));
        for (var step = 0; step < 64; step++)
        {
            if (remissions.Any(r => r.GrantDate < candidate))
            {
                break;
            }

            var history = Assemble(candidate);
            var reached = FractionDayOf(history, fraction, convention);
            var miss = Period.Between(reached, date, PeriodUnits.Days).Days;
            if (miss == 0)
            {
                return history;
            }

            candidate = candidate.PlusDays(step < 8 ? miss : Math.Sign(miss));
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No first day of detention gives a {fraction} date of {IsoText.Iso(date)} for {this}: give the first day with From(...) instead."));
    }

    private static LocalDate FractionDayOf(SentenceHistory history, Fraction fraction, CountingConvention convention)
    {
        var result = SentenceCalculator.FractionDate(history, fraction, convention)
            ?? throw new InvalidOperationException("The sentence has no dates (life, death or community sentence): it cannot reach a fraction of its term.");
        return result.Date;
    }

    private static DateInterval Interval(LocalDate from, LocalDate to, string name) =>
        to < from ? throw new ArgumentException("The last day must not be before the first day.", name) : new DateInterval(from, to);
}
