using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

// The meeting steps of a partnership: recording a meeting and the agreement in principle.
public sealed partial record Partnership
{
    /// <summary>Returns the violations that recording a meeting would cause.</summary>
    /// <param name="meeting">The meeting; must not be null.</param>
    /// <returns>The violations; empty when the meeting can be recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckRecordMeeting(Meeting meeting)
    {
        Guard.Against.Null(meeting);
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, meeting.Date);
        if (Meetings.Any(m => string.Equals(m.Id, meeting.Id, StringComparison.Ordinal)))
        {
            violations.Add(Violation(CooperationRule.MeetingDuplicate, $"rapat {meeting.Id} sudah dicatat", $"meeting {meeting.Id} is already recorded"));
        }

        var topicIds = Meetings.SelectMany(m => m.Outcome.TopicsDeferred).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var itemIds = Meetings.SelectMany(m => m.Outcome.ActionItems).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in meeting.Outcome.TopicsDeferred.Select(t => t.Id).Concat(meeting.Outcome.ActionItems.Select(a => a.Id)))
        {
            if (topicIds.Contains(id) || itemIds.Contains(id))
            {
                violations.Add(Violation(CooperationRule.MeetingItemDuplicate, $"kode {id} sudah dipakai", $"id {id} is already used"));
            }
        }

        foreach (var id in meeting.Outcome.TopicsSettled.Where(id => !topicIds.Contains(id)).Concat(meeting.Outcome.ActionItemsCompleted.Where(id => !itemIds.Contains(id))))
        {
            violations.Add(Violation(CooperationRule.MeetingItemUnknown, $"kode {InputExcerpt.Of(id)} tidak ditemukan pada rapat sebelumnya", $"id {InputExcerpt.Of(id)} is not an item of an earlier meeting"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Records a meeting. The first meeting moves an exploration to coordination; scopes agreed become agreed in principle; deferred topics about a scope propose it.</summary>
    /// <param name="meeting">The meeting; must not be null.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The meeting breaks a rule (see <see cref="CheckRecordMeeting"/>).</exception>
    public Partnership RecordMeeting(Meeting meeting)
    {
        ThrowIfAny(CheckRecordMeeting(meeting));
        var stages = CurrentStage == PartnershipStage.Exploration
            ? Stages.Add(new StageEvent(PartnershipStage.Coordination, meeting.Date, meeting.Id))
            : Stages;
        var scopes = Scopes;
        var basis = ScopeStateBasis.Meeting(meeting.Id);
        foreach (var scope in meeting.Outcome.ScopesAgreed)
        {
            scopes = Apply(scopes, scope, ScopeState.AgreedInPrinciple, meeting.Date, basis, onlyFrom: [null, ScopeState.Proposed, ScopeState.Ended]);
        }

        foreach (var topic in meeting.Outcome.TopicsDeferred)
        {
            if (topic.Scope is { } scope)
            {
                scopes = Apply(scopes, scope, ScopeState.Proposed, meeting.Date, basis, onlyFrom: [null, ScopeState.Ended]);
            }
        }

        return With(stages: stages, meetings: Meetings.Add(meeting), scopes: scopes);
    }

    /// <summary>Returns the violations that an agreement in principle on a date, minuted at a meeting, would cause.</summary>
    /// <param name="date">The date.</param>
    /// <param name="meetingId">The recorded meeting at which it was agreed; must not be null.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meetingId"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckAgreeInPrinciple(LocalDate date, string meetingId)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(meetingId);
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, date);
        CheckStageStep(violations, PartnershipStage.AgreedInPrinciple);
        if (!Meetings.Any(m => string.Equals(m.Id, meetingId, StringComparison.Ordinal) && m.Date <= date))
        {
            violations.Add(Violation(CooperationRule.MeetingUnknown, $"rapat {InputExcerpt.Of(meetingId)} belum dicatat", $"meeting {InputExcerpt.Of(meetingId)} is not recorded"));
        }

        if (!Scopes.Any(h => h.StateOn(date) == ScopeState.AgreedInPrinciple))
        {
            violations.Add(Violation(CooperationRule.NoScopeAgreed, "belum ada ruang lingkup yang disepakati", "no scope is agreed in principle"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Records that both sides agreed in principle (<i>kesepakatan prinsip</i>) at a recorded meeting.</summary>
    /// <param name="date">The date.</param>
    /// <param name="meetingId">The recorded meeting; must not be null.</param>
    /// <returns>The new partnership, at the agreed-in-principle stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meetingId"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The step breaks a rule (see <see cref="CheckAgreeInPrinciple"/>).</exception>
    public Partnership AgreeInPrinciple(LocalDate date, string meetingId)
    {
        _ = Guard.Against.NonIsoDate(date);
        ThrowIfAny(CheckAgreeInPrinciple(date, meetingId));
        return With(stages: Stages.Add(new StageEvent(PartnershipStage.AgreedInPrinciple, date, meetingId)));
    }
}
