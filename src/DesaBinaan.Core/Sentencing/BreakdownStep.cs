using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Sentencing;

/// <summary>One step of the breakdown of a computed date, as a registrar would write it down and check it.</summary>
/// <remarks>Equality compares the code, the text, the date and the days.</remarks>
[Immutable]
public sealed record BreakdownStep
{
    /// <summary>Initializes a step.</summary>
    /// <param name="code">A stable, dotted, lower-case code, such as <c>expiry.remission</c>; must not be null or white space.</param>
    /// <param name="text">The step in Indonesian and English; must not be null.</param>
    /// <param name="date">The date the step reaches, or null.</param>
    /// <param name="days">The days the step counts, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is white space.</exception>
    public BreakdownStep(string code, LocalizedText text, LocalDate? date = null, long? days = null)
    {
        _ = Guard.Against.NonIsoDate(date);
        Code = Guard.Against.BlankText(code);
        Text = Guard.Against.Null(text);
        Date = date;
        Days = days;
    }

    /// <summary>Gets the stable code of the step.</summary>
    public string Code { get; }

    /// <summary>Gets the step's text.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the date the step reaches, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the days the step counts, or null.</summary>
    public long? Days { get; }

    /// <summary>Returns the step's text in Indonesian.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.Indonesian;
}
