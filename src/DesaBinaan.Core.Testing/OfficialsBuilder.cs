using Ardalis.GuardClauses;
using System.Collections.Immutable;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Builds an <see cref="OfficialsDirectory"/> over <see cref="AnInstitution.Directory"/>. Immutable: every method
/// returns a new builder. Start one with <see cref="AnOfficial.Directory"/>.
/// </summary>
/// <remarks>
/// Defaults: the people of <see cref="AnOfficial"/> with fictional names; the Kalapas, Kasi Binadik, Wali Kota and
/// Lurah appointed definitively from <see cref="AnOfficial.DefaultAppointedOn"/>, open-ended; the deputy holds no
/// appointment; no delegation; <see cref="AuthorityPolicy.Default"/> (a Plh/Plt signs only with an explicit delegation).
/// </remarks>
public sealed class OfficialsBuilder
{
    private readonly ImmutableList<Appointment> appointments;
    private readonly ImmutableList<Delegation> delegations;
    private readonly ImmutableDictionary<PersonId, Person> people;
    private readonly AuthorityPolicy policy;

    private OfficialsBuilder(ImmutableDictionary<PersonId, Person> people, ImmutableList<Appointment> appointments, ImmutableList<Delegation> delegations, AuthorityPolicy policy)
    {
        this.people = people;
        this.appointments = appointments;
        this.delegations = delegations;
        this.policy = policy;
    }

    internal static OfficialsBuilder Default { get; } = new(
        new[]
        {
            new Person(AnOfficial.Kalapas, "Kalapas Fiktif"),
            new Person(AnOfficial.KasiBinadik, "Kasi Binadik Fiktif"),
            new Person(AnOfficial.WaliKota, "Wali Kota Fiktif"),
            new Person(AnOfficial.Lurah, "Lurah Fiktif"),
            new Person(AnOfficial.Deputy, "Wakil Fiktif"),
        }.ToImmutableDictionary(p => p.Id),
        [
            Appointment.From(AnOfficial.Kalapas, AnOfficial.KalapasPosition, AnOfficial.DefaultAppointedOn),
            Appointment.From(AnOfficial.KasiBinadik, AnOfficial.KasiBinadikPosition, AnOfficial.DefaultAppointedOn),
            Appointment.From(AnOfficial.WaliKota, AnOfficial.WaliKotaPosition, AnOfficial.DefaultAppointedOn),
            Appointment.From(AnOfficial.Lurah, AnOfficial.LurahPosition, AnOfficial.DefaultAppointedOn),
        ],
        [],
        AuthorityPolicy.Default);

    /// <summary>Gets the appointments the directory will hold.</summary>
    public IReadOnlyList<Appointment> Appointments => appointments;

    /// <summary>Returns a builder with a person replaced or added (for example with a NIP, to test that it never leaks into messages).</summary>
    /// <param name="person">The person; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public OfficialsBuilder WithPerson(Person person)
    {
        Guard.Against.Null(person);
        return new(people.SetItem(person.Id, person), appointments, delegations, policy);
    }

    /// <summary>Returns a builder where the Kalapas's definitive appointment ends the day before a date, and the deputy acts from that date as Plh or Plt.</summary>
    /// <param name="from">The first day the deputy acts.</param>
    /// <param name="capacity">Plh or Plt.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="capacity"/> is definitive, or <paramref name="from"/> is not after the start of the Kalapas's appointment.</exception>
    public OfficialsBuilder WithActingKalapas(LocalDate from, AppointmentCapacity capacity = AppointmentCapacity.Plh)
    {
        if (capacity == AppointmentCapacity.Definitive)
        {
            throw new ArgumentException("An acting official is a Plh or a Plt.", nameof(capacity));
        }

        var kalapas = appointments.Single(a => a.Person == AnOfficial.Kalapas && a.Position == AnOfficial.KalapasPosition);
        return new(people, appointments.Replace(kalapas, kalapas.EndingOn(from.PlusDays(-1))).Add(Appointment.From(AnOfficial.Deputy, AnOfficial.KalapasPosition, from, capacity)), delegations, policy);
    }

    /// <summary>Returns a builder with an explicit delegation of signing power.</summary>
    /// <param name="delegation">The delegation; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="delegation"/> is null.</exception>
    public OfficialsBuilder WithDelegation(Delegation delegation)
    {
        Guard.Against.Null(delegation);
        return new(people, appointments, delegations.Add(delegation), policy);
    }

    /// <summary>Returns a builder with another appointment.</summary>
    /// <param name="appointment">The appointment; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    public OfficialsBuilder WithAppointment(Appointment appointment)
    {
        Guard.Against.Null(appointment);
        return new(people, appointments.Add(appointment), delegations, policy);
    }

    /// <summary>Returns a builder with an authority policy.</summary>
    /// <param name="authority">The policy; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public OfficialsBuilder WithPolicy(AuthorityPolicy authority)
    {
        Guard.Against.Null(authority);
        return new(people, appointments, delegations, authority);
    }

    /// <summary>Builds the directory over <see cref="AnInstitution.Directory"/>.</summary>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentException">The appointments break a rule of <see cref="OfficialsDirectory"/> (for example two definitive holders of one position at once).</exception>
    public OfficialsDirectory Build() => Build(AnInstitution.Directory());

    /// <summary>Builds the directory over an institutions' directory that contains the scenario's institutions.</summary>
    /// <param name="institutions">The institutions; must not be null.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="institutions"/> is null.</exception>
    /// <exception cref="ArgumentException">The appointments break a rule of <see cref="OfficialsDirectory"/>.</exception>
    public OfficialsDirectory Build(InstitutionDirectory institutions)
    {
        Guard.Against.Null(institutions);
        UnitId Unit(string key) => OrganisationTemplates.UnitOf(AnInstitution.LapasPekalonganId, key);
        return new OfficialsDirectory(
            institutions,
            people.Values.OrderBy(p => p.Id.Value, StringComparer.Ordinal),
            [
                new Position(AnOfficial.KalapasPosition, "Kepala Lembaga Pemasyarakatan Kelas IIA Pekalongan", PositionKind.HeadOfInstitution, AnInstitution.LapasPekalonganId, Unit(OrganisationTemplates.Head)),
                new Position(AnOfficial.KasiBinadikPosition, "Kepala Seksi Bimbingan Narapidana/Anak Didik", PositionKind.HeadOfSection, AnInstitution.LapasPekalonganId, Unit(OrganisationTemplates.Binadik)),
                new Position(AnOfficial.WaliKotaPosition, "Wali Kota Pekalongan", PositionKind.WaliKota, AnInstitution.KotaPekalonganId),
                new Position(AnOfficial.LurahPosition, "Lurah Panjang Wetan", PositionKind.Lurah, AnInstitution.KelurahanPanjangWetanId),
            ],
            appointments,
            delegations,
            policy);
    }

    /// <summary>Builds the directory.</summary>
    /// <param name="builder">The builder; must not be null.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator OfficialsDirectory(OfficialsBuilder builder)
    {
        Guard.Against.Null(builder);
        return builder.Build();
    }
}
