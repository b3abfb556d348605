using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The custody of a sentenced person: the first day of detention (<i>tanggal penahanan</i>), from which custody is
/// taken to continue, with the periods counted by a factor (house arrest, city arrest) and the gaps when detention
/// was interrupted (released, later detained again).
/// </summary>
/// <remarks>
/// <para>Every day from <see cref="FirstDay"/> on is a day of ordinary custody, counted in full, unless it falls in
/// one of <see cref="Periods"/> (counted by the convention's factor for its kind) or in one of <see cref="Gaps"/>
/// (not counted at all). The intervals never overlap and never start before the first day; a gap starts after it.</para>
/// <para>Equality compares the first day, the periods and the gaps (each kept in date order).</para>
/// </remarks>
[Immutable]
public sealed record Detention
{
    /// <summary>The rule that a time of escape ends, for its error.</summary>
    private const string EscapeEndRule = "A time of escape must end before 9999-12-31, the last date the sentence arithmetic supports, so that detention can resume.";

    /// <summary>Initializes a custody record.</summary>
    /// <param name="firstDay">The first day of detention (or of house or city arrest when custody began there).</param>
    /// <param name="periods">The periods of house or city arrest (ordinary periods are allowed and change nothing), or null for none; none may start before <paramref name="firstDay"/> and none may overlap another period or a gap.</param>
    /// <param name="gaps">The gaps when the person was not detained, or null for none; each must start after <paramref name="firstDay"/> and overlap no period or gap.</param>
    /// <exception cref="ArgumentException">The first day is before 0001-01-01, or a period or gap is null, starts too early, or overlaps another one.</exception>
    public Detention(LocalDate firstDay, IEnumerable<DetentionPeriod>? periods = null, IEnumerable<DateInterval>? gaps = null)
    {
        _ = Guard.Against.NonIsoDate(firstDay);
        FirstDay = Guard.Against.InvalidInput(firstDay, nameof(firstDay), d => d.Year >= 1,
            "The first day of detention must be on or after 0001-01-01, the earliest date the sentence arithmetic supports.");
        var periodList = ValueList.FromNonNull(periods ?? [], nameof(periods));
        var gapList = ValueList.FromNonNull(gaps ?? [], nameof(gaps));
        foreach (var period in periodList)
        {
            Guard.Against.InvalidInput(period, nameof(periods), p => p.Interval.Start >= firstDay,
                "A period of detention must not start before the first day of detention.");
            Guard.Against.InvalidInput(period, nameof(periods), p => p.Kind != DetentionKind.Escaped || p.Interval.End < LocalDate.MaxIsoValue, EscapeEndRule);
        }

        foreach (var gap in gapList)
        {
            Guard.Against.InvalidInput(gap, nameof(gaps), g => g.Start > firstDay,
                "A gap in detention must start after the first day of detention.");
            Guard.Against.InvalidInput(gap, nameof(gaps), g => g.End < LocalDate.MaxIsoValue,
                "A gap in detention must end before 9999-12-31, the last date the sentence arithmetic supports, so that detention can resume.");
        }

        var all = periodList.Select(p => (p.Interval, IsGap: false)).Concat(gapList.Select(g => (Interval: g, IsGap: true)))
            .OrderBy(x => x.Interval.Start).ToList();
        for (var i = 1; i < all.Count; i++)
        {
            if (all[i].Interval.Start <= all[i - 1].Interval.End)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Detention periods and gaps must not overlap: {Describe(all[i - 1].Interval)} overlaps {Describe(all[i].Interval)}."),
                    all[i].IsGap ? nameof(gaps) : nameof(periods));
            }
        }

        Periods = ValueList.From(periodList.OrderBy(p => p.Interval.Start));
        Gaps = ValueList.From(gapList.OrderBy(g => g.Start));
        FirstDayNumber = firstDay.ToDateOnly().DayNumber;
        var segments = new List<CreditSegment>(all.Count);
        foreach (var period in Periods)
        {
            if (period.Kind != DetentionKind.Ordinary)
            {
                var own = period.CreditedDays is { } credited ? new Fraction(credited, period.Length) : (Fraction?)null;
                segments.Add(new CreditSegment(period.Interval.Start.ToDateOnly().DayNumber, period.Interval.End.ToDateOnly().DayNumber, period.Kind, own));
            }
        }

        foreach (var gap in Gaps)
        {
            segments.Add(new CreditSegment(gap.Start.ToDateOnly().DayNumber, gap.End.ToDateOnly().DayNumber, null));
        }

        segments.Sort((a, b) => a.First.CompareTo(b.First));
        Segments = [.. segments];
        // A gap or an escape interrupts detention (Keppres 174/1999 Pasal 7; KUHP UU 1/2023 Pasal 63).
        var lastInterruption = Gaps.Select(g => g.End).Concat(Periods.Where(p => p.Kind == DetentionKind.Escaped).Select(p => p.Interval.End)).DefaultIfEmpty().Max();
        LastDetentionStart = Gaps.Count == 0 && !Periods.Any(p => p.Kind == DetentionKind.Escaped) ? firstDay : lastInterruption.PlusDays(1);
    }

    /// <summary>Gets the first day of detention.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>Gets the periods counted by a factor, in date order.</summary>
    public ValueList<DetentionPeriod> Periods { get; }

    /// <summary>Gets the gaps in detention, in date order.</summary>
    public ValueList<DateInterval> Gaps { get; }

    /// <summary>Gets whether detention was interrupted (there is at least one gap or escape).</summary>
    public bool IsInterrupted => Gaps.Count > 0 || Periods.Any(p => p.Kind == DetentionKind.Escaped);

    /// <summary>
    /// Gets the first day of the last uninterrupted detention: the day after the last gap, or <see cref="FirstDay"/>
    /// when detention was never interrupted (Keppres 174/1999 Pasal 7: "if detention was interrupted, from the last
    /// detention").
    /// </summary>
    public LocalDate LastDetentionStart { get; }

    internal int FirstDayNumber { get; }

    internal ValueList<CreditSegment> Segments { get; }

    /// <summary>Returns custody that began on a day and was never interrupted nor counted by a factor.</summary>
    /// <param name="firstDay">The first day of detention.</param>
    /// <returns>The custody record.</returns>
    public static Detention Continuous(LocalDate firstDay)
    {
        _ = Guard.Against.NonIsoDate(firstDay);
        return new(firstDay);
    }

    /// <summary>Returns this custody with one more gap.</summary>
    /// <param name="gap">The days not detained; must not be null.</param>
    /// <returns>A new custody record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gap"/> is null.</exception>
    /// <exception cref="ArgumentException">The gap starts on or before the first day, or overlaps a period or gap.</exception>
    public Detention WithGap(DateInterval gap)
    {
        Guard.Against.Null(gap);
        _ = Guard.Against.NonIsoInterval(gap);
        try
        {
            return new(FirstDay, Periods, Gaps.Add(gap));
        }
        catch (ArgumentException e) when (e.ParamName == "gaps")
        {
            throw GuardRules.Renamed(e, nameof(gap));
        }
    }

    /// <summary>Returns this custody with one more period counted by a factor.</summary>
    /// <param name="period">The period; must not be null.</param>
    /// <returns>A new custody record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The period starts before the first day, or overlaps a period or gap.</exception>
    public Detention WithPeriod(DetentionPeriod period) => new(FirstDay, Periods.Add(Guard.Against.Null(period)), Gaps);

    /// <summary>Returns this custody with a time of escape, which never counts as time served (KUHP UU 1/2023 Pasal 63).</summary>
    /// <param name="escape">The days from the escape to the day before the return, inclusive; must not be null.</param>
    /// <returns>A new custody record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="escape"/> is null.</exception>
    /// <exception cref="ArgumentException">The escape starts before the first day of detention or overlaps a period or gap.</exception>
    public Detention WithEscape(DateInterval escape)
    {
        Guard.Against.Null(escape);
        _ = Guard.Against.NonIsoInterval(escape);
        Guard.Against.InvalidInput(escape, nameof(escape), e => e.End < LocalDate.MaxIsoValue, EscapeEndRule);
        return WithPeriodNamed(new DetentionPeriod(DetentionKind.Escaped, escape), nameof(escape));
    }

    /// <summary>
    /// Returns this custody with a period of detention before the final judgment that the judgment deducts only in part
    /// (KUHP UU 1/2023 Pasal 61 ayat (1)).
    /// </summary>
    /// <param name="pretrial">The days of pre-trial detention, inclusive; must not be null.</param>
    /// <param name="creditedDays">The days the judgment deducts, from 0 to the period's length.</param>
    /// <returns>A new custody record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pretrial"/> is null.</exception>
    /// <exception cref="ArgumentException">The credited days are outside their range, or the period starts before the first day of detention or overlaps another.</exception>
    public Detention WithPretrialCredit(DateInterval pretrial, int creditedDays)
    {
        Guard.Against.Null(pretrial);
        _ = Guard.Against.NonIsoInterval(pretrial);
        return WithPeriodNamed(new DetentionPeriod(DetentionKind.PretrialPartlyCredited, pretrial, creditedDays), nameof(pretrial));
    }

    private Detention WithPeriodNamed(DetentionPeriod period, string parameterName)
    {
        try
        {
            return new(FirstDay, Periods.Add(period), Gaps);
        }
        catch (ArgumentException e) when (e.ParamName == "periods")
        {
            throw GuardRules.Renamed(e, parameterName);
        }
    }

    private static string Describe(DateInterval interval) =>
        interval.Start.ToIso() + ".." + interval.End.ToIso();

    /// <summary>Returns the first day of detention and the number of periods and gaps, in invariant form, such as <c>from 2024-03-14 (0 periods, 1 gap)</c>.</summary>
    /// <returns>The custody as text (independent of the current culture).</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"from {FirstDay.ToIso()} ({Periods.Count} periods, {Gaps.Count} gaps)");
}
