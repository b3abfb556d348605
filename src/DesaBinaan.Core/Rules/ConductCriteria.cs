using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using NodaTime;

namespace DesaBinaan.Core.Rules;

/// <summary>Which conduct period of the parameters a conduct criterion reads.</summary>
internal enum ConductTier
{
    AsimilasiGeneral,
    AsimilasiSpecial,
    AsimilasiChild,
    Parole,
    ConditionalLeave,
    PreRelease,
    Remission,

    /// <summary>The criterion's own period (a building block of <see cref="RuleBlocks"/>), not the parameters'.</summary>
    Fixed,
}

/// <summary>
/// Good behaviour: no disciplinary punishment in the last <c>N</c> days (N from the parameters, months at the
/// convention's days a month): met from the day after the last day of the latest punishment plus N days. Register F
/// not checked → unknown.
/// </summary>
internal sealed class ConductCriterion(string code, LocalizedText title, Citation citation, ConductTier tier, int fixedMonths = 0)
    : RuleCriterion(new(code, title, citation, CriterionKind.TimeBased, RuleFacts.NoNewPunishment))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => tier switch
    {
        ConductTier.AsimilasiGeneral => [ParameterCode.AsimilasiGeneralConductMonths],
        ConductTier.AsimilasiSpecial => [ParameterCode.AsimilasiSpecialConductMonths],
        ConductTier.AsimilasiChild => [ParameterCode.AsimilasiChildConductMonths],
        ConductTier.Parole => [ParameterCode.IntegrationParoleConductMonths],
        ConductTier.Remission => [ParameterCode.RemissionConductMonths],
        ConductTier.ConditionalLeave or ConductTier.PreRelease or ConductTier.Fixed => [],
        _ => throw new System.Diagnostics.UnreachableException("A conduct tier was added without its parameter."),
    };

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
        if (!facts.RegisterFRecorded)
        {
            return CriterionResult.Unknown;
        }

        var last = facts.LastPunishmentEnd;
        return last < 0 ? CriterionResult.Met : RuleFacts.UntilExpiry(last + Days(context.Parameters) + 1, context.DayNumber, RuleFacts.Days(in facts, subject, context.Parameters));
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var required = Fact.OfDays("conduct.required-days", T("Masa tanpa hukuman disiplin yang disyaratkan", "Days without punishment required"), Days(context.Parameters));
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

    private int Days(RightsParameters p) => tier switch
    {
        ConductTier.AsimilasiGeneral => p.GeneralConductDays,
        ConductTier.AsimilasiSpecial => p.SpecialConductDays,
        ConductTier.AsimilasiChild => p.ChildConductDays,
        ConductTier.Parole => p.ParoleConductDays,
        ConductTier.ConditionalLeave => p.ConditionalLeaveConductDays,
        ConductTier.PreRelease => p.PreReleaseConductDays,
        ConductTier.Remission => p.RemissionConductDays,
        ConductTier.Fixed => fixedMonths * p.CountingConvention.DaysPerMonth,
        _ => throw new System.Diagnostics.UnreachableException("A conduct tier was added without its parameter."),
    };
}

/// <summary>CMK: no disciplinary punishment in the current calendar year; otherwise met from 1 January of the next year.</summary>
internal sealed class ConductThisYearCriterion(string code)
    : RuleCriterion(new(code, new("Berkelakuan baik pada tahun berjalan", "Good behaviour in the current year"), RuleCitations.FamilyVisit, CriterionKind.TimeBased, RuleFacts.NoNewPunishment))
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
        if (!facts.RegisterFRecorded)
        {
            return CriterionResult.Unknown;
        }

        // Like every conduct criterion, the snapshot's Register F is taken as the whole record: a punishment that
        // runs into the current year (or a later one) blocks until 1 January after the latest such punishment ends —
        // the year of the latest end of all, read from the packed facts.
        var last = facts.LastPunishmentEnd;
        if (last < DayNumbers.FromDate(new LocalDate(context.Date.Year, 1, 1)))
        {
            return CriterionResult.Met;
        }

        var latestYear = DayNumbers.ToDate(last).Year;
        return latestYear >= LocalDate.MaxIsoValue.Year
            ? CriterionResult.NotMet
            : RuleFacts.UntilExpiry(DayNumbers.FromDate(new LocalDate(latestYear + 1, 1, 1)), context.DayNumber, RuleFacts.Days(in facts, subject, context.Parameters));
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var year = context.Date.Year;
        return subject.RegisterF is null
            ? [Fact.Missing("inmate.register-f", T("Register F", "Register F"))]
            : [Fact.OfNumber("conduct.punishments-this-year", T("Hukuman disiplin tahun berjalan", "Punishments this year"), subject.RegisterF.Count(r => r.End.Year >= year))];
    }
}

/// <summary>Active participation in guidance programmes (<i>aktif mengikuti program pembinaan</i>).</summary>
internal sealed class GuidanceCriterion(string code, Citation citation)
    : RuleCriterion(new(code, new("Aktif mengikuti program pembinaan dengan baik", "Takes part actively in guidance programmes"), citation))
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
    public override CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject, in EvaluationContext<RightsParameters> context) => facts.Guidance switch
    {
        Recorded.Yes => CriterionResult.Met,
        Recorded.No => CriterionResult.NotMet,
        _ => CriterionResult.Unknown,
    };

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        [Fact.OfFlag("inmate.active-in-guidance", T("Aktif dalam pembinaan", "Active in guidance"), subject.ActiveInGuidance)];
}

/// <summary>CMK: not involved in another criminal case.</summary>
internal sealed class NoPendingCaseCriterion(string code)
    : RuleCriterion(new(code, new("Tidak terlibat perkara lain", "Not involved in another case"), RuleCitations.FamilyVisit))
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
        facts.PendingCase switch
        {
            Recorded.No => CriterionResult.Met,
            Recorded.Yes => CriterionResult.NotMet,
            _ => CriterionResult.Unknown,
        };

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
        [Fact.OfFlag("inmate.pending-case", T("Perkara lain", "Other case pending"), subject.HasPendingCase)];
}
