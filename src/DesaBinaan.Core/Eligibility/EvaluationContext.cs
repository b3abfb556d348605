using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// What a criterion is evaluated against besides the subject: the evaluation date (also as a day number), the
/// parameters of the policy version in force and that version's id. Built once per evaluation run, passed by
/// reference (<c>in</c>) to every criterion.
/// </summary>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
/// <remarks>The default value has a null <see cref="Parameters"/> and must not be passed to criteria.</remarks>
[Immutable]
public readonly struct EvaluationContext<TParameters>
    where TParameters : class, IPolicyParameters
{
    /// <summary>Initializes a context.</summary>
    /// <param name="date">The evaluation date.</param>
    /// <param name="parameters">The parameters of the version in force; must not be null.</param>
    /// <param name="versionId">The id of the version in force; must not be null or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or <paramref name="versionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="versionId"/> is white space.</exception>
    public EvaluationContext(LocalDate date, TParameters parameters, string versionId)
    {
        _ = Guard.Against.UncountableDate(date);
        Guard.Against.Null(parameters);
        Guard.Against.BlankText(versionId);
        Date = date;
        DayNumber = DayNumbers.FromDate(date);
        Parameters = parameters;
        VersionId = versionId;
    }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the evaluation date as a day number (<see cref="DayNumbers"/>).</summary>
    public int DayNumber { get; }

    /// <summary>Gets the parameters of the version in force.</summary>
    public TParameters Parameters { get; }

    /// <summary>Gets the id of the version in force.</summary>
    public string VersionId { get; }
}
