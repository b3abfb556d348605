using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The built-in, dated and cited Indonesian policies (docs/domain.md §9): assimilation, participation in an outside
/// partnership activity, parole (PB), conditional leave (CB), pre-release leave (CMB), family-visit leave (CMK) and
/// remission. Each is a <see cref="Policy{TSubject, TParameters}"/> whose versions carry their effective dates,
/// citations, parameter values and counting convention.
/// </summary>
/// <remarks>
/// <para><b>Dates of the versions.</b> The Supreme Court ruling 28 P/HUM/2021 was pronounced on 28 October 2021 and
/// declared the justice-collaborator conditions of PP 99/2012 (Pasal 34A, 43A) without binding force; Permenkumham
/// 7/2022 removed the condition from the ministerial regulation and was reported issued by 30 January 2022. The
/// exact promulgation dates of Permenkumham 3/2018 (Berita Negara 2018 No. 282), 18/2019, 7/2022 and 16/2023 were not
/// found in the sources consulted: the versions assume 3/2018 in force from 2018-02-26 and 7/2022 from 2022-01-30 (the
/// report's date), and say so in their citations. 18/2019 and 16/2023 change no condition modelled here and are cited
/// in the versions they amend.</para>
/// <para>Every open point of docs/domain.md §10 is a parameter (<see cref="RightsParameters"/>): the fraction basis and
/// rounding (the counting convention), minimum security for outside activities, the children's thresholds and the
/// special-offence tiers.</para>
/// </remarks>
public static class IndonesianPolicies
{
    /// <summary>The assumed first day of Permenkumham 3/2018.</summary>
    public static readonly LocalDate Permenkumham3Of2018 = new(2018, 2, 26);

    /// <summary>The day of the Supreme Court ruling 28 P/HUM/2021.</summary>
    public static readonly LocalDate Ruling28PHum2021 = new(2021, 10, 28);

    /// <summary>The assumed first day of Permenkumham 7/2022 (the date it was reported issued).</summary>
    public static readonly LocalDate Permenkumham7Of2022 = new(2022, 1, 30);

    /// <summary>The day the criminal code UU 1/2023 (KUHP) came into force, with UU 1/2026 on adjusting penalties: 2 January 2026.</summary>
    public static readonly LocalDate Kuhp2023 = new(2026, 1, 2);

    private static readonly Citation Base2018 = new(RuleCitations.Permen, null, "sebagaimana diubah Permenkumham 18/2019; tanggal berlaku 2018-02-26 diasumsikan (tanggal pengundangan tidak ditemukan)");
    private static readonly Citation Pp99 = new("PP 99/2012", null, "syarat tindak pidana khusus termasuk justice collaborator");
    private static readonly Citation Ruling = new("Putusan MA 28 P/HUM/2021", null, "28 Oktober 2021: syarat justice collaborator PP 99/2012 Pasal 34A dan 43A tidak mempunyai kekuatan hukum mengikat");
    private static readonly Citation Amendment2022 = new("Permenkumham 7/2022", null, "perubahan kedua Permenkumham 3/2018; tanggal berlaku 2022-01-30 diasumsikan (diberitakan terbit 30 Januari 2022)");
    private static readonly Citation Amendment2023 = new("Permenkumham 16/2023", null, "perubahan ketiga Permenkumham 3/2018 (antara lain remisi kemanusiaan); tidak mengubah syarat yang dimodelkan di sini");
    private static readonly Citation Code2023 = new("UU 1/2023 (KUHP)", null, "berlaku 2 Januari 2026 bersama UU 1/2026 tentang penyesuaian pidana; Permenkumham 3/2018 sebagaimana diubah tetap diterapkan karena belum ada peraturan pelaksana baru");
    private static readonly Citation Law2022 = new("UU 22/2022", "Pasal 10", "hak dan syarat narapidana; tidak berlaku bagi pidana seumur hidup dan mati");

