using System.Reflection;

namespace PackageConsumer;

/// <summary>
/// Runs the checks of every area: each area has a static class named <c>*Checks</c> in this project with a method
/// <c>public static void Run(Action&lt;bool, string&gt; check)</c>; <c>AreaChecksTests</c> runs each as a test.
/// </summary>
internal static class ConsumerChecks
{
    public static IEnumerable<Type> Areas() =>
        typeof(ConsumerChecks).Assembly.GetTypes()
            .Where(t => t != typeof(ConsumerChecks) && t.Name.EndsWith("Checks", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    public static void Run(Action<bool, string> check)
    {
        foreach (var area in Areas())
        {
            area.GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [check]);
        }
    }
}
