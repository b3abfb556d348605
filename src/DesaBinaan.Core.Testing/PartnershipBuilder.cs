using Ardalis.GuardClauses;
using System.Collections.Immutable;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Builds a <see cref="Partnership"/> through its lawful steps: exploration, the first coordination meeting agreeing
/// the scopes, agreement in principle, and a technical cooperation agreement (PKS) signed by the Kalapas and the
/// Wali Kota. Immutable: every method returns a new builder. Start one with <see cref="APartnership.DesaBinaan"/>.
/// </summary>
/// <remarks>
/// Defaults: exploration from 15 April 2026; first coordination meeting on 29 April 2026 (the seed article) chaired
/// by the Kasi Binadik, agreeing environmental cleanliness (<i>kebersihan lingkungan</i>); agreed in principle the
/// same day; PKS number <c>PKS-TEST-001</c> signed on 20 May 2026 for 2 years, covering the scopes agreed; officials
/// of <see cref="AnOfficial.Directory"/>.
/// </remarks>
public sealed class PartnershipBuilder
{
    /// <summary>The default first meeting day: 29 April 2026.</summary>
    public static readonly LocalDate DefaultMeetingDate = new(2026, 4, 29);

    /// <summary>The default signing day of the PKS: 20 May 2026.</summary>
    public static readonly LocalDate DefaultSignedOn = new(2026, 5, 20);

    private readonly State state;

    private PartnershipBuilder(State state) => this.state = state;

    internal static PartnershipBuilder Default { get; } = new(new State
    {
        Id = "desa-binaan-panjang-wetan",
        ExploredOn = new LocalDate(2026, 4, 15),
        MeetingOn = DefaultMeetingDate,
        Scopes = [ScopeKind.EnvironmentalCleanliness],
        SignedOn = DefaultSignedOn,
        Term = Period.FromYears(2),
        Officials = AnOfficial.Directory(),
    });

    /// <summary>Returns a builder whose partnership has another id.</summary>
    /// <param name="id">The id; must not be null or white space.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or white space.</exception>
    public PartnershipBuilder WithId(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return new(state with { Id = id });
    }

    /// <summary>Returns a builder whose first meeting agrees these scopes (and whose PKS covers them).</summary>
    /// <param name="scopes">The scopes; at least one.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="scopes"/> is empty.</exception>
    public PartnershipBuilder Agreeing(params ScopeKind[] scopes)
    {
        Guard.Against.Null(scopes);
        if (scopes.Length == 0)
        {
            throw new ArgumentException("A partnership agrees at least one scope.", nameof(scopes));
        }

        return new(state with { Scopes = [.. scopes] });
    }

    /// <summary>Returns a builder whose PKS is signed on a day, for a term.</summary>
    /// <param name="signedOn">The signing day; after the meeting.</param>
    /// <param name="term">The term, or null for 2 years.</param>
    /// <returns>A new builder.</returns>
    public PartnershipBuilder SignedOn(LocalDate signedOn, Period? term = null) => new(state with { SignedOn = signedOn, Term = term ?? Period.FromYears(2) });

    /// <summary>Returns a builder whose partnership stops at the agreement in principle: no agreement is signed, so no scope is covered.</summary>
    /// <returns>A new builder.</returns>
    public PartnershipBuilder Unsigned() => new(state with { SignedOn = null });

    /// <summary>Returns a builder whose partnership is signed using another officials' directory (for example with an acting Kalapas).</summary>
    /// <param name="officials">The officials; must not be null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="officials"/> is null.</exception>
    public PartnershipBuilder WithOfficials(OfficialsBuilder officials)
    {
        Guard.Against.Null(officials);
        return new(state with { Officials = officials });
    }

    /// <summary>Gets the officials' directory used to sign.</summary>
    public OfficialsDirectory Officials => state.Officials.Build();

    /// <summary>Builds the partnership through its steps.</summary>
    /// <returns>The partnership.</returns>
    /// <exception cref="PartnershipRuleException">A step breaks a rule (for example an acting Kalapas without delegation signs).</exception>
    public Partnership Build()
    {
        var officials = state.Officials.Build();
        var partnership = Partnership.Explore(
            state.Id,
            ProgrammeKind.DesaBinaan,
            AnInstitution.LapasPekalongan(),
            AnInstitution.KelurahanPanjangWetan(),
            "Warga binaan berkontribusi bagi masyarakat dan mempersiapkan reintegrasi sosial",
            state.ExploredOn,
            AnInstitution.KotaPekalongan());
        var meeting = new Meeting(
            "rapat-koordinasi-1",
            MeetingKind.InitialCoordination,
            state.MeetingOn,
            "Kantor Kelurahan Panjang Wetan",
            [
                new Attendee(AnOfficial.KasiBinadik, AnOfficial.KasiBinadikPosition, PartnershipSide.Correctional, AttendeeRole.Chair),
                new Attendee(AnOfficial.Lurah, AnOfficial.LurahPosition, PartnershipSide.Community, AttendeeRole.Host),
            ],
            ["Penjajakan kerja sama Desa Binaan"],
            new MeetingOutcome(state.Scopes));
        partnership = partnership.RecordMeeting(meeting).AgreeInPrinciple(state.MeetingOn, meeting.Id);
        if (state.SignedOn is not { } signedOn)
        {
            return partnership;
        }

        var kalapas = officials.HoldersOn(AnOfficial.KalapasPosition, signedOn)[0];
        var waliKota = officials.HoldersOn(AnOfficial.WaliKotaPosition, signedOn)[0];
        var agreement = new Agreement(
            "PKS-TEST-001",
            AgreementKind.CooperationAgreement,
            signedOn,
            [AnInstitution.LapasPekalonganId, AnInstitution.KotaPekalonganId],
            [new Signatory(AnInstitution.LapasPekalonganId, kalapas), new Signatory(AnInstitution.KotaPekalonganId, waliKota)],
            new DateInterval(signedOn, signedOn.Plus(state.Term).PlusDays(-1)),
            state.Scopes,
            funding: "Masing-masing pihak menanggung biayanya sendiri (DIPA / APBD)");
        return partnership.SignAgreement(agreement, officials);
    }

    /// <summary>Builds the partnership.</summary>
    /// <param name="builder">The builder; must not be null.</param>
    /// <returns>The partnership.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Partnership(PartnershipBuilder builder)
    {
        Guard.Against.Null(builder);
        return builder.Build();
    }

    private sealed record State
    {
        public required string Id { get; init; }

        public required LocalDate ExploredOn { get; init; }

        public required LocalDate MeetingOn { get; init; }

        public required ImmutableList<ScopeKind> Scopes { get; init; }

        public LocalDate? SignedOn { get; init; }

        public required Period Term { get; init; }

        public required OfficialsBuilder Officials { get; init; }
    }
}
