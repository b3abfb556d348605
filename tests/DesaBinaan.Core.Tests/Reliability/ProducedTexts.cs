using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// A scenario that exercises every area and collects every text the package produces for it: renderings in both
/// languages, <c>ToString()</c> of every value, reason texts, violations and exception messages. The people in it
/// carry recognisable names and NIPs (personal data that must never appear in those texts), and the inmates carry
/// opaque ids only.
/// </summary>
internal static class ProducedTexts
{
    public const string KalapasName = "Raden Rahasiawan Pekalongan";
    public const string DeputyName = "Siti Aminah Tersembunyi";
    public const string KalapasNip = "19700512 199503 1 002";
    public const string DeputyNip = "19860926 201505 2 001";

    /// <summary>A NIK (16-digit population number) a careless caller might put where an opaque id belongs; never as an id here.</summary>
    public const string Nik = "3375034512900001";

    public static readonly LocalDate Today = new(2026, 6, 20);

    public static IReadOnlyList<(string Where, string Text)> Collect()
    {
        var texts = new List<(string, string)>();
        void Add(string where, object? value) => texts.Add((where, value?.ToString() ?? "<null>"));
        void Rendered(string where, Func<Language, string> render)
        {
            texts.Add((where + "/id", render(Language.Indonesian)));
            texts.Add((where + "/en", render(Language.English)));
        }

        void Throws(string where, Action action)
        {
            try
            {
                action();
                texts.Add((where, "<no exception>"));
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                texts.Add((where, e.GetType().Name + ": " + e.Message));
            }
        }

        // Officials: seeded names and NIPs.
        var officials = AnOfficial.Directory()
            .WithPerson(new Person(AnOfficial.Kalapas, KalapasName, Nip.Parse(KalapasNip)))
            .WithPerson(new Person(AnOfficial.Deputy, DeputyName, Nip.Parse(DeputyNip)))
            .WithActingKalapas(new LocalDate(2026, 5, 1));
        OfficialsDirectory directory = officials;
        foreach (var person in directory.People)
        {
            Add("person", person);
            foreach (var kind in Enum.GetValues<AgreementKind>())
            {
                foreach (var institution in new[] { AnInstitution.LapasPekalonganId, AnInstitution.KotaPekalonganId })
                {
                    var decision = directory.MaySign(person.Id, kind, institution, Today);
                    Add("authority", decision);
                    Rendered("authority.reason", decision.Reason.In);
                }
            }
        }

        foreach (var appointment in directory.Appointments)
        {
            Add("appointment", appointment);
        }

        foreach (var position in directory.Positions)
        {
            Add("position", position);
        }

        Add("delegation", new Delegation(AnOfficial.Kalapas, AnOfficial.Deputy, new SigningPower(AgreementKind.CooperationAgreement, AnInstitution.LapasPekalonganId), new DateInterval(new LocalDate(2026, 5, 1), new LocalDate(2026, 12, 31)), "SK-01"));
        Throws("officials.duplicate-person", () => _ = new OfficialsDirectory(AnInstitution.Directory(), [new Person(AnOfficial.Kalapas, KalapasName, Nip.Parse(KalapasNip)), new Person(AnOfficial.Kalapas, DeputyName)], [], []));
        Throws("officials.overlap", () => _ = AnOfficial.Directory().WithPerson(new Person(AnOfficial.Deputy, DeputyName, Nip.Parse(DeputyNip)))
            .WithAppointment(Appointment.From(AnOfficial.Deputy, AnOfficial.KalapasPosition, new LocalDate(2025, 6, 1))).Build());
        Throws("nip.parse", () => Nip.Parse(KalapasNip.Replace("0512", "0231", StringComparison.Ordinal)));
        Throws("nip.parse.length", () => Nip.Parse(KalapasNip + "9"));
        Throws("person.blank", () => _ = new Person(AnOfficial.Kalapas, " "));

        // Cooperation: a partnership signed by the definitive Kalapas, and one refused for the Plh without delegation.
        Partnership partnership = APartnership.DesaBinaan().WithOfficials(AnOfficial.Directory().WithPerson(new Person(AnOfficial.Kalapas, KalapasName, Nip.Parse(KalapasNip))));
        Add("partnership", partnership);
        Add("open-items", partnership.OpenItemsOn(Today));
        foreach (var meeting in partnership.Meetings)
        {
            Add("meeting", meeting);
            foreach (var attendee in meeting.Attendees)
            {
                Add("attendee", attendee);
            }
        }

        foreach (var agreement in partnership.Agreements)
        {
            Add("agreement", agreement);
            foreach (var signatory in agreement.Signatories)
            {
                Add("signatory", signatory);
            }
        }

        foreach (var stage in partnership.Stages)
        {
            Add("stage", stage);
        }

        try
        {
            _ = APartnership.DesaBinaan().WithOfficials(officials).Build();
            texts.Add(("partnership.plh", "<no exception>"));
        }
        catch (PartnershipRuleException e)
        {
            texts.Add(("partnership.plh", e.Message));
            foreach (var violation in e.Violations)
            {
                Add("violation", violation);
                Rendered("violation.text", violation.Describe);
            }
        }

        // Regions and institutions.
        foreach (var institution in AnInstitution.Directory().Institutions)
        {
            Add("institution", institution);
            Add("region", institution.Region);
        }

        Add("area", new AdministrativeArea(RegionCode.Parse("33.75.03.1004"), "Panjang Wetan"));
        Throws("region.parse", () => RegionCode.Parse("33.75.3.1004"));

        // Sentencing.
        SentenceHistory worked = ASentence.WorkedExample();
        var dates = SentenceCalculator.Compute(worked, CountingConvention.Default, Today);
        Rendered("sentence.dates", dates.Render);
        Rendered("sentence.half", dates.Half!.Render);
        Rendered("convention", CountingConvention.Default.Describe);
        Add("sentence.history", worked);
        Add("sentence.key-dates", SentenceCalculator.ComputeKeyDates(worked, CountingConvention.Default));
        foreach (var remission in worked.Remissions)
        {
            Add("remission", remission);
        }

        Rendered("term", new SentenceTerm(2, 6, 15).ToText);
        Throws("term.parse", () => SentenceTerm.Parse("2y6x"));
        Throws("fraction.parse", () => Fraction.Parse("2//3"));
        Throws("remission.too-large", () => _ = worked.WithRemission(new Remission(new LocalDate(2026, 6, 1), SentenceTerm.FromYears(2), RemissionKind.General)).Detention);

        // Inmates and every built-in policy.
        InmateBuilder[] inmates =
        [
            AnInmate.ConvictedOf(OffenceCategory.Narcotics).WithId("WB-0001").Sentenced("6y").ServedTwoThirdsOn(new LocalDate(2026, 3, 1)).WithPunishment(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 8)),
            AnInmate.Convict().WithId("WB-0002").WithSentence(ASentence.WorkedExample()),
            AnInmate.Convict().WithId("WB-0003").WithNotRecorded(EvidenceKind.Litmas).WithRegisterFNotChecked(),
            AnInmate.Detainee().WithId("WB-0004"),
            AnInmate.Convict().WithId("WB-0005").SentencedToLife(),
            AnInmate.ConvictedOf(OffenceCategory.Terrorism).WithId("WB-0006").Sentenced("8y").ForeignNational("MY"),
            AnInmate.Child().WithId("WB-0007").Sentenced("1y6m").DetainedOn(new LocalDate(2025, 10, 1)),
            AnInmate.WithNothingRecorded().WithId("WB-0008"),
        ];
        var profiles = inmates.Select(b => b.Build()).ToList();
        foreach (var profile in profiles)
        {
            Add("profile", profile);
            Add("profile.evidence", profile.Evidence);
            Add("profile.key-dates", profile.KeyDates);
        }

