using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The assimilation criteria, built once and shared by the assimilation and outside-activity versions.
/// </summary>
internal sealed class AsimilasiCriteriaSet
{
    private readonly IsChildCriterion isChild = new("asimilasi.is-child");
    private readonly IsSpecialOffenceCriterion isSpecial = new("asimilasi.is-special-offence", AsimilasiSettings.NarcoticsThresholdDays);
    private readonly FractionServedCriterion half = new("asimilasi.half-served", new("Telah menjalani 1/2 masa pidana", "Has served 1/2 of the sentence"), RuleCitations.AsimilasiGeneral, AsimilasiSettings.GeneralTime);
    private readonly FractionServedCriterion childTime = new("asimilasi.child.time-served", new("Anak: telah menjalani masa pidana paling singkat yang disyaratkan", "Child: has served the least time required"), RuleCitations.AsimilasiChild, AsimilasiSettings.ChildTime);
    private readonly FractionServedCriterion specialTime = new("asimilasi.special.two-thirds-served", new("Tindak pidana khusus: telah menjalani 2/3 masa pidana, paling singkat 9 bulan", "Special offence: has served 2/3 of the sentence, at least 9 months"), RuleCitations.AsimilasiSpecial, AsimilasiSettings.SpecialTime);
    private readonly ConductCriterion noPunishment = new("asimilasi.no-punishment", new("Tidak menjalani hukuman disiplin dalam 6 bulan terakhir", "No disciplinary punishment in the last 6 months"), RuleCitations.AsimilasiGeneral, AsimilasiSettings.GeneralConductDays);
    private readonly ConductCriterion childNoPunishment = new("asimilasi.child.no-punishment", new("Anak: tidak menjalani hukuman disiplin dalam masa yang disyaratkan", "Child: no disciplinary punishment in the required period"), RuleCitations.AsimilasiChild, AsimilasiSettings.ChildConductDays);
    private readonly ConductCriterion specialNoPunishment = new("asimilasi.special.no-punishment", new("Tindak pidana khusus: tidak menjalani hukuman disiplin dalam 9 bulan terakhir", "Special offence: no disciplinary punishment in the last 9 months"), RuleCitations.AsimilasiSpecial, AsimilasiSettings.SpecialConductDays);
    private readonly GuidanceCriterion guidance = new("asimilasi.guidance", RuleCitations.AsimilasiGeneral);
    private readonly OffenceEvidenceCriterion terrorism = new("asimilasi.terrorism.deradicalisation", new("Terorisme: telah mengikuti program deradikalisasi dan menyatakan ikrar", "Terrorism: deradicalisation completed and pledge made"), RuleCitations.AsimilasiTerrorism, OffenceCategory.Terrorism, [EvidenceKind.Deradicalisation, EvidenceKind.Pledge]);
    private readonly OffenceEvidenceCriterion corruption = new("asimilasi.corruption.paid", new("Korupsi: telah membayar lunas denda dan uang pengganti", "Corruption: fine and restitution paid in full"), RuleCitations.AsimilasiCorruption, OffenceCategory.Corruption, [EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid]);
    private readonly JusticeCollaboratorCriterion justiceCollaborator = new("asimilasi.special.justice-collaborator", AsimilasiSettings.JusticeCollaborator);
    private readonly EvidenceCriterion evidence = EvidenceCriterion.Administrative("asimilasi.evidence", AsimilasiSettings.Evidence);
    private readonly MinimumSecurityCriterion minimumSecurity = new("activity.minimum-security");
    private readonly AgreementCoversScopeCriterion agreement = new("activity.agreement-in-force");
    private readonly EscortCapacityCriterion escort = new("activity.escort-capacity");

    public AsimilasiCriteriaSet(ConvictStatusCriterion convict, NotLifeOrDeathCriterion lifeOrDeath, SentenceRunningCriterion running, EmbassyGuaranteeCriterion embassy, RiskReductionCriterion risk)
    {
        var timeServed = Criteria.WithExceptions(
            new CriterionDescriptor("asimilasi.time-served", new("Telah menjalani masa pidana yang disyaratkan", "Has served the required time"), RuleCitations.AsimilasiGeneral, CriterionKind.TimeBased, RuleFacts.SentenceUnchanged),
            half,
            new CriterionException<InmateProfile, RightsParameters>(20, isChild, childTime),
            new CriterionException<InmateProfile, RightsParameters>(10, isSpecial, specialTime));
        var conduct = Criteria.WithExceptions(
            new CriterionDescriptor("asimilasi.conduct", new("Berkelakuan baik", "Good behaviour"), RuleCitations.AsimilasiGeneral, CriterionKind.TimeBased, RuleFacts.NoNewPunishment),
            noPunishment,
            new CriterionException<InmateProfile, RightsParameters>(20, isChild, childNoPunishment),
            new CriterionException<InmateProfile, RightsParameters>(10, isSpecial, specialNoPunishment));
        Asimilasi = [convict, lifeOrDeath, running, timeServed, conduct, guidance, terrorism, corruption, justiceCollaborator, embassy, evidence, risk];
        Outside = Asimilasi.AddRange([minimumSecurity, agreement, escort]);
    }

    /// <summary>Gets the assimilation criteria, in order.</summary>
    public ValueList<ICriterion<InmateProfile, RightsParameters>> Asimilasi { get; }

    /// <summary>Gets the outside-activity criteria: the assimilation ones, then minimum security, agreement and escort.</summary>
    public ValueList<ICriterion<InmateProfile, RightsParameters>> Outside { get; }
}
