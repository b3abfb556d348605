using Ardalis.GuardClauses;
using System.Collections.Immutable;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Builds an <see cref="InmateProfile"/> that reads like the sentence of a test: "a convict of narcotics, sentenced to
/// 6 years, who served 2/3 on 1 March and was last punished last June". Immutable: every method returns a new
/// builder. Start one with <see cref="AnInmate"/>; a builder converts implicitly to the profile.
/// </summary>
/// <remarks>
/// <para><b>Defaults</b> (a convict whose file is complete and clean, so that a test changes only what it tests):</para>
/// <list type="bullet">
/// <item>id <see cref="AnInmate.DefaultId"/>; legal status convict (<i>narapidana</i>); offence category general;</item>
/// <item>sentence: 2 years of imprisonment, continuous detention from <see cref="ASentence.DefaultFirstDay"/> (14 March 2024), no remission;</item>
/// <item>security level minimum; Register F checked and clean; active in guidance; no pending case;</item>
/// <item>Indonesian national (<c>ID</c>), born 1 January 1990, domiciled in Kelurahan Panjang Wetan (<c>33.75.03.1004</c>), held in <see cref="AnInstitution.LapasPekalonganId"/>;</item>
/// <item>evidence: every document present (verdict and execution record, Litmas, Register F extract, family and host
/// guarantees, proof of fine and restitution paid, deradicalisation, pledge, community acceptance, risk assessment),
/// except the embassy guarantee and the justice-collaborator statement, recorded as not required.</item>
/// </list>
/// <para>Counting convention: <see cref="CountingConvention.Default"/>, unless <see cref="WithConvention"/> says otherwise.</para>
/// </remarks>
public sealed class InmateBuilder
{
    /// <summary>The default birth date: 1 January 1990.</summary>
    public static readonly LocalDate DefaultBirthDate = new(1990, 1, 1);

    /// <summary>The default domicile: Kelurahan Panjang Wetan, Kecamatan Pekalongan Utara, Kota Pekalongan.</summary>
    public static readonly RegionCode DefaultDomicile = RegionCode.Parse("33.75.03.1004");

    private static readonly EvidenceFile CompleteFile = Enum.GetValues<EvidenceKind>()
        .Aggregate(EvidenceFile.Empty, (file, kind) => file.With(kind, kind is EvidenceKind.EmbassyGuarantee or EvidenceKind.JusticeCollaborator ? EvidenceStatus.NotRequired : EvidenceStatus.Present));

    private readonly State state;

    private InmateBuilder(State state) => this.state = state;

    internal static InmateBuilder Default { get; } = new(new State
    {
        Id = AnInmate.DefaultId,
        Status = LegalStatus.Convict,
        Sentence = ASentence.Of("2y"),
        Offence = OffenceCategory.General,
        Security = SecurityLevel.Minimum,
        RegisterF = [],
        ActiveInGuidance = true,
        HasPendingCase = false,
        Nationality = "ID",
        BirthDate = DefaultBirthDate,
        Evidence = CompleteFile,
        Domicile = DefaultDomicile,
        Institution = AnInstitution.LapasPekalonganId,
    });

    internal static InmateBuilder Empty { get; } = new(new State { Id = AnInmate.DefaultId, Status = LegalStatus.Convict });

    /// <summary>Gets the sentence builder, or null when no sentence is recorded.</summary>
    public SentenceBuilder? Sentence => state.Sentence;

    /// <summary>Returns a builder with another opaque id (never a name: the id is what decisions and messages show).</summary>
    /// <param name="id">The id; must not be null or white space.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is white space.</exception>
    public InmateBuilder WithId(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return new(state with { Id = id });
    }

    /// <summary>Returns a builder with a legal status.</summary>
    /// <param name="status">The legal status; must be defined.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public InmateBuilder WithStatus(LegalStatus status) => new(state with { Status = Defined(status, nameof(status)) });

