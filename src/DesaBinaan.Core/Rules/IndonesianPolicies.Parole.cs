using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Rules;

/// <content>
/// One right of the policy book: its versions, its criteria and its parameters. The citations and criteria several
/// rights share are in IndonesianPolicies.cs; this file declares no static field, so that every policy is built in
/// the order that file gives.
/// </content>
public static partial class IndonesianPolicies
{
    private static Policy<InmateProfile, RightsParameters> ParolePolicy() => new(
        "pb",
        new("Pembebasan bersyarat", "Parole"),
        [
            Version("pb.2018", "Pembebasan bersyarat", "Parole", Permenkumham3Of2018, Ruling28PHum2021.PlusDays(-1), [Base2018, Pp99, RuleCitations.Parole], ParoleParameters(new ParoleSettings(requireJusticeCollaborator: true)), ParoleCriteria()),
            Version("pb.2021", "Pembebasan bersyarat", "Parole", Ruling28PHum2021, Permenkumham7Of2022.PlusDays(-1), [Base2018, Ruling, RuleCitations.Parole], ParoleParameters(new ParoleSettings()), ParoleCriteria()),
            Version("pb.2022", "Pembebasan bersyarat", "Parole", Permenkumham7Of2022, Kuhp2023.PlusDays(-1), [Amendment2022, Amendment2023, Law2022, RuleCitations.Parole], ParoleParameters(new ParoleSettings()), ParoleCriteria()),
            Version("pb.2026", "Pembebasan bersyarat menurut KUHP UU 1/2023", "Parole under KUHP UU 1/2023", Kuhp2023, LocalDate.MaxIsoValue, [Code2023, RuleCitations.ParoleKuhp2023, RuleCitations.ParoleWithdrawal, Amendment2022, Amendment2023, Law2022, RuleCitations.Parole], ParoleParameters(new ParoleSettings(minimumSentence: SentenceTerm.FromYears(1))), ParoleCriteria2026()),
        ]);

    private static RightsParameters ParoleParameters(ParoleSettings settings) => new(CountingConvention.Default, settings);

    private static ValueList<ICriterion<InmateProfile, RightsParameters>> ParoleCriteria() =>
    [
        .. IntegrationHead,
        new FractionServedCriterion("pb.two-thirds-served", new("Telah menjalani 2/3 masa pidana, paling singkat 9 bulan", "Has served 2/3 of the sentence, at least 9 months"), RuleCitations.Parole, ParoleSettings.TimeServed, showsProbation: true),
        new ConductCriterion("pb.no-punishment", new("Berkelakuan baik dalam 9 bulan terakhir", "Good behaviour in the last 9 months"), RuleCitations.Parole, ParoleSettings.ConductDays),
        new GuidanceCriterion("pb.guidance", RuleCitations.Parole),
        new NarcoticsAssimilationCriterion("pb.narcotics.assimilation"),
        new JusticeCollaboratorCriterion("pb.special.justice-collaborator", ParoleSettings.JusticeCollaborator),
        Embassy,
        EvidenceCriterion.Own("pb.community-acceptance", new("Masyarakat dapat menerima", "The community accepts the person's return"), RuleCitations.Parole, [EvidenceKind.CommunityAcceptance]),
        EvidenceCriterion.Administrative("pb.evidence", ParoleSettings.Evidence),
    ];

    /// <summary>Parole from 2 January 2026: the criteria of Permenkumham 3/2018 as amended, and the code's own conditions.</summary>
    private static ValueList<ICriterion<InmateProfile, RightsParameters>> ParoleCriteria2026() =>
    [
        .. ParoleCriteria(),
        new SentenceLengthCriterion("pb.2026.sentence-at-least-one-year", new("Jumlah pidana paling singkat 1 tahun", "Total sentence of at least 1 year"), RuleCitations.ParoleKuhp2023, atMost: false, ParoleSettings.MinimumSentenceDays),
        new ParoleRightNotWithdrawnCriterion("pb.2026.right-not-withdrawn"),
    ];
}
