using Ardalis.GuardClauses;
using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// CsCheck generators of plausible, valid inputs: dates, sentence histories and inmate profiles covering every
/// legal status, offence category, security level and evidence status, with facts sometimes not recorded.
/// </summary>
/// <remarks>The generated remissions total at most a quarter of the term and are granted in its first half, so every history is valid.</remarks>
public static class InmateGenerators
{
    /// <summary>Returns a generator of dates between two dates (inclusive).</summary>
    /// <param name="from">The earliest date.</param>
    /// <param name="to">The latest date; on or after <paramref name="from"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static Gen<LocalDate> Dates(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException("The latest date must not be before the earliest.", nameof(to));
        }

        return Gen.Int[DayNumbers.FromDate(from), DayNumbers.FromDate(to)].Select(DayNumbers.ToDate);
    }

    /// <summary>Gets a generator of evaluation dates from 2020 to 2032.</summary>
    public static Gen<LocalDate> EvaluationDates { get; } = Dates(new LocalDate(2020, 1, 1), new LocalDate(2032, 12, 31));

    /// <summary>Gets a generator of sentence histories: 1 month to 20 years of imprisonment from 2015 to 2026, with up to 6 remissions, sometimes a gap or house arrest.</summary>
    public static Gen<SentenceHistory> Sentences { get; } =
        Gen.Select(Gen.Int[1, 240], Dates(new LocalDate(2015, 1, 1), new LocalDate(2026, 12, 31)), Gen.Int[0, 6], Gen.Int[0, 3], Gen.Int[1, 1_000_000])
            .Select((months, first, remissions, extra, salt) => History(months, first, remissions, extra, salt));

    /// <summary>Gets a generator of inmate profiles: every legal status, offence category and security level, Register F entries, and facts sometimes not recorded.</summary>
    public static Gen<InmateProfile> Profiles { get; } =
        Gen.Select(
                Gen.Int[1, 99_999],
                Gen.Frequency((8, Gen.Const(LegalStatus.Convict)), (1, Gen.Enum<LegalStatus>())),
                Sentences.Null(0.05),
                Gen.Enum<OffenceCategory>().Nullable(0.05),
                Gen.Enum<SecurityLevel>().Nullable(0.05),
                Gen.Int[0, 3],
                Gen.ULong)
            .Select((id, status, sentence, offence, security, punishments, bits) =>
                Profile(id, status, sentence, offence, security, punishments, bits));

    /// <summary>Returns a roster of generated profiles, the same for the same size and seed on any machine, with distinct ids.</summary>
    /// <param name="size">The number of profiles; not negative.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The profiles.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public static IReadOnlyList<InmateProfile> Roster(int size, ulong seed)
    {
        Guard.Against.OutOfRange(size, nameof(size), 0, int.MaxValue, "The size of a roster must not be negative.");
        var pcg = new PCG(1, seed);
        var roster = new List<InmateProfile>(size);
        for (var i = 0; i < size; i++)
        {
            var profile = Profiles.Generate(pcg, null!, out _);
            roster.Add(new InmateProfile(new InmateId("WB-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), profile.Status, profile.Sentence, profile.Offence, profile.Security, profile.RegisterF, profile.ActiveInGuidance, profile.HasPendingCase, profile.Nationality, profile.BirthDate, profile.Evidence, profile.Domicile, profile.Institution, profile.Convention));
        }

        return roster;
    }

    private static SentenceHistory History(int months, LocalDate first, int remissionCount, int extra, int salt)
    {
        var term = new SentenceTerm(months / 12, months % 12, 0);
        var termDays = months * 30;
        var remissions = new List<Remission>();
        var budget = termDays / 4;
        for (var i = 0; i < remissionCount && budget >= 15; i++)
        {
            var amount = Math.Min(budget, 15 * (1 + ((salt >> i) % 4)));
            var grantOffset = 1 + ((salt / (i + 1)) % Math.Max(1, termDays / 2));
            remissions.Add(new Remission(first.PlusDays(grantOffset), SentenceTerm.FromDays(amount), (RemissionKind)(i % 2)));
            budget -= amount;
        }

        var detention = extra switch
        {
            1 when termDays > 60 => new Detention(first, gaps: [new DateInterval(first.PlusDays(20), first.PlusDays(20 + (salt % 30)))]),
            2 when termDays > 60 => new Detention(first, [new DetentionPeriod(DetentionKind.HouseArrest, new DateInterval(first, first.PlusDays(salt % 40)))]),
            _ => Detention.Continuous(first),
        };
        return new SentenceHistory([Sentence.Imprisonment(term)], detention, remissions);
    }

    private static InmateProfile Profile(int id, LegalStatus status, SentenceHistory? sentence, OffenceCategory? offence, SecurityLevel? security, int punishments, ulong bits)
    {
        var evidence = EvidenceFile.Empty;
        var i = 0;
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            // Mostly present, sometimes absent, not recorded or not required.
            var pick = (int)((bits >> (i * 3)) & 7UL);
            evidence = evidence.With(kind, pick switch { 0 => EvidenceStatus.NotRecorded, 1 => EvidenceStatus.Absent, 2 => EvidenceStatus.NotRequired, _ => EvidenceStatus.Present });
            i++;
        }

        var start = sentence?.Detention.FirstDay ?? new LocalDate(2022, 1, 1);
        var records = new List<DisciplinaryRecord>();
        for (var p = 0; p < punishments; p++)
        {
            var imposed = start.PlusDays(10 + (int)((bits >> (40 + (p * 7))) & 1023UL));
            records.Add(new DisciplinaryRecord(imposed, (DisciplinaryPunishment)(1 + (p % 3)), imposed.PlusDays(6 * (p + 1))));
        }

        bool? Flag(int shift) => ((bits >> shift) & 3UL) switch { 0 => null, 1 => false, _ => true };
        return new InmateProfile(
            new InmateId("WB-" + id.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)),
            status,
            sentence,
            offence,
            security,
            ((bits >> 60) & 7UL) == 0 ? null : records,
            Flag(52),
            ((bits >> 54) & 3UL) switch { 0 => null, 1 => true, _ => false },
            ((bits >> 56) & 7UL) switch { 0 => null, 1 => "MY", _ => "ID" },
            start.PlusYears(-20 - (int)((bits >> 33) & 31UL)),
            evidence,
            InmateBuilder.DefaultDomicile,
            AnInstitution.LapasPekalonganId);
    }
}
