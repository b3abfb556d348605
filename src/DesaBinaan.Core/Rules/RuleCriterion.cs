using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The base of the built-in criteria. Each states its rule once, as a rule struct over the packed facts
/// (<see cref="RuleCriterion{TRule}"/>), reached through
/// <see cref="Evaluate(in InmateFacts, InmateProfile, in EvaluationContext{RightsParameters})"/>; one profile, a batch
/// of profiles and the rows of a prepared population are all evaluated by it, and <see cref="Explain"/> adds the facts
/// read, computed only then, to the same result, so that they always agree.
/// </summary>
internal abstract class RuleCriterion : IRowCriterion<InmateProfile, InmateFacts, RightsParameters>, IReadsParameters
{
    private const int Chunk = CriterionColumns.Chunk;

    /// <summary>Each thread's buffer of gathered facts (evaluating profiles that are not a prepared population).</summary>
    [ThreadStatic]
    private static InmateFacts[]? gathered;

    /// <summary>What <see cref="FetchHistories"/> read, kept so that its reads are made (never read back).</summary>
    [ThreadStatic]
    private static int fetched;

    protected RuleCriterion(CriterionDescriptor descriptor) => Descriptor = descriptor;

    public CriterionDescriptor Descriptor { get; }

    /// <summary>
    /// Gets whether the rule does enough work per subject on the sentence history (beyond its packed facts) that a batch
    /// should first read each history in one short loop (<see cref="FetchHistories"/>), so that the processor fetches many
    /// of them from memory at once rather than one by one inside the rule; false by default. Set it for a rule that reads
    /// several fields and arrays of the history per person (remission's time conditions), not for one that reads a
    /// single field, which it slows down.
    /// </summary>
    protected virtual bool ReadsHistories => false;

    /// <summary>Gets the codes of the parameter values the rule reads (<see cref="ParameterCode"/>); none by default.</summary>
    public virtual IEnumerable<string> ParameterCodes => [];

    /// <summary>
    /// The rule, stated once: the result for one subject from its packed facts, reading the profile only for what the
    /// facts do not hold. Every path evaluates it: one profile, a batch of profiles, the rows of a prepared population,
    /// and <see cref="Explain"/>. The context's parameters are present.
    /// </summary>
    /// <param name="facts">The subject's packed facts.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <returns>The result.</returns>
    public abstract CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context);

    /// <summary>Evaluates one profile from its own packed facts (the context's parameters are present).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <returns>The result.</returns>
    public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context) => Evaluate(in subject.Facts, subject, in context);

    /// <summary>
    /// The entry point callers reach through the interface: a context without parameters (the default value) decides
    /// nothing, so every built-in criterion answers unknown for it instead of failing.
    /// </summary>
    CriterionResult ICriterion<InmateProfile, RightsParameters>.Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        context.Parameters is null ? CriterionResult.Unknown : Evaluate(in subject.Facts, subject, in context);

    /// <summary>Evaluates a batch of profiles: their packed facts gathered side by side, a chunk at a time, then evaluated as rows.</summary>
    public void EvaluateMany(ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        if (context.Parameters is null)
        {
            destination[..subjects.Length].Fill(CriterionResult.Unknown);
            return;
        }

        var rows = gathered ??= new InmateFacts[Chunk];
        for (var start = 0; start < subjects.Length; start += Chunk)
        {
            var length = Math.Min(Chunk, subjects.Length - start);
            var batch = subjects.Slice(start, length);
            for (var j = 0; j < batch.Length; j++)
            {
                rows[j] = batch[j].Facts;
            }

            EvaluateColumn(rows.AsSpan(0, length), batch, in context, destination.Slice(start, length));
        }
    }

    /// <summary>Evaluates a batch from the packed facts of a prepared population.</summary>
    public void EvaluateRows(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        if (context.Parameters is null)
        {
            destination[..rows.Length].Fill(CriterionResult.Unknown);
            return;
        }

        EvaluateColumn(rows, subjects[..rows.Length], in context, destination[..rows.Length]);
    }

    /// <summary>Evaluates the rows of a batch at some indexes only (the rows a rule with exceptions hands to this criterion).</summary>
    public void EvaluateRowsAt(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, ReadOnlySpan<int> indexes, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        if (context.Parameters is null)
        {
            foreach (var j in indexes)
            {
                destination[j] = CriterionResult.Unknown;
            }

            return;
        }

        EvaluateColumnAt(rows, subjects[..rows.Length], indexes, in context, destination[..rows.Length]);
    }

    /// <summary>
    /// Evaluates the rule for every row of a batch — <see cref="Evaluate(in InmateFacts, InmateProfile, in EvaluationContext{RightsParameters})"/>,
    /// called from the criterion's own sealed type so that it compiles into one loop with no call per row.
    /// </summary>
    /// <param name="rows">The packed facts.</param>
    /// <param name="subjects">The profiles, as long as <paramref name="rows"/>.</param>
    /// <param name="context">The evaluation context; its parameters are present.</param>
    /// <param name="destination">Where to write row <c>j</c>'s result, at <c>j</c>; as long as <paramref name="rows"/>.</param>
    protected abstract void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination);

    /// <summary>Evaluates the rule for the rows of a batch at <paramref name="indexes"/>, as <see cref="EvaluateColumn"/> does for all of them.</summary>
    /// <param name="rows">The packed facts.</param>
    /// <param name="subjects">The profiles, as long as <paramref name="rows"/>.</param>
    /// <param name="indexes">The rows to evaluate.</param>
    /// <param name="context">The evaluation context; its parameters are present.</param>
    /// <param name="destination">Where to write row <c>j</c>'s result, at <c>j</c>; as long as <paramref name="rows"/>.</param>
    protected abstract void EvaluateColumnAt(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, ReadOnlySpan<int> indexes, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination);

    /// <summary>Reads the sentence histories of a batch, each independently of the others, so that their memory is fetched together (<see cref="ReadsHistories"/>).</summary>
    /// <param name="subjects">The batch's profiles.</param>
    internal static void FetchHistories(ReadOnlySpan<InmateProfile> subjects)
    {
        var sum = 0;
        foreach (var subject in subjects)
        {
            if (subject.Sentence is { } history)
            {
                sum += history.DetentionFirstDay + history.Grants.Length;
            }
        }

        fetched = sum;
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

/// <summary>
/// One built-in rule for one subject, with what it reads from the context (parameter values, the evaluation day) taken
/// once beforehand by its criterion's <see cref="RuleCriterion{TRule}.Prepare"/>: the single statement of the rule,
/// evaluated for one subject, for every row of a batch and for an explanation alike.
/// </summary>
internal interface IFactsRule
{
    /// <summary>Evaluates the rule for one subject.</summary>
    /// <param name="facts">The subject's packed facts.</param>
    /// <param name="subject">The subject (read only for what the facts do not hold).</param>
    /// <returns>The result.</returns>
    CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject);
}

