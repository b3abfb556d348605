using Ardalis.GuardClauses;
using System.Globalization;
using CsvHelper;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Population;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Reporting;

/// <summary>
/// Writes report rows as CSV (RFC 4180: comma-separated, fields with a comma, a quote or a line break quoted, quotes
/// doubled, records ended by CR LF) with CsvHelper, to the caller's <see cref="TextWriter"/> or <see cref="Stream"/>.
/// </summary>
/// <remarks>
/// <para>
/// The first record is the header, in the language asked; every row must carry its labels in that same language, so
/// that a file speaks one language. Rows are written as they are enumerated: pass a lazy sequence (for example
/// <c>roster.Decide(i)</c> turned into a row one index at a time) and memory stays flat whatever the number of rows.
/// </para>
/// <para>
/// Dates are ISO 8601 (<c>2026-05-01</c>), enums are written by name (<c>NotYetEligible</c>), numbers in the
/// invariant culture, and a missing value (no eligible-from date, no blocker, no agreement) is an empty field. The
/// output does not depend on the current culture.
/// </para>
/// </remarks>
public static class ReportCsv
{
    // Row data written per call when a roster is streamed (16 bytes each, on the stack).
    private const int RowChunk = 512;

    private static readonly LocalizedText[] EligibilityColumns =
    [
        new("ID subjek", "Subject id"),
        new("Kebijakan", "Policy"),
        new("Versi", "Version"),
        new("Tanggal evaluasi", "Evaluation date"),
        new("Status", "Status"),
        new("Keterangan status", "Status label"),
        new("Memenuhi syarat sejak", "Eligible from"),
        new("Kode penghambat pertama", "First blocker code"),
        new("Penghambat pertama", "First blocker"),
        new("Dasar hukum", "Legal basis"),
        new("Sidik keputusan", "Fingerprint"),
    ];

    private static readonly LocalizedText[] PartnershipColumns =
    [
        new("ID kemitraan", "Partnership id"),
        new("Tanggal", "Date"),
        new("Para pihak", "Partners"),
        new("Tahap", "Stage"),
        new("Keterangan tahap", "Stage label"),
        new("Nomor perjanjian", "Agreement number"),
        new("Jenis perjanjian", "Agreement kind"),
        new("Akhir jangka waktu", "Term ends"),
        new("Sisa hari", "Days to expiry"),
    ];

    /// <summary>Returns the header of an eligibility-row file, one name per column, in the order the columns are written.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined.</exception>
    public static ValueList<string> EligibilityHeader(Language language) => Header(EligibilityColumns, language);

    /// <summary>Returns the header of a partnership-row file, one name per column, in the order the columns are written.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined.</exception>
    public static ValueList<string> PartnershipHeader(Language language) => Header(PartnershipColumns, language);

