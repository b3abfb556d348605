using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Tests.Officials;

// docs/domain.md §5: a person holds a position for a period, definitively or acting (Plh, Plt).
public sealed class AppointmentTests
{
    private static readonly PersonId Person = new("p-1");
    private static readonly PositionId Position = new("kalapas");
    private static readonly DateInterval Term = new(new LocalDate(2025, 9, 30), new LocalDate(2027, 9, 29));

    [Fact]
    public void InForce_IsInclusive()
    {
        var appointment = new Appointment(Person, Position, Term);
        appointment.IsInForceOn(new LocalDate(2025, 9, 30)).Should().BeTrue();
        appointment.IsInForceOn(new LocalDate(2027, 9, 29)).Should().BeTrue();
        appointment.IsInForceOn(new LocalDate(2025, 9, 29)).Should().BeFalse();
        appointment.IsActing.Should().BeFalse();
        new Appointment(Person, Position, Term, AppointmentCapacity.Plh).IsActing.Should().BeTrue();
    }

    [Fact]
    public void From_IsOpenEnded_AndEndingOnCloses()
    {
        var open = Appointment.From(Person, Position, new LocalDate(2025, 9, 30));
        open.IsOpenEnded.Should().BeTrue();
        var closed = open.EndingOn(new LocalDate(2026, 12, 31));
        closed.IsOpenEnded.Should().BeFalse();
        closed.Term.End.Should().Be(new LocalDate(2026, 12, 31));
        var act = () => open.EndingOn(new LocalDate(2025, 1, 1));
        act.Should().Throw<ArgumentException>().WithParameterName("lastDay").WithMessage("*cannot end before it starts*");
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        var person = () => new Appointment(default, Position, Term);
        person.Should().Throw<ArgumentException>().WithParameterName("person");
        var position = () => new Appointment(Person, default, Term);
        position.Should().Throw<ArgumentException>().WithParameterName("position");
        var term = () => new Appointment(Person, Position, null!);
        term.Should().Throw<ArgumentNullException>().WithParameterName("term");
        var capacity = () => new Appointment(Person, Position, Term, (AppointmentCapacity)7);
        capacity.Should().Throw<ArgumentException>().WithParameterName("capacity");
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        EqualityAssert.Values(
            new Appointment(Person, Position, Term),
            new Appointment(Person, Position, Term),
            new Appointment(Person, Position, Term, AppointmentCapacity.Plt),
            new Appointment(new PersonId("p-2"), Position, Term),
            new Appointment(Person, Position, new DateInterval(Term.Start, Term.End.PlusDays(1))));
    }

    [Fact]
    public void Position_BadInput_Throws_AndEqualityHolds()
    {
        var institution = new InstitutionId("lapas");
        var noId = () => new Position(default, "Kepala", PositionKind.HeadOfInstitution, institution);
        noId.Should().Throw<ArgumentException>().WithParameterName("id");
        var noTitle = () => new Position(new("x"), " ", PositionKind.HeadOfInstitution, institution);
        noTitle.Should().Throw<ArgumentException>().WithParameterName("title");
        var badKind = () => new Position(new("x"), "Kepala", (PositionKind)0, institution);
        badKind.Should().Throw<ArgumentException>().WithParameterName("kind");
        var noInstitution = () => new Position(new("x"), "Kepala", PositionKind.Staff, default);
        noInstitution.Should().Throw<ArgumentException>().WithParameterName("institution");
        var emptyUnit = () => new Position(new("x"), "Kepala", PositionKind.Staff, institution, default(UnitId));
        emptyUnit.Should().Throw<ArgumentException>().WithParameterName("unit");
        EqualityAssert.Values(
            new Position(new("x"), "Kepala", PositionKind.HeadOfInstitution, institution),
            new Position(new("x"), "Kepala", PositionKind.HeadOfInstitution, institution),
            new Position(new("x"), "Kepala", PositionKind.HeadOfInstitution, institution, isSingleHolder: false),
            new Position(new("x"), "Kepala", PositionKind.Staff, institution));
    }

    [Fact]
    public void Delegation_And_SigningPower_ValidateAndCompare()
    {
        var power = new SigningPower(AgreementKind.CooperationAgreement, new InstitutionId("lapas"));
        var toSelf = () => new Delegation(Person, Person, power, Term);
        toSelf.Should().Throw<ArgumentException>().WithParameterName("to").WithMessage("*another person*");
        var noPower = () => new Delegation(Person, new("p-2"), null!, Term);
        noPower.Should().Throw<ArgumentNullException>().WithParameterName("power");
        var noFrom = () => new Delegation(default, new("p-2"), power, Term);
        noFrom.Should().Throw<ArgumentException>().WithParameterName("from");
        var badKind = () => new SigningPower((AgreementKind)0, new InstitutionId("lapas"));
        badKind.Should().Throw<ArgumentException>().WithParameterName("agreementKind");
        var noInstitution = () => new SigningPower(AgreementKind.JointAgreement, default);
        noInstitution.Should().Throw<ArgumentException>().WithParameterName("institution");
        var delegation = new Delegation(Person, new("p-2"), power, Term, "Sprint/01/2026");
        delegation.Covers(power, new LocalDate(2026, 4, 29)).Should().BeTrue();
        delegation.Covers(new SigningPower(AgreementKind.MemorandumOfUnderstanding, new InstitutionId("lapas")), new LocalDate(2026, 4, 29)).Should().BeFalse();
        delegation.Covers(power, new LocalDate(2030, 1, 1)).Should().BeFalse();
        EqualityAssert.Values(power, new SigningPower(AgreementKind.CooperationAgreement, new InstitutionId("lapas")), new SigningPower(AgreementKind.JointAgreement, new InstitutionId("lapas")));
        EqualityAssert.Values(delegation, new Delegation(Person, new("p-2"), power, Term, "Sprint/01/2026"), new Delegation(Person, new("p-3"), power, Term));
    }

    [Fact]
    public void AuthorityPolicy_DefaultsToExplicitDelegation()
    {
        // docs/domain.md §5: default — a Plh/Plt may sign only with an explicit delegation.
        AuthorityPolicy.Default.ActingOfficials.Should().Be(ActingSigningRule.WithExplicitDelegation);
        AuthorityPolicy.Default.HonourDelegations.Should().BeTrue();
        AuthorityPolicy.Default.ActingCitation.ToString().Should().Be("UU 30/2014 Pasal 14");
        EqualityAssert.Values(new AuthorityPolicy(), AuthorityPolicy.Default, new AuthorityPolicy(ActingSigningRule.Never), new AuthorityPolicy(honourDelegations: false));
        var act = () => new AuthorityPolicy((ActingSigningRule)0);
        act.Should().Throw<ArgumentException>().WithParameterName("actingOfficials");
    }
}