    private static readonly ConvictStatusCriterion Convict = RuleBlocks.ConvictCriterion;
    private static readonly NotLifeOrDeathCriterion NotLifeOrDeath = RuleBlocks.NotLifeOrDeathCriterion;
    private static readonly SentenceRunningCriterion Running = RuleBlocks.RunningCriterion;
    private static readonly EmbassyGuaranteeCriterion Embassy = new("rights.embassy-guarantee");
    private static readonly RiskReductionCriterion Risk = new("rights.risk-reduction");

    private static readonly AsimilasiCriteriaSet Set = new(Convict, NotLifeOrDeath, Running, Embassy, Risk);
    private static readonly ValueList<ICriterion<InmateProfile, RightsParameters>> AsimilasiCriteria = Set.Asimilasi;

    /// <summary>Gets the assimilation policy (<i>asimilasi</i>, Permenkumham 3/2018 Pasal 44–45 as amended).</summary>
    public static Policy<InmateProfile, RightsParameters> Asimilasi { get; } = new(
        "asimilasi",
        new("Asimilasi", "Assimilation"),
        [
            new PolicyVersion<InmateProfile, RightsParameters>("asimilasi.2018", new("Asimilasi menurut Permenkumham 3/2018", "Assimilation under Permenkumham 3/2018"), new DateInterval(Permenkumham3Of2018, Permenkumham7Of2022.PlusDays(-1)), [Base2018, Pp99, RuleCitations.AsimilasiGeneral], AsimilasiParameters(justiceCollaborator: true), AsimilasiCriteria).WithFused(Set.ForAsimilasi.Evaluate),
            new PolicyVersion<InmateProfile, RightsParameters>("asimilasi.2022", new("Asimilasi menurut Permenkumham 3/2018 sebagaimana diubah Permenkumham 7/2022", "Assimilation under Permenkumham 3/2018 as amended by 7/2022"), new DateInterval(Permenkumham7Of2022, LocalDate.MaxIsoValue), [Amendment2022, Amendment2023, Law2022, RuleCitations.AsimilasiGeneral, RuleCitations.AsimilasiSpecial], AsimilasiParameters(justiceCollaborator: false), AsimilasiCriteria).WithFused(Set.ForAsimilasi.Evaluate),
        ]);

    /// <summary>
    /// Gets the policy of participation in an outside partnership activity (assimilation outside the walls): assimilation
    /// eligibility, a minimum-security placement (a switch, on by default), the activity's scope covered by an agreement
    /// in force on the date, and the escort capacity of the plan. Bind it to an activity with <see cref="OutsideActivityFor"/>.
    /// </summary>
    public static Policy<InmateProfile, RightsParameters> OutsideActivity { get; } = new(
        "outside-activity",
        new("Keikutsertaan kegiatan kerja sama di luar Lapas", "Participation in an outside partnership activity"),
        [
            new PolicyVersion<InmateProfile, RightsParameters>("outside-activity.2018", new("Kegiatan luar menurut Permenkumham 3/2018", "Outside activity under Permenkumham 3/2018"), new DateInterval(Permenkumham3Of2018, Permenkumham7Of2022.PlusDays(-1)), [Base2018, Pp99, RuleCitations.AsimilasiGeneral, RuleCitations.MinimumSecurity], OutsideParameters(justiceCollaborator: true), Set.Outside).WithFused(Set.ForOutside.Evaluate),
            new PolicyVersion<InmateProfile, RightsParameters>("outside-activity.2022", new("Kegiatan luar menurut Permenkumham 3/2018 sebagaimana diubah Permenkumham 7/2022", "Outside activity under Permenkumham 3/2018 as amended by 7/2022"), new DateInterval(Permenkumham7Of2022, LocalDate.MaxIsoValue), [Amendment2022, Amendment2023, Law2022, RuleCitations.AsimilasiGeneral, RuleCitations.AsimilasiSpecial, RuleCitations.MinimumSecurity], OutsideParameters(justiceCollaborator: false), Set.Outside).WithFused(Set.ForOutside.Evaluate),
        ]);

