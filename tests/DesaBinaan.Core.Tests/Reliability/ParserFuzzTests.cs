using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// Every parser under random text (the style notes: "Parse throws FormatException saying what/where; TryParse never
/// throws"): <c>TryParse</c> never throws and agrees with <c>Parse</c>; <c>Parse</c> throws only
/// <see cref="FormatException"/> or, for null, <see cref="ArgumentNullException"/>; what parses prints back to text
/// that parses to the same value.
/// </summary>
public sealed class ParserFuzzTests
{
    /// <summary>Text near the formats: digits, dots, spaces, slashes, signs, unit letters, Unicode digits and look-alikes.</summary>
    private static readonly Gen<string> NearText =
        Gen.OneOf('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ', '/', '-', '+', 'y', 'm', 'd', 'Y', 'M', 'D', 'ı', 'İ', '٣', '๓', '\u00a0', '\t', ',', 'e')
            .Array[0, 24].Select(chars => new string(chars));

    private static readonly Gen<string> AnyText = Gen.Frequency((3, NearText), (1, Gen.String), (1, Gen.String[Gen.Char[(char)0, (char)0xFFFF], 0, 30]));

    /// <summary>Valid values mutated by one character, to hit the branches past the first check.</summary>
    private static Gen<string> Mutated(params string[] valid) =>
        Gen.Select(Gen.OneOf(valid), Gen.Int[0, 40], Gen.OneOf('0', '9', '.', ' ', 'x', '/', '-', '٣', 'y', 'm'), Gen.Int[0, 2])
            .Select((text, at, c, op) =>
            {
                var i = Math.Min(at, text.Length);
                return op switch
                {
                    0 => text.Insert(i, c.ToString()),
                    1 when i < text.Length => text.Remove(i, 1),
                    _ when i < text.Length => text[..i] + c + text[(i + 1)..],
                    _ => text + c,
                };
            });

    public static TheoryData<string> Parsers => ["region", "nip", "term", "fraction", "remissions", "evidence"];

    [Theory]
    [MemberData(nameof(Parsers))]
    public void TryParse_NeverThrows_AndAgreesWithParse(string parser)
    {
        var (tryParse, parse, valid) = Describe(parser);
        Gen.Frequency((2, AnyText), (2, Mutated(valid))).Sample(text =>
        {
            bool ok;
            string? printed;
            try
            {
                ok = tryParse(text, out printed);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{parser}: TryParse threw {e.GetType().Name} for \"{Escape(text)}\".", e);
            }

            try
            {
                var parsed = parse(text);
                if (!ok)
                {
                    throw new InvalidOperationException($"{parser}: Parse accepted \"{Escape(text)}\" but TryParse refused it.");
                }

                if (!string.Equals(parsed, printed, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{parser}: Parse and TryParse disagree on \"{Escape(text)}\".");
                }

                // Round trip: the printed form parses back to the same value.
                if (!string.Equals(parse(parsed), parsed, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{parser}: \"{parsed}\" does not parse back to itself.");
                }
            }
            catch (FormatException e)
            {
                if (ok)
                {
                    throw new InvalidOperationException($"{parser}: TryParse accepted \"{Escape(text)}\" but Parse threw.", e);
                }

                if (string.IsNullOrWhiteSpace(e.Message))
                {
                    throw new InvalidOperationException($"{parser}: the FormatException for \"{Escape(text)}\" has no message.", e);
                }
            }
        }, iter: 4000);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Parse_Null_ThrowsArgumentNull_TryParse_Null_IsFalse(string parser)
    {
        var (tryParse, parse, _) = Describe(parser);
        var act = () => parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        tryParse(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("33.75.03.1004")]
    [InlineData("3375031004")]
    [InlineData("33")]
    public void RegionCode_ValidTextParses(string text) => RegionCode.TryParse(text, out _).Should().BeTrue();

    [Fact]
    public void Parse_RejectsNonAsciiDigits()
    {
        // Culture-invariant parsing: Arabic-Indic and Thai digits are not ASCII digits.
        RegionCode.TryParse("٣٣", out _).Should().BeFalse();
        Nip.TryParse("١٩٨٦٠٩٢٦ ٢٠١٥٠٥ ١ ٠٠١", out _).Should().BeFalse();
        SentenceTerm.TryParse("๒y", out _).Should().BeFalse();
        Fraction.TryParse("٢/٣", out _).Should().BeFalse();
    }

    private delegate bool TryParser(string? text, out string? printed);

    private static (TryParser TryParse, Func<string, string> Parse, string[] Valid) Describe(string parser) => parser switch
    {
        "region" => (
            (string? t, out string? p) => { var ok = RegionCode.TryParse(t, out var r); p = ok ? r.ToString() : null; return ok; },
            t => RegionCode.Parse(t).ToString(),
            ["33.75.03.1004", "3375031004", "33.75", "33.26.01.2001", "33"]),
        "nip" => (
            (string? t, out string? p) => { var ok = Nip.TryParse(t, out var r); p = ok ? r.ToString() : null; return ok; },
            t => Nip.Parse(t).ToString(),
            ["19860926 201505 1 001", "198609262015051001", "19700101 199003 2 015"]),
        "term" => (
            (string? t, out string? p) => { var ok = SentenceTerm.TryParse(t, out var r); p = ok ? r.ToString() : null; return ok; },
            t => SentenceTerm.Parse(t).ToString(),
            ["2y6m", "15d", "1y", "20y", "0d", "1m15d"]),
        "fraction" => (
            (string? t, out string? p) => { var ok = Fraction.TryParse(t, out var r); p = ok ? r.ToString() : null; return ok; },
            t => Fraction.Parse(t).ToString(),
            ["2/3", "1/2", "4/6", "3", "0/1"]),
        "remissions" => (
            (string? t, out string? p) => { var ok = RemissionList.TryParse(t, out var r); p = ok ? Print(r) : null; return ok; },
            t => Print(RemissionList.Parse(t)),
            ["2024-12-25:15d:special;2025-08-17:2m:general", "2025-08-17:1m15d:General;", " 2026-03-19 : 15d : special "]),
        "evidence" => (
            (string? t, out string? p) => { var ok = EvidenceList.TryParse(t, out var r); p = ok ? Print(r) : null; return ok; },
            t => Print(EvidenceList.Parse(t)),
            ["litmas=present;family-guarantee=absent", "Litmas=Present", "register-f-extract=not-recorded;host-guarantee=not-required"]),
        _ => throw new ArgumentOutOfRangeException(nameof(parser)),
    };

    private static string Print(ValueList<Remission> remissions) =>
        string.Join(";", remissions.Select(r => r.GrantDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ":" + r.Amount + ":" + r.Kind));

    private static string Print(EvidenceFile file) =>
        string.Join(";", Enum.GetValues<EvidenceKind>().Where(k => file.Status(k) != EvidenceStatus.NotRecorded).Select(k => k + "=" + file.Status(k)));

    private static string Escape(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