    /// <summary>Returns a builder convicted of an offence category.</summary>
    /// <param name="offence">The category; must be defined.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offence"/> is not defined.</exception>
    public InmateBuilder ConvictedOf(OffenceCategory offence) => new(state with { Offence = Defined(offence, nameof(offence)) });

    /// <summary>Returns a builder whose offence category is not recorded.</summary>
    /// <returns>A new builder.</returns>
    public InmateBuilder WithOffenceNotRecorded() => new(state with { Offence = null });

    /// <summary>Returns a builder sentenced to imprisonment for a term written <c>NyNmNd</c> (such as <c>"6y"</c>), keeping the first day of detention, the remissions and any target fraction date.</summary>
    /// <param name="term">The term; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="term"/> is not of the form <c>NyNmNd</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    public InmateBuilder Sentenced(string term) => Sentenced(SentenceTerm.Parse(term));

    /// <summary>Returns a builder sentenced to imprisonment for a term, keeping the first day of detention, the remissions and any target fraction date.</summary>
    /// <param name="term">The term; must not be zero.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    public InmateBuilder Sentenced(SentenceTerm term)
    {
        var fresh = ASentence.Of(term);
        return new(state with { Sentence = state.Sentence is { } old ? old.WithSentences([Core.Sentencing.Sentence.Imprisonment(term)]) : fresh });
    }

    /// <summary>Returns a builder with a whole sentence history given by a sentence builder.</summary>
    /// <param name="sentence">The sentence builder; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public InmateBuilder WithSentence(SentenceBuilder sentence)
    {
        Guard.Against.Null(sentence);
        return new(state with { Sentence = sentence });
    }

    /// <summary>Returns a builder sentenced to life imprisonment (no dates, no rights to remission, assimilation or integration).</summary>
    /// <returns>A new builder.</returns>
    public InmateBuilder SentencedToLife() => new(state with { Sentence = ASentence.Life().From(FirstDayOrDefault) });

    /// <summary>Returns a builder sentenced to death (no dates, no rights to remission, assimilation or integration).</summary>
    /// <returns>A new builder.</returns>
    public InmateBuilder SentencedToDeath() => new(state with { Sentence = ASentence.Death().From(FirstDayOrDefault) });

    /// <summary>Returns a builder with no sentence recorded (no verdict yet, or not on file).</summary>
    /// <returns>A new builder.</returns>
    public InmateBuilder WithoutSentence() => new(state with { Sentence = null });

    /// <summary>Returns a builder whose detention began on a day (continuous unless gaps are added).</summary>
    /// <param name="firstDay">The first day of detention.</param>
    /// <returns>A new builder (any target fraction date is dropped).</returns>
    public InmateBuilder DetainedOn(LocalDate firstDay) => new(state with { Sentence = SentenceOrDefault.From(firstDay) });

    /// <summary>Returns a builder whose first day of detention is such that 2/3 of the sentence (net of remission) is served on a day.</summary>
    /// <param name="date">The day on which 2/3 is served.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder ServedTwoThirdsOn(LocalDate date) => new(state with { Sentence = SentenceOrDefault.ReachingTwoThirdsOn(date, state.Convention) });

    /// <summary>Returns a builder whose first day of detention is such that 1/2 of the sentence (net of remission) is served on a day.</summary>
    /// <param name="date">The day on which 1/2 is served.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder ServedHalfOn(LocalDate date) => new(state with { Sentence = SentenceOrDefault.ReachingHalfOn(date, state.Convention) });

    /// <summary>Returns a builder with a remission granted on a day, its amount written <c>NyNmNd</c> (such as <c>"2m"</c>).</summary>
    /// <param name="granted">The grant day.</param>
    /// <param name="amount">The amount; must not be null or zero.</param>
    /// <param name="kind">The kind of remission.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="amount"/> is not of the form <c>NyNmNd</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is zero.</exception>
    public InmateBuilder WithRemission(LocalDate granted, string amount, RemissionKind kind = RemissionKind.General) =>
        new(state with { Sentence = SentenceOrDefault.WithRemission(granted, amount, kind) });

