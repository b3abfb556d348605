using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using NodaTime;

namespace DesaBinaan.Core.Tests.Officials;

// docs/domain.md §1 (the scenario, 29 April 2026) and §5 (who signs).
public sealed class OfficialsDirectoryTests
{
    private static readonly LocalDate Meeting = new(2026, 4, 29);
    private static readonly InstitutionId Kanwil = new("kanwil-jateng");
    private static readonly InstitutionId Lapas = new("lapas-pekalongan");
    private static readonly InstitutionId Kota = new("pemkot-pekalongan");
    private static readonly InstitutionId Kecamatan = new("kec-pekalongan-utara");
    private static readonly InstitutionId PanjangWetan = new("kel-panjang-wetan");
    private static readonly InstitutionId Klesem = new("desa-klesem");

    private static readonly PersonId Kalapas = new("p-kalapas");
    private static readonly PersonId KasiBinadik = new("p-kasi-binadik");
    private static readonly PersonId KasubsiBimkemaswat = new("p-kasubsi-bimkemaswat");
    private static readonly PersonId Plh = new("p-plh");
    private static readonly PersonId WaliKota = new("p-walikota");
    private static readonly PersonId Camat = new("p-camat");
    private static readonly PersonId KepalaDesa = new("p-kades");
    private static readonly PersonId Kakanwil = new("p-kakanwil");
    private static readonly PersonId Stranger = new("p-stranger");

    private static readonly PositionId KalapasPosition = new("lapas/kalapas");
    private static readonly PositionId KasiBinadikPosition = new("lapas/kasi-binadik");
    private static readonly PositionId LurahPosition = new("panjang-wetan/lurah");

