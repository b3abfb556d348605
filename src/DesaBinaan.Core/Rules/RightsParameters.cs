using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The parameters of a version of one of the Indonesian policies: the counting convention (docs/domain.md §8) and the
/// settings of the right concerned (<see cref="RightSettings"/>: one type per right), with the activity being decided
/// for an outside activity. The criteria of a right read its settings type
/// (<see cref="SettingsOf{TSettings}"/>), once per evaluation or batch, never per person of a batch.
/// </summary>
/// <remarks>
/// Months of conduct periods count at the convention's days a month (old KUHP Pasal 97: a month is 30 days); a
/// conduct period of <c>N</c> days is met from the day after the last day of punishment plus <c>N</c> days.
/// Equality is by reference.
/// </remarks>
[Immutable]
public sealed class RightsParameters : IPolicyParameters
{
    /// <summary>Initializes the parameters.</summary>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="settings">The settings of the right, such as <see cref="ParoleSettings"/>; must not be null.</param>
    /// <param name="activity">The activity decided, or null (outside-activity criteria are then unknown).</param>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> or <paramref name="settings"/> is null.</exception>
    public RightsParameters(CountingConvention convention, RightSettings settings, ActivityEvaluationContext? activity = null)
    {
        CountingConvention = Guard.Against.Null(convention);
        Settings = Guard.Against.Null(settings);
        Activity = activity;

        Values = BuildValues();
        Convention = new LocalizedText(convention.Describe(Language.Indonesian), convention.Describe(Language.English));
    }

    /// <summary>Gets the counting convention (the Sentencing one).</summary>
    public CountingConvention CountingConvention { get; }

    /// <summary>Gets the settings of the right.</summary>
    public RightSettings Settings { get; }

    /// <summary>Gets the activity decided, or null.</summary>
    public ActivityEvaluationContext? Activity { get; }

    /// <inheritdoc/>
    public ValueList<Fact> Values { get; }

    /// <inheritdoc/>
    public LocalizedText? Convention { get; }

    /// <summary>The deepest chain of included settings searched (<see cref="RightSettings.IncludedSettings"/>).</summary>
    internal const int MaxIncluded = 8;

    /// <summary>
    /// Returns the settings of a right, as the type a criterion of that right reads: the settings of the version's right,
    /// or those its right includes (<see cref="RightSettings.IncludedSettings"/>: an outside activity's criteria of
    /// assimilation read its assimilation settings).
    /// </summary>
    /// <typeparam name="TSettings">The settings type of the right, such as <see cref="ParoleSettings"/>.</typeparam>
    /// <returns>The settings.</returns>
    /// <exception cref="InvalidOperationException">The settings are of another right: a criterion of one right was put in a version of another.</exception>
    public TSettings SettingsOf<TSettings>()
        where TSettings : RightSettings
    {
        // A right includes at most a few others; a chain longer than that is a cycle in a user's settings types.
        var settings = Settings;
        for (var depth = 0; settings is not null && depth < MaxIncluded; depth++, settings = settings.IncludedSettings())
        {
            if (settings is TSettings found)
            {
                return found;
            }
        }

        if (settings is not null)
        {
            throw new InvalidOperationException($"The settings {Settings.GetType().Name} include settings more than {MaxIncluded} deep: their IncludedSettings() form a cycle.");
        }

        throw new InvalidOperationException(
            $"A criterion reads the settings {typeof(TSettings).Name}, but the version's parameters hold {Settings.GetType().Name}: give each version the settings of the right its criteria decide.");
    }

    /// <summary>Returns these parameters bound to an activity.</summary>
    /// <param name="activity">The activity; must not be null.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public RightsParameters WithActivity(ActivityEvaluationContext activity) =>
        new(CountingConvention, Settings, Guard.Against.Null(activity));

    /// <summary>
    /// Returns these parameters with other settings of the same right: start from the version's own, so that the values
    /// you do not change stay the version's (<c>p.WithSettings(p.SettingsOf&lt;ParoleSettings&gt;() with { ConductMonths = 12 })</c>).
    /// </summary>
    /// <param name="settings">The settings; must not be null, and of the type these parameters hold.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="settings"/> are of another right's type: the version's criteria read the settings of its own right.</exception>
    public RightsParameters WithSettings(RightSettings settings)
    {
        Guard.Against.Null(settings);
        Guard.Against.InvalidInput(settings, nameof(settings), s => s.GetType() == Settings.GetType(), $"These parameters hold {Settings.GetType().Name}; the settings given are {settings.GetType().Name}: a version's criteria read the settings of its own right.");
        return new(CountingConvention, settings, Activity);
    }

    /// <summary>Returns these parameters with another counting convention.</summary>
    /// <param name="convention">The convention; must not be null.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public RightsParameters WithConvention(CountingConvention convention) =>
        new(Guard.Against.Null(convention), Settings, Activity);

    /// <summary>Returns the convention's name and the settings' type.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => CountingConvention.Name + " +" + Settings.GetType().Name + (Activity is null ? string.Empty : " +activity");

    private static LocalizedText T(string id, string en) => new(id, en);

    private ValueList<Fact> BuildValues()
    {
        var facts = new List<Fact> { Fact.OfText(ParameterCode.Convention, T("Konvensi penghitungan", "Counting convention"), CountingConvention.Name) };
        facts.AddRange(Settings.Values(CountingConvention));
        if (Activity is { } activity)
        {
            facts.Add(Fact.OfLabel(ParameterCode.ActivityPlan, T("Rencana kegiatan", "Activity plan"), T(activity.Plan.Title, activity.Plan.Title), activity.Plan.Id));
            facts.Add(Fact.OfLabel(ParameterCode.ActivityScope, T("Ruang lingkup", "Scope"), activity.Plan.Scope.Label, activity.Plan.Scope.Code));
        }

        return ValueList.From(facts);
    }
}
