using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
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
public sealed partial record Partnership
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

    /// <summary>Returns the id, programme and current stage.</summary>
    /// <returns>For example <c>lapas-pekalongan/panjang-wetan desa-binaan Coordination</c>.</returns>
    public override string ToString() => Id + " " + Programme.Code + " " + CurrentStage;

    internal static PartnershipViolation Violation(CooperationRule rule, string indonesian, string english) =>
        new(rule, new LocalizedText(indonesian, english));

    private static void ThrowIfAny(ValueList<PartnershipViolation> violations)
    {
        if (!violations.IsEmpty)
        {
            throw new PartnershipRuleException(violations);
        }
    }

    private void CheckOpenAndDated(List<PartnershipViolation> violations, LocalDate date)
    {
        if (CurrentStage.IsFinal())
        {
            violations.Add(Violation(CooperationRule.StageClosed, $"tahap {CurrentStage} sejak {Stages[^1].Date.ToIso()}", $"stage {CurrentStage} since {Stages[^1].Date.ToIso()}"));
        }

        var last = LastEventDate;
        if (date < last)
        {
            violations.Add(Violation(CooperationRule.DateBeforeLastEvent, $"{date.ToIso()} sebelum {last.ToIso()}", $"{date.ToIso()} is before {last.ToIso()}"));
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

    private Partnership With(
        ValueList<StageEvent>? stages = null,
        ValueList<Meeting>? meetings = null,
        ValueList<Agreement>? agreements = null,
        ValueList<ScopeHistory>? scopes = null,
        ValueList<ActivityPlan>? activityPlans = null) =>
        new(Id, Programme, CorrectionalSide, CommunitySide, SigningGovernment, Purpose, stages ?? Stages, meetings ?? Meetings, agreements ?? Agreements, scopes ?? Scopes, activityPlans ?? ActivityPlans);
}
