using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The assimilation criteria, built once and shared by the assimilation and outside-activity versions, with their
/// fused evaluation: the packed kernel for the subjects it covers, and the criterion objects themselves for the others.
/// </summary>
internal sealed class AsimilasiCriteriaSet
{
    private readonly IsChildCriterion isChild = new("asimilasi.is-child");
    private readonly IsSpecialOffenceCriterion isSpecial = new("asimilasi.is-special-offence");
    private readonly FractionServedCriterion half = new("asimilasi.half-served", new("Telah menjalani 1/2 masa pidana", "Has served 1/2 of the sentence"), RuleCitations.AsimilasiGeneral, FractionTier.AsimilasiGeneral);
    private readonly FractionServedCriterion childTime = new("asimilasi.child.time-served", new("Anak: telah menjalani masa pidana paling singkat yang disyaratkan", "Child: has served the least time required"), RuleCitations.AsimilasiChild, FractionTier.AsimilasiChild);
    private readonly FractionServedCriterion specialTime = new("asimilasi.special.two-thirds-served", new("Tindak pidana khusus: telah menjalani 2/3 masa pidana, paling singkat 9 bulan", "Special offence: has served 2/3 of the sentence, at least 9 months"), RuleCitations.AsimilasiSpecial, FractionTier.AsimilasiSpecial);
    private readonly ConductCriterion noPunishment = new("asimilasi.no-punishment", new("Tidak menjalani hukuman disiplin dalam 6 bulan terakhir", "No disciplinary punishment in the last 6 months"), RuleCitations.AsimilasiGeneral, ConductTier.AsimilasiGeneral);
    private readonly ConductCriterion childNoPunishment = new("asimilasi.child.no-punishment", new("Anak: tidak menjalani hukuman disiplin dalam masa yang disyaratkan", "Child: no disciplinary punishment in the required period"), RuleCitations.AsimilasiChild, ConductTier.AsimilasiChild);
    private readonly ConductCriterion specialNoPunishment = new("asimilasi.special.no-punishment", new("Tindak pidana khusus: tidak menjalani hukuman disiplin dalam 9 bulan terakhir", "Special offence: no disciplinary punishment in the last 9 months"), RuleCitations.AsimilasiSpecial, ConductTier.AsimilasiSpecial);
    private readonly GuidanceCriterion guidance = new("asimilasi.guidance", RuleCitations.AsimilasiGeneral);
    private readonly OffenceEvidenceCriterion terrorism = new("asimilasi.terrorism.deradicalisation", new("Terorisme: telah mengikuti program deradikalisasi dan menyatakan ikrar", "Terrorism: deradicalisation completed and pledge made"), RuleCitations.AsimilasiTerrorism, OffenceCategory.Terrorism, [EvidenceKind.Deradicalisation, EvidenceKind.Pledge]);
    private readonly OffenceEvidenceCriterion corruption = new("asimilasi.corruption.paid", new("Korupsi: telah membayar lunas denda dan uang pengganti", "Corruption: fine and restitution paid in full"), RuleCitations.AsimilasiCorruption, OffenceCategory.Corruption, [EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid]);
    private readonly JusticeCollaboratorCriterion justiceCollaborator = new("asimilasi.special.justice-collaborator", EvidenceSource.Asimilasi);
    private readonly EvidenceCriterion evidence = EvidenceCriterion.Administrative("asimilasi.evidence", EvidenceSource.Asimilasi);
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
        if (Asimilasi.Count != AsimilasiWidth.Width || Outside.Count != OutsideWidth.Width)
        {
            throw new InvalidOperationException("The kernel's widths must be the criterion counts of the assimilation and outside-activity versions.");
        }

