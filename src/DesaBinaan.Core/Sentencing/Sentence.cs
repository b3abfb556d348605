using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// One sentence imposed by a court: its kind and its length (a term, or hours of community service).
/// </summary>
/// <remarks>
/// Equality compares the kind, the term and the hours. Build one with the factories
/// (<see cref="Imprisonment(SentenceTerm)"/>, <see cref="Life"/>, <see cref="CommunityService"/>, ...) or the constructor.
/// </remarks>
[Immutable]
public sealed record Sentence
{
    /// <summary>The fewest hours of community service (UU 1/2023 Pasal 85 ayat (4)).</summary>
    public const int MinimumCommunityServiceHours = 8;

    /// <summary>The most hours of community service (UU 1/2023 Pasal 85 ayat (4)).</summary>
    public const int MaximumCommunityServiceHours = 240;

    /// <summary>The most hours of community service in one day (UU 1/2023 Pasal 85 ayat (5)).</summary>
    public const int MaximumCommunityServiceHoursPerDay = 8;

    /// <summary>The longest period, in months, over which community service may be spread (UU 1/2023 Pasal 85 ayat (5)).</summary>
    public const int MaximumCommunityServiceMonths = 6;

    /// <summary>The longest supervision, in months (3 years, UU 1/2023 Pasal 75).</summary>
    public const int MaximumSupervisionMonths = 36;

    /// <summary>Initializes a sentence.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="term">The term: non-zero for imprisonment, <i>kurungan</i> and supervision (supervision at most 3 years); zero for the other kinds.</param>
    /// <param name="hours">The hours of community service (8 to 240); zero for the other kinds.</param>
    /// <param name="paroleRightWithdrawn">Whether the judgment withdraws the right to parole as an additional penalty (KUHP UU 1/2023 Pasal 86 huruf g); only with imprisonment.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or <paramref name="term"/>, <paramref name="hours"/> or <paramref name="paroleRightWithdrawn"/> breaks the rule of the kind.</exception>
    public Sentence(SentenceKind kind, SentenceTerm term, int hours = 0, bool paroleRightWithdrawn = false)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        var hasTerm = kind is SentenceKind.Imprisonment or SentenceKind.Kurungan or SentenceKind.Supervision;
        Guard.Against.InvalidInput(term, nameof(term), t => hasTerm != t.IsZero,
            hasTerm
                ? "A sentence of imprisonment, kurungan or supervision must have a non-zero term."
                : "A life, death or community-service sentence has no term; pass the zero term.");
        if (kind == SentenceKind.Supervision)
        {
            Guard.Against.InvalidInput(term, nameof(term), t => ((t.Years * 12L) + t.Months) is var months && (months < MaximumSupervisionMonths || (months == MaximumSupervisionMonths && t.Days == 0)),
                "A supervision sentence (pidana pengawasan) is at most 3 years (UU 1/2023 Pasal 75).");
        }

        if (kind == SentenceKind.CommunityService)
        {
            Guard.Against.OutOfRange(hours, nameof(hours), MinimumCommunityServiceHours, MaximumCommunityServiceHours,
                "Community service (pidana kerja sosial) is 8 to 240 hours (UU 1/2023 Pasal 85 ayat (4)).");
        }
        else
        {
            Guard.Against.InvalidInput(hours, nameof(hours), h => h == 0, "Only a community-service sentence has hours; pass 0.");
        }

