using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Inmates;

/// <summary>
/// An immutable snapshot of what the eligibility rules need to know about one inmate on the caller's records:
/// legal status, sentence history, offence category, security level, Register F, participation in guidance, pending
/// cases, nationality, birth date, domicile and evidence. Every fact distinguishes <i>not recorded</i> (null, or
/// <see cref="EvidenceStatus.NotRecorded"/>) from a recorded "no", so that missing evidence makes a rule undetermined.
/// </summary>
/// <remarks>
/// <para>The profile holds no name, NIK or NIP: it is identified by the caller's opaque <see cref="Id"/>.</para>
/// <para>The key sentence dates (1/2, 2/3, expiry) and the end of the latest punishment are computed once, at
/// construction, with the counting convention given (by default <see cref="CountingConvention.Default"/>), through the
/// allocation-free path of <see cref="SentenceCalculator"/>; the rules read them in the population hot path. A
/// policy version with another convention computes its dates on the fly.</para>
/// <para>Equality is by reference (a snapshot is an entity of the caller's records).</para>
/// </remarks>
[Immutable]
public sealed class InmateProfile : IEligibilitySubject
{
    private readonly CountingConvention convention;
    private readonly SentenceKeyDates keyDates;
    private readonly SentenceDays days;
    private readonly InmateFacts facts;

    /// <summary>Initializes a profile.</summary>
    /// <param name="id">The caller's opaque id; must not be empty.</param>
    /// <param name="status">The legal status; must be defined.</param>
    /// <param name="sentence">The sentence history (terms, detention, remissions), or null when there is no verdict or it is not recorded.</param>
    /// <param name="offence">The offence category, or null when not recorded.</param>
    /// <param name="security">The security level of the inmate's placement, or null when not recorded.</param>
    /// <param name="registerF">The Register F entries (empty when the register is clean), or null when the register was not checked.</param>
    /// <param name="activeInGuidance">Whether the inmate takes part actively in guidance programmes, or null when not recorded.</param>
    /// <param name="hasPendingCase">Whether another criminal case is pending, or null when not recorded.</param>
    /// <param name="nationality">The nationality as an ISO 3166-1 alpha-2 code (<c>ID</c> for Indonesian), or null when not recorded.</param>
    /// <param name="birthDate">The birth date, or null when not recorded.</param>
    /// <param name="evidence">The status of each piece of evidence.</param>
    /// <param name="domicile">The region code of the inmate's domicile, or null when not recorded.</param>
    /// <param name="institution">The institution holding the inmate, or null when not recorded.</param>
    /// <param name="convention">The counting convention of the precomputed sentence dates, or null for <see cref="CountingConvention.Default"/>.</param>
    /// <param name="assimilationStart">The first day of the current assimilation, or null when the inmate is not in assimilation or it is not recorded (a rule that needs it is then undetermined).</param>
    /// <param name="religion">The religion first recorded in the register, which decides the holiday of the special remission (Keppres 174/1999 Pasal 7 ayat (5)), or null when not recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <paramref name="registerF"/> contains null, <paramref name="nationality"/> is not two upper-case letters, or a remission is larger than what is left of the sentence.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is not defined.</exception>
    public InmateProfile(
        InmateId id,
        LegalStatus status,
        SentenceHistory? sentence = null,
        OffenceCategory? offence = null,
        SecurityLevel? security = null,
        IEnumerable<DisciplinaryRecord>? registerF = null,
        bool? activeInGuidance = null,
        bool? hasPendingCase = null,
        string? nationality = null,
        LocalDate? birthDate = null,
        EvidenceFile evidence = default,
        RegionCode? domicile = null,
        InstitutionId? institution = null,
        CountingConvention? convention = null,
        LocalDate? assimilationStart = null,
        Religion? religion = null)
    {
        _ = Guard.Against.NonIsoDate(birthDate);
        _ = Guard.Against.UncountableDate(assimilationStart);
        Id = Guard.Against.InvalidInput(id, nameof(id), i => !i.IsEmpty, "An inmate profile needs a non-empty id.");
        Status = Guard.Against.EnumOutOfRange(status);
        Sentence = sentence;
        Offence = offence is { } o ? Guard.Against.EnumOutOfRange(o, nameof(offence)) : null;
        Security = security is { } s ? Guard.Against.EnumOutOfRange(s, nameof(security)) : null;
        RegisterF = registerF is null ? null : ValueList.FromNonNull(registerF, nameof(registerF));
        ActiveInGuidance = activeInGuidance;
        HasPendingCase = hasPendingCase;
        if (nationality is not null)
        {
            Guard.Against.InvalidInput(nationality, nameof(nationality), n => n.Length == 2 && char.IsAsciiLetterUpper(n[0]) && char.IsAsciiLetterUpper(n[1]), "A nationality is an ISO 3166-1 alpha-2 code of two upper-case letters, such as 'ID'.");
        }

        Nationality = nationality;
        BirthDate = birthDate;
        Evidence = evidence;
        Domicile = domicile;
        Institution = institution;
        this.convention = convention ?? CountingConvention.Default;
        keyDates = sentence is null ? default : SentenceCalculator.ComputeKeyDates(sentence, this.convention);
        days = sentence is null ? default : new SentenceDays(sentence, keyDates, this.convention);
        AssimilationStart = assimilationStart;
        Religion = religion is { } r ? Guard.Against.EnumOutOfRange(r, nameof(religion)) : null;
        var last = -1;
        if (RegisterF is not null)
        {
            foreach (var record in RegisterF)
            {
                last = Math.Max(last, DayNumbers.FromDate(record.End));
            }
        }

        LastPunishmentEndDay = last;
        facts = new InmateFacts(this, days);
    }

