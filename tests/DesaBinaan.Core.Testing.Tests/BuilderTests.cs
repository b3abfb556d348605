using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing.Tests;

public sealed class BuilderTests
{
    [Fact]
    public void WorkedExample_GivesTheDatesOfTheDomainReference()
    {
        // docs/domain.md §8 worked example, practice convention: 1/2 on 2025-05-23, 2/3 on 2025-08-21, expiry 2026-06-27
        // (was 2025-05-31, 2025-09-15, 2026-07-01 under the older readings, still given by that named convention).
        SentenceHistory history = ASentence.WorkedExample();
        var dates = SentenceCalculator.ComputeKeyDates(history, CountingConvention.Default);
        dates.Half.Should().Be(new LocalDate(2025, 5, 23));
        dates.TwoThirds.Should().Be(new LocalDate(2025, 8, 21));
        dates.Expiry.Should().Be(new LocalDate(2026, 6, 27));
        var older = SentenceCalculator.ComputeKeyDates(history, CountingConvention.NetOfRemissionCalendarMonths);
        older.Half.Should().Be(new LocalDate(2025, 5, 31));
        older.TwoThirds.Should().Be(new LocalDate(2025, 9, 15));
        older.Expiry.Should().Be(new LocalDate(2026, 7, 1));
        history.Remissions.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("6y", 2026, 3, 1)]
    [InlineData("1y", 2025, 2, 28)]
    [InlineData("2y6m", 2024, 2, 29)]
    [InlineData("20y", 2040, 12, 31)]
    public void ReachingTwoThirdsOn_SolvesTheFirstDayOfDetention(string term, int y, int m, int d)
    {
        // docs/domain.md §8: the 2/3 date is the first day on which the days served reach 2/3 of the term at 30 days a month.
        var target = new LocalDate(y, m, d);
        var history = ASentence.Of(term).ReachingTwoThirdsOn(target).Build();
        SentenceCalculator.ComputeKeyDates(history, CountingConvention.Default).TwoThirds.Should().Be(target);
    }

    [Fact]
    public void ReachingTwoThirdsOn_WithARemission_LandsExactly()
    {
        // docs/domain.md §8: a remission counts from its grant day; the solved first day takes it into account.
        var target = new LocalDate(2026, 3, 1);
        var history = ASentence.Of("6y").WithRemission(new LocalDate(2023, 8, 17), "3m").ReachingTwoThirdsOn(target).Build();
        SentenceCalculator.ComputeKeyDates(history, CountingConvention.Default).TwoThirds.Should().Be(target);
    }

    [Fact]
    public void SentenceBuilder_IsImmutable()
    {
        var common = ASentence.Of("2y");
        var withRemission = common.WithRemission(new LocalDate(2024, 8, 17), "1m");
        common.Build().Remissions.Should().BeEmpty();
        withRemission.Build().Remissions.Should().ContainSingle();
        common.FirstDay.Should().Be(ASentence.DefaultFirstDay);
    }

    [Fact]
    public void SentenceBuilder_RejectsALastDayBeforeTheFirst()
    {
        var act = () => ASentence.Of("2y").WithGap(new LocalDate(2024, 5, 2), new LocalDate(2024, 5, 1));
        act.Should().Throw<ArgumentException>().WithParameterName("to").WithMessage("*last day*before*");
    }

