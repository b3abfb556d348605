using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;

namespace DesaBinaan.Core.Tests.Cooperation;

public sealed class CooperationLabelsTests
{
    [Fact]
    public void EveryMember_HasLabelsInBothLanguages()
    {
        foreach (var stage in Enum.GetValues<PartnershipStage>())
        {
            stage.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
            stage.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        Enum.GetValues<MeetingKind>().Select(k => k.Label().English).Should().OnlyHaveUniqueItems();
        Enum.GetValues<PartnershipSide>().Select(k => k.Label().Indonesian).Should().OnlyHaveUniqueItems();
        Enum.GetValues<AttendeeRole>().Select(k => k.Label().English).Should().OnlyHaveUniqueItems();
        Enum.GetValues<AgreementChange>().Select(k => k.Label().English).Should().OnlyHaveUniqueItems();
        Enum.GetValues<PartnershipStage>().Select(k => k.Label().Indonesian).Should().OnlyHaveUniqueItems();
        PartnershipStage.Exploration.Label().Should().Be(new LocalizedText("Penjajakan", "Exploration"));
        MeetingKind.InitialCoordination.Label().Indonesian.Should().Be("Koordinasi awal");
    }

    // Every violation has a stable dotted lower-case code, a label and a legal basis.
    [Fact]
    public void EveryRule_HasAStableCodeLabelAndCitation()
    {
        var rules = Enum.GetValues<CooperationRule>();
        rules.Select(r => r.Code()).Should().OnlyHaveUniqueItems().And.OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z]+(\\.[a-z-]+)+$"));
        foreach (var rule in rules)
        {
            rule.Label().English.Should().NotBeNullOrWhiteSpace();
            rule.Label().Indonesian.Should().NotBe(rule.Label().English);
            rule.Citation().Instrument.Should().NotBeNullOrWhiteSpace();
        }

        CooperationRule.PksOutlivesMou.Code().Should().Be("agreement.pks.outlives-mou");
        CooperationRule.SignatoryNotAuthorised.Code().Should().Be("agreement.signatory.not-authorised");
    }

    [Fact]
    public void UndefinedMembers_Throw()
    {
        var stage = () => ((PartnershipStage)99).Label();
        stage.Should().Throw<ArgumentOutOfRangeException>();
        var rule = () => ((CooperationRule)99).Code();
        rule.Should().Throw<ArgumentOutOfRangeException>();
        var citation = () => ((CooperationRule)99).Citation();
        citation.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Violation_DescribesItselfWithoutNames()
    {
        var violation = new PartnershipViolation(CooperationRule.PartyUnsigned, new LocalizedText("kelurahan belum menandatangani", "the kelurahan has not signed"));
        violation.Code.Should().Be("agreement.party.unsigned");
        violation.Describe(Language.English).Should().Be("Every party must sign the agreement: the kelurahan has not signed");
        violation.Describe(Language.Indonesian).Should().StartWith("Setiap pihak harus menandatangani");
        violation.ToString().Should().Be("agreement.party.unsigned (the kelurahan has not signed)");
        EqualityAssert.Values(violation, new PartnershipViolation(CooperationRule.PartyUnsigned, new LocalizedText("kelurahan belum menandatangani", "the kelurahan has not signed")), new PartnershipViolation(CooperationRule.StageOrder, violation.Detail));
        var undefined = () => new PartnershipViolation((CooperationRule)99, violation.Detail);
        undefined.Should().Throw<ArgumentException>().WithParameterName("rule");
    }
}
