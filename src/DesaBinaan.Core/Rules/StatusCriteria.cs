using System.Runtime.CompilerServices;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Rules;

/// <summary>Convicts and children serving a sentence hold the rights; detainees (<i>tahanan</i>) and clients do not (UU 22/2022 Pasal 10 ayat (1)).</summary>
internal sealed class ConvictStatusCriterion(string code) : RuleCriterion(new(code, new("Berstatus narapidana atau anak binaan (bukan tahanan)", "Is a convict or a child serving a sentence (not a detainee)"), RuleCitations.Rights))
{
    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        CriterionResult.FromBoolean(facts.Status is (byte)LegalStatus.Convict or (byte)LegalStatus.Child);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) => [RuleFacts.Status(subject)];
}

/// <summary>Life and death sentences give no right to remission, assimilation or integration (UU 22/2022 Pasal 10 ayat (4)).</summary>
internal sealed class NotLifeOrDeathCriterion(string code) : RuleCriterion(new(code, new("Bukan pidana seumur hidup atau pidana mati", "Not a life or death sentence"), RuleCitations.LifeOrDeath))
{
    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        return !facts.Days.HasSentence ? CriterionResult.Unknown : CriterionResult.FromBoolean(!facts.Days.IsLifeOrDeath);
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        subject.Sentence is null
            ? [RuleFacts.SentenceMissing()]
            : [Fact.OfFlag("sentence.life-or-death", new("Pidana seumur hidup atau mati", "Life or death sentence"), subject.Sentence.HasLifeOrDeath)];
}

/// <summary>The main term has not expired on the evaluation date (a released person has no rights to decide).</summary>
internal sealed class SentenceRunningCriterion(string code) : RuleCriterion(new(code, new("Masa pidana belum berakhir", "The sentence has not expired"), RuleCitations.Rights))
{
    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var days = RuleFacts.Days(in facts, subject, context.Parameters);
        if (!days.HasSentence)
        {
            return CriterionResult.Unknown;
        }

        return days.HasDates ? CriterionResult.FromBoolean(context.DayNumber < days.Expiry) : CriterionResult.NotApplicable;
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        if (subject.Sentence is null)
        {
            return [RuleFacts.SentenceMissing()];
        }

        var dates = subject.KeyDatesUnder(context.Parameters.CountingConvention);
        return dates.HasDates ? [Fact.OfDate("sentence.expiry", new("Tanggal ekspirasi", "Expiry date"), dates.Expiry)] : [];
    }
}

/// <summary>The condition of the children's exception: a child serving a sentence (<i>anak binaan</i>).</summary>
internal sealed class IsChildCriterion(string code) : RuleCriterion(new(code, new("Anak binaan", "A child serving a sentence"), RuleCitations.AsimilasiChild))
{
    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        CriterionResult.FromBoolean(facts.Status == (byte)LegalStatus.Child);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) => [RuleFacts.Status(subject)];
}

/// <summary>The condition of the special-offence exception (docs/domain.md §9: narcotics only with a sentence of at least the threshold).</summary>
internal sealed class IsSpecialOffenceCriterion(string code) : RuleCriterion(new(code, new("Tindak pidana khusus", "A special offence"), RuleCitations.AsimilasiSpecial))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.AsimilasiNarcoticsThresholdDays];

    /// <inheritdoc/>
    protected override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = Evaluate(in rows[j], subjects[j], in context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        CriterionResult.FromBoolean(RuleFacts.IsSpecial(in facts, subject, context.Parameters));

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var facts = new List<Fact> { RuleFacts.Offence(subject) };
        if (subject.Offence == OffenceCategory.Narcotics)
        {
            facts.Add(subject.Sentence is null ? RuleFacts.SentenceMissing() : RuleFacts.Term(subject, context.Parameters.CountingConvention));
            facts.Add(Fact.OfDays("parameter.narcotics-threshold-days", new("Ambang narkotika", "Narcotics threshold"), context.Parameters.NarcoticsThresholdDays));
        }

        return facts;
    }
}
