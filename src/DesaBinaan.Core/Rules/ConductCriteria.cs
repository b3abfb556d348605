using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// Good behaviour: no disciplinary punishment in the last <c>N</c> days (N from the parameters, months at the
/// convention's days a month): met from the day after the last day of the latest punishment plus N days. Register F
/// not checked → unknown.
/// </summary>
/// <param name="code">The criterion's reason code.</param>
/// <param name="title">The condition as officers read it.</param>
/// <param name="citation">The legal basis.</param>
/// <param name="requiredDays">The period without punishment in days, read from the right's settings (or the block's own).</param>
internal sealed class ConductCriterion(string code, LocalizedText title, Citation citation, SettingRead<int> requiredDays)
    : RuleCriterion<ConductCriterion.Rule>(new(code, title, citation, CriterionKind.TimeBased, RuleFacts.NoNewPunishment))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => requiredDays.Codes;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new(requiredDays.From(context.Parameters), context.Parameters.CountingConvention, context.DayNumber);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var required = Fact.OfDays("conduct.required-days", T("Masa tanpa hukuman disiplin yang disyaratkan", "Days without punishment required"), requiredDays.From(context.Parameters));
        if (subject.RegisterF is null)
        {
            return [Fact.Missing("inmate.register-f", T("Register F", "Register F")), required];
        }

        if (subject.LastPunishmentEndDay < 0)
        {
            return [Fact.OfNumber("conduct.punishments", T("Hukuman disiplin tercatat", "Punishments recorded"), 0), required];
        }

        var end = DayNumbers.ToDate(subject.LastPunishmentEndDay);
        return
        [
            Fact.OfNumber("conduct.punishments", T("Hukuman disiplin tercatat", "Punishments recorded"), subject.RegisterF.Count),
            Fact.OfDate("conduct.last-punishment-end", T("Akhir hukuman disiplin terakhir", "End of the latest punishment"), end),
            Fact.OfDays("conduct.days-since", T("Hari sejak hukuman terakhir berakhir", "Days since the latest punishment ended"), context.DayNumber - subject.LastPunishmentEndDay - 1),
            required,
        ];
    }

    /// <summary>
    /// The rule: Register F checked, and no punishment, or the required days passed since the latest ended — a date to
    /// wait for, unless it falls on or after the expiry (<see cref="RuleFacts.UntilExpiry"/>).
    /// </summary>
    internal readonly struct Rule(int requiredDays, CountingConvention convention, int today) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            // Computed for everyone and kept only for those punished (no branch on facts that vary from person to person).
            var last = facts.LastPunishmentEnd;
            var punished = facts.RegisterFRecorded & last >= 0;
            var clean = RuleFacts.UntilExpiry(BranchFree.Pick(punished, last + requiredDays + 1, 0), today, in RuleFacts.Days(in facts, subject, convention));
            var outcome = BranchFree.Pick(!facts.RegisterFRecorded, (int)CriterionOutcome.Unknown, BranchFree.Pick(punished, (int)clean.Outcome, (int)CriterionOutcome.Met));
            return CriterionResult.FromParts(outcome, BranchFree.Pick(punished, unchecked(clean.DayNumber + 1), 0));
        }
    }
}

/// <summary>CMK: no disciplinary punishment in the current calendar year; otherwise met from 1 January of the next year.</summary>
internal sealed class ConductThisYearCriterion(string code)
    : RuleCriterion<ConductThisYearCriterion.Rule>(new(code, new("Berkelakuan baik pada tahun berjalan", "Good behaviour in the current year"), RuleCitations.FamilyVisit, CriterionKind.TimeBased, RuleFacts.NoNewPunishment))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) =>
        new(DayNumbers.FromDate(new LocalDate(context.Date.Year, 1, 1)), context.Parameters.CountingConvention, context.DayNumber);

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var year = context.Date.Year;
        return subject.RegisterF is null
            ? [Fact.Missing("inmate.register-f", T("Register F", "Register F"))]
            : [Fact.OfNumber("conduct.punishments-this-year", T("Hukuman disiplin tahun berjalan", "Punishments this year"), subject.RegisterF.Count(r => r.End.Year >= year))];
    }

    /// <summary>
    /// The rule: Register F checked, and no punishment ending on or after 1 January of the evaluation year. Like every
    /// conduct criterion, the snapshot's Register F is taken as the whole record: a punishment that runs into the
    /// current year (or a later one) blocks until 1 January after the latest such punishment ends — the year of the
    /// latest end of all, read from the packed facts.
    /// </summary>
    internal readonly struct Rule(int yearStart, CountingConvention convention, int today) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            var last = facts.LastPunishmentEnd;
            if (!facts.RegisterFRecorded | last < yearStart)
            {
                return CriterionResult.FromParts(facts.RegisterFRecorded ? (int)CriterionOutcome.Met : (int)CriterionOutcome.Unknown, 0);
            }

            var latestYear = DayNumbers.ToDate(last).Year;
            return latestYear >= LocalDate.MaxIsoValue.Year
                ? CriterionResult.NotMet
                : RuleFacts.UntilExpiry(DayNumbers.FromDate(new LocalDate(latestYear + 1, 1, 1)), today, RuleFacts.Days(in facts, subject, convention));
        }
    }
}

/// <summary>Active participation in guidance programmes (<i>aktif mengikuti program pembinaan</i>).</summary>
internal sealed class GuidanceCriterion(string code, Citation citation)
    : RuleCriterion<GuidanceCriterion.Rule>(new(code, new("Aktif mengikuti program pembinaan dengan baik", "Takes part actively in guidance programmes"), citation))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        [Fact.OfFlag("inmate.active-in-guidance", T("Aktif dalam pembinaan", "Active in guidance"), subject.ActiveInGuidance)];

    /// <summary>The rule: recorded as active in guidance.</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) => RuleFacts.FromRecorded(facts.Guidance);
    }
}

/// <summary>CMK: not involved in another criminal case.</summary>
internal sealed class NoPendingCaseCriterion(string code)
    : RuleCriterion<NoPendingCaseCriterion.Rule>(new(code, new("Tidak terlibat perkara lain", "Not involved in another case"), RuleCitations.FamilyVisit))
{
    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => default;

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        [Fact.OfFlag("inmate.pending-case", T("Perkara lain", "Other case pending"), subject.HasPendingCase)];

    /// <summary>The rule: recorded as involved in no other case.</summary>
    internal readonly struct Rule : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) =>
            RuleFacts.FromRecordedNo(facts.PendingCase);
    }
}
