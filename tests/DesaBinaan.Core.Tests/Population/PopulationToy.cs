using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

/// <summary>A small hand-made subject for the population views: a date on which time is served, a security flag and a report.</summary>
internal sealed record PopulationToySubject(string SubjectId, LocalDate? Served, bool? Minimum, bool? Report) : IEligibilitySubject;

/// <summary>The toy parameters: the minimum-security switch (docs/domain.md §10 point 2).</summary>
internal sealed class PopulationToyParameters(bool requireMinimum) : IPolicyParameters
{
    public bool RequireMinimum { get; } = requireMinimum;

    public ValueList<Fact> Values => [Fact.OfFlag("toy.require-minimum", new("Wajib keamanan minimum", "Minimum security required"), RequireMinimum)];

    public LocalizedText? Convention => new("1 bulan = 30 hari", "1 month = 30 days");
}

/// <summary>Time served (time-based, with an assumption), minimum security (a switch), a report (evidence).</summary>
internal static class PopulationToy
{
    public static readonly LocalDate AsOf = new(2026, 5, 1);

    public static readonly LocalizedText NoNewPunishment = new("dengan asumsi tidak ada hukuman disiplin baru", "assuming no new disciplinary punishment");

    private static readonly Citation Basis = new("Permenkumham 3/2018", "Pasal 44");

    public static Policy<PopulationToySubject, PopulationToyParameters> Policy(bool requireMinimum = true) =>
        new("toy-outside", new("Kegiatan luar (uji)", "Outside activity (test)"),
        [
            new PolicyVersion<PopulationToySubject, PopulationToyParameters>(
                "toy-outside.v1",
                new("Versi uji", "Test version"),
                new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2026, 6, 10)),
                [Basis],
                new PopulationToyParameters(requireMinimum),
                [new Served(), new Minimum(), new Report()]),
            new PolicyVersion<PopulationToySubject, PopulationToyParameters>(
                "toy-outside.v2",
                new("Versi uji 2", "Test version 2"),
                new DateInterval(new LocalDate(2026, 6, 11), LocalDate.MaxIsoValue),
                [Basis],
                new PopulationToyParameters(requireMinimum),
                [new Served(), new Report()]),
        ]);

    /// <summary>The roster of the funnel, calendar and comparison tests, on <see cref="AsOf"/>.</summary>
    public static PopulationToySubject[] Roster() =>
    [
        new("A", new LocalDate(2026, 1, 1), true, true),   // eligible
        new("B", new LocalDate(2026, 5, 5), true, true),   // not yet: 4 days (week 1)
        new("C", new LocalDate(2026, 5, 20), true, true),  // not yet: 19 days (week 3)
        new("D", new LocalDate(2026, 1, 1), false, true),  // ineligible: not minimum security only
        new("E", new LocalDate(2026, 1, 1), true, null),   // undetermined: report not recorded
        new("F", new LocalDate(2026, 9, 1), false, true),  // ineligible: not minimum security, and waiting
        new("G", null, true, true),                        // undetermined: served date not recorded
    ];

    private sealed class Served : ICriterion<PopulationToySubject, PopulationToyParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("toy.served", new("Telah menjalani masa yang disyaratkan", "Has served the required time"), Basis, CriterionKind.TimeBased, NoNewPunishment);

        public CriterionResult Evaluate(PopulationToySubject subject, in EvaluationContext<PopulationToyParameters> context) =>
            subject.Served is { } d ? CriterionResult.From(DayNumbers.FromDate(d), context.DayNumber) : CriterionResult.Unknown;

        public CriterionFinding Explain(PopulationToySubject subject, in EvaluationContext<PopulationToyParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [subject.Served is { } d ? Fact.OfDate("toy.served-date", new("Tanggal", "Date"), d) : Fact.Missing("toy.served-date", new("Tanggal", "Date"))]);
    }

    private sealed class Minimum : ICriterion<PopulationToySubject, PopulationToyParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("toy.minimum-security", new("Keamanan minimum", "Minimum security"), new Citation("Permenkumham 3/2018", "Pasal 45"));

        public CriterionResult Evaluate(PopulationToySubject subject, in EvaluationContext<PopulationToyParameters> context) =>
            context.Parameters.RequireMinimum ? CriterionResult.FromBoolean(subject.Minimum) : CriterionResult.NotApplicable;

        public CriterionFinding Explain(PopulationToySubject subject, in EvaluationContext<PopulationToyParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [Fact.OfFlag("toy.minimum", new("Minimum", "Minimum"), subject.Minimum)]);
    }

    private sealed class Report : ICriterion<PopulationToySubject, PopulationToyParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("toy.report", new("Laporan Litmas ada", "Litmas report on file"), new Citation("Permenkumham 3/2018", "Pasal 47"), CriterionKind.Evidence);

        public CriterionResult Evaluate(PopulationToySubject subject, in EvaluationContext<PopulationToyParameters> context) => CriterionResult.FromBoolean(subject.Report);

        public CriterionFinding Explain(PopulationToySubject subject, in EvaluationContext<PopulationToyParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [Fact.OfFlag("toy.report-on-file", new("Laporan", "Report"), subject.Report)]);
    }
}