        ForAsimilasi = new AsimilasiBatch(this, outside: false);
        ForOutside = new AsimilasiBatch(this, outside: true);
    }

    /// <summary>Gets the assimilation criteria, in order.</summary>
    public ValueList<ICriterion<InmateProfile, RightsParameters>> Asimilasi { get; }

    /// <summary>Gets the outside-activity criteria: the assimilation ones, then minimum security, agreement and escort.</summary>
    public ValueList<ICriterion<InmateProfile, RightsParameters>> Outside { get; }

    /// <summary>Gets the batch evaluation of the assimilation criteria (the versions' fused evaluator).</summary>
    public AsimilasiBatch ForAsimilasi { get; }

    /// <summary>Gets the batch evaluation of the outside-activity criteria (the versions' fused evaluator).</summary>
    public AsimilasiBatch ForOutside { get; }

    /// <summary>Evaluates one subject with the criterion objects (the reference the kernel is tested against, and its fallback).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public EvaluationSummary Reference(InmateProfile s, in EvaluationContext<RightsParameters> c, Span<CriterionResult> r, bool outside)
    {
        var criteria = outside ? Outside : Asimilasi;
        for (var i = 0; i < criteria.Count; i++)
        {
            r[i] = criteria[i].Evaluate(s, in c);
        }

        return EvaluationSummary.From(CriterionResult.Met, r[..criteria.Count], c.DayNumber);
    }

    /// <summary>Evaluates packed facts side by side (a prepared population): subject <c>j</c> from <c>facts[j]</c>, or from <c>profiles[j]</c> where the kernel does not cover it.</summary>
    // Compiled once with full optimisation and never inlined: a re-compilation guided by the profile of the first calls
    // was measured to run the loop about twice as slowly.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void EvaluatePacked<TWidth>(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, in EvaluationContext<RightsParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries)
        where TWidth : struct, IKernelWidth
    {
        var width = TWidth.Count;
        var outside = width == OutsideWidth.Width;
        var kernel = new AsimilasiKernel(in context);
        var covers = kernel.Covers;
        for (var j = 0; j < facts.Length; j++)
        {
            ref readonly var f = ref facts[j];
            var r = results.Slice(j * width, width);
            summaries[j] = covers && kernel.CoversSubject(in f) ? kernel.Evaluate<TWidth>(in f, r) : Reference(profiles[j], in context, r, outside);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Consume(int value) => GC.KeepAlive(value == int.MinValue ? (object?)value : null);

    /// <summary>Reads both ends of a profile's packed facts (brings the block into cache before the evaluation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Touch(InmateProfile s)
    {
        ref readonly var f = ref s.Facts;
        return f.Days.FirstDay ^ f.Status ^ (int)f.Foreign ^ (f.Convention is null ? 1 : 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void EvaluateMany<TWidth>(ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries)
        where TWidth : struct, IKernelWidth
    {
        var width = TWidth.Count;
        var outside = width == OutsideWidth.Width;
        var kernel = new AsimilasiKernel(in context);
        var covers = kernel.Covers;

        // Batches of 64: a short first pass touches each subject's facts block so that the cache misses of a batch
        // overlap, then the evaluation runs in cache.
        const int batch = 64;
        var touched = 0;
        for (var start = 0; start < subjects.Length; start += batch)
        {
            var end = Math.Min(subjects.Length, start + batch);
            for (var j = start; j < end; j++)
            {
                touched ^= Touch(subjects[j]);
            }

            for (var j = start; j < end; j++)
            {
                var s = subjects[j];
                ref readonly var f = ref s.Facts;
                var r = results.Slice(j * width, width);
                summaries[j] = covers && kernel.CoversSubject(in f) ? kernel.Evaluate<TWidth>(in f, r) : Reference(s, in context, r, outside);
            }
        }

        Consume(touched);
    }
}

/// <summary>One of the two fused evaluations of <see cref="AsimilasiCriteriaSet"/> (assimilation, or outside activity), as the target of a version's fused evaluator.</summary>
internal sealed class AsimilasiBatch(AsimilasiCriteriaSet set, bool outside)
{
    /// <summary>Evaluates profiles (see <see cref="FusedEvaluator{TSubject, TParameters}"/>).</summary>
    public void Evaluate(ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries)
    {
        if (outside)
        {
            set.EvaluateMany<OutsideWidth>(subjects, in context, results, summaries);
        }
        else
        {
            set.EvaluateMany<AsimilasiWidth>(subjects, in context, results, summaries);
        }
    }

    /// <summary>Evaluates the packed facts of a prepared population.</summary>
    public void EvaluatePacked(ReadOnlySpan<InmateFacts> facts, ReadOnlySpan<InmateProfile> profiles, in EvaluationContext<RightsParameters> context, Span<CriterionResult> results, Span<EvaluationSummary> summaries)
    {
        if (outside)
        {
            set.EvaluatePacked<OutsideWidth>(facts, profiles, in context, results, summaries);
        }
        else
        {
            set.EvaluatePacked<AsimilasiWidth>(facts, profiles, in context, results, summaries);
        }
    }
}
