namespace DesaBinaan.Core.Eligibility;

/// <summary>Factory methods composing criteria: all-of, any-of, not, and a rule with exceptions.</summary>
public static class Criteria
{
    /// <summary>Returns a criterion met when all parts are met.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="descriptor">What the combination checks.</param>
    /// <param name="parts">The parts; at least one.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty or contains null.</exception>
    public static AllOfCriterion<TSubject, TParameters> AllOf<TSubject, TParameters>(CriterionDescriptor descriptor, params ICriterion<TSubject, TParameters>[] parts)
        where TParameters : class, IPolicyParameters => new(descriptor, parts);

    /// <summary>Returns a criterion met when at least one part is met.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="descriptor">What the combination checks.</param>
    /// <param name="parts">The parts; at least one.</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty or contains null.</exception>
    public static AnyOfCriterion<TSubject, TParameters> AnyOf<TSubject, TParameters>(CriterionDescriptor descriptor, params ICriterion<TSubject, TParameters>[] parts)
        where TParameters : class, IPolicyParameters => new(descriptor, parts);

    /// <summary>Returns the negation of a criterion.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="descriptor">What the negation checks.</param>
    /// <param name="part">The criterion negated.</param>
    /// <returns>The negation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NotCriterion<TSubject, TParameters> Not<TSubject, TParameters>(CriterionDescriptor descriptor, ICriterion<TSubject, TParameters> part)
        where TParameters : class, IPolicyParameters => new(descriptor, part);

    /// <summary>Returns a general rule with exceptions that override it (tried by descending priority).</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <typeparam name="TParameters">The parameter type.</typeparam>
    /// <param name="descriptor">What the rule as a whole checks.</param>
    /// <param name="rule">The general rule.</param>
    /// <param name="exceptions">The exceptions; at least one, with distinct priorities.</param>
    /// <returns>The rule with its exceptions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="exceptions"/> is empty, contains null or repeats a priority.</exception>
    public static ExceptionCriterion<TSubject, TParameters> WithExceptions<TSubject, TParameters>(CriterionDescriptor descriptor, ICriterion<TSubject, TParameters> rule, params CriterionException<TSubject, TParameters>[] exceptions)
        where TParameters : class, IPolicyParameters => new(descriptor, rule, exceptions);
}
