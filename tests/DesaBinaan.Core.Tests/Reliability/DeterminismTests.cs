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
    // before and after).
    public static TheoryData<string, string, string> Pinned => new()
    {
        { "asimilasi", "narcotics", "dc9b847de21c6f3a85c2122894e920f7e6ce1b09dbf4e3f7b7704afd026ac53b" },
        { "asimilasi", "worked-example", "97612dcb80e5816145d38721607286131f0c717c848a0809ba73aa42d7f5a29e" },
        { "asimilasi", "no-litmas", "bb252e6ce5a7cda76cc066afaf37dfe79146b3603896d097c5568e53a995190d" },
        { "outside-activity", "narcotics", "9507d4a721dd7c456461fc41e46c1054dac2c084ef599fc3d8ccb80bb496f6bc" },
        { "outside-activity", "worked-example", "dca656b42b2497c3cac9b7e04f0ca4446236b03bcbfc5eda0998e2c36d09e182" },
        { "outside-activity", "no-litmas", "08d7092aef863bbf640c431c8d4aa987ae4b00b2092c32481de75447d0396d8d" },
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
        { "remisi", "narcotics", "b6da1f517d03e690555fa63b699cdeefd2ae25ddfa22b96dde13a221f0848fc8" },
        { "remisi", "worked-example", "60c014aa0cc7525b11bc0bd7b014f20d706de8f975527d1793ae6a4a9e2b15ad" },
        { "remisi", "no-litmas", "2decc66a6365ac5b4b0ab81238c582d2e02ddff114515adb079a728798537043" },
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
