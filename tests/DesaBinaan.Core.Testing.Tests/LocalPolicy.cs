using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using NodaTime;

namespace DesaBinaan.Core.Testing.Tests;

/// <summary>
/// A policy as a user of the package writes it (the design notes: "users can add their own criteria and policies"): a
/// local assimilation rule of one Lapas, after docs/domain.md §9 — a convict, 1/2 served, no disciplinary punishment in
/// the last 180 days, and a Litmas on file.
/// </summary>
internal static class LocalPolicy
{
    public static readonly Citation Basis = new("Permenkumham 3/2018", "Pasal 45", "as amended by Permenkumham 7/2022");

    public static Policy<InmateProfile, LocalParameters> Create(params ICriterion<InmateProfile, LocalParameters>[] extra) =>
        new(
            "lapas.asimilasi",
            new LocalizedText("Asimilasi (aturan lokal)", "Assimilation (local rule)"),
            [
                new PolicyVersion<InmateProfile, LocalParameters>(
                    "lapas.asimilasi.2024",
                    new LocalizedText("Asimilasi 2024", "Assimilation 2024"),
                    new DateInterval(new LocalDate(2000, 1, 1), LocalDate.MaxIsoValue),
                    [Basis],
                    new LocalParameters(180),
                    [new Convict(), new HalfServed(), new NoRecentPunishment(), new LitmasOnFile(), .. extra]),
            ]);
}

internal sealed class LocalParameters(int punishmentFreeDays) : IPolicyParameters
{
    public int PunishmentFreeDays { get; } = punishmentFreeDays;

    public ValueList<Fact> Values => [Fact.OfDays("lapas.punishment-free-days", new("Hari tanpa hukuman disiplin", "Days without punishment"), PunishmentFreeDays)];

    public LocalizedText? Convention => new("30 hari sebulan; pecahan dibulatkan ke atas", "30 days a month; fractions round up");
}

internal sealed class Convict : ICriterion<InmateProfile, LocalParameters>
{
    public CriterionDescriptor Descriptor { get; } = new("lapas.convict", new("Berstatus narapidana", "Is a convict"), new Citation("UU 22/2022", "Pasal 1"));

    public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) => CriterionResult.FromBoolean(subject.Status == LegalStatus.Convict);

    public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
        new(Descriptor, Evaluate(subject, in context), [Fact.OfLabel("inmate.status", new("Status", "Status"), subject.Status.Label(), subject.Status.ToString())]);
}

internal sealed class HalfServed : ICriterion<InmateProfile, LocalParameters>
{
    public CriterionDescriptor Descriptor { get; } = new("lapas.half-served", new("Telah menjalani 1/2 masa pidana", "Has served 1/2 of the sentence"), LocalPolicy.Basis, CriterionKind.TimeBased, new("dengan asumsi tidak ada perubahan pidana", "assuming the sentence does not change"));

    public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
        subject.Sentence is null ? CriterionResult.Unknown
        : !subject.KeyDates.HasDates ? CriterionResult.NotMet
        : CriterionResult.From(DayNumbers.FromDate(subject.KeyDates.Half), context.DayNumber);

    public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
        new(Descriptor, Evaluate(subject, in context), [subject.Sentence is null ? Fact.Missing("sentence.half", new("Tanggal 1/2", "1/2 date")) : subject.KeyDates.HasDates ? Fact.OfDate("sentence.half", new("Tanggal 1/2", "1/2 date"), subject.KeyDates.Half) : Fact.OfFlag("sentence.has-dates", new("Pidana bertanggal", "Sentence has dates"), false)]);
}

internal sealed class NoRecentPunishment : ICriterion<InmateProfile, LocalParameters>
{
    public CriterionDescriptor Descriptor { get; } = new("lapas.no-recent-punishment", new("Tidak dijatuhi hukuman disiplin dalam 180 hari terakhir", "No disciplinary punishment in the last 180 days"), LocalPolicy.Basis, CriterionKind.TimeBased, new("dengan asumsi tidak ada hukuman disiplin baru", "assuming no new disciplinary punishment"));

    public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
        subject.RegisterF is null ? CriterionResult.Unknown
        : subject.LastPunishmentEnd is not { } end ? CriterionResult.Met
        : CriterionResult.From(DayNumbers.FromDate(end) + context.Parameters.PunishmentFreeDays + 1, context.DayNumber);

    public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
        new(Descriptor, Evaluate(subject, in context), [subject.RegisterF is null ? Fact.Missing("register-f", EvidenceKind.RegisterFExtract.Label()) : Fact.OfNumber("register-f.entries", new("Catatan register F", "Register F entries"), subject.RegisterF.Count)]);
}

internal sealed class LitmasOnFile : ICriterion<InmateProfile, LocalParameters>
{
    public CriterionDescriptor Descriptor { get; } = new("lapas.litmas", new("Litmas tersedia", "Litmas on file"), new Citation("Permenkumham 3/2018", "Pasal 46"), CriterionKind.Evidence);

    public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<LocalParameters> context) => subject.Evidence.Status(EvidenceKind.Litmas) switch
    {
        EvidenceStatus.Present or EvidenceStatus.NotRequired => CriterionResult.Met,
        EvidenceStatus.Absent => CriterionResult.NotMet,
        _ => CriterionResult.Unknown,
    };

    public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<LocalParameters> context) =>
        new(Descriptor, Evaluate(subject, in context), [subject.Evidence.Status(EvidenceKind.Litmas) == EvidenceStatus.NotRecorded ? Fact.Missing("evidence.litmas", EvidenceKind.Litmas.Label()) : Fact.OfLabel("evidence.litmas", EvidenceKind.Litmas.Label(), subject.Evidence.Status(EvidenceKind.Litmas).Label(), subject.Evidence.Status(EvidenceKind.Litmas).ToString())]);
}