    /// <summary>Gets the caller's opaque id.</summary>
    public InmateId Id { get; }

    /// <inheritdoc/>
    public string SubjectId => Id.Value;

    /// <summary>Gets the legal status.</summary>
    public LegalStatus Status { get; }

    /// <summary>Gets the sentence history, or null when there is no verdict or it is not recorded.</summary>
    public SentenceHistory? Sentence { get; }

    /// <summary>Gets the offence category, or null when not recorded.</summary>
    public OffenceCategory? Offence { get; }

    /// <summary>Gets the security level, or null when not recorded.</summary>
    public SecurityLevel? Security { get; }

    /// <summary>Gets the Register F entries (empty when clean), or null when the register was not checked.</summary>
    public ValueList<DisciplinaryRecord>? RegisterF { get; }

    /// <summary>Gets whether the inmate takes part actively in guidance programmes, or null when not recorded.</summary>
    public bool? ActiveInGuidance { get; }

    /// <summary>Gets whether another criminal case is pending, or null when not recorded.</summary>
    public bool? HasPendingCase { get; }

    /// <summary>Gets the nationality (ISO 3166-1 alpha-2), or null when not recorded.</summary>
    public string? Nationality { get; }

    /// <summary>Gets whether the inmate is a foreign national, or null when the nationality is not recorded.</summary>
    public bool? IsForeignNational => Nationality is null ? null : !string.Equals(Nationality, "ID", StringComparison.Ordinal);

    /// <summary>Gets the birth date, or null when not recorded.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Gets the status of each piece of evidence.</summary>
    public EvidenceFile Evidence { get; }

    /// <summary>Gets the region code of the domicile, or null when not recorded.</summary>
    public RegionCode? Domicile { get; }

    /// <summary>Gets the institution holding the inmate, or null when not recorded.</summary>
    public InstitutionId? Institution { get; }

    /// <summary>Gets the first day of the current assimilation, or null when not in assimilation or not recorded.</summary>
    public LocalDate? AssimilationStart { get; }

    /// <summary>Gets the religion first recorded in the register (Keppres 174/1999 Pasal 7 ayat (5)), or null when not recorded.</summary>
    public Religion? Religion { get; }

    /// <summary>Returns a profile with the religion first recorded in the register changed.</summary>
    /// <param name="religion">The religion, or null when not recorded.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="religion"/> is not defined.</exception>
    public InmateProfile WithReligion(Religion? religion) =>
        new(Id, Status, Sentence, Offence, Security, RegisterF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, convention, AssimilationStart, religion);

    /// <summary>Returns a builder holding every field of this profile, to change several fields and build a new profile.</summary>
    /// <returns>A new builder.</returns>
    public InmateProfileBuilder ToBuilder() => new(this);

    /// <summary>Gets the counting convention of the precomputed sentence dates.</summary>
    public CountingConvention Convention => convention;

    /// <summary>Gets the key sentence dates computed with <see cref="Convention"/> (no dates when there is no sentence, or for life, death and community sentences).</summary>
    public SentenceKeyDates KeyDates => keyDates;

    /// <summary>Gets the natural expiry's day number of <see cref="KeyDates"/>, read without copying the key dates (the remission rules read it for every person of a population).</summary>
    internal int NaturalExpiryDayNumber => keyDates.NaturalExpiryDayNumber;

    /// <summary>
    /// Gets the last day of the latest punishment in Register F, or null when the register records none or was not
    /// checked (<see cref="RegisterF"/> is null: the conduct is then unknown, never taken as good).
    /// </summary>
    public LocalDate? LastPunishmentEnd => LastPunishmentEndDay < 0 ? null : DayNumbers.ToDate(LastPunishmentEndDay);

