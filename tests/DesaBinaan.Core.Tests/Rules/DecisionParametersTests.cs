using DesaBinaan.Core.Common;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Rules;

/// <summary>
/// A decision lists the parameters its own criteria read, in words: a parole decision does not list the conditional
/// leave's or the family visit's thresholds, an assimilation decision not the outside activity's switch, and an
/// evidence list or a remission kind is written with its labels, not the names of the enum members.
/// </summary>
public sealed class DecisionParametersTests
{
    private static readonly LocalDate Day = new(2026, 3, 15);

    [Fact]
    public void Parole_ListsParoleParametersOnly()
    {
        var decision = IndonesianPolicies.Parole.Decide(AnInmate.Convict().WithId("WB-P1").Build(), Day);
        var codes = decision.Parameters.Select(p => p.Code).ToList();

        codes.Should().Contain(["parameter.convention", "parameter.pb.fraction", "parameter.pb.minimum-days", "parameter.pb.conduct-months", "parameter.pb.minimum-sentence-days", "parameter.pb.narcotics-assimilation-fraction", "parameter.pb.narcotics-threshold-days", "parameter.pb.evidence"]);
        codes.Should().NotContain(["parameter.cb.maximum-sentence-days", "parameter.cmk.minimum-sentence-days", "parameter.activity.minimum-security"]);
        codes.Should().OnlyContain(c => c == "parameter.convention" || c.StartsWith("parameter.pb.", StringComparison.Ordinal));
    }

    [Fact]
    public void ConditionalLeave_ListsItsOwnValues_NotParoles()
    {
        var codes = IndonesianPolicies.ConditionalLeave.Decide(AnInmate.Convict().WithId("WB-P2").Build(), Day).Parameters.Select(p => p.Code).ToList();

        // Its own fraction, longest sentence and conduct period (the conduct months were not listed while CB read the
        // parole fraction out of a settings object shared by four rights).
        codes.Should().Contain(["parameter.cb.fraction", "parameter.cb.maximum-sentence-days", "parameter.cb.conduct-months", "parameter.cb.evidence"]);
        codes.Should().OnlyContain(c => c == "parameter.convention" || c.StartsWith("parameter.cb.", StringComparison.Ordinal));
    }

    [Fact]
    public void Asimilasi_ListsNoOutsideActivitySwitch_AndNamesTheEvidenceInWords()
    {
        var decision = IndonesianPolicies.Asimilasi.Decide(AnInmate.Convict().WithId("WB-P3").Build(), Day);

        decision.Parameters.Select(p => p.Code).Should().NotContain("parameter.activity.minimum-security");
        var english = decision.Render(Language.English);
        english.Should().Contain("Community research report (Litmas)").And.NotContain("VerdictAndExecution");
        decision.Render(Language.Indonesian).Should().Contain("Laporan penelitian kemasyarakatan (Litmas)").And.NotContain("RegisterFExtract");
    }

    [Fact]
    public void OutsideActivity_ListsItsSwitchAndActivity()
    {
        var decision = IndonesianPolicies.OutsideActivity.Decide(AnInmate.Convict().WithId("WB-P4").Build(), Day);

        decision.Parameters.Select(p => p.Code).Should().Contain("parameter.activity.minimum-security");
    }

    [Fact]
    public void Remission_NamesItsKindInWords()
    {
        var decision = IndonesianPolicies.Remission.Decide(AnInmate.Convict().WithId("WB-P5").Build(), new LocalDate(2026, 8, 17));
        var kind = decision.Parameters.Single(p => p.Code == "parameter.remission.kind");

        kind.LabelValue.Should().Be(new LocalizedText("remisi umum", "general remission"));
        decision.Parameters.Select(p => p.Code).Should().NotContain(["parameter.pb.fraction", "parameter.asimilasi.general-fraction"]);
    }
}
