using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// A flat row for reporting tools: one partnership on a date — its partners, its stage (with the label in one
/// language) and the agreement in force that expires first, with the end of its term and the days left.
/// </summary>
/// <remarks>
/// Every member is a string, a date, an enum or a number, so the row binds to a grid and round-trips through a
/// JSON serializer configured for NodaTime dates. Equality compares every member.
/// </remarks>
[Immutable]
public sealed record PartnershipRow
{
    /// <summary>Initializes a row.</summary>
    /// <param name="partnershipId">The partnership's id.</param>
    /// <param name="date">The date the row describes.</param>
    /// <param name="partners">The names of the sides, correctional side first, separated by <c>"; "</c>.</param>
    /// <param name="stage">The stage on <paramref name="date"/>, or null when the partnership had not begun.</param>
    /// <param name="stageLabel">The stage in <paramref name="language"/>, or null with no stage.</param>
    /// <param name="agreementNumber">The number of the agreement in force that expires first, or null when none is in force.</param>
    /// <param name="agreementKind">The kind of that agreement, or null.</param>
    /// <param name="agreementTermEnd">The last day of that agreement's term, or null.</param>
    /// <param name="daysToExpiry">The days from <paramref name="date"/> to <paramref name="agreementTermEnd"/> (0 on the last day), or null.</param>
    /// <param name="language">The language of the labels.</param>
    /// <exception cref="ArgumentNullException"><paramref name="partnershipId"/> or <paramref name="partners"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is white space, an enum is not defined, the stage and its label are not both given, or the agreement's number, kind, end and days are not all given or all null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysToExpiry"/> is negative.</exception>
    public PartnershipRow(string partnershipId, LocalDate date, string partners, PartnershipStage? stage, string? stageLabel, string? agreementNumber, AgreementKind? agreementKind, LocalDate? agreementTermEnd, int? daysToExpiry, Language language)
    {
        _ = Guard.Against.NonIsoDate(date);
        _ = Guard.Against.NonIsoDate(agreementTermEnd);
        PartnershipId = Guard.Against.BlankText(partnershipId);
        Date = date;
        Partners = Guard.Against.BlankText(partners);
        Stage = stage is { } s ? Guard.Against.EnumOutOfRange(s, nameof(stage)) : null;
        Guard.Against.InvalidInput(stageLabel, nameof(stageLabel), l => (l is null) == (stage is null), "A row gives the stage and its label together, or neither.");
        StageLabel = stageLabel;
        var given = (agreementNumber is null ? 0 : 1) + (agreementKind is null ? 0 : 1) + (agreementTermEnd is null ? 0 : 1) + (daysToExpiry is null ? 0 : 1);
        Guard.Against.InvalidInput(given, nameof(agreementNumber), g => g is 0 or 4, "A row gives the agreement's number, kind, term end and days to expiry together, or none of them.");
        AgreementNumber = agreementNumber;
        AgreementKind = agreementKind is { } k ? Guard.Against.EnumOutOfRange(k, nameof(agreementKind)) : null;
        AgreementTermEnd = agreementTermEnd;
        DaysToExpiry = daysToExpiry is { } d ? Guard.Against.NegativeCount(d, nameof(daysToExpiry)) : null;
        Language = Guard.Against.EnumOutOfRange(language);
    }

    /// <summary>Gets the partnership's id.</summary>
    public string PartnershipId { get; }

    /// <summary>Gets the date the row describes.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the names of the sides, correctional side first, separated by <c>"; "</c>.</summary>
    public string Partners { get; }

    /// <summary>Gets the stage on <see cref="Date"/>, or null.</summary>
    public PartnershipStage? Stage { get; }

    /// <summary>Gets the stage in <see cref="Language"/>, or null.</summary>
    public string? StageLabel { get; }

    /// <summary>Gets the number of the agreement in force that expires first, or null.</summary>
    public string? AgreementNumber { get; }

    /// <summary>Gets the kind of that agreement, or null.</summary>
    public AgreementKind? AgreementKind { get; }

    /// <summary>Gets the last day of that agreement's term, or null.</summary>
    public LocalDate? AgreementTermEnd { get; }

    /// <summary>Gets the days from <see cref="Date"/> to the end of that agreement's term, or null.</summary>
    public int? DaysToExpiry { get; }

    /// <summary>Gets the language of the labels.</summary>
    public Language Language { get; }

    /// <summary>Returns the row of a partnership on a date.</summary>
    /// <param name="partnership">The partnership; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnership"/> is null.</exception>
    public static PartnershipRow From(Partnership partnership, LocalDate date, Language language = Language.Indonesian)
    {
        _ = Guard.Against.NonIsoDate(date);
        Guard.Against.Null(partnership);
        var partners = new List<string> { partnership.CorrectionalSide.Name, partnership.CommunitySide.Name };
        if (partnership.SigningGovernment is { } government)
        {
            partners.Add(government.Name);
        }

        var stage = partnership.StageOn(date);
        Agreement? first = null;
        foreach (var agreement in partnership.AgreementsInForceOn(date))
        {
            if (first is null || agreement.Term.End < first.Term.End)
            {
                first = agreement;
            }
        }

        return new PartnershipRow(
            partnership.Id,
            date,
            string.Join("; ", partners),
            stage,
            stage?.Label().In(language),
            first?.Number,
            first?.Kind,
            first?.Term.End,
            first is null ? null : Period.DaysBetween(date, first.Term.End),
            language);
    }

    /// <summary>Returns the row as text.</summary>
    /// <returns>For example <c>pk-01 | Pelaksanaan | PKS 01/2026 until 2027-05-31 (395 days)</c>.</returns>
    public override string ToString() =>
        PartnershipId + " | " + (StageLabel ?? "-") + " | " + (AgreementNumber is null ? "-" : AgreementNumber + " until " + AgreementTermEnd!.Value.ToIso() + " (" + DaysToExpiry!.Value.ToString(CultureInfo.InvariantCulture) + " days)");
}
