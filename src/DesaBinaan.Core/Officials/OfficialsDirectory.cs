using System.Collections.Frozen;
using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using NodaTime;

namespace DesaBinaan.Core.Officials;

/// <summary>
/// An immutable registry of people, positions, appointments and delegations over an
/// <see cref="InstitutionDirectory"/>: who holds a position on a date (acting holders included; a position may have
/// no known holder), and whether a person may sign an agreement for an institution on a date (docs/domain.md §5).
/// </summary>
/// <remarks>
/// Construction rejects: duplicated ids; a position of an unknown institution, or whose unit is not in the
/// institution's chart; an appointment or delegation naming an unknown person or position; and two definitive
/// appointments to the same single-holder position with overlapping terms. Messages name ids only.
/// </remarks>
[Immutable]
public sealed class OfficialsDirectory
{
    private static readonly Citation UptCitation = new("Permenkumham 65/2016", note: "Technical cooperation (kerja sama teknis) is signed by the head of the UPT; continued by Permenkumham 14/2023.");
    private static readonly Citation FrameworkCitation = new("Permenkumham 65/2016", note: "The main cooperation (kerja sama utama, the framework MoU) is signed by the Minister or the head of the regional office; continued by Permenkumham 14/2023.");
    private static readonly Citation DesaCitation = new("Permendagri 96/2017", note: "A desa cooperates with a third party through a Perjanjian Bersama signed by the Kepala Desa after the village assembly.");
    private static readonly Citation RegionalHeadCitation = new("PP 28/2018", note: "The regional head signs regional cooperation and may authorise officials; a kelurahan is part of the city or regency administration.");
    private static readonly Citation CoordinationCitation = new("Permenkumham 65/2016", note: "Section heads lead coordination; the head of the UPT signs (docs/domain.md §5).");
    private static readonly Citation MandateCitation = new("UU 30/2014", "Pasal 13–14", "Delegation and mandate of authority.");
    private static readonly Citation NoneCitation = new("UU 30/2014", "Pasal 11", "Authority comes from attribution, delegation or mandate.");

    private readonly FrozenDictionary<PersonId, Person> people;
    private readonly FrozenDictionary<PositionId, Position> positions;
    private readonly FrozenDictionary<PositionId, ValueList<Appointment>> byPosition;
    private readonly FrozenDictionary<PersonId, ValueList<Appointment>> byPerson;