    /// <summary>Returns a builder with a gap in detention (released, later detained again), inclusive.</summary>
    /// <param name="from">The first day not in custody.</param>
    /// <param name="to">The last day not in custody.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public InmateBuilder WithDetentionGap(LocalDate from, LocalDate to) => new(state with { Sentence = SentenceOrDefault.WithGap(from, to) });

    /// <summary>Returns a builder with a disciplinary punishment in Register F, imposed on a day and running to a last day (the same day by default).</summary>
    /// <param name="imposed">The day it was imposed.</param>
    /// <param name="end">The last day of the punishment, or null for <paramref name="imposed"/>.</param>
    /// <param name="level">The level of the punishment.</param>
    /// <returns>A new builder (Register F becomes checked if it was not).</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="imposed"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public InmateBuilder WithPunishment(LocalDate imposed, LocalDate? end = null, DisciplinaryPunishment level = DisciplinaryPunishment.Light) =>
        new(state with { RegisterF = (state.RegisterF ?? []).Add(new DisciplinaryRecord(imposed, level, end ?? imposed)) });

    /// <summary>Returns a builder whose Register F was checked and is clean (the default).</summary>
    /// <returns>A new builder.</returns>
    public InmateBuilder WithCleanRegisterF() => new(state with { RegisterF = [] });

    /// <summary>Returns a builder whose Register F was not checked: rules on good behaviour are undetermined.</summary>
    /// <returns>A new builder.</returns>
    public InmateBuilder WithRegisterFNotChecked() => new(state with { RegisterF = null });

    /// <summary>Returns a builder placed at a security level.</summary>
    /// <param name="level">The security level, or null when not recorded.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public InmateBuilder AtSecurityLevel(SecurityLevel? level) => new(state with { Security = level is { } l ? Defined(l, nameof(level)) : null });

    /// <summary>Returns a builder with participation in guidance recorded (true by default), or not recorded (null).</summary>
    /// <param name="active">Whether the inmate takes part actively, or null when not recorded.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder ActiveInGuidance(bool? active) => new(state with { ActiveInGuidance = active });

    /// <summary>Returns a builder with a pending case recorded (false by default), or not recorded (null).</summary>
    /// <param name="pending">Whether another case is pending, or null when not recorded.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder WithPendingCase(bool? pending = true) => new(state with { HasPendingCase = pending });

    /// <summary>Returns a builder of a foreign national; the embassy guarantee becomes required and is recorded as absent unless given.</summary>
    /// <param name="nationality">The ISO 3166-1 alpha-2 code, such as <c>MY</c>; must be two upper-case letters other than <c>ID</c>.</param>
    /// <param name="embassyGuarantee">Whether the embassy or consulate guarantee is on file.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="nationality"/> is <c>ID</c>.</exception>
    public InmateBuilder ForeignNational(string nationality, bool embassyGuarantee = false)
    {
        Guard.Against.NullOrWhiteSpace(nationality);
        if (string.Equals(nationality, "ID", StringComparison.Ordinal))
        {
            throw new ArgumentException("A foreign national's nationality is not 'ID'.", nameof(nationality));
        }

        return new(state with { Nationality = nationality, Evidence = state.Evidence.With(EvidenceKind.EmbassyGuarantee, embassyGuarantee ? EvidenceStatus.Present : EvidenceStatus.Absent) });
    }

    /// <summary>Returns a builder with the nationality (ISO 3166-1 alpha-2), or not recorded (null).</summary>
    /// <param name="nationality">The nationality, or null.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder WithNationality(string? nationality) => new(state with { Nationality = nationality });

    /// <summary>Returns a builder born on a day, or with the birth date not recorded (null).</summary>
    /// <param name="birthDate">The birth date, or null.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder BornOn(LocalDate? birthDate) => new(state with { BirthDate = birthDate });

