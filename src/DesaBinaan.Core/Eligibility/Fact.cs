using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// A typed fact a criterion used, such as "days served: 412 of 450" or "Litmas report: not recorded". Facts are
/// printed in explanations and hashed into a decision's fingerprint; they never hold personal data.
/// </summary>
/// <remarks>Create facts with the static factories. Equality compares the code, the name, the kind and the value.</remarks>
[Immutable]
public sealed record Fact
{
    private Fact(string code, LocalizedText name, FactKind kind, long? number = null, long? outOf = null, LocalDate? date = null, Fraction? fraction = null, string? text = null, LocalizedText? labelValue = null, bool? flag = null)
    {
        Guard.Against.BlankText(code);
        Code = Guard.Against.InvalidInput(code, nameof(code), ReasonCodes.IsValid, ReasonCodes.Rule);
        Name = Guard.Against.Null(name);
        Kind = kind;
        Number = number;
        OutOf = outOf;
        Date = date;
        Fraction = fraction;
        Text = text;
        LabelValue = labelValue;
        Flag = flag;
    }

    /// <summary>Gets the stable code of the fact, such as <c>sentence.days-served</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the fact is, in both languages.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the type of value.</summary>
    public FactKind Kind { get; }

    /// <summary>Gets the number (for <see cref="FactKind.Number"/>, <see cref="FactKind.Days"/> and <see cref="FactKind.DaysOf"/>), or null.</summary>
    public long? Number { get; }

    /// <summary>Gets the required number of days (for <see cref="FactKind.DaysOf"/>), or null.</summary>
    public long? OutOf { get; }

    /// <summary>Gets the date (for <see cref="FactKind.Date"/>), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the fraction (for <see cref="FactKind.Fraction"/>), or null.</summary>
    public Fraction? Fraction { get; }

    /// <summary>Gets the code or text (for <see cref="FactKind.Text"/>), or null.</summary>
    public string? Text { get; }

    /// <summary>Gets the localized value (for <see cref="FactKind.Label"/>), or null.</summary>
    public LocalizedText? LabelValue { get; }

    /// <summary>Gets the yes/no value (for <see cref="FactKind.Flag"/>), or null.</summary>
    public bool? Flag { get; }

    /// <summary>Gets whether the fact is not recorded.</summary>
    public bool IsMissing => Kind == FactKind.Missing;

    /// <summary>Returns a fact that is not recorded (missing evidence).</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact Missing(string code, LocalizedText name) => new(code, name, FactKind.Missing);

    /// <summary>Returns a yes/no fact.</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="value">The value.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact OfFlag(string code, LocalizedText name, bool value) => new(code, name, FactKind.Flag, flag: value);

    /// <summary>Returns a yes/no fact, or a missing fact when the value is not recorded.</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="value">The value, or null when not recorded.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact OfFlag(string code, LocalizedText name, bool? value) => value is null ? Missing(code, name) : OfFlag(code, name, value.Value);

    /// <summary>Returns a whole-number fact.</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="value">The number.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact OfNumber(string code, LocalizedText name, long value) => new(code, name, FactKind.Number, number: value);

    /// <summary>Returns a number of days.</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="days">The number of days.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact OfDays(string code, LocalizedText name, long days) => new(code, name, FactKind.Days, number: days);

    /// <summary>Returns a number of days out of a required number (for example served 412 of 450 days).</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="days">The number of days (may be negative before a start).</param>
    /// <param name="required">The required number of days; must not be negative.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="required"/> is negative.</exception>
    public static Fact OfDaysOf(string code, LocalizedText name, long days, long required)
    {
        Guard.Against.NegativeCount(required);
        return new(code, name, FactKind.DaysOf, number: days, outOf: required);
    }

    /// <summary>Returns a date.</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="date">The date.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact OfDate(string code, LocalizedText name, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return new(code, name, FactKind.Date, date: date);
    }

    /// <summary>Returns an exact fraction (for example the fraction of the term required).</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="value">The fraction.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code.</exception>
    public static Fact OfFraction(string code, LocalizedText name, Fraction value) => new(code, name, FactKind.Fraction, fraction: value);

    /// <summary>Returns a code or short text; it must not be personal data.</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="text">The text; must not be null or white space.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code, or <paramref name="text"/> is white space.</exception>
    public static Fact OfText(string code, LocalizedText name, string text) => new(code, name, FactKind.Text, text: Guard.Against.BlankText(text));

    /// <summary>Returns a localized value (for example an offence category).</summary>
    /// <param name="code">The stable code; dotted lower-case.</param>
    /// <param name="name">What the fact is.</param>
    /// <param name="value">The value in both languages.</param>
    /// <param name="valueCode">A stable code of the value, hashed into fingerprints (for example <c>terrorism</c>); must not be null or white space.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a dotted lower-case code, or <paramref name="valueCode"/> is white space.</exception>
    public static Fact OfLabel(string code, LocalizedText name, LocalizedText value, string valueCode) =>
        new(code, name, FactKind.Label, labelValue: Guard.Against.Null(value), text: Guard.Against.BlankText(valueCode));

    /// <summary>Returns the value as text in a language, such as <c>412 dari 450 hari</c> or <c>412 of 450 days</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The value.</returns>
    public string FormatValue(Language language)
    {
        var english = language == Language.English;
        var inv = CultureInfo.InvariantCulture;
        var culture = language.Culture();
        return Kind switch
        {
            FactKind.Missing => english ? "not recorded" : "tidak tercatat",
            FactKind.Flag => Flag == true ? (english ? "yes" : "ya") : (english ? "no" : "tidak"),
            FactKind.Number => Number!.Value.ToString("N0", culture),
            FactKind.Days => string.Create(culture, $"{Number:N0} {(english ? "days" : "hari")}"),
            FactKind.DaysOf => string.Create(culture, $"{Number:N0} {(english ? "of" : "dari")} {OutOf:N0} {(english ? "days" : "hari")}"),
            FactKind.Date => Date!.Value.ToIso(),
            FactKind.Fraction => Fraction!.Value.ToString(),
            FactKind.Label => LabelValue!.In(language),
            _ => Text!,
        };
    }

    /// <summary>Returns the fact as a line in a language, such as <c>days served: 412 of 450 days</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name and the value.</returns>
    public string Format(Language language) => Name.In(language) + ": " + FormatValue(language);

    /// <summary>Returns the fact in Indonesian.</summary>
    /// <returns>The name and the value.</returns>
    public override string ToString() => Format(Language.Indonesian);

    /// <summary>Appends the culture-invariant canonical encoding used by fingerprints: <c>code|kind|value</c>.</summary>
    internal void AppendCanonical(StringBuilder builder)
    {
        var inv = CultureInfo.InvariantCulture;
        builder.Append(Code).Append('|').Append(((int)Kind).ToString(inv)).Append('|');
        switch (Kind)
        {
            case FactKind.Flag:
                builder.Append(Flag == true ? '1' : '0');
                break;
            case FactKind.Number:
            case FactKind.Days:
                builder.Append(Number!.Value.ToString(inv));
                break;
            case FactKind.DaysOf:
                builder.Append(Number!.Value.ToString(inv)).Append('/').Append(OutOf!.Value.ToString(inv));
                break;
            case FactKind.Date:
                builder.Append(Date!.Value.ToIso());
                break;
            case FactKind.Fraction:
                builder.Append(Fraction!.Value.ToString());
                break;
            case FactKind.Text:
            case FactKind.Label:
                builder.Append(Text);
                break;
            default:
                break;
        }

        builder.Append('\n');
    }
}