    /// <summary>Gets the parole policy (<i>pembebasan bersyarat</i>, PB).</summary>
    public static Policy<InmateProfile, RightsParameters> Parole { get; } = new(
        "pb",
        new("Pembebasan bersyarat", "Parole"),
        [
            Version("pb.2018", "Pembebasan bersyarat", "Parole", Permenkumham3Of2018, Ruling28PHum2021.PlusDays(-1), [Base2018, Pp99, RuleCitations.Parole], IntegrationParameters(justiceCollaborator: true), ParoleCriteria()),
            Version("pb.2021", "Pembebasan bersyarat", "Parole", Ruling28PHum2021, Permenkumham7Of2022.PlusDays(-1), [Base2018, Ruling, RuleCitations.Parole], IntegrationParameters(justiceCollaborator: false), ParoleCriteria()),
            Version("pb.2022", "Pembebasan bersyarat", "Parole", Permenkumham7Of2022, Kuhp2023.PlusDays(-1), [Amendment2022, Amendment2023, Law2022, RuleCitations.Parole], IntegrationParameters(justiceCollaborator: false), ParoleCriteria()),
            Version("pb.2026", "Pembebasan bersyarat menurut KUHP UU 1/2023", "Parole under KUHP UU 1/2023", Kuhp2023, LocalDate.MaxIsoValue, [Code2023, RuleCitations.ParoleKuhp2023, RuleCitations.ParoleWithdrawal, Amendment2022, Amendment2023, Law2022, RuleCitations.Parole], new(CountingConvention.Default, integration: new IntegrationSettings(paroleMinimumSentence: SentenceTerm.FromYears(1))), ParoleCriteria2026()),
        ]);

    /// <summary>Gets the conditional-leave policy (<i>cuti bersyarat</i>, CB).</summary>
    public static Policy<InmateProfile, RightsParameters> ConditionalLeave { get; } = new(
        "cb",
        new("Cuti bersyarat", "Conditional leave"),
        [Version("cb.2018", "Cuti bersyarat", "Conditional leave", Permenkumham3Of2018, LocalDate.MaxIsoValue, [Base2018, Amendment2022, Amendment2023, RuleCitations.ConditionalLeave], IntegrationParameters(false), ConditionalLeaveCriteria())]);

    /// <summary>Gets the pre-release leave policy (<i>cuti menjelang bebas</i>, CMB).</summary>
    public static Policy<InmateProfile, RightsParameters> PreReleaseLeave { get; } = new(
        "cmb",
        new("Cuti menjelang bebas", "Pre-release leave"),
        [Version("cmb.2018", "Cuti menjelang bebas", "Pre-release leave", Permenkumham3Of2018, LocalDate.MaxIsoValue, [Base2018, Amendment2022, Amendment2023, RuleCitations.PreRelease], IntegrationParameters(false), PreReleaseCriteria())]);

    /// <summary>Gets the family-visit leave policy (<i>cuti mengunjungi keluarga</i>, CMK).</summary>
    public static Policy<InmateProfile, RightsParameters> FamilyVisitLeave { get; } = new(
        "cmk",
        new("Cuti mengunjungi keluarga", "Family-visit leave"),
        [Version("cmk.2018", "Cuti mengunjungi keluarga", "Family-visit leave", Permenkumham3Of2018, LocalDate.MaxIsoValue, [Base2018, Amendment2022, Amendment2023, RuleCitations.FamilyVisit], IntegrationParameters(false), FamilyVisitCriteria())]);

