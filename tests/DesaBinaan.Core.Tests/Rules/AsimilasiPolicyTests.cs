using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using static DesaBinaan.Core.Tests.Rules.RuleFixture;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>Assimilation (docs/domain.md §9; Permenkumham 3/2018 Pasal 44 and 45 as amended by 7/2022; UU 22/2022 Pasal 10).</summary>
public sealed class AsimilasiPolicyTests
{
    private static readonly Policy<InmateProfile, RightsParameters> Policy = IndonesianPolicies.Asimilasi;

    [Fact]
    public void Decide_ConvictWithEverythingInOrder_Eligible()
    {
        var decision = Policy.Decide(Convict(), Today);
        decision.Status.Should().Be(DecisionStatus.Eligible, decision.Render(Language.English));
        decision.VersionId.Should().Be("asimilasi.2022");
    }

    // UU 22/2022 Pasal 10 ayat (1): rights belong to convicts and children serving a sentence; tahanan are not eligible.
    [Theory]
    [InlineData(LegalStatus.Convict, CriterionOutcome.Met)]
    [InlineData(LegalStatus.Child, CriterionOutcome.Met)]
    [InlineData(LegalStatus.Detainee, CriterionOutcome.NotMet)]
    [InlineData(LegalStatus.Client, CriterionOutcome.NotMet)]
    public void Convict_ByLegalStatus(LegalStatus status, CriterionOutcome expected)
    {
        Result(Policy, "rights.convict", Convict().WithStatus(status, OffenceCategory.General)).Outcome.Should().Be(expected);
    }

    [Fact]
    public void Decide_Detainee_Ineligible()
    {
        var detainee = new InmateProfile(new InmateId("T-01"), LegalStatus.Detainee, security: DesaBinaan.Core.Institutions.SecurityLevel.Medium);
        var decision = Policy.Decide(detainee, Today);
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.Blockers[0].Code.Should().Be("rights.convict");
    }

    // UU 22/2022 Pasal 10 ayat (4): no assimilation for life or death sentences.
    [Theory]
    [InlineData("life", CriterionOutcome.NotMet)]
    [InlineData("death", CriterionOutcome.NotMet)]
    [InlineData("fixed", CriterionOutcome.Met)]
    [InlineData("none", CriterionOutcome.Unknown)]
    public void LifeOrDeath_Table(string sentence, CriterionOutcome expected)
    {
        var first = new LocalDate(2020, 3, 1);
        SentenceHistory? history = sentence switch
        {
            "life" => new SentenceHistory([Sentence.Life], Detention.Continuous(first)),
            "death" => new SentenceHistory([Sentence.Death], Detention.Continuous(first)),
            "fixed" => SentenceHistory.Imprisonment(first, SentenceTerm.FromYears(10)),
            _ => null,
        };
        Result(Policy, "rights.life-or-death", Convict().WithSentence(history)).Outcome.Should().Be(expected);
    }

    [Fact]
    public void Decide_LifeSentence_IneligibleAndTimeServedNeverMet()
    {
        var life = Convict().WithSentence(new SentenceHistory([Sentence.Life], Detention.Continuous(new LocalDate(2010, 1, 1))));
        var decision = Policy.Decide(life, Today);
        decision.Status.Should().Be(DecisionStatus.Ineligible);
        decision.Findings.Single(f => f.Code == "asimilasi.half-served").Result.Should().Be(CriterionResult.NotMet);
    }

    [Fact]
    public void SentenceRunning_AfterExpiry_NotMet()
    {
        Result(Policy, "rights.sentence-running", Convict(firstDay: new LocalDate(2023, 1, 2))).Outcome.Should().Be(CriterionOutcome.NotMet);
        Result(Policy, "rights.sentence-running", Convict()).Outcome.Should().Be(CriterionOutcome.Met);
    }

