using System.Text;
using CsvHelper;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Rules;
using DesaBinaan.Pekalongan.Synthetic;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Reporting.Tests;

/// <summary>
/// The CSV export of the report rows: read back with CsvHelper's reader it gives the same rows, its header speaks
/// the language asked, and texts with a comma, a quote or a line break survive.
/// </summary>
public sealed class ReportCsvTests
{
    private static readonly LocalDate AsOf = new(2026, 5, 1);

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void Write_EligibilityRowsOfASyntheticPopulation_ReadBackEqual(Language language)
    {
        var rows = EvaluatedRows(1_500, language);

        var text = new StringWriter();
        var written = ReportCsv.Write(rows, text, language);

        written.Should().Be(1_500);
        var back = ReadEligibilityRows(text.ToString(), language);
        back.Should().Equal(rows);
        rows.Select(r => r.Status).Distinct().Should().HaveCountGreaterThan(2, "the sample covers eligible, waiting and blocked people");
        rows.Should().Contain(r => r.EligibleFrom == null).And.Contain(r => r.EligibleFrom != null).And.Contain(r => r.FirstBlockerCode == null);
    }

    [Fact]
    public void Write_Indonesian_HeaderAndLabelsInIndonesian()
    {
        var text = new StringWriter();
        ReportCsv.Write(EvaluatedRows(200, Language.Indonesian), text, Language.Indonesian);

        using var reader = CsvReader.Create(new StringReader(text.ToString()), options: null, leaveOpen: false);
        reader.Headers.Should().Equal(
            "ID subjek", "Kebijakan", "Versi", "Tanggal evaluasi", "Status", "Keterangan status", "Memenuhi syarat sejak",
            "Kode penghambat pertama", "Penghambat pertama", "Dasar hukum", "Sidik keputusan");
        reader.Headers.Should().Equal(ReportCsv.EligibilityHeader(Language.Indonesian));
        var labels = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            labels.Add(reader.GetString(5));
        }