    /// <summary>Returns a builder domiciled in a region, or with the domicile not recorded (null).</summary>
    /// <param name="domicile">The region code, or null.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder DomiciledIn(RegionCode? domicile) => new(state with { Domicile = domicile });

    /// <summary>Returns a builder held in an institution, or with the institution not recorded (null).</summary>
    /// <param name="institution">The institution's id, or null.</param>
    /// <returns>A new builder.</returns>
    public InmateBuilder HeldIn(InstitutionId? institution) => new(state with { Institution = institution });

    /// <summary>Returns a builder with the status of one piece of evidence.</summary>
    /// <param name="kind">The kind of evidence; must be defined.</param>
    /// <param name="status">Its status; must be defined.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="status"/> is not defined.</exception>
    public InmateBuilder WithEvidence(EvidenceKind kind, EvidenceStatus status) => new(state with { Evidence = state.Evidence.With(kind, status) });

    /// <summary>Returns a builder on whose file a piece of evidence is recorded as absent (a known "no").</summary>
    /// <param name="kind">The kind of evidence.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public InmateBuilder Without(EvidenceKind kind) => WithEvidence(kind, EvidenceStatus.Absent);

    /// <summary>Returns a builder on whose file a piece of evidence is not recorded (missing evidence: "undetermined").</summary>
    /// <param name="kind">The kind of evidence.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public InmateBuilder WithNotRecorded(EvidenceKind kind) => WithEvidence(kind, EvidenceStatus.NotRecorded);

    /// <summary>Returns a builder whose profile precomputes its sentence dates under a counting convention (also used to solve target fraction dates given afterwards).</summary>
    /// <param name="convention">The convention; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public InmateBuilder WithConvention(CountingConvention convention)
    {
        Guard.Against.Null(convention);
        return new(state with { Convention = convention });
    }

    /// <summary>Builds the profile.</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The parts break a rule of the core types (for example a remission granted before detention began).</exception>
    /// <exception cref="InvalidOperationException">A target fraction date cannot be reached exactly.</exception>
    public InmateProfile Build() => new(
        new InmateId(state.Id),
        state.Status,
        state.Sentence?.Build(),
        state.Offence,
        state.Security,
        state.RegisterF,
        state.ActiveInGuidance,
        state.HasPendingCase,
        state.Nationality,
        state.BirthDate,
        state.Evidence,
        state.Domicile,
        state.Institution,
        state.Convention);

    /// <summary>Builds the profile.</summary>
    /// <param name="builder">The builder; must not be null.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator InmateProfile(InmateBuilder builder)
    {
        Guard.Against.Null(builder);
        return builder.Build();
    }

    /// <summary>Returns the id, status, offence and sentence of the builder (no personal data: a profile has none).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        state.Id + " (" + state.Status + ", " + (state.Offence?.ToString() ?? "offence not recorded") + ", " + (state.Sentence?.ToString() ?? "no sentence") + ")";

    private SentenceBuilder SentenceOrDefault => state.Sentence ?? ASentence.Of("2y");

    private LocalDate FirstDayOrDefault => state.Sentence?.FirstDay ?? ASentence.DefaultFirstDay;

    private static T Defined<T>(T value, string name)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, "The value is not defined.");

    private sealed record State
    {
        public required string Id { get; init; }

        public required LegalStatus Status { get; init; }

        public SentenceBuilder? Sentence { get; init; }

        public OffenceCategory? Offence { get; init; }

        public SecurityLevel? Security { get; init; }

        public ImmutableList<DisciplinaryRecord>? RegisterF { get; init; }

        public bool? ActiveInGuidance { get; init; }

        public bool? HasPendingCase { get; init; }

        public string? Nationality { get; init; }

        public LocalDate? BirthDate { get; init; }

        public EvidenceFile Evidence { get; init; }

        public RegionCode? Domicile { get; init; }

        public InstitutionId? Institution { get; init; }

        public CountingConvention? Convention { get; init; }
    }
}
