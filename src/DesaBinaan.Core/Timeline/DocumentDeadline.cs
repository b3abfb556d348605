using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// An administrative document that a right needs and that is still not recorded: in practice the documents are requested
/// on admission and are due by the 1/2 date at the latest, so that the first right can be proposed on time.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record DocumentDeadline
{
    internal DocumentDeadline(string code, LocalizedText document, ValueList<LocalizedText> rights, LocalDate? dueBy, bool overdue, Citation citation)
    {
        Code = code;
        Document = document;
        Rights = rights;
        DueBy = dueBy;
        Overdue = overdue;
        Citation = citation;
    }

    /// <summary>Gets the code of the missing fact, such as <c>evidence.litmas</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the name of the document.</summary>
    public LocalizedText Document { get; }

    /// <summary>Gets the titles of the rights that need it.</summary>
    public ValueList<LocalizedText> Rights { get; }

    /// <summary>Gets the day it is due by (the 1/2 date), or null when the sentence has no dates.</summary>
    public LocalDate? DueBy { get; }

    /// <summary>Gets whether the evaluation date is after <see cref="DueBy"/>.</summary>
    public bool Overdue { get; }

    /// <summary>Gets the legal basis of the document.</summary>
    public Citation Citation { get; }

    /// <summary>Returns the deadline as one sentence in one language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        var en = language == Language.English;
        var due = DueBy is { } d ? d.ToIso() : (en ? "no date" : "tanpa tanggal");
        var state = en ? (Overdue ? "OVERDUE since " : "due by ") : (Overdue ? "TERLAMBAT sejak " : "paling lambat ");
        return Document.In(language) + (en ? " not recorded: " : " belum tercatat: ") + state + due + " (" + (en ? "needed for " : "diperlukan untuk ") + string.Join(", ", Rights.Select(r => r.In(language))) + "; " + Citation + ")";
    }

    /// <summary>Returns the code and the due date, such as <c>evidence.litmas due 2026-05-23</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " due " + (DueBy is { } d ? d.ToIso() : "-");
}
