using System.Text.RegularExpressions;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// Text is rendered in the language asked, throughout: no Indonesian text carries the English words of the package's
/// own vocabulary, no English text the Indonesian ones, and findings read "what, how it stands, what was recorded, why".
/// </summary>
public sealed class OneLanguageTests
{
    /// <summary>Words the package writes in English texts only.</summary>
    private static readonly string[] English = ["not met", "waiting until", "not recorded", "recorded:", "evaluated on", "Decision:", "Legal basis", "days", "officers", "covered", "Missing evidence", "Fingerprint", "coverage"];

    /// <summary>Words the package writes in Indonesian texts only.</summary>
    private static readonly string[] Indonesian = ["tidak terpenuhi", "menunggu sampai", "belum tercatat", "tercatat:", "tanggal evaluasi", "Keputusan:", "Dasar hukum", "hari", "petugas", "Sidik jari", "pengawal", "tercakup"];

    public static TheoryData<string> RenderedTexts()
    {
        var data = new TheoryData<string>();
        foreach (var (where, _) in ProducedTexts.Collect().Where(t => t.Where.EndsWith("/id", StringComparison.Ordinal) || t.Where.EndsWith("/en", StringComparison.Ordinal)).DistinctBy(t => t.Where))
        {
            data.Add(where);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RenderedTexts))]
    public void RenderedText_UsesOnlyItsOwnLanguage(string where)
    {
        var indonesian = where.EndsWith("/id", StringComparison.Ordinal);
        foreach (var (_, text) in ProducedTexts.Collect().Where(t => t.Where == where))
        {
            foreach (var word in indonesian ? English : Indonesian)
            {
                WholeWord(word).IsMatch(text).Should().BeFalse("the {0} text of {1} must not contain '{2}':\n{3}", indonesian ? "Indonesian" : "English", where, word, text);
            }
        }
    }

    [Fact]
    public void Describe_NotMet_SaysWhatFailedWithTheRecordedValueAndTheArticle()
    {
        // Permenkumham 35/2018: an outside activity takes only inmates placed at minimum security.
        var inmate = AnInmate.Convict().AtSecurityLevel(DesaBinaan.Core.Institutions.SecurityLevel.Medium).Sentenced("2y").ServedHalfOn(ProducedTexts.Today.PlusDays(-30));
        var decision = AnActivity.OutsideActivityOn(ProducedTexts.Today).Decide(inmate, ProducedTexts.Today);
        var blocker = decision.Blockers.Single(b => b.Code == "activity.minimum-security");
        blocker.Describe(Language.English).Should().StartWith("not met: ").And.Contain("recorded: ").And.Contain("Permenkumham 35/2018");
        blocker.Describe(Language.Indonesian).Should().StartWith("tidak terpenuhi: ").And.Contain("tercatat: ").And.Contain("Permenkumham 35/2018");
    }

    [Fact]
    public void FactNumbers_FollowTheLanguage()
    {
        // id-ID groups thousands with a dot, en-GB with a comma.
        var fact = Fact.OfDaysOf("time.served", new LocalizedText("Masa dijalani", "Time served"), 5000, 7300);
        fact.FormatValue(Language.Indonesian).Should().Be("5.000 dari 7.300 hari");
        fact.FormatValue(Language.English).Should().Be("5,000 of 7,300 days");
    }

    [Fact]
    public void ActivityContext_IsDescribedInOneLanguage_ByTheActivitysTitle()
    {
        // The roster's heading once read "jumat-bersih on 2026-06-20: covered, 10 officers" in the Indonesian output.
        var plan = AnActivity.JumatBersih();
        var context = ActivityEvaluationContext.Recorded(plan, ProducedTexts.Today, true, 1_500);
        context.Describe(Language.Indonesian).Should().Be(plan.Title + " pada 2026-06-20: lingkup tercakup perjanjian yang berlaku, 1.500 petugas pengawal");
        context.Describe(Language.English).Should().Be(plan.Title + " on 2026-06-20: scope covered by an agreement in force, 1,500 escort officers");
        context.Describe(Language.Indonesian).Should().NotContain(plan.Id.ToString(), "a name exists, so no internal id");
    }

    private static Regex WholeWord(string word) => new("(?<![A-Za-z])" + Regex.Escape(word) + "(?![A-Za-z])", RegexOptions.CultureInvariant);
}
