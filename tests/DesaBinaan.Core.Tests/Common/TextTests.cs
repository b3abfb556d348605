using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Common;

public sealed class TextTests
{
    [Fact]
    public void LocalizedText_ReturnsTextPerLanguage()
    {
        var text = new LocalizedText("Kebersihan lingkungan", "Environmental cleanliness");
        text.In(Language.Indonesian).Should().Be("Kebersihan lingkungan");
        text.In(Language.English).Should().Be("Environmental cleanliness");
        text.ToString().Should().Be("Kebersihan lingkungan");
        EqualityAssert.Values(text, new LocalizedText("Kebersihan lingkungan", "Environmental cleanliness"), new LocalizedText("Kebersihan", "Cleanliness"));
    }

    [Fact]
    public void LocalizedText_BlankText_Throws()
    {
        var act = () => new LocalizedText(" ", "x");
        act.Should().Throw<ArgumentException>().WithParameterName("indonesian");
    }

    [Fact]
    public void Citation_FormatsInstrumentAndArticle()
    {
        new Citation("Permenkumham 3/2018", "Pasal 44").ToString().Should().Be("Permenkumham 3/2018 Pasal 44");
        new Citation("UU 22/2022").ToString().Should().Be("UU 22/2022");
        EqualityAssert.Values(new Citation("UU 22/2022", "Pasal 10"), new Citation("UU 22/2022", "Pasal 10"), new Citation("UU 22/2022", "Pasal 9"));
    }

    [Fact]
    public void Citation_BlankArticle_Throws()
    {
        var act = () => new Citation("UU 22/2022", " ");
        act.Should().Throw<ArgumentException>().WithParameterName("article");
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("id-ID", Language.Indonesian)]
    [InlineData("th-TH", Language.Indonesian)]
    public void ForCulture_PicksLanguage(string culture, Language expected)
    {
        LanguageExtensions.ForCulture(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }
}
