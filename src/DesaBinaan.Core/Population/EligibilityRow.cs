using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Population;

/// <summary>
/// A flat row for reporting tools (a grid, an export): one subject's decision with its labels rendered in one
/// language, the first blocking criterion with its legal citation, and the decision's fingerprint.
/// </summary>
/// <remarks>
/// Every member is a string, a date, an enum or a number, so the row binds to a grid and round-trips through a
/// JSON serializer configured for NodaTime dates. Equality compares every member.
/// </remarks>
[Immutable]
public sealed record EligibilityRow
{
    /// <summary>Initializes a row.</summary>
    /// <param name="subjectId">The subject's opaque id.</param>
    /// <param name="policyId">The policy's id.</param>
    /// <param name="versionId">The id of the policy version used.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="status">The decision status.</param>
    /// <param name="statusLabel">The status in <paramref name="language"/>.</param>
    /// <param name="eligibleFrom">The date from which the subject is eligible, or null.</param>
    /// <param name="firstBlockerCode">The reason code of the first blocking criterion, or null when none blocks.</param>
    /// <param name="firstBlockerLabel">The title of the first blocking criterion in <paramref name="language"/>, or null when none blocks.</param>
    /// <param name="citation">The legal basis: of the first blocking criterion, or of the version when none blocks.</param>
    /// <param name="fingerprint">The decision's fingerprint, or null for a row built from an evaluation's summary without a decision (<see cref="RosterEvaluation{TSubject, TParameters}.RowsFromSummaries"/>).</param>
    /// <param name="language">The language of the labels.</param>
    /// <exception cref="ArgumentNullException">A required text is null.</exception>
    /// <exception cref="ArgumentException">A required text is white space, an enum is not defined, or the blocker's code and label are not both given or both null.</exception>
    public EligibilityRow(string subjectId, string policyId, string versionId, LocalDate date, DecisionStatus status, string statusLabel, LocalDate? eligibleFrom, string? firstBlockerCode, string? firstBlockerLabel, string citation, string? fingerprint, Language language)
    {
        _ = Guard.Against.NonIsoDate(date);
        _ = Guard.Against.NonIsoDate(eligibleFrom);
        SubjectId = Guard.Against.BlankText(subjectId);
        PolicyId = Guard.Against.BlankText(policyId);
        VersionId = Guard.Against.BlankText(versionId);
        Date = date;
        // Enum.IsDefined<T> first: the guard boxes its argument, and rows are built by the hundred thousand.
        Status = Enum.IsDefined(status) ? status : Guard.Against.EnumOutOfRange(status);
        StatusLabel = Guard.Against.BlankText(statusLabel);
        EligibleFrom = eligibleFrom;
        // A static check on the pair (no closure: rows are built by the hundred thousand).
        Guard.Against.InvalidInput((firstBlockerCode, firstBlockerLabel), nameof(firstBlockerLabel), static blocker => (blocker.firstBlockerCode is null) == (blocker.firstBlockerLabel is null), "A row gives the first blocker's code and label together, or neither.");
        FirstBlockerCode = firstBlockerCode;
        FirstBlockerLabel = firstBlockerLabel;
        Citation = Guard.Against.BlankText(citation);
        Fingerprint = fingerprint is null ? null : Guard.Against.BlankText(fingerprint);
        Language = Enum.IsDefined(language) ? language : Guard.Against.EnumOutOfRange(language);
    }

    /// <summary>Gets the subject's opaque id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the id of the policy version used.</summary>
    public string VersionId { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the decision status.</summary>
    public DecisionStatus Status { get; }

    /// <summary>Gets the status label in <see cref="Language"/>.</summary>
    public string StatusLabel { get; }

    /// <summary>Gets the date from which the subject is eligible, or null.</summary>
    public LocalDate? EligibleFrom { get; }

    /// <summary>Gets the reason code of the first blocking criterion, or null.</summary>
    public string? FirstBlockerCode { get; }

    /// <summary>Gets the title of the first blocking criterion in <see cref="Language"/>, or null.</summary>
    public string? FirstBlockerLabel { get; }

    /// <summary>Gets the legal basis: of the first blocking criterion, or of the version when none blocks.</summary>
    public string Citation { get; }

    /// <summary>Gets the decision's fingerprint, or null when the row was built from an evaluation's summary without a decision.</summary>
    public string? Fingerprint { get; }

    /// <summary>Gets the language of the labels.</summary>
    public Language Language { get; }

    /// <summary>Returns the row of a decision.</summary>
    /// <param name="decision">The decision; must not be null.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static EligibilityRow From(Decision decision, Language language = Language.Indonesian)
    {
        Guard.Against.Null(decision);
        var blocker = decision.Blockers.Count > 0 ? decision.Blockers[0] : null;
        var citation = blocker?.Citation ?? decision.Citations[0];
        return new EligibilityRow(
            decision.SubjectId,
            decision.PolicyId,
            decision.VersionId,
            decision.Date,
            decision.Status,
            decision.Status.Label().In(language),
            decision.EligibleFrom,
            blocker?.Code,
            blocker?.Descriptor.Title.In(language),
            citation.ToString(),
            decision.Fingerprint,
            language);
    }

    /// <summary>Returns the row as text, with no personal data.</summary>
    /// <returns>For example <c>WB-07 | Belum memenuhi syarat | 2026-07-14 | asimilasi.half-served</c>.</returns>
    public override string ToString() =>
        SubjectId + " | " + StatusLabel + " | " + (EligibleFrom?.ToIso() ?? "-") + " | " + (FirstBlockerCode ?? "-");
}
