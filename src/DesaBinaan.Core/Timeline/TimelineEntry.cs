using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// One line of a person's rights timeline: a right or a date of the record, its date, its status on the evaluation date
/// and why, its legal basis and the assumptions behind a future date. A right's line is read from the decision of the
/// built-in policy (<see cref="Decision"/>), never from a second statement of its rule.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record TimelineEntry
{
    internal TimelineEntry(TimelineEntryKind kind, LocalizedText title, TimelineStatus status, LocalDate? date, LocalDate? end, ValueList<LocalizedText> reasons, ValueList<Citation> citations, ValueList<LocalizedText> assumptions, Decision? decision)
    {
        Kind = kind;
        Title = title;
        Status = status;
        Date = date;
        End = end;
        Reasons = reasons;
        Citations = citations;
        Assumptions = assumptions;
        Decision = decision;
    }

    /// <summary>Gets what the line is about.</summary>
    public TimelineEntryKind Kind { get; }

    /// <summary>Gets the title, such as <i>Pembebasan bersyarat</i> / <i>Parole</i>.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the status on the evaluation date.</summary>
    public TimelineStatus Status { get; }

    /// <summary>
    /// Gets the date of the line: for a right, the day its time condition is (or will be) met, or the eligible-from date
    /// when waiting; for pre-release leave, the first day of the window; for the expiry and the probation end, that day.
    /// Null when there is none (the condition is never met before the expiry, or the sentence has no dates).
    /// </summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the last day of a window (pre-release leave ends at the expiry), or null.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets why the line has its status: the conditions not met, waited for or not recorded, each with the recorded values and the article.</summary>
    public ValueList<LocalizedText> Reasons { get; }

    /// <summary>Gets the legal basis of the line.</summary>
    public ValueList<Citation> Citations { get; }

    /// <summary>Gets the assumptions under which a future date holds.</summary>
    public ValueList<LocalizedText> Assumptions { get; }

    /// <summary>Gets the policy decision the line was read from, or null for the expiry and the probation end.</summary>
    public Decision? Decision { get; }

    /// <summary>Returns the line as one sentence in one language, such as <c>Parole: waiting until 2026-11-02 (…)</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        var en = language == Language.English;
        var date = Date is { } d ? d.ToIso() + (End is { } e ? ".." + e.ToIso() : string.Empty) : (en ? "no date" : "tanpa tanggal");
        var status = (Status, en) switch
        {
            (TimelineStatus.MetSince, true) => "met since " + date,
            (TimelineStatus.MetSince, false) => "terpenuhi sejak " + date,
            (TimelineStatus.WaitingUntil, true) => "waiting until " + date,
            (TimelineStatus.WaitingUntil, false) => "menunggu sampai " + date,
            (TimelineStatus.Blocked, true) => "blocked",
            (TimelineStatus.Blocked, false) => "terhalang",
            (TimelineStatus.NotApplicable, true) => "not applicable",
            (TimelineStatus.NotApplicable, false) => "tidak berlaku",
            (TimelineStatus.Undetermined, true) => "undetermined",
            _ => "belum dapat ditentukan",
        };
        if (Status is TimelineStatus.Blocked or TimelineStatus.NotApplicable or TimelineStatus.Undetermined && Date is not null)
        {
            status += (en ? " (date of the time condition " : " (tanggal syarat waktu ") + date + ")";
        }

        var text = Title.In(language) + ": " + status;
        if (Reasons.Count > 0)
        {
            var connector = Status == TimelineStatus.WaitingUntil ? (en ? " for: " : " untuk: ") : (en ? " because " : " karena ");
            text += connector + string.Join("; ", Reasons.Select(r => r.In(language)));
        }

        if (Assumptions.Count > 0)
        {
            text += "; " + string.Join(", ", Assumptions.Select(a => a.In(language)));
        }

        if (Citations.Count > 0)
        {
            text += " [" + string.Join("; ", Citations.Select(c => c.ToString())) + "]";
        }

        return text;
    }

    /// <summary>Returns the kind, the status and the date in invariant form, such as <c>Parole WaitingUntil 2026-11-02</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + " " + Status + (Date is { } d ? " " + d.ToIso() : string.Empty);
}