        Guard.Against.InvalidInput(paroleRightWithdrawn, nameof(paroleRightWithdrawn), w => !w || kind == SentenceKind.Imprisonment,
            "Only a sentence of imprisonment can withdraw the right to parole (KUHP UU 1/2023 Pasal 86 huruf g).");
        Term = term;
        Hours = hours;
        ParoleRightWithdrawn = paroleRightWithdrawn;
    }

    /// <summary>Gets whether the judgment withdraws the right to parole as an additional penalty (KUHP UU 1/2023 Pasal 86 huruf g).</summary>
    public bool ParoleRightWithdrawn { get; }

    /// <summary>Returns this sentence with the right to parole withdrawn by the judgment (KUHP UU 1/2023 Pasal 86 huruf g).</summary>
    /// <returns>A new sentence.</returns>
    /// <exception cref="ArgumentException">The sentence is not imprisonment.</exception>
    public Sentence WithParoleRightWithdrawn() => new(Kind, Term, Hours, paroleRightWithdrawn: true);

    /// <summary>Gets the kind.</summary>
    public SentenceKind Kind { get; }

    /// <summary>Gets the term (zero for life, death and community service).</summary>
    public SentenceTerm Term { get; }

    /// <summary>Gets the hours of community service (zero for the other kinds).</summary>
    public int Hours { get; }

    /// <summary>Gets whether the sentence is served in custody for a fixed term (imprisonment or <i>kurungan</i>), the kinds that have an expiry date.</summary>
    public bool IsFixedCustodial => Kind is SentenceKind.Imprisonment or SentenceKind.Kurungan;

    /// <summary>Gets whether the sentence is life or death, which have no expiry and give no rights (UU 22/2022 Pasal 10(4)).</summary>
    public bool IsLifeOrDeath => Kind is SentenceKind.Life or SentenceKind.Death;

    /// <summary>Gets the fewest days community service takes at 8 hours a day (zero for the other kinds).</summary>
    public int MinimumCommunityServiceDays => (Hours + MaximumCommunityServiceHoursPerDay - 1) / MaximumCommunityServiceHoursPerDay;

    /// <summary>Returns a fixed term of imprisonment (<i>pidana penjara</i>).</summary>
    /// <param name="term">The term; must not be zero.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    public static Sentence Imprisonment(SentenceTerm term) => new(SentenceKind.Imprisonment, term);

    /// <summary>Returns a fixed term of imprisonment parsed from <c>NyNmNd</c> (see <see cref="SentenceTerm.Parse"/>).</summary>
    /// <param name="term">The term as text, such as <c>2y6m</c>.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="term"/> is not a term.</exception>
    /// <exception cref="ArgumentException">The term is zero.</exception>
    public static Sentence Imprisonment(string term) => new(SentenceKind.Imprisonment, SentenceTerm.Parse(Guard.Against.Null(term)));

    /// <summary>Returns a legacy sentence of <i>kurungan</i>.</summary>
    /// <param name="term">The term; must not be zero.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    public static Sentence Kurungan(SentenceTerm term) => new(SentenceKind.Kurungan, term);

    /// <summary>Gets a life sentence.</summary>
    public static Sentence Life { get; } = new(SentenceKind.Life, SentenceTerm.Zero);

    /// <summary>Gets a death sentence.</summary>
    public static Sentence Death { get; } = new(SentenceKind.Death, SentenceTerm.Zero);

    /// <summary>Returns a community-service sentence (<i>pidana kerja sosial</i>).</summary>
    /// <param name="hours">The hours, 8 to 240.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is outside 8 to 240.</exception>
    public static Sentence CommunityService(int hours) => new(SentenceKind.CommunityService, SentenceTerm.Zero, hours);

    /// <summary>Returns a supervision sentence (<i>pidana pengawasan</i>).</summary>
    /// <param name="term">The term, not zero and at most 3 years.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero or longer than 3 years.</exception>
    public static Sentence Supervision(SentenceTerm term) => new(SentenceKind.Supervision, term);

    /// <summary>Returns the sentence in short form, such as <c>Imprisonment 2y6m</c> or <c>CommunityService 120h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        SentenceKind.CommunityService => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Hours}h"),
        SentenceKind.Life or SentenceKind.Death => Kind.ToString(),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Term}{(ParoleRightWithdrawn ? " (parole withdrawn)" : string.Empty)}"),
    };
}
