using DesaBinaan.Core.CommunityService;
using DesaBinaan.Core.Scopes;
using static DesaBinaan.Core.Tests.CommunityService.CommunityServiceFixture;

namespace DesaBinaan.Core.Tests.CommunityService;

/// <summary>A site takes people only while a partnership's agreement covering the community-service placement scope is in force.</summary>
public sealed class PlacementNetworkTests
{
    [Fact]
    public void HasAgreementInForce_FollowsThePksTerm()
    {
        var network = Network();
        network.HasAgreementInForce(CleanUp.Id, SigningDay.PlusDays(-1)).Should().BeFalse();
        network.HasAgreementInForce(CleanUp.Id, SigningDay).Should().BeTrue();
        network.HasAgreementInForce(CleanUp.Id, AgreementLastDay).Should().BeTrue();
        network.HasAgreementInForce(CleanUp.Id, AgreementLastDay.PlusDays(1)).Should().BeFalse();
        network.AgreementFor(CleanUp, SigningDay)!.Number.Should().Be("PKS/BAPAS-PKL/1/2026");
    }

    [Fact]
    public void HasAgreementInForce_HostNotAPartyOrScopeNotCovered_IsFalse()
    {
        Network().HasAgreementInForce(UnagreedSite.Id, SigningDay).Should().BeFalse();
        Network(Placement(scopes: [ScopeKind.EnvironmentalCleanliness])).HasAgreementInForce(CleanUp.Id, SigningDay).Should().BeFalse();
        Network().HasAgreementInForce("nowhere", SigningDay).Should().BeFalse();
    }

    [Fact]
    public void Constructor_RepeatedSiteId_IsRefused()
    {
        var act = () => new PlacementNetwork([CleanUp, CleanUp], []);
        act.Should().Throw<ArgumentException>().WithParameterName("sites").WithMessage("*more than once*");
    }

    [Fact]
    public void CommunityServicePlacement_IsAStandardScope()
    {
        ScopeCatalogue.Standard.Find("community-service-placement").Should().Be(ScopeKind.CommunityServicePlacement);
        ScopeKind.CommunityServicePlacement.Label.English.Should().Be("Community-service placement");
    }

    [Fact]
    public void SitesIn_ReturnsTheSitesOfAVillage()
    {
        Network().SitesIn(PanjangWetanCode).Should().Equal(CleanUp, UnagreedSite);
        Network().FindSite(CleanUp.Id).Should().Be(CleanUp);
    }
}