    private static InstitutionDirectory Institutions() => new(
        [
            new(Kanwil, InstitutionKind.RegionalOffice, "Kanwil Ditjenpas Jawa Tengah", RegionCode.Parse("33")),
            new(Lapas, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA, Kanwil),
            new(Kota, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75")),
            new(Kecamatan, InstitutionKind.DistrictOffice, "Kecamatan Pekalongan Utara", RegionCode.Parse("33.75.03"), supervisor: Kota),
            new(PanjangWetan, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", RegionCode.Parse("33.75.03.1004"), supervisor: Kecamatan),
            new(Klesem, InstitutionKind.Desa, "Pemerintah Desa Klesem", RegionCode.Parse("33.26.01.2001")),
        ],
        [OrganisationTemplates.LapasClassIIA(Lapas)]);

    private static Position[] Positions() =>
    [
        new(KalapasPosition, "Kepala Lembaga Pemasyarakatan Kelas IIA Pekalongan", PositionKind.HeadOfInstitution, Lapas, OrganisationTemplates.UnitOf(Lapas, OrganisationTemplates.Head)),
        new(KasiBinadikPosition, "Kepala Seksi Bimbingan Narapidana/Anak Didik", PositionKind.HeadOfSection, Lapas, OrganisationTemplates.UnitOf(Lapas, OrganisationTemplates.Binadik)),
        new(new("lapas/kasubsi-bimkemaswat"), "Kepala Subseksi Bimkemaswat", PositionKind.HeadOfSubsection, Lapas, OrganisationTemplates.UnitOf(Lapas, OrganisationTemplates.Bimkemaswat)),
        new(new("kota/walikota"), "Wali Kota Pekalongan", PositionKind.WaliKota, Kota),
        new(new("kec/camat"), "Camat Pekalongan Utara", PositionKind.Camat, Kecamatan),
        new(LurahPosition, "Lurah Panjang Wetan", PositionKind.Lurah, PanjangWetan),
        new(new("klesem/kades"), "Kepala Desa Klesem", PositionKind.KepalaDesa, Klesem),
        new(new("kanwil/kakanwil"), "Kepala Kantor Wilayah Ditjenpas Jawa Tengah", PositionKind.HeadOfRegionalOffice, Kanwil),
    ];

    private static Person[] People() =>
        [.. new[] { Kalapas, KasiBinadik, KasubsiBimkemaswat, Plh, WaliKota, Camat, KepalaDesa, Kakanwil, Stranger }.Select(id => new Person(id, "Name of " + id.Value))];

    private static List<Appointment> Appointments() =>
    [
        Appointment.From(Kalapas, KalapasPosition, new LocalDate(2025, 9, 30)),
        Appointment.From(KasiBinadik, KasiBinadikPosition, new LocalDate(2024, 1, 2)),
        Appointment.From(KasubsiBimkemaswat, new("lapas/kasubsi-bimkemaswat"), new LocalDate(2024, 1, 2)),
        new(Plh, KalapasPosition, new DateInterval(new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 8)), AppointmentCapacity.Plh),
        Appointment.From(WaliKota, new("kota/walikota"), new LocalDate(2025, 2, 20)),
        Appointment.From(Camat, new("kec/camat"), new LocalDate(2025, 1, 1)),
        Appointment.From(KepalaDesa, new("klesem/kades"), new LocalDate(2020, 1, 1)),
        Appointment.From(Kakanwil, new("kanwil/kakanwil"), new LocalDate(2025, 1, 1)),
    ];

    private static OfficialsDirectory World(IEnumerable<Delegation>? delegations = null, AuthorityPolicy? policy = null) =>
        new(Institutions(), People(), Positions(), Appointments(), delegations, policy);

    [Fact]
    public void MaySign_KalapasSignsPksForTheLapas()
    {
        var decision = World().MaySign(Kalapas, AgreementKind.CooperationAgreement, Lapas, Meeting);
        decision.Outcome.Should().Be(AuthorityOutcome.Authorised);
        decision.ReasonCode.Should().Be("authority.upt-head.signs-pks");
        decision.Citation.Instrument.Should().Be("Permenkumham 65/2016");
        decision.Appointment!.Position.Should().Be(KalapasPosition);
    }

    [Fact]
    public void MaySign_KasiBinadikLeadsCoordinationButDoesNotSign()
    {
        // docs/domain.md §5: section heads lead coordination but do not sign.
        var decision = World().MaySign(KasiBinadik, AgreementKind.CooperationAgreement, Lapas, Meeting);
        decision.Outcome.Should().Be(AuthorityOutcome.NotAuthorised);
        decision.ReasonCode.Should().Be("authority.section-head.coordinates-only");
        World().MaySign(KasubsiBimkemaswat, AgreementKind.CooperationAgreement, Lapas, Meeting).ReasonCode.Should().Be("authority.section-head.coordinates-only");
    }

    [Fact]
    public void MaySign_FrameworkMou_IsForTheRegionalHeadNotTheKalapas()
    {
        var world = World();
        world.MaySign(Kalapas, AgreementKind.MemorandumOfUnderstanding, Lapas, Meeting).ReasonCode.Should().Be("authority.framework.minister-or-regional-head");
        world.MaySign(Kakanwil, AgreementKind.MemorandumOfUnderstanding, Kanwil, Meeting).IsAuthorised.Should().BeTrue();
    }

    [Fact]
    public void MaySign_PlhWithoutDelegation_IsNotAuthorised_ByDefault()
    {
        // docs/domain.md §5; UU 30/2014 Pasal 14: default — a Plh/Plt signs only with an explicit delegation.
        var decision = World().MaySign(Plh, AgreementKind.CooperationAgreement, Lapas, new LocalDate(2026, 5, 5));
        decision.Outcome.Should().Be(AuthorityOutcome.NotAuthorised);
        decision.ReasonCode.Should().Be("authority.acting.needs-delegation");
        decision.Citation.ToString().Should().Be("UU 30/2014 Pasal 14");
    }

    [Fact]
    public void MaySign_PlhWithDelegationFromTheKalapas_IsAuthorised()
    {
        var delegation = new Delegation(Kalapas, Plh, new SigningPower(AgreementKind.CooperationAgreement, Lapas), new DateInterval(new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 8)));
        var decision = World([delegation]).MaySign(Plh, AgreementKind.CooperationAgreement, Lapas, new LocalDate(2026, 5, 5));
        decision.ReasonCode.Should().Be("authority.acting.delegated");
        decision.Delegation.Should().Be(delegation);
    }

    [Theory]
    [InlineData(ActingSigningRule.Always, AuthorityOutcome.Authorised, "authority.acting.allowed-by-policy")]
    [InlineData(ActingSigningRule.Never, AuthorityOutcome.NotAuthorised, "authority.acting.not-allowed-by-policy")]
    public void MaySign_Plh_FollowsTheConfiguredPolicy(ActingSigningRule rule, AuthorityOutcome outcome, string code)
    {
        // docs/domain.md §10 point 6: whether an acting official may sign is configurable.
        var decision = World(policy: new AuthorityPolicy(rule)).MaySign(Plh, AgreementKind.CooperationAgreement, Lapas, new LocalDate(2026, 5, 5));
        decision.Outcome.Should().Be(outcome);
        decision.ReasonCode.Should().Be(code);
    }

