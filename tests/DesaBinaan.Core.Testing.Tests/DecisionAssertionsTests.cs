using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using FluentAssertions.Execution;
using Xunit.Sdk;
using NodaTime;

namespace DesaBinaan.Core.Testing.Tests;

public sealed class DecisionAssertionsTests
{
    private static readonly Policy<InmateProfile, LocalParameters> Policy = LocalPolicy.Create();

    // The default inmate: 2 years from 2024-03-14, so 1/2 (360 days) is served on 2025-03-09.
    private static readonly LocalDate HalfDate = new(2025, 3, 9);

    [Fact]
    public void BeEligible_PassesForAnEligibleDecision()
    {
        // docs/domain.md §9: 1/2 served, no recent punishment, Litmas on file.
        Policy.Decide(AnInmate.Convict(), HalfDate).Should().BeEligible().And.CiteArticle("Permenkumham 3/2018", "Pasal 45");
    }

    [Fact]
    public void BeEligible_FailureShowsTheExplanation()
    {
        var decision = Policy.Decide(AnInmate.Convict(), HalfDate.PlusDays(-1));
        var act = () => decision.Should().BeEligible("the half date is {0}", "close");
        act.Should().Throw<XunitException>()
            .WithMessage("Expected decision to be eligible because the half date is close, but it is NotYetEligible from 2025-03-09. Its explanation:*")
            .WithMessage("*Criteria:*waiting until 2025-03-09: Has served 1/2 of the sentence (*Permenkumham 3/2018 Pasal 45) [lapas.half-served]*")
            .WithMessage("*Counting convention: 30 days a month*");
    }

    [Fact]
    public void BecomeEligibleOn_NotYetEligible()
    {
        // docs/domain.md §8: the 1/2 date of 2 years from 2024-03-14 is 360 days later.
        var decision = Policy.Decide(AnInmate.Convict(), new LocalDate(2025, 1, 1));
        decision.Should().BeNotYetEligible().And.BecomeEligibleOn(HalfDate);
        decision.Should().HaveFinding("lapas.half-served").Which.Should().BeMetOn(HalfDate).And.HaveFact("sentence.half").Which.Date.Should().Be(HalfDate);
        Policy.Decide(AnInmate.Convict(), HalfDate).Should().BecomeEligibleOn(HalfDate);
        var act = () => decision.Should().BecomeEligibleOn(HalfDate.PlusDays(1));
        act.Should().Throw<XunitException>().WithMessage("Expected decision to become eligible on 2025-03-10, but it is NotYetEligible from 2025-03-09.*");
    }

    [Fact]
    public void BeIneligibleBecause_NamesTheFailingCriterion()
    {
        // docs/domain.md §2: a detainee (tahanan) is not eligible for convict programmes.
        var decision = Policy.Decide(AnInmate.Detainee().Sentenced("1y"), HalfDate);
        decision.Should().BeIneligibleBecause("lapas.convict");
        var act = () => decision.Should().BeIneligibleBecause("lapas.convict", "lapas.litmas");
        act.Should().Throw<XunitException>().WithMessage("*lapas.litmas did not fail (failing: lapas.convict)*Its explanation:*Decision: Ineligible*");
        var wrongStatus = () => Policy.Decide(AnInmate.Convict(), HalfDate).Should().BeIneligibleBecause("lapas.convict");
        wrongStatus.Should().Throw<XunitException>().WithMessage("Expected decision to be ineligible because of lapas.convict, but it is Eligible.*");
    }

    [Fact]
    public void BeUndeterminedFor_ByCodeAndByEvidenceKind()
    {
        // the design notes: missing evidence makes a decision undetermined, listing what is missing.
        var decision = Policy.Decide(AnInmate.Convict().WithNotRecorded(EvidenceKind.Litmas), HalfDate);
        decision.Should().BeUndetermined().And.BeUndeterminedFor("evidence.litmas").And.BeUndeterminedFor(EvidenceKind.Litmas);
        var act = () => decision.Should().BeUndeterminedFor(EvidenceKind.FamilyGuarantee);
        act.Should().Throw<XunitException>().WithMessage("*FamilyGuarantee is not among the missing evidence (evidence.litmas)*");
        Policy.Decide(AnInmate.Convict().WithRegisterFNotChecked(), HalfDate).Should().BeUndeterminedFor(EvidenceKind.RegisterFExtract);
    }

