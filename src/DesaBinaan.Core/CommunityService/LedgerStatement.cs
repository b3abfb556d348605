using System.Globalization;
using System.Text;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// Where a community-service order stands on a date, from its ledger: hours served and remaining, the last day to
/// finish, whether the plan can still finish in time at the judgment's hours per day, the sessions that break a rule,
/// the status and, when failed, what the failure order means.
/// </summary>
/// <remarks>Produced by <see cref="HoursLedger.StatementOn"/>. Equality compares every property.</remarks>
[Immutable]
public sealed record LedgerStatement
{
    internal LedgerStatement(CommunityServiceOrder order, LocalDate date, CommunityServiceStatus status, int hoursServed, int hoursRemaining, int hoursAvailable, ValueList<SessionViolation> violations, FailureConsequence? failure, CommunityServiceSettings settings)
    {
        Order = order;
        Date = date;
        Status = status;
        HoursServed = hoursServed;
        HoursRemaining = hoursRemaining;
        HoursAvailable = hoursAvailable;
        Violations = violations;
        Failure = failure;
        Settings = settings;
    }

    /// <summary>Gets the order.</summary>
    public CommunityServiceOrder Order { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the status on the date.</summary>
    public CommunityServiceStatus Status { get; }

    /// <summary>Gets the hours credited by the date (sessions dated on or before it).</summary>
    public int HoursServed { get; }

    /// <summary>Gets the hours still to serve.</summary>
    public int HoursRemaining { get; }

    /// <summary>Gets the hours still available: the days after the date up to the last day (from the first day when the period has not begun), at the judgment's hours per day.</summary>
    public int HoursAvailable { get; }

    /// <summary>Gets the last day to finish.</summary>
    public LocalDate LastDay => Order.LastDay;

    /// <summary>Gets whether the hours remaining fit in the hours still available (true when completed).</summary>
    public bool CanFinishInTime => HoursRemaining == 0 || (Status != CommunityServiceStatus.Failed && HoursRemaining <= HoursAvailable);

    /// <summary>Gets the sessions dated on or before the date that break a rule, in date order.</summary>
    public ValueList<SessionViolation> Violations { get; }

    /// <summary>Gets what the failure order means, when the status is <see cref="CommunityServiceStatus.Failed"/>; otherwise null.</summary>
    public FailureConsequence? Failure { get; }

    /// <summary>Gets the settings used.</summary>
    public CommunityServiceSettings Settings { get; }

    /// <summary>Returns the statement in one language, one fact a line, each with its article.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, ending with a line break.</returns>
    public string Render(Language language)
    {
        var culture = language.Culture();
        var english = language == Language.English;
        var text = new StringBuilder();
        text.AppendLine(Order.Describe(language));
        text.AppendLine(english
            ? string.Create(culture, $"On {Date.ToIso()}: {HoursServed} of {Order.Hours} hours served, {HoursRemaining} remaining; last day {LastDay.ToIso()}.")
            : string.Create(culture, $"Pada {Date.ToIso()}: {HoursServed} dari {Order.Hours} jam telah dijalani, sisa {HoursRemaining} jam; hari terakhir {LastDay.ToIso()}."));
        text.AppendLine(english
            ? string.Create(culture, $"Can finish in time at {Order.HoursPerDay} hours a day: {(CanFinishInTime ? "yes" : "no")} ({HoursAvailable} hours still available; UU 1/2023 Pasal 85 ayat (5), ayat (9) huruf b).")
            : string.Create(culture, $"Masih dapat selesai tepat waktu dengan {Order.HoursPerDay} jam sehari: {(CanFinishInTime ? "ya" : "tidak")} ({HoursAvailable} jam masih tersedia; UU 1/2023 Pasal 85 ayat (5), ayat (9) huruf b)."));
        text.AppendLine(english
            ? "Status: " + Status.Label().In(language) + "."
            : "Status: " + Status.Label().In(language) + ".");
        if (Violations.IsEmpty)
        {
            text.AppendLine(english ? "No session breaks a rule." : "Tidak ada sesi yang melanggar ketentuan.");
        }
        else
        {
            text.AppendLine(english ? "Sessions that break a rule:" : "Sesi yang melanggar ketentuan:");
            foreach (var violation in Violations)
            {
                text.Append("  - ").AppendLine(violation.Describe(language));
            }
        }

        if (Failure is not null)
        {
            text.AppendLine(Failure.Describe(language));
        }

        return text.ToString();
    }

    /// <summary>Returns the order id, date, status and hours in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Order.Id} {Date.ToIso()} {Status} served={HoursServed} remaining={HoursRemaining}");
}
