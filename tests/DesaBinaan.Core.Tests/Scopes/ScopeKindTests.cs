using DesaBinaan.Core.Common;
using DesaBinaan.Core.Scopes;

namespace DesaBinaan.Core.Tests.Scopes;

public sealed class ScopeKindTests
{
    // docs/domain.md §7: the scopes seen in practice, environmental cleanliness first (the scenario's first scope).
    [Fact]
    public void StandardKinds_ListTheScopesSeenInPractice()
    {
        ScopeKind.StandardKinds.Select(k => k.Code).Should().Equal(
            "environmental-cleanliness", "public-places-and-irrigation", "agriculture-and-food-security", "fisheries",
            "skills-and-crafts", "religious-activities", "small-business", "social-service", "community-service-placement");
        ScopeKind.StandardKinds.Should().OnlyContain(k => !k.IsCustom);
        ScopeKind.EnvironmentalCleanliness.Label.Indonesian.Should().Be("Kebersihan lingkungan");
        ScopeKind.EnvironmentalCleanliness.LabelIn(Language.English).Should().Be("Environmental cleanliness");
        ScopeKind.SkillsAndCrafts.Label.Indonesian.Should().Contain("batik");
    }

    // docs/domain.md §7: kinds are data, so a user may add a field of cooperation of their own.
    [Fact]
    public void Custom_PrefixesTheCode()
    {
        var kind = ScopeKind.Custom("mangrove-planting", new LocalizedText("Penanaman mangrove", "Mangrove planting"));
        kind.Code.Should().Be("custom.mangrove-planting");
        kind.IsCustom.Should().BeTrue();
        kind.ToString().Should().Be("custom.mangrove-planting");
    }

    [Theory]
    [InlineData("Mangrove")]
    [InlineData("mangrove planting")]
    [InlineData("-mangrove")]
    [InlineData("mangrove-")]
    [InlineData("1mangrove")]
    public void Custom_BadSlug_Throws(string slug)
    {
        var act = () => ScopeKind.Custom(slug, new LocalizedText("x", "x"));
        act.Should().Throw<ArgumentException>().WithParameterName(nameof(slug)).WithMessage("*lower-case letters, digits and hyphens*");
    }

    [Fact]
    public void Custom_NullLabel_Throws()
    {
        var act = () => ScopeKind.Custom("x", null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("label");
    }

    [Fact]
    public void Equality_ComparesTheCode()
    {
        var a = ScopeKind.Custom("mangrove", new LocalizedText("Mangrove", "Mangrove"));
        var sameCode = ScopeKind.Custom("mangrove", new LocalizedText("Penanaman mangrove", "Mangrove planting"));
        EqualityAssert.Values(a, sameCode, ScopeKind.Fisheries, ScopeKind.Custom("batik", new LocalizedText("Batik", "Batik")));
    }

    [Fact]
    public void Catalogue_FindsByCode_AndRejectsRepeatedCodes()
    {
        var mangrove = ScopeKind.Custom("mangrove", new LocalizedText("Mangrove", "Mangrove"));
        var catalogue = ScopeCatalogue.Standard.With(mangrove);
        catalogue.Find("custom.mangrove").Should().BeSameAs(mangrove);
        catalogue.TryFind("fisheries", out var fisheries).Should().BeTrue();
        fisheries.Should().Be(ScopeKind.Fisheries);
        catalogue.TryFind("nothing", out _).Should().BeFalse();
        catalogue.TryFind(null, out _).Should().BeFalse();

        var again = () => catalogue.With(mangrove);
        again.Should().Throw<ArgumentException>().WithParameterName("kind").WithMessage("*already holds*");
        var missing = () => catalogue.Find("nothing");
        missing.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*No scope kind*");
        var repeated = () => new ScopeCatalogue([ScopeKind.Fisheries, ScopeKind.Fisheries]);
        repeated.Should().Throw<ArgumentException>().WithParameterName("kinds");
        EqualityAssert.Values(catalogue, ScopeCatalogue.Standard.With(mangrove), ScopeCatalogue.Standard);
    }
}