    /// <summary>Gets the day number (<see cref="DayNumbers"/>) of <see cref="LastPunishmentEnd"/>, or -1 without one, for the packed facts.</summary>
    internal int LastPunishmentEndDay { get; }

    /// <summary>Returns the key sentence dates under a convention: the precomputed ones when it is <see cref="Convention"/>, otherwise computed now (without allocating).</summary>
    /// <param name="other">The convention; must not be null.</param>
    /// <returns>The key dates (no dates when there is no sentence).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public SentenceKeyDates KeyDatesUnder(CountingConvention other)
    {
        Guard.Against.Null(other);
        if (convention.Equals(other))
        {
            return keyDates;
        }

        return Sentence is null ? default : SentenceCalculator.ComputeKeyDates(Sentence, other);
    }

    /// <summary>Returns a profile with the evidence changed.</summary>
    /// <param name="evidence">The new evidence file.</param>
    /// <returns>A new profile.</returns>
    public InmateProfile WithEvidence(EvidenceFile evidence) =>
        new(Id, Status, Sentence, Offence, Security, RegisterF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, evidence, Domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns a profile with the status of one piece of evidence changed.</summary>
    /// <param name="kind">The kind of evidence.</param>
    /// <param name="status">Its status.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="status"/> is not defined.</exception>
    public InmateProfile WithEvidence(EvidenceKind kind, EvidenceStatus status) => WithEvidence(Evidence.With(kind, status));

    /// <summary>Returns a profile with Register F changed.</summary>
    /// <param name="registerF">The entries (empty when clean), or null when not checked.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="registerF"/> contains null.</exception>
    public InmateProfile WithRegisterF(IEnumerable<DisciplinaryRecord>? registerF) =>
        new(Id, Status, Sentence, Offence, Security, registerF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns a profile with the security level changed.</summary>
    /// <param name="security">The security level, or null when not recorded.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="security"/> is not defined.</exception>
    public InmateProfile WithSecurity(SecurityLevel? security) =>
        new(Id, Status, Sentence, Offence, security, RegisterF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns a profile with the sentence history changed.</summary>
    /// <param name="sentence">The history, or null.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentException">A remission is larger than what is left of the sentence.</exception>
    public InmateProfile WithSentence(SentenceHistory? sentence) =>
        new(Id, Status, sentence, Offence, Security, RegisterF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns a profile with the legal status and the offence category changed.</summary>
    /// <param name="status">The legal status.</param>
    /// <param name="offence">The offence category, or null when not recorded.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is not defined.</exception>
    public InmateProfile WithStatus(LegalStatus status, OffenceCategory? offence) =>
        new(Id, status, Sentence, offence, Security, RegisterF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns a profile with participation in guidance and pending cases changed.</summary>
    /// <param name="activeInGuidance">Whether active in guidance, or null when not recorded.</param>
    /// <param name="hasPendingCase">Whether another case is pending, or null when not recorded.</param>
    /// <returns>A new profile.</returns>
    public InmateProfile WithConduct(bool? activeInGuidance, bool? hasPendingCase) =>
        new(Id, Status, Sentence, Offence, Security, RegisterF, activeInGuidance, hasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns a profile with the nationality and domicile changed.</summary>
    /// <param name="nationality">The ISO 3166-1 alpha-2 nationality, or null when not recorded.</param>
    /// <param name="domicile">The domicile, or null when not recorded.</param>
    /// <returns>A new profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="nationality"/> is not two upper-case letters.</exception>
    public InmateProfile WithOrigin(string? nationality, RegionCode? domicile) =>
        new(Id, Status, Sentence, Offence, Security, RegisterF, ActiveInGuidance, HasPendingCase, nationality, BirthDate, Evidence, domicile, Institution, convention, AssimilationStart, Religion);

    /// <summary>Returns the id and the legal status (never a name).</summary>
    /// <returns>For example <c>WB-0001 (Convict)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} ({Status})");

    /// <summary>Gets the packed hot-path facts (computed once, with <see cref="Convention"/>).</summary>
    internal ref readonly InmateFacts Facts => ref facts;

    /// <summary>Returns the sentence day numbers under a convention: precomputed for <see cref="Convention"/>, otherwise computed.</summary>
    internal SentenceDays DaysUnder(CountingConvention under)
    {
        if (convention.Equals(under) || Sentence is null)
        {
            return days;
        }

        return new SentenceDays(Sentence, SentenceCalculator.ComputeKeyDates(Sentence, under), under);
    }

    /// <summary>Returns the first day on which the credited days served reach a number, under a convention (allocation-free).</summary>
    internal int DayServed(long days, CountingConvention under)
    {
        var detention = Sentence!.Detention;
        return SentenceKernel.FirstDayServed(detention.FirstDayNumber, detention.Segments.AsSpan(), days, under);
    }
}
