using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// Time served: the first day on which the days served reach a fraction of the term (net of the remissions granted by
/// that day, per the counting convention) and, when a minimum applies, at least that many days. The dates come from
/// Sentencing (precomputed on the profile for its convention); this criterion does no sentence arithmetic of its own.
/// </summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="title">The condition as officers read it.</param>
/// <param name="citation">The legal basis.</param>
/// <param name="requirement">The fraction and least time, read from the right's settings (or the block's own).</param>
/// <param name="showsProbation">Whether the explanation gives the end of the probation if paroled (PB).</param>
internal sealed class FractionServedCriterion(string code, LocalizedText title, Citation citation, SettingRead<TimeRequirement> requirement, bool showsProbation = false)
    : RuleCriterion<FractionServedCriterion.Rule>(new(code, title, citation, CriterionKind.TimeBased, RuleFacts.SentenceUnchanged))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => requirement.Codes;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context)
    {
        var (fraction, minimum) = requirement.From(context.Parameters);
        return new(fraction, minimum, context.Parameters.CountingConvention, context.DayNumber);
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var history = subject.Sentence;
        if (history is null)
        {
            return [RuleFacts.SentenceMissing()];
        }

        var p = context.Parameters;
        var convention = p.CountingConvention;
        if (!history.HasDates)
        {
            return [Fact.OfFlag("sentence.has-dates", T("Pidana dengan tanggal ekspirasi", "Sentence with an expiry date"), false)];
        }

        var (fraction, minimum) = requirement.From(p);
        var served = SentenceCalculator.ServedDays(history, context.Date, convention);
        var facts = new List<Fact>();
        long required = minimum;
        if (fraction is { } f)
        {
            var result = SentenceCalculator.FractionDate(history, f, convention)!;
            required = Math.Max(required, result.RequiredDays);
            facts.Add(Fact.OfFraction("sentence.fraction", T("Pecahan masa pidana", "Fraction of the term"), f));
            facts.Add(Fact.OfDays("sentence.fraction-basis", T("Dasar pecahan", "Fraction basis"), result.BasisDays));
            facts.Add(Fact.OfDays("sentence.remission-days", T("Remisi diperhitungkan", "Remission counted"), result.RemissionDays));
            facts.Add(Fact.OfDate("sentence.fraction-date", T("Tanggal pecahan", "Fraction date"), result.Date));
        }

        if (minimum > 0)
        {
            facts.Add(Fact.OfDays("sentence.minimum-days", T("Paling singkat dijalani", "Least time served"), minimum));
        }

        if (showsProbation && SentenceCalculator.Compute(history, convention).ProbationEnd is { } probationEnd)
        {
            facts.Add(Fact.OfDate("sentence.probation-end", T("Akhir masa percobaan bila dibebaskan bersyarat (KUHP Pasal 72 ayat (4))", "End of probation if paroled (KUHP Pasal 72(4))"), probationEnd));
        }

        facts.Insert(0, Fact.OfDaysOf("sentence.days-served", T("Masa pidana yang telah dijalani", "Days served"), served, required));
        return facts;
    }

    /// <summary>
    /// The rule: the first day on which the fraction of the term (none: the first day) and the minimum are both served,
    /// under the convention; met from that day, never when the sentence ends first (<see cref="RuleFacts.UntilExpiry"/>);
    /// not met without an expiry (life or death), unknown without a sentence.
    /// </summary>
    internal readonly struct Rule(Fraction? fraction, int minimum, CountingConvention convention, int today) : IFactsRule
    {
        private readonly ServedFraction served = new(fraction);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            ref readonly var days = ref RuleFacts.Days(in facts, subject, convention);
            if (!days.HasSentence | !days.HasDates)
            {
                return days.HasSentence ? CriterionResult.NotMet : CriterionResult.Unknown;
            }

            var day = served.DayIn(in days, subject, convention);
            day = minimum > 0 ? Math.Max(day, days.MinimumDay(subject, minimum, convention)) : day;
            return RuleFacts.UntilExpiry(day, today, days);
        }
    }
}

