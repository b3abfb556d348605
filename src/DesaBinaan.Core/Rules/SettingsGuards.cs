using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>The checks the settings of the rights share, each with its message said once.</summary>
internal static class SettingsGuards
{
    /// <summary>The longest conduct period a setting may ask for, in months.</summary>
    public const int MaxConductMonths = 36;

    /// <summary>Returns a conduct period in months, or throws when it is outside 0 to 36.</summary>
    /// <param name="months">The period.</param>
    /// <param name="parameterName">The parameter's name (given by the compiler).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 0 to 36.</exception>
    public static int ConductMonths(int months, [CallerArgumentExpression(nameof(months))] string? parameterName = null) =>
        Guard.Against.OutOfRange(months, parameterName!, 0, MaxConductMonths, "A conduct period is 0 to 36 months.");

    /// <summary>Returns a fraction of the term, or throws when it is larger than 1 (<see cref="SentenceTerm.FractionOfTermRule"/>); null passes.</summary>
    /// <param name="fraction">The fraction, or null.</param>
    /// <param name="parameterName">The parameter's name (given by the compiler).</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentException"><paramref name="fraction"/> is larger than 1.</exception>
    public static Fraction? FractionOfTerm(Fraction? fraction, [CallerArgumentExpression(nameof(fraction))] string? parameterName = null) =>
        Guard.Against.InvalidInput(fraction, parameterName!, f => f is not { } v || SentenceTerm.IsFractionOfTerm(v), SentenceTerm.FractionOfTermRule);

    /// <summary>Returns a list of required evidence, or the default list when none is given; throws on a kind that does not exist.</summary>
    /// <param name="kinds">The kinds, or null for the default.</param>
    /// <param name="defaults">The default list.</param>
    /// <param name="parameterName">The parameter's name (given by the compiler).</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not a defined <see cref="EvidenceKind"/>.</exception>
    public static ValueList<EvidenceKind> Evidence(IEnumerable<EvidenceKind>? kinds, ValueList<EvidenceKind> defaults, [CallerArgumentExpression(nameof(kinds))] string? parameterName = null) =>
        kinds is null ? defaults : ValueList.From(kinds.Select(k => Guard.Against.EnumOutOfRange(k, parameterName!)));
}
