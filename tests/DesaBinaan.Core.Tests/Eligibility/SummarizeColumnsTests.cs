using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Tests.Eligibility;

// A population's summaries are taken from its results stored column by column, several subjects at a time; each must be
// the summary of that subject's own results (EvaluationSummary.From), whatever the outcomes, the days, the number of
// criteria (up to 64, so both halves of a mask) and the number of subjects in the last, partial vector.
public sealed class SummarizeColumnsTests
{
    private const int Stride = 256;

    // Strides of 256 take the vector path (up to 32 criteria); 33 or more criteria and a stride of 250 (not a whole
    // number of vectors) take the subject-by-subject path: both must give the same summaries.
    [Theory]
    [InlineData(1, 1, Stride)]
    [InlineData(8, 256, Stride)]
    [InlineData(15, 251, Stride)]
    [InlineData(32, 37, Stride)]
    [InlineData(33, 100, Stride)]
    [InlineData(64, 129, Stride)]
    [InlineData(15, 250, 250)]
    public void SummarizeColumns_IsEachSubjectsOwnSummary(int criteria, int subjects, int stride)
    {
        var random = new Random((criteria * 1000) + subjects);
        var today = DayNumbers.FromDate(new NodaTime.LocalDate(2026, 5, 1));
        var columns = new CriterionResult[criteria * stride];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = RandomResult(random, today);
        }

        var applies = new CriterionResult[stride];
        for (var j = 0; j < applies.Length; j++)
        {
            applies[j] = random.Next(5) == 0 ? RandomResult(random, today) : CriterionResult.Met;
        }

        var summaries = new EvaluationSummary[subjects];
        EvaluationSummary.SummarizeColumns(columns, stride, criteria, applies, today, summaries);

        var own = new CriterionResult[criteria];
        for (var j = 0; j < subjects; j++)
        {
            for (var c = 0; c < criteria; c++)
            {
                own[c] = columns[(c * stride) + j];
            }

            summaries[j].Should().Be(EvaluationSummary.From(applies[j], own, today), "subject {0} of {1} with {2} criteria", j, subjects, criteria);
        }
    }

    [Fact]
    public void SummarizeColumns_WaitingCriteria_EligibleFromTheLatestDay()
    {
        var today = DayNumbers.FromDate(new NodaTime.LocalDate(2026, 5, 1));
        var columns = new CriterionResult[3 * Stride];
        columns[0] = CriterionResult.NotMetUntil(today + 10);
        columns[Stride] = CriterionResult.Met;
        columns[2 * Stride] = CriterionResult.NotMetUntil(today + 30);
        var summaries = new EvaluationSummary[1];

        EvaluationSummary.SummarizeColumns(columns, Stride, 3, [CriterionResult.Met], today, summaries);

        summaries[0].Status.Should().Be(DecisionStatus.NotYetEligible);
        summaries[0].EligibleFromDayNumber.Should().Be(today + 30);
        summaries[0].WaitingMask.Should().Be(0b101UL);
    }

    // Side by side, each lane decides its own subject in the engine's order: a failure that waiting does not cure (or an
    // applicability not met), then missing evidence, then waiting for a date, else eligible.
    [Fact]
    public void SummarizeColumns_SubjectsSideBySide_EachDecidedInTheStatusOrder()
    {
        var today = DayNumbers.FromDate(new NodaTime.LocalDate(2026, 5, 1));
        CriterionResult[] first = [CriterionResult.NotMet, CriterionResult.Unknown, CriterionResult.NotMetUntil(today + 10), CriterionResult.Met, CriterionResult.Met, CriterionResult.NotMetUntil(today + 5), CriterionResult.Met, CriterionResult.Unknown];
        CriterionResult[] second = [CriterionResult.Unknown, CriterionResult.NotMetUntil(today + 20), CriterionResult.NotMetUntil(today + 30), CriterionResult.Met, CriterionResult.Met, CriterionResult.Met, CriterionResult.Met, CriterionResult.NotMet];
        CriterionResult[] applies = [CriterionResult.Met, CriterionResult.Met, CriterionResult.Met, CriterionResult.Met, CriterionResult.NotApplicable, CriterionResult.Unknown, CriterionResult.Unknown, CriterionResult.Met];
        var columns = new CriterionResult[2 * Stride];
        first.CopyTo(columns, 0);
        second.CopyTo(columns, Stride);
        var summaries = new EvaluationSummary[8];

        EvaluationSummary.SummarizeColumns(columns, Stride, 2, applies, today, summaries);

        summaries.Select(s => s.Status).Should().Equal(
            DecisionStatus.Ineligible,
            DecisionStatus.Undetermined,
            DecisionStatus.NotYetEligible,
            DecisionStatus.Eligible,
            DecisionStatus.Ineligible,
            DecisionStatus.Undetermined,
            DecisionStatus.Undetermined,
            DecisionStatus.Ineligible);
        summaries.Select(s => s.FirstBlocker).Should().Equal(0, 0, 0, -1, -1, -1, -1, 1);
        summaries[2].EligibleFromDayNumber.Should().Be(today + 30);
        summaries[3].EligibleFromDayNumber.Should().Be(today);
        summaries[4].Applicability.Should().Be(CriterionOutcome.NotApplicable);
        summaries[7].UnknownMask.Should().Be(0b01UL);
    }

    private static CriterionResult RandomResult(Random random, int today) => random.Next(6) switch
    {
        0 => CriterionResult.Unknown,
        1 => CriterionResult.Met,
        2 => CriterionResult.NotMet,
        3 => CriterionResult.NotApplicable,
        4 => CriterionResult.NotMetUntil(today + random.Next(1, 4000)),
        _ => CriterionResult.MetSince(today - random.Next(0, 4000)),
    };
}