/// <summary>
/// The day on which a fraction of the term is served, under a counting convention: the one statement of which day that
/// is, for every rule that reads it (a right's time served, the remaining term after parole's fraction). No fraction is
/// the first day of detention; 1/2 and 2/3 are the days the packed facts hold already; another fraction is counted from
/// the history (<see cref="SentenceDays.FractionDay"/>).
/// </summary>
internal readonly struct ServedFraction
{
    private readonly Fraction fraction;
    private readonly Held held;

    /// <summary>Prepares the day of a fraction (null: the first day of detention).</summary>
    public ServedFraction(Fraction? fraction)
    {
        this.fraction = fraction ?? default;
        held = fraction switch
        {
            null => Held.FirstDay,
            { Numerator: 1, Denominator: 2 } => Held.Half,
            { Numerator: 2, Denominator: 3 } => Held.TwoThirds,
            _ => Held.Counted,
        };
    }

    /// <summary>Where the day is found.</summary>
    private enum Held : byte
    {
        /// <summary>No fraction: the first day of detention.</summary>
        FirstDay,

        /// <summary>1/2, held by the packed facts.</summary>
        Half,

        /// <summary>2/3, held by the packed facts.</summary>
        TwoThirds,

        /// <summary>Another fraction, counted from the history.</summary>
        Counted,
    }

    /// <summary>Returns the day number on which the fraction is served, for a sentence with dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DayIn(in SentenceDays days, InmateProfile subject, CountingConvention convention)
    {
        var day = held == Held.Half ? days.Half : days.FirstDay;
        day = held == Held.TwoThirds ? days.TwoThirds : day;
        return held == Held.Counted ? days.FractionDay(subject, fraction, convention) : day;
    }
}

/// <summary>A bound on the length of the sentence (CB: at most 1 year 6 months; CMK: at least 12 months; PB from 2026: at least 1 year), in convention days.</summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="title">The condition as officers read it.</param>
/// <param name="citation">The legal basis.</param>
/// <param name="atMost">True for "at most the bound" (CB), false for "at least" (CMK, PB from 2026).</param>
/// <param name="boundDays">The bound in convention days, read from the right's settings (or the block's own).</param>
internal sealed class SentenceLengthCriterion(string code, LocalizedText title, Citation citation, bool atMost, SettingRead<int> boundDays)
    : RuleCriterion<SentenceLengthCriterion.Rule>(new(code, title, citation))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => boundDays.Codes;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new(atMost, boundDays.From(context.Parameters), context.Parameters.CountingConvention);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        subject.Sentence is null
            ? [RuleFacts.SentenceMissing()]
            : [RuleFacts.Term(subject, context.Parameters.CountingConvention), Fact.OfDays("sentence.bound-days", T(atMost ? "Paling lama" : "Paling singkat", atMost ? "At most" : "At least"), boundDays.From(context.Parameters))];

    /// <summary>The rule: the term, in convention days, is at most (or at least) the bound; not met without an expiry, unknown without a sentence.</summary>
    internal readonly struct Rule(bool atMost, int bound, CountingConvention convention) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            ref readonly var days = ref RuleFacts.Days(in facts, subject, convention);
            var within = atMost ? days.TermDays <= bound : days.TermDays >= bound;
            var outcome = BranchFree.Pick(!days.HasSentence, (int)CriterionOutcome.Unknown, BranchFree.Pick(days.HasDates & within, (int)CriterionOutcome.Met, (int)CriterionOutcome.NotMet));
            return CriterionResult.FromParts(outcome, 0);
        }
    }
}