    /// <summary>Gets the remission policy (<i>remisi</i>): evaluate it on the grant date (17 August for a general remission).</summary>
    public static Policy<InmateProfile, RightsParameters> Remission { get; } = new(
        "remisi",
        new("Remisi", "Remission"),
        [
            Version("remisi.2018", "Remisi", "Remission", Permenkumham3Of2018, Ruling28PHum2021.PlusDays(-1), [Base2018, Pp99, RuleCitations.Remission, RuleCitations.RemissionTime], RemissionParameters(true), RemissionCriteria()),
            Version("remisi.2021", "Remisi", "Remission", Ruling28PHum2021, Permenkumham7Of2022.PlusDays(-1), [Base2018, Ruling, RuleCitations.Remission, RuleCitations.RemissionTime], RemissionParameters(false), RemissionCriteria()),
            Version("remisi.2022", "Remisi", "Remission", Permenkumham7Of2022, LocalDate.MaxIsoValue, [Amendment2022, Amendment2023, Law2022, RuleCitations.Remission, RuleCitations.RemissionTime], RemissionParameters(false), RemissionCriteria()),
        ]);

    /// <summary>Returns the outside-activity policy bound to one activity (its plan, coverage and escort officers).</summary>
    /// <param name="activity">The activity, assessed for the date on which the policy will be evaluated.</param>
    /// <returns>The policy with every version's parameters bound to the activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public static Policy<InmateProfile, RightsParameters> OutsideActivityFor(ActivityEvaluationContext activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return OutsideActivity.WithParameters(p => p.WithActivity(activity));
    }

    /// <summary>Returns every built-in policy, by id.</summary>
    /// <returns>The policies.</returns>
    public static ValueList<Policy<InmateProfile, RightsParameters>> All() => [Asimilasi, OutsideActivity, Parole, ConditionalLeave, PreReleaseLeave, FamilyVisitLeave, Remission];

    private static RightsParameters AsimilasiParameters(bool justiceCollaborator) =>
        new(CountingConvention.Default, new AsimilasiSettings(requireJusticeCollaborator: justiceCollaborator));

    private static RightsParameters OutsideParameters(bool justiceCollaborator) =>
        new(CountingConvention.Default, new AsimilasiSettings(requireJusticeCollaborator: justiceCollaborator).WithEvidence([.. AsimilasiSettings.DefaultEvidence, EvidenceKind.HostGuarantee]), requireMinimumSecurity: true);

    private static RightsParameters IntegrationParameters(bool justiceCollaborator) =>
        new(CountingConvention.Default, integration: new IntegrationSettings(requireJusticeCollaborator: justiceCollaborator));

    private static RightsParameters RemissionParameters(bool justiceCollaborator) =>
        new(CountingConvention.Default, remission: new RemissionSettings(requireJusticeCollaborator: justiceCollaborator));

    private static PolicyVersion<InmateProfile, RightsParameters> Version(string id, string indonesian, string english, LocalDate start, LocalDate end, Citation[] citations, RightsParameters parameters, ValueList<ICriterion<InmateProfile, RightsParameters>> criteria) =>
        new(id, new(indonesian + " (" + id + ")", english + " (" + id + ")"), new DateInterval(start, end), citations, parameters, criteria);

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> ParoleCriteria() =>
    [
        Convict,
        NotLifeOrDeath,
        Running,
        new FractionServedCriterion("pb.two-thirds-served", new("Telah menjalani 2/3 masa pidana, paling singkat 9 bulan", "Has served 2/3 of the sentence, at least 9 months"), RuleCitations.Parole, FractionTier.Parole),
        new ConductCriterion("pb.no-punishment", new("Berkelakuan baik dalam 9 bulan terakhir", "Good behaviour in the last 9 months"), RuleCitations.Parole, ConductTier.Parole),
        new GuidanceCriterion("pb.guidance", RuleCitations.Parole),
        new NarcoticsAssimilationCriterion("pb.narcotics.assimilation"),
        new JusticeCollaboratorCriterion("pb.special.justice-collaborator", EvidenceSource.Integration),
        Embassy,
        new EvidenceCriterion("pb.community-acceptance", new("Masyarakat dapat menerima", "The community accepts the person's return"), RuleCitations.Parole, EvidenceSource.CommunityAcceptance),
        new EvidenceCriterion("pb.evidence", new("Dokumen persyaratan administratif lengkap", "Administrative evidence complete"), RuleCitations.Evidence, EvidenceSource.Integration),
    ];

    /// <summary>Parole from 2 January 2026: the criteria of Permenkumham 3/2018 as amended, and the code's own conditions.</summary>
    private static ValueList<ICriterion<InmateProfile, RightsParameters>> ParoleCriteria2026() =>
    [
        .. ParoleCriteria(),
        new SentenceLengthCriterion("pb.2026.sentence-at-least-one-year", new("Jumlah pidana paling singkat 1 tahun", "Total sentence of at least 1 year"), RuleCitations.ParoleKuhp2023, LengthBound.ParoleMinimum),
        new ParoleRightNotWithdrawnCriterion("pb.2026.right-not-withdrawn"),
    ];

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> ConditionalLeaveCriteria() =>
    [
        Convict,
        NotLifeOrDeath,
        Running,
        new SentenceLengthCriterion("cb.sentence-at-most", new("Pidana paling lama 1 tahun 6 bulan", "Sentence of at most 1 year 6 months"), RuleCitations.ConditionalLeave, LengthBound.ConditionalLeaveMaximum),
        new FractionServedCriterion("cb.two-thirds-served", new("Telah menjalani 2/3 masa pidana", "Has served 2/3 of the sentence"), RuleCitations.ConditionalLeave, FractionTier.ConditionalLeave),
        new ConductCriterion("cb.no-punishment", new("Berkelakuan baik dalam 6 bulan terakhir", "Good behaviour in the last 6 months"), RuleCitations.ConditionalLeave, ConductTier.ConditionalLeave),
        new GuidanceCriterion("cb.guidance", RuleCitations.ConditionalLeave),
        new EvidenceCriterion("cb.evidence", new("Dokumen persyaratan administratif lengkap", "Administrative evidence complete"), RuleCitations.Evidence, EvidenceSource.Integration),
    ];

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> PreReleaseCriteria() =>
    [
        Convict,
        NotLifeOrDeath,
        Running,
        new FractionServedCriterion("cmb.two-thirds-served", new("Telah menjalani 2/3 masa pidana", "Has served 2/3 of the sentence"), RuleCitations.PreRelease, FractionTier.PreRelease),
        new ConductCriterion("cmb.no-punishment", new("Berkelakuan baik dalam 9 bulan terakhir", "Good behaviour in the last 9 months"), RuleCitations.PreRelease, ConductTier.PreRelease),
        new GuidanceCriterion("cmb.guidance", RuleCitations.PreRelease),
        new HasRemissionCriterion("cmb.has-remission"),
        new EvidenceCriterion("cmb.evidence", new("Dokumen persyaratan administratif lengkap", "Administrative evidence complete"), RuleCitations.Evidence, EvidenceSource.Integration),
    ];

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> FamilyVisitCriteria() =>
    [
        Convict,
        NotLifeOrDeath,
        Running,
        new SentenceLengthCriterion("cmk.sentence-at-least", new("Pidana paling singkat 12 bulan", "Sentence of at least 12 months"), RuleCitations.FamilyVisit, LengthBound.FamilyVisitMinimum),
        new FractionServedCriterion("cmk.half-served", new("Telah menjalani 1/2 masa pidana", "Has served 1/2 of the sentence"), RuleCitations.FamilyVisit, FractionTier.FamilyVisit),
        new ConductThisYearCriterion("cmk.good-conduct-this-year"),
        new NoPendingCaseCriterion("cmk.no-other-case"),
    ];

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> RemissionCriteria() =>
    [
        Convict,
        NotLifeOrDeath,
        new RemissionTimeCriterion("remisi.time-served"),
        new ConductCriterion("remisi.no-punishment", new("Tidak menjalani hukuman disiplin dalam 6 bulan terakhir", "No disciplinary punishment in the last 6 months"), RuleCitations.Remission, ConductTier.Remission),
        new GuidanceCriterion("remisi.guidance", RuleCitations.Remission),
        new JusticeCollaboratorCriterion("remisi.special.justice-collaborator", EvidenceSource.Remission),
    ];
}
