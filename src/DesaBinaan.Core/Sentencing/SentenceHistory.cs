using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// What the computations need about one person's sentence: the sentences served one after another, the custody
/// (first day of detention, house/city arrest, gaps), the remissions granted and the substitute imprisonment for an
/// unpaid fine or restitution (<i>pidana pengganti denda / restitusi</i>), served after the main term.
/// </summary>
/// <remarks>
/// <para>The sentences are served consecutively: their fixed terms (imprisonment and <i>kurungan</i>) are summed part
/// by part and added once to the first day of detention. A life or death sentence among them means no expiry and
/// no remission (UU 22/2022 Pasal 10(4)). Community service and supervision are served in the community and give
/// no custodial dates.</para>
/// <para>Rules that need a counting convention (a remission larger than what is left) are checked when a date is
/// computed. Equality compares the sentences, the custody, the remissions (kept in grant-date order) and the
/// substitute term.</para>
/// </remarks>
[Immutable]
public sealed record SentenceHistory
{
    /// <summary>Initializes a sentence history.</summary>
    /// <param name="sentences">The sentences, served one after another; must not be null or empty nor contain null.</param>
    /// <param name="detention">The custody; must not be null.</param>
    /// <param name="remissions">The remissions granted, or null for none; none may be granted before the first day of detention, and a life or death sentence has none.</param>
    /// <param name="substitute">The substitute imprisonment for an unpaid fine or restitution (zero for none); only after a fixed term of imprisonment or <i>kurungan</i>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> or <paramref name="detention"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule above is broken, or the sentence would end after 9999-12-31 (<paramref name="sentences"/>).</exception>
    public SentenceHistory(IEnumerable<Sentence> sentences, Detention detention, IEnumerable<Remission>? remissions = null, SentenceTerm substitute = default)
    {
        Sentences = ValueList.FromNonNull(Guard.Against.Null(sentences), nameof(sentences));
        Guard.Against.InvalidInput(Sentences, nameof(sentences), s => s.Count > 0, "A sentence history needs at least one sentence.");
        Detention = Guard.Against.Null(detention);
        var list = ValueList.FromNonNull(remissions ?? [], nameof(remissions));
        HasLifeOrDeath = Sentences.Any(s => s.IsLifeOrDeath);
        ParoleRightWithdrawn = Sentences.Any(s => s.ParoleRightWithdrawn);
        var mainTerm = SentenceTerm.Zero;
        foreach (var sentence in Sentences)
        {
            if (sentence.IsFixedCustodial)
            {
                mainTerm = mainTerm.Plus(sentence.Term);
            }
        }

        MainTerm = mainTerm;
        foreach (var remission in list)
        {
            Guard.Against.InvalidInput(remission, nameof(remissions), r => r.GrantDate >= detention.FirstDay,
                "A remission cannot be granted before detention began.");
        }

        Guard.Against.InvalidInput(list, nameof(remissions), l => l.Count == 0 || !HasLifeOrDeath,
            "A life or death sentence receives no remission (UU 22/2022 Pasal 10(4)).");
        Guard.Against.InvalidInput(list, nameof(remissions), l => l.Count == 0 || !mainTerm.IsZero,
            "Only a fixed term of imprisonment or kurungan receives remission.");
        Guard.Against.InvalidInput(substitute, nameof(substitute), s => s.IsZero || (!mainTerm.IsZero && !HasLifeOrDeath),
            "A substitute term is served after a main fixed term of imprisonment or kurungan; there is none.");
        Remissions = ValueList.From(list.OrderBy(r => r.GrantDate));
        Substitute = substitute;
        grants = new RemissionGrant[Remissions.Count];
        for (var i = 0; i < Remissions.Count; i++)
        {
            grants[i] = new RemissionGrant(Remissions[i].GrantDayNumber, Remissions[i].Amount, Remissions[i].Kind);
        }

        DetentionFirstDay = detention.FirstDayNumber;
        LastDetentionStartDay = detention.LastDetentionStart.ToDateOnly().DayNumber;
        creditSegments = detention.Segments.Count == 0 ? null : detention.Segments.AsSpan().ToArray();

        Guard.Against.InvalidInput(this, nameof(sentences), h => h.EndsBeforeTheLastSupportedDate(),
            "The sentence must end on or before 9999-12-31, the last date the sentence arithmetic supports: the term, the days out of custody and the substitute imprisonment counted from the first day of detention end too late.");
    }

    /// <summary>Returns whether the latest date the arithmetic can reach (the calendar term, every day out of custody or under house or city arrest, and the substitute at 31 days a month) is representable.</summary>
    private bool EndsBeforeTheLastSupportedDate()
    {
        if (!HasDates)
        {
            return true;
        }

        var last = LocalDate.MaxIsoValue;
        var spare = Detention.Gaps.Sum(g => (long)g.Length) + Detention.Periods.Sum(p => (long)p.Length)
            + (Substitute.Years * 366L) + (Substitute.Months * 31L) + Substitute.Days;
        var first = Detention.FirstDay;
        var months = MainTerm.TotalCalendarMonths;
        if (Period.Between(first, last, PeriodUnits.Months).Months < months)
        {
            return false;
        }

        // The years on the calendar, then at most 31 days for each month (calendar months or 30-day months, whichever convention).
        var end = first.PlusYears(MainTerm.Years);
        spare += MainTerm.Months * 31L;
        return Period.Between(end, last, PeriodUnits.Days).Days >= spare + MainTerm.Days;
    }