/// <summary>PB for narcotics offences of 5 years or more: assimilation for at least a fraction (1/2) of the remaining term (from the day parole's fraction, 2/3, is served to the expiry).</summary>
internal sealed class NarcoticsAssimilationCriterion(string code)
    : RuleCriterion<NarcoticsAssimilationCriterion.Rule>(new(code, new("Narkotika 5 tahun atau lebih: telah menjalani asimilasi paling sedikit 1/2 sisa masa pidana", "Narcotics of 5 years or more: assimilation for at least 1/2 of the remaining term"), RuleCitations.ParoleNarcotics, CriterionKind.TimeBased, RuleFacts.SentenceUnchanged))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => ParoleSettings.NarcoticsAssimilation.Codes;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context)
    {
        var (share, paroleFraction, threshold) = ParoleSettings.NarcoticsAssimilation.From(context.Parameters);
        return new(share, new ServedFraction(paroleFraction), threshold, context.Parameters.CountingConvention, context.DayNumber);
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
    [
        RuleFacts.Offence(subject),
        subject.AssimilationStart is { } start
            ? Fact.OfDate("inmate.assimilation-start", T("Mulai asimilasi", "Assimilation start"), start)
            : Fact.Missing("inmate.assimilation-start", T("Mulai asimilasi", "Assimilation start")),
    ];

    /// <summary>
    /// The rule: for narcotics with a term of at least the threshold, assimilation since a day from which the share of
    /// the time from parole's fraction to expiry has passed; not applicable to other offences and shorter terms.
    /// </summary>
    internal readonly struct Rule(Fraction share, ServedFraction paroleFraction, int thresholdDays, CountingConvention convention, int today) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            if (facts.Offence != (byte)OffenceCategory.Narcotics)
            {
                return facts.Offence == InmateFacts.NotRecorded ? CriterionResult.Unknown : CriterionResult.NotApplicable;
            }

            ref readonly var days = ref RuleFacts.Days(in facts, subject, convention);
            if (!days.HasSentence)
            {
                return CriterionResult.Unknown;
            }

            if (!days.HasDates || days.TermDays < thresholdDays)
            {
                return CriterionResult.NotApplicable;
            }

            if (subject.AssimilationStart is not { } start)
            {
                return CriterionResult.Unknown;
            }

            var needed = share.OfCeiling(Math.Max(0, days.Expiry - paroleFraction.DayIn(in days, subject, convention)));
            return RuleFacts.UntilExpiry(DayNumbers.FromDate(start) + (int)needed, today, days);
        }
    }
}

/// <summary>The judgment has not withdrawn the right to parole as an additional penalty (KUHP UU 1/2023 Pasal 86 huruf g).</summary>
internal sealed class ParoleRightNotWithdrawnCriterion(string code)
    : RuleCriterion<ParoleRightNotWithdrawnCriterion.Rule>(new(code, new("Hak pembebasan bersyarat tidak dicabut oleh putusan", "The judgment has not withdrawn the right to parole"), RuleCitations.ParoleWithdrawal))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        subject.Sentence is not { } history
            ? [RuleFacts.SentenceMissing()]
            : [Fact.OfFlag("sentence.parole-right-withdrawn", T("Putusan mencabut hak pembebasan bersyarat", "The judgment withdraws the right to parole"), history.ParoleRightWithdrawn)];

    /// <summary>The rule: a sentence recorded whose judgment does not withdraw the right (read from the sentence history).</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) =>
            subject.Sentence is not { } history ? CriterionResult.Unknown : CriterionResult.FromBoolean(!history.ParoleRightWithdrawn);
    }
}

/// <summary>CMB: its length is the last remission, so a remission must have been granted.</summary>
internal sealed class HasRemissionCriterion(string code)
    : RuleCriterion<HasRemissionCriterion.Rule>(new(code, new("Telah memperoleh remisi (lama cuti sebesar remisi terakhir)", "Has been granted a remission (the leave lasts as long as the last one)"), RuleCitations.PreRelease))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new(context.DayNumber);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        if (subject.Sentence is null)
        {
            return [RuleFacts.SentenceMissing()];
        }

        var date = context.Date;
        return [Fact.OfNumber("sentence.remissions-granted", T("Remisi yang telah diberikan", "Remissions granted"), subject.Sentence.Remissions.Count(r => r.GrantDate <= date))];
    }

    /// <summary>
    /// The rule: a sentence recorded with a remission granted on or before the evaluation day (read from the sentence
    /// history's grant days, in grant-date order: the first is the earliest).
    /// </summary>
    internal readonly struct Rule(int today) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            if (subject.Sentence is not { } history)
            {
                return CriterionResult.Unknown;
            }

            var grants = history.Grants;
            return CriterionResult.FromBoolean(grants.Length > 0 && grants[0].Day <= today);
        }
    }
}