    /// <summary>Writes eligibility rows as CSV to a text writer, header first; the writer is flushed and left open.</summary>
    /// <param name="rows">The rows, each in <paramref name="language"/>; enumerated once.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the header and of the rows' labels.</param>
    /// <returns>The number of rows written (the header not counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined, or a row is null or in another language (the rows before it are already written).</exception>
    public static int Write(IEnumerable<EligibilityRow> rows, TextWriter writer, Language language)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(writer);
        CheckLanguage(language);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        return WriteEligibility(rows, csv, language);
    }

    /// <summary>Writes eligibility rows as UTF-8 CSV (no byte-order mark) to a stream, header first; the stream is flushed and left open.</summary>
    /// <param name="rows">The rows, each in <paramref name="language"/>; enumerated once.</param>
    /// <param name="stream">Where to write, from its current position; must be writable.</param>
    /// <param name="language">The language of the header and of the rows' labels.</param>
    /// <returns>The number of rows written (the header not counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, <paramref name="language"/> is not defined, or a row is null or in another language (the rows before it are already written).</exception>
    public static int Write(IEnumerable<EligibilityRow> rows, Stream stream, Language language)
    {
        Guard.Against.Null(rows);
        CheckStream(stream);
        CheckLanguage(language);
        using var csv = CsvWriter.Create(stream, options: null, leaveOpen: true);
        return WriteEligibility(rows, csv, language);
    }

    /// <summary>
    /// Writes the eligibility rows of a whole evaluated roster as CSV to a text writer, header first, straight from the
    /// roster's row data (<see cref="RosterEvaluation{TSubject, TParameters}.WriteRowData"/>): no row object per subject,
    /// each text rendered once per roster, memory flat whatever the roster's size. The bytes are those of
    /// <see cref="Write(IEnumerable{EligibilityRow}, TextWriter, Language)"/> with <see cref="RosterEvaluation{TSubject, TParameters}.RowsFromSummaries"/>
    /// (no fingerprint: the column is empty). The writer is flushed and left open.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="roster">The evaluated roster; must not be null.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the header and of the labels.</param>
    /// <returns>The number of rows written (the header not counted): the roster's <see cref="RosterEvaluation{TSubject, TParameters}.Count"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined.</exception>
    public static int Write<TSubject, TParameters>(RosterEvaluation<TSubject, TParameters> roster, TextWriter writer, Language language)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(roster);
        Guard.Against.Null(writer);
        CheckLanguage(language);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        return WriteEligibility(roster, csv, language);
    }

    /// <summary>
    /// Writes the eligibility rows of a whole evaluated roster as UTF-8 CSV (no byte-order mark) to a stream, header
    /// first, straight from the roster's row data: no row object per subject, memory flat whatever the roster's size, the
    /// bytes of <see cref="Write(IEnumerable{EligibilityRow}, Stream, Language)"/> with
    /// <see cref="RosterEvaluation{TSubject, TParameters}.RowsFromSummaries"/>. The stream is flushed and left open.
    /// </summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="roster">The evaluated roster; must not be null.</param>
    /// <param name="stream">Where to write, from its current position; must be writable.</param>
    /// <param name="language">The language of the header and of the labels.</param>
    /// <returns>The number of rows written (the header not counted): the roster's <see cref="RosterEvaluation{TSubject, TParameters}.Count"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or <paramref name="language"/> is not defined.</exception>
    public static int Write<TSubject, TParameters>(RosterEvaluation<TSubject, TParameters> roster, Stream stream, Language language)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        Guard.Against.Null(roster);
        CheckStream(stream);
        CheckLanguage(language);
        using var csv = CsvWriter.Create(stream, options: null, leaveOpen: true);
        return WriteEligibility(roster, csv, language);
    }

    /// <summary>Writes partnership rows as CSV to a text writer, header first; the writer is flushed and left open.</summary>
    /// <param name="rows">The rows, each in <paramref name="language"/>; enumerated once.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the header and of the rows' labels.</param>
    /// <returns>The number of rows written (the header not counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not defined, or a row is null or in another language (the rows before it are already written).</exception>
    public static int Write(IEnumerable<PartnershipRow> rows, TextWriter writer, Language language)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(writer);
        CheckLanguage(language);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        return WritePartnerships(rows, csv, language);
    }

    /// <summary>Writes partnership rows as UTF-8 CSV (no byte-order mark) to a stream, header first; the stream is flushed and left open.</summary>
    /// <param name="rows">The rows, each in <paramref name="language"/>; enumerated once.</param>
    /// <param name="stream">Where to write, from its current position; must be writable.</param>
    /// <param name="language">The language of the header and of the rows' labels.</param>
    /// <returns>The number of rows written (the header not counted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, <paramref name="language"/> is not defined, or a row is null or in another language (the rows before it are already written).</exception>
    public static int Write(IEnumerable<PartnershipRow> rows, Stream stream, Language language)
    {
        Guard.Against.Null(rows);
        CheckStream(stream);
        CheckLanguage(language);
        using var csv = CsvWriter.Create(stream, options: null, leaveOpen: true);
        return WritePartnerships(rows, csv, language);
    }

    private static int WriteEligibility(IEnumerable<EligibilityRow> rows, CsvWriter csv, Language language)
    {
        csv.WriteHeader(Names(EligibilityColumns, language));
        var count = 0;
        foreach (var row in rows)
        {
            CheckRow(row, row?.Language, language, count, nameof(rows));
            csv.WriteField(row!.SubjectId);
            csv.WriteField(row.PolicyId);
            csv.WriteField(row.VersionId);
            csv.WriteField(LocalDatePattern.Iso.Format(row.Date));
            csv.WriteField(StatusName(row.Status));
            csv.WriteField(row.StatusLabel);
            WriteOptional(csv, row.EligibleFrom);
            csv.WriteField(row.FirstBlockerCode);
            csv.WriteField(row.FirstBlockerLabel);
            csv.WriteField(row.Citation);
            csv.WriteField(row.Fingerprint);
            csv.EndRecord();
            count++;
        }

        csv.Flush();
        return count;
    }

    private static int WriteEligibility<TSubject, TParameters>(RosterEvaluation<TSubject, TParameters> roster, CsvWriter csv, Language language)
        where TSubject : IEligibilitySubject
        where TParameters : class, IPolicyParameters
    {
        csv.WriteHeader(Names(EligibilityColumns, language));

        // Every text of the file is rendered once here; a row is then positions into them.
        var texts = roster.RowTexts(language);
        var date = LocalDatePattern.Iso.Format(texts.Date);
        Span<EligibilityRowData> chunk = stackalloc EligibilityRowData[RowChunk];
        var count = 0;
        int written;
        while ((written = roster.WriteRowData(count, chunk)) > 0)
        {
            var subjects = roster.Subjects;
            foreach (ref readonly var row in chunk[..written])
            {
                csv.WriteField(subjects[row.SubjectIndex].SubjectId);
                csv.WriteField(texts.PolicyId);
                csv.WriteField(texts.VersionId);
                csv.WriteField(date);
                csv.WriteField(StatusName(row.Status));
                csv.WriteField(texts.StatusLabel(row.Status));
                if (row.HasEligibleFrom)
                {
                    csv.WriteField(LocalDatePattern.Iso.Format(LocalDate.FromDateOnly(DateOnly.FromDayNumber(row.EligibleFromDayNumber))));
                }
                else
                {
                    csv.WriteField((string?)null);
                }

                csv.WriteField(texts.BlockerCode(row.Blocker));
                csv.WriteField(texts.BlockerTitle(row.Blocker));
                csv.WriteField(texts.Citation(row.Blocker));
                csv.WriteField((string?)null);
                csv.EndRecord();
            }

            count += written;
        }

        csv.Flush();
        return count;
    }

    private static int WritePartnerships(IEnumerable<PartnershipRow> rows, CsvWriter csv, Language language)
    {
        csv.WriteHeader(Names(PartnershipColumns, language));
        var count = 0;
        foreach (var row in rows)
        {
            CheckRow(row, row?.Language, language, count, nameof(rows));
            csv.WriteField(row!.PartnershipId);
            csv.WriteField(LocalDatePattern.Iso.Format(row.Date));
            csv.WriteField(row.Partners);
            csv.WriteField(row.Stage?.ToString());
            csv.WriteField(row.StageLabel);
            csv.WriteField(row.AgreementNumber);
            csv.WriteField(row.AgreementKind?.ToString());
            WriteOptional(csv, row.AgreementTermEnd);
            if (row.DaysToExpiry is { } days)
            {
                csv.WriteField(days, default);
            }
            else
            {
                csv.WriteField((string?)null);
            }

            csv.EndRecord();
            count++;
        }

        csv.Flush();
        return count;
    }

    private static void WriteOptional(CsvWriter csv, LocalDate? date)
    {
        if (date is { } present)
        {
            csv.WriteField(LocalDatePattern.Iso.Format(present));
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }

    private static void CheckStream(Stream stream)
    {
        Guard.Against.Null(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream to write the CSV to must be writable.", nameof(stream));
        }
    }

    private static string[] Names(LocalizedText[] columns, Language language) =>
        language == Language.English ? Array.ConvertAll(columns, c => c.In(Language.English)) : Array.ConvertAll(columns, c => c.In(Language.Indonesian));

    private static ValueList<string> Header(LocalizedText[] columns, Language language)
    {
        CheckLanguage(language);
        return ValueList.From(columns.Select(c => c.In(language)));
    }

    private static void CheckLanguage(Language language)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentException($"The language {(int)language} is not defined.", nameof(language));
        }
    }

    private static void CheckRow(object? row, Language? rowLanguage, Language language, int index, string parameterName)
    {
        if (row is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The rows must not contain null; row {index} is null."), parameterName);
        }

        if (rowLanguage != language)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Every row must be in the language of the header ({language}) so that the file speaks one language; row {index} is in {rowLanguage}."), parameterName);
        }
    }

    private static string StatusName(DecisionStatus status) => status switch
    {
        DecisionStatus.Eligible => nameof(DecisionStatus.Eligible),
        DecisionStatus.NotYetEligible => nameof(DecisionStatus.NotYetEligible),
        DecisionStatus.Ineligible => nameof(DecisionStatus.Ineligible),
        DecisionStatus.Undetermined => nameof(DecisionStatus.Undetermined),
        _ => status.ToString(),
    };
}
