using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// the design notes "Deterministic": the same inputs give the same decision and the same fingerprint on any machine. The
/// values below are fixed: a run in another process, on another machine or under another culture must reproduce
/// them (the engine's own canonical encoding is pinned in Eligibility/DecisionTests).
/// </summary>
public sealed class DeterminismTests
{
    private static readonly LocalDate Day = new(2026, 3, 15);

    private static readonly Dictionary<string, InmateBuilder> Inmates = new(StringComparer.Ordinal)
    {
        ["narcotics"] = AnInmate.ConvictedOf(OffenceCategory.Narcotics).WithId("WB-D1").Sentenced("6y").ServedTwoThirdsOn(new LocalDate(2026, 3, 1)).WithPunishment(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 8)),
        ["worked-example"] = AnInmate.Convict().WithId("WB-D2").WithSentence(ASentence.WorkedExample()),
        ["no-litmas"] = AnInmate.Convict().WithId("WB-D3").WithNotRecorded(EvidenceKind.Litmas),
    };

    // The default counting convention changed to the practice convention (docs/domain.md §8): every decision names it, and
    // the worked example's dates moved (expiry 2026-06-27, 1/2 2025-05-23, 2/3 2025-08-21; the remission tier follows the
    // remissions received), so every pinned fingerprint was renewed once. They were renewed a second time when a decision
    // began to list only the parameters its criteria read, with labels instead of raw enum names, and a third time when each
    // right got its own settings: PB, CB, CMB, CMK and remission decisions list their own parameter values (parameter.pb.…,
    // parameter.cb.…), every finding and date unchanged (the decisions of 1,500 synthetic people on six dates compared
    // before and after); and a fourth time when a value a criterion reads was listed even when not set (the children's
    // fraction of assimilation, PB's least total sentence before 2026, as "not required") and a remission's holiday.
    public static TheoryData<string, string, string> Pinned => new()
    {
        { "asimilasi", "narcotics", "f38c1d24f6616608b0aa62df5c5d961365499af594b3b0b9dfbe121015347f8a" },
        { "asimilasi", "worked-example", "e2123e3a6974aeca678b346fb6ffaa1ba5162861691f121356e2328c6565324c" },
        { "asimilasi", "no-litmas", "2666cfedd0a8264fc5ef1dbaa1e636daf7014d4e805f3357ba69df210f973e64" },
        { "outside-activity", "narcotics", "3fc2be401d01af3b36fdfd6c575ffe4dc3dde97efcc81e785e2e2593b87908fb" },
        { "outside-activity", "worked-example", "cc93b6b2ec1d5e153158a3597326b89107a8fe95871a0abe5181c35c7133972b" },
        { "outside-activity", "no-litmas", "939e466e1d974a888aae48a2c0b92dfa902ca001fe120da67dc59382b9421929" },
        { "pb", "narcotics", "b48eb67cff089d5980905b5415dcc4871d09249e2bf7710dfe81a7ad102c39e7" },
        { "pb", "worked-example", "0362ceff8ecff82f77f435375466a63d736bf7bcad725d4384cbc056fc043d21" },
        { "pb", "no-litmas", "cf56d7b25cbd08a716910ccd2c507dadef320ff05ec54350e4d949e5e0257c1c" },
        { "cb", "narcotics", "b6835e4d9cf705887f46185de190e39cbe9a0c90db6f2f37b3f30f8217704a48" },
        { "cb", "worked-example", "6ae1e781738f7530ccb68d539347c9f7b55d3b69e3ddd04b304d5081a9b7e2f4" },
        { "cb", "no-litmas", "1992e33eaec73f51d300d60574e4fc90644855dd3ef5c2203a54435aba13abd0" },
        { "cmb", "narcotics", "c3f5b0f3415d67cf7170a4495727adc0b08703f55a5ce1a18fc5bb5a282ae238" },
        { "cmb", "worked-example", "613882165fcf32723e1405b1cf582c786c36d12a0227cc80bbb6492cb50a8c3f" },
        { "cmb", "no-litmas", "607f138b7020860a5b23eb2dfc68b7089ebf743b94165560d7444d5698d48690" },
        { "cmk", "narcotics", "0b621b9899883349aec8048fa593f811c2e657334ead69a2aec47e753d3f645d" },
        { "cmk", "worked-example", "1abfdee7b62819e0eddc9226c47621de7d04a8b3f521ce128790483b9825ed5e" },
        { "cmk", "no-litmas", "69436ca0cb1451169a35da58e78788c049713912ff42c4894dfa15a45c32af97" },
        { "remisi", "narcotics", "81f94e318bf1519b02c4929e035559bcd138a85e8d7892a1ff8e5eeb935e88e5" },
        { "remisi", "worked-example", "a78e1dee0d96701a01f9c292fd5926ca489695c0a8d3d542497b66479973465f" },
        { "remisi", "no-litmas", "b57b32f5594d5d63d721557835c00040f71e22a42bbcd4cb2f52e9795225bf5d" },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Fingerprint_IsFixed(string policyId, string inmate, string fingerprint)
    {
        var policy = IndonesianPolicies.All().Single(p => p.Id == policyId);
        policy.Decide(Inmates[inmate], Day).Fingerprint.Should().Be(fingerprint);
    }

    [Fact]
    public void CanonicalText_OfTheNarrativeDecision_IsFixed()
    {
        // What the fingerprint hashes: ids, date, parameters, and every finding with its facts, culture-invariant.
        var text = IndonesianPolicies.Asimilasi.Decide(Inmates["narcotics"], Day).CanonicalText();
        text.Should().StartWith("desabinaan.decision/1\npolicy=asimilasi\nversion=asimilasi.2022\nsubject=WB-D1\ndate=2026-03-15\n");
        text.Should().Contain("0 criterion=asimilasi.special.two-thirds-served|1|2026-03-01\n");
        text.Should().Contain("0 criterion=asimilasi.special.no-punishment|1|2026-03-06\n");
    }

    [Fact]
    public void Decide_Twice_GivesEqualDecisions()
    {
        var a = IndonesianPolicies.Asimilasi.Decide(Inmates["narcotics"], Day);
        var b = IndonesianPolicies.Asimilasi.Decide(Inmates["narcotics"].Build(), Day);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }
}
