namespace DesaBinaan.Core.Tests;

/// <summary>Equality checks for value types, as NodaTime's <c>TestHelper.TestEqualsStruct</c>.</summary>
internal static class EqualityAssert
{
    /// <summary>Checks that <paramref name="value"/> equals <paramref name="equal"/> (same hash) and differs from every <paramref name="unequal"/>.</summary>
    public static void Values<T>(T value, T equal, params T[] unequal)
        where T : notnull, IEquatable<T>
    {
        object boxed = value;
        value.Equals(equal).Should().BeTrue("{0} should equal {1}", value, equal);
        boxed.Equals(equal).Should().BeTrue();
        boxed.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");
        foreach (var other in unequal)
        {
            value.Equals(other).Should().BeFalse("{0} should differ from {1}", value, other);
            boxed.Equals(other).Should().BeFalse();
        }

        value.Equals((object?)null).Should().BeFalse("no value equals null");
    }
}
