using System.Globalization;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Scopes;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Pekalongan.Synthetic;

/// <summary>
/// A deterministic synthetic population of inmate profiles (fictional: ids only, no names), for the sample's
/// <c>report</c> command and the population benchmark. The same size, date and seed always give the same profiles.
/// </summary>
/// <remarks>
/// This file lives in the sample and is linked (compiled in) by the benchmark and test projects, so that all three
/// use the same population while the package itself carries no generator. The mix is chosen to exercise every
/// status and every condition of the outside-activity rules: mostly convicts with general offences and a clean
/// Register F, some special offences, detainees, children, foreign nationals, recent punishments, non-minimum
/// security, and a few per cent of facts and documents not recorded.
/// </remarks>
internal static class SyntheticPopulation
{
    /// <summary>The fixed seed of the sample and the benchmark.</summary>
    public const int DefaultSeed = 20_260_501;

    /// <summary>Generates <paramref name="size"/> profiles as they stand on <paramref name="asOf"/>.</summary>
    public static InmateProfile[] Generate(int size, LocalDate asOf, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var random = new Random(seed);
        var profiles = new InmateProfile[size];
        for (var i = 0; i < size; i++)
        {
            profiles[i] = Next(random, i, asOf);
        }

        return profiles;
    }

    /// <summary>
    /// Returns the synthetic population's activity on a date: a weekly environmental-cleanliness activity in Kelurahan
    /// Panjang Wetan (quota 5 to 30, 10 officers per 30 inmates), covered by an agreement in force, with 10 escort officers.
    /// </summary>
    public static ActivityEvaluationContext Activity(LocalDate date)
    {
        var plan = new ActivityPlan(
            "synthetic-cleanliness",
            "Kebersihan lingkungan (sintetis)",
            ScopeKind.EnvironmentalCleanliness,
            new ActivityPlace(RegionCode.Parse("33.75.03.1004"), "Jalan lingkungan Kelurahan Panjang Wetan (sintetis)"),
            WeeklySchedule.Every(new DateInterval(date.PlusDays(-7), date.PlusDays(365)), IsoDayOfWeek.Friday, new LocalTime(7, 0), new LocalTime(10, 0), "Asia/Jakarta"),
            new ParticipantQuota(30, 5),
            new EscortRatio(10, 30),
            "outside-activity");
        return ActivityEvaluationContext.Recorded(plan, date, scopeCovered: true, escortOfficers: 10);
    }

    private static InmateProfile Next(Random r, int index, LocalDate asOf)
    {
        var id = new InmateId("SYN-" + (index + 1).ToString("D6", CultureInfo.InvariantCulture));
        var roll = r.Next(100);
        var status = roll < 88 ? LegalStatus.Convict : roll < 95 ? LegalStatus.Detainee : roll < 98 ? LegalStatus.Child : LegalStatus.Client;

        roll = r.Next(100);
        OffenceCategory? offence = roll switch
        {
            < 68 => OffenceCategory.General,
            < 88 => OffenceCategory.Narcotics,
            < 93 => OffenceCategory.Corruption,
            < 95 => OffenceCategory.Terrorism,
            < 96 => OffenceCategory.StateSecurity,
            < 97 => OffenceCategory.TransnationalOrganisedCrime,
            < 99 => OffenceCategory.General,
            _ => null,
        };

        roll = r.Next(100);
        SecurityLevel? security = roll switch
        {
            < 50 => SecurityLevel.Minimum,
            < 85 => SecurityLevel.Medium,
            < 96 => SecurityLevel.Maximum,
            < 98 => SecurityLevel.SuperMaximum,
            _ => null,
        };

        // A sentence of 6 months to 10 years, started 1 month ago to shortly before its natural end; some not recorded (detainees have none).
        SentenceHistory? sentence = null;
        if (status != LegalStatus.Detainee && r.Next(100) >= 2)
        {
            var months = r.Next(6, 121);
            var firstDay = asOf.PlusDays(-r.Next(30, Math.Max(31, (months * 30) - 20)));
            var term = new SentenceTerm(months / 12, months % 12, 0);
            var remissions = new List<Remission>();
            var grant = new LocalDate(firstDay.Year, 8, 17);
            if (grant < firstDay.PlusMonths(6))
            {
                grant = grant.PlusYears(1);
            }

            if (grant <= asOf && grant < firstDay.PlusMonths(months - 2) && months >= 12 && r.Next(100) < 60)
            {
                remissions.Add(new Remission(grant, new SentenceTerm(0, 1, 0), RemissionKind.General));
            }

            sentence = SentenceHistory.Imprisonment(firstDay, term, [.. remissions]);
        }

        // Register F: mostly clean, a fifth with one punishment that ended 0 to 400 days ago, a few not checked.
        roll = r.Next(100);
        DisciplinaryRecord[]? registerF;
        if (roll < 76)
        {
            registerF = [];
        }
        else if (roll < 98)
        {
            var end = asOf.PlusDays(-r.Next(0, 400));
            var punishment = (DisciplinaryPunishment)(1 + r.Next(3));
            registerF = [new DisciplinaryRecord(end.PlusDays(-r.Next(6, 30)), punishment, end)];
        }
        else
        {
            registerF = null;
        }

        roll = r.Next(100);
        bool? guidance = roll < 86 ? true : roll < 97 ? false : null;
        roll = r.Next(100);
        bool? pending = roll < 95 ? false : roll < 98 ? true : null;
        roll = r.Next(1000);
        var nationality = roll < 985 ? "ID" : roll < 995 ? "MY" : null;

        var evidence = EvidenceFile.Empty;
        foreach (var kind in Documents)
        {
            roll = r.Next(100);
            evidence = evidence.With(kind, roll < 91 ? EvidenceStatus.Present : roll < 97 ? EvidenceStatus.NotRecorded : EvidenceStatus.Absent);
        }

        if (offence == OffenceCategory.Corruption)
        {
            evidence = evidence.With(EvidenceKind.FinePaid, r.Next(100) < 80 ? EvidenceStatus.Present : EvidenceStatus.Absent)
                .With(EvidenceKind.RestitutionPaid, r.Next(100) < 80 ? EvidenceStatus.Present : EvidenceStatus.Absent);
        }
        else if (offence == OffenceCategory.Terrorism)
        {
            evidence = evidence.With(EvidenceKind.Deradicalisation, r.Next(100) < 70 ? EvidenceStatus.Present : EvidenceStatus.Absent)
                .With(EvidenceKind.Pledge, r.Next(100) < 70 ? EvidenceStatus.Present : EvidenceStatus.Absent);
        }

        if (nationality is "MY")
        {
            evidence = evidence.With(EvidenceKind.EmbassyGuarantee, r.Next(100) < 60 ? EvidenceStatus.Present : EvidenceStatus.NotRecorded);
        }

        return new InmateProfile(id, status, sentence, offence, security, registerF, guidance, pending, nationality, evidence: evidence);
    }

    private static readonly EvidenceKind[] Documents =
    [
        EvidenceKind.VerdictAndExecution,
        EvidenceKind.Litmas,
        EvidenceKind.RegisterFExtract,
        EvidenceKind.FamilyGuarantee,
        EvidenceKind.HostGuarantee,
    ];
}
