using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// A partnership between a correctional unit (a UPT such as a Lapas) and a village (kelurahan or desa), with the
/// city or regency government where it is the one that signs: its programme, purpose, dated stage history, meetings,
/// agreements (every version), scopes and activity plans (docs/domain.md §1, §6, §7).
/// </summary>
/// <remarks>
/// <para>Immutable: each step (<see cref="RecordMeeting"/>, <see cref="AgreeInPrinciple"/>, <see cref="SignAgreement"/>,
/// <see cref="AmendAgreement"/>, <see cref="MoveTo"/>, the scope steps and <see cref="AddActivityPlan"/>) returns a new
/// partnership. A step that breaks a rule throws one <see cref="PartnershipRuleException"/> carrying every
/// violation; the matching <c>Check…</c> method returns the same violations without throwing.</para>
/// <para>Every query takes its date: <see cref="StageOn"/>, <see cref="AgreementsInForceOn"/>,
/// <see cref="CoversScopeOn"/>, <see cref="OpenItemsOn"/>. Equality compares every property.</para>
/// </remarks>
[Immutable]
public sealed record Partnership
{
    private Partnership(
        string id,
        ProgrammeKind programme,
        Institution correctionalSide,
        Institution communitySide,
        Institution? signingGovernment,
        string purpose,
        ValueList<StageEvent> stages,
        ValueList<Meeting> meetings,
        ValueList<Agreement> agreements,
        ValueList<ScopeHistory> scopes,
        ValueList<ActivityPlan> activityPlans)
    {
        Id = id;
        Programme = programme;
        CorrectionalSide = correctionalSide;
        CommunitySide = communitySide;
        SigningGovernment = signingGovernment;
        Purpose = purpose;
        Stages = stages;
        Meetings = meetings;
        Agreements = agreements;
        Scopes = scopes;
        ActivityPlans = activityPlans;
    }

    /// <summary>Gets the caller's id of the partnership.</summary>
    public string Id { get; }

    /// <summary>Gets the programme (Desa Binaan, Pokmas Lipas partnership, or another).</summary>
    public ProgrammeKind Programme { get; }

    /// <summary>Gets the correctional unit (Lapas, Rutan, LPKA, Bapas…).</summary>
    public Institution CorrectionalSide { get; }

    /// <summary>Gets the village government (kelurahan or desa).</summary>
    public Institution CommunitySide { get; }

    /// <summary>Gets the city or regency government that signs for the village side, or null.</summary>
    public Institution? SigningGovernment { get; }

    /// <summary>Gets the purpose of the partnership.</summary>
    public string Purpose { get; }

    /// <summary>Gets the stage history, oldest first.</summary>
    public ValueList<StageEvent> Stages { get; }

    /// <summary>Gets the meetings, in the order recorded (by date).</summary>
    public ValueList<Meeting> Meetings { get; }

    /// <summary>Gets every version of every agreement, in the order signed; earlier versions stay readable.</summary>
    public ValueList<Agreement> Agreements { get; }

    /// <summary>Gets the state history of each scope, in the order the scopes first appeared.</summary>
    public ValueList<ScopeHistory> Scopes { get; }

    /// <summary>Gets the activity plans.</summary>
    public ValueList<ActivityPlan> ActivityPlans { get; }

    /// <summary>Gets the current (latest) stage.</summary>
    public PartnershipStage CurrentStage => Stages[^1].Stage;

    /// <summary>Gets the date of the latest event (stage, meeting, agreement or scope change).</summary>
    public LocalDate LastEventDate
    {
        get
        {
            var last = Stages[^1].Date;
            foreach (var meeting in Meetings)
            {
                last = LocalDate.Max(last, meeting.Date);
            }

            foreach (var agreement in Agreements)
            {
                last = LocalDate.Max(last, agreement.SignedOn);
            }

            foreach (var scope in Scopes)
            {
                if (!scope.Changes.IsEmpty)
                {
                    last = LocalDate.Max(last, scope.Changes[^1].Date);
                }
            }

            return last;
        }
    }

