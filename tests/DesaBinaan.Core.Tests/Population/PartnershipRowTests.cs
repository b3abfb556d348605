using System.Text.Json;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Tests.Cooperation;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

public sealed class PartnershipRowTests
{
    // docs/domain.md §6: a PKS has a term (jangka waktu); a report shows when it ends and how many days are left.
    [Fact]
    public void From_ActivePartnership_GivesStageAndDaysToExpiry()
    {
        var date = new LocalDate(2026, 7, 1);
        var partnership = CooperationFixture.Active();

        var row = PartnershipRow.From(partnership, date);

        row.PartnershipId.Should().Be(partnership.Id);
        row.Partners.Should().StartWith(CooperationFixture.Lapas.Name + "; " + CooperationFixture.Kelurahan.Name);
        row.Stage.Should().Be(PartnershipStage.Active);
        row.StageLabel.Should().Be(PartnershipStage.Active.Label().Indonesian);
        row.AgreementNumber.Should().Be("PKS/1");
        row.AgreementKind.Should().Be(AgreementKind.CooperationAgreement);
        row.AgreementTermEnd.Should().Be(new LocalDate(2028, 6, 14));
        row.DaysToExpiry.Should().Be(Period.DaysBetween(date, new LocalDate(2028, 6, 14)));
    }

    [Fact]
    public void From_BeforeSigning_HasNoAgreement()
    {
        var row = PartnershipRow.From(CooperationFixture.Coordinated(), CooperationFixture.MeetingDay, Language.English);

        row.AgreementNumber.Should().BeNull();
        row.DaysToExpiry.Should().BeNull();
        row.StageLabel.Should().Be(row.Stage!.Value.Label().English);
        row.ToString().Should().EndWith("| -");
    }

    [Fact]
    public void Constructor_PartialAgreement_Throws()
    {
        var act = () => new PartnershipRow("p", CooperationFixture.MeetingDay, "A; B", null, null, "PKS/1", null, null, null, Language.Indonesian);

        act.Should().Throw<ArgumentException>().WithParameterName("agreementNumber").WithMessage("*together, or none of them*");
    }

    [Fact]
    public void Json_RoundTripsWithNodaTimeConvertersOnly()
    {
        var row = PartnershipRow.From(CooperationFixture.Active(), new LocalDate(2026, 7, 1));

        var back = JsonSerializer.Deserialize<PartnershipRow>(JsonSerializer.Serialize(row, EligibilityJson.Rows), EligibilityJson.Rows);

        back.Should().Be(row);
    }

    [Fact]
    public void Equality_ByValue()
    {
        var active = CooperationFixture.Active();
        EqualityAssert.Values(PartnershipRow.From(active, new LocalDate(2026, 7, 1)), PartnershipRow.From(active, new LocalDate(2026, 7, 1)), PartnershipRow.From(active, new LocalDate(2026, 7, 2)), PartnershipRow.From(active, new LocalDate(2026, 7, 1), Language.English));
    }
}
