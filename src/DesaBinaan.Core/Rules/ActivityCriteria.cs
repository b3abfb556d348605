using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Rules;

/// <summary>Outside activities: a minimum-security placement, while the version's switch is on (docs/domain.md §3; on by default).</summary>
internal sealed class MinimumSecurityCriterion(string code)
    : RuleCriterion<MinimumSecurityCriterion.Rule>(new(code, new("Ditempatkan pada tingkat keamanan minimum", "Placed at minimum security"), RuleCitations.MinimumSecurity))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => OutsideActivitySettings.MinimumSecurity.Codes;

    public override Rule Prepare(in EvaluationContext<RightsParameters> context) => new(OutsideActivitySettings.MinimumSecurity.From(context.Parameters));

    protected override IEnumerable<Fact> Facts(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
    [
        subject.Security is { } level
            ? Fact.OfLabel("inmate.security-level", T("Tingkat keamanan", "Security level"), level.Label(), level.ToString())
            : Fact.Missing("inmate.security-level", T("Tingkat keamanan", "Security level")),
        Fact.OfFlag(ParameterCode.ActivityMinimumSecurity, T("Wajib keamanan minimum", "Minimum security required"), OutsideActivitySettings.MinimumSecurity.From(context.Parameters)),
    ];

    /// <summary>The rule: while required, the recorded security level is minimum.</summary>
    internal readonly struct Rule(bool required) : IFactsRule
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject)
        {
            var level = facts.Security;
            var minimum = BranchFree.Pick(level == (byte)SecurityLevel.Minimum, (int)CriterionOutcome.Met, (int)CriterionOutcome.NotMet);
            return CriterionResult.FromParts(BranchFree.Pick(!required, (int)CriterionOutcome.NotApplicable, BranchFree.Pick(level == InmateFacts.NotRecorded, (int)CriterionOutcome.Unknown, minimum)), 0);
        }
    }
}

/// <summary>The activity's scope is covered by an agreement in force on the evaluation date (asked of the partnership once per activity and date).</summary>
internal sealed class AgreementCoversScopeCriterion(string code)
    : RuleCriterion<SameForEveryone>(new(code, new("Ruang lingkup kegiatan tercakup perjanjian kerja sama yang berlaku", "The activity's scope is covered by an agreement in force"), RuleCitations.Agreement, CriterionKind.Context))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.ActivityPlan, ParameterCode.ActivityScope];

    /// <summary>The rule: the activity assessed for the evaluation date, and its scope covered then (unknown for another date).</summary>
    public override SameForEveryone Prepare(in EvaluationContext<RightsParameters> context)
    {
        var activity = context.Parameters.Activity;
        return new(activity is null || activity.Date != context.Date ? CriterionResult.Unknown : CriterionResult.FromBoolean(activity.ScopeCovered));
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
    : RuleCriterion<SameForEveryone>(new(code, new("Petugas pengawal cukup untuk kuota kegiatan", "Enough escort officers for the activity's quota"), RuleCitations.Escort, CriterionKind.Context))
{
    /// <inheritdoc/>
    public override IEnumerable<string> ParameterCodes => [ParameterCode.ActivityPlan];

    /// <summary>The rule: an activity planned, and its escort officers enough for its minimum group.</summary>
    public override SameForEveryone Prepare(in EvaluationContext<RightsParameters> context)
    {
        var activity = context.Parameters.Activity;
        return new(activity is null ? CriterionResult.Unknown : CriterionResult.FromBoolean(Math.Min(activity.EscortCapacity, activity.Plan.Quota.Maximum) >= activity.Plan.Quota.Minimum));
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

/// <summary>The rule of a condition on the activity rather than the person: one result, decided when the criterion is prepared, for everyone.</summary>
internal readonly struct SameForEveryone(CriterionResult result) : IFactsRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CriterionResult Evaluate(in InmateFacts facts, InmateProfile subject) => result;
}
