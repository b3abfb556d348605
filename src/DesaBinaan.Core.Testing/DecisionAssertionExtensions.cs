using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Testing;

/// <summary>The entry points of the FluentAssertions extensions on decisions and criterion findings.</summary>
public static class DecisionAssertionExtensions
{
    /// <summary>Returns assertions on a decision; their failure messages print the decision's explanation.</summary>
    /// <param name="decision">The decision, or null (an assertion on null fails with a message).</param>
    /// <returns>The assertions.</returns>
    public static DecisionAssertions Should(this Decision? decision) => new(decision);

    /// <summary>Returns assertions on a criterion finding; their failure messages print the finding with its facts.</summary>
    /// <param name="finding">The finding, or null (an assertion on null fails with a message).</param>
    /// <returns>The assertions.</returns>
    public static CriterionFindingAssertions Should(this CriterionFinding? finding) => new(finding);
}
