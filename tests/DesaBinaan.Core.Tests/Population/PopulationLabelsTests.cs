using DesaBinaan.Core.Population;

namespace DesaBinaan.Core.Tests.Population;

public sealed class PopulationLabelsTests
{
    [Fact]
    public void Label_EveryCalendarUnit_HasBothLanguages()
    {
        foreach (var value in Enum.GetValues<CalendarUnit>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        CalendarUnit.Week.Label().Indonesian.Should().Be("Minggu");
    }

    [Fact]
    public void Label_EveryChangeDirection_HasBothLanguages()
    {
        foreach (var value in Enum.GetValues<ChangeDirection>())
        {
            value.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
            value.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        ChangeDirection.BecameEligible.Label().English.Should().Be("Became eligible");
    }

    [Fact]
    public void Label_UndefinedValue_Throws()
    {
        var unit = () => ((CalendarUnit)9).Label();
        var direction = () => ((ChangeDirection)9).Label();

        unit.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        direction.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }
}