    /// <summary>Initializes a registry.</summary>
    /// <param name="institutions">The institutions; must not be null.</param>
    /// <param name="people">The people; must not be null nor hold null.</param>
    /// <param name="positions">The positions; must not be null nor hold null.</param>
    /// <param name="appointments">The appointments; must not be null nor hold null.</param>
    /// <param name="delegations">The delegations, or null for none.</param>
    /// <param name="policy">The authority policy, or null for <see cref="AuthorityPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null or a collection holds null.</exception>
    /// <exception cref="ArgumentException">A rule in the remarks is broken; the message names the ids.</exception>
    public OfficialsDirectory(
        InstitutionDirectory institutions,
        IEnumerable<Person> people,
        IEnumerable<Position> positions,
        IEnumerable<Appointment> appointments,
        IEnumerable<Delegation>? delegations = null,
        AuthorityPolicy? policy = null)
    {
        Institutions = Guard.Against.Null(institutions);
        People = ValueList.FromNonNull(Guard.Against.Null(people), nameof(people));
        Positions = ValueList.FromNonNull(Guard.Against.Null(positions), nameof(positions));
        Appointments = ValueList.FromNonNull(Guard.Against.Null(appointments), nameof(appointments));
        Delegations = delegations is null ? ValueList<Delegation>.Empty : ValueList.FromNonNull(delegations, nameof(delegations));
        Policy = policy ?? AuthorityPolicy.Default;

        var personMap = new Dictionary<PersonId, Person>();
        foreach (var person in People)
        {
            if (!personMap.TryAdd(person.Id, person))
            {
                throw new ArgumentException($"The person id '{person.Id}' appears more than once.", nameof(people));
            }
        }

        var positionMap = new Dictionary<PositionId, Position>();
        foreach (var position in Positions)
        {
            if (!positionMap.TryAdd(position.Id, position))
            {
                throw new ArgumentException($"The position id '{position.Id}' appears more than once.", nameof(positions));
            }

            if (institutions.Find(position.Institution) is null)
            {
                throw new ArgumentException($"The position '{position.Id}' belongs to the institution '{position.Institution}', which is not in the directory.", nameof(positions));
            }

            if (position.Unit is { } unit && institutions.ChartOf(position.Institution) is { } chart && !chart.Contains(unit))
            {
                throw new ArgumentException($"The unit '{unit}' of position '{position.Id}' is not in the organisation chart of '{position.Institution}'.", nameof(positions));
            }
        }

        foreach (var appointment in Appointments)
        {
            if (!personMap.ContainsKey(appointment.Person))
            {
                throw new ArgumentException($"An appointment to '{appointment.Position}' names the unknown person '{appointment.Person}'.", nameof(appointments));
            }

            if (!positionMap.ContainsKey(appointment.Position))
            {
                throw new ArgumentException($"An appointment of '{appointment.Person}' names the unknown position '{appointment.Position}'.", nameof(appointments));
            }
        }

        foreach (var group in Appointments.Where(a => a.Capacity == AppointmentCapacity.Definitive && positionMap[a.Position].IsSingleHolder).GroupBy(a => a.Position))
        {
            var ordered = group.OrderBy(a => a.Term.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Term.Start <= ordered[i - 1].Term.End)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The definitive appointments of '{ordered[i - 1].Person}' and '{ordered[i].Person}' to the single-holder position '{group.Key}' overlap from {ordered[i].Term.Start.ToIso()}; end the first before the second starts."),
                        nameof(appointments));
                }
            }
        }

        foreach (var delegation in Delegations)
        {
            if (!personMap.ContainsKey(delegation.From) || !personMap.ContainsKey(delegation.To))
            {
                throw new ArgumentException($"A delegation from '{delegation.From}' to '{delegation.To}' names an unknown person.", nameof(delegations));
            }
        }

        this.people = personMap.ToFrozenDictionary();
        this.positions = positionMap.ToFrozenDictionary();
        byPosition = Appointments.GroupBy(a => a.Position).ToFrozenDictionary(g => g.Key, g => ValueList.From(g.OrderBy(a => a.Capacity).ThenBy(a => a.Term.Start)));
        byPerson = Appointments.GroupBy(a => a.Person).ToFrozenDictionary(g => g.Key, g => ValueList.From(g.OrderBy(a => a.Term.Start)));
    }

    /// <summary>Gets the institutions.</summary>
    public InstitutionDirectory Institutions { get; }

    /// <summary>Gets the people in the order given.</summary>
    public ValueList<Person> People { get; }

    /// <summary>Gets the positions in the order given.</summary>
    public ValueList<Position> Positions { get; }

    /// <summary>Gets the appointments in the order given.</summary>
    public ValueList<Appointment> Appointments { get; }

    /// <summary>Gets the delegations in the order given.</summary>
    public ValueList<Delegation> Delegations { get; }

    /// <summary>Gets the authority policy.</summary>
    public AuthorityPolicy Policy { get; }

    /// <summary>Finds a person.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or null.</returns>
    public Person? FindPerson(PersonId id) => people.GetValueOrDefault(id);

    /// <summary>Finds a position.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The position, or null.</returns>
    public Position? FindPosition(PositionId id) => positions.GetValueOrDefault(id);

    /// <summary>Returns the positions of an institution, in the order given.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>The positions.</returns>
    public ValueList<Position> PositionsOf(InstitutionId institution) => ValueList.From(Positions.Where(p => p.Institution == institution));

    /// <summary>Returns who holds a position on a date: definitive holders first, then Plh and Plt.</summary>
    /// <param name="position">The position.</param>
    /// <param name="date">The date.</param>
    /// <returns>The appointments in force; empty when the holder is unknown or the position vacant.</returns>
    public ValueList<Appointment> HoldersOn(PositionId position, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return byPosition.TryGetValue(position, out var list) ? ValueList.From(list.Where(a => a.IsInForceOn(date))) : ValueList<Appointment>.Empty;
    }

    /// <summary>Returns the appointments of a person in force on a date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The date.</param>
    /// <returns>The appointments.</returns>
    public ValueList<Appointment> AppointmentsOf(PersonId person, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return byPerson.TryGetValue(person, out var list) ? ValueList.From(list.Where(a => a.IsInForceOn(date))) : ValueList<Appointment>.Empty;
    }

    /// <summary>Returns the positions whose definitive holder signs agreements of a kind for an institution (the Kalapas for a Lapas's PKS, the Wali Kota for a kelurahan), whether or not a holder is known.</summary>
    /// <param name="agreementKind">The kind of agreement.</param>
    /// <param name="institution">The institution signed for.</param>
    /// <returns>The signing positions; empty when no position of the directory signs it.</returns>
    public ValueList<Position> SigningPositions(AgreementKind agreementKind, InstitutionId institution)
    {
        var rule = SigningRule(agreementKind, institution);
        return rule is null ? ValueList<Position>.Empty : ValueList.From(Positions.Where(p => p.Institution == rule.Value.Signer && p.Kind == rule.Value.Kind));
    }

    /// <summary>Returns the people who may sign an agreement of a kind for an institution on a date, with the decisions.</summary>
    /// <param name="agreementKind">The kind of agreement.</param>
    /// <param name="institution">The institution signed for.</param>
    /// <param name="date">The date.</param>
    /// <returns>The authorised decisions, one per person; empty when no signatory is known.</returns>
    public ValueList<AuthorityDecision> WhoMaySign(AgreementKind agreementKind, InstitutionId institution, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return ValueList.From(People.Select(p => MaySign(p.Id, agreementKind, institution, date)).Where(d => d.IsAuthorised));
    }

    /// <summary>Returns who may sign an agreement of a kind for an institution on a date, or, when nobody may, why.</summary>
    /// <param name="agreementKind">The kind of agreement; must be defined.</param>
    /// <param name="institution">The institution signed for; must not be empty.</param>
    /// <param name="date">The date of signing (ISO calendar).</param>
    /// <returns>The authorised people, or the reason nobody may sign with its legal basis.</returns>
    /// <exception cref="ArgumentException">The kind is not defined, the institution id is empty or the date is not in the ISO calendar.</exception>
    public SigningAnswer SignersOf(AgreementKind agreementKind, InstitutionId institution, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.EnumOutOfRange(agreementKind);
        Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "The institution id must not be empty.");
        var signers = WhoMaySign(agreementKind, institution, date);
        if (signers.Count > 0)
        {
            return new SigningAnswer(signers, null, null, null);
        }

        var target = Institutions.Find(institution);
        if (target is null)
        {
            return new SigningAnswer(signers, "authority.institution-unknown", new("Instansi ini tidak dikenal dalam direktori.", "The institution is not in the directory."), NoneCitation);
        }

        if (SigningRule(agreementKind, institution) is not { } rule)
        {
            return target.Kind == InstitutionKind.Desa
                ? new SigningAnswer(signers, "authority.desa.joint-agreement-only", new("Desa hanya menandatangani Perjanjian Bersama dengan pihak ketiga.", "A desa signs only a joint agreement (Perjanjian Bersama) with a third party."), DesaCitation)
                : target.Kind.IsCorrectionalUnit()
                    ? new SigningAnswer(signers, "authority.framework.minister-or-regional-head", new("Nota kesepahaman (kerja sama utama) tidak ditandatangani oleh UPT, melainkan oleh Menteri atau Kepala Kantor Wilayah.", "A framework memorandum (main cooperation) is not signed by a UPT but by the Minister or the head of the regional office."), FrameworkCitation)
                    : new SigningAnswer(signers, "authority.no-signing-rule", new("Tidak ada pejabat instansi ini yang berwenang menandatangani perjanjian jenis ini.", "No official of this institution signs an agreement of this kind."), NoneCitation);
        }

        var title = Positions.FirstOrDefault(p => p.Institution == rule.Signer && p.Kind == rule.Kind)?.Title;
        return new SigningAnswer(
            signers,
            "authority.signing-position-vacant",
            title is null
                ? new("Jabatan penandatangan belum tercatat dalam daftar pejabat pada tanggal itu.", "The signing position is not recorded in the registry of officials on that date.")
                : new($"Tidak ada yang menjabat {title} atau menerima pelimpahan wewenangnya pada tanggal itu.", $"Nobody holds the position of {title}, or a delegation from it, on that date."),
            rule.Citation);
    }

    /// <summary>Returns whether a person may sign an agreement of a kind for an institution on a date, as data with the reason and its legal basis.</summary>
    /// <param name="person">The person.</param>
    /// <param name="agreementKind">The kind of agreement; must be defined.</param>
    /// <param name="institution">The institution signed for.</param>
    /// <param name="date">The date of signing.</param>
    /// <returns>The decision: authorised, not authorised (with who signs instead), or undetermined when the person or the institution is unknown.</returns>
    /// <exception cref="ArgumentException">An id is empty or the kind is not defined.</exception>
    public AuthorityDecision MaySign(PersonId person, AgreementKind agreementKind, InstitutionId institution, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.InvalidInput(person, nameof(person), p => !p.IsEmpty, "The person id must not be empty.");
        Guard.Against.EnumOutOfRange(agreementKind);
        Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "The institution id must not be empty.");
        AuthorityDecision Decide(AuthorityOutcome outcome, string code, LocalizedText reason, Citation citation, Appointment? appointment = null, Delegation? delegation = null) =>
            new(outcome, person, agreementKind, institution, date, code, reason, citation, appointment, delegation);

        if (!people.ContainsKey(person))
        {
            return Decide(AuthorityOutcome.Undetermined, "authority.person-unknown", new("Orang ini tidak dikenal dalam daftar pejabat.", "The person is not in the registry of officials."), NoneCitation);
        }

        var target = Institutions.Find(institution);
        if (target is null)
        {
            return Decide(AuthorityOutcome.Undetermined, "authority.institution-unknown", new("Instansi ini tidak dikenal dalam direktori.", "The institution is not in the directory."), NoneCitation);
        }

        var rule = SigningRule(agreementKind, institution);
        var power = new SigningPower(agreementKind, institution);
        var held = AppointmentsOf(person, date);
        if (rule is { } r)
        {
            var signing = held.Where(a => IsSigner(a, r)).OrderBy(a => a.Capacity).FirstOrDefault();
            if (signing is { Capacity: AppointmentCapacity.Definitive })
            {
                return Decide(AuthorityOutcome.Authorised, r.Code, r.Reason, r.Citation, signing);
            }

            if (signing is not null)
            {
                switch (Policy.ActingOfficials)
                {
                    case ActingSigningRule.Always:
                        return Decide(AuthorityOutcome.Authorised, "authority.acting.allowed-by-policy", new("Pejabat Plh/Plt boleh menandatangani menurut kebijakan yang berlaku.", "An acting official (Plh/Plt) may sign under the policy in force."), Policy.ActingCitation, signing);
                    case ActingSigningRule.Never:
                        return Decide(AuthorityOutcome.NotAuthorised, "authority.acting.not-allowed-by-policy", new("Pejabat Plh/Plt tidak boleh menandatangani menurut kebijakan yang berlaku; penandatanganan oleh pejabat definitif.", "An acting official (Plh/Plt) may not sign under the policy in force; the definitive holder signs."), Policy.ActingCitation, signing);
                    default:
                        var mandate = ValidDelegation(person, power, date, r);
                        return mandate is not null
                            ? Decide(AuthorityOutcome.Authorised, "authority.acting.delegated", new("Pejabat Plh/Plt menandatangani dengan pelimpahan wewenang yang tegas.", "The acting official (Plh/Plt) signs under an explicit delegation."), Policy.ActingCitation, signing, mandate)
                            : Decide(AuthorityOutcome.NotAuthorised, "authority.acting.needs-delegation", new("Pejabat Plh/Plt hanya boleh menandatangani dengan pelimpahan wewenang yang tegas.", "An acting official (Plh/Plt) may sign only with an explicit delegation."), Policy.ActingCitation, signing);
                }
            }

            if (Policy.HonourDelegations && ValidDelegation(person, power, date, r) is { } delegated)
            {
                return Decide(AuthorityOutcome.Authorised, "authority.delegated", new("Menandatangani berdasarkan pelimpahan wewenang dari pejabat yang berwenang.", "Signs under a delegation from the authorised official."), r.Kind is PositionKind.WaliKota or PositionKind.Bupati ? RegionalHeadCitation : MandateCitation, null, delegated);
            }
        }

        var own = held.Where(a => positions[a.Position].Institution == institution).OrderBy(a => a.Capacity).FirstOrDefault();
        if (own is null)
        {
            return Decide(AuthorityOutcome.NotAuthorised, "authority.no-position", new("Orang ini tidak memegang jabatan pada instansi tersebut pada tanggal itu.", "The person holds no position in the institution on that date."), NoneCitation);
        }

        var kind = positions[own.Position].Kind;
        return kind switch
        {
            PositionKind.HeadOfSection or PositionKind.HeadOfSubsection or PositionKind.HeadOfSubdivision or PositionKind.HeadOfKplp =>
                Decide(AuthorityOutcome.NotAuthorised, "authority.section-head.coordinates-only", new("Kepala seksi/subseksi memimpin koordinasi tetapi tidak menandatangani; kepala UPT yang menandatangani.", "Section and subsection heads lead coordination but do not sign; the head of the UPT signs."), CoordinationCitation, own),
            PositionKind.Lurah =>
                Decide(AuthorityOutcome.NotAuthorised, "authority.kelurahan.through-city", new("Kelurahan adalah perangkat kota; perjanjiannya ditandatangani oleh Wali Kota/Bupati atau pejabat yang diberi kuasa.", "A kelurahan is part of the city administration; its agreements are signed by the Wali Kota/Bupati or an authorised official."), RegionalHeadCitation, own),
            PositionKind.HeadOfInstitution when agreementKind == AgreementKind.MemorandumOfUnderstanding =>
                Decide(AuthorityOutcome.NotAuthorised, "authority.framework.minister-or-regional-head", new("Nota kesepahaman (kerja sama utama) ditandatangani oleh Menteri atau Kepala Kantor Wilayah.", "A framework memorandum (main cooperation) is signed by the Minister or the head of the regional office."), FrameworkCitation, own),
            PositionKind.KepalaDesa =>
                Decide(AuthorityOutcome.NotAuthorised, "authority.desa.joint-agreement-only", new("Desa bekerja sama dengan pihak ketiga melalui Perjanjian Bersama.", "A desa cooperates with a third party through a Perjanjian Bersama."), DesaCitation, own),
            PositionKind.Camat or PositionKind.AgencyHead =>
                Decide(AuthorityOutcome.NotAuthorised, "authority.local.needs-authorisation", new("Camat atau kepala perangkat daerah menandatangani hanya dengan kuasa kepala daerah.", "A camat or agency head signs only when authorised by the regional head."), RegionalHeadCitation, own),
            _ =>
                Decide(AuthorityOutcome.NotAuthorised, "authority.not-a-signatory", new("Jabatan ini bukan jabatan penandatangan perjanjian tersebut.", "This position does not sign such an agreement."), NoneCitation, own),
        };
    }

    private bool IsSigner(Appointment appointment, Rule rule)
    {
        var position = positions[appointment.Position];
        return position.Institution == rule.Signer && position.Kind == rule.Kind;
    }

    // A delegation to the person, covering the power on the date, from someone who is a definitive signatory that day.
    private Delegation? ValidDelegation(PersonId person, SigningPower power, LocalDate date, Rule rule) =>
        Delegations.FirstOrDefault(d => d.To == person && d.Covers(power, date)
            && AppointmentsOf(d.From, date).Any(a => a.Capacity == AppointmentCapacity.Definitive && IsSigner(a, rule)));

    private Rule? SigningRule(AgreementKind agreementKind, InstitutionId institution)
    {
        var target = Institutions.Find(institution);
        if (target is null)
        {
            return null;
        }

        switch (target.Kind)
        {
            case var k when k.IsCorrectionalUnit():
                return agreementKind == AgreementKind.MemorandumOfUnderstanding
                    ? null
                    : new Rule(institution, PositionKind.HeadOfInstitution, "authority.upt-head.signs-pks", new("Kepala UPT menandatangani perjanjian kerja sama teknis.", "The head of the UPT signs the technical cooperation agreement."), UptCitation);
            case InstitutionKind.RegionalOffice:
                return new Rule(institution, PositionKind.HeadOfRegionalOffice, "authority.regional-office-head.signs", new("Kepala Kantor Wilayah menandatangani kerja sama tingkat wilayah.", "The head of the regional office signs regional cooperation."), FrameworkCitation);
            case InstitutionKind.Ministry:
                return new Rule(institution, PositionKind.Minister, "authority.minister.signs", new("Menteri menandatangani kerja sama utama.", "The Minister signs the main cooperation."), FrameworkCitation);
            case InstitutionKind.DirectorateGeneral:
                return new Rule(institution, PositionKind.DirectorGeneral, "authority.director-general.signs", new("Direktur Jenderal menandatangani kerja sama tingkat direktorat jenderal.", "The Director General signs cooperation at the directorate-general level."), FrameworkCitation);
            case InstitutionKind.Desa:
                return agreementKind == AgreementKind.JointAgreement
                    ? new Rule(institution, PositionKind.KepalaDesa, "authority.desa.kepala-desa-signs", new("Kepala Desa menandatangani Perjanjian Bersama yang disepakati dalam musyawarah desa.", "The Kepala Desa signs the Perjanjian Bersama agreed in the village assembly."), DesaCitation)
                    : null;
            case InstitutionKind.CityGovernment or InstitutionKind.RegencyGovernment:
                return new Rule(institution, target.Kind == InstitutionKind.CityGovernment ? PositionKind.WaliKota : PositionKind.Bupati, "authority.regional-head.signs", new("Kepala daerah menandatangani kerja sama daerah.", "The regional head signs regional cooperation."), RegionalHeadCitation);
            default:
                // A kelurahan, a district office or an agency: part of the city or regency administration.
                var government = target.Supervisor is { } s && Institutions.Find(s) is { Kind: InstitutionKind.CityGovernment or InstitutionKind.RegencyGovernment } supervisor
                    ? supervisor
                    : Institutions.LocalGovernmentOf(target.Region);
                return government is null
                    ? null
                    : new Rule(government.Id, government.Kind == InstitutionKind.CityGovernment ? PositionKind.WaliKota : PositionKind.Bupati, "authority.kelurahan.regional-head-signs", new("Perjanjian kelurahan/perangkat daerah ditandatangani oleh Wali Kota/Bupati atau pejabat yang diberi kuasa.", "Agreements of a kelurahan or agency are signed by the Wali Kota/Bupati or an authorised official."), RegionalHeadCitation);
        }
    }

    private readonly record struct Rule(InstitutionId Signer, PositionKind Kind, string Code, LocalizedText Reason, Citation Citation);
}
