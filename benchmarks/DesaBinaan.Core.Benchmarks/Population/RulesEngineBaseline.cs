using DesaBinaan.Core.Inmates;
using RulesEngine.Models;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>
/// The same outside-activity conditions expressed as Microsoft RulesEngine rules (one rule per criterion, in the
/// policy's order; a rule succeeds when its condition is met or does not apply), over one flat input per person.
/// </summary>
internal sealed class RulesEngineBaseline
{
    private const string Workflow = "outside-activity";

    private static readonly string[] Expressions =
    [
        "input1.Status == 2 || input1.Status == 3",
        "input1.Sentence == 1",
        "input1.Sentence == 1 && input1.Offence != 0 && input1.Today >= input1.Served",
        "input1.RegisterChecked && input1.Offence != 0 && (input1.LastPunishment < 0 || input1.Today >= input1.LastPunishment + (input1.Offence == 1 ? 180 : 270) + 1)",
        "input1.Guidance == 1",
        "!input1.RequireMinimumSecurity || input1.Security == 4",
        "input1.VerdictAndExecution == 1 && input1.Litmas == 1 && input1.RegisterFExtract == 1 && input1.FamilyGuarantee == 1 && input1.HostGuarantee == 1",
        "input1.Nationality == 1 || (input1.Nationality == 2 && input1.EmbassyGuarantee == 1)",
        "input1.Offence != 0 && (input1.Offence != 4 || (input1.FinePaid == 1 && input1.RestitutionPaid == 1)) && (input1.Offence != 2 || (input1.Deradicalisation == 1 && input1.Pledge == 1))",
        "input1.Pending == 0",
        "input1.Sentence == 2 || (input1.Sentence == 1 && input1.Today < input1.Expiry)",
    ];

    private readonly global::RulesEngine.RulesEngine engine;
    private readonly Input[] inputs;

    private RulesEngineBaseline(global::RulesEngine.RulesEngine engine, Input[] inputs)
    {
        this.engine = engine;
        this.inputs = inputs;
    }

    public static int RuleCount => Expressions.Length;

    public static RulesEngineBaseline Create(HandWrittenBaseline columns, int today, bool requireMinimumSecurity)
    {
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules = Expressions.Select((e, i) => new Rule { RuleName = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Expression = e, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        };
        var engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());
        var inputs = new Input[columns.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var ev = columns.Evidence[i];
            int E(EvidenceKind k) => (int)((ev >> ((int)k * 2)) & 3UL);
            inputs[i] = new Input
            {
                Today = today,
                RequireMinimumSecurity = requireMinimumSecurity,
                Status = columns.Status[i],
                Offence = columns.Offence[i],
                Security = columns.Security[i],
                Sentence = columns.Sentence[i],
                Served = columns.Served[i],
                Expiry = columns.Expiry[i],
                RegisterChecked = columns.LastPunishment[i] != int.MinValue,
                LastPunishment = columns.LastPunishment[i] == int.MinValue ? -1 : columns.LastPunishment[i],
                Guidance = columns.Guidance[i],
                Pending = columns.Pending[i],
                Nationality = columns.Nationality[i],
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

        public int Status { get; set; }

        public int Offence { get; set; }

        public int Security { get; set; }

        public int Sentence { get; set; }

        public int Served { get; set; }

        public int Expiry { get; set; }

        public bool RegisterChecked { get; set; }

        public int LastPunishment { get; set; }

        public int Guidance { get; set; }

        public int Pending { get; set; }

        public int Nationality { get; set; }

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
    }
}