    // The flat copy of the remissions for the population path (derived from Remissions, so left out of equality).
    private readonly RemissionGrant[] grants;

    // Flat copies of the custody's figures the remission rules read for every person of a population, so that deciding
    // them does not go through the custody's objects (derived from Detention, so left out of equality).
    private readonly CreditSegment[]? creditSegments;

    /// <summary>Gets the sentences, served one after another.</summary>
    public ValueList<Sentence> Sentences { get; }

    /// <summary>Gets the custody.</summary>
    public Detention Detention { get; }

    /// <summary>Gets the remissions granted, in grant-date order.</summary>
    public ValueList<Remission> Remissions { get; }

    /// <summary>Gets the substitute imprisonment for an unpaid fine or restitution (zero for none).</summary>
    public SentenceTerm Substitute { get; }

    /// <summary>Gets the sum, part by part, of the fixed custodial terms (imprisonment and <i>kurungan</i>); zero when there is none.</summary>
    public SentenceTerm MainTerm { get; }

    /// <summary>Gets whether a judgment among the sentences withdraws the right to parole (KUHP UU 1/2023 Pasal 86 huruf g).</summary>
    public bool ParoleRightWithdrawn { get; }

    /// <summary>Gets whether a life or death sentence is among the sentences.</summary>
    public bool HasLifeOrDeath { get; }

    /// <summary>Gets whether the history has custodial dates: a non-zero fixed term and no life or death sentence.</summary>
    public bool HasDates => !HasLifeOrDeath && !MainTerm.IsZero;

    /// <summary>Gets the remissions granted as flat copies (grant day, amount, kind), in grant-date order.</summary>
    internal ReadOnlySpan<RemissionGrant> Grants => grants;

    /// <summary>Gets the day number of the custody's first day (<see cref="Sentencing.Detention.FirstDay"/>).</summary>
    internal int DetentionFirstDay { get; }

    /// <summary>Gets the day number of the start of the last detention (<see cref="Sentencing.Detention.LastDetentionStart"/>).</summary>
    internal int LastDetentionStartDay { get; }

    /// <summary>Gets the custody's credit segments (house or city arrest), empty for none.</summary>
    internal ReadOnlySpan<CreditSegment> CreditSegments => creditSegments;

    /// <summary>Returns whether two histories have equal sentences, custody, remissions and substitute term.</summary>
    /// <param name="other">The other history.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SentenceHistory? other) =>
        other is not null
        && Sentences.Equals(other.Sentences)
        && Detention.Equals(other.Detention)
        && Remissions.Equals(other.Remissions)
        && Substitute.Equals(other.Substitute);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sentences, Detention, Remissions, Substitute);

    /// <summary>Returns a history of one fixed term of imprisonment in continuous detention.</summary>
    /// <param name="firstDay">The first day of detention.</param>
    /// <param name="term">The term; must not be zero.</param>
    /// <param name="remissions">The remissions granted, or none.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException">The term is zero or a remission breaks a rule.</exception>
    public static SentenceHistory Imprisonment(NodaTime.LocalDate firstDay, SentenceTerm term, params Remission[] remissions) =>
        new([Sentence.Imprisonment(term)], Detention.Continuous(firstDay), remissions);

    /// <summary>Returns this history with one more remission.</summary>
    /// <param name="remission">The remission; must not be null.</param>
    /// <returns>A new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="remission"/> is null.</exception>
    /// <exception cref="ArgumentException">The remission breaks a rule.</exception>
    public SentenceHistory WithRemission(Remission remission) =>
        new(Sentences, Detention, Remissions.Add(Guard.Against.Null(remission)), Substitute);

    /// <summary>Returns this history with another custody record.</summary>
    /// <param name="detention">The custody; must not be null.</param>
    /// <returns>A new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="detention"/> is null.</exception>
    /// <exception cref="ArgumentException">A remission is granted before the new first day.</exception>
    public SentenceHistory WithDetention(Detention detention) => new(Sentences, detention, Remissions, Substitute);

    /// <summary>Returns this history with a substitute term.</summary>
    /// <param name="substitute">The substitute imprisonment (zero for none).</param>
    /// <returns>A new history.</returns>
    /// <exception cref="ArgumentException">There is no main fixed term.</exception>
    public SentenceHistory WithSubstitute(SentenceTerm substitute)
    {
        try
        {
            return new(Sentences, Detention, Remissions, substitute);
        }
        catch (ArgumentException e) when (e.ParamName is "sentences" or "substitute")
        {
            throw GuardRules.Renamed(e, nameof(substitute));
        }
    }
}
