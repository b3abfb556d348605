using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Inmates;

/// <summary>The key sentence dates of a profile as day numbers, for the rules' hot path (no date conversion per inmate).</summary>
internal readonly struct SentenceDays
{
    public SentenceDays(SentenceHistory history, SentenceKeyDates dates, CountingConvention convention)
    {
        HasSentence = true;
        IsLifeOrDeath = history.HasLifeOrDeath;
        HasDates = dates.HasDates;
        FirstDay = history.Detention.FirstDayNumber;
        TermDays = history.MainTerm.ToDays(convention);
        HasCreditSegments = !history.Detention.Segments.IsEmpty;
        if (dates.HasDates)
        {
            Half = DayNumbers.FromDate(dates.Half);
            TwoThirds = DayNumbers.FromDate(dates.TwoThirds);
            Expiry = DayNumbers.FromDate(dates.Expiry);
        }
    }

    /// <summary>Gets whether a sentence history is recorded.</summary>
    public bool HasSentence { get; }

    /// <summary>Gets whether a life or death sentence is part of the history.</summary>
    public bool IsLifeOrDeath { get; }

    /// <summary>Gets whether the history has custodial dates.</summary>
    public bool HasDates { get; }

    /// <summary>Gets whether the detention has gaps or house/city arrest (then time served is not simply days since the first day).</summary>
    public bool HasCreditSegments { get; }

    public int FirstDay { get; }

    public int TermDays { get; }

    public int Half { get; }

    public int TwoThirds { get; }

    public int Expiry { get; }

    /// <summary>
    /// Returns the first day on which a minimum time served is reached, counted as the convention's
    /// <see cref="CountingConvention.MinimumServed"/> says (no history access for days in custody without credit segments).
    /// </summary>
    public int MinimumDay(InmateProfile profile, int days, CountingConvention convention) =>
        convention.MinimumServed == MinimumServed.DaysInCustody && !HasCreditSegments ? FirstDay + days : CountedMinimumDay(profile, days, convention);

    /// <summary>The minimum counted from the history (remission credit, or a detention with credit segments); kept out of the callers' loops.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int CountedMinimumDay(InmateProfile profile, int days, CountingConvention convention) =>
        convention.MinimumServed == MinimumServed.WithRemissionCredit ? SentenceKernel.MinimumDay(profile.Sentence!, days, convention, out _) : profile.DayServed(days, convention);

    /// <summary>
    /// Returns the first day a fraction of the term is served, counted from the history: for the fractions other than 1/2
    /// and 2/3, whose days are held here already (<see cref="Half"/>, <see cref="TwoThirds"/>); kept out of the callers'
    /// loops.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public int FractionDay(InmateProfile profile, Fraction fraction, CountingConvention convention) =>
        SentenceKernel.FractionDay(profile.Sentence!, fraction, convention, TermDays, out _, out _);
}
