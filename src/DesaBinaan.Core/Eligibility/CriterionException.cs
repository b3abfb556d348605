using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Eligibility;

/// <summary>
/// An exception to a general rule: when <see cref="When"/> is met, <see cref="Then"/> replaces the rule. Among several
/// exceptions the one with the highest <see cref="Priority"/> is tried first.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TParameters">The parameter type of the policy.</typeparam>
/// <remarks>Equality compares the priority and the two criteria (by reference).</remarks>
[Immutable]
public sealed record CriterionException<TSubject, TParameters>
    where TParameters : class, IPolicyParameters
{
    /// <summary>Initializes an exception.</summary>
    /// <param name="priority">The priority: higher is tried first; priorities of one rule's exceptions must differ.</param>
    /// <param name="when">The condition under which the exception applies (for example "a special offence").</param>
    /// <param name="then">The criterion that replaces the rule (for example "has served 2/3, at least 9 months").</param>
    /// <exception cref="ArgumentNullException"><paramref name="when"/> or <paramref name="then"/> is null.</exception>
    public CriterionException(int priority, ICriterion<TSubject, TParameters> when, ICriterion<TSubject, TParameters> then)
    {
        Priority = priority;
        When = Guard.Against.Null(when);
        Then = Guard.Against.Null(then);
    }

    /// <summary>Gets the priority: higher is tried first.</summary>
    public int Priority { get; }

    /// <summary>Gets the condition under which the exception applies.</summary>
    public ICriterion<TSubject, TParameters> When { get; }

    /// <summary>Gets the criterion that replaces the rule.</summary>
    public ICriterion<TSubject, TParameters> Then { get; }
}
