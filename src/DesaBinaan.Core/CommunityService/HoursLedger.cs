using System.Buffers;
using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// The hours ledger of a community-service order: the sessions attended, as data. Every query takes its evaluation date
/// and the <see cref="PlacementNetwork"/> that says which sites have a placement agreement in force on each day.
/// </summary>
/// <remarks>
/// <para>Sessions are kept in date order (sessions of the same day in the order recorded). A session that breaks a rule is
/// kept and reported as a <see cref="SessionViolation"/>; its hours are credited only as far as the rule allows: none
/// outside the completion period, at an unknown site or at a commercial activity (UU 1/2023 Pasal 85 ayat (3)); none at
/// a site without a placement agreement unless the settings say so; and on any day no more than the judgment's hours per
/// day (ayat (5), (6)).</para>
/// <para>Equality compares the order and the sessions.</para>
/// </remarks>
[Immutable]
public sealed record HoursLedger
{
    /// <summary>Initializes a ledger.</summary>
    /// <param name="order">The order; must not be null.</param>
    /// <param name="sessions">The sessions attended, or null for none; none null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> holds null.</exception>
    public HoursLedger(CommunityServiceOrder order, IEnumerable<ServiceSession>? sessions = null)
    {
        Order = Guard.Against.Null(order);
        Sessions = ValueList.From(ValueList.FromNonNull(sessions ?? [], nameof(sessions)).OrderBy(s => s.Date));
    }

    /// <summary>Gets the order.</summary>
    public CommunityServiceOrder Order { get; }

    /// <summary>Gets the sessions, in date order.</summary>
    public ValueList<ServiceSession> Sessions { get; }

    /// <summary>Returns the ledger with one more session.</summary>
    /// <param name="session">The session; must not be null.</param>
    /// <returns>A new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public HoursLedger Record(ServiceSession session)
    {
        Guard.Against.Null(session);
        return new HoursLedger(Order, Sessions.Add(session));
    }

    /// <summary>Returns where the order stands on a date.</summary>
    /// <param name="date">The evaluation date (ISO calendar); sessions dated after it are ignored.</param>
    /// <param name="network">The placement sites and partnerships; must not be null.</param>
    /// <param name="settings">The open choices, or null for <see cref="CommunityServiceSettings.Default"/>.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not countable.</exception>
    public LedgerStatement StatementOn(LocalDate date, PlacementNetwork network, CommunityServiceSettings? settings = null)
    {
        _ = Guard.Against.UncountableDate(date);
        Guard.Against.Null(network);
        settings ??= CommunityServiceSettings.Default;
        var sessions = Sessions.AsSpan();
        var count = 0;
        while (count < sessions.Length && sessions[count].Date <= date)
        {
            count++;
        }

        sessions = sessions[..count];
        var credited = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        var flags = ArrayPool<SessionFlags>.Shared.Rent(Math.Max(1, count));
        try
        {
            CommunityServiceKernel.Assess(Order, sessions, network, settings, credited, flags);
            var served = 0;
            var violations = new List<SessionViolation>();
            var dayTotal = 0;
            for (var i = 0; i < count; i++)
            {
                served += credited[i];
                dayTotal = i > 0 && sessions[i - 1].Date == sessions[i].Date ? dayTotal + sessions[i].Hours : sessions[i].Hours;
                AddViolations(violations, sessions[i], flags[i], dayTotal);
            }

            var status = CommunityServiceKernel.Status(
                Order.Hours, Order.HoursPerDay, CommunityServiceKernel.Day(Order.StartsOn), CommunityServiceKernel.Day(Order.LastDay), served, CommunityServiceKernel.Day(date),
                settings.AtRiskShare.Numerator, settings.AtRiskShare.Denominator, out var remaining, out var available);
            var failure = status == CommunityServiceStatus.Failed ? new FailureConsequence(Order, remaining, settings) : null;
            return new LedgerStatement(Order, date, status, served, remaining, available, ValueList.From(violations), failure, settings);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(credited);
            ArrayPool<SessionFlags>.Shared.Return(flags);
        }
    }

    /// <summary>Returns the order id and the number of sessions.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Order.Id}: {Sessions.Count} sessions");

    private static void AddViolations(List<SessionViolation> violations, ServiceSession session, SessionFlags flags, int dayTotal)
    {
        var culture = CultureInfo.InvariantCulture;
        if ((flags & SessionFlags.OverLegalDailyMaximum) != 0)
        {
            violations.Add(new SessionViolation(session, SessionViolationKind.OverLegalDailyMaximum, dayTotal.ToString(culture)));
        }

        if ((flags & SessionFlags.OverJudgmentHoursPerDay) != 0)
        {
            violations.Add(new SessionViolation(session, SessionViolationKind.OverJudgmentHoursPerDay, dayTotal.ToString(culture)));
        }

        if ((flags & SessionFlags.OutsideCompletionPeriod) != 0)
        {
            violations.Add(new SessionViolation(session, SessionViolationKind.OutsideCompletionPeriod, session.Date.ToIso()));
        }

        if ((flags & SessionFlags.UnknownSite) != 0)
        {
            violations.Add(new SessionViolation(session, SessionViolationKind.UnknownSite, session.Site));
        }

        if ((flags & SessionFlags.SiteWithoutAgreement) != 0)
        {
            violations.Add(new SessionViolation(session, SessionViolationKind.SiteWithoutAgreement, session.Site));
        }

        if ((flags & SessionFlags.CommercialActivity) != 0)
        {
            violations.Add(new SessionViolation(session, SessionViolationKind.CommercialActivity, session.Activity));
        }
    }
}
