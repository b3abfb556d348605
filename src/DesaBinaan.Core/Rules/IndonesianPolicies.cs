using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
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
public static partial class IndonesianPolicies
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

    /// <summary>The three conditions every integration right (PB, CB, CMB, CMK) begins with: a convict, not a life or death sentence, the sentence still running.</summary>
    private static readonly ValueList<ICriterion<InmateProfile, RightsParameters>> IntegrationHead = [Convict, NotLifeOrDeath, Running];
    private static readonly EmbassyGuaranteeCriterion Embassy = new("rights.embassy-guarantee");
    private static readonly RiskReductionCriterion Risk = new("rights.risk-reduction", AsimilasiSettings.RiskReduction);

    private static readonly AsimilasiCriteriaSet Set = new(Convict, NotLifeOrDeath, Running, Embassy, Risk);
    private static readonly ValueList<ICriterion<InmateProfile, RightsParameters>> AsimilasiCriteria = Set.Asimilasi;

    /// <summary>Gets the assimilation policy (<i>asimilasi</i>, Permenkumham 3/2018 Pasal 44–45 as amended).</summary>
    public static Policy<InmateProfile, RightsParameters> Asimilasi { get; } = AsimilasiPolicy();

    /// <summary>
    /// Gets the policy of participation in an outside partnership activity (assimilation outside the walls): assimilation
    /// eligibility, a minimum-security placement (a switch, on by default), the activity's scope covered by an agreement
    /// in force on the date, and the escort capacity of the plan. Bind it to an activity with <see cref="OutsideActivityFor"/>.
    /// </summary>
    public static Policy<InmateProfile, RightsParameters> OutsideActivity { get; } = OutsideActivityPolicy();

    /// <summary>Gets the parole policy (<i>pembebasan bersyarat</i>, PB).</summary>
    public static Policy<InmateProfile, RightsParameters> Parole { get; } = ParolePolicy();

    /// <summary>Gets the conditional-leave policy (<i>cuti bersyarat</i>, CB).</summary>
    public static Policy<InmateProfile, RightsParameters> ConditionalLeave { get; } = ConditionalLeavePolicy();

    /// <summary>Gets the pre-release leave policy (<i>cuti menjelang bebas</i>, CMB).</summary>
    public static Policy<InmateProfile, RightsParameters> PreReleaseLeave { get; } = PreReleaseLeavePolicy();

    /// <summary>Gets the family-visit leave policy (<i>cuti mengunjungi keluarga</i>, CMK).</summary>
    public static Policy<InmateProfile, RightsParameters> FamilyVisitLeave { get; } = FamilyVisitLeavePolicy();

    /// <summary>Gets the remission policy (<i>remisi</i>): evaluate it on the grant date (17 August for a general remission).</summary>
    public static Policy<InmateProfile, RightsParameters> Remission { get; } = RemissionPolicy();

    /// <summary>Returns the outside-activity policy bound to one activity (its plan, coverage and escort officers).</summary>
    /// <param name="activity">The activity, assessed for the date on which the policy will be evaluated.</param>
    /// <returns>The policy with every version's parameters bound to the activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public static Policy<InmateProfile, RightsParameters> OutsideActivityFor(ActivityEvaluationContext activity)
    {
        Guard.Against.Null(activity);
        return OutsideActivity.WithParameters(p => p.WithActivity(activity));
    }

    /// <summary>Returns every built-in policy, by id.</summary>
    /// <returns>The policies.</returns>
    public static ValueList<Policy<InmateProfile, RightsParameters>> All() => [Asimilasi, OutsideActivity, Parole, ConditionalLeave, PreReleaseLeave, FamilyVisitLeave, Remission];

    private static PolicyVersion<InmateProfile, RightsParameters> Version(string id, string indonesian, string english, LocalDate start, LocalDate end, Citation[] citations, RightsParameters parameters, ValueList<ICriterion<InmateProfile, RightsParameters>> criteria) =>
        new(id, new(indonesian + " (" + id + ")", english + " (" + id + ")"), new DateInterval(start, end), citations, parameters, criteria);
}
