using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;
using static DesaBinaan.Core.Tests.Cooperation.CooperationFixture;

namespace DesaBinaan.Core.Tests.Cooperation;

public sealed class AgreementTests
{
    private static readonly DateInterval Term = new(SigningDay, SigningDay.PlusYears(2).PlusDays(-1));

    private static Agreement Make(
        string number = "PKS/1",
        AgreementKind kind = AgreementKind.CooperationAgreement,
        IEnumerable<InstitutionId>? parties = null,
        IEnumerable<Signatory>? signatories = null,
        IEnumerable<ScopeKind>? scopes = null,
        IEnumerable<Obligation>? obligations = null,
        Period? evaluationEvery = null,
        string? implementsMemorandum = null,
        int version = 1,
        AgreementChange change = AgreementChange.Original) =>
        new(number, kind, SigningDay, parties ?? [LapasId, KelurahanId], signatories ?? [KalapasSigns, CamatSigns], Term, scopes ?? [ScopeKind.EnvironmentalCleanliness], obligations, null, evaluationEvery, null, implementsMemorandum, version, change);

    // DOMAIN.md §6: every agreement states its parties, object and scope, obligations and term.
    [Fact]
    public void Constructor_KeepsTheContents()
    {
        var agreement = Pks();
        agreement.Version.Should().Be(1);
        agreement.Change.Should().Be(AgreementChange.Original);
        agreement.Covers(ScopeKind.EnvironmentalCleanliness).Should().BeTrue();
        agreement.Covers(ScopeKind.Fisheries).Should().BeFalse();
        agreement.ObligationsOf(LapasId).Should().ContainSingle();
        agreement.ObligationsOf(KelurahanId).Should().BeEmpty();
        agreement.EvaluationEvery.Should().Be(Period.FromMonths(6));
        agreement.IsInForceOn(SigningDay).Should().BeTrue();
        agreement.IsInForceOn(SigningDay.PlusDays(-1)).Should().BeFalse();
        agreement.IsInForceOn(new LocalDate(2028, 6, 15)).Should().BeFalse();
        agreement.ToString().Should().Be("PKS/1 v1 CooperationAgreement [2026-06-15, 2028-06-14]");
        agreement.Signatories[0].Person.Should().Be(Kalapas);
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        var blank = () => Make(number: " ");
        blank.Should().Throw<ArgumentException>().WithParameterName("number");
        var oneParty = () => Make(parties: [LapasId]);
        oneParty.Should().Throw<ArgumentException>().WithParameterName("parties").WithMessage("*at least two parties*");
        var repeated = () => Make(parties: [LapasId, LapasId]);
        repeated.Should().Throw<ArgumentException>().WithParameterName("parties").WithMessage("*once*");
        var empty = () => Make(parties: [LapasId, default]);
        empty.Should().Throw<ArgumentException>().WithParameterName("parties").WithMessage("*must not be empty*");
        var noSignatory = () => Make(signatories: []);
        noSignatory.Should().Throw<ArgumentException>().WithParameterName("signatories");
        var noScope = () => Make(scopes: []);
        noScope.Should().Throw<ArgumentException>().WithParameterName("scopes").WithMessage("*at least one scope*");
        var twice = () => Make(scopes: [ScopeKind.Fisheries, ScopeKind.Fisheries]);
        twice.Should().Throw<ArgumentException>().WithParameterName("scopes");
        var stranger = () => Make(obligations: [new Obligation(PemkotId, "x")]);
        stranger.Should().Throw<ArgumentException>().WithParameterName("obligations").WithMessage("*party of the agreement*");
        var evaluation = () => Make(evaluationEvery: Period.FromHours(5));
        evaluation.Should().Throw<ArgumentException>().WithParameterName("evaluationEvery");
        var mouImplements = () => Make(kind: AgreementKind.MemorandumOfUnderstanding, implementsMemorandum: "MOU/0");
        mouImplements.Should().Throw<ArgumentException>().WithParameterName("implementsMemorandum").WithMessage("*Only a PKS*");
        var itself = () => Make(implementsMemorandum: "PKS/1");
        itself.Should().Throw<ArgumentException>().WithParameterName("implementsMemorandum");
        var version = () => Make(version: 0);
        version.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("version");
        var change = () => Make(version: 2);
        change.Should().Throw<ArgumentException>().WithParameterName("change").WithMessage("*Version 1 is the original*");
        var emptyParty = () => new Signatory(default, KalapasAppointment);
        emptyParty.Should().Throw<ArgumentException>().WithParameterName("party");
        var noText = () => new Obligation(LapasId, " ");
        noText.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void AmendAndExtend_ProduceTheNextVersion()
    {
        var v1 = Pks();
        var v2 = v1.Amend(new LocalDate(2026, 9, 1), [KalapasSigns, CamatSigns], scopes: [ScopeKind.EnvironmentalCleanliness, ScopeKind.SocialService]);
        v2.Version.Should().Be(2);
        v2.Change.Should().Be(AgreementChange.Amendment);
        v2.Term.Equals(v1.Term).Should().BeTrue();
        v2.Scopes.Should().HaveCount(2);
        v1.Scopes.Should().ContainSingle("the old version is unchanged");
        var v3 = v2.Extend(new LocalDate(2028, 5, 1), new LocalDate(2030, 6, 14), [KalapasSigns, CamatSigns]);
        v3.Version.Should().Be(3);
        v3.Change.Should().Be(AgreementChange.Extension);
        v3.Term.Equals(new DateInterval(SigningDay, new LocalDate(2030, 6, 14))).Should().BeTrue();
        var backwards = () => v1.Extend(new LocalDate(2028, 5, 1), v1.Term.End, [KalapasSigns]);
        backwards.Should().Throw<ArgumentException>().WithParameterName("newLastDay").WithMessage("*later*");
        var early = () => v1.Amend(SigningDay.PlusDays(-1), [KalapasSigns]);
        early.Should().Throw<ArgumentException>().WithParameterName("signedOn");
        var earlyExtension = () => v1.Extend(SigningDay.PlusDays(-1), new LocalDate(2030, 1, 1), [KalapasSigns]);
        earlyExtension.Should().Throw<ArgumentException>().WithParameterName("signedOn");
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssert.Values(Pks(), Pks(), Pks("PKS/2"), Pks(scopes: [ScopeKind.Fisheries]), Pks().Amend(SigningDay, [KalapasSigns, CamatSigns]));
        EqualityAssert.Values(KalapasSigns, new Signatory(LapasId, KalapasAppointment), CamatSigns, new Signatory(KelurahanId, KalapasAppointment));
        EqualityAssert.Values(new Obligation(LapasId, "a"), new Obligation(LapasId, "a"), new Obligation(LapasId, "b"), new Obligation(KelurahanId, "a"));
    }

    // DOMAIN.md §6 and §10(5): the maximum term is a policy value; the default is 5 years.
    [Fact]
    public void AgreementPolicy_DefaultAndBounds()
    {
        var policy = AgreementPolicy.Default;
        policy.MaximumTerm.Should().Be(Period.FromYears(5));
        policy.AllowStandalonePks.Should().BeTrue();
        policy.AllowsTerm(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2030, 12, 31))).Should().BeTrue();
        policy.AllowsTerm(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2031, 1, 1))).Should().BeFalse();
        policy.WithMaximumTerm(Period.FromMonths(18)).AllowsTerm(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 6, 30))).Should().BeTrue();
        EqualityAssert.Values(policy, new AgreementPolicy(Period.FromYears(5)), policy.WithStandalonePks(false), policy.WithMaximumTerm(Period.FromYears(2)));
        var zero = () => new AgreementPolicy(Period.Zero);
        zero.Should().Throw<ArgumentException>().WithParameterName("maximumTerm").WithMessage("*positive*");
        var negative = () => new AgreementPolicy(Period.FromYears(-1));
        negative.Should().Throw<ArgumentException>().WithParameterName("maximumTerm");
        var hours = () => new AgreementPolicy(Period.FromHours(1));
        hours.Should().Throw<ArgumentException>().WithParameterName("maximumTerm");
    }
}
