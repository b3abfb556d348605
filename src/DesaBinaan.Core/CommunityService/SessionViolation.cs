using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>A session that breaks a rule of community service: which rule, its stable code, the recorded value, the reason and the article.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record SessionViolation
{
    /// <summary>Initializes a violation.</summary>
    /// <param name="session">The session; must not be null.</param>
    /// <param name="kind">The rule broken; must be defined.</param>
    /// <param name="recorded">The recorded value that breaks it (the hours that day as a number, the site id, the date, the activity); must not be blank.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recorded"/> is blank.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public SessionViolation(ServiceSession session, SessionViolationKind kind, string recorded)
    {
        Session = Guard.Against.Null(session);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Recorded = Guard.Against.BlankText(recorded);
    }

    /// <summary>Gets the session.</summary>
    public ServiceSession Session { get; }

    /// <summary>Gets the rule broken.</summary>
    public SessionViolationKind Kind { get; }

    /// <summary>Gets the stable reason code, such as <c>community-service.over-8-hours-a-day</c>.</summary>
    public string Code => CommunityServiceLabels.CodeOf(Kind);

    /// <summary>Gets the recorded value that breaks the rule.</summary>
    public string Recorded { get; }

    /// <summary>Gets the legal basis.</summary>
    public Citation Citation => CommunityServiceLabels.CitationOf(Kind);

    /// <summary>Returns the violation in one language: the date, the rule, the recorded value, the article and the code.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        var english = language == Language.English;
        var unit = Kind is SessionViolationKind.OverLegalDailyMaximum or SessionViolationKind.OverJudgmentHoursPerDay ? (english ? " hours" : " jam") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Session.Date.ToIso()}: {Kind.Label().In(language)} ({(english ? "recorded" : "tercatat")}: {Recorded}{unit}; {Citation}) [{Code}]");
    }

    /// <summary>Returns the code and the session.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " " + Session;
}
