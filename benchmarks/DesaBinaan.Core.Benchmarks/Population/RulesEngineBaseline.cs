using System.Globalization;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using RulesEngine.Models;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The same outside-activity conditions expressed as Microsoft RulesEngine rules: one lambda-expression rule per
/// criterion of the version, in its order (a rule succeeds when its condition is met or does not apply), over one
/// flat input object per person whose facts are read from the profile once, in the setup.
/// </summary>
internal sealed class RulesEngineBaseline
{
    private const string Workflow = "outside-activity";

    private static readonly string[] Expressions =
    [
        "input1.Status == 2 || input1.Status == 3",
        "input1.HasSentence && !input1.LifeOrDeath",
        "input1.HasSentence && (!input1.HasDates || input1.Today < input1.Expiry)",
        "input1.HasSentence && (input1.Child || input1.Special >= 0) && input1.HasDates && input1.Today >= input1.ServedDay && input1.ServedDay < input1.Expiry",
        "input1.RegisterChecked && (input1.Child || input1.Special >= 0) && (input1.LastPunishment < 0 || (input1.Today >= input1.LastPunishment + (input1.Child ? input1.ChildConduct : (input1.Special == 1 ? input1.SpecialConduct : input1.GeneralConduct)) + 1 && (!input1.HasDates || input1.LastPunishment + (input1.Child ? input1.ChildConduct : (input1.Special == 1 ? input1.SpecialConduct : input1.GeneralConduct)) + 1 < input1.Expiry)))",
        "input1.Guidance == 1",
        "input1.Offence != 0 && (input1.Offence != 2 || (input1.Deradicalisation == 1 && input1.Pledge == 1))",
        "input1.Offence != 0 && (input1.Offence != 4 || (input1.FinePaid == 1 && input1.RestitutionPaid == 1))",
        "!input1.RequireCollaborator || input1.Special == 0 || (input1.Special == 1 && input1.JusticeCollaborator == 1)",
        "input1.Foreign == 0 || (input1.Foreign == 1 && input1.EmbassyGuarantee == 1)",
        "input1.VerdictAndExecution == 1 && input1.Litmas == 1 && input1.RegisterFExtract == 1 && input1.FamilyGuarantee == 1 && input1.HostGuarantee == 1",
        "!input1.RequireRisk || input1.RiskReduction == 1",
        "!input1.RequireMinimumSecurity || input1.Security == 4",
        "input1.ScopeCovered",
        "input1.EscortEnough",
    ];

    private readonly global::RulesEngine.RulesEngine engine;
    private readonly Input[] inputs;

    private RulesEngineBaseline(global::RulesEngine.RulesEngine engine, Input[] inputs)
    {
        this.engine = engine;
        this.inputs = inputs;
    }

    public static int RuleCount => Expressions.Length;

