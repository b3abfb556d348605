using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Tests.Eligibility;

// The branch of a rule with exceptions: the first condition met picks its exception, a condition not recorded leaves
// the criterion unknown, and when none is met the general rule decides.
public sealed class ExceptionBranchTests
{
    [Theory]
    [InlineData(CriterionOutcome.Met, 1)]
    [InlineData(CriterionOutcome.Unknown, ExceptionBranch.Undecided)]
    [InlineData(CriterionOutcome.NotMet, ExceptionBranch.Pending)]
    [InlineData(CriterionOutcome.NotApplicable, ExceptionBranch.Pending)]
    public void Next_BeforeAnyBranch_ThisConditionDecides(CriterionOutcome condition, int expected) =>
        ExceptionBranch.Next(ExceptionBranch.Pending, condition, 1).Should().Be(expected);

    [Theory]
    [InlineData(0, CriterionOutcome.Met)]
    [InlineData(0, CriterionOutcome.Unknown)]
    [InlineData(ExceptionBranch.Undecided, CriterionOutcome.Met)]
    [InlineData(ExceptionBranch.Undecided, CriterionOutcome.NotMet)]
    public void Next_AfterABranchIsPicked_LaterConditionsChangeNothing(int picked, CriterionOutcome condition) =>
        ExceptionBranch.Next(picked, condition, 1).Should().Be(picked);

    [Fact]
    public void Final_NoConditionMet_IsTheGeneralRule() =>
        ExceptionBranch.Final(ExceptionBranch.Pending).Should().Be(ExceptionBranch.Rule);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ExceptionBranch.Undecided)]
    public void Final_APickedBranch_Stays(int picked) =>
        ExceptionBranch.Final(picked).Should().Be(picked);
}
