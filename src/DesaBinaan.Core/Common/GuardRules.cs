using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace DesaBinaan.Core.Common;

/// <summary>
/// The package's own guard clauses: each states its rule once, in a full sentence, and names the caller's parameter.
/// Every public member that takes a date checks it here before anything compares or counts with it.
/// </summary>
internal static class GuardRules
{
    /// <summary>The first date from which the package counts days (day number 0).</summary>
    public static readonly LocalDate FirstCountableDate = new(1, 1, 1);

    /// <summary>
    /// Throws when a caller's buffer is shorter than what is to be written into it: the one statement of that rule and
    /// its message for every evaluation into the caller's buffers.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="length">The buffer's length.</param>
    /// <param name="required">The least length.</param>
    /// <param name="holds">What the buffer must hold, for example <c>one summary per subject</c>.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <exception cref="ArgumentException"><paramref name="length"/> is less than <paramref name="required"/>.</exception>
    public static void ShortBuffer(this IGuardClause guard, long length, long required, string holds, string parameterName)
    {
        _ = guard;
        if (length < required)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The buffer must hold {holds}: at least {required} entries, {length} given."), parameterName);
        }
    }

    /// <summary>
    /// The error for a value of an enum that is not one of its named values (a cast from a number): the one statement of
    /// that rule and its message for every switch over an enum of the package.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The caller's parameter (given by the compiler).</param>
    /// <returns>The exception, for the caller to throw.</returns>
    public static ArgumentOutOfRangeException NotDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum =>
        new(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"The value {value} is not a defined {typeof(TEnum).Name}: give one of its named values."));

    /// <summary>Throws when a date is not in the ISO calendar: a date of another calendar is refused, never converted.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static LocalDate NonIsoDate(this IGuardClause guard, LocalDate date, [CallerArgumentExpression(nameof(date))] string? parameterName = null)
    {
        _ = guard;
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(NonIsoMessage(date.Calendar), parameterName);
        }

        return date;
    }

    /// <summary>Throws when a date that may be absent is present and not in the ISO calendar.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The date, or null.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static LocalDate? NonIsoDate(this IGuardClause guard, LocalDate? date, [CallerArgumentExpression(nameof(date))] string? parameterName = null)
    {
        if (date is { } value)
        {
            _ = guard.NonIsoDate(value, parameterName);
        }

        return date;
    }

    /// <summary>Throws when either end of an interval is not in the ISO calendar.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="interval">The interval; null is left to the caller's null check.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    public static DateInterval? NonIsoInterval(this IGuardClause guard, DateInterval? interval, [CallerArgumentExpression(nameof(interval))] string? parameterName = null)
    {
        _ = guard;
        if (interval is not null && interval.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(NonIsoMessage(interval.Start.Calendar), parameterName);
        }

        return interval;
    }

    /// <summary>
    /// Throws when a date cannot be counted in days: it must be in the ISO calendar and on or after 0001-01-01, the
    /// first day the package counts from.
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 0001-01-01.</exception>
    public static LocalDate UncountableDate(this IGuardClause guard, LocalDate date, [CallerArgumentExpression(nameof(date))] string? parameterName = null)
    {
        _ = guard.NonIsoDate(date, parameterName);
        if (date < FirstCountableDate)
        {
            throw new ArgumentOutOfRangeException(parameterName, "A date must be on or after 0001-01-01, the first day from which days are counted.");
        }

        return date;
    }

    /// <summary>Throws when a date that may be absent is present and cannot be counted in days (see <see cref="UncountableDate(IGuardClause, LocalDate, string?)"/>).</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="date">The date, or null.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 0001-01-01.</exception>
    public static LocalDate? UncountableDate(this IGuardClause guard, LocalDate? date, [CallerArgumentExpression(nameof(date))] string? parameterName = null)
    {
        if (date is { } value)
        {
            _ = guard.UncountableDate(value, parameterName);
        }

        return date;
    }

    /// <summary>Throws when a text is null, empty or white space, naming the text after its parameter.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="text">The text.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static string BlankText(this IGuardClause guard, [NotNull] string? text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        _ = guard;
        Guard.Against.Null(text, parameterName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException(Subject(parameterName) + " must not be empty or white space.", parameterName);
        }

        return text;
    }

    /// <summary>Throws when a count is negative, naming the count after its parameter.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static int NegativeCount(this IGuardClause guard, int value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        guard.CountOutOfRange(value, 0, int.MaxValue, parameterName);

    /// <summary>Throws when a count is negative, naming the count after its parameter.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static long NegativeCount(this IGuardClause guard, long value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        return value >= 0 ? value : throw OutOfRange(parameterName, value, " must not be negative.");
    }

    /// <summary>Throws when a count is zero or negative, naming the count after its parameter.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static long PositiveCount(this IGuardClause guard, long value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        return value > 0 ? value : throw OutOfRange(parameterName, value, " must be at least 1.");
    }

    /// <summary>Throws when a position is not one of a sequence's: it must be from 0 to one less than the sequence's length.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="index">The position.</param>
    /// <param name="count">The sequence's length.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or not less than <paramref name="count"/>.</exception>
    public static int IndexOutOfRange(this IGuardClause guard, int index, int count, [CallerArgumentExpression(nameof(index))] string? parameterName = null)
    {
        _ = guard;
        return unchecked((uint)index < (uint)count)
            ? index
            : throw OutOfRange(parameterName, index, count == 0
                ? " points into an empty sequence, which has no positions."
                : " must be from 0 to " + (count - 1).ToString(CultureInfo.InvariantCulture) + ".");
    }

    /// <summary>The error for a value outside its range: the parameter's subject, then the rule.</summary>
    private static ArgumentOutOfRangeException OutOfRange(string? parameterName, long value, string rule) =>
        new(parameterName, value, Subject(parameterName) + rule);

    /// <summary>Throws when a degree of parallelism is neither positive nor -1 (no limit), as <see cref="System.Threading.Tasks.ParallelOptions"/> reads it.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The degree.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The degree.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is 0 or less than -1.</exception>
    public static int DegreeOfParallelism(this IGuardClause guard, int value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        return value is 0 or < -1
            ? throw new ArgumentOutOfRangeException(parameterName, value, "The degree of parallelism must be positive, or -1 for no limit.")
            : value;
    }

    /// <summary>Throws when a count is outside a range, stating the range in a sentence.</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static int CountOutOfRange(this IGuardClause guard, int value, int minimum, int maximum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue
                ? (minimum == 0 ? " must not be negative." : " must be at least " + minimum.ToString(CultureInfo.InvariantCulture) + ".")
                : " must be from " + minimum.ToString(CultureInfo.InvariantCulture) + " to " + maximum.ToString(CultureInfo.InvariantCulture) + ".";
            throw new ArgumentOutOfRangeException(parameterName, Subject(parameterName) + range);
        }

        return value;
    }

    /// <summary>Returns the subject of a sentence about a parameter: <c>participationPolicyId</c> gives "The participation policy id".</summary>
    private static string Subject(string? parameterName)
    {
        var builder = new StringBuilder("The");
        foreach (var c in (parameterName ?? "value").TrimStart('@'))
        {
            if (char.IsUpper(c) || builder.Length == 3)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The day number of 9999-12-31, the last day the package counts to.</summary>
    public const int LastDayNumber = 3_652_058;

    /// <summary>Throws when a day number is outside 0 (0001-01-01) to <see cref="LastDayNumber"/> (9999-12-31).</summary>
    /// <param name="guard">The guard.</param>
    /// <param name="dayNumber">The day number.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The day number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayNumber"/> is outside the range.</exception>
    public static int DayNumberOutOfRange(this IGuardClause guard, int dayNumber, [CallerArgumentExpression(nameof(dayNumber))] string? parameterName = null)
    {
        _ = guard;
        return unchecked((uint)dayNumber) <= LastDayNumber
            ? dayNumber
            : throw new ArgumentOutOfRangeException(parameterName, "A day number counts the days since 0001-01-01 and must be from 0 to 3652058 (9999-12-31).");
    }

    /// <summary>
    /// Throws when a period is not a positive length of whole days, weeks, months or years, or is longer than
    /// 10,000 years (no date of the ISO calendar is further away).
    /// </summary>
    /// <param name="guard">The guard.</param>
    /// <param name="period">The period; null is left to the caller's null check.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> breaks the rule.</exception>
    public static Period? InvalidDatePeriod(this IGuardClause guard, Period? period, [CallerArgumentExpression(nameof(period))] string? parameterName = null)
    {
        _ = guard;
        if (period is null)
        {
            return period;
        }

        var positive = !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);
        var days = (period.Years * 366L) + (period.Months * 31L) + (period.Weeks * 7L) + period.Days;
        return positive && days <= 3_660_000
            ? period
            : throw new ArgumentException(Subject(parameterName) + " must be a positive period of years, months, weeks or days, no longer than 10,000 years.", parameterName);
    }

    /// <summary>Returns the same argument exception naming another parameter: a member that passes its argument on reports it under its own name.</summary>
    /// <param name="exception">The exception thrown for the inner parameter.</param>
    /// <param name="parameterName">The caller's parameter.</param>
    /// <returns>An exception of the same type with the same rule.</returns>
    public static ArgumentException Renamed(ArgumentException exception, string parameterName)
    {
        var suffix = " (Parameter '" + exception.ParamName + "')";
        var rule = exception.Message.EndsWith(suffix, StringComparison.Ordinal) ? exception.Message[..^suffix.Length] : exception.Message;
        return exception switch
        {
            ArgumentOutOfRangeException => new ArgumentOutOfRangeException(parameterName, rule),
            ArgumentNullException => new ArgumentNullException(parameterName, rule),
            _ => new ArgumentException(rule, parameterName, exception),
        };
    }

    /// <summary>Returns a date plus a number of days, or 9999-12-31 when the sum is later: a horizon never overflows.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <param name="days">The days to add; not negative.</param>
    /// <returns>The later date.</returns>
    public static LocalDate PlusDaysOrLast(LocalDate date, int days) =>
        Period.DaysBetween(date, LocalDate.MaxIsoValue) <= days ? LocalDate.MaxIsoValue : date.PlusDays(days);

    private static string NonIsoMessage(CalendarSystem calendar) =>
        "A date must be in the ISO calendar; a date of the " + calendar.Id + " calendar is refused rather than converted.";
}
