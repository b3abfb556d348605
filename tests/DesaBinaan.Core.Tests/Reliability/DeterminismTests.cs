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
    // remissions received), so every pinned fingerprint was renewed once.
    public static TheoryData<string, string, string> Pinned => new()
    {
        { "asimilasi", "narcotics", "2dd21e7126eb48c08c91d82f21cf2d14baa5199263952f234ab257098f32b6e3" },
        { "asimilasi", "worked-example", "66bc9b4f95a45a86e613837111634ab6883bac70c4ddfa55608816d5a2e7d818" },
        { "asimilasi", "no-litmas", "dd12cd0d0c3ed80158f1c9375e6e29b15f9c49c64db76282a5da66bcaaa8c777" },
        { "outside-activity", "narcotics", "52774dc3237eacbcc2e4bd6a9f093243df6a74e0e78cb64bdb757e3a0c61fffb" },
        { "outside-activity", "worked-example", "0b86a649cc01f9f36e07cee6c0b75be463a593539351f8c9c61125ab1fa57827" },
        { "outside-activity", "no-litmas", "88b25b61ddfa10cbe5c44dbc3f4b6a19c4f88a96ee2ec4ad5b870e1ba6b59061" },
        { "pb", "narcotics", "e1ee17d315cf594b6d87b167671f95a164179d2bd4e88b023286ce98b5a5ebc6" },
        { "pb", "worked-example", "e1a9534ec4ea0b042b315796e358807991c0c69b3fa35fba8a5e9efdfe1324dc" },
        { "pb", "no-litmas", "68b1d41b3bc123103c55ec9eb206bc23d77ed9c780758b848596c6e248264848" },
        { "cb", "narcotics", "d30e68873c9a8ab44da78816f1e1a74e7f3201cb0d45bf3d75a764686a11557a" },
        { "cb", "worked-example", "76ef23e4c2a492cc1b6b88f49191a525f2496fe48a12e79394e7ac6c7937c07f" },
        { "cb", "no-litmas", "ad38b7cc1b75bf18ae8f8f98f1b583943937090bb4ce4aaa292737d29bfa79bc" },
        { "cmb", "narcotics", "1a56e730a5c00246f9dd21a76ce23941c24efe987cb9d7f3de3f23a43c6ae527" },
        { "cmb", "worked-example", "ad8023ad222a5ff9ba7a538c674db3aaf2aa1bb2187fd617f6156ded41549eb0" },
        { "cmb", "no-litmas", "be30a5066912062987c1281d982e4a318f5adb6c1aa2cc30afc4b84632311b54" },
        { "cmk", "narcotics", "28e00828e0008ad5e5054c51dfea2d6aee3238be9ef5173d88cfbd19927747cd" },
        { "cmk", "worked-example", "8253b5265b138e63599d2c2e695e56da7716ad4425fe1012f2fb89cb92d86cab" },
        { "cmk", "no-litmas", "30df76628c61f58351052efc569d9e99a737b9c0a471c6a37dc890b172405bed" },
        { "remisi", "narcotics", "54c2fbf962897278d1bdd3934d03040f4da572bc9213a31942f62a7cc9b4ddaa" },
        { "remisi", "worked-example", "66a8896f2729456fc9b25becb587a447fb7e234b723c4a7d105c0b5f5dc49e29" },
        { "remisi", "no-litmas", "160f1eb43b710184fb8d7f3b31a508d758e77697cc8db4d9c9af47310bc443d8" },
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