    // Permenkumham 3/2018 Pasal 44 huruf c: general offences, 1/2 of the term (docs/domain.md §8 for the date).
    [Theory]
    [InlineData(2025, 12, 27, CriterionOutcome.NotMet)]
    [InlineData(2025, 12, 28, CriterionOutcome.Met)]
    public void HalfServed_GeneralOffence_FromTheHalfDate(int y, int m, int d, CriterionOutcome expected)
    {
        var date = new LocalDate(y, m, d);
        var result = Result(Policy, "asimilasi.time-served", Convict(), date);
        result.Outcome.Should().Be(expected);
        result.Date.Should().Be(new LocalDate(2025, 1, 2).PlusDays(360));
    }

    [Fact]
    public void HalfServed_WorkedExampleOfDomain_HalfOn20250531()
    {
        // docs/domain.md §8: detained 2024-03-14, 2 years 6 months, 15 days remission 2024-12-25: 1/2 on 2025-05-31 under the
        // net-of-remission convention, a named alternative (1/2 of 885, rounded up: 443 days); 2025-05-23 under the
        // practice convention, the default (next test).
        var history = SentenceHistory.Imprisonment(new LocalDate(2024, 3, 14), new SentenceTerm(2, 6, 0), new Remission(new LocalDate(2024, 12, 25), SentenceTerm.FromDays(15), RemissionKind.Special));
        var policy = Policy.WithParameters(p => p.WithConvention(CountingConvention.NetOfRemission));
        var finding = policy.Decide(Convict().WithSentence(history), new LocalDate(2025, 5, 30)).Findings.Single(f => f.Code == "asimilasi.half-served");
        finding.Date.Should().Be(new LocalDate(2025, 5, 31));
        finding.Facts.Single(f => f.Code == "sentence.days-served").Format(Language.English).Should().Be("Days served: 442 of 443 days");
    }

    [Fact]
    public void HalfServed_WorkedExampleOfDomain_HalfOn20250523()
    {
        // Practice convention (docs/domain.md §8): 1/2 of 900 = 450 days; the 15 days granted on 2024-12-25 count as served,
        // so 435 days in custody: 2025-05-23 (was 2025-05-31, 443 days, net of remission).
        var history = SentenceHistory.Imprisonment(new LocalDate(2024, 3, 14), new SentenceTerm(2, 6, 0), new Remission(new LocalDate(2024, 12, 25), SentenceTerm.FromDays(15), RemissionKind.Special));
        var finding = Policy.Decide(Convict().WithSentence(history), new LocalDate(2025, 5, 22)).Findings.Single(f => f.Code == "asimilasi.half-served");
        finding.Date.Should().Be(new LocalDate(2025, 5, 23));
        finding.Facts.Single(f => f.Code == "sentence.days-served").Format(Language.English).Should().Be("Days served: 434 of 435 days");
    }

    // Permenkumham 3/2018 Pasal 45 ayat (1) huruf c (as amended by 7/2022): special offences 2/3, at least 9 months; narcotics only from 5 years.
    [Theory]
    [InlineData(OffenceCategory.General, 2, 0, 360, "asimilasi.half-served")]
    [InlineData(OffenceCategory.Corruption, 2, 0, 480, "asimilasi.special.two-thirds-served")]
    // Practice convention (docs/domain.md §8): a 10-month term (the expiry after 300 days), since 9 months now end on the
    // day the 9-month minimum is reached (next test); was 9 months under calendar months.
    [InlineData(OffenceCategory.Terrorism, 0, 10, 270, "asimilasi.special.two-thirds-served")] // 2/3 of 300 = 200 < 9 months: the minimum decides
    [InlineData(OffenceCategory.Narcotics, 4, 0, 720, "asimilasi.half-served")] // narcotics under 5 years: general rule
    [InlineData(OffenceCategory.Narcotics, 5, 0, 1200, "asimilasi.special.two-thirds-served")]
    public void TimeServed_ExceptionForSpecialOffences(OffenceCategory offence, int years, int months, int days, string branch)
    {
        var profile = Convict(term: new SentenceTerm(years, months, 0), offence: offence);
        var finding = Policy.Decide(profile, Today).Findings.Single(f => f.Code == branch);
        finding.Date.Should().Be(new LocalDate(2025, 1, 2).PlusDays(days));
    }

