using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Population;

/// <summary>
/// The texts of a roster's report rows in one language, rendered once for the whole roster: the policy and version
/// ids, each status label, and each possible first blocker's code, title and citation (by its position in the roster's
/// <see cref="RosterEvaluation{TSubject, TParameters}.RowBlockers"/>). With an <see cref="EligibilityRowData"/> they
/// give every column of an <see cref="EligibilityRow"/> without building it: an export writes them as they are.
/// </summary>
/// <remarks>Get one from <see cref="RosterEvaluation{TSubject, TParameters}.RowTexts"/>. Equality is by reference.</remarks>
[Immutable]
public sealed class EligibilityRowTexts
{
    private readonly string[] statusLabels;
    private readonly string[] codes;
    private readonly string[] titles;
    private readonly string[] citations;

    internal EligibilityRowTexts(object version, string policyId, string versionId, LocalDate date, Citation versionCitation, ValueList<CriterionDescriptor> blockers, Language language)
    {
        Version = version;
        PolicyId = policyId;
        VersionId = versionId;
        Date = date;
        Language = language;
        VersionCitation = versionCitation.ToString();
        var statuses = Enum.GetValues<DecisionStatus>();
        statusLabels = new string[statuses.Max(s => (int)s) + 1];
        foreach (var status in statuses)
        {
            statusLabels[(int)status] = status.Label().In(language);
        }

        codes = new string[blockers.Count];
        titles = new string[blockers.Count];
        citations = new string[blockers.Count];
        for (var k = 0; k < blockers.Count; k++)
        {
            codes[k] = blockers[k].Code;
            titles[k] = blockers[k].Title.In(language);
            citations[k] = blockers[k].Citation.ToString();
        }
    }

    /// <summary>Gets the policy version the texts were rendered for (a roster accepts only its own version's texts).</summary>
    internal object Version { get; }

    /// <summary>Gets the policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the id of the policy version used.</summary>
    public string VersionId { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the language of the labels.</summary>
    public Language Language { get; }

    /// <summary>Gets the version's first citation: a row's legal basis when no criterion blocks.</summary>
    public string VersionCitation { get; }

    /// <summary>Gets the number of possible first blockers (the length of the roster's <see cref="RosterEvaluation{TSubject, TParameters}.RowBlockers"/>).</summary>
    public int BlockerCount => codes.Length;

    /// <summary>Returns the label of a status in <see cref="Language"/>.</summary>
    /// <param name="status">The status; must be defined.</param>
    /// <returns>The label, the same string for every call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public string StatusLabel(DecisionStatus status)
    {
        if ((uint)status >= (uint)statusLabels.Length || statusLabels[(int)status] is not { } label)
        {
            throw GuardRules.NotDefined(status);
        }

        return label;
    }

    /// <summary>Returns the reason code of a first blocker.</summary>
    /// <param name="blocker">The blocker's position (<see cref="EligibilityRowData.Blocker"/>), or -1 for none.</param>
    /// <returns>The code, or null when <paramref name="blocker"/> is -1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocker"/> is less than -1 or not less than <see cref="BlockerCount"/>.</exception>
    public string? BlockerCode(int blocker) => Check(blocker) < 0 ? null : codes[blocker];

    /// <summary>Returns the title of a first blocker in <see cref="Language"/>.</summary>
    /// <param name="blocker">The blocker's position (<see cref="EligibilityRowData.Blocker"/>), or -1 for none.</param>
    /// <returns>The title, or null when <paramref name="blocker"/> is -1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocker"/> is less than -1 or not less than <see cref="BlockerCount"/>.</exception>
    public string? BlockerTitle(int blocker) => Check(blocker) < 0 ? null : titles[blocker];

    /// <summary>Returns a row's legal basis: the first blocker's citation, or the version's when none blocks.</summary>
    /// <param name="blocker">The blocker's position (<see cref="EligibilityRowData.Blocker"/>), or -1 for none.</param>
    /// <returns>The citation as text, such as <c>Permenkumham 7/2022 Pasal 45</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocker"/> is less than -1 or not less than <see cref="BlockerCount"/>.</exception>
    public string Citation(int blocker) => Check(blocker) < 0 ? VersionCitation : citations[blocker];

    /// <summary>Returns the version id, the date, the language and the number of blockers.</summary>
    /// <returns>For example <c>outside-activity.2022 on 2026-05-01 (Indonesian): 19 blockers</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{VersionId} on {Date.ToIso()} ({Language}): {BlockerCount} blockers");

    private int Check(int blocker)
    {
        if (blocker < -1 || blocker >= codes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(blocker), blocker, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A blocker's position is -1 (none) or from 0 to {codes.Length - 1}."));
        }

        return blocker;
    }
}
