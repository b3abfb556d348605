using System.Reflection;

namespace PackageConsumer;

/// <summary>Runs every area's <c>*Checks</c> class (discovered by <see cref="ConsumerChecks"/>) as a test of its own.</summary>
public sealed class AreaChecksTests
{
    public static TheoryData<string> Areas => new(ConsumerChecks.Areas().Select(t => t.Name));

    [Fact]
    public void EveryAreaHasChecks() => ConsumerChecks.Areas().Should().Contain(t => t.Name == nameof(CommonChecks));

    [Theory]
    [MemberData(nameof(Areas))]
    public void AreaChecks_AllHold(string area)
    {
        var type = ConsumerChecks.Areas().Single(t => t.Name == area);
        var failures = new List<string>();
        type.GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [(Action<bool, string>)((ok, what) =>
        {
            if (!ok)
            {
                failures.Add(what);
            }
        })]);
        failures.Should().BeEmpty("every check of {0} holds against the packed package", area);
    }
}
