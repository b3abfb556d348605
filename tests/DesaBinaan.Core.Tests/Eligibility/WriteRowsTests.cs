using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Tests.Eligibility;

// A population's results are evaluated column by column and handed back subject by subject (subject j's results side
// by side): eight criteria of eight subjects at a time where the processor can, the rest one by one. Whatever the number
// of criteria and of subjects, every result must land at its subject's row and its criterion's place.
public sealed class WriteRowsTests
{
    private const int Stride = 256;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 9)]
    [InlineData(8, 8)]
    [InlineData(9, 255)]
    [InlineData(15, 256)]
    [InlineData(16, 7)]
    [InlineData(17, 100)]
    [InlineData(64, 256)]
    public void WriteRows_EveryResultAtItsSubjectAndCriterion(int criteria, int subjects)
    {
        var columns = new CriterionResult[criteria * Stride];
        for (var c = 0; c < criteria; c++)
        {
            for (var j = 0; j < Stride; j++)
            {
                // A distinct, valid result per place: the day number says which criterion and subject it belongs to.
                columns[(c * Stride) + j] = CriterionResult.NotMetUntil((c * 1000) + j);
            }
        }

        var target = new CriterionResult[subjects * criteria];
        CriterionColumns.WriteRows(columns, Stride, criteria, subjects, target);

        for (var j = 0; j < subjects; j++)
        {
            for (var c = 0; c < criteria; c++)
            {
                target[(j * criteria) + c].DayNumber.Should().Be((c * 1000) + j, "subject {0}, criterion {1}", j, c);
            }
        }
    }
}