    [Fact]
    public void AnInmate_DefaultsAreACompleteCleanFile()
    {
        // The documented defaults: a convict of a general offence with a complete, clean file.
        InmateProfile inmate = AnInmate.Convict();
        inmate.Id.Value.Should().Be(AnInmate.DefaultId);
        inmate.Status.Should().Be(LegalStatus.Convict);
        inmate.Offence.Should().Be(OffenceCategory.General);
        inmate.Security.Should().Be(SecurityLevel.Minimum);
        inmate.RegisterF.Should().BeEmpty();
        inmate.ActiveInGuidance.Should().BeTrue();
        inmate.HasPendingCase.Should().BeFalse();
        inmate.IsForeignNational.Should().BeFalse();
        inmate.Sentence!.MainTerm.Should().Be(SentenceTerm.FromYears(2));
        inmate.Sentence.Detention.FirstDay.Should().Be(ASentence.DefaultFirstDay);
        inmate.Evidence.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.Present);
        inmate.Evidence.Status(EvidenceKind.EmbassyGuarantee).Should().Be(EvidenceStatus.NotRequired);
        inmate.Evidence.Status(EvidenceKind.JusticeCollaborator).Should().Be(EvidenceStatus.NotRequired);
        inmate.Institution.Should().Be(AnInstitution.LapasPekalonganId);
    }

    [Fact]
    public void AnInmate_ReadsLikeTheSentenceOfATest()
    {
        // docs/domain.md §8–§9: narcotics, 6 years, 2/3 served on 1 March 2026, last punished in June 2025.
        InmateProfile inmate = AnInmate.ConvictedOf(OffenceCategory.Narcotics)
            .Sentenced("6y")
            .ServedTwoThirdsOn(new LocalDate(2026, 3, 1))
            .WithPunishment(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 16));
        inmate.Offence.Should().Be(OffenceCategory.Narcotics);
        inmate.KeyDates.TwoThirds.Should().Be(new LocalDate(2026, 3, 1));
        inmate.RegisterF.Should().ContainSingle().Which.End.Should().Be(new LocalDate(2025, 6, 16));
    }

    [Fact]
    public void AnInmate_SentencedKeepsTheFirstDayAndRemissions()
    {
        InmateProfile inmate = AnInmate.Convict().DetainedOn(new LocalDate(2023, 1, 2)).WithRemission(new LocalDate(2023, 8, 17), "1m").Sentenced("3y");
        inmate.Sentence!.Detention.FirstDay.Should().Be(new LocalDate(2023, 1, 2));
        inmate.Sentence.Remissions.Should().ContainSingle();
        inmate.Sentence.MainTerm.Should().Be(SentenceTerm.FromYears(3));
    }

    [Fact]
    public void AnInmate_NotRecordedIsDistinctFromAbsent()
    {
        // the design notes: missing evidence is not a "no".
        InmateProfile nothing = AnInmate.WithNothingRecorded();
        nothing.Sentence.Should().BeNull();
        nothing.RegisterF.Should().BeNull();
        nothing.Evidence.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.NotRecorded);
        InmateProfile absent = AnInmate.Convict().Without(EvidenceKind.Litmas).WithRegisterFNotChecked();
        absent.Evidence.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.Absent);
        absent.RegisterF.Should().BeNull();
    }

    [Fact]
    public void AnInmate_DetaineeLifeAndForeign()
    {
        // docs/domain.md §2 and §9: a detainee has no verdict; life has no dates; a foreign national needs an embassy guarantee.
        InmateProfile detainee = AnInmate.Detainee();
        detainee.Status.Should().Be(LegalStatus.Detainee);
        detainee.Sentence.Should().BeNull();
        InmateProfile life = AnInmate.Convict().SentencedToLife();
        life.KeyDates.HasDates.Should().BeFalse();
        InmateProfile foreign = AnInmate.Convict().ForeignNational("MY");
        foreign.IsForeignNational.Should().BeTrue();
        foreign.Evidence.Status(EvidenceKind.EmbassyGuarantee).Should().Be(EvidenceStatus.Absent);
        var act = () => AnInmate.Convict().ForeignNational("ID");
        act.Should().Throw<ArgumentException>().WithParameterName("nationality");
    }

    [Fact]
    public void AnInmate_ToStringHoldsNoPersonalData()
    {
        AnInmate.Convict().WithId("WB-0042").ToString().Should().Be("WB-0042 (Convict, General, Imprisonment 2y from 2024-03-14, 0 remissions)");
    }

    [Fact]
    public void ShiftedBy_MovesEveryDate()
    {
        InmateProfile inmate = AnInmate.Convict().WithSentence(ASentence.WorkedExample()).WithPunishment(new LocalDate(2024, 6, 1));
        var moved = inmate.ShiftedBy(10);
        moved.Sentence!.Detention.FirstDay.Should().Be(new LocalDate(2024, 3, 24));
        moved.Sentence.Remissions.Select(r => r.GrantDate).Should().Equal(new LocalDate(2025, 1, 4), new LocalDate(2025, 8, 27));
        moved.RegisterF![0].Imposed.Should().Be(new LocalDate(2024, 6, 11));
        moved.KeyDates.TwoThirds.Should().Be(inmate.KeyDates.TwoThirds.PlusDays(10));
    }

    [Fact]
    public void Institutions_AreTheScenarios()
    {
        // docs/domain.md §3–§4: Lapas Kelas IIA Pekalongan in Kota Pekalongan; Panjang Wetan is a kelurahan.
        var directory = AnInstitution.Directory();
        directory.Find(AnInstitution.LapasPekalonganId)!.Class.Should().Be(InstitutionClass.IIA);
        AnInstitution.KelurahanPanjangWetan().Kind.Should().Be(InstitutionKind.Kelurahan);
        AnInstitution.Lapas("lapas-batang", "Lapas Kelas IIB Batang", "33.25").Class.Should().Be(InstitutionClass.IIB);
    }

    [Fact]
    public void Officials_KalapasSignsAndKasiCoordinates()
    {
        // docs/domain.md §5: the Kalapas signs a PKS; a section head leads coordination but does not sign.
        OfficialsDirectory officials = AnOfficial.Directory();
        var day = new LocalDate(2026, 5, 20);
        officials.MaySign(AnOfficial.Kalapas, AgreementKind.CooperationAgreement, AnInstitution.LapasPekalonganId, day).IsAuthorised.Should().BeTrue();
        officials.MaySign(AnOfficial.KasiBinadik, AgreementKind.CooperationAgreement, AnInstitution.LapasPekalonganId, day).IsAuthorised.Should().BeFalse();
    }

    [Fact]
    public void Officials_APlhWithoutDelegationMayNotSign()
    {
        // docs/domain.md §5: by default a Plh/Plt signs only with an explicit delegation.
        OfficialsDirectory officials = AnOfficial.Directory().WithActingKalapas(new LocalDate(2026, 5, 1));
        officials.MaySign(AnOfficial.Deputy, AgreementKind.CooperationAgreement, AnInstitution.LapasPekalonganId, new LocalDate(2026, 5, 20)).IsAuthorised.Should().BeFalse();
    }

    [Fact]
    public void Partnership_DefaultCoversEnvironmentalCleanlinessFromSigning()
    {
        // docs/domain.md §1 and §7: the first scope is environmental cleanliness, covered once the PKS is signed.
        Partnership partnership = APartnership.DesaBinaan();
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, PartnershipBuilder.DefaultSignedOn).Should().BeTrue();
        partnership.CoversScopeOn(ScopeKind.EnvironmentalCleanliness, PartnershipBuilder.DefaultSignedOn.PlusDays(-1)).Should().BeFalse();
        partnership.CoversScopeOn(ScopeKind.Fisheries, PartnershipBuilder.DefaultSignedOn).Should().BeFalse();
        partnership.IsInForceOn(PartnershipBuilder.DefaultSignedOn.PlusYears(2)).Should().BeFalse();
    }

    [Fact]
    public void Partnership_UnsignedCoversNothing()
    {
        Partnership partnership = APartnership.DesaBinaan().Agreeing(ScopeKind.EnvironmentalCleanliness, ScopeKind.Fisheries).Unsigned();
        partnership.IsInForceOn(new LocalDate(2026, 6, 1)).Should().BeFalse();
    }

    [Fact]
    public void Partnership_SignedByAPlhWithoutDelegation_BreaksTheRule()
    {
        // docs/domain.md §5: a Plh may sign only with an explicit delegation (the default policy).
        var act = () => APartnership.DesaBinaan().WithOfficials(AnOfficial.Directory().WithActingKalapas(new LocalDate(2026, 5, 1))).Build();
        act.Should().Throw<PartnershipRuleException>();
    }

    [Fact]
    public void WithRemission_AddsOneRemission_AndRefusesWhatIsNotLawful()
    {
        // docs/domain.md §8: a remission counts from its grant day and moves the fraction dates earlier.
        InmateProfile inmate = AnInmate.Convict().Sentenced("2y");
        var more = inmate.WithRemission(new Remission(new LocalDate(2024, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General));
        more.Sentence!.Remissions.Should().ContainSingle();
        more.KeyDates.Expiry.Should().Be(inmate.KeyDates.Expiry.PlusDays(-30));
        var beforeDetention = () => inmate.WithRemission(new Remission(new LocalDate(2020, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General));
        beforeDetention.Should().Throw<ArgumentException>().WithMessage("*before detention began*");
        var noSentence = () => AnInmate.Detainee().Build().WithRemission(new Remission(new LocalDate(2024, 8, 17), SentenceTerm.FromMonths(1), RemissionKind.General));
        noSentence.Should().Throw<ArgumentException>().WithParameterName("profile");
    }

    [Fact]
    public void ReachingTwoThirdsOn_Unreachable_SaysWhy()
    {
        // A remission granted before the first day the target needs cannot be part of the history.
        var act = () => ASentence.Of("1y").WithRemission(new LocalDate(2025, 6, 1), "1m").ReachingTwoThirdsOn(new LocalDate(2026, 3, 1)).Build();
        act.Should().Throw<InvalidOperationException>().WithMessage("*No first day of detention gives a 2/3 date of 2026-03-01*");
    }
}