        var plan = AnActivity.JumatBersih();
        Add("activity.plan", plan);
        foreach (var covered in new bool?[] { true, false, null })
        {
            Rendered("activity.context", ActivityEvaluationContext.Recorded(plan, Today, covered, 5_000).Describe);
        }

        foreach (var occurrence in plan.Schedule.OccurrencesIn(new DateInterval(AnActivity.FirstDay, AnActivity.FirstDay.PlusDays(14))))
        {
            Add("activity.occurrence", occurrence);
        }

        foreach (var policy in IndonesianPolicies.All().Add(AnActivity.OutsideActivityOn(Today)))
        {
            Add("policy", policy);
            foreach (var version in policy.Versions)
            {
                Add("version", version);
            }

            foreach (var profile in profiles)
            {
                var decision = policy.Decide(profile, Today);
                Add("decision", decision);
                Rendered("decision.text", decision.Render);
                foreach (var finding in decision.Findings)
                {
                    Add("finding", finding);
                    Add("descriptor", finding.Descriptor);
                    foreach (var fact in finding.Facts)
                    {
                        Add("fact", fact);
                    }
                }
            }

            foreach (var almost in policy.AlmostEligible(profiles, Today, 365))
            {
                Add("almost-eligible", almost);
            }

            Throws("policy.version-on", () => policy.VersionOn(new LocalDate(2001, 1, 1)));
        }

        // Community service (UU 1/2023 Pasal 85): a statement with violations, a failure, a plan.
        var csNetwork = CommunityService.CommunityServiceFixture.Network();
        var csLedger = new Core.CommunityService.HoursLedger(
            CommunityService.CommunityServiceFixture.Order(),
            CommunityService.CommunityServiceFixture.Fridays(12).Append(CommunityService.CommunityServiceFixture.Session(new LocalDate(2026, 3, 3), 6)).Append(CommunityService.CommunityServiceFixture.Session(new LocalDate(2026, 3, 4), 3, CommunityService.CommunityServiceFixture.UnagreedSite.Id, commercial: true)));
        Rendered("community-service.statement", l => csLedger.StatementOn(new LocalDate(2026, 4, 10), csNetwork).Render(l));
        Rendered("community-service.failed", l => csLedger.StatementOn(new LocalDate(2026, 5, 3), csNetwork).Render(l));
        Add("community-service.order", csLedger.Order);
        Add("community-service.statement", csLedger.StatementOn(new LocalDate(2026, 5, 3), csNetwork));
        Throws("community-service.hours", () => _ = CommunityService.CommunityServiceFixture.Order(hours: 300));

        foreach (var profile in profiles)
        {
            var timeline = DesaBinaan.Core.Timeline.RightsTimeline.Build(profile.WithReligion(Religion.Islam), Today);
            Add("timeline", timeline);
            Rendered("timeline.text", timeline.Render);
            foreach (var entry in timeline.Entries)
            {
                Add("timeline.entry", entry);
            }
        }

        return texts;
    }
}
