using System.Reflection;
using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests;

/// <summary>
/// Every public type of the package is immutable: marked <c>[Immutable]</c>, sealed (or a readonly struct), and with
/// no settable property or writable field. Enums, interfaces, delegates and static classes are exempt.
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Package = typeof(Fraction).Assembly;

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Package.GetExportedTypes().Where(NeedsCheck).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Package_HasPublicTypesToCheck()
    {
        Package.GetExportedTypes().Count(NeedsCheck).Should().BeGreaterThan(3);
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsImmutable(string typeName)
    {
        var type = Package.GetType(typeName, throwOnError: true)!;
        var problems = Problems(type).ToList();
        problems.Should().BeEmpty("{0} must be immutable", typeName);
    }

    private static bool NeedsCheck(Type type) =>
        !type.IsEnum
        && !type.IsInterface
        && !typeof(Delegate).IsAssignableFrom(type)
        && !(type.IsAbstract && type.IsSealed);

    private static IEnumerable<string> Problems(Type type)
    {
        if (!type.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name == "ImmutableAttribute")
            && !typeof(Exception).IsAssignableFrom(type))
        {
            yield return "is not marked [Immutable]";
        }

        if (type.IsClass && !type.IsSealed)
        {
            yield return "is not sealed";
        }

        if (type.IsValueType && type.GetCustomAttribute<IsReadOnlyAttribute>() is null)
        {
            yield return "is not a readonly struct";
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            yield break;
        }

        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(all))
        {
            var setter = property.SetMethod;
            if (setter is not null && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
            {
                yield return $"property {property.Name} has a visible setter";
            }
        }

        foreach (var field in type.GetFields(all))
        {
            if (!field.IsInitOnly && !field.IsLiteral && !field.Name.Contains('<', StringComparison.Ordinal))
            {
                yield return $"field {field.Name} is writable";
            }
        }
    }
}
