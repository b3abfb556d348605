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

    public static TheoryData<string, string, string> Pinned => new()
    {
        { "asimilasi", "narcotics", "ceb0a7db86e402dd414ac3e8458b79461f945506ae6bbd46983eb439046a4b51" },
        { "asimilasi", "worked-example", "102c49a4668b210ac809729e314a35301303ddc9a6f8dd33c0af698784bedf60" },
        { "asimilasi", "no-litmas", "5230d0ba767c4d1b5b9538ac2d299e5da0cf60847a980849e2065cb06254b53c" },
        { "outside-activity", "narcotics", "95d50fc50e861b3c4306fc241a63bedbd0e44da14fa8a0afcb772e1d81a0e2a4" },
        { "outside-activity", "worked-example", "d7500eb8ce18df5ddf1adfc3237a7e84e851932b547e13f8b69050348372afdb" },
        { "outside-activity", "no-litmas", "af72284c4a472fa732538e982a09d7ddda9a2d85d69861f0ad373674bcf2c7e0" },
        { "pb", "narcotics", "4c77cf6b795695cf12d9457a2fefc4975430376511c40253b433f030832360bb" },
        { "pb", "worked-example", "3322879bac872568a07c30c0fdc5b2c1b1b066a8bc30cdeaf55869f907285a94" },
        { "pb", "no-litmas", "7a0c2d813660d185c8bb6aee327651936089c838ccc7ebbac4048da493998e03" },
        { "cb", "narcotics", "d021bf956a5ed21e8df98ba26dfa69d94439f766bb26eabf0c46574c36dee3af" },
        { "cb", "worked-example", "3c460259f36e2bdde601208cc24e451cdfe395a885144f6f0f1a7cc02adf8ca5" },
        { "cb", "no-litmas", "861b52c12a8ea5ee9f5e87f3049ca895013e93b1b76e96646ce460045d217d08" },
        { "cmb", "narcotics", "27dd4940771544dd99f17b999197e6986fd3f96d4ca2efd0889dfd4042117bc5" },
        { "cmb", "worked-example", "f110fd19677339cbdf62f3a9cc95079d96aa122a9bbfe78e5bceeaf7e26427bf" },
        { "cmb", "no-litmas", "f05290377d9f149823cd8084c1948fdde04bd7c6cc8096820cc518b46d02242f" },
        { "cmk", "narcotics", "a36dd9dba9ebc26d1640e7c28c812f81077f26ed7d2a0ac25edb0de740a4dea7" },
        { "cmk", "worked-example", "1e0671889dee770eb000517092595920dfb36391b8bf7d677488103e35d477da" },
        { "cmk", "no-litmas", "3a48cc3a00ee196a4bffac94c074a076794b3f5953c4bc98bb13b1c0b342f39b" },
        { "remisi", "narcotics", "fb361e6873c2fb6d228e720b32af4595233b4f961ff7aa1326f970699f439fb9" },
        { "remisi", "worked-example", "f73a098e927209e1d4983bf77601da2947de62c900215d4c1939c26de2840f60" },
        { "remisi", "no-litmas", "1a336f70445050844fa8cee06d1e2e33a3cbe869f4a077eafc58dab130787bbe" },
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
