using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Testing.Tests;

/// <summary>Criteria with the mistakes the invariant kit exists to catch; each must make its invariant fail.</summary>
internal static class BrokenCriteria
{
    private static readonly Citation Basis = new("Contoh 1/2026");

    /// <summary>Marked time-based but stops being met 100 days after the 1/2 date (time undoes it).</summary>
    public sealed class ExpiresAfterHalf : ICriterion<InmateProfile, LocalParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("broken.expires", new("Rusak", "Broken"), Basis, CriterionKind.TimeBased);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
            !subject.KeyDates.HasDates ? CriterionResult.NotMet
            : context.DayNumber > DayNumbers.FromDate(subject.KeyDates.Half) + 100 ? CriterionResult.NotMet
            : CriterionResult.From(DayNumbers.FromDate(subject.KeyDates.Half), context.DayNumber);

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }

    /// <summary>Adds the remission days to the 1/2 date instead of subtracting them (a remission delays it).</summary>
    public sealed class RemissionDelays : ICriterion<InmateProfile, LocalParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("broken.remission", new("Rusak", "Broken"), Basis, CriterionKind.TimeBased);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context)
        {
            if (subject.Sentence is not { HasDates: true } s)
            {
                return CriterionResult.NotMet;
            }

            var remissionDays = s.Remissions.Sum(r => r.Amount.ToDays(CountingConventionDays));
            return CriterionResult.From(DayNumbers.FromDate(s.Detention.FirstDay) + (s.MainTerm.ToDays(CountingConventionDays) / 2) + remissionDays, context.DayNumber);
        }

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) => new(Descriptor, Evaluate(subject, in context), []);

        private static Sentencing.CountingConvention CountingConventionDays => Sentencing.CountingConvention.Default;
    }

    /// <summary>Compares with a fixed calendar date (moving every date moves the outcome).</summary>
    public sealed class FixedCutOff : ICriterion<InmateProfile, LocalParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("broken.cut-off", new("Rusak", "Broken"), Basis);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
            CriterionResult.FromBoolean(subject.Sentence is { } s && s.Detention.FirstDay.Year < 2021);

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }

    /// <summary>Formats a fact with the current culture (the explanation and fingerprint change with the culture).</summary>
    public sealed class CultureFormatted : ICriterion<InmateProfile, LocalParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("broken.culture", new("Rusak", "Broken"), Basis);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) => CriterionResult.Met;

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
            new(Descriptor, CriterionResult.Met, [Fact.OfText("broken.amount", new("Jumlah", "Amount"), string.Format(CultureInfo.CurrentCulture, "{0:N2}", 1234.5))]);
    }

    /// <summary>Reads which thread runs it (decisions differ between threads).</summary>
    public sealed class ThreadBound(int ownerThread) : ICriterion<InmateProfile, LocalParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("broken.thread", new("Rusak", "Broken"), Basis);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
            CriterionResult.FromBoolean(Environment.CurrentManagedThreadId == ownerThread);

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }

    /// <summary>Explains a different result from the one it evaluates (the explanation would mislead an auditor).</summary>
    public sealed class ExplainsOtherwise : ICriterion<InmateProfile, LocalParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("broken.explains", new("Rusak", "Broken"), Basis);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) => CriterionResult.FromBoolean(subject.ActiveInGuidance);

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) => new(Descriptor, CriterionResult.Met, []);
    }
}