    public static RulesEngineBaseline Create(InmateProfile[] profiles, RightsParameters parameters, int today)
    {
        var expected = new[] { EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee };
        if (!parameters.SettingsOf<AsimilasiSettings>().RequiredEvidence.OrderBy(k => k).SequenceEqual(expected))
        {
            throw new InvalidOperationException("The RulesEngine rules expect the required evidence of outside-activity.2022.");
        }

        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules = [.. Expressions.Select((e, i) => new Rule { RuleName = "c" + i.ToString(CultureInfo.InvariantCulture), Expression = e, RuleExpressionType = RuleExpressionType.LambdaExpression })],
        };
        var engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());
        var convention = parameters.CountingConvention;
        var asimilasi = parameters.SettingsOf<AsimilasiSettings>();
        var narcoticsThreshold = asimilasi.NarcoticsThreshold.ToDays(convention);
        var childMinimum = asimilasi.ChildMinimumServed.ToDays(convention);
        var specialMinimum = asimilasi.SpecialMinimumServed.ToDays(convention);
        var activity = parameters.Activity!;
        var scopeCovered = activity.Date == DayNumbers.ToDate(today) && activity.ScopeCovered == true;
        var escortEnough = Math.Min(activity.EscortCapacity, activity.Plan.Quota.Maximum) >= activity.Plan.Quota.Minimum;
        var inputs = new Input[profiles.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var p = profiles[i];
            var days = p.DaysUnder(convention);
            var child = p.Status == LegalStatus.Child;
            int special = p.Offence switch
            {
                null => -1,
                OffenceCategory.General => 0,
                OffenceCategory.Narcotics => days.HasSentence ? (days.IsLifeOrDeath || days.TermDays >= narcoticsThreshold ? 1 : 0) : -1,
                _ => 1,
            };
            var served = int.MaxValue;
            if (days.HasSentence && days.HasDates && (child || special >= 0))
            {
                var fraction = child ? asimilasi.ChildFraction : special == 1 ? asimilasi.SpecialFraction : asimilasi.GeneralFraction;
                var minimum = child ? childMinimum : special == 1 ? specialMinimum : 0;
                served = fraction is { } f ? days.FractionDay(p, f, convention) : days.FirstDay;
                if (minimum > 0)
                {
                    served = Math.Max(served, p.DayServed(minimum, convention));
                }
            }

            var e = p.Evidence;
            int E(EvidenceKind k) => (int)e.Status(k);
            inputs[i] = new Input
            {
                Today = today,
                RequireMinimumSecurity = parameters.SettingsOf<OutsideActivitySettings>().RequireMinimumSecurity,
                RequireCollaborator = asimilasi.RequireJusticeCollaborator,
                RequireRisk = asimilasi.RequireRiskReduction,
                ScopeCovered = scopeCovered,
                EscortEnough = escortEnough,
                GeneralConduct = asimilasi.GeneralConductMonths * convention.DaysPerMonth,
                SpecialConduct = asimilasi.SpecialConductMonths * convention.DaysPerMonth,
                ChildConduct = asimilasi.ChildConductMonths * convention.DaysPerMonth,
                Status = (int)p.Status,
                Child = child,
                Special = special,
                Offence = p.Offence is { } o ? (int)o : 0,
                Security = p.Security is { } s ? (int)s : 0,
                HasSentence = days.HasSentence,
                LifeOrDeath = days.IsLifeOrDeath,
                HasDates = days.HasDates,
                Expiry = days.Expiry,
                ServedDay = served,
                RegisterChecked = p.RegisterF is not null,
                LastPunishment = p.LastPunishmentEndDay,
                Guidance = p.ActiveInGuidance switch { null => -1, true => 1, false => 0 },
                Foreign = p.IsForeignNational switch { null => -1, true => 1, false => 0 },
                VerdictAndExecution = E(EvidenceKind.VerdictAndExecution),
                Litmas = E(EvidenceKind.Litmas),
                RegisterFExtract = E(EvidenceKind.RegisterFExtract),
                FamilyGuarantee = E(EvidenceKind.FamilyGuarantee),
                HostGuarantee = E(EvidenceKind.HostGuarantee),
                EmbassyGuarantee = E(EvidenceKind.EmbassyGuarantee),
                FinePaid = E(EvidenceKind.FinePaid),
                RestitutionPaid = E(EvidenceKind.RestitutionPaid),
                Deradicalisation = E(EvidenceKind.Deradicalisation),
                Pledge = E(EvidenceKind.Pledge),
                JusticeCollaborator = E(EvidenceKind.JusticeCollaborator),
                RiskReduction = E(EvidenceKind.RiskReduction),
            };
        }

        return new RulesEngineBaseline(engine, inputs);
    }

    /// <summary>Runs the workflow for every person and reads each rule's result into a bit mask of failed rules.</summary>
    public void Evaluate(ulong[] masks)
    {
        for (var i = 0; i < inputs.Length; i++)
        {
            var pending = engine.ExecuteAllRulesAsync(Workflow, inputs[i]);
            var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            ulong m = 0;
            for (var r = 0; r < results.Count; r++)
            {
                if (!results[r].IsSuccess)
                {
                    m |= 1UL << r;
                }
            }

            masks[i] = m;
        }
    }

    /// <summary>One person's facts as RulesEngine reads them (public properties of a plain object).</summary>
    public sealed class Input
    {
        public int Today { get; set; }

        public bool RequireMinimumSecurity { get; set; }

        public bool RequireCollaborator { get; set; }

        public bool RequireRisk { get; set; }

        public bool ScopeCovered { get; set; }

        public bool EscortEnough { get; set; }

        public int GeneralConduct { get; set; }

        public int SpecialConduct { get; set; }

        public int ChildConduct { get; set; }

        public int Status { get; set; }

        public bool Child { get; set; }

        public int Special { get; set; }

        public int Offence { get; set; }

        public int Security { get; set; }

        public bool HasSentence { get; set; }

        public bool LifeOrDeath { get; set; }

        public bool HasDates { get; set; }

        public int Expiry { get; set; }

        public int ServedDay { get; set; }

        public bool RegisterChecked { get; set; }

        public int LastPunishment { get; set; }

        public int Guidance { get; set; }

        public int Foreign { get; set; }

        public int VerdictAndExecution { get; set; }

        public int Litmas { get; set; }

        public int RegisterFExtract { get; set; }

        public int FamilyGuarantee { get; set; }

        public int HostGuarantee { get; set; }

        public int EmbassyGuarantee { get; set; }

        public int FinePaid { get; set; }

        public int RestitutionPaid { get; set; }

        public int Deradicalisation { get; set; }

        public int Pledge { get; set; }

        public int JusticeCollaborator { get; set; }

        public int RiskReduction { get; set; }
    }
}
