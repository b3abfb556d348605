using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace PackageConsumer;

/// <summary>Scopes and cooperation, used as a package user would: a partnership from exploration to an activity plan.</summary>
internal static class PartnershipChecks
{
    public static void Run(Action<bool, string> check)
    {
        var lapasId = new InstitutionId("lapas");
        var kelurahanId = new InstitutionId("kelurahan");
        var pemkotId = new InstitutionId("pemkot");
        var village = RegionCode.Parse("33.75.03.1004");
        var institutions = new InstitutionDirectory(
        [
            new Institution(lapasId, InstitutionKind.Lapas, "Lapas Kelas IIA Pekalongan", RegionCode.Parse("33.75"), InstitutionClass.IIA),
            new Institution(pemkotId, InstitutionKind.CityGovernment, "Pemerintah Kota Pekalongan", RegionCode.Parse("33.75")),
            new Institution(kelurahanId, InstitutionKind.Kelurahan, "Kelurahan Panjang Wetan", village, supervisor: pemkotId),
        ]);
        var kalapas = new PersonId("p-1");
        var plh = new PersonId("p-2");
        var waliKota = new PersonId("p-3");
        var kalapasPosition = new PositionId("kalapas");
        var waliKotaPosition = new PositionId("wali-kota");
        var kalapasAppointment = Appointment.From(kalapas, kalapasPosition, new LocalDate(2025, 9, 30));
        var plhAppointment = new Appointment(plh, kalapasPosition, new DateInterval(new LocalDate(2026, 6, 8), new LocalDate(2026, 6, 12)), AppointmentCapacity.Plh);
        var waliKotaAppointment = Appointment.From(waliKota, waliKotaPosition, new LocalDate(2025, 2, 20));
        var officials = new OfficialsDirectory(
            institutions,
            [new Person(kalapas, "A"), new Person(plh, "B"), new Person(waliKota, "C")],
            [new Position(kalapasPosition, "Kalapas", PositionKind.HeadOfInstitution, lapasId), new Position(waliKotaPosition, "Wali Kota", PositionKind.WaliKota, pemkotId)],
            [kalapasAppointment, plhAppointment, waliKotaAppointment]);

        var meetingDay = new LocalDate(2026, 4, 29);
        var partnership = Partnership.Explore("p", ProgrammeKind.DesaBinaan, institutions.Get(lapasId), institutions.Get(kelurahanId), "Reintegrasi sosial", meetingDay, institutions.Get(pemkotId))
            .RecordMeeting(new Meeting(
                "m1",
                MeetingKind.InitialCoordination,
                meetingDay,
                "Kelurahan Panjang Wetan",
                [new Attendee(plh, new PositionId("kasi-binadik"), PartnershipSide.Correctional, AttendeeRole.Chair)],
                outcome: new MeetingOutcome(scopesAgreed: [ScopeKind.EnvironmentalCleanliness], topicsDeferred: [new DeferredTopic("t1", "Bentuk kerja sama lainnya")])));
        check(partnership.StageOn(meetingDay) == PartnershipStage.Coordination, "the first meeting moves the partnership to coordination");
        check(partnership.ScopeStateOn(ScopeKind.EnvironmentalCleanliness, meetingDay) == ScopeState.AgreedInPrinciple, "the agreed scope is agreed in principle");
        check(partnership.OpenItemsOn(meetingDay).UnsettledTopics.Count == 1, "the deferred topic is still open");

        Agreement Pks(string number, LocalDate signedOn, Appointment lapasSigner) => new(
            number,
            AgreementKind.CooperationAgreement,
            signedOn,
            [lapasId, pemkotId],
            [new Signatory(lapasId, lapasSigner), new Signatory(pemkotId, waliKotaAppointment)],
            new DateInterval(signedOn, signedOn.PlusYears(2).PlusDays(-1)),
            [ScopeKind.EnvironmentalCleanliness]);
        var refused = partnership.CheckSignAgreement(Pks("PKS/0", new LocalDate(2026, 6, 10), plhAppointment), officials);
        check(refused.Count == 1 && refused[0].Code == "agreement.signatory.not-authorised", "a Plh without delegation may not sign a PKS");
        var threw = false;
        try
        {
            partnership.SignAgreement(Pks("PKS/0", new LocalDate(2026, 6, 10), plhAppointment), officials);
        }
        catch (PartnershipRuleException e)
        {
            threw = e.Violations.Count == 1;
        }

        check(threw, "the refused step throws one exception carrying the violation");
        var signedOn = new LocalDate(2026, 6, 15);
        var active = partnership.SignAgreement(Pks("PKS/1", signedOn, kalapasAppointment), officials).Activate(new LocalDate(2026, 6, 19), "SK");
        check(active.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2026, 7, 1)), "the signed PKS covers environmental cleanliness");
        check(!active.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, new LocalDate(2028, 6, 15)), "the PKS ends after two years");

        var plan = new ActivityPlan(
            "jumat-bersih",
            "Jumat Bersih",
            ScopeKind.EnvironmentalCleanliness,
            new ActivityPlace(village, "Saluran drainase"),
            WeeklySchedule.Every(new DateInterval(new LocalDate(2026, 6, 19), new LocalDate(2026, 12, 18)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta", [new LocalDate(2026, 7, 3)]),
            new ParticipantQuota(30),
            new EscortRatio(10, 30),
            "outside-activity");
        active = active.AddActivityPlan(plan);
        var next = plan.NextOccurrences(new LocalDate(2026, 6, 27), 2);
        check(next.Count == 2 && next[0].Date == new LocalDate(2026, 7, 10), "the next clean-up skips the exception date");
        check(plan.CheckStaffing(30, 8).Code == "activity.escort.insufficient", "30 inmates need 10 escorting officers");
        check(new PartnershipPortfolio([active]).ScopesActiveOn(new LocalDate(2026, 7, 1)).Count == 1, "the portfolio lists the active scope");
        check(PartnershipStage.Active.Label().In(Language.English) == "Active", "stages have English labels");
    }
}
