using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>Convicts and children serving a sentence hold the rights; detainees (<i>tahanan</i>) and clients do not (UU 22/2022 Pasal 10 ayat (1)).</summary>
internal sealed class ConvictStatusCriterion(string code) : RuleCriterion<ConvictStatusCriterion.Rule>(new(code, new("Berstatus narapidana atau anak binaan (bukan tahanan)", "Is a convict or a child serving a sentence (not a detainee)"), RuleCitations.Rights))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) => [RuleFacts.Status(subject)];

    /// <summary>The rule: a convict or a child.</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) =>
            CriterionResult.FromBoolean(facts.Status is (byte)LegalStatus.Convict or (byte)LegalStatus.Child);
    }
}

/// <summary>Life and death sentences give no right to remission, assimilation or integration (UU 22/2022 Pasal 10 ayat (4)).</summary>
internal sealed class NotLifeOrDeathCriterion(string code) : RuleCriterion<NotLifeOrDeathCriterion.Rule>(new(code, new("Bukan pidana seumur hidup atau pidana mati", "Not a life or death sentence"), RuleCitations.LifeOrDeath))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        subject.Sentence is null
            ? [RuleFacts.SentenceMissing()]
            : [Fact.OfFlag("sentence.life-or-death", new("Pidana seumur hidup atau mati", "Life or death sentence"), subject.Sentence.HasLifeOrDeath)];

    /// <summary>The rule: a sentence recorded, and neither life nor death (whatever the counting convention).</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            var days = facts.Days;
            return CriterionResult.FromParts(BranchFree.Pick(!days.HasSentence, (int)CriterionOutcome.Unknown, BranchFree.Pick(days.IsLifeOrDeath, (int)CriterionOutcome.NotMet, (int)CriterionOutcome.Met)), 0);
        }
    }
}

/// <summary>The main term has not expired on the evaluation date (a released person has no rights to decide).</summary>
internal sealed class SentenceRunningCriterion(string code) : RuleCriterion<SentenceRunningCriterion.Rule>(new(code, new("Masa pidana belum berakhir", "The sentence has not expired"), RuleCitations.Rights))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new(context.Parameters.CountingConvention, context.DayNumber);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        if (subject.Sentence is null)
        {
            return [RuleFacts.SentenceMissing()];
        }

        var dates = subject.KeyDatesUnder(context.Parameters.CountingConvention);
        return dates.HasDates ? [Fact.OfDate("sentence.expiry", new("Tanggal ekspirasi", "Expiry date"), dates.Expiry)] : [];
    }

    /// <summary>The rule: the evaluation day is before the expiry; not applicable to a sentence without one (life or death).</summary>
    internal readonly struct Rule(CountingConvention convention, int today) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            ref readonly var days = ref RuleFacts.Days(in facts, subject, convention);
            var running = BranchFree.Pick(today < days.Expiry, (int)CriterionOutcome.Met, (int)CriterionOutcome.NotMet);
            return CriterionResult.FromParts(BranchFree.Pick(!days.HasSentence, (int)CriterionOutcome.Unknown, BranchFree.Pick(!days.HasDates, (int)CriterionOutcome.NotApplicable, running)), 0);
        }
    }
}

/// <summary>The condition of the children's exception: a child serving a sentence (<i>anak binaan</i>).</summary>
internal sealed class IsChildCriterion(string code) : RuleCriterion<IsChildCriterion.Rule>(new(code, new("Anak binaan", "A child serving a sentence"), RuleCitations.AsimilasiChild))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) => [RuleFacts.Status(subject)];

    /// <summary>The rule: the legal status is child.</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) => CriterionResult.FromBoolean(facts.Status == (byte)LegalStatus.Child);
    }
}

/// <summary>The condition of the special-offence exception (docs/domain.md §9: narcotics only with a sentence of at least the threshold).</summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="thresholdDays">The least narcotics sentence that makes the offence special, in days, read from the right's settings.</param>
internal sealed class IsSpecialOffenceCriterion(string code, SettingRead<int> thresholdDays) : RuleCriterion<IsSpecialOffenceCriterion.Rule>(new(code, new("Tindak pidana khusus", "A special offence"), RuleCitations.AsimilasiSpecial))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => thresholdDays.Codes;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new(context.Parameters.CountingConvention, thresholdDays.From(context.Parameters));

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var facts = new List<Fact> { RuleFacts.Offence(subject) };
        if (subject.Offence == OffenceCategory.Narcotics)
        {
            facts.Add(subject.Sentence is null ? RuleFacts.SentenceMissing() : RuleFacts.Term(subject, context.Parameters.CountingConvention));
            facts.Add(Fact.OfDays(ParameterCode.NarcoticsThresholdShown, new("Ambang narkotika", "Narcotics threshold"), thresholdDays.From(context.Parameters)));
        }

        return facts;
    }

    /// <summary>The rule: <see cref="RuleFacts.IsSpecial"/>, under the convention and threshold of the parameters.</summary>
    internal readonly struct Rule(CountingConvention convention, int narcoticsThresholdDays) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) =>
            RuleFacts.FromRecorded(RuleFacts.IsSpecial(in facts, RuleFacts.Days(in facts, subject, convention), narcoticsThresholdDays));
    }
}