    /// <summary>Gets the ids of the partnership's sides: the correctional unit, the village and the signing government when there is one.</summary>
    public ValueList<InstitutionId> Sides =>
        SigningGovernment is null ? [CorrectionalSide.Id, CommunitySide.Id] : [CorrectionalSide.Id, CommunitySide.Id, SigningGovernment.Id];

    /// <summary>
    /// Gets the institutions that may be parties of the partnership's agreements: its <see cref="Sides"/> and the
    /// correctional unit's supervising office (the regional office, which signs a framework memorandum for its UPTs
    /// under Permenkumham 65/2016).
    /// </summary>
    public ValueList<InstitutionId> AgreementParties => CorrectionalSide.Supervisor is { } office ? Sides.Add(office) : Sides;

    /// <summary>Starts a partnership at the exploration stage (<i>penjajakan</i>).</summary>
    /// <param name="id">The caller's id of the partnership; must not be null or white space.</param>
    /// <param name="programme">The programme; must not be null.</param>
    /// <param name="correctionalSide">The correctional unit; must be a UPT (Lapas, Rutan, LPKA, LPAS, Bapas, Rupbasan).</param>
    /// <param name="communitySide">The village; must be a kelurahan or a desa.</param>
    /// <param name="purpose">The purpose; must not be null or white space.</param>
    /// <param name="date">The date the exploration started.</param>
    /// <param name="signingGovernment">The city or regency government that signs for the village side, or null; it must be the village's own city or regency.</param>
    /// <param name="basis">What opened the exploration (a letter, a visit); null for "exploration".</param>
    /// <returns>The partnership.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A side is of the wrong kind, the government is not the village's, or a text is white space.</exception>
    public static Partnership Explore(string id, ProgrammeKind programme, Institution correctionalSide, Institution communitySide, string purpose, LocalDate date, Institution? signingGovernment = null, string? basis = null)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.BlankText(id);
        Guard.Against.Null(programme);
        Guard.Against.Null(correctionalSide);
        Guard.Against.Null(communitySide);
        Guard.Against.BlankText(purpose);
        Guard.Against.InvalidInput(correctionalSide, nameof(correctionalSide), c => c.Kind.IsCorrectionalUnit(), "The correctional side of a partnership is a correctional technical unit (UPT: Lapas, Rutan, LPKA, LPAS, Bapas).");
        Guard.Against.InvalidInput(communitySide, nameof(communitySide), c => c.Kind.IsVillageGovernment(), "The community side of a partnership is a kelurahan or a desa.");
        if (signingGovernment is not null)
        {
            Guard.Against.InvalidInput(signingGovernment, nameof(signingGovernment), g => g.Kind is InstitutionKind.CityGovernment or InstitutionKind.RegencyGovernment, "The signing government is a city or regency government.");
            Guard.Against.InvalidInput(signingGovernment, nameof(signingGovernment), g => g.Region.IsAncestorOf(communitySide.Region), "The signing government must be the city or regency of the village.");
        }

