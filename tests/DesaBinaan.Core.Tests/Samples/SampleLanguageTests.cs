using System.Text.RegularExpressions;
using SampleProgram = DesaBinaan.Pekalongan.Program;

namespace DesaBinaan.Core.Tests.Samples;

/// <summary>
/// The sample run as a user runs it: its help, its errors and its output are in one language at a time (Indonesian by
/// default, English with <c>--lang en</c>), with the numbers of that language (<c>2.000</c> and <c>0,8 ms</c> in
/// Indonesian, <c>2,000</c> and <c>0.8 ms</c> in English), and the help lists every command's options.
/// </summary>
public sealed class SampleLanguageTests
{
    /// <summary>The sample writes to the console; one run at a time.</summary>
    private static readonly Lock Console = new();

    private static readonly string[] EnglishWords = ["the", "and", "of", "evaluates", "lists", "not met", "recorded", "covered", "officers", "evaluated on", "error"];

    private static readonly string[] IndonesianWords = ["dan", "yang", "daftar", "menilai", "tidak terpenuhi", "tercatat", "petugas", "tanggal evaluasi", "galat"];

    [Fact]
    public void Help_InEachLanguage_ListsTheOptionsOfEveryCommand_InThatLanguageOnly()
    {
        var (indonesian, _, _) = Run("help");
        var (english, _, _) = Run("help", "--lang", "en");
        foreach (var option in new[] { "--as-of", "--start", "--term", "--remission", "--size", "--compare", "--out", "--csv", "--date", "--id" })
        {
            indonesian.Should().Contain(option);
            english.Should().Contain(option);
        }

        ShouldBeOnly(indonesian, EnglishWords, "help");
        ShouldBeOnly(english, IndonesianWords, "help --lang en");
    }

    [Fact]
    public void BadArgument_IsReportedInTheLanguageAsked()
    {
        var (_, indonesian, code) = Run("roster", "--as-of", "kemarin");
        code.Should().Be(2);
        indonesian.Should().StartWith("galat: --as-of: 'kemarin' bukan tanggal");
        var (_, english, _) = Run("roster", "--as-of", "kemarin", "--lang", "en");
        english.Should().StartWith("error: --as-of: 'kemarin' is not a date");
        var (_, unknown, _) = Run("perintah-lain");
        unknown.Should().StartWith("galat: perintah 'perintah-lain' tidak dikenal");
    }

    [Fact]
    public void Roster_InIndonesian_DescribesTheActivityAndEachFindingInIndonesian()
    {
        // The heading once ended "jumat-bersih-panjang-wetan on 2026-06-20: covered, 10 officers".
        var (indonesian, _, _) = Run("roster");
        indonesian.Should().Contain("Jumat Bersih Panjang Wetan pada 2026-06-20: lingkup tercakup perjanjian yang berlaku, 10 petugas pengawal");
        indonesian.Should().Contain("tidak terpenuhi: Ditempatkan pada tingkat keamanan minimum (tercatat: Tingkat keamanan: Keamanan menengah; Permenkumham 35/2018)");
        ShouldBeOnly(indonesian, ["not met", "recorded", "covered", "officers", "evaluated on", "waiting until"], "roster");
        var (english, _, _) = Run("roster", "--lang", "en");
        english.Should().Contain("not met: Placed at minimum security (recorded: Security level: Medium security; Permenkumham 35/2018)");
        ShouldBeOnly(english, IndonesianWords, "roster --lang en");
    }

    [Fact]
    public void Sentence_NamesItsDatesInTheLanguageAsked()
    {
        // docs/domain.md §8 worked arithmetic: 2 years 6 months from 2024-01-01, 2 months of remission on 2025-08-17.
        string[] args = ["sentence", "--start", "2024-01-01", "--term", "2y6m", "--remission", "2025-08-17:2m", "--as-of", "2026-06-20"];
        var (indonesian, _, _) = Run(args);
        indonesian.Should().Contain("dua-pertiga: 2025-08-17").And.Contain("ekspirasi: 2026-05-01");
        ShouldBeOnly(indonesian, ["two-thirds", "expiry", "served", "remaining", "convention"], "sentence");
        var (english, _, _) = Run([.. args, "--lang", "en"]);
        english.Should().Contain("two-thirds: 2025-08-17").And.Contain("expiry: 2026-05-01");
        ShouldBeOnly(english, ["dua-pertiga", "ekspirasi", "dijalani", "sisa", "konvensi"], "sentence --lang en");
    }

    [Fact]
    public void Report_WritesTheNumbersOfItsLanguage()
    {
        var (indonesian, _, _) = Run("report", "--size", "2000");
        indonesian.Should().Contain(": 2.000 profil").And.MatchRegex(@"Waktu evaluasi: [0-9]+,[0-9] ms").And.NotContain("2,000");
        var (english, _, _) = Run("report", "--size", "2000", "--lang", "en");
        english.Should().Contain(": 2,000 profiles").And.MatchRegex(@"Evaluation time: [0-9]+\.[0-9] ms").And.NotContain("2.000");
        var (day, _, _) = Run("remission-day", "--size", "3000");
        day.Should().Contain(": 3.000 orang");
    }

    private static void ShouldBeOnly(string text, string[] other, string what)
    {
        foreach (var word in other)
        {
            Regex.IsMatch(text, "(?<![A-Za-z-])" + Regex.Escape(word) + "(?![A-Za-z-])").Should().BeFalse("the output of '{0}' is in one language; it contains '{1}':\n{2}", what, word, text);
        }
    }

    private static (string Output, string Error, int Code) Run(params string[] args)
    {
        lock (Console)
        {
            var (output, error) = (System.Console.Out, System.Console.Error);
            using var outWriter = new StringWriter();
            using var errorWriter = new StringWriter();
            System.Console.SetOut(outWriter);
            System.Console.SetError(errorWriter);
            try
            {
                var code = SampleProgram.Main(args);
                return (outWriter.ToString(), errorWriter.ToString(), code);
            }
            finally
            {
                System.Console.SetOut(output);
                System.Console.SetError(error);
            }
        }
    }
}
