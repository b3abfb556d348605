using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The base of the built-in criteria: <see cref="Evaluate"/> is the allocation-free hot path; <see cref="Explain"/>
/// adds the facts, computed only then, and reuses the hot path's result so that both always agree.
/// </summary>
internal abstract class RuleCriterion : ICriterion<InmateProfile, RightsParameters>
{
    protected RuleCriterion(CriterionDescriptor descriptor) => Descriptor = descriptor;

    public CriterionDescriptor Descriptor { get; }

    public abstract CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context);

    /// <summary>
    /// The entry point callers reach through the interface: a context without parameters (the default value) decides
    /// nothing, so every built-in criterion answers unknown for it instead of failing.
    /// </summary>
    CriterionResult ICriterion<InmateProfile, RightsParameters>.Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        context.Parameters is null ? CriterionResult.Unknown : Evaluate(subject, in context);

    public void EvaluateMany(ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        if (context.Parameters is null)
        {
            destination[..subjects.Length].Fill(CriterionResult.Unknown);
            return;
        }

        for (var j = 0; j < subjects.Length; j++)
        {
            destination[j] = Evaluate(subjects[j], in context);
        }
    }

    public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        if (context.Parameters is null)
        {
            return new(Descriptor, CriterionResult.Unknown, [RuleFacts.NoParameters]);
        }

        var result = Evaluate(subject, in context);
        var facts = Facts(subject, in context);
        if (Descriptor.Kind == CriterionKind.TimeBased && result.Outcome == CriterionOutcome.NotMet && !result.HasDate)
        {
            // A time condition not met and with no date to wait for, for a sentence with dates: it would be met only on
            // or after the expiry (RuleFacts.UntilExpiry), so the sentence ends first.
            var days = RuleFacts.Days(subject, context.Parameters);
            if (days.HasDates)
            {
                facts = facts.Append(Fact.OfDate("sentence.ends-first", T("Pidana berakhir sebelum syarat ini terpenuhi, pada tanggal ekspirasi", "The sentence ends before this condition is met, on the expiry date"), DayNumbers.ToDate(days.Expiry)));
            }
        }

        return new(Descriptor, result, ValueList.From(facts));
    }

    protected abstract IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context);

    protected static LocalizedText T(string indonesian, string english) => new(indonesian, english);
}

/// <summary>Facts and small helpers shared by the built-in criteria.</summary>
internal static class RuleFacts
{
    /// <summary>The fact of a context that carries no policy parameters (the default value of the context).</summary>
    public static readonly Fact NoParameters = Fact.OfFlag("context.parameters", new("Parameter versi kebijakan tersedia", "Parameters of the policy version available"), value: false);

    public static readonly LocalizedText NoNewPunishment = new("dengan asumsi tidak ada hukuman disiplin baru", "assuming no new disciplinary punishment");
    public static readonly LocalizedText SentenceUnchanged = new("dengan asumsi pidana, penahanan dan remisi tetap seperti tercatat", "assuming the sentence, detention and remissions stay as recorded");

    public static Fact Status(InmateProfile s) => Fact.OfLabel("inmate.legal-status", new("Status hukum", "Legal status"), s.Status.Label(), s.Status.ToString());

    public static Fact Offence(InmateProfile s) => s.Offence is { } o
        ? Fact.OfLabel("inmate.offence-category", new("Kategori tindak pidana", "Offence category"), o.Label(), o.ToString())
        : Fact.Missing("inmate.offence-category", new("Kategori tindak pidana", "Offence category"));

    public static Fact SentenceMissing() => Fact.Missing("inmate.sentence", new("Putusan pidana", "Sentence"));

    public static Fact Term(InmateProfile s, CountingConvention convention) =>
        Fact.OfDays("sentence.term-days", new("Masa pidana (hari konvensi)", "Term (convention days)"), s.DaysUnder(convention).TermDays);

    public static Fact Evidence(InmateProfile s, EvidenceKind kind)
    {
        var name = kind.Label();
        var code = "evidence." + Kebab(kind.ToString());
        var status = s.Evidence.Status(kind);
        return status == EvidenceStatus.NotRecorded ? Fact.Missing(code, name) : Fact.OfLabel(code, name, status.Label(), status.ToString());
    }

    /// <summary>Combines evidence statuses: any absent → not met; else any not recorded → unknown; else met.</summary>
    public static CriterionResult Combine(EvidenceFile file, ReadOnlySpan<EvidenceKind> kinds)
    {
        var unknown = false;
        foreach (var kind in kinds)
        {
            switch (file.Status(kind))
            {
                case EvidenceStatus.Absent:
                    return CriterionResult.NotMet;
                case EvidenceStatus.NotRecorded:
                    unknown = true;
                    break;
                default:
                    break;
            }
        }

        return unknown ? CriterionResult.Unknown : CriterionResult.Met;
    }

    /// <summary>Returns the sentence day numbers under the parameters' convention (the profile's precomputed ones when it is the same).</summary>
    public static SentenceDays Days(InmateProfile s, RightsParameters p) =>
        p.CountingConvention.Equals(s.Convention) ? s.Facts.Days : s.DaysUnder(p.CountingConvention);

    /// <summary>
    /// Returns the result of a condition met from <paramref name="day"/> on, unless that day is on or after the expiry: a
    /// right that would arise only when the sentence has ended is not met, with no date to wait for (a decision never says
    /// "not yet eligible from" a day on which the person is already free).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult UntilExpiry(int day, int today, in SentenceDays days) =>
        days.HasDates && day >= days.Expiry ? CriterionResult.NotMet : CriterionResult.From(day, today);

    /// <summary>Converts the result of <see cref="EvidenceFile.Check"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult FromCheck(int check) => check switch
    {
        1 => CriterionResult.Met,
        2 => CriterionResult.NotMet,
        _ => CriterionResult.Unknown,
    };

    /// <summary>
    /// Returns whether the offence is special (docs/domain.md §9: every category but general crime, and narcotics only
    /// from the threshold term on): null when the category or, for narcotics, the sentence is not recorded. Read from
    /// the packed facts; the sentence under the parameters' counting convention.
    /// </summary>
    public static bool? IsSpecial(InmateProfile s, RightsParameters p)
    {
        ref readonly var f = ref s.Facts;
        switch (f.Offence)
        {
            case 0:
                return null;
            case (byte)OffenceCategory.General:
                return false;
            case (byte)OffenceCategory.Narcotics:
                var days = Days(s, p);
                return days.HasSentence ? days.IsLifeOrDeath || days.TermDays >= p.NarcoticsThresholdDays : null;
            default:
                return true;
        }
    }

    public static string Kebab(string pascal)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