/// <summary>The time conditions of a remission on the grant date (the evaluation date), as assessed by Sentencing's entitlement computation (Keppres 174/1999).</summary>
internal sealed class RemissionTimeCriterion(string code)
    : RuleCriterion<RemissionTimeCriterion.Rule>(new(code, new("Memenuhi syarat waktu remisi pada tanggal pemberian", "Meets the time conditions of the remission on the grant date"), RuleCitations.RemissionTime))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => RemissionSettings.KindAndHoliday.Codes;

    /// <inheritdoc/>
    protected override bool ReadsHistories => true;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context)
    {
        var (kind, holiday) = RemissionSettings.KindAndHoliday.From(context.Parameters);
        return new(context, kind, holiday);
    }

    /// <summary>
    /// The remission rules' answer for the subject on the grant date (the population's remission day reads it too). The
    /// sentence's first figures (<see cref="RemissionFigures"/>) come from the packed facts when they are under the
    /// parameters' convention, and the religion is read only for a special remission (the one it decides), so that a
    /// population's profiles and histories are read no further than the rules need.
    /// </summary>
    /// <param name="facts">The subject's packed facts.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="history">The subject's sentence.</param>
    /// <param name="context">The grant date and the parameters.</param>
    /// <param name="kind">The kind of remission, read once from the settings (<see cref="RemissionSettings.KindAndHoliday"/>).</param>
    /// <param name="holiday">The holiday of a special remission, read with it.</param>
    /// <param name="statusOnly">Whether only the status is read (the criterion), not the amount (the population's remission day).</param>
    /// <returns>The verdict.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RemissionVerdict Verdict(in InmateFacts facts, InmateProfile subject, SentenceHistory history, in EvaluationContext<RightsParameters> context, RemissionKind kind, ReligiousHoliday? holiday, bool statusOnly)
    {
        var convention = context.Parameters.CountingConvention;
        var figures = Figures(in facts, history, convention);
        var religion = kind == RemissionKind.Special ? subject.Religion : null;
        return RemissionEntitlements.Decide(history, in figures, context.Date, kind, convention, null, holiday, religion, DecennialRemissionRule.Default, context.DayNumber, statusOnly);
    }

    /// <summary>The sentence's first figures for the remission rules: from the packed facts when they are under the convention, otherwise read from the history.</summary>
    /// <param name="facts">The subject's packed facts.</param>
    /// <param name="history">The subject's sentence.</param>
    /// <param name="convention">The parameters' counting convention.</param>
    /// <returns>The figures.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RemissionFigures Figures(in InmateFacts facts, SentenceHistory history, CountingConvention convention) =>
        ReferenceEquals(facts.Convention, convention) || facts.Convention.Equals(convention)
            ? new RemissionFigures(facts.Days.IsLifeOrDeath, facts.Days.TermDays, facts.Days.FirstDay, facts.NaturalExpiry)
            : RemissionFigures.Of(history, convention);

    /// <summary>The criterion's reading of the rules' answer: met when due, not met when not due, unknown when undetermined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CriterionResult Result(in RemissionVerdict verdict) => verdict.Status switch
    {
        RemissionEntitlementStatus.Due => CriterionResult.Met,
        RemissionEntitlementStatus.NotDue => CriterionResult.NotMet,
        _ => CriterionResult.Unknown,
    };

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        if (subject.Sentence is not { } history)
        {
            return [RuleFacts.SentenceMissing()];
        }

        var (kind, holiday) = RemissionSettings.KindAndHoliday.From(context.Parameters);
        var entitlement = RemissionEntitlements.Assess(history, context.Date, kind, context.Parameters.CountingConvention, holiday: holiday, religion: subject.Religion);
        var facts = new List<Fact>
        {
            Fact.OfText("remission.entitlement", T("Hasil penilaian remisi", "Remission assessment"), entitlement.Code),
            Fact.OfDays("remission.served-days", T("Masa menjalani pidana pada tanggal pemberian", "Days served on the grant date"), entitlement.ServedDays),
        };
        if (entitlement.Status == RemissionEntitlementStatus.Undetermined)
        {
            facts.Add(Fact.Missing("remission.undetermined", T("Data untuk menilai remisi", "Data to assess the remission")));
        }

        if (entitlement.IsDue)
        {
            facts.Add(Fact.OfText("remission.amount", T("Besaran remisi", "Remission amount"), entitlement.Amount.ToString()));
        }

        return facts;
    }

    /// <summary>The rule: the remission rules' answer on the grant date (<see cref="Verdict"/>, <see cref="Result"/>); unknown without a sentence.</summary>
    internal readonly struct Rule(EvaluationContext<RightsParameters> context, RemissionKind kind, ReligiousHoliday? holiday) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) =>
            subject.Sentence is not { } history ? CriterionResult.Unknown : Result(Verdict(in facts, subject, history, in context, kind, holiday, statusOnly: true));
    }
}
