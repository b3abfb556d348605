using System.Runtime.CompilerServices;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Rules;

/// <summary>Outside activities: a minimum-security placement, while the version's switch is on (docs/domain.md §3; on by default).</summary>
internal sealed class MinimumSecurityCriterion(string code)
    : RuleCriterion(new(code, new("Ditempatkan pada tingkat keamanan minimum", "Placed at minimum security"), RuleCitations.MinimumSecurity))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.ActivityMinimumSecurity];

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
        if (!context.Parameters.RequireMinimumSecurity)
        {
            return CriterionResult.NotApplicable;
        }

        var level = facts.Security;
        return level == 0 ? CriterionResult.Unknown : CriterionResult.FromBoolean(level == (byte)SecurityLevel.Minimum);
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
    [
        subject.Security is { } level
            ? Fact.OfLabel("inmate.security-level", T("Tingkat keamanan", "Security level"), level.Label(), level.ToString())
            : Fact.Missing("inmate.security-level", T("Tingkat keamanan", "Security level")),
        Fact.OfFlag("parameter.activity.minimum-security", T("Wajib keamanan minimum", "Minimum security required"), context.Parameters.RequireMinimumSecurity),
    ];
}

/// <summary>The activity's scope is covered by an agreement in force on the evaluation date (asked of the partnership once per activity and date).</summary>
internal sealed class AgreementCoversScopeCriterion(string code)
    : RuleCriterion(new(code, new("Ruang lingkup kegiatan tercakup perjanjian kerja sama yang berlaku", "The activity's scope is covered by an agreement in force"), RuleCitations.Agreement, CriterionKind.Context))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.ActivityPlan, ParameterCode.ActivityScope];

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
        var p = context.Parameters;
        return p.ActivityDay != context.DayNumber ? CriterionResult.Unknown : p.AgreementResult;
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var activity = context.Parameters.Activity;
        if (activity is null)
        {
            return [Fact.Missing("activity.plan", T("Rencana kegiatan", "Activity plan"))];
        }

        return activity.Date != context.Date
            ? [Fact.OfDate("activity.assessed-on", T("Kegiatan dinilai untuk tanggal", "Activity assessed for"), activity.Date), Fact.Missing("activity.scope-covered", T("Tercakup perjanjian pada tanggal evaluasi", "Covered on the evaluation date"))]
            : [Fact.OfText("activity.scope", T("Ruang lingkup", "Scope"), activity.Plan.Scope.Code), Fact.OfFlag("activity.scope-covered", T("Tercakup perjanjian yang berlaku", "Covered by an agreement in force"), activity.ScopeCovered)];
    }
}

/// <summary>The assigned escort officers can escort at least the plan's minimum group under its escort ratio.</summary>
internal sealed class EscortCapacityCriterion(string code)
    : RuleCriterion(new(code, new("Petugas pengawal cukup untuk kuota kegiatan", "Enough escort officers for the activity's quota"), RuleCitations.Escort, CriterionKind.Context))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.ActivityPlan];

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
        var p = context.Parameters;
        return p.Activity is null ? CriterionResult.Unknown : p.EscortResult;
    }

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context)
    {
        var activity = context.Parameters.Activity;
        if (activity is null)
        {
            return [Fact.Missing("activity.plan", T("Rencana kegiatan", "Activity plan"))];
        }

        return
        [
            Fact.OfNumber("activity.quota-minimum", T("Kuota paling sedikit", "Quota minimum"), activity.Plan.Quota.Minimum),
            Fact.OfNumber("activity.quota-maximum", T("Kuota paling banyak", "Quota maximum"), activity.Plan.Quota.Maximum),
            Fact.OfText("activity.escort-ratio", T("Rasio pengawalan (petugas/warga binaan)", "Escort ratio (officers/inmates)"), activity.Plan.Escort.ToString()),
            Fact.OfNumber("activity.escort-officers", T("Petugas pengawal", "Escort officers"), activity.EscortOfficers),
            Fact.OfNumber("activity.escort-capacity", T("Warga binaan yang dapat dikawal", "Inmates who can be escorted"), activity.EscortCapacity),
        ];
    }
}
