using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>What a recorded session breaks; computed once per session by <see cref="CommunityServiceKernel.Assess"/>.</summary>
[Flags]
internal enum SessionFlags : byte
{
    None = 0,
    OverLegalDailyMaximum = 1,
    OverJudgmentHoursPerDay = 2,
    OutsideCompletionPeriod = 4,
    SiteWithoutAgreement = 8,
    UnknownSite = 16,
    CommercialActivity = 32,
}

/// <summary>
/// The rules of a community-service ledger, stated once: which session breaks what and how many of its hours are
/// credited, where an order stands on a day, and what a failure order means. The scalar ledger and the packed
/// population both call these functions.
/// </summary>
internal static class CommunityServiceKernel
{
    private const SessionFlags NeverCredited = SessionFlags.OutsideCompletionPeriod | SessionFlags.UnknownSite | SessionFlags.CommercialActivity;

    /// <summary>
    /// Assesses the sessions of an order, sorted by date: each session's flags, and the hours credited — none for a
    /// session outside the completion period, at an unknown site or at a commercial activity (ayat (3)), none at a site
    /// without a placement agreement unless the settings credit them, and on any day no more than the judgment's hours
    /// per day (ayat (5), (6)).
    /// </summary>
    public static void Assess(CommunityServiceOrder order, ReadOnlySpan<ServiceSession> sessions, PlacementNetwork network, CommunityServiceSettings settings, Span<int> credited, Span<SessionFlags> flags)
    {
        var day = LocalDate.MinIsoValue;
        var dayTotal = 0;
        var dayCredited = 0;
        var lastDay = order.LastDay;
        for (var i = 0; i < sessions.Length; i++)
        {
            var session = sessions[i];
            if (session.Date != day)
            {
                day = session.Date;
                dayTotal = 0;
                dayCredited = 0;
            }

            dayTotal += session.Hours;
            var f = SessionFlags.None;
            if (dayTotal > Sentencing.Sentence.MaximumCommunityServiceHoursPerDay)
            {
                f |= SessionFlags.OverLegalDailyMaximum;
            }
            else if (dayTotal > order.HoursPerDay)
            {
                f |= SessionFlags.OverJudgmentHoursPerDay;
            }

            if (session.Date < order.StartsOn || session.Date > lastDay)
            {
                f |= SessionFlags.OutsideCompletionPeriod;
            }

            if (network.FindSite(session.Site) is not { } site)
            {
                f |= SessionFlags.UnknownSite;
            }
            else if (network.AgreementFor(site, session.Date) is null)
            {
                f |= SessionFlags.SiteWithoutAgreement;
            }

            if (session.IsCommercial)
            {
                f |= SessionFlags.CommercialActivity;
            }

            var counts = (f & NeverCredited) == 0 && ((f & SessionFlags.SiteWithoutAgreement) == 0 || settings.CreditSessionsWithoutAgreement);
            var hours = counts ? Math.Min(session.Hours, Math.Max(0, order.HoursPerDay - dayCredited)) : 0;
            dayCredited += hours;
            credited[i] = hours;
            flags[i] = f;
        }
    }

    /// <summary>
    /// Returns where an order stands on a day from the hours credited by then: completed when nothing remains; failed
    /// after the last day; not started before the first day; at risk when the hours remaining need more than the
    /// at-risk share of the hours still available (the days after <paramref name="day"/> up to the last day, at the
    /// judgment's hours per day), or more than all of them; in progress otherwise.
    /// </summary>
    public static CommunityServiceStatus Status(int hours, int hoursPerDay, int startDay, int lastDay, int served, int day, long riskNumerator, long riskDenominator, out int remaining, out int available)
    {
        remaining = hours > served ? hours - served : 0;
        var from = day + 1 > startDay ? day + 1 : startDay;
        available = lastDay >= from ? (lastDay - from + 1) * hoursPerDay : 0;
        if (remaining == 0)
        {
            return CommunityServiceStatus.Completed;
        }

        if (day > lastDay)
        {
            return CommunityServiceStatus.Failed;
        }

        if (day < startDay)
        {
            return CommunityServiceStatus.NotStarted;
        }

        return remaining > available || remaining * riskDenominator > riskNumerator * available
            ? CommunityServiceStatus.AtRisk
            : CommunityServiceStatus.InProgress;
    }

    /// <summary>Returns the part of a whole (days or rupiah) for the hours not served, rounded as the settings say.</summary>
    public static long ProRata(long whole, int notServed, int ordered, ProRataRounding rounding) =>
        rounding == ProRataRounding.Up
            ? ((whole * notServed) + ordered - 1) / ordered
            : whole * notServed / ordered;

    /// <summary>Returns the day number of a date (days since 0001-01-01).</summary>
    public static int Day(LocalDate date) => date.ToDateOnly().DayNumber;
}
