using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

// The queries of a partnership on a date: stage, agreements and their versions in force, scopes, activities, open items.
public sealed partial record Partnership
{
    /// <summary>Returns the stage on a date: that of the last stage event dated on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The stage, or null before the exploration started.</returns>
    public PartnershipStage? StageOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return StageEventOn(date)?.Stage;
    }

    /// <summary>Returns the stage event in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The last stage event dated on or before <paramref name="date"/>, or null.</returns>
    public StageEvent? StageEventOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        StageEvent? found = null;
        foreach (var stage in Stages)
        {
            if (stage.Date > date)
            {
                break;
            }

            found = stage;
        }

        return found;
    }

    /// <summary>Returns every version of an agreement, oldest first.</summary>
    /// <param name="number">The agreement's number; must not be null.</param>
    /// <returns>The versions; empty when no agreement has this number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public ValueList<Agreement> AgreementVersions(string number)
    {
        Guard.Against.Null(number);
        return ValueList.From(Agreements.Where(a => string.Equals(a.Number, number, StringComparison.Ordinal)).OrderBy(a => a.Version));
    }

    /// <summary>Returns the version of an agreement that governs on a date: the latest signed on or before it.</summary>
    /// <param name="number">The agreement's number; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <returns>The version, or null when none was signed by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public Agreement? AgreementVersionOn(string number, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(number);
        Agreement? found = null;
        foreach (var agreement in Agreements)
        {
            if (string.Equals(agreement.Number, number, StringComparison.Ordinal) && agreement.SignedOn <= date && (found is null || agreement.Version > found.Version))
            {
                found = agreement;
            }
        }

        return found;
    }

    /// <summary>Returns the agreements in force on a date: for each number, the governing version when its term contains the date, unless the partnership had ended, been terminated or been abandoned by then.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The agreements in force, in the order first signed.</returns>
    public ValueList<Agreement> AgreementsInForceOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        if (StageOn(date) is not { } stage || stage.IsFinal())
        {
            return [];
        }

        var result = new List<Agreement>();
        foreach (var number in Agreements.Select(a => a.Number).Distinct(StringComparer.Ordinal))
        {
            if (InForceVersionOf(number, date) is { } version)
            {
                result.Add(version);
            }
        }

        return ValueList.From(result);
    }

    /// <summary>Returns whether at least one agreement is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="AgreementsInForceOn"/> is not empty.</returns>
    public bool IsInForceOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return !AgreementsInForceOn(date).IsEmpty;
    }

    /// <summary>Returns the state of a scope on a date.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <returns>The state, or null when the scope had no state in this partnership by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public ScopeState? ScopeStateOn(ScopeKind scope, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(scope);
        return HistoryOf(scope)?.StateOn(date);
    }

    /// <summary>
    /// Returns whether a scope is covered by an agreement in force on a date: an agreement in force covers it and the
    /// scope is neither suspended nor ended then. This is the question an outside-activity policy asks.
    /// </summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public bool CoversScopeOn(ScopeKind scope, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(scope);
        if (ScopeStateOn(scope, date) is not (ScopeState.CoveredByAgreement or ScopeState.Active)
            || StageOn(date) is not { } stage
            || stage.IsFinal())
        {
            return false;
        }

        // No allocation: a version covers the scope on the date when it is the agreement's version in force then.
        foreach (var agreement in Agreements.AsSpan())
        {
            if (agreement.Covers(scope) && ReferenceEquals(InForceVersionOf(agreement.Number, date), agreement))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the scopes being carried out on a date: active and covered by an agreement in force.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The scopes, in the order they first appeared.</returns>
    public ValueList<ScopeKind> ScopesActiveOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return ValueList.From(Scopes.Where(h => h.StateOn(date) == ScopeState.Active && CoversScopeOn(h.Scope, date)).Select(h => h.Scope));
    }

    /// <summary>Returns the activity plans whose scope is covered by an agreement in force on a date and which have an occurrence that day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The plans, in order.</returns>
    public ValueList<ActivityPlan> ActivitiesOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return ValueList.From(ActivityPlans.Where(p => p.IsScheduledOn(date) && CoversScopeOn(p.Scope, date)));
    }

    /// <summary>Returns what is still open on a date: deferred topics not settled, and action items not done (overdue or pending).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The open items, considering only meetings and agreements dated on or before <paramref name="date"/>.</returns>
    public OpenItems OpenItemsOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        var held = Meetings.Where(m => m.Date <= date).ToList();
        var signed = Agreements.Where(a => a.SignedOn <= date).ToList();
        var settledIds = held.SelectMany(m => m.Outcome.TopicsSettled).ToHashSet(StringComparer.Ordinal);
        var doneIds = held.SelectMany(m => m.Outcome.ActionItemsCompleted).ToHashSet(StringComparer.Ordinal);
        var topics = new List<DeferredTopic>();
        var overdue = new List<ActionItem>();
        var pending = new List<ActionItem>();
        for (var i = 0; i < held.Count; i++)
        {
            foreach (var topic in held[i].Outcome.TopicsDeferred)
            {
                var settled = settledIds.Contains(topic.Id)
                    || (topic.Scope is { } scope
                        && (held.Skip(i + 1).Any(m => m.Outcome.ScopesAgreed.Contains(scope)) || signed.Any(a => a.SignedOn >= held[i].Date && a.Covers(scope))));
                if (!settled)
                {
                    topics.Add(topic);
                }
            }

            foreach (var item in held[i].Outcome.ActionItems)
            {
                if (!doneIds.Contains(item.Id))
                {
                    (item.Due < date ? overdue : pending).Add(item);
                }
            }
        }

        return new OpenItems(topics, overdue, pending);
    }

    /// <summary>
    /// The one statement of "the version of an agreement in force on a date": the version that governs then (the latest
    /// signed on or before it) when its term contains the date; null otherwise. Every query and rule of the partnership
    /// that asks whether an agreement is in force asks this.
    /// </summary>
    private Agreement? InForceVersionOf(string number, LocalDate date) =>
        AgreementVersionOn(number, date) is { } version && version.IsInForceOn(date) ? version : null;

    private ScopeHistory? HistoryOf(ScopeKind scope)
    {
        foreach (var history in Scopes)
        {
            if (history.Scope.Equals(scope))
            {
                return history;
            }
        }

        return null;
    }
}
