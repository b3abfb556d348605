using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>
/// Each right has its own settings type (docs/domain.md §9 gives their values): a version's <see cref="RightsParameters"/>
/// carry the convention and one right's settings, the right's criteria read that type, and a right of one's own derives
/// its settings from <see cref="RightSettings"/> and reads them the same way, through public types only.
/// </summary>
public sealed class RightSettingsTests
{
    private static readonly LocalDate Today = new(2025, 12, 1);

    // Detained 2022-01-03 for 5 years, a 1-month remission on 17 August 2023, a light punishment that ended on
    // 2025-02-20, everything else in order.
    private static readonly InmateProfile Inmate = CustomRightTests.Inmate;

    [Fact]
    public void BuiltInVersions_CarryTheSettingsOfTheirOwnRight()
    {
        IndonesianPolicies.Asimilasi.Versions.Should().OnlyContain(v => v.Parameters.Settings is AsimilasiSettings);
        IndonesianPolicies.OutsideActivity.Versions.Should().OnlyContain(v => v.Parameters.Settings is OutsideActivitySettings);
        IndonesianPolicies.Parole.Versions.Should().OnlyContain(v => v.Parameters.Settings is ParoleSettings);
        IndonesianPolicies.ConditionalLeave.Versions.Should().OnlyContain(v => v.Parameters.Settings is ConditionalLeaveSettings);
        IndonesianPolicies.PreReleaseLeave.Versions.Should().OnlyContain(v => v.Parameters.Settings is PreReleaseLeaveSettings);
        IndonesianPolicies.FamilyVisitLeave.Versions.Should().OnlyContain(v => v.Parameters.Settings is FamilyVisitLeaveSettings);
        IndonesianPolicies.Remission.Versions.Should().OnlyContain(v => v.Parameters.Settings is RemissionSettings);
    }

