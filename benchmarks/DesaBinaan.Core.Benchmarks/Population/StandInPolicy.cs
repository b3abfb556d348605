using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using NodaTime;

namespace DesaBinaan.Core.Benchmarks.Population;

/// <summary>The parameters of the stand-in outside-activity policy: the minimum-security switch.</summary>
internal sealed class StandInParameters(bool requireMinimumSecurity) : IPolicyParameters
{
    public bool RequireMinimumSecurity { get; } = requireMinimumSecurity;

    public ValueList<Fact> Values => [Fact.OfFlag("outside.require-minimum-security", new("Wajib keamanan minimum", "Minimum security required"), RequireMinimumSecurity)];

    public LocalizedText? Convention => new("1 bulan = 30 hari", "1 month = 30 days");
}

/// <summary>A stand-in of the outside-activity participation policy over <see cref="InmateProfile"/>, with the conditions of DOMAIN.md §9.</summary>
internal static class StandInPolicy
{
    public const int GeneralCleanDays = 180;
    public const int SpecialCleanDays = 270;

    public static readonly EvidenceKind[] Documents = [EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee];

    private static readonly Citation Basis = new("Permenkumham 3/2018", "Pasal 44");

    public static Policy<InmateProfile, StandInParameters> Create(bool requireMinimumSecurity = true)
    {
        ICriterion<InmateProfile, StandInParameters>[] criteria =
        [
            new Rule("outside.convict-or-child", (s, in c) => CriterionResult.FromBoolean(s.Status is LegalStatus.Convict or LegalStatus.Child)),
            new Rule("outside.not-life-or-death", (s, in c) => s.Sentence is null ? CriterionResult.Unknown : CriterionResult.FromBoolean(!s.Sentence.HasLifeOrDeath)),
            new Rule("outside.served", Served, CriterionKind.TimeBased),
            new Rule("outside.no-punishment", Clean, CriterionKind.TimeBased),
            new Rule("outside.active-in-guidance", (s, in c) => CriterionResult.FromBoolean(s.ActiveInGuidance)),
            new Rule("outside.minimum-security", MinimumSecurity),
            new Rule("outside.documents", (s, in c) => Combine(s.Evidence, Documents), CriterionKind.Evidence),
            new Rule("outside.embassy-guarantee", Embassy, CriterionKind.Evidence),
            new Rule("outside.special-evidence", SpecialEvidence, CriterionKind.Evidence),
            new Rule("outside.no-pending-case", (s, in c) => s.HasPendingCase is { } p ? CriterionResult.FromBoolean(!p) : CriterionResult.Unknown),
            new Rule("outside.sentence-running", Running),
        ];
        var version = new PolicyVersion<InmateProfile, StandInParameters>(
            "outside.standin",
            new("Kegiatan luar (pengganti)", "Outside activity (stand-in)"),
            new DateInterval(new LocalDate(2022, 8, 31), LocalDate.MaxIsoValue),
            [Basis],
            new StandInParameters(requireMinimumSecurity),
            criteria);
        return new("outside", new("Kegiatan luar", "Outside activity"), [version]);
    }

    private static bool? IsSpecial(InmateProfile s) => s.Offence is { } o ? o != OffenceCategory.General : null;

    private static CriterionResult Served(InmateProfile s, in EvaluationContext<StandInParameters> c)
    {
        if (s.Sentence is null || IsSpecial(s) is not { } special)
        {
            return CriterionResult.Unknown;
        }

        var dates = s.KeyDates;
        if (!dates.HasDates)
        {
            return CriterionResult.NotMet;
        }

        return CriterionResult.From(DayNumbers.FromDate(special ? dates.TwoThirds : dates.Half), c.DayNumber);
    }

    private static CriterionResult Clean(InmateProfile s, in EvaluationContext<StandInParameters> c)
    {
        if (s.RegisterF is null || IsSpecial(s) is not { } special)
        {
            return CriterionResult.Unknown;
        }

        var last = s.LastPunishmentEndDay;
        return last < 0 ? CriterionResult.Met : CriterionResult.From(last + (special ? SpecialCleanDays : GeneralCleanDays) + 1, c.DayNumber);
    }

    private static CriterionResult MinimumSecurity(InmateProfile s, in EvaluationContext<StandInParameters> c)
    {
        if (!c.Parameters.RequireMinimumSecurity)
        {
            return CriterionResult.NotApplicable;
        }

        return s.Security is { } level ? CriterionResult.FromBoolean(level == SecurityLevel.Minimum) : CriterionResult.Unknown;
    }

    private static CriterionResult Embassy(InmateProfile s, in EvaluationContext<StandInParameters> c) => s.IsForeignNational switch
    {
        null => CriterionResult.Unknown,
        false => CriterionResult.NotApplicable,
        true => Combine(s.Evidence, [EvidenceKind.EmbassyGuarantee]),
    };

    private static CriterionResult SpecialEvidence(InmateProfile s, in EvaluationContext<StandInParameters> c) => s.Offence switch
    {
        null => CriterionResult.Unknown,
        OffenceCategory.Corruption => Combine(s.Evidence, [EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid]),
        OffenceCategory.Terrorism => Combine(s.Evidence, [EvidenceKind.Deradicalisation, EvidenceKind.Pledge]),
        _ => CriterionResult.NotApplicable,
    };

    private static CriterionResult Running(InmateProfile s, in EvaluationContext<StandInParameters> c)
    {
        if (s.Sentence is null)
        {
            return CriterionResult.Unknown;
        }

        return s.KeyDates.HasDates ? CriterionResult.FromBoolean(c.DayNumber < DayNumbers.FromDate(s.KeyDates.Expiry)) : CriterionResult.NotApplicable;
    }

    /// <summary>Every document present: met; one absent: not met; else one not recorded: unknown.</summary>
    public static CriterionResult Combine(EvidenceFile file, ReadOnlySpan<EvidenceKind> kinds)
    {
        var unknown = false;
        foreach (var kind in kinds)
        {
            switch (file.Status(kind))
            {
                case EvidenceStatus.Absent:
                    return CriterionResult.NotMet;
                case EvidenceStatus.NotRecorded:
                    unknown = true;
                    break;
            }
        }

        return unknown ? CriterionResult.Unknown : CriterionResult.Met;
    }

    private delegate CriterionResult Evaluation(InmateProfile subject, in EvaluationContext<StandInParameters> context);

    private sealed class Rule(string code, Evaluation evaluate, CriterionKind kind = CriterionKind.Condition) : ICriterion<InmateProfile, StandInParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new(code, new("Syarat " + code, "Condition " + code), Basis, kind, kind == CriterionKind.TimeBased ? new("dengan asumsi tidak ada hukuman disiplin baru", "assuming no new disciplinary punishment") : null);

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<StandInParameters> context) => evaluate(subject, in context);

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<StandInParameters> context) => new(Descriptor, Evaluate(subject, in context), []);
    }
}