        return new Partnership(
            id,
            programme,
            correctionalSide,
            communitySide,
            signingGovernment,
            purpose,
            [new StageEvent(PartnershipStage.Exploration, date, string.IsNullOrWhiteSpace(basis) ? "exploration" : basis)],
            [],
            [],
            [],
            []);
    }

    // ---------------------------------------------------------------- queries

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
            if (AgreementVersionOn(number, date) is { } version && version.Term.Contains(date))
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

        // No allocation: an agreement version covers the scope on the date when it is in force then and no later
        // version of the same agreement was signed by that date.
        var agreements = Agreements.AsSpan();
        foreach (var agreement in agreements)
        {
            if (agreement.IsInForceOn(date) && agreement.Covers(scope) && IsGoverningOn(agreement, date, agreements))
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

    // ---------------------------------------------------------------- meetings

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

    // ---------------------------------------------------------------- agreements

    /// <summary>Returns the violations that signing an agreement (its first version) would cause.</summary>
    /// <param name="agreement">The agreement, version 1; must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="officials"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckSignAgreement(Agreement agreement, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        Guard.Against.Null(agreement);
        Guard.Against.Null(officials);
        policy ??= AgreementPolicy.Default;
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, agreement.SignedOn);
        if (!CurrentStage.IsFinal() && !CurrentStage.IsUnderAgreement() && !PartnershipStages.IsAllowed(CurrentStage, PartnershipStage.AgreementSigned))
        {
            violations.Add(StageOrderViolation(PartnershipStage.AgreementSigned));
        }

        if (agreement.Version != 1)
        {
            violations.Add(Violation(CooperationRule.AgreementVersionOrder, $"{agreement.Number} versi {agreement.Version}: gunakan perubahan perjanjian", $"{agreement.Number} version {agreement.Version}: sign an amendment instead"));
        }

        if (Agreements.Any(a => string.Equals(a.Number, agreement.Number, StringComparison.Ordinal)))
        {
            violations.Add(Violation(CooperationRule.AgreementNumberDuplicate, $"nomor {agreement.Number} sudah ditandatangani", $"number {agreement.Number} is already signed"));
        }

        CheckContent(violations, agreement, null, officials, policy);
        return ValueList.From(violations);
    }

    /// <summary>Signs an agreement in the partnership. The first agreement moves coordination to the agreement-signed stage; its scopes become covered.</summary>
    /// <param name="agreement">The agreement, version 1; must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="officials"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The agreement breaks a rule (see <see cref="CheckSignAgreement"/>).</exception>
    public Partnership SignAgreement(Agreement agreement, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        ThrowIfAny(CheckSignAgreement(agreement, officials, policy));
        var stages = CurrentStage.IsUnderAgreement()
            ? Stages
            : Stages.Add(new StageEvent(PartnershipStage.AgreementSigned, agreement.SignedOn, agreement.Number));
        return With(stages: stages, agreements: Agreements.Add(agreement), scopes: CoverScopes(Scopes, agreement, null));
    }

    /// <summary>Returns the violations that signing a new version (amendment or extension) of an agreement would cause.</summary>
    /// <param name="version">The new version (from <see cref="Agreement.Amend"/> or <see cref="Agreement.Extend"/>); must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="officials"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckAmendAgreement(Agreement version, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        Guard.Against.Null(version);
        Guard.Against.Null(officials);
        policy ??= AgreementPolicy.Default;
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, version.SignedOn);
        var versions = AgreementVersions(version.Number);
        if (versions.IsEmpty)
        {
            violations.Add(Violation(CooperationRule.AgreementUnknown, $"nomor {version.Number} belum ditandatangani", $"number {version.Number} is not signed"));
            return ValueList.From(violations);
        }

        var latest = versions[^1];
        if (version.Version != latest.Version + 1 || version.Kind != latest.Kind || version.Change == AgreementChange.Original)
        {
            violations.Add(Violation(CooperationRule.AgreementVersionOrder, $"{version.Number}: versi terakhir {latest.Version}, versi baru {version.Version}", $"{version.Number}: latest version {latest.Version}, new version {version.Version}"));
        }

        if (!CurrentStage.IsFinal())
        {
            var allowed = version.Change == AgreementChange.Extension
                ? CurrentStage is PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Extended
                : CurrentStage.IsUnderAgreement();
            if (!allowed)
            {
                violations.Add(StageOrderViolation(version.Change == AgreementChange.Extension ? PartnershipStage.Extended : CurrentStage));
            }
        }

        CheckContent(violations, version, latest, officials, policy);
        return ValueList.From(violations);
    }

    /// <summary>Signs a new version of an agreement; the earlier versions stay readable. An extension moves the partnership to the extended stage.</summary>
    /// <param name="version">The new version; must not be null.</param>
    /// <param name="officials">The officials' directory whose authority rules (and policy: by default a Plh/Plt signs only with an explicit delegation) decide each signatory's authority; must not be null.</param>
    /// <param name="policy">The agreement policy, or null for <see cref="AgreementPolicy.Default"/>.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="officials"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The version breaks a rule (see <see cref="CheckAmendAgreement"/>).</exception>
    public Partnership AmendAgreement(Agreement version, OfficialsDirectory officials, AgreementPolicy? policy = null)
    {
        ThrowIfAny(CheckAmendAgreement(version, officials, policy));
        var previous = AgreementVersions(version.Number)[^1];
        var stages = version.Change == AgreementChange.Extension && CurrentStage != PartnershipStage.Extended
            ? Stages.Add(new StageEvent(PartnershipStage.Extended, version.SignedOn, version.Number + " v" + version.Version.ToString(CultureInfo.InvariantCulture)))
            : Stages;
        return With(stages: stages, agreements: Agreements.Add(version), scopes: CoverScopes(Scopes, version, previous));
    }

    // ---------------------------------------------------------------- simple stage steps

    /// <summary>Returns the violations that moving to a stage on a date would cause.</summary>
    /// <param name="stage">The stage: <see cref="PartnershipStage.Active"/>, <see cref="PartnershipStage.UnderEvaluation"/>, <see cref="PartnershipStage.Ended"/>, <see cref="PartnershipStage.Terminated"/> or <see cref="PartnershipStage.Abandoned"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is entered by another step (a meeting, an agreement in principle, a signing or an extension).</exception>
    public ValueList<PartnershipViolation> CheckMoveTo(PartnershipStage stage, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.InvalidInput(stage, nameof(stage), s => s is PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Ended or PartnershipStage.Terminated or PartnershipStage.Abandoned, "This stage is entered by its own step: RecordMeeting (coordination), AgreeInPrinciple, SignAgreement or AmendAgreement (extended).");
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, date);
        CheckStageStep(violations, stage);
        if (stage == PartnershipStage.Active && !CurrentStage.IsFinal() && !Agreements.Any(a => AgreementVersionOn(a.Number, date) is { } v && v.Term.Contains(date)))
        {
            violations.Add(Violation(CooperationRule.NoAgreementInForce, $"tidak ada perjanjian yang berlaku pada {Format(date)}", $"no agreement is in force on {Format(date)}"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Moves the partnership to a stage: active (implementation), under evaluation, ended, terminated or abandoned.</summary>
    /// <param name="stage">The stage; see <see cref="CheckMoveTo"/>.</param>
    /// <param name="date">The date.</param>
    /// <param name="basis">What brought it about (a decree, a letter, an evaluation report); must not be null or white space.</param>
    /// <returns>The new partnership. Activation makes covered scopes active; ending, termination and abandonment end every scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is entered by another step, or <paramref name="basis"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The step breaks a rule (see <see cref="CheckMoveTo"/>).</exception>
    public Partnership MoveTo(PartnershipStage stage, LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.BlankText(basis);
        ThrowIfAny(CheckMoveTo(stage, date));
        var stages = Stages.Add(new StageEvent(stage, date, basis));
        var scopes = Scopes;
        var scopeBasis = ScopeStateBasis.Decision(basis);
        if (stage == PartnershipStage.Active)
        {
            foreach (var history in Scopes.Where(h => h.Current == ScopeState.CoveredByAgreement && Agreements.Any(a => AgreementVersionOn(a.Number, date) is { } v && v.Term.Contains(date) && v.Covers(h.Scope))))
            {
                scopes = Apply(scopes, history.Scope, ScopeState.Active, date, scopeBasis, onlyFrom: [ScopeState.CoveredByAgreement]);
            }
        }
        else if (stage.IsFinal())
        {
            foreach (var history in Scopes)
            {
                scopes = Apply(scopes, history.Scope, ScopeState.Ended, date, scopeBasis, onlyFrom: [ScopeState.Proposed, ScopeState.AgreedInPrinciple, ScopeState.CoveredByAgreement, ScopeState.Active, ScopeState.Suspended]);
            }
        }

        return With(stages: stages, scopes: scopes);
    }

    /// <summary>Starts implementation (<see cref="PartnershipStage.Active"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What started it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership Activate(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Active, date, basis);
    }

    /// <summary>Starts monitoring and evaluation (<see cref="PartnershipStage.UnderEvaluation"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What started it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership BeginEvaluation(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.UnderEvaluation, date, basis);
    }

    /// <summary>Ends the partnership at the end of its term (<see cref="PartnershipStage.Ended"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What ended it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership End(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Ended, date, basis);
    }

    /// <summary>Terminates the partnership early (<see cref="PartnershipStage.Terminated"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">What terminated it; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership Terminate(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Terminated, date, basis);
    }

    /// <summary>Abandons an exploration that led to no agreement (<see cref="PartnershipStage.Abandoned"/>); see <see cref="MoveTo"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="basis">Why; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is null or blank.</exception>
    public Partnership Abandon(LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        return MoveTo(PartnershipStage.Abandoned, date, basis);
    }

    // ---------------------------------------------------------------- scopes and activities

    /// <summary>Returns the violations that setting a scope's state by a decision would cause.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="state">The new state: <see cref="ScopeState.Suspended"/>, <see cref="ScopeState.Active"/> (resume a suspended scope, or start a scope covered after activation, while the partnership is active) or <see cref="ScopeState.Ended"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is set by meetings or agreements, not by a decision.</exception>
    public ValueList<PartnershipViolation> CheckSetScopeState(ScopeKind scope, ScopeState state, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(scope);
        Guard.Against.InvalidInput(state, nameof(state), s => s is ScopeState.Suspended or ScopeState.Active or ScopeState.Ended, "A decision suspends, resumes (active) or ends a scope; the other states come from meetings and agreements.");
        var violations = new List<PartnershipViolation>();
        CheckOpenAndDated(violations, date);
        var current = HistoryOf(scope)?.Current;
        var allowed = ScopeTransitions.IsAllowed(current, state)
            && (state != ScopeState.Active || (current is ScopeState.Suspended or ScopeState.CoveredByAgreement && CurrentStage is PartnershipStage.Active or PartnershipStage.UnderEvaluation or PartnershipStage.Extended));
        if (!allowed)
        {
            violations.Add(Violation(CooperationRule.ScopeTransitionNotAllowed, $"{scope.Code}: {current?.ToString() ?? "-"} → {state}", $"{scope.Code}: {current?.ToString() ?? "-"} → {state}"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Suspends, resumes or ends a scope by a decision of the parties.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <param name="state">The new state; see <see cref="CheckSetScopeState"/>.</param>
    /// <param name="date">The date.</param>
    /// <param name="basis">The decision's reference; must not be null or white space.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not set by a decision, or <paramref name="basis"/> is blank.</exception>
    /// <exception cref="PartnershipRuleException">The step breaks a rule.</exception>
    public Partnership SetScopeState(ScopeKind scope, ScopeState state, LocalDate date, string basis)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.BlankText(basis);
        ThrowIfAny(CheckSetScopeState(scope, state, date));
        return With(scopes: Apply(Scopes, scope, state, date, ScopeStateBasis.Decision(basis), onlyFrom: null));
    }

    /// <summary>Returns the violations that adding an activity plan would cause.</summary>
    /// <param name="plan">The plan; must not be null.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ValueList<PartnershipViolation> CheckAddActivityPlan(ActivityPlan plan)
    {
        Guard.Against.Null(plan);
        var violations = new List<PartnershipViolation>();
        if (CurrentStage.IsFinal())
        {
            violations.Add(Violation(CooperationRule.StageClosed, $"tahap {CurrentStage}", $"stage {CurrentStage}"));
        }

        if (ActivityPlans.Any(p => string.Equals(p.Id, plan.Id, StringComparison.Ordinal)))
        {
            violations.Add(Violation(CooperationRule.ActivityPlanDuplicate, $"rencana {plan.Id} sudah dicatat", $"plan {plan.Id} is already recorded"));
        }

        if (plan.Place.Village != CommunitySide.Region)
        {
            violations.Add(Violation(CooperationRule.ActivityOutsidePartnerVillage, $"{plan.Place.Village} bukan {CommunitySide.Region}", $"{plan.Place.Village} is not {CommunitySide.Region}"));
        }

        var start = plan.Schedule.Period.Start;
        if (!CoversScopeOn(plan.Scope, start))
        {
            violations.Add(Violation(CooperationRule.ActivityScopeNotCovered, $"{plan.Scope.Code} pada {Format(start)}", $"{plan.Scope.Code} on {Format(start)}"));
        }

        return ValueList.From(violations);
    }

    /// <summary>Adds an activity plan under a scope covered by an agreement in force when the plan starts, in the partner village.</summary>
    /// <param name="plan">The plan; must not be null.</param>
    /// <returns>The new partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="PartnershipRuleException">The plan breaks a rule (see <see cref="CheckAddActivityPlan"/>).</exception>
    public Partnership AddActivityPlan(ActivityPlan plan)
    {
        ThrowIfAny(CheckAddActivityPlan(plan));
        return With(activityPlans: ActivityPlans.Add(plan));
    }

    /// <summary>Returns the id, programme and current stage.</summary>
    /// <returns>For example <c>lapas-pekalongan/panjang-wetan desa-binaan Coordination</c>.</returns>
    public override string ToString() => Id + " " + Programme.Code + " " + CurrentStage;

    // ---------------------------------------------------------------- helpers

    private static string Format(LocalDate date) => date.ToIso();

    private static PartnershipViolation Violation(CooperationRule rule, string indonesian, string english) =>
        new(rule, new LocalizedText(indonesian, english));

    private static void ThrowIfAny(ValueList<PartnershipViolation> violations)
    {
        if (!violations.IsEmpty)
        {
            throw new PartnershipRuleException(violations);
        }
    }

    private static ValueList<ScopeHistory> Apply(ValueList<ScopeHistory> scopes, ScopeKind scope, ScopeState state, LocalDate date, ScopeStateBasis basis, ScopeState?[]? onlyFrom)
    {
        var index = -1;
        for (var i = 0; i < scopes.Count; i++)
        {
            if (scopes[i].Scope.Equals(scope))
            {
                index = i;
                break;
            }
        }

        var history = index < 0 ? new ScopeHistory(scope, []) : scopes[index];
        if (onlyFrom is not null && Array.IndexOf(onlyFrom, history.Current) < 0)
        {
            return scopes;
        }

        var change = new ScopeStateChange(scope, state, date, basis);
        if (!history.CanApply(change))
        {
            return scopes;
        }

        return index < 0 ? scopes.Add(history.With(change)) : scopes.SetItem(index, history.With(change));
    }

    private ValueList<ScopeHistory> CoverScopes(ValueList<ScopeHistory> scopes, Agreement agreement, Agreement? previous)
    {
        var basis = ScopeStateBasis.Agreement(agreement.Number);
        foreach (var scope in agreement.Scopes)
        {
            scopes = Apply(scopes, scope, ScopeState.CoveredByAgreement, agreement.SignedOn, basis, onlyFrom: [null, ScopeState.Proposed, ScopeState.AgreedInPrinciple, ScopeState.Ended]);
        }

        if (previous is not null)
        {
            foreach (var dropped in previous.Scopes.Where(s => !agreement.Covers(s)))
            {
                var stillCovered = Agreements.Any(a => !string.Equals(a.Number, agreement.Number, StringComparison.Ordinal) && AgreementVersionOn(a.Number, agreement.SignedOn) is { } v && v.Term.Contains(agreement.SignedOn) && v.Covers(dropped));
                if (!stillCovered)
                {
                    scopes = Apply(scopes, dropped, ScopeState.Ended, agreement.SignedOn, basis, onlyFrom: [ScopeState.CoveredByAgreement, ScopeState.Active, ScopeState.Suspended]);
                }
            }
        }

        return scopes;
    }

    private static bool IsGoverningOn(Agreement version, LocalDate date, ReadOnlySpan<Agreement> agreements)
    {
        foreach (var other in agreements)
        {
            if (other.Version > version.Version && other.SignedOn <= date && string.Equals(other.Number, version.Number, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

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

    private void CheckOpenAndDated(List<PartnershipViolation> violations, LocalDate date)
    {
        if (CurrentStage.IsFinal())
        {
            violations.Add(Violation(CooperationRule.StageClosed, $"tahap {CurrentStage} sejak {Format(Stages[^1].Date)}", $"stage {CurrentStage} since {Format(Stages[^1].Date)}"));
        }

        var last = LastEventDate;
        if (date < last)
        {
            violations.Add(Violation(CooperationRule.DateBeforeLastEvent, $"{Format(date)} sebelum {Format(last)}", $"{Format(date)} is before {Format(last)}"));
        }
    }

    private void CheckStageStep(List<PartnershipViolation> violations, PartnershipStage target)
    {
        if (!CurrentStage.IsFinal() && !PartnershipStages.IsAllowed(CurrentStage, target))
        {
            violations.Add(StageOrderViolation(target));
        }
    }

    private PartnershipViolation StageOrderViolation(PartnershipStage target) =>
        Violation(CooperationRule.StageOrder, $"dari {CurrentStage} ke {target}", $"from {CurrentStage} to {target}");

    private void CheckContent(List<PartnershipViolation> violations, Agreement agreement, Agreement? previous, OfficialsDirectory officials, AgreementPolicy policy)
    {
        var sides = AgreementParties;
        foreach (var party in agreement.Parties.Where(p => !sides.Contains(p)))
        {
            violations.Add(Violation(CooperationRule.PartyNotInPartnership, $"{party} bukan pihak kerja sama {Id}", $"{party} is not a side of partnership {Id}"));
        }

        if (!agreement.Parties.Contains(CorrectionalSide.Id) && (CorrectionalSide.Supervisor is not { } office || !agreement.Parties.Contains(office)))
        {
            violations.Add(Violation(CooperationRule.CorrectionalSideMissing, $"{CorrectionalSide.Id} tidak tercantum", $"{CorrectionalSide.Id} is not listed"));
        }

        if (!agreement.Parties.Contains(CommunitySide.Id) && (SigningGovernment is null || !agreement.Parties.Contains(SigningGovernment.Id)))
        {
            violations.Add(Violation(CooperationRule.CommunitySideMissing, $"{CommunitySide.Id} tidak tercantum", $"{CommunitySide.Id} is not listed"));
        }

        foreach (var party in agreement.Parties.Where(p => !agreement.Signatories.Any(s => s.Party == p)))
        {
            violations.Add(Violation(CooperationRule.PartyUnsigned, $"{party} belum menandatangani {agreement.Number}", $"{party} has not signed {agreement.Number}"));
        }

        foreach (var signatory in agreement.Signatories)
        {
            if (!agreement.Parties.Contains(signatory.Party))
            {
                violations.Add(Violation(CooperationRule.SignatoryNotAParty, $"{signatory.Person} untuk {signatory.Party}", $"{signatory.Person} for {signatory.Party}"));
                continue;
            }

            var decision = officials.MaySign(signatory.Person, agreement.Kind, signatory.Party, agreement.SignedOn);
            if (!decision.IsAuthorised)
            {
                // The people are named by their opaque ids only; positions and institutions by their titles.
                var position = officials.FindPosition(signatory.Appointment.Position)?.Title ?? signatory.Appointment.Position.ToString();
                var party = officials.Institutions.Find(signatory.Party)?.Name ?? signatory.Party.ToString();
                var capacity = signatory.Appointment.Capacity.Label();
                violations.Add(Violation(
                    decision.Outcome == AuthorityOutcome.Undetermined ? CooperationRule.SignatoryAuthorityUndetermined : CooperationRule.SignatoryNotAuthorised,
                    $"{signatory.Person} ({position}, {capacity.Indonesian}) untuk {party} pada {Format(agreement.SignedOn)}: {decision.Reason.Indonesian} [{decision.ReasonCode}]",
                    $"{signatory.Person} ({position}, {capacity.English}) for {party} on {Format(agreement.SignedOn)}: {decision.Reason.English} [{decision.ReasonCode}]"));
            }
        }

        var span = agreement.Change == AgreementChange.Extension && previous is not null && agreement.Term.End > previous.Term.End
            ? new DateInterval(previous.Term.End.PlusDays(1), agreement.Term.End)
            : agreement.Term;
        if (!policy.AllowsTerm(span))
        {
            violations.Add(Violation(CooperationRule.TermTooLong, $"{agreement.Number}: {span} melebihi {policy.MaximumTerm}", $"{agreement.Number}: {span} exceeds {policy.MaximumTerm}"));
        }

        if (agreement.Kind == AgreementKind.JointAgreement && CommunitySide.Kind != InstitutionKind.Desa)
        {
            violations.Add(Violation(CooperationRule.JointAgreementRequiresDesa, $"{CommunitySide.Id} adalah {CommunitySide.Kind}", $"{CommunitySide.Id} is a {CommunitySide.Kind}"));
        }

        if (agreement.Kind == AgreementKind.CooperationAgreement)
        {
            CheckAgainstMemorandum(violations, agreement, policy);
        }
    }

    private void CheckAgainstMemorandum(List<PartnershipViolation> violations, Agreement pks, AgreementPolicy policy)
    {
        if (pks.ImplementsMemorandum is not { } number)
        {
            if (!policy.AllowStandalonePks)
            {
                violations.Add(Violation(CooperationRule.StandalonePksNotAllowed, $"{pks.Number} tanpa nota kesepahaman", $"{pks.Number} implements no memorandum"));
            }

            return;
        }

        var versions = AgreementVersions(number).Where(a => a.Kind == AgreementKind.MemorandumOfUnderstanding).ToList();
        if (versions.Count == 0)
        {
            violations.Add(Violation(CooperationRule.MouMissing, $"{InputExcerpt.Of(number)} tidak ada dalam kerja sama {Id}", $"{InputExcerpt.Of(number)} is not in partnership {Id}"));
            return;
        }

        var mou = AgreementVersionOn(number, pks.SignedOn);
        if (mou is null)
        {
            violations.Add(Violation(CooperationRule.PksSignedBeforeMou, $"{pks.Number} pada {Format(pks.SignedOn)}, {number} pada {Format(versions[0].SignedOn)}", $"{pks.Number} on {Format(pks.SignedOn)}, {number} on {Format(versions[0].SignedOn)}"));
            return;
        }

        if (pks.Term.End > mou.Term.End)
        {
            violations.Add(Violation(CooperationRule.PksOutlivesMou, $"{pks.Number} berakhir {Format(pks.Term.End)}, {number} berakhir {Format(mou.Term.End)}", $"{pks.Number} ends {Format(pks.Term.End)}, {number} ends {Format(mou.Term.End)}"));
        }

        var outside = pks.Scopes.Where(s => !mou.Covers(s)).Select(s => s.Code).ToList();
        if (outside.Count > 0)
        {
            var list = string.Join(", ", outside);
            violations.Add(Violation(CooperationRule.PksScopeOutsideMou, $"{list} tidak tercakup {number}", $"{list} not covered by {number}"));
        }
    }

    private Partnership With(
        ValueList<StageEvent>? stages = null,
        ValueList<Meeting>? meetings = null,
        ValueList<Agreement>? agreements = null,
        ValueList<ScopeHistory>? scopes = null,
        ValueList<ActivityPlan>? activityPlans = null) =>
        new(Id, Programme, CorrectionalSide, CommunitySide, SigningGovernment, Purpose, stages ?? Stages, meetings ?? Meetings, agreements ?? Agreements, scopes ?? Scopes, activityPlans ?? ActivityPlans);
}
