using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Cooperation;

/// <summary>Indonesian and English labels, stable codes and legal bases of the enumerations of <c>DesaBinaan.Core.Cooperation</c>.</summary>
public static class CooperationLabels
{
    private static readonly Citation Stages = new("Permendagri 22/2020", null, "Stages synthesised with Permendagri 22/2009 and 75/2022 (docs/domain.md §6).");
    private static readonly Citation Contents = new("Permendagri 22/2020", null, "An agreement states its parties, object, scope, rights and obligations, term and funding (docs/domain.md §6).");
    private static readonly Citation Signing = new("Permenkumham 65/2016", null, "Framework MoU by the Minister or regional head; technical PKS by the head of the UPT; successor Permenkumham 14/2023.");
    private static readonly Citation Mandate = new("UU 30/2014", "Pasal 14", "An official acting by mandate may not take strategic decisions; BKN SE 2/SE/VII/2019 and 1/SE/I/2021.");
    private static readonly Citation TermPolicy = new("Permendagri 22/2020", null, "No uniform maximum term was found: the maximum is a policy value (AgreementPolicy.MaximumTerm).");
    private static readonly Citation Village = new("Permendagri 96/2017", null, "A desa cooperates with third parties by a Perjanjian Bersama agreed in the village assembly.");
    private static readonly Citation Activities = new("Permenkumham 3/2018", null, "Assimilation outside the walls (social work, work with a third party) takes place with a host that has agreed to it (docs/domain.md §2, §7).");

