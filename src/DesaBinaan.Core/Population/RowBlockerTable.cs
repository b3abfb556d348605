using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Population;

/// <summary>
/// Every descriptor a report row of one policy version can name as its first blocker: each criterion's own, and for a
/// rule with exceptions also each branch that can decide (followed into nested rules), numbered once so that a row
/// carries a position instead of texts. Built once per roster.
/// </summary>
internal sealed class RowBlockerTable<TSubject, TParameters>
    where TSubject : IEligibilitySubject
    where TParameters : class, IPolicyParameters
{
    // Criterion c's entries are [starts[c], starts[c + 1]); its own descriptor comes first.
    private readonly CriterionDescriptor[] entries;
    private readonly int[] starts;
    private readonly ExceptionCriterion<TSubject, TParameters>?[] rules;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PolicyVersion<TSubject, TParameters>, RowBlockerTable<TSubject, TParameters>> Tables = [];

    private RowBlockerTable(PolicyVersion<TSubject, TParameters> version)
    {
        var criteria = version.Criteria;
        var list = new List<CriterionDescriptor>();
        starts = new int[criteria.Count + 1];
        rules = new ExceptionCriterion<TSubject, TParameters>?[criteria.Count];
        for (var c = 0; c < criteria.Count; c++)
        {
            starts[c] = list.Count;
            var criterion = criteria[c];
            list.Add(criterion.Descriptor);
            if (criterion is ExceptionCriterion<TSubject, TParameters> rule)
            {
                rules[c] = rule;
                AddBranches(rule, list, starts[c]);
            }
        }

        starts[criteria.Count] = list.Count;
        entries = [.. list];
        Descriptors = ValueList.Create<CriterionDescriptor>(entries);
    }

    /// <summary>Returns the table of a version, built once and kept as long as the version lives.</summary>
    public static RowBlockerTable<TSubject, TParameters> For(PolicyVersion<TSubject, TParameters> version) =>
        Tables.GetValue(version, static v => new RowBlockerTable<TSubject, TParameters>(v));

    /// <summary>Gets the descriptors, criterion by criterion in the version's order.</summary>
    public ValueList<CriterionDescriptor> Descriptors { get; }

    /// <summary>Returns the position of the descriptor that a decision's finding names for criterion <paramref name="criterion"/> of one subject.</summary>
    public int Of(int criterion, TSubject subject, in EvaluationContext<TParameters> context)
    {
        var rule = rules[criterion];
        if (rule is null)
        {
            return starts[criterion];
        }

        // The branch is the one the decision's explanation names: the rule itself finds it, this only numbers it.
        var deciding = rule.DecidingDescriptor(subject, in context);
        for (var k = starts[criterion]; k < starts[criterion + 1]; k++)
        {
            if (ReferenceEquals(entries[k], deciding))
            {
                return k;
            }
        }

        throw new InvalidOperationException("A rule with exceptions named a deciding criterion that is not one of its branches: " + deciding.Code + ".");
    }

    private static void AddBranches(ExceptionCriterion<TSubject, TParameters> rule, List<CriterionDescriptor> list, int from)
    {
        foreach (var exception in rule.Exceptions)
        {
            Add(exception.Then, list, from);
        }

        Add(rule.Rule, list, from);
    }

    private static void Add(ICriterion<TSubject, TParameters> branch, List<CriterionDescriptor> list, int from)
    {
        var descriptor = branch.Descriptor;
        if (!Contains(list, from, descriptor))
        {
            list.Add(descriptor);
        }

        if (branch is ExceptionCriterion<TSubject, TParameters> nested)
        {
            AddBranches(nested, list, from);
        }
    }

    private static bool Contains(List<CriterionDescriptor> list, int from, CriterionDescriptor descriptor)
    {
        for (var k = from; k < list.Count; k++)
        {
            if (ReferenceEquals(list[k], descriptor))
            {
                return true;
            }
        }

        return false;
    }
}