    [Fact]
    public void OutsideActivity_IncludesTheAssimilationSettings_AndOnlyItListsTheMinimumSecuritySwitch()
    {
        // docs/domain.md §3: an outside activity is assimilation outside the walls, with a minimum-security switch (§10
        // point 2); its assimilation criteria read the assimilation settings it includes.
        var outside = IndonesianPolicies.OutsideActivity.Versions[^1].Parameters;
        var settings = outside.SettingsOf<OutsideActivitySettings>();
        outside.SettingsOf<AsimilasiSettings>().Should().BeSameAs(settings.Asimilasi);
        settings.Asimilasi.RequiredEvidence.Should().Contain(EvidenceKind.HostGuarantee);
        outside.Values.Should().Contain(f => f.Code == "parameter.activity.minimum-security" && f.Flag == true);
        IndonesianPolicies.Parole.Versions[^1].Parameters.Values.Should().NotContain(f => f.Code == "parameter.activity.minimum-security");

        var off = IndonesianPolicies.OutsideActivity.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false)));
        off.Versions.Should().OnlyContain(v => !v.Parameters.SettingsOf<OutsideActivitySettings>().RequireMinimumSecurity && v.Parameters.SettingsOf<AsimilasiSettings>().RequiredEvidence.Contains(EvidenceKind.HostGuarantee));
    }

    [Fact]
    public void Defaults_AreTheValuesOfTheRegulation()
    {
        // docs/domain.md §9: PB 2/3 and at least 9 months, 9 months' conduct; CB at most 1 year 6 months, 2/3, 6 months'
        // conduct; CMB 2/3, 9 months' conduct; CMK at least 12 months, 1/2.
        var parole = new ParoleSettings();
        (parole.Fraction, parole.MinimumServed, parole.ConductMonths, parole.NarcoticsThreshold).Should().Be((Fraction.TwoThirds, SentenceTerm.FromMonths(9), 9, SentenceTerm.FromYears(5)));
        var leave = new ConditionalLeaveSettings();
        (leave.Fraction, leave.MaximumSentence, leave.ConductMonths).Should().Be((Fraction.TwoThirds, new SentenceTerm(1, 6, 0), 6));
        var preRelease = new PreReleaseLeaveSettings();
        (preRelease.Fraction, preRelease.ConductMonths).Should().Be((Fraction.TwoThirds, 9));
        var familyVisit = new FamilyVisitLeaveSettings();
        (familyVisit.Fraction, familyVisit.MinimumSentence).Should().Be((Fraction.OneHalf, SentenceTerm.FromMonths(12)));
    }

    [Fact]
    public void PreReleaseConductMonths_AreReadByTheConductCriterion_AsTheRuleBlockReadsItsOwn()
    {
        // Twelve months (360 days) after the punishment that ended on 2025-02-20: met from 2026-02-16, the date the
        // regional variant of CustomRightTests gives with its own 12-month block.
        var policy = IndonesianPolicies.PreReleaseLeave.WithParameters(p => p.WithSettings(p.SettingsOf<PreReleaseLeaveSettings>() with { ConductMonths = 12 }));
        var decision = policy.Decide(Inmate, Today);

        decision.Findings.Single(f => f.Descriptor.Code == "cmb.no-punishment").Result.Date.Should().Be(new LocalDate(2026, 2, 16));
        decision.EligibleFrom.Should().Be(new LocalDate(2026, 2, 16));
        decision.Parameters.Should().Contain(f => f.Code == "parameter.cmb.conduct-months" && f.Number == 12);
        IndonesianPolicies.PreReleaseLeave.Decide(Inmate, Today).Status.Should().Be(DecisionStatus.Eligible);
    }

    [Fact]
    public void SettingsOfAnotherRight_AreRefused_NamingBoth()
    {
        var parameters = new RightsParameters(CountingConvention.Default, new ParoleSettings());

        parameters.SettingsOf<ParoleSettings>().Should().BeSameAs(parameters.Settings);
        var act = () => parameters.SettingsOf<AsimilasiSettings>();
        act.Should().Throw<InvalidOperationException>().WithMessage("*reads the settings AsimilasiSettings*hold ParoleSettings*");

        // Another right's settings are refused when they replace a version's...
        var replace = () => IndonesianPolicies.PreReleaseLeave.WithParameters(p => p.WithSettings(new ConditionalLeaveSettings()));
        replace.Should().Throw<ArgumentException>().WithParameterName("settings").WithMessage("These parameters hold PreReleaseLeaveSettings; the settings given are ConditionalLeaveSettings*");

        // ...and a version built with them, whose criteria decide another right, is a programming error said plainly.
        var mixed = IndonesianPolicies.PreReleaseLeave.WithParameters(p => new RightsParameters(p.CountingConvention, new ConditionalLeaveSettings()));
        var decide = () => mixed.Decide(Inmate, Today);
        decide.Should().Throw<InvalidOperationException>().WithMessage("*PreReleaseLeaveSettings*ConditionalLeaveSettings*");
    }

    [Fact]
    public void With_ChangesOneValue_AndKeepsTheVersionsOthers()
    {
        // PB under the 2023 code asks for a sentence of at least a year; PB before 28 P/HUM/2021 for a justice-collaborator
        // statement (docs/domain.md §9). Changing the conduct period keeps both.
        var stricter = IndonesianPolicies.Parole.WithParameters(p => p.WithSettings(p.SettingsOf<ParoleSettings>() with { ConductMonths = 12 }));
        var pb2026 = stricter.Versions[^1].Parameters.SettingsOf<ParoleSettings>();
        var pb2018 = stricter.Versions[0].Parameters.SettingsOf<ParoleSettings>();

        (pb2026.ConductMonths, pb2026.MinimumSentence).Should().Be((12, SentenceTerm.FromYears(1)));
        (pb2018.ConductMonths, pb2018.RequireJusticeCollaborator, pb2018.MinimumSentence).Should().Be((12, true, (SentenceTerm?)null));
        stricter.Versions[^1].Parameters.Values.Should().Contain(f => f.Code == "parameter.pb.conduct-months" && f.Number == 12);
    }

    [Fact]
    public void With_ChecksEachValueAsTheConstructorDoes()
    {
        var parole = new ParoleSettings();
        var months = () => parole with { ConductMonths = 37 };
        var fraction = () => new FamilyVisitLeaveSettings() with { Fraction = new Fraction(3, 2) };
        var evidence = () => new ConditionalLeaveSettings() with { RequiredEvidence = [(EvidenceKind)99] };

        months.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ConductMonths").WithMessage("A conduct period is 0 to 36 months.*");
        fraction.Should().Throw<ArgumentException>().WithParameterName("Fraction").WithMessage("A fraction of a term is at most 1*");
        evidence.Should().Throw<ArgumentException>().WithParameterName("RequiredEvidence");
    }

    [Fact]
    public void With_OnEverySettingsType_ChecksAsTheConstructorDoes()
    {
        var asimilasi = () => new AsimilasiSettings() with { ChildConductMonths = 37 };
        var asimilasiFraction = () => new AsimilasiSettings() with { GeneralFraction = new Fraction(5, 4) };
        var remission = () => new RemissionSettings() with { ConductMonths = -1 };
        var outside = () => new OutsideActivitySettings(new AsimilasiSettings()) with { Asimilasi = null! };

        asimilasi.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ChildConductMonths").WithMessage("A conduct period is 0 to 36 months.*");
        asimilasiFraction.Should().Throw<ArgumentException>().WithParameterName("GeneralFraction").WithMessage("A fraction of a term is at most 1*");
        remission.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ConductMonths");
        outside.Should().Throw<ArgumentNullException>().WithParameterName("Asimilasi");
    }

    [Fact]
    public void With_AsimilasiGeneralFraction_IsTheFractionTheDecisionReads()
    {
        // Assimilation at 2/3 instead of 1/2 (docs/domain.md §9 gives 1/2): the decision lists the value it read.
        var twoThirds = IndonesianPolicies.Asimilasi.WithParameters(p => p.WithSettings(p.SettingsOf<AsimilasiSettings>() with { GeneralFraction = Fraction.TwoThirds }));
        var decision = twoThirds.Decide(Inmate, Today);

        decision.Parameters.Single(p => p.Code == "parameter.asimilasi.general-fraction").Fraction.Should().Be(Fraction.TwoThirds);
    }

    [Fact]
    public void EveryValueACriterionReads_IsListedByItsVersion()
    {
        // A decision lists the parameter values its criteria read (IReadsParameters); each must be among the version's values,
        // an optional value that is not set included (as "not required"). The activity's plan and scope are values once
        // the outside-activity policy is bound to an activity (before that, its activity criteria are unknown).
        var policies = IndonesianPolicies.All()
            .Add(IndonesianPolicies.Remission.WithParameters(p => p.WithSettings(p.SettingsOf<RemissionSettings>().ForHoliday(ReligiousHoliday.Natal))))
            .Add(AnActivity.OutsideActivityOn(new LocalDate(2026, 6, 5)));
        foreach (var version in policies.SelectMany(p => p.Versions))
        {
            var listed = version.Parameters.Values.Select(v => v.Code).ToHashSet();
            var read = version.Criteria.SelectMany(Read).ToList();
            read.Should().NotBeEmpty(version.Id);
            read.Should().OnlyContain(
                code => listed.Contains(code) || (version.Parameters.Activity == null && (code == "parameter.activity.plan" || code == "parameter.activity.scope")),
                "{0} lists {1}",
                version.Id,
                string.Join(", ", listed));
        }

        static IEnumerable<string> Read(ICriterion<InmateProfile, RightsParameters> criterion) =>
            (criterion as IReadsParameters)?.ParameterCodes.Concat(criterion is ExceptionCriterion<InmateProfile, RightsParameters> rule
                ? rule.Exceptions.SelectMany(e => Read(e.When).Concat(Read(e.Then))).Concat(Read(rule.Rule))
                : []) ?? [];
    }

    [Fact]
    public void RemissionAndParole_ReadTheirOwnNarcoticsThreshold()
    {
        // docs/domain.md §9: narcotics of 5 years or more are a special offence; a version may set its own threshold. A
        // 4-year narcotics sentence is special under a 3-year threshold, so the remission's justice-collaborator condition
        // applies to it (before 28 P/HUM/2021).
        var narcotics = new InmateProfile(
            new InmateId("WB-SET-3"),
            LegalStatus.Convict,
            SentenceHistory.Imprisonment(new LocalDate(2018, 1, 2), SentenceTerm.FromYears(4)),
            OffenceCategory.Narcotics,
            registerF: [],
            activeInGuidance: true);
        var grant = new LocalDate(2019, 8, 17);
        var remission = IndonesianPolicies.Remission.Decide(narcotics, grant).Findings.Single(f => f.Descriptor.Code == "remisi.special.justice-collaborator");
        var lowered = IndonesianPolicies.Remission.WithParameters(p => p.WithSettings(new RemissionSettings(requireJusticeCollaborator: true, narcoticsThreshold: SentenceTerm.FromYears(3))))
            .Decide(narcotics, grant).Findings.Single(f => f.Descriptor.Code == "remisi.special.justice-collaborator");

        remission.Result.Outcome.Should().Be(CriterionOutcome.NotApplicable);
        lowered.Result.Outcome.Should().NotBe(CriterionOutcome.NotApplicable);
    }

    [Theory]
    [InlineData(37)]
    [InlineData(-1)]
    public void ConductMonths_OutsideZeroToThirtySix_AreRefused(int months)
    {
        var parole = () => new ParoleSettings(conductMonths: months);
        var leave = () => new ConditionalLeaveSettings(conductMonths: months);
        var preRelease = () => new PreReleaseLeaveSettings(conductMonths: months);

        parole.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("conductMonths").WithMessage("A conduct period is 0 to 36 months.*");
        leave.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("conductMonths");
        preRelease.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("conductMonths");
    }

    [Fact]
    public void Fractions_AboveOne_AreRefused()
    {
        var threeHalves = new Fraction(3, 2);
        var familyVisit = () => new FamilyVisitLeaveSettings(fraction: threeHalves);
        var narcotics = () => new ParoleSettings(narcoticsAssimilationFraction: threeHalves);

        familyVisit.Should().Throw<ArgumentException>().WithParameterName("fraction").WithMessage("A fraction of a term is at most 1*");
        narcotics.Should().Throw<ArgumentException>().WithParameterName("narcoticsAssimilationFraction");
    }

    [Fact]
    public void ARightOfOnesOwn_ReadsItsOwnSettings_AndTheDecisionListsThem()
    {
        var policy = new Policy<InmateProfile, RightsParameters>(
            "local.training",
            new LocalizedText("Pelatihan kerja di desa binaan", "Work training in the partner village"),
            [
                new PolicyVersion<InmateProfile, RightsParameters>(
                    "local.training.2026",
                    new LocalizedText("Pelatihan kerja 2026", "Work training 2026"),
                    new DateInterval(new LocalDate(2026, 1, 1), LocalDate.MaxIsoValue),
                    [TrainingGuidance.Basis],
                    new RightsParameters(CountingConvention.Default, new TrainingSettings(RequireGuidance: true)),
                    [RuleBlocks.Convict, new TrainingGuidance()]),
            ]);
        var on = new LocalDate(2026, 6, 1);

        var decision = policy.Decide(Inmate, on);
        decision.Status.Should().Be(DecisionStatus.Eligible);
        decision.Parameters.Select(p => p.Code).Should().Equal("parameter.convention", "parameter.local.training.require-guidance");

        var idle = new InmateProfile(new InmateId("WB-SET-2"), LegalStatus.Convict, activeInGuidance: false);
        policy.Decide(idle, on).Status.Should().Be(DecisionStatus.Ineligible);
        policy.WithParameters(p => p.WithSettings(new TrainingSettings(RequireGuidance: false))).Decide(idle, on).Status.Should().Be(DecisionStatus.Eligible);
    }

    /// <summary>The settings of a right of one's own: one switch.</summary>
    private sealed record TrainingSettings(bool RequireGuidance) : RightSettings
    {
        public override IEnumerable<Fact> Values(CountingConvention convention) =>
            [Fact.OfFlag("parameter.local.training.require-guidance", new LocalizedText("Wajib aktif pembinaan", "Active guidance required"), RequireGuidance)];
    }

    /// <summary>The criterion of that right: active in guidance, while its settings require it.</summary>
    private sealed class TrainingGuidance : ICriterion<InmateProfile, RightsParameters>, IReadsParameters
    {
        public static readonly Citation Basis = new("Keputusan Kalapas (contoh)", null, "pelatihan kerja: aktif mengikuti pembinaan");

        public CriterionDescriptor Descriptor { get; } = new("local.training.guidance", new LocalizedText("Aktif mengikuti pembinaan", "Active in guidance"), Basis);

        public IEnumerable<string> ParameterCodes => ["parameter.local.training.require-guidance"];

        public CriterionResult Evaluate(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
            !context.Parameters.SettingsOf<TrainingSettings>().RequireGuidance ? CriterionResult.NotApplicable
            : subject.ActiveInGuidance is { } active ? CriterionResult.FromBoolean(active)
            : CriterionResult.Unknown;

        public CriterionFinding Explain(InmateProfile subject, in EvaluationContext<RightsParameters> context) =>
            new(Descriptor, Evaluate(subject, in context), [Fact.OfFlag("inmate.active-in-guidance", new LocalizedText("Aktif dalam pembinaan", "Active in guidance"), subject.ActiveInGuidance)]);
    }
}
