using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;

namespace DesaBinaan.Core.Tests.Population;

/// <summary>
/// The export path of a roster: row data written into a caller's buffer (no texts), texts rendered once, and the full
/// row materialised on demand — saying what each person's decision says.
/// </summary>
public sealed class EligibilityRowDataTests
{
    private static readonly LocalDate Date = new(2026, 5, 1);

    private static RosterEvaluation<PopulationToySubject, PopulationToyParameters> Toy() =>
        RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, PopulationToy.Roster());

    // docs/domain.md §9: B has served the required time on 2026-05-05, so is not yet eligible, blocked by toy.served.
    [Fact]
    public void RowDataAt_NotYetEligible_GivesStatusDateAndBlockerPosition()
    {
        var roster = Toy();

        var data = roster.RowDataAt(1);

        data.SubjectIndex.Should().Be(1);
        data.Status.Should().Be(DecisionStatus.NotYetEligible);
        data.HasEligibleFrom.Should().BeTrue();
        data.EligibleFrom.Should().Be(new LocalDate(2026, 5, 5));
        data.EligibleFromDayNumber.Should().Be(DayNumbers.FromDate(new LocalDate(2026, 5, 5)));
        roster.RowBlockers[data.Blocker].Code.Should().Be("toy.served");
        data.ToString().Should().Be("#1 NotYetEligible from 2026-05-05 (blocker 0)");
    }

    [Fact]
    public void RowDataAt_EligibleAndUndetermined_AsTheSummariesSay()
    {
        var roster = Toy();

        var eligible = roster.RowDataAt(0);
        var undetermined = roster.RowDataAt(4);

        eligible.Status.Should().Be(DecisionStatus.Eligible);
        eligible.EligibleFrom.Should().Be(PopulationToy.AsOf, "an eligible person is eligible from the evaluation date");
        eligible.Blocker.Should().Be(-1);
        undetermined.Status.Should().Be(DecisionStatus.Undetermined);
        undetermined.HasEligibleFrom.Should().BeFalse();
        undetermined.EligibleFromDayNumber.Should().Be(-1);
        undetermined.EligibleFrom.Should().BeNull();
        roster.RowBlockers[undetermined.Blocker].Code.Should().Be("toy.report", "E's Litmas report is not recorded: missing evidence, not a no");
    }

    [Fact]
    public void ToRow_GivesTheRowOfTheDecisionWithoutFingerprint()
    {
        var roster = Toy();

        for (var i = 0; i < roster.Count; i++)
        {
            var expected = EligibilityRow.From(roster.Decide(i), Language.English);

            var row = roster.ToRow(roster.RowDataAt(i), Language.English);

            row.Should().Be(WithoutFingerprint(expected));
        }
    }

    // A rule with exceptions is named by the branch that decides: the time served for asimilasi is 1/2 (Permenkumham
    // 3/2018 Pasal 44), 2/3 and at least 9 months for a special offence (Pasal 45 ayat (1) as amended by Permenkumham
    // 7/2022), and a child's own threshold (docs/domain.md §10) — exceptions by descending priority, then the general rule.
    [Fact]
    public void RowBlockers_OfAsimilasi_ListTheBranchesOfTheTimeRuleAfterIt()
    {
        var roster = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, Date, SyntheticPopulation.Generate(10, Date));

        var codes = roster.RowBlockers.Select(d => d.Code).ToList();

        codes.Should().ContainInConsecutiveOrder("asimilasi.time-served", "asimilasi.child.time-served", "asimilasi.special.two-thirds-served", "asimilasi.half-served");
        codes.Should().OnlyHaveUniqueItems();
        roster.RowBlockers[0].Should().BeSameAs(roster.Version.Criteria[0].Descriptor);
    }

    // The national export: row data of a few thousand synthetic people under several policies say what each decision says.
    [Fact]
    public void WriteRowData_OfTheBuiltInPolicies_SayWhatTheDecisionsSay()
    {
        var profiles = SyntheticPopulation.Generate(3_000, Date);
        var outside = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(Date));
        var policies = new[] { IndonesianPolicies.Asimilasi, IndonesianPolicies.Parole, IndonesianPolicies.FamilyVisitLeave, IndonesianPolicies.PreReleaseLeave, outside, outside.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))) };
        var branchesSeen = 0;
        foreach (var policy in policies)
        {
            var roster = new InmatePopulation(profiles).Evaluate(policy.Prepare(Date));
            var texts = roster.RowTexts(Language.English);

            // Chunks of an odd size, so that a chunk boundary falls anywhere.
            var data = new EligibilityRowData[roster.Count];
            var buffer = new EligibilityRowData[97];
            for (var start = 0; start < roster.Count;)
            {
                var written = roster.WriteRowData(start, buffer);
                buffer.AsSpan(0, written).CopyTo(data.AsSpan(start));
                start += written;
            }

            var rows = roster.Rows(Language.English);
            var firstDifference = -1;
            for (var i = 0; i < roster.Count && firstDifference < 0; i++)
            {
                var same = data[i] == roster.RowDataAt(i)
                    && data[i].SubjectIndex == i
                    && data[i].Status == roster.Summaries[i].Status
                    && data[i].EligibleFrom == roster.Summaries[i].EligibleFrom
                    && roster.ToRow(in data[i], texts) == WithoutFingerprint(rows[i]);
                firstDifference = same ? -1 : i;
                if (data[i].Blocker >= 0 && roster.Version.Criteria[roster.Summaries[i].FirstBlocker] is ExceptionCriterion<InmateProfile, RightsParameters> rule && !ReferenceEquals(roster.RowBlockers[data[i].Blocker], rule.Descriptor))
                {
                    branchesSeen++;
                }
            }

            firstDifference.Should().Be(-1, "{0}: {1} against {2}", policy.Id, firstDifference < 0 ? null : roster.ToRow(in data[firstDifference], texts), firstDifference < 0 ? null : rows[firstDifference]);
            roster.RowsFromSummaries(Language.English).Should().Equal(data.Select(d => roster.ToRow(in d, texts)));
        }

        branchesSeen.Should().BePositive("the sample has people blocked by a branch of a rule with exceptions");
    }

    // A rule whose exception is itself a rule with exceptions: the row names the branch the decision names, however deep.
    [Fact]
    public void RowData_NestedRuleWithExceptions_NamesTheDecidingBranch()
    {
        var half = Flag("nested.half-served", s => s.Served);
        var twoThirds = Flag("nested.two-thirds-served", s => s.Served);
        var childTime = Flag("nested.child-time-served", s => s.Served);
        var special = Criteria.WithExceptions(Descriptor("nested.special-time"), twoThirds, new CriterionException<NestedSubject, PopulationToyParameters>(5, Flag("nested.is-child", s => s.Child), childTime));
        var time = Criteria.WithExceptions(Descriptor("nested.time-served"), half, new CriterionException<NestedSubject, PopulationToyParameters>(10, Flag("nested.is-special", s => s.Special), special));
        var policy = new Policy<NestedSubject, PopulationToyParameters>("nested", new("Uji bertingkat", "Nested test"),
        [
            new PolicyVersion<NestedSubject, PopulationToyParameters>("nested.v1", new("Versi uji", "Test version"), new DateInterval(new LocalDate(2020, 1, 1), LocalDate.MaxIsoValue), [new Citation("Permenkumham 3/2018", "Pasal 44")], new PopulationToyParameters(false), [time]),
        ]);
        NestedSubject[] subjects = [new("N1", Special: false, Child: false), new("N2", Special: true, Child: true), new("N3", Special: true, Child: false), new("N4", Special: true, Child: null), new("N5", Special: null, Child: false)];
        var roster = RosterEvaluation<NestedSubject, PopulationToyParameters>.Evaluate(policy, Date, subjects);

        var codes = Enumerable.Range(0, roster.Count).Select(i => roster.RowBlockers[roster.RowDataAt(i).Blocker].Code).ToList();

        roster.RowBlockers.Select(d => d.Code).Should().Equal("nested.time-served", "nested.special-time", "nested.child-time-served", "nested.two-thirds-served", "nested.half-served");
        codes.Should().Equal("nested.half-served", "nested.child-time-served", "nested.two-thirds-served", "nested.special-time", "nested.time-served");
        codes.Should().Equal(roster.Rows().Select(r => r.FirstBlockerCode), "each row names what the decision names");
    }

    [Fact]
    public void WriteRowData_AtTheEndAndBeyond()
    {
        var roster = Toy();
        var buffer = new EligibilityRowData[4];

        roster.WriteRowData(5, buffer).Should().Be(2);
        roster.WriteRowData(7, buffer).Should().Be(0);
        ((Action)(() => roster.WriteRowData(8, buffer))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        ((Action)(() => roster.WriteRowData(-1, buffer))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        ((Action)(() => roster.RowDataAt(7))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void RowTexts_RenderedOnceInTheLanguageAsked()
    {
        var roster = Toy();

        var texts = roster.RowTexts();

        texts.Language.Should().Be(Language.Indonesian);
        texts.PolicyId.Should().Be("toy-outside");
        texts.VersionId.Should().Be("toy-outside.v1");
        texts.Date.Should().Be(PopulationToy.AsOf);
        texts.BlockerCount.Should().Be(3);
        texts.StatusLabel(DecisionStatus.Eligible).Should().Be(DecisionStatus.Eligible.Label().Indonesian).And.BeSameAs(texts.StatusLabel(DecisionStatus.Eligible));
        texts.BlockerCode(1).Should().Be("toy.minimum-security");
        texts.BlockerTitle(1).Should().Be("Keamanan minimum");
        texts.Citation(1).Should().Be("Permenkumham 3/2018 Pasal 45");
        texts.BlockerCode(-1).Should().BeNull();
        texts.BlockerTitle(-1).Should().BeNull();
        texts.Citation(-1).Should().Be("Permenkumham 3/2018 Pasal 44", "with no blocker the row cites the version");
        texts.VersionCitation.Should().Be("Permenkumham 3/2018 Pasal 44");
        texts.ToString().Should().Be("toy-outside.v1 on 2026-05-01 (Indonesian): 3 blockers");
    }

    [Fact]
    public void RowTexts_BadArguments_Throw()
    {
        var roster = Toy();
        var texts = roster.RowTexts(Language.English);

        ((Action)(() => roster.RowTexts((Language)7))).Should().Throw<ArgumentException>().WithParameterName("language");
        ((Action)(() => texts.BlockerCode(3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("blocker").WithMessage("*-1 (none) or from 0 to 2*");
        ((Action)(() => texts.Citation(-2))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("blocker");
        ((Action)(() => texts.StatusLabel((DecisionStatus)9))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public void ToRow_TextsOfAnotherVersionOrSubjectOutside_Throw()
    {
        var roster = Toy();
        var later = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), new LocalDate(2026, 7, 1), PopulationToy.Roster());
        var data = roster.RowDataAt(1);

        ((Action)(() => roster.ToRow(in data, later.RowTexts()))).Should().Throw<ArgumentException>().WithParameterName("texts").WithMessage("*toy-outside.v2*");
        ((Action)(() => roster.ToRow(in data, (EligibilityRowTexts)null!))).Should().Throw<ArgumentNullException>().WithParameterName("texts");
        var many = RosterEvaluation<PopulationToySubject, PopulationToyParameters>.Evaluate(PopulationToy.Policy(), PopulationToy.AsOf, [.. PopulationToy.Roster(), .. PopulationToy.Roster()]);
        var beyond = many.RowDataAt(10);
        ((Action)(() => roster.ToRow(in beyond, Language.English))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row");
        var asimilasi = RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(IndonesianPolicies.Asimilasi, Date, SyntheticPopulation.Generate(7, Date));
        var foreign = Enumerable.Range(0, 7).Select(asimilasi.RowDataAt).First(d => d.Blocker >= 3);
        ((Action)(() => roster.ToRow(in foreign, Language.English))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("row").WithMessage("*blocker*");
    }

    [Fact]
    public void Equality_ByValue()
    {
        var roster = Toy();
        EqualityAssert.Values(roster.RowDataAt(1), roster.RowDataAt(1), roster.RowDataAt(2), roster.RowDataAt(0), default);
        default(EligibilityRowData).Blocker.Should().Be(-1, "the default row data has no blocker");
        default(EligibilityRowData).Status.Should().Be(DecisionStatus.Undetermined);
    }

    private static CriterionDescriptor Descriptor(string code) => new(code, new("Syarat uji " + code, "Test condition " + code), new Citation("Permenkumham 3/2018", "Pasal 44"));

    private static FlagCriterion Flag(string code, Func<NestedSubject, bool?> value) => new(Descriptor(code), value);

    private sealed record NestedSubject(string SubjectId, bool? Special, bool? Child) : IEligibilitySubject
    {
        public bool? Served => false;
    }

    private sealed class FlagCriterion(CriterionDescriptor descriptor, Func<NestedSubject, bool?> value) : ICriterion<NestedSubject, PopulationToyParameters>
    {
        public CriterionDescriptor Descriptor { get; } = descriptor;

        public CriterionResult Evaluate(NestedSubject subject, in EvaluationContext<PopulationToyParameters> context) => CriterionResult.FromBoolean(value(subject));

        public CriterionFinding Explain(NestedSubject subject, in EvaluationContext<PopulationToyParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [Fact.OfFlag("nested.flag", new("Penanda", "Flag"), value(subject))]);
    }

    private static EligibilityRow WithoutFingerprint(EligibilityRow r) =>
        new(r.SubjectId, r.PolicyId, r.VersionId, r.Date, r.Status, r.StatusLabel, r.EligibleFrom, r.FirstBlockerCode, r.FirstBlockerLabel, r.Citation, null, r.Language);
}