        labels.Should().Contain(DecisionStatus.Eligible.Label().In(Language.Indonesian)).And.NotContain(DecisionStatus.Eligible.Label().In(Language.English));
    }

    [Fact]
    public void Write_English_HeaderInEnglish()
    {
        var text = new StringWriter();
        ReportCsv.Write(Array.Empty<PartnershipRow>(), text, Language.English);

        text.ToString().Should().Be("Partnership id,Date,Partners,Stage,Stage label,Agreement number,Agreement kind,Term ends,Days to expiry\r\n");
        ReportCsv.PartnershipHeader(Language.Indonesian).Should().Equal(
            "ID kemitraan", "Tanggal", "Para pihak", "Tahap", "Keterangan tahap", "Nomor perjanjian", "Jenis perjanjian", "Akhir jangka waktu", "Sisa hari");
    }

    [Fact]
    public void Write_TextWithCommaQuoteAndLineBreak_IsQuotedAndReadBackEqual()
    {
        var awkward = "Lapas \"Kelas IIA\", Pekalongan;\r\nKelurahan Panjang Wetan";
        var rows = new[]
        {
            new PartnershipRow("pk-01", AsOf, awkward, PartnershipStage.Active, "Aktif", "PKS 01/2026, \"ilustrasi\"", AgreementKind.CooperationAgreement, new LocalDate(2027, 5, 31), 395, Language.Indonesian),
            new PartnershipRow("pk-02", AsOf, "Rutan X; Desa Y", null, null, null, null, null, null, Language.Indonesian),
        };

        var text = new StringWriter();
        ReportCsv.Write(rows, text, Language.Indonesian);

        text.ToString().Should().Contain("\"Lapas \"\"Kelas IIA\"\", Pekalongan;\r\nKelurahan Panjang Wetan\"");
        ReadPartnershipRows(text.ToString(), Language.Indonesian).Should().Equal(rows);
    }

    [Fact]
    public void Write_ToStream_Utf8WithoutByteOrderMarkSameAsTextAndLeftOpen()
    {
        var rows = EvaluatedRows(300, Language.English);
        var text = new StringWriter();
        ReportCsv.Write(rows, text, Language.English);

        using var stream = new MemoryStream();
        var written = ReportCsv.Write(rows, stream, Language.English);

        written.Should().Be(300);
        stream.CanWrite.Should().BeTrue("the caller's stream is left open");
        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).Should().Be(text.ToString());
    }

    [Fact]
    public void Write_RowInAnotherLanguage_ThrowsNamingRows()
    {
        var rows = new[] { new PartnershipRow("pk-01", AsOf, "A; B", PartnershipStage.Coordination, "Coordination", null, null, null, null, Language.English) };

        var act = () => ReportCsv.Write(rows, new StringWriter(), Language.Indonesian);

        act.Should().Throw<ArgumentException>().WithParameterName("rows").WithMessage("*language of the header (Indonesian)*row 0 is in English*");
    }

    // The national export streams the roster's row data: the same bytes as the rows from the summaries, in either language.
    [Theory]
    [InlineData(Language.Indonesian, false)]
    [InlineData(Language.English, false)]
    [InlineData(Language.Indonesian, true)]
    public void Write_Roster_SameBytesAsItsRowsFromSummaries(Language language, bool withoutMinimumSecurity)
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(AsOf));
        policy = withoutMinimumSecurity ? policy.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))) : policy;
        var roster = new InmatePopulation(SyntheticPopulation.Generate(2_500, AsOf)).Evaluate(policy.Prepare(AsOf));
        using var expected = new MemoryStream();
        ReportCsv.Write(roster.RowsFromSummaries(language), expected, language);

        using var streamed = new MemoryStream();
        var written = ReportCsv.Write(roster, streamed, language);
        var text = new StringWriter();
        ReportCsv.Write(roster, text, language);

        written.Should().Be(2_500);
        Encoding.UTF8.GetString(streamed.ToArray()).Should().Be(Encoding.UTF8.GetString(expected.ToArray()));
        text.ToString().Should().Be(Encoding.UTF8.GetString(expected.ToArray()));
        ReadEligibilityRows(text.ToString(), language, fingerprint: false).Should().Equal(roster.RowsFromSummaries(language));
    }

    [Fact]
    public void Write_Roster_BadArguments_Throw()
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(AsOf));
        var roster = new InmatePopulation(SyntheticPopulation.Generate(3, AsOf)).Evaluate(policy.Prepare(AsOf));
        ((Action)(() => ReportCsv.Write(roster, (TextWriter)null!, Language.English))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => ReportCsv.Write((RosterEvaluation<InmateProfile, RightsParameters>)null!, new StringWriter(), Language.English))).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        ((Action)(() => ReportCsv.Write(roster, Stream.Null, (Language)7))).Should().Throw<ArgumentException>().WithParameterName("language");
        using var readOnly = new MemoryStream([], writable: false);
        ((Action)(() => ReportCsv.Write(roster, readOnly, Language.English))).Should().Throw<ArgumentException>().WithParameterName("stream").WithMessage("*writable*");
    }

    [Fact]
    public void Write_BadArguments_Throw()
    {
        var rows = Array.Empty<EligibilityRow>();
        ((Action)(() => ReportCsv.Write(rows, (TextWriter)null!, Language.English))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => ReportCsv.Write((IEnumerable<EligibilityRow>)null!, new StringWriter(), Language.English))).Should().Throw<ArgumentNullException>().WithParameterName("rows");
        ((Action)(() => ReportCsv.Write(rows, new StringWriter(), (Language)7))).Should().Throw<ArgumentException>().WithParameterName("language");
        using var readOnly = new MemoryStream([], writable: false);
        ((Action)(() => ReportCsv.Write(rows, readOnly, Language.English))).Should().Throw<ArgumentException>().WithParameterName("stream").WithMessage("*writable*");
    }

    private static EligibilityRow[] EvaluatedRows(int size, Language language)
    {
        var policy = IndonesianPolicies.OutsideActivityFor(SyntheticPopulation.Activity(AsOf));
        var roster = new InmatePopulation(SyntheticPopulation.Generate(size, AsOf)).Evaluate(policy.Prepare(AsOf));
        return [.. roster.Rows(language)];
    }

    private static List<EligibilityRow> ReadEligibilityRows(string csv, Language language, bool fingerprint = true)
    {
        using var reader = CsvReader.Create(new StringReader(csv), options: null, leaveOpen: false);
        reader.Headers.Should().Equal(ReportCsv.EligibilityHeader(language));
        var rows = new List<EligibilityRow>();
        while (reader.Read())
        {
            reader.FieldCount.Should().Be(11);
            rows.Add(new EligibilityRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Date(reader.GetString(3))!.Value,
                Enum.Parse<DecisionStatus>(reader.GetString(4)),
                reader.GetString(5),
                Date(reader.GetString(6)),
                Optional(reader.GetString(7)),
                Optional(reader.GetString(8)),
                reader.GetString(9),
                fingerprint ? reader.GetString(10) : Optional(reader.GetString(10)),
                language));
        }

        return rows;
    }

    private static List<PartnershipRow> ReadPartnershipRows(string csv, Language language)
    {
        using var reader = CsvReader.Create(new StringReader(csv), options: null, leaveOpen: false);
        reader.Headers.Should().Equal(ReportCsv.PartnershipHeader(language));
        var rows = new List<PartnershipRow>();
        while (reader.Read())
        {
            rows.Add(new PartnershipRow(
                reader.GetString(0),
                Date(reader.GetString(1))!.Value,
                reader.GetString(2),
                Optional(reader.GetString(3)) is { } stage ? Enum.Parse<PartnershipStage>(stage) : null,
                Optional(reader.GetString(4)),
                Optional(reader.GetString(5)),
                Optional(reader.GetString(6)) is { } kind ? Enum.Parse<AgreementKind>(kind) : null,
                Date(reader.GetString(7)),
                Optional(reader.GetString(8)) is { } days ? int.Parse(days, System.Globalization.CultureInfo.InvariantCulture) : null,
                language));
        }

        return rows;
    }

    private static string? Optional(string field) => field.Length == 0 ? null : field;

    private static LocalDate? Date(string field) => field.Length == 0 ? null : LocalDatePattern.Iso.Parse(field).Value;
}