    // Practice convention (docs/domain.md §8, §9): a 9-month term expires after 270 days, on 2025-09-29, the day the 9-month
    // minimum would be reached: the condition is not met and has no date to wait for, the sentence ends first. Under
    // calendar months, a named alternative, the term expires on 2025-10-02 and the minimum decides on 2025-09-29 (the value before).
    [Fact]
    public void TimeServed_SpecialOffenceMinimumOnTheExpiry_NotMetWithoutADate()
    {
        var profile = Convict(term: SentenceTerm.FromMonths(9), offence: OffenceCategory.Terrorism);
        var on = new LocalDate(2025, 6, 1);
        var finding = Policy.Decide(profile, on).Findings.Single(f => f.Code == "asimilasi.special.two-thirds-served");
        finding.Outcome.Should().Be(CriterionOutcome.NotMet);
        finding.Date.Should().BeNull();
        finding.Facts.Single(f => f.Code == "sentence.ends-first").Date.Should().Be(new LocalDate(2025, 9, 29));
        var calendar = Policy.WithParameters(p => p.WithConvention(CountingConvention.CalendarMonths));
        calendar.Decide(profile, on).Findings.Single(f => f.Code == "asimilasi.special.two-thirds-served").Date.Should().Be(new LocalDate(2025, 9, 29));
    }

    [Fact]
    public void TimeServed_OffenceNotRecorded_Unknown()
    {
        var profile = Convict().WithStatus(LegalStatus.Convict, null);
        Result(Policy, "asimilasi.time-served", profile).Should().Be(CriterionResult.Unknown);
        Policy.Decide(profile, Today).MissingEvidence.Select(f => f.Code).Should().Contain("inmate.offence-category");
    }

    // Children: thresholds are parameters (docs/domain.md §10 point 3): by default 3 months served, 3 months without punishment.
    [Fact]
    public void TimeServed_Child_MinimumThreeMonthsByDefault_AndConfigurable()
    {
        var child = Convict(firstDay: new LocalDate(2026, 4, 1), term: SentenceTerm.FromYears(2)).WithStatus(LegalStatus.Child, OffenceCategory.General);
        var finding = Policy.Decide(child, Today).Findings.Single(f => f.Code == "asimilasi.child.time-served");
        finding.Date.Should().Be(new LocalDate(2026, 4, 1).PlusDays(90));

        var strict = Policy.WithParameters(p => p.WithSettings(p.SettingsOf<AsimilasiSettings>().WithChildThresholds(3, SentenceTerm.FromMonths(3), Fraction.OneThird)));
        strict.Decide(child, Today).Findings.Single(f => f.Code == "asimilasi.child.time-served").Date.Should().Be(new LocalDate(2026, 4, 1).PlusDays(240));
    }

    // Pasal 44 huruf a: no disciplinary punishment in the last 6 months (180 days at 30 a month); special offences 9 months.
    [Theory]
    [InlineData(OffenceCategory.General, -200, CriterionOutcome.Met)]
    [InlineData(OffenceCategory.General, -150, CriterionOutcome.NotMet)]
    [InlineData(OffenceCategory.Corruption, -200, CriterionOutcome.NotMet)]
    [InlineData(OffenceCategory.Corruption, -280, CriterionOutcome.Met)]
    public void Conduct_PunishmentEnded_Table(OffenceCategory offence, int endOffset, CriterionOutcome expected)
    {
        var end = Today.PlusDays(endOffset);
        var profile = Convict(offence: offence).WithRegisterF([new DisciplinaryRecord(end.PlusDays(-6), DisciplinaryPunishment.Light, end)]);
        var result = Result(Policy, "asimilasi.conduct", profile);
        result.Outcome.Should().Be(expected);
        result.Date.Should().Be(end.PlusDays((offence == OffenceCategory.General ? 180 : 270) + 1));
    }

    [Fact]
    public void Conduct_RegisterNotChecked_UnknownListingRegisterF()
    {
        var profile = Convict().WithRegisterF(null);
        Result(Policy, "asimilasi.conduct", profile).Should().Be(CriterionResult.Unknown);
        var decision = Policy.Decide(profile, Today);
        decision.Status.Should().Be(DecisionStatus.Undetermined);
        decision.MissingEvidence.Select(f => f.Code).Should().Contain("inmate.register-f");
    }