    /// <summary>Returns the label of a stage.</summary>
    /// <param name="value">The stage.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this PartnershipStage value) => value switch
    {
        PartnershipStage.Exploration => new("Penjajakan", "Exploration"),
        PartnershipStage.Coordination => new("Koordinasi", "Coordination"),
        PartnershipStage.AgreedInPrinciple => new("Kesepakatan prinsip", "Agreed in principle"),
        PartnershipStage.AgreementSigned => new("Perjanjian ditandatangani", "Agreement signed"),
        PartnershipStage.Active => new("Pelaksanaan", "Active"),
        PartnershipStage.UnderEvaluation => new("Monitoring dan evaluasi", "Under evaluation"),
        PartnershipStage.Extended => new("Diperpanjang", "Extended"),
        PartnershipStage.Ended => new("Berakhir", "Ended"),
        PartnershipStage.Terminated => new("Diakhiri", "Terminated"),
        PartnershipStage.Abandoned => new("Tidak dilanjutkan", "Abandoned"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a meeting kind.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this MeetingKind value) => value switch
    {
        MeetingKind.InitialCoordination => new("Koordinasi awal", "Initial coordination"),
        MeetingKind.FollowUp => new("Rapat lanjutan", "Follow-up meeting"),
        MeetingKind.Signing => new("Penandatanganan", "Signing"),
        MeetingKind.Evaluation => new("Monitoring dan evaluasi", "Evaluation"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a side.</summary>
    /// <param name="value">The side.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this PartnershipSide value) => value switch
    {
        PartnershipSide.Correctional => new("Pihak pemasyarakatan", "Correctional side"),
        PartnershipSide.Community => new("Pihak kelurahan/desa", "Village side"),
        PartnershipSide.Government => new("Pemerintah daerah", "City/regency government"),
        PartnershipSide.Other => new("Pihak lain", "Other"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of an attendee role.</summary>
    /// <param name="value">The role.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this AttendeeRole value) => value switch
    {
        AttendeeRole.Chair => new("Pimpinan rapat", "Chair"),
        AttendeeRole.Accompanying => new("Pendamping", "Accompanying"),
        AttendeeRole.Host => new("Tuan rumah", "Host"),
        AttendeeRole.Participant => new("Peserta", "Participant"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a kind of agreement version.</summary>
    /// <param name="value">The change.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this AgreementChange value) => value switch
    {
        AgreementChange.Original => new("Naskah asli", "Original"),
        AgreementChange.Amendment => new("Perubahan (adendum)", "Amendment"),
        AgreementChange.Extension => new("Perpanjangan", "Extension"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the label of a rule.</summary>
    /// <param name="value">The rule.</param>
    /// <returns>The label, a sentence stating the rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this CooperationRule value) => value switch
    {
        CooperationRule.StageOrder => new("Tahap ini tidak dapat mengikuti tahap sebelumnya", "This step does not follow from the current stage"),
        CooperationRule.StageClosed => new("Kerja sama telah berakhir, diakhiri atau tidak dilanjutkan", "The partnership has ended, been terminated or been abandoned"),
        CooperationRule.DateBeforeLastEvent => new("Tanggal langkah ini sebelum peristiwa terakhir kerja sama", "The step is dated before the partnership's last event"),
        CooperationRule.NoScopeAgreed => new("Kesepakatan prinsip memerlukan paling sedikit satu ruang lingkup yang disepakati dalam rapat", "An agreement in principle needs at least one scope agreed at a meeting"),
        CooperationRule.NoAgreementInForce => new("Pelaksanaan memerlukan perjanjian yang berlaku pada tanggal tersebut", "Activation needs an agreement in force on its date"),
        CooperationRule.MeetingDuplicate => new("Rapat dengan kode ini sudah dicatat", "A meeting with this id is already recorded"),
        CooperationRule.MeetingUnknown => new("Rapat yang dirujuk belum dicatat", "The meeting referred to is not recorded"),
        CooperationRule.MeetingItemDuplicate => new("Topik atau tindak lanjut dengan kode ini sudah dicatat", "A deferred topic or action item with this id is already recorded"),
        CooperationRule.MeetingItemUnknown => new("Topik atau tindak lanjut yang dirujuk belum dicatat", "The topic or action item referred to is not recorded"),
        CooperationRule.AgreementNumberDuplicate => new("Perjanjian dengan nomor ini sudah ditandatangani", "An agreement with this number is already signed"),
        CooperationRule.PartyNotInPartnership => new("Pihak perjanjian bukan pihak dalam kerja sama ini", "A party of the agreement is not a side of this partnership"),
        CooperationRule.CorrectionalSideMissing => new("UPT pemasyarakatan bukan pihak perjanjian", "The correctional unit is not a party of the agreement"),
        CooperationRule.CommunitySideMissing => new("Kelurahan/desa atau pemerintah daerah bukan pihak perjanjian", "Neither the village nor the city/regency government is a party"),
        CooperationRule.PartyUnsigned => new("Setiap pihak harus menandatangani perjanjian", "Every party must sign the agreement"),
        CooperationRule.SignatoryNotAParty => new("Penandatangan mewakili instansi yang bukan pihak perjanjian", "A signatory signs for an institution that is not a party"),
        CooperationRule.SignatoryNotAuthorised => new("Penandatangan tidak berwenang menandatangani perjanjian ini pada tanggal tersebut", "A signatory is not authorised to sign this agreement on that date"),
        CooperationRule.TermTooLong => new("Jangka waktu perjanjian melebihi batas maksimum", "The agreement's term exceeds the maximum"),
        CooperationRule.MouMissing => new("Nota kesepahaman yang dilaksanakan PKS ini belum ditandatangani", "The memorandum this PKS implements is not signed"),
        CooperationRule.StandalonePksNotAllowed => new("PKS harus melaksanakan nota kesepahaman", "A PKS must implement a memorandum of understanding"),
        CooperationRule.PksOutlivesMou => new("PKS tidak boleh berlaku melebihi nota kesepahamannya", "A PKS must not outlive its memorandum"),
        CooperationRule.PksScopeOutsideMou => new("PKS hanya mencakup ruang lingkup nota kesepahamannya", "A PKS covers only its memorandum's scopes"),
        CooperationRule.PksSignedBeforeMou => new("PKS tidak dapat ditandatangani sebelum nota kesepahamannya", "A PKS cannot be signed before its memorandum"),
        CooperationRule.JointAgreementRequiresDesa => new("Perjanjian Bersama adalah perjanjian desa; pihak ini bukan desa", "A Perjanjian Bersama is a desa's agreement; the village side is not a desa"),
        CooperationRule.AgreementUnknown => new("Perjanjian dengan nomor ini belum ditandatangani", "No agreement with this number is signed"),
        CooperationRule.AgreementVersionOrder => new("Versi baru harus mengikuti versi terakhir dengan jenis yang sama", "A new version must follow the latest, with the same kind"),
        CooperationRule.ScopeTransitionNotAllowed => new("Status ruang lingkup tidak dapat berubah seperti ini", "The scope cannot move to this state from its current one"),
        CooperationRule.ActivityScopeNotCovered => new("Ruang lingkup kegiatan tidak tercakup perjanjian yang berlaku saat kegiatan dimulai", "The activity's scope is not covered by an agreement in force when it starts"),
        CooperationRule.ActivityOutsidePartnerVillage => new("Kegiatan tidak dilaksanakan di kelurahan/desa mitra", "The activity does not take place in the partner village"),
        CooperationRule.ActivityPlanDuplicate => new("Rencana kegiatan dengan kode ini sudah dicatat", "An activity plan with this id is already recorded"),
        CooperationRule.SignatoryAuthorityUndetermined => new("Kewenangan penandatangan tidak dapat dipastikan", "The signatory's authority cannot be established"),
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the stable code of a rule, such as <c>agreement.pks.outlives-mou</c>; it never changes once shipped.</summary>
    /// <param name="value">The rule.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string Code(this CooperationRule value) => value switch
    {
        CooperationRule.StageOrder => "partnership.stage.order",
        CooperationRule.StageClosed => "partnership.stage.closed",
        CooperationRule.DateBeforeLastEvent => "partnership.date.before-last-event",
        CooperationRule.NoScopeAgreed => "partnership.scope.none-agreed",
        CooperationRule.NoAgreementInForce => "partnership.agreement.none-in-force",
        CooperationRule.MeetingDuplicate => "meeting.id.duplicate",
        CooperationRule.MeetingUnknown => "meeting.unknown",
        CooperationRule.MeetingItemDuplicate => "meeting.item.duplicate",
        CooperationRule.MeetingItemUnknown => "meeting.item.unknown",
        CooperationRule.AgreementNumberDuplicate => "agreement.number.duplicate",
        CooperationRule.PartyNotInPartnership => "agreement.party.not-in-partnership",
        CooperationRule.CorrectionalSideMissing => "agreement.party.correctional-side-missing",
        CooperationRule.CommunitySideMissing => "agreement.party.community-side-missing",
        CooperationRule.PartyUnsigned => "agreement.party.unsigned",
        CooperationRule.SignatoryNotAParty => "agreement.signatory.not-a-party",
        CooperationRule.SignatoryNotAuthorised => "agreement.signatory.not-authorised",
        CooperationRule.TermTooLong => "agreement.term.too-long",
        CooperationRule.MouMissing => "agreement.pks.mou-missing",
        CooperationRule.StandalonePksNotAllowed => "agreement.pks.standalone-not-allowed",
        CooperationRule.PksOutlivesMou => "agreement.pks.outlives-mou",
        CooperationRule.PksScopeOutsideMou => "agreement.pks.scope-outside-mou",
        CooperationRule.PksSignedBeforeMou => "agreement.pks.signed-before-mou",
        CooperationRule.JointAgreementRequiresDesa => "agreement.joint.requires-desa",
        CooperationRule.AgreementUnknown => "agreement.unknown",
        CooperationRule.AgreementVersionOrder => "agreement.version.order",
        CooperationRule.ScopeTransitionNotAllowed => "scope.transition.not-allowed",
        CooperationRule.ActivityScopeNotCovered => "activity.scope.not-covered",
        CooperationRule.ActivityOutsidePartnerVillage => "activity.place.outside-partner-village",
        CooperationRule.ActivityPlanDuplicate => "activity.plan.duplicate",
        CooperationRule.SignatoryAuthorityUndetermined => "agreement.signatory.authority-undetermined",
        _ => throw GuardRules.NotDefined(value),
    };

    /// <summary>Returns the legal basis of a rule.</summary>
    /// <param name="value">The rule.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static Citation Citation(this CooperationRule value) => value switch
    {
        CooperationRule.StageOrder or CooperationRule.StageClosed or CooperationRule.DateBeforeLastEvent
            or CooperationRule.NoScopeAgreed or CooperationRule.NoAgreementInForce
            or CooperationRule.MeetingDuplicate or CooperationRule.MeetingUnknown
            or CooperationRule.MeetingItemDuplicate or CooperationRule.MeetingItemUnknown
            or CooperationRule.ScopeTransitionNotAllowed => Stages,
        CooperationRule.AgreementNumberDuplicate or CooperationRule.PartyNotInPartnership or CooperationRule.CorrectionalSideMissing
            or CooperationRule.CommunitySideMissing or CooperationRule.PartyUnsigned
            or CooperationRule.AgreementUnknown or CooperationRule.AgreementVersionOrder => Contents,
        CooperationRule.SignatoryNotAParty or CooperationRule.MouMissing or CooperationRule.StandalonePksNotAllowed
            or CooperationRule.PksOutlivesMou or CooperationRule.PksScopeOutsideMou or CooperationRule.PksSignedBeforeMou => Signing,
        CooperationRule.SignatoryNotAuthorised or CooperationRule.SignatoryAuthorityUndetermined => Mandate,
        CooperationRule.TermTooLong => TermPolicy,
        CooperationRule.JointAgreementRequiresDesa => Village,
        CooperationRule.ActivityScopeNotCovered or CooperationRule.ActivityOutsidePartnerVillage or CooperationRule.ActivityPlanDuplicate => Activities,
        _ => throw GuardRules.NotDefined(value),
    };
}
