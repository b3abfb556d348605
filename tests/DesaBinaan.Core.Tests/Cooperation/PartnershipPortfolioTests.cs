using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;
using static DesaBinaan.Core.Tests.Cooperation.CooperationFixture;

namespace DesaBinaan.Core.Tests.Cooperation;

public sealed class PartnershipPortfolioTests
{
    private static Partnership DesaPartnership() => Partnership.Explore("lapas/klesem", ProgrammeKind.PokmasLipas, Lapas, Desa, "Pertanian", MeetingDay)
        .RecordMeeting(FirstMeeting())
        .SignAgreement(
            new Agreement("PB/1", AgreementKind.JointAgreement, new LocalDate(2026, 5, 1), [LapasId, DesaId], [KalapasSigns, new Signatory(DesaId, KepalaDesaAppointment)], new DateInterval(new LocalDate(2026, 5, 1), new LocalDate(2026, 12, 31)), [ScopeKind.AgricultureAndFoodSecurity]),
            Signers)
        .Activate(new LocalDate(2026, 5, 4), "SK");

    private static PartnershipPortfolio Portfolio() =>
        new([Active(), DesaPartnership(), Partnership.Explore("lapas/panjang-wetan-2", ProgrammeKind.DesaBinaan, Lapas, Kelurahan, "x", MeetingDay)]);

    // DOMAIN.md §1: for any date, which partners are in force, under which agreement and scopes.
    [Fact]
    public void InForceOn_ListsPartnershipsWithAnAgreementInForce()
    {
        var portfolio = Portfolio();
        portfolio.InForceOn(MeetingDay).Should().BeEmpty();
        portfolio.InForceOn(new LocalDate(2026, 5, 10)).Select(p => p.Id).Should().Equal("lapas/klesem");
        portfolio.InForceOn(new LocalDate(2026, 7, 1)).Select(p => p.Id).Should().Equal("lapas-pekalongan/panjang-wetan", "lapas/klesem");
        portfolio.InForceOn(new LocalDate(2027, 1, 1)).Select(p => p.Id).Should().Equal("lapas-pekalongan/panjang-wetan");
    }

    [Fact]
    public void AgreementsExpiringWithin_SoonestFirst()
    {
        var expiring = Portfolio().AgreementsExpiringWithin(new LocalDate(2026, 12, 1), 30);
        expiring.Should().ContainSingle();
        expiring[0].PartnershipId.Should().Be("lapas/klesem");
        expiring[0].Agreement.Number.Should().Be("PB/1");
        expiring[0].DaysLeft.Should().Be(30);
        Portfolio().AgreementsExpiringWithin(new LocalDate(2026, 12, 1), 29).Should().BeEmpty();
        Portfolio().AgreementsExpiringWithin(new LocalDate(2028, 6, 1), 13).Single().DaysLeft.Should().Be(13);
        var act = () => Portfolio().AgreementsExpiringWithin(MeetingDay, -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void ScopesActiveOn_AcrossPartnerships()
    {
        var scopes = Portfolio().ScopesActiveOn(new LocalDate(2026, 7, 1));
        scopes.Select(s => (s.PartnershipId, s.Scope.Code)).Should().Equal(
            ("lapas-pekalongan/panjang-wetan", "environmental-cleanliness"),
            ("lapas/klesem", "agriculture-and-food-security"));
        scopes[1].Village.Should().Be(KlesemCode);
        scopes[1].CorrectionalSide.Should().Be(LapasId);
    }

    [Fact]
    public void ForVillageAndInstitution()
    {
        var portfolio = Portfolio();
        portfolio.ForVillage(PanjangWetanCode).Should().HaveCount(2);
        portfolio.ForVillage(RegionCode.Parse("33.26")).Select(p => p.Id).Should().Equal("lapas/klesem");
        portfolio.ForVillage(RegionCode.Parse("33")).Should().HaveCount(3);
        portfolio.ForInstitution(DesaId).Should().ContainSingle();
        portfolio.ForInstitution(LapasId).Should().HaveCount(3);
        portfolio.ForInstitution(PemkotId).Should().ContainSingle("only one partnership has the city as signing government");
        portfolio.CoversScopeOn(LapasId, KlesemCode, ScopeKind.AgricultureAndFoodSecurity, new LocalDate(2026, 6, 1)).Should().BeTrue();
        portfolio.CoversScopeOn(LapasId, KlesemCode, ScopeKind.AgricultureAndFoodSecurity, new LocalDate(2027, 1, 1)).Should().BeFalse();
        portfolio.CoversScopeOn(OtherLapasId, KlesemCode, ScopeKind.AgricultureAndFoodSecurity, new LocalDate(2026, 6, 1)).Should().BeFalse();
    }

    [Fact]
    public void With_ReplacesById_AndIdsAreUnique()
    {
        var portfolio = Portfolio();
        var evaluated = Active().BeginEvaluation(new LocalDate(2026, 12, 1), "monev");
        var updated = portfolio.With(evaluated);
        updated.Partnerships.Should().HaveCount(3);
        updated.Find("lapas-pekalongan/panjang-wetan")!.CurrentStage.Should().Be(PartnershipStage.UnderEvaluation);
        updated.Find("nothing").Should().BeNull();
        var repeated = () => new PartnershipPortfolio([Active(), Signed()]);
        repeated.Should().Throw<ArgumentException>().WithParameterName("partnerships").WithMessage("*unique*");
        EqualityAssert.Values(portfolio, Portfolio(), updated);
    }
}