    [Fact]
    public void Decide_RecentPunishment_NotYetEligibleAssumingNoNewPunishment()
    {
        var end = Today.PlusDays(-100);
        var decision = Policy.Decide(Convict().WithRegisterF([new DisciplinaryRecord(end.PlusDays(-6), DisciplinaryPunishment.Moderate, end)]), Today);
        decision.Status.Should().Be(DecisionStatus.NotYetEligible);
        decision.EligibleFrom.Should().Be(end.PlusDays(181));
        decision.Assumptions.Should().Contain(a => a.English == "assuming no new disciplinary punishment");
    }

    // Pasal 44 huruf b: active in guidance.
    [Theory]
    [InlineData(true, CriterionOutcome.Met)]
    [InlineData(false, CriterionOutcome.NotMet)]
    [InlineData(null, CriterionOutcome.Unknown)]
    public void Guidance_Table(bool? active, CriterionOutcome expected)
    {
        Result(Policy, "asimilasi.guidance", Convict().WithConduct(active, false)).Outcome.Should().Be(expected);
    }

    // Pasal 45 ayat (2): terrorism needs deradicalisation and a pledge; not applicable to other offences.
    [Theory]
    [InlineData(OffenceCategory.General, EvidenceStatus.NotRecorded, EvidenceStatus.NotRecorded, CriterionOutcome.NotApplicable)]
    [InlineData(OffenceCategory.Terrorism, EvidenceStatus.Present, EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData(OffenceCategory.Terrorism, EvidenceStatus.Present, EvidenceStatus.Absent, CriterionOutcome.NotMet)]
    [InlineData(OffenceCategory.Terrorism, EvidenceStatus.NotRecorded, EvidenceStatus.Present, CriterionOutcome.Unknown)]
    public void Terrorism_DeradicalisationAndPledge(OffenceCategory offence, EvidenceStatus deradicalisation, EvidenceStatus pledge, CriterionOutcome expected)
    {
        var profile = Convict(offence: offence).WithEvidence(AllEvidence.With(EvidenceKind.Deradicalisation, deradicalisation).With(EvidenceKind.Pledge, pledge));
        Result(Policy, "asimilasi.terrorism.deradicalisation", profile).Outcome.Should().Be(expected);
    }

    // Pasal 45 ayat (3): corruption needs the fine and the restitution paid in full (or none imposed).
    [Theory]
    [InlineData(EvidenceStatus.Present, EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData(EvidenceStatus.NotRequired, EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData(EvidenceStatus.Absent, EvidenceStatus.Present, CriterionOutcome.NotMet)]
    [InlineData(EvidenceStatus.Present, EvidenceStatus.NotRecorded, CriterionOutcome.Unknown)]
    public void Corruption_FineAndRestitutionPaid(EvidenceStatus fine, EvidenceStatus restitution, CriterionOutcome expected)
    {
        var profile = Convict(offence: OffenceCategory.Corruption).WithEvidence(AllEvidence.With(EvidenceKind.FinePaid, fine).With(EvidenceKind.RestitutionPaid, restitution));
        Result(Policy, "asimilasi.corruption.paid", profile).Outcome.Should().Be(expected);
    }

    // PP 99/2012 and 28 P/HUM/2021: the justice-collaborator condition belongs to the 2018 version only.
    [Theory]
    [InlineData(2021, 6, 1, OffenceCategory.Corruption, EvidenceStatus.NotRecorded, CriterionOutcome.Unknown)]
    [InlineData(2021, 6, 1, OffenceCategory.Corruption, EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData(2021, 6, 1, OffenceCategory.General, EvidenceStatus.NotRecorded, CriterionOutcome.NotApplicable)]
    [InlineData(2026, 6, 20, OffenceCategory.Corruption, EvidenceStatus.NotRecorded, CriterionOutcome.NotApplicable)]
    public void JusticeCollaborator_OnlyInTheVersionBeforeTheAmendment(int y, int m, int d, OffenceCategory offence, EvidenceStatus statement, CriterionOutcome expected)
    {
        var profile = Convict(firstDay: new LocalDate(2020, 1, 2), term: SentenceTerm.FromYears(10), offence: offence).WithEvidence(AllEvidence.With(EvidenceKind.JusticeCollaborator, statement));
        Result(Policy, "asimilasi.special.justice-collaborator", profile, new LocalDate(y, m, d)).Outcome.Should().Be(expected);
    }

    // Foreign nationals additionally need an embassy or consulate guarantee (docs/domain.md §9).
    [Theory]
    [InlineData("ID", EvidenceStatus.NotRecorded, CriterionOutcome.NotApplicable)]
    [InlineData("MY", EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData("MY", EvidenceStatus.NotRecorded, CriterionOutcome.Unknown)]
    [InlineData("MY", EvidenceStatus.Absent, CriterionOutcome.NotMet)]
    [InlineData(null, EvidenceStatus.NotRecorded, CriterionOutcome.Unknown)]
    public void EmbassyGuarantee_Table(string? nationality, EvidenceStatus guarantee, CriterionOutcome expected)
    {
        var profile = Convict().WithOrigin(nationality, null).WithEvidence(EvidenceKind.EmbassyGuarantee, guarantee);
        Result(Policy, "rights.embassy-guarantee", profile).Outcome.Should().Be(expected);
    }

    // Administrative evidence (docs/domain.md §9): missing evidence means undetermined, not ineligible.
    [Theory]
    [InlineData(EvidenceStatus.Present, CriterionOutcome.Met)]
    [InlineData(EvidenceStatus.NotRecorded, CriterionOutcome.Unknown)]
    [InlineData(EvidenceStatus.Absent, CriterionOutcome.NotMet)]
    public void Evidence_Litmas_Table(EvidenceStatus litmas, CriterionOutcome expected)
    {
        var profile = Convict().WithEvidence(EvidenceKind.Litmas, litmas);
        Result(Policy, "asimilasi.evidence", profile).Outcome.Should().Be(expected);
        if (expected == CriterionOutcome.Unknown)
        {
            var decision = Policy.Decide(profile, Today);
            decision.Status.Should().Be(DecisionStatus.Undetermined);
            decision.MissingEvidence.Should().ContainSingle().Which.Code.Should().Be("evidence.litmas");
        }
    }

    // UU 22/2022 Pasal 10 ayat (2): a reduced risk level, a switch of the version (off by default).
    [Fact]
    public void RiskReduction_OffByDefault_RequiredWhenSwitchedOn()
    {
        Result(Policy, "rights.risk-reduction", Convict()).Outcome.Should().Be(CriterionOutcome.NotApplicable);
        var strict = Policy.WithParameters(p => p.WithSettings(new AsimilasiSettings(requireRiskReduction: true)));
        Result(strict, "rights.risk-reduction", Convict()).Outcome.Should().Be(CriterionOutcome.Unknown);
        Result(strict, "rights.risk-reduction", Convict().WithEvidence(AllEvidence.With(EvidenceKind.RiskReduction, EvidenceStatus.Present))).Outcome.Should().Be(CriterionOutcome.Met);
    }

    [Fact]
    public void Decide_ConventionNotNetOfRemission_MovesTheHalfDate()
    {
        // docs/domain.md §10 point 1: the fraction basis is a parameter (the counting convention), printed in the explanation.
        var history = SentenceHistory.Imprisonment(new LocalDate(2024, 3, 14), new SentenceTerm(2, 6, 0), new Remission(new LocalDate(2024, 12, 25), SentenceTerm.FromDays(15), RemissionKind.Special));
        var profile = Convict().WithSentence(history);
        var gross = CountingConvention.Default.WithFractionBasis("gross", FractionBasis.ImposedTermOnly);
        var policy = Policy.WithParameters(p => p.WithConvention(gross));
        var decision = policy.Decide(profile, new LocalDate(2025, 5, 1));
        decision.Findings.Single(f => f.Code == "asimilasi.half-served").Date.Should().Be(new LocalDate(2024, 3, 14).PlusDays(450));
        decision.Render(Language.English).Should().Contain("Counting convention: Convention gross");
    }
}
