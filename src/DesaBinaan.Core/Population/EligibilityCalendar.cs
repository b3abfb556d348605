using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Population;

/// <summary>
/// Who becomes eligible in each week or month of the next N days, counted from one evaluation: subjects not yet
/// eligible whose eligible-from date falls in a period, with the assumptions under which those dates hold.
/// </summary>
/// <remarks>
/// The calendar projects the evaluation date's results forward: it assumes the facts recorded on the evaluation
/// date do not change (in particular no new disciplinary punishment) and, for dates after the version's end, that
/// the version stays in force. Subjects who are ineligible or undetermined never appear in it. Equality compares
/// every member.
/// </remarks>
[Immutable]
public sealed record EligibilityCalendar
{
    /// <summary>The assumption every calendar makes.</summary>
    public static readonly LocalizedText FactsUnchanged = new("dengan asumsi fakta yang tercatat pada tanggal evaluasi tidak berubah", "assuming the facts recorded on the evaluation date do not change");

    /// <summary>The assumption of a calendar that reaches past the end of the version in force.</summary>
    public static readonly LocalizedText VersionStaysInForce = new("dengan asumsi versi kebijakan ini tetap berlaku", "assuming this policy version stays in force");

    /// <summary>Initializes a calendar.</summary>
    /// <param name="versionId">The id of the policy version evaluated.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="unit">The length of each period.</param>
    /// <param name="eligibleNow">The number eligible on the evaluation date; not negative.</param>
    /// <param name="periods">The periods, consecutive from the day after <paramref name="asOf"/>.</param>
    /// <param name="later">The number not yet eligible whose date falls after the last period; not negative.</param>
    /// <param name="assumptions">The assumptions under which the dates hold.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="versionId"/> is white space, a list contains null, or <paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public EligibilityCalendar(string versionId, LocalDate asOf, CalendarUnit unit, int eligibleNow, ValueList<CalendarPeriod> periods, int later, ValueList<LocalizedText> assumptions)
    {
        _ = Guard.Against.NonIsoDate(asOf);
        VersionId = Guard.Against.BlankText(versionId);
        AsOf = asOf;
        Unit = Guard.Against.EnumOutOfRange(unit);
        EligibleNow = Guard.Against.NegativeCount(eligibleNow);
        Periods = ValueList.FromNonNull(periods, nameof(periods));
        Later = Guard.Against.NegativeCount(later);
        Assumptions = ValueList.FromNonNull(assumptions, nameof(assumptions));
    }

    /// <summary>Gets the id of the policy version evaluated.</summary>
    public string VersionId { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the length of each period.</summary>
    public CalendarUnit Unit { get; }

    /// <summary>Gets the number eligible on the evaluation date.</summary>
    public int EligibleNow { get; }

    /// <summary>Gets the periods, consecutive from the day after <see cref="AsOf"/>.</summary>
    public ValueList<CalendarPeriod> Periods { get; }

    /// <summary>Gets the number not yet eligible whose date falls after the last period.</summary>
    public int Later { get; }

    /// <summary>Gets the assumptions under which the dates hold.</summary>
    public ValueList<LocalizedText> Assumptions { get; }

    /// <summary>Computes the calendar of an evaluated roster over the next <paramref name="days"/> days.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="roster">The evaluated roster; must not be null.</param>
    /// <param name="days">The horizon in days after the evaluation date; 1 to 3660.</param>
    /// <param name="unit">The length of each period.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1 to 3660.</exception>
    public static EligibilityCalendar Of<TSubject, TParameters>(RosterEvaluation<TSubject, TParameters> roster, int days, CalendarUnit unit = CalendarUnit.Week)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(roster);
        Guard.Against.OutOfRange(days, nameof(days), 1, 3660, "A calendar covers 1 to 3660 days after the evaluation date.");
        Guard.Against.EnumOutOfRange(unit);

        var asOf = roster.Date;
        var horizon = GuardRules.PlusDaysOrLast(asOf, days);
        var periods = new List<DateInterval>();
        var start = GuardRules.PlusDaysOrLast(asOf, 1);
        while (start <= horizon && asOf < horizon)
        {
            var end = unit == CalendarUnit.Week ? GuardRules.PlusDaysOrLast(start, 6) : start.With(DateAdjusters.EndOfMonth);
            if (end > horizon)
            {
                end = horizon;
            }

            periods.Add(new DateInterval(start, end));
            if (end == horizon)
            {
                break;
            }

            start = end.PlusDays(1);
        }

        var ends = new int[periods.Count];
        for (var p = 0; p < ends.Length; p++)
        {
            ends[p] = DayNumbers.FromDate(periods[p].End);
        }

        var members = new List<(int Day, string Id)>[periods.Count];
        for (var p = 0; p < members.Length; p++)
        {
            members[p] = [];
        }

        var eligibleNow = 0;
        var later = 0;
        ulong waitedFor = 0;
        var summaries = roster.Summaries;
        var subjects = roster.Subjects;
        for (var i = 0; i < summaries.Length; i++)
        {
            var s = summaries[i];
            if (s.Status == DecisionStatus.Eligible)
            {
                eligibleNow++;
            }
            else if (s.Status == DecisionStatus.NotYetEligible)
            {
                var day = s.EligibleFromDayNumber;
                var p = Array.BinarySearch(ends, day);
                p = p < 0 ? ~p : p;
                if (p >= ends.Length)
                {
                    later++;
                }
                else
                {
                    members[p].Add((day, subjects[i].SubjectId));
                    waitedFor |= s.WaitingMask;
                }
            }
        }

        var assumptions = new List<LocalizedText> { FactsUnchanged };
        for (var c = 0; c < roster.CriterionCount; c++)
        {
            if ((waitedFor & (1UL << c)) != 0 && roster.Version.Criteria[c].Descriptor.Assumption is { } assumption && !assumptions.Contains(assumption))
            {
                assumptions.Add(assumption);
            }
        }

        if (horizon > roster.Version.Effective.End)
        {
            assumptions.Add(VersionStaysInForce);
        }

        var result = new CalendarPeriod[periods.Count];
        var eligible = eligibleNow;
        for (var p = 0; p < result.Length; p++)
        {
            var list = members[p];
            list.Sort(static (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : string.CompareOrdinal(a.Id, b.Id));
            eligible += list.Count;
            result[p] = new CalendarPeriod(periods[p], ValueList.From(list.Select(m => m.Id)), eligible);
        }

        return new EligibilityCalendar(roster.Version.Id, asOf, unit, eligibleNow, ValueList.Create<CalendarPeriod>(result), later, ValueList.From(assumptions));
    }

    /// <summary>Returns the calendar as text.</summary>
    /// <returns>For example <c>outside-activity.2022 from 2026-05-01: 8 weeks, eligible now 120, +45 within, 300 later</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{VersionId} from {AsOf.ToIso()}: {Periods.Count} periods, eligible now {EligibleNow}, +{Periods.Sum(p => p.Count)} within, {Later} later");
}
