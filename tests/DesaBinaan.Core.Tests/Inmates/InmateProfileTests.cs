using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Inmates;

public sealed class InmateProfileTests
{
    /// <summary>docs/domain.md §8 worked example: detained 2024-03-14, 2 years 6 months, 15 days (2024-12-25) and 2 months (2025-08-17) of remission.</summary>
    internal static readonly SentenceHistory WorkedExample = SentenceHistory.Imprisonment(
        new LocalDate(2024, 3, 14),
        new SentenceTerm(2, 6, 0),
        new Remission(new LocalDate(2024, 12, 25), SentenceTerm.FromDays(15), RemissionKind.Special),
        new Remission(new LocalDate(2025, 8, 17), SentenceTerm.FromMonths(2), RemissionKind.General));

    [Fact]
    public void Constructor_PrecomputesKeyDatesOfTheSentence()
    {
        // docs/domain.md §8 worked example, practice convention: 1/2 on 2025-05-23, 2/3 on 2025-08-21, expiry 2026-06-27
        // (was 2025-05-31, 2025-09-15, 2026-07-01 under the older readings, still given by that named convention).
        var profile = new InmateProfile(new InmateId("WB-01"), LegalStatus.Convict, WorkedExample);
        profile.KeyDates.Half.Should().Be(new LocalDate(2025, 5, 23));
        profile.KeyDates.TwoThirds.Should().Be(new LocalDate(2025, 8, 21));
        profile.KeyDates.Expiry.Should().Be(new LocalDate(2026, 6, 27));
        profile.KeyDatesUnder(CountingConvention.Default).Should().Be(profile.KeyDates);
        var older = profile.KeyDatesUnder(CountingConvention.NetOfRemissionCalendarMonths);
        older.Half.Should().Be(new LocalDate(2025, 5, 31));
        older.TwoThirds.Should().Be(new LocalDate(2025, 9, 15));
        older.Expiry.Should().Be(new LocalDate(2026, 7, 1));
    }

    [Fact]
    public void Constructor_NotRecordedIsDistinctFromKnownFalse()
    {
        // the design notes: missing evidence is not a "no".
        var unknown = new InmateProfile(new InmateId("WB-02"), LegalStatus.Convict);
        unknown.RegisterF.Should().BeNull();
        unknown.ActiveInGuidance.Should().BeNull();
        unknown.IsForeignNational.Should().BeNull();
        unknown.Evidence.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.NotRecorded);

        var known = unknown.WithRegisterF([]).WithConduct(false, false).WithOrigin("ID", null).WithEvidence(EvidenceKind.Litmas, EvidenceStatus.Absent);
        known.RegisterF.Should().BeEmpty();
        known.ActiveInGuidance.Should().BeFalse();
        known.IsForeignNational.Should().BeFalse();
        known.Evidence.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.Absent);
        known.LastPunishmentEnd.Should().BeNull();
    }

    [Fact]
    public void Constructor_LatestPunishmentEnd()
    {
        var profile = new InmateProfile(new InmateId("WB-03"), LegalStatus.Convict, registerF:
        [
            new DisciplinaryRecord(new LocalDate(2025, 1, 1), DisciplinaryPunishment.Light, new LocalDate(2025, 1, 6)),
            new DisciplinaryRecord(new LocalDate(2025, 6, 1), DisciplinaryPunishment.Heavy, new LocalDate(2025, 6, 12)),
        ]);
        profile.LastPunishmentEnd.Should().Be(new LocalDate(2025, 6, 12));
    }

    [Fact]
    public void Constructor_EmptyId_Throws()
    {
        var act = () => new InmateProfile(default, LegalStatus.Convict);
        act.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage("*non-empty id*");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("IDN")]
    [InlineData("I1")]
    public void Constructor_BadNationality_Throws(string nationality)
    {
        var act = () => new InmateProfile(new InmateId("WB-04"), LegalStatus.Convict, nationality: nationality);
        act.Should().Throw<ArgumentException>().WithParameterName(nameof(nationality)).WithMessage("*ISO 3166-1 alpha-2*");
    }

    [Fact]
    public void ToString_ShowsOnlyIdAndStatus()
    {
        new InmateProfile(new InmateId("WB-05"), LegalStatus.Detainee, security: SecurityLevel.Medium).ToString().Should().Be("WB-05 (Detainee)");
    }

    [Fact]
    public void DisciplinaryRecord_EndBeforeImposed_Throws()
    {
        var act = () => new DisciplinaryRecord(new LocalDate(2025, 6, 2), DisciplinaryPunishment.Light, new LocalDate(2025, 6, 1));
        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*cannot end before*");
    }

    [Fact]
    public void EvidenceFile_StatusPerKindAndEquality()
    {
        var file = EvidenceFile.Empty.WithPresent(EvidenceKind.Litmas, EvidenceKind.FamilyGuarantee).With(EvidenceKind.FinePaid, EvidenceStatus.NotRequired);
        file.Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.Present);
        file.Status(EvidenceKind.FinePaid).Should().Be(EvidenceStatus.NotRequired);
        file.Status(EvidenceKind.HostGuarantee).Should().Be(EvidenceStatus.NotRecorded);
        file.With(EvidenceKind.Litmas, EvidenceStatus.Absent).Status(EvidenceKind.Litmas).Should().Be(EvidenceStatus.Absent);
        file.ToString().Should().Be("Litmas=Present, FamilyGuarantee=Present, FinePaid=NotRequired");
        EqualityAssert.Values(file, EvidenceFile.Empty.WithPresent(EvidenceKind.FamilyGuarantee, EvidenceKind.Litmas).With(EvidenceKind.FinePaid, EvidenceStatus.NotRequired), EvidenceFile.Empty, file.With(EvidenceKind.Pledge, EvidenceStatus.Absent));
        EqualityAssert.Values(new InmateId("A"), new InmateId("A"), new InmateId("a"), default);
    }

    [Fact]
    public void Labels_EveryMemberHasBothLanguages()
    {
        foreach (var v in Enum.GetValues<LegalStatus>())
        {
            v.Label().English.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var v in Enum.GetValues<OffenceCategory>())
        {
            v.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var v in Enum.GetValues<DisciplinaryPunishment>())
        {
            v.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var v in Enum.GetValues<EvidenceKind>())
        {
            v.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }

        foreach (var v in Enum.GetValues<EvidenceStatus>())
        {
            v.Label().Indonesian.Should().NotBeNullOrWhiteSpace();
        }
    }
}
