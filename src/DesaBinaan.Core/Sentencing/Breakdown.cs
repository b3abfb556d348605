using Ardalis.GuardClauses;
using System.Globalization;
using System.Text;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>Renders breakdowns of computed dates.</summary>
public static class Breakdown
{
    /// <summary>Returns the steps as numbered lines (<c>1. ...</c>) in a language, one per line, ending with a newline.</summary>
    /// <param name="steps">The steps; must not be null.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    public static string Render(IEnumerable<BreakdownStep> steps, Language language)
    {
        Guard.Against.Null(steps);
        var builder = new StringBuilder();
        var number = 1;
        foreach (var step in steps)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{number++}. {step.Text.In(language)}\n");
        }

        return builder.ToString();
    }
}