    [Fact]
    public void Absent_IsIneligibleNotUndetermined()
    {
        // the design notes: a recorded "no" is a "no", a missing record is "undetermined".
        Policy.Decide(AnInmate.Convict().Without(EvidenceKind.Litmas), HalfDate).Should().BeIneligibleBecause("lapas.litmas");
    }

    [Fact]
    public void Punishment_DelaysEligibility()
    {
        // docs/domain.md §9: no punishment in the last months; the local rule counts 180 days after the last day.
        var decision = Policy.Decide(AnInmate.Convict().WithPunishment(new LocalDate(2025, 1, 10), new LocalDate(2025, 1, 16)), HalfDate);
        decision.Should().BecomeEligibleOn(new LocalDate(2025, 7, 16));
        decision.Should().HaveFinding("lapas.no-recent-punishment").Which.Should().BeNotMet().And.BeMetOn(new LocalDate(2025, 7, 16));
    }

    [Fact]
    public void FindingAssertions_FailWithTheFinding()
    {
        var finding = Policy.Decide(AnInmate.Convict(), HalfDate).Findings[1];
        finding.Should().BeMet().And.BeMetSince(HalfDate).And.HaveCode("lapas.half-served").And.CiteArticle("Permenkumham", "Pasal 45");
        var act = () => finding.Should().BeUnknown();
        act.Should().Throw<XunitException>().WithMessage("Expected finding to be unknown, but it is lapas.half-served: Met since 2025-03-09:*[Met] Has served 1/2 of the sentence*1/2 date: 2025-03-09*");
        var missingFact = () => finding.Should().HaveFact("sentence.expiry");
        missingFact.Should().Throw<XunitException>().WithMessage("*to use a fact sentence.expiry*");
        var citation = () => finding.Should().CiteArticle("UU 22/2022");
        citation.Should().Throw<XunitException>();
    }

    [Fact]
    public void Null_FailsWithAMessage()
    {
        Decision? none = null;
        var act = () => none.Should().BeEligible();
        act.Should().Throw<XunitException>().WithMessage("Expected decision to be eligible, but found <null>.");
        CriterionFinding? nothing = null;
        var finding = () => nothing.Should().BeMet();
        finding.Should().Throw<XunitException>().WithMessage("Expected finding to be met, but found <null>.");
    }

    [Fact]
    public void AssertionScope_CollectsEveryFailureWithoutThrowingEarly()
    {
        var decision = Policy.Decide(AnInmate.Detainee(), HalfDate);
        var act = () =>
        {
            using var scope = new AssertionScope();
            decision.Should().BeEligible();
            decision.Should().HaveFinding("no.such-code");
            decision.Should().HaveFingerprint("0000");
        };
        act.Should().Throw<XunitException>().WithMessage("*to be eligible*no criterion has that code*to have fingerprint 0000*");
    }

    [Fact]
    public void HaveFingerprint_PinsTheDecision()
    {
        // the design notes: the same inputs give the same fingerprint.
        var decision = Policy.Decide(AnInmate.Convict(), HalfDate);
        decision.Should().HaveFingerprint(Policy.Decide(AnInmate.Convict(), HalfDate).Fingerprint);
    }

    [Fact]
    public void Be_ComparesDecisionsAndShowsBoth()
    {
        var a = Policy.Decide(AnInmate.Convict(), HalfDate);
        a.Should().Be(Policy.Decide(AnInmate.Convict(), HalfDate));
        var act = () => a.Should().Be(Policy.Decide(AnInmate.Convict(), HalfDate.PlusDays(1)));
        act.Should().Throw<XunitException>().WithMessage("*differs. Expected:*evaluated on 2025-03-10*Actual:*evaluated on 2025-03-09*");
    }
}