/// <summary>
/// A built-in criterion whose rule is a <typeparamref name="TRule"/>: the criterion prepares the rule from the context
/// (once per subject, or once per batch), and the rule decides each subject. Being a struct, the rule is compiled
/// into the batch loop of its own criterion, so a column costs one inlined evaluation per row.
/// </summary>
/// <typeparam name="TRule">The rule, with the values it reads.</typeparam>
internal abstract class RuleCriterion<TRule>(CriterionDescriptor descriptor) : RuleCriterion(descriptor)
    where TRule : struct, IFactsRule
{
    /// <summary>Takes from the context what the rule reads; the context's parameters are present.</summary>
    /// <param name="context">The evaluation date and parameters.</param>
    /// <returns>The prepared rule.</returns>
    public abstract TRule Prepare(in EvaluationContext<RightsParameters> context);

    /// <inheritdoc/>
    public sealed override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        Prepare(in context).Evaluate(in facts, subject);

    /// <inheritdoc/>
    protected sealed override void EvaluateColumn(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        var rule = Prepare(in context);
        destination = destination[..rows.Length];
        subjects = subjects[..rows.Length];
        if (ReadsHistories)
        {
            FetchHistories(subjects);
        }

        for (var j = 0; j < rows.Length; j++)
        {
            destination[j] = rule.Evaluate(in rows[j], subjects[j]);
        }
    }

    /// <inheritdoc/>
    protected sealed override void EvaluateColumnAt(ReadOnlySpan<InmateFacts> rows, ReadOnlySpan<InmateProfile> subjects, ReadOnlySpan<int> indexes, in EvaluationContext<RightsParameters> context, Span<CriterionResult> destination)
    {
        var rule = Prepare(in context);
        foreach (var j in indexes)
        {
            destination[j] = rule.Evaluate(in rows[j], subjects[j]);
        }
    }
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

    /// <summary>
    /// Returns the sentence day numbers under a counting convention: the profile's precomputed ones when it is the same,
    /// read in place in the packed row rather than copied (a rule's column reads them once per row).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ref readonly SentenceDays Days(in InmateFacts f, InmateProfile s, CountingConvention convention)
    {
        if (ReferenceEquals(convention, f.Convention))
        {
            return ref f.Days;
        }

        return ref OtherDays(in f, s, convention);
    }

    /// <summary>Returns a profile's sentence day numbers under the parameters' counting convention.</summary>
    public static ref readonly SentenceDays Days(InmateProfile s, RightsParameters p) => ref Days(in s.Facts, s, p.CountingConvention);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ref readonly SentenceDays OtherDays(in InmateFacts f, InmateProfile s, CountingConvention convention)
    {
        if (convention.Equals(f.Convention))
        {
            return ref f.Days;
        }

        // Another convention than the profile's: counted now, in a box of its own (the facts hold the profile's).
        return ref new System.Runtime.CompilerServices.StrongBox<SentenceDays>(s.DaysUnder(convention)).Value;
    }

    /// <summary>
    /// Returns the result of a condition met from <paramref name="day"/> on, unless that day is on or after the expiry: a
    /// right that would arise only when the sentence has ended is not met, with no date to wait for (a decision never says
    /// "not yet eligible from" a day on which the person is already free).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult UntilExpiry(int day, int today, in SentenceDays days)
    {
        var endsFirst = days.HasDates & day >= days.Expiry;
        if (!endsFirst)
        {
            Guard.Against.DayNumberOutOfRange(day);
        }

        var outcome = BranchFree.Pick(endsFirst | today < day, (int)CriterionOutcome.NotMet, (int)CriterionOutcome.Met);
        return CriterionResult.FromParts(outcome, BranchFree.Pick(endsFirst, 0, unchecked(day + 1)));
    }

    /// <summary>The outcome of each <see cref="EvidenceCheck"/>, two bits at the check's value: all present → met, some absent → not met, not all recorded → unknown.</summary>
    private const int OutcomeOfCheck =
        ((int)CriterionOutcome.Unknown << ((int)EvidenceCheck.NotAllRecorded * 2))
        | ((int)CriterionOutcome.Met << ((int)EvidenceCheck.AllPresent * 2))
        | ((int)CriterionOutcome.NotMet << ((int)EvidenceCheck.SomeAbsent * 2));

    /// <summary>The outcome of each <see cref="Recorded"/> yes/no, two bits at its value: yes → met, no → not met, not recorded → unknown.</summary>
    private const int OutcomeOfRecorded =
        ((int)CriterionOutcome.Unknown << ((int)Recorded.NotRecorded * 2))
        | ((int)CriterionOutcome.Met << ((int)Recorded.Yes * 2))
        | ((int)CriterionOutcome.NotMet << ((int)Recorded.No * 2));

    /// <summary>Returns the outcome of an evidence check (see <see cref="OutcomeOfCheck"/>), as a number, without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Outcome(EvidenceCheck check) => Lookup(OutcomeOfCheck, (int)check);

    /// <summary>Converts an evidence check into its result (see <see cref="OutcomeOfCheck"/>), without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult FromCheck(EvidenceCheck check) => CriterionResult.FromParts(Outcome(check), 0);

    /// <summary>Converts a recorded yes/no into its result (see <see cref="OutcomeOfRecorded"/>), without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult FromRecorded(Recorded value) => CriterionResult.FromParts(Lookup(OutcomeOfRecorded, (int)value), 0);

    /// <summary>Returns the outcome at a value of one of the two-bit tables above (<see cref="OutcomeOfCheck"/>, <see cref="OutcomeOfRecorded"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Lookup(int table, int value) => (table >> (value * 2)) & 3;

    /// <summary>Converts a recorded yes/no whose "no" meets the rule (no other case pending): the result of its opposite, without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult FromRecordedNo(Recorded value) => FromRecorded(Opposite(value));

    /// <summary>Returns the opposite of a recorded yes/no (yes and no swap; not recorded stays), without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Recorded Opposite(Recorded value) =>
        (Recorded)BranchFree.Pick(value == Recorded.NotRecorded, (int)Recorded.NotRecorded, (int)Recorded.Yes + (int)Recorded.No - (int)value);

    /// <summary>
    /// The result of evidence asked only of some people (a foreign national's guarantee, a special offence's statement, a
    /// terrorism or corruption convict's documents): the evidence check for those asked, not applicable to the others,
    /// unknown while the record does not say whether the person is asked. Without a branch.
    /// </summary>
    /// <param name="asked">Whether the record says the person is asked for the evidence.</param>
    /// <param name="evidenceBits">The packed evidence statuses.</param>
    /// <param name="lowMask">The kinds asked for (<see cref="EvidenceFile.LowMask"/>).</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionResult EvidenceAskedOf(Recorded asked, ulong evidenceBits, ulong lowMask)
    {
        var check = BranchFree.Pick(asked == Recorded.Yes, Outcome(EvidenceFile.Check(evidenceBits, lowMask)), (int)CriterionOutcome.NotApplicable);
        return CriterionResult.FromParts(BranchFree.Pick(asked == Recorded.NotRecorded, (int)CriterionOutcome.Unknown, check), 0);
    }

    /// <summary>
    /// Returns whether the offence is special (docs/domain.md §9: every category but general crime, and narcotics only
    /// from the threshold term on): not recorded when the category or, for narcotics, the sentence is not recorded.
    /// Read from the packed facts and the sentence under the counting convention, without a branch on the category.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Recorded IsSpecial(in InmateFacts f, in SentenceDays days, int narcoticsThresholdDays)
    {
        int offence = f.Offence;
        var narcotics = BranchFree.Pick(!days.HasSentence, (int)Recorded.NotRecorded, BranchFree.Pick(days.IsLifeOrDeath | days.TermDays >= narcoticsThresholdDays, (int)Recorded.Yes, (int)Recorded.No));
        var other = BranchFree.Pick(offence == InmateFacts.NotRecorded, (int)Recorded.NotRecorded, BranchFree.Pick(offence == (byte)OffenceCategory.General, (int)Recorded.No, (int)Recorded.Yes));
        return (Recorded)BranchFree.Pick(offence == (byte)OffenceCategory.Narcotics, narcotics, other);
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
