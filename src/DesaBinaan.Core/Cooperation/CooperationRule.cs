namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// A rule of the partnership life cycle that a step can break. Each has a stable code
/// (<see cref="CooperationLabels.Code(CooperationRule)"/>), a label and a legal basis.
/// </summary>
public enum CooperationRule
{
    /// <summary>The step does not follow from the current stage (<c>partnership.stage.order</c>).</summary>
    StageOrder = 0,

    /// <summary>The partnership has ended, been terminated or been abandoned (<c>partnership.stage.closed</c>).</summary>
    StageClosed = 1,

    /// <summary>The step is dated before the partnership's last event (<c>partnership.date.before-last-event</c>).</summary>
    DateBeforeLastEvent = 2,

    /// <summary>An agreement in principle needs at least one scope agreed at a meeting (<c>partnership.scope.none-agreed</c>).</summary>
    NoScopeAgreed = 3,

    /// <summary>Activation needs an agreement in force on its date (<c>partnership.agreement.none-in-force</c>).</summary>
    NoAgreementInForce = 4,

    /// <summary>A meeting with this id is already recorded (<c>meeting.id.duplicate</c>).</summary>
    MeetingDuplicate = 5,

    /// <summary>The meeting referred to is not recorded (<c>meeting.unknown</c>).</summary>
    MeetingUnknown = 6,

    /// <summary>A deferred topic or action item with this id is already recorded (<c>meeting.item.duplicate</c>).</summary>
    MeetingItemDuplicate = 7,

    /// <summary>A settled topic or completed action item refers to no recorded item (<c>meeting.item.unknown</c>).</summary>
    MeetingItemUnknown = 8,

    /// <summary>An agreement with this number is already signed in the partnership (<c>agreement.number.duplicate</c>).</summary>
    AgreementNumberDuplicate = 9,

    /// <summary>A party of the agreement is not a side of the partnership (<c>agreement.party.not-in-partnership</c>).</summary>
    PartyNotInPartnership = 10,

    /// <summary>Neither the correctional unit nor its supervising regional office is a party (<c>agreement.party.correctional-side-missing</c>).</summary>
    CorrectionalSideMissing = 11,

    /// <summary>Neither the village nor the city/regency government is a party (<c>agreement.party.community-side-missing</c>).</summary>
    CommunitySideMissing = 12,

    /// <summary>A party has no signatory (<c>agreement.party.unsigned</c>).</summary>
    PartyUnsigned = 13,

    /// <summary>A signatory signs for an institution that is not a party (<c>agreement.signatory.not-a-party</c>).</summary>
    SignatoryNotAParty = 14,

    /// <summary>A signatory has no authority to sign this kind of agreement for the party on the signing date (<c>agreement.signatory.not-authorised</c>).</summary>
    SignatoryNotAuthorised = 15,

    /// <summary>The term is longer than the policy's maximum (<c>agreement.term.too-long</c>).</summary>
    TermTooLong = 16,

    /// <summary>The memorandum the PKS implements is not signed in the partnership (<c>agreement.pks.mou-missing</c>).</summary>
    MouMissing = 17,

    /// <summary>The policy does not allow a PKS without a memorandum (<c>agreement.pks.standalone-not-allowed</c>).</summary>
    StandalonePksNotAllowed = 18,

    /// <summary>The PKS ends after its memorandum (<c>agreement.pks.outlives-mou</c>).</summary>
    PksOutlivesMou = 19,

    /// <summary>The PKS covers a scope its memorandum does not (<c>agreement.pks.scope-outside-mou</c>).</summary>
    PksScopeOutsideMou = 20,

    /// <summary>The PKS is signed before its memorandum (<c>agreement.pks.signed-before-mou</c>).</summary>
    PksSignedBeforeMou = 21,

    /// <summary>A Perjanjian Bersama is a desa's agreement; the village side is not a desa (<c>agreement.joint.requires-desa</c>).</summary>
    JointAgreementRequiresDesa = 22,

    /// <summary>No agreement with this number is signed in the partnership (<c>agreement.unknown</c>).</summary>
    AgreementUnknown = 23,

    /// <summary>A new version must follow the latest with the same kind and the next version number (<c>agreement.version.order</c>).</summary>
    AgreementVersionOrder = 24,

    /// <summary>The scope cannot move to this state from its current one (<c>scope.transition.not-allowed</c>).</summary>
    ScopeTransitionNotAllowed = 25,

    /// <summary>The activity's scope is not covered by an agreement in force when it starts (<c>activity.scope.not-covered</c>).</summary>
    ActivityScopeNotCovered = 26,

    /// <summary>The activity does not take place in the partner village (<c>activity.place.outside-partner-village</c>).</summary>
    ActivityOutsidePartnerVillage = 27,

    /// <summary>An activity plan with this id is already recorded (<c>activity.plan.duplicate</c>).</summary>
    ActivityPlanDuplicate = 28,

    /// <summary>A signatory's authority cannot be established: the person or institution is unknown to the officials' directory (<c>agreement.signatory.authority-undetermined</c>).</summary>
    SignatoryAuthorityUndetermined = 29,
}
