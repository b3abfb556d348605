using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace PackageConsumer;

/// <summary>
/// A Lapas's own rule, written the way a package user writes it: the built-in assimilation policy plus "domiciled in
/// Kota Pekalongan", tested with the builders, assertions and invariants of the testing package.
/// </summary>
public sealed class LocalRuleTests
{
    private static readonly RegionCode KotaPekalongan = RegionCode.Parse("33.75");

    private static readonly Policy<InmateProfile, NoParameters> Domicile = new(
        "lapas-pekalongan.domicile",
        new LocalizedText("Berdomisili di Kota Pekalongan", "Domiciled in Kota Pekalongan"),
        [
            new PolicyVersion<InmateProfile, NoParameters>(
                "lapas-pekalongan.domicile.2026",
                new LocalizedText("Aturan lokal 2026", "Local rule 2026"),
                new DateInterval(new LocalDate(2026, 1, 1), LocalDate.MaxIsoValue),
                [new Citation("Keputusan Kalapas Pekalongan", "1/2026")],
                NoParameters.Instance,
                [new DomiciledIn(KotaPekalongan)]),
        ]);

    [Fact]
    public void InTheCity_IsEligible() =>
        Domicile.Decide(AnInmate.Convict(), new LocalDate(2026, 6, 1)).Should().BeEligible().And.CiteArticle("Keputusan Kalapas Pekalongan", "1/2026");

    [Fact]
    public void ElsewhereInJawaTengah_IsIneligibleBecauseOfTheLocalRule() =>
        Domicile.Decide(AnInmate.Convict().DomiciledIn(RegionCode.Parse("33.26.01.2001")), new LocalDate(2026, 6, 1))
            .Should().BeIneligibleBecause("lapas-pekalongan.domicile");

    [Fact]
    public void NotRecorded_IsUndetermined() =>
        Domicile.Decide(AnInmate.Convict().DomiciledIn(null), new LocalDate(2026, 6, 1)).Should().BeUndeterminedFor("inmate.domicile");

    [Fact]
    public void TogetherWithAssimilation_BothMustHold()
    {
        // docs/domain.md §9: a general offence, 1/2 served on 1 March 2026.
        var inmate = AnInmate.Convict().Sentenced("3y").ServedHalfOn(new LocalDate(2026, 3, 1));
        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 6, 1)).Should().BeEligible();
        Domicile.Decide(inmate, new LocalDate(2026, 6, 1)).Should().BeEligible();
        IndonesianPolicies.Asimilasi.Decide(inmate, new LocalDate(2026, 2, 1)).Should().BecomeEligibleOn(new LocalDate(2026, 3, 1));
    }

    [Fact]
    public void LocalRule_KeepsTheInvariants()
    {
        InmatePolicyInvariants.ShiftingDatesShiftsDecisions(Domicile, InmatePolicyInvariants.AnyShifts, iterations: 100);
        InmatePolicyInvariants.IndependentOfCulture(Domicile, iterations: 20);
        InmatePolicyInvariants.SameFromManyThreads(Domicile, new LocalDate(2026, 6, 1), rosterSize: 200, threads: 2);
    }

    private sealed class DomiciledIn(RegionCode city) : ICriterion<InmateProfile, NoParameters>
    {
        public CriterionDescriptor Descriptor { get; } = new("lapas-pekalongan.domicile", new("Berdomisili di kota yang sama", "Domiciled in the same city"), new Citation("Keputusan Kalapas Pekalongan", "1/2026"));

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<NoParameters> context) =>
            subject.Domicile is { } d ? CriterionResult.FromBoolean(city.IsAncestorOf(d) || d == city) : CriterionResult.Unknown;

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<NoParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [subject.Domicile is { } d ? Fact.OfText("inmate.domicile", new("Domisili", "Domicile"), d.ToString()) : Fact.Missing("inmate.domicile", new("Domisili", "Domicile"))]);
    }
}
