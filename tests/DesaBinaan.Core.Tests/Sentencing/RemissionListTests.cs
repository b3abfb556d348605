using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Sentencing;

public sealed class RemissionListTests
{
    [Fact]
    public void Parse_ChristmasAndIndependenceDay_GivesBothRemissionsInOrder()
    {
        // Keppres 174/1999: a special remission at Christmas, a general one on 17 August.
        var list = RemissionList.Parse("2024-12-25:15d:special;2025-08-17:2m:general");
        list.Should().Equal(
            new Remission(new LocalDate(2024, 12, 25), SentenceTerm.FromDays(15), RemissionKind.Special),
            new Remission(new LocalDate(2025, 8, 17), SentenceTerm.FromMonths(2), RemissionKind.General));
    }

    [Fact]
    public void Parse_EmptyText_IsTheEmptyList() => RemissionList.Parse(" ; ").Should().BeEmpty();

    [Theory]
    [InlineData("2024-12-25:15d", "*entry 1*grant-date:amount:kind*")]
    [InlineData("2024-12-25:15d:special;2025-02-30:2m:general", "*entry 2*yyyy-MM-dd*")]
    [InlineData("2024-12-25:0d:special", "*non-zero amount*")]
    [InlineData("2024-12-25:15d:festive", "*general, special*")]
    [InlineData("2024-12-25:15d:7", "*general, special*")]
    public void Parse_BadEntry_SaysWhichEntryAndWhichPart(string text, string message)
    {
        var act = () => RemissionList.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(message);
        RemissionList.TryParse(text, out var none).Should().BeFalse();
        none.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ANikInsteadOfADate_IsNotRepeated()
    {
        var act = () => RemissionList.Parse("3375034512900001:15d:special");
        act.Should().Throw<FormatException>().Which.Message.Should().NotContain("3375034512900001");
    }
}
