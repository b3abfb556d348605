// The usings are those of the README, verbatim; some are also global or implied in this project.
#pragma warning disable IDE0005
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using FluentAssertions;
using NodaTime;
using Xunit;
#pragma warning restore IDE0005

namespace PackageConsumer;

/// <summary>The Testing package README's complete test, verbatim, against the packed packages.</summary>
public sealed class AssimilationTests
{
    // An inmate convicted of narcotics with a 6-year sentence, who served 2/3 on 1 March 2026
    // and was last punished (Register F) in early June 2025.
    private static readonly InmateBuilder Inmate = AnInmate.ConvictedOf(OffenceCategory.Narcotics)
        .Sentenced("6y")
        .ServedTwoThirdsOn(new LocalDate(2026, 3, 1))
        .WithPunishment(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 8));

    [Fact]
    public void EligibleOn15March() =>
        IndonesianPolicies.Asimilasi.Decide(Inmate, new LocalDate(2026, 3, 15))
            .Should().BeEligible()
            .And.CiteArticle("Permenkumham 3/2018", "Pasal 45");

    [Fact]
    public void BeforeNineMonthsWithoutPunishment_NotYet() =>
        // A special offence needs 9 months (270 days) without punishment: from 6 March 2026.
        IndonesianPolicies.Asimilasi.Decide(Inmate, new LocalDate(2026, 2, 20))
            .Should().BecomeEligibleOn(new LocalDate(2026, 3, 6));

    [Fact]
    public void WithoutLitmas_Undetermined() =>
        IndonesianPolicies.Asimilasi.Decide(Inmate.WithNotRecorded(EvidenceKind.Litmas), new LocalDate(2026, 3, 15))
            .Should().BeUndeterminedFor(EvidenceKind.Litmas);

    [Fact]
    public void Detainee_Ineligible() =>
        IndonesianPolicies.Asimilasi.Decide(AnInmate.Detainee(), new LocalDate(2026, 3, 15))
            .Should().BeIneligibleBecause("rights.convict");

    [Fact]
    public void PolicyKeepsItsInvariants()
    {
        InmatePolicyInvariants.MoreTimeNeverUndoesTimeCriteria(IndonesianPolicies.Asimilasi);
        InmatePolicyInvariants.RemissionNeverDelaysEligibility(IndonesianPolicies.Asimilasi);
        InmatePolicyInvariants.ShiftingDatesShiftsDecisions(IndonesianPolicies.Asimilasi);
        InmatePolicyInvariants.IndependentOfCulture(IndonesianPolicies.Asimilasi);
    }
}
