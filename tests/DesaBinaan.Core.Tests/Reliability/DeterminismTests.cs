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
    // began to list only the parameters its criteria read, with labels instead of raw enum names.
    public static TheoryData<string, string, string> Pinned => new()
    {
        { "asimilasi", "narcotics", "dc9b847de21c6f3a85c2122894e920f7e6ce1b09dbf4e3f7b7704afd026ac53b" },
        { "asimilasi", "worked-example", "97612dcb80e5816145d38721607286131f0c717c848a0809ba73aa42d7f5a29e" },
        { "asimilasi", "no-litmas", "bb252e6ce5a7cda76cc066afaf37dfe79146b3603896d097c5568e53a995190d" },
        { "outside-activity", "narcotics", "9507d4a721dd7c456461fc41e46c1054dac2c084ef599fc3d8ccb80bb496f6bc" },
        { "outside-activity", "worked-example", "dca656b42b2497c3cac9b7e04f0ca4446236b03bcbfc5eda0998e2c36d09e182" },
        { "outside-activity", "no-litmas", "08d7092aef863bbf640c431c8d4aa987ae4b00b2092c32481de75447d0396d8d" },
        { "pb", "narcotics", "00955419fcb079aa24b36cc0ab8ca0c34c053455a139ada48aa2bb1b97ebf847" },
        { "pb", "worked-example", "c383e4f5806bef196bc6cbdc88c0b438f21b659f99a480f349228f0881d818e2" },
        { "pb", "no-litmas", "727a59b3f4d8a1db5a78ccb5c303f23c92d4b0b6f1052f2f9c62040ecf148734" },
        { "cb", "narcotics", "4879278845a5868a5418e39920b98aaa541c7edf0d9987df697ab0d20366cb02" },
        { "cb", "worked-example", "bcec1075dacb316b7f3780d00a27ff67bb924d8136e1527a9ef76504086e843e" },
        { "cb", "no-litmas", "df89c2c6f016a2ff4f0bd4bd8117575d8d6a8cc87e8806c69d431174671a53eb" },
        { "cmb", "narcotics", "356d964a19b601a61c4886d11a3622f91b9c3f634076e76880d411a071888e84" },
        { "cmb", "worked-example", "70094622ae2a446b7e95424eaabdd8c25e0383e2aa0a762971a9c626d87c9728" },
        { "cmb", "no-litmas", "96adbbdb378801cce6fa76bbc436b574c26102a8963c6a535425aa980a82b760" },
        { "cmk", "narcotics", "36e79a0fd1398477a72e45c82377dd5ea48035e252980857a66ed432bcb248bf" },
        { "cmk", "worked-example", "a393a1c43ee37736c54251e8b1be1bea16326e0b85677de7e8ce4d2b45248a18" },
        { "cmk", "no-litmas", "ef29236d51d814b947f81d1e79c68fa4ecfcacf74ced9a85fc8be79f474cb7dd" },
        { "remisi", "narcotics", "8423aee17fb1b2e478b072c5bd801b19a335681b6f5a37c9d07949540f2a7be2" },
        { "remisi", "worked-example", "974344c7e8b87b3c6cb4fc68610b1ac55e069fe315ec474d1c11d91296535387" },
        { "remisi", "no-litmas", "074dae56eb20523ce49dc6ecffab3408d7716c5e1fd53fb4e439edfd0b26512b" },
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
