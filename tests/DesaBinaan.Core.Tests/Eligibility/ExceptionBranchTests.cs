using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Tests.Eligibility;

// The branch of a rule with exceptions: the first condition met picks its exception, a condition not recorded leaves
// the criterion unknown, and when none is met the general rule decides.
public sealed class ExceptionBranchTests
{
    [Theory]
    [InlineData(CriterionOutcome.Met, 1)]
    [InlineData(CriterionOutcome.Unknown, ExceptionBranch.Undecided)]
    [InlineData(CriterionOutcome.NotMet, ExceptionBranch.Rule)]
    [InlineData(CriterionOutcome.NotApplicable, ExceptionBranch.Rule)]
    public void Decide_ConditionMetOrNotRecorded_DecidesWhateverTheLaterConditionsSay(CriterionOutcome condition, int expected) =>
        ExceptionBranch.Decide(condition, 1, after: ExceptionBranch.Rule).Should().Be(expected);

    [Theory]
    [InlineData(CriterionOutcome.NotMet)]
    [InlineData(CriterionOutcome.NotApplicable)]
    public void Decide_ConditionNotMet_LeavesItToTheLaterConditions(CriterionOutcome condition)
    {
        ExceptionBranch.Decide(condition, 0, after: 1).Should().Be(1);
        ExceptionBranch.Decide(condition, 0, after: ExceptionBranch.Undecided).Should().Be(ExceptionBranch.Undecided);
        ExceptionBranch.Decide(condition, 0, after: ExceptionBranch.Pending).Should().Be(ExceptionBranch.Pending);
    }

    // Three exceptions, by descending priority: every combination of their outcomes, read first to last (stopping at
    // the first that decides, as for one subject) and folded last to first (as for a batch), picks the same branch.
    [Fact]
    public void Decide_FoldedLastToFirst_PicksTheBranchOfTheFirstConditionThatDecides()
    {
        CriterionOutcome[] outcomes = [CriterionOutcome.Unknown, CriterionOutcome.Met, CriterionOutcome.NotMet, CriterionOutcome.NotApplicable];
        foreach (var a in outcomes)
        {
            foreach (var b in outcomes)
            {
                foreach (var c in outcomes)
                {
                    CriterionOutcome[] conditions = [a, b, c];
                    var inOrder = ExceptionBranch.Rule;
                    for (var i = 0; i < conditions.Length; i++)
                    {
                        var decided = ExceptionBranch.Decide(conditions[i], i, ExceptionBranch.Pending);
                        if (decided != ExceptionBranch.Pending)
                        {
                            inOrder = decided;
                            break;
                        }
                    }

                    var folded = ExceptionBranch.Rule;
                    for (var i = conditions.Length - 1; i >= 0; i--)
                    {
                        folded = ExceptionBranch.Decide(conditions[i], i, folded);
                    }

                    var first = Array.FindIndex(conditions, o => o is CriterionOutcome.Met or CriterionOutcome.Unknown);
                    var expected = first < 0 ? ExceptionBranch.Rule : conditions[first] == CriterionOutcome.Met ? first : ExceptionBranch.Undecided;
                    inOrder.Should().Be(expected, "{0}, {1}, {2} read in order", a, b, c);
                    folded.Should().Be(expected, "{0}, {1}, {2} folded from the last", a, b, c);
                }
            }
        }
    }
}
