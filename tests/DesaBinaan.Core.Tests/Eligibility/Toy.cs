using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Eligibility;

/// <summary>A toy subject for engine tests: no Indonesian law, only the engine's logic.</summary>
internal sealed record ToySubject(string SubjectId, LocalDate? HalfDate, LocalDate? TwoThirdsDate, bool? Special, bool? HasReport, string? City) : IEligibilitySubject;

/// <summary>Toy parameters: a switch and a city.</summary>
internal sealed class ToyParameters(bool requireReport, string city) : IPolicyParameters
{
    public bool RequireReport { get; } = requireReport;

    public string City { get; } = city;

    public ValueList<Fact> Values => [Fact.OfFlag("toy.require-report", new("Wajib laporan", "Report required"), RequireReport), Fact.OfText("toy.city", new("Kota", "City"), City)];

    public LocalizedText? Convention => new("30 hari sebulan", "30 days a month");
}

/// <summary>A time criterion: a date reached.</summary>
internal sealed class DateReached(string code, Func<ToySubject, LocalDate?> date) : ICriterion<ToySubject, ToyParameters>
{
    public CriterionDescriptor Descriptor { get; } = new(code, new("Tanggal tercapai", "Date reached"), new Citation("Toy 1/2000", "Pasal 1"), CriterionKind.TimeBased, new("dengan asumsi tidak ada hukuman baru", "assuming no new punishment"));

    public CriterionResult Evaluate(ToySubject subject, in EvaluationContext<ToyParameters> context) =>
        date(subject) is { } d ? CriterionResult.From(DayNumbers.FromDate(d), context.DayNumber) : CriterionResult.Unknown;

    public CriterionFinding Explain(ToySubject subject, in EvaluationContext<ToyParameters> context) =>
        new(Descriptor, Evaluate(subject, in context), [date(subject) is { } d ? Fact.OfDate(code + ".date", new("Tanggal", "Date"), d) : Fact.Missing(code + ".date", new("Tanggal", "Date"))]);
}

/// <summary>A flag criterion: a recorded yes/no fact.</summary>
internal sealed class FlagIs(string code, Func<ToySubject, bool?> flag, CriterionKind kind = CriterionKind.Condition) : ICriterion<ToySubject, ToyParameters>
{
    public CriterionDescriptor Descriptor { get; } = new(code, new("Syarat " + code, "Condition " + code), new Citation("Toy 1/2000", "Pasal 2"), kind);

    public CriterionResult Evaluate(ToySubject subject, in EvaluationContext<ToyParameters> context) => CriterionResult.FromBoolean(flag(subject));

    public CriterionFinding Explain(ToySubject subject, in EvaluationContext<ToyParameters> context) =>
        new(Descriptor, Evaluate(subject, in context), [Fact.OfFlag(code + ".value", new("Nilai", "Value"), flag(subject))]);
}

/// <summary>A fixed result, for composition tables.</summary>
internal sealed class Fixed(string code, CriterionResult result) : ICriterion<ToySubject, ToyParameters>
{
    public CriterionDescriptor Descriptor { get; } = new(code, new("Tetap", "Fixed"), new Citation("Toy 1/2000"));

    public CriterionResult Evaluate(ToySubject subject, in EvaluationContext<ToyParameters> context) => result;

    public CriterionFinding Explain(ToySubject subject, in EvaluationContext<ToyParameters> context) => new(Descriptor, result, []);
}

internal static class Toy
{
    public static readonly LocalDate Start = new(2020, 1, 1);

    public static readonly CriterionDescriptor Whole = new("toy.whole", new("Gabungan", "Combined"), new Citation("Toy 1/2000"));

    public static EvaluationContext<ToyParameters> Context(LocalDate date) => new(date, new ToyParameters(true, "Pekalongan"), "toy.v1");

    public static ToySubject Subject(string id = "S-1", LocalDate? half = null, LocalDate? twoThirds = null, bool? special = false, bool? report = true, string? city = "Pekalongan") =>
        new(id, half, twoThirds, special, report, city);

    /// <summary>Served time: 1/2 in general, except for special cases 2/3 (one criterion with an exception).</summary>
    public static ExceptionCriterion<ToySubject, ToyParameters> ServedTime() =>
        Criteria.WithExceptions(
            new CriterionDescriptor("toy.served", new("Masa pidana", "Time served"), new Citation("Toy 1/2000", "Pasal 3")),
            new DateReached("toy.half-served", s => s.HalfDate),
            new CriterionException<ToySubject, ToyParameters>(10, new FlagIs("toy.special", s => s.Special), new DateReached("toy.two-thirds-served", s => s.TwoThirdsDate)));

    public static PolicyVersion<ToySubject, ToyParameters> Version(string id, LocalDate start, LocalDate end, bool requireReport = true) =>
        new(id, new("Versi " + id, "Version " + id), new DateInterval(start, end), [new Citation("Toy 1/2000")], new ToyParameters(requireReport, "Pekalongan"),
            [ServedTime(), new FlagIs("toy.report", s => s.HasReport, CriterionKind.Evidence)]);

    public static Policy<ToySubject, ToyParameters> Policy() =>
        new("toy", new("Kebijakan mainan", "Toy policy"), [Version("toy.v1", Start, new LocalDate(2022, 12, 31)), Version("toy.v2", new LocalDate(2023, 1, 1), LocalDate.MaxIsoValue)]);
}