    [Fact]
    public void MaySign_Kelurahan_GoesThroughTheCity()
    {
        // docs/domain.md §5; PP 28/2018: a kelurahan's agreements go through the city (Wali Kota or an authorised camat).
        var world = World();
        world.MaySign(WaliKota, AgreementKind.CooperationAgreement, PanjangWetan, Meeting).ReasonCode.Should().Be("authority.kelurahan.regional-head-signs");
        world.MaySign(Camat, AgreementKind.CooperationAgreement, PanjangWetan, Meeting).ReasonCode.Should().Be("authority.no-position");
        world.MaySign(Camat, AgreementKind.CooperationAgreement, Kecamatan, Meeting).ReasonCode.Should().Be("authority.local.needs-authorisation");
        var authorised = new Delegation(WaliKota, Camat, new SigningPower(AgreementKind.CooperationAgreement, PanjangWetan), new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 12, 31)));
        var decision = World([authorised]).MaySign(Camat, AgreementKind.CooperationAgreement, PanjangWetan, Meeting);
        decision.ReasonCode.Should().Be("authority.delegated");
        decision.Citation.Instrument.Should().Be("PP 28/2018");
    }

    [Fact]
    public void MaySign_DelegationFromSomeoneWithoutThePower_IsIgnored()
    {
        var bogus = new Delegation(KasiBinadik, Camat, new SigningPower(AgreementKind.CooperationAgreement, Lapas), new DateInterval(Meeting, Meeting));
        World([bogus]).MaySign(Camat, AgreementKind.CooperationAgreement, Lapas, Meeting).IsAuthorised.Should().BeFalse();
        var ignored = new Delegation(WaliKota, Camat, new SigningPower(AgreementKind.CooperationAgreement, PanjangWetan), new DateInterval(Meeting, Meeting));
        World([ignored], new AuthorityPolicy(honourDelegations: false)).MaySign(Camat, AgreementKind.CooperationAgreement, PanjangWetan, Meeting).IsAuthorised.Should().BeFalse();
    }

    [Fact]
    public void MaySign_Desa_SignsAPerjanjianBersama()
    {
        // docs/domain.md §5; Permendagri 96/2017.
        var world = World();
        world.MaySign(KepalaDesa, AgreementKind.JointAgreement, Klesem, Meeting).ReasonCode.Should().Be("authority.desa.kepala-desa-signs");
        world.MaySign(KepalaDesa, AgreementKind.CooperationAgreement, Klesem, Meeting).ReasonCode.Should().Be("authority.desa.joint-agreement-only");
    }

    [Fact]
    public void MaySign_UnknownPersonOrInstitution_IsUndetermined()
    {
        var world = World();
        world.MaySign(new("p-nobody"), AgreementKind.CooperationAgreement, Lapas, Meeting).Outcome.Should().Be(AuthorityOutcome.Undetermined);
        world.MaySign(Kalapas, AgreementKind.CooperationAgreement, new("elsewhere"), Meeting).ReasonCode.Should().Be("authority.institution-unknown");
        world.MaySign(Stranger, AgreementKind.CooperationAgreement, Lapas, Meeting).ReasonCode.Should().Be("authority.no-position");
        var act = () => world.MaySign(default, AgreementKind.CooperationAgreement, Lapas, Meeting);
        act.Should().Throw<ArgumentException>().WithParameterName("person");
    }

    [Fact]
    public void MaySign_BeforeTheKalapasWasAppointed_IsNoPosition()
    {
        World().MaySign(Kalapas, AgreementKind.CooperationAgreement, Lapas, new LocalDate(2025, 9, 29)).ReasonCode.Should().Be("authority.no-position");
    }

    [Fact]
    public void Decisions_NeverContainNames()
    {
        var world = World();
        foreach (var person in People())
        {
            var decision = world.MaySign(person.Id, AgreementKind.CooperationAgreement, Lapas, Meeting);
            decision.ToString().Should().NotContain("Name of");
            decision.Reason.Indonesian.Should().NotContain("Name of");
            decision.Reason.English.Should().NotContain("Name of");
        }
    }

    [Fact]
    public void WhoMaySign_PksForTheLapas_IsTheKalapas()
    {
        var world = World();
        world.WhoMaySign(AgreementKind.CooperationAgreement, Lapas, Meeting).Select(d => d.Person).Should().Equal(Kalapas);
        world.SigningPositions(AgreementKind.CooperationAgreement, Lapas).Select(p => p.Id).Should().Equal(KalapasPosition);
        world.SigningPositions(AgreementKind.CooperationAgreement, PanjangWetan).Single().Kind.Should().Be(PositionKind.WaliKota);
        world.SigningPositions(AgreementKind.MemorandumOfUnderstanding, Lapas).Should().BeEmpty();
    }

    [Fact]
    public void SignersOf_PksForTheLapas_NamesTheKalapasAndNoReason()
    {
        var answer = World().SignersOf(AgreementKind.CooperationAgreement, Lapas, Meeting);
        answer.AnyoneMaySign.Should().BeTrue();
        answer.Signers.Select(d => d.Person).Should().Equal(Kalapas);
        answer.Reason.Should().BeNull();
    }

    [Fact]
    public void SignersOf_MouForTheLapas_SaysWhyNobodyMaySign()
    {
        // Permenkumham 65/2016: the framework memorandum is signed by the Minister or the head of the regional office, not a UPT.
        var answer = World().SignersOf(AgreementKind.MemorandumOfUnderstanding, Lapas, Meeting);
        answer.AnyoneMaySign.Should().BeFalse();
        answer.ReasonCode.Should().Be("authority.framework.minister-or-regional-head");
        answer.Reason!.In(DesaBinaan.Core.Common.Language.English).Should().Contain("Minister");
        answer.Reason.In(DesaBinaan.Core.Common.Language.Indonesian).Should().Contain("Menteri");
        answer.Citation!.Instrument.Should().Be("Permenkumham 65/2016");
    }

    [Fact]
    public void SignersOf_PksForADesa_SaysADesaSignsOnlyAJointAgreement()
    {
        // WhoMaySign gives an empty list here; SignersOf says why: a desa cooperates with a third party through a Perjanjian
        // Bersama (Permendagri 96/2017).
        var world = World();
        world.WhoMaySign(AgreementKind.CooperationAgreement, Klesem, Meeting).Should().BeEmpty();
        var answer = world.SignersOf(AgreementKind.CooperationAgreement, Klesem, Meeting);
        answer.AnyoneMaySign.Should().BeFalse();
        answer.ReasonCode.Should().Be("authority.desa.joint-agreement-only");
        answer.Reason!.In(DesaBinaan.Core.Common.Language.Indonesian).Should().Contain("Perjanjian Bersama");
        answer.Reason.In(DesaBinaan.Core.Common.Language.English).Should().Contain("joint agreement");
        answer.Citation!.Instrument.Should().Be("Permendagri 96/2017");
    }

    [Fact]
    public void HoldersOn_IncludesActingHolders_AndAllowsUnknownHolder()
    {
        var world = World();
        world.HoldersOn(KalapasPosition, new LocalDate(2026, 5, 5)).Select(a => a.Capacity).Should().Equal(AppointmentCapacity.Definitive, AppointmentCapacity.Plh);
        world.HoldersOn(KalapasPosition, Meeting).Should().ContainSingle();
        // The article does not name the Lurah of Panjang Wetan.
        world.HoldersOn(LurahPosition, Meeting).Should().BeEmpty();
        world.FindPosition(LurahPosition)!.Kind.Should().Be(PositionKind.Lurah);
        world.PositionsOf(Lapas).Should().HaveCount(3);
        world.AppointmentsOf(KasiBinadik, Meeting).Single().Position.Should().Be(KasiBinadikPosition);
        world.FindPerson(KasiBinadik).Should().NotBeNull();
    }

    [Fact]
    public void Constructor_OverlappingDefinitiveAppointments_Throws()
    {
        var overlapping = Appointments();
        overlapping.Add(Appointment.From(Stranger, KalapasPosition, new LocalDate(2026, 1, 1)));
        var act = () => new OfficialsDirectory(Institutions(), People(), Positions(), overlapping);
        act.Should().Throw<ArgumentException>().WithParameterName("appointments").WithMessage("*'p-kalapas' and 'p-stranger'*single-holder*overlap from 2026-01-01*")
            .Which.Message.Should().NotContain("Name of");
    }

    [Fact]
    public void Constructor_ConsecutiveOrActingOrMultiHolder_IsAccepted()
    {
        var appointments = Appointments();
        appointments[0] = appointments[0].EndingOn(new LocalDate(2026, 12, 31));
        appointments.Add(Appointment.From(Stranger, KalapasPosition, new LocalDate(2027, 1, 1)));
        appointments.Add(Appointment.From(Camat, KalapasPosition, new LocalDate(2026, 1, 1), AppointmentCapacity.Plt));
        var world = new OfficialsDirectory(Institutions(), People(), Positions(), appointments);
        world.HoldersOn(KalapasPosition, new LocalDate(2027, 1, 1)).Select(a => a.Person).Should().Equal(Stranger, Camat);
        var staff = new Position(new("lapas/staff"), "Staf", PositionKind.Staff, Lapas, isSingleHolder: false);
        var twoStaff = new OfficialsDirectory(Institutions(), People(), [.. Positions(), staff], [Appointment.From(Plh, staff.Id, Meeting), Appointment.From(Stranger, staff.Id, Meeting)]);
        twoStaff.HoldersOn(staff.Id, Meeting).Should().HaveCount(2);
    }

    [Fact]
    public void Constructor_UnknownReferences_Throw()
    {
        var unknownPerson = () => new OfficialsDirectory(Institutions(), People(), Positions(), [Appointment.From(new("p-x"), KalapasPosition, Meeting)]);
        unknownPerson.Should().Throw<ArgumentException>().WithParameterName("appointments").WithMessage("*unknown person 'p-x'*");
        var unknownPosition = () => new OfficialsDirectory(Institutions(), People(), Positions(), [Appointment.From(Kalapas, new("nowhere"), Meeting)]);
        unknownPosition.Should().Throw<ArgumentException>().WithParameterName("appointments").WithMessage("*unknown position 'nowhere'*");
        var unknownInstitution = () => new OfficialsDirectory(Institutions(), People(), [new Position(new("x"), "X", PositionKind.Staff, new("elsewhere"))], []);
        unknownInstitution.Should().Throw<ArgumentException>().WithParameterName("positions").WithMessage("*not in the directory*");
        var unknownUnit = () => new OfficialsDirectory(Institutions(), People(), [new Position(new("x"), "X", PositionKind.Staff, Lapas, new UnitId("lapas-pekalongan/none"))], []);
        unknownUnit.Should().Throw<ArgumentException>().WithParameterName("positions").WithMessage("*not in the organisation chart*");
        var duplicatePerson = () => new OfficialsDirectory(Institutions(), [.. People(), new Person(Kalapas, "Again")], Positions(), []);
        duplicatePerson.Should().Throw<ArgumentException>().WithParameterName("people").WithMessage("*'p-kalapas' appears more than once*");
        var badDelegation = () => World([new Delegation(Kalapas, new("p-x"), new SigningPower(AgreementKind.CooperationAgreement, Lapas), new DateInterval(Meeting, Meeting))]);
        badDelegation.Should().Throw<ArgumentException>().WithParameterName("delegations");
        var nullInstitutions = () => new OfficialsDirectory(null!, People(), Positions(), []);
        nullInstitutions.Should().Throw<ArgumentNullException>().WithParameterName("institutions");
    }

    [Fact]
    public void AuthorityDecision_BadInput_Throws_AndEqualityHolds()
    {
        var reason = new DesaBinaan.Core.Common.LocalizedText("a", "b");
        var citation = new DesaBinaan.Core.Common.Citation("UU 30/2014");
        var noCode = () => new AuthorityDecision(AuthorityOutcome.Authorised, Kalapas, AgreementKind.CooperationAgreement, Lapas, Meeting, " ", reason, citation);
        noCode.Should().Throw<ArgumentException>().WithParameterName("reasonCode");
        var noPerson = () => new AuthorityDecision(AuthorityOutcome.Authorised, default, AgreementKind.CooperationAgreement, Lapas, Meeting, "x.y", reason, citation);
        noPerson.Should().Throw<ArgumentException>().WithParameterName("person");
        var badOutcome = () => new AuthorityDecision((AuthorityOutcome)0, Kalapas, AgreementKind.CooperationAgreement, Lapas, Meeting, "x.y", reason, citation);
        badOutcome.Should().Throw<ArgumentException>().WithParameterName("outcome");
        var world = World();
        EqualityAssert.Values(
            world.MaySign(Kalapas, AgreementKind.CooperationAgreement, Lapas, Meeting),
            World().MaySign(Kalapas, AgreementKind.CooperationAgreement, Lapas, Meeting),
            world.MaySign(KasiBinadik, AgreementKind.CooperationAgreement, Lapas, Meeting),
            world.MaySign(Kalapas, AgreementKind.CooperationAgreement, Lapas, Meeting.PlusDays(1)));
    }
}
