using System.Reflection;
using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests;

/// <summary>
/// Every public type of the package is immutable: marked <c>[Immutable]</c>, sealed (or a readonly struct), and with
/// no settable property or writable field. Enums, interfaces, delegates and static classes are exempt, and so are
/// builders (a sealed class named <c>…Builder</c> whose <c>Build()</c> returns an immutable type, like NodaTime's
/// <c>PeriodBuilder</c> beside <c>Period</c>): a builder is mutable by purpose and never part of a result.
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

    [Fact]
    public void Builders_BuildImmutableTypes()
    {
        var builders = Package.GetExportedTypes().Where(IsBuilder).ToList();

        builders.Should().NotBeEmpty();
        foreach (var builder in builders)
        {
            var built = builder.GetMethod("Build", Type.EmptyTypes)!.ReturnType;
            Problems(built).Should().BeEmpty("{0} builds {1}, which must be immutable", builder.Name, built.Name);
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsImmutable(string typeName)
    {
        var type = Package.GetType(typeName, throwOnError: true)!;
        var problems = Problems(type).ToList();
        problems.Should().BeEmpty("{0} must be immutable", typeName);
    }

    private static bool IsBuilder(Type type) =>
        type.IsClass && type.IsSealed && type.Name.EndsWith("Builder", StringComparison.Ordinal) && type.GetMethod("Build", Type.EmptyTypes) is not null;

    private static bool NeedsCheck(Type type) =>
        !IsBuilder(type)
        && !type.IsEnum
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

        // An abstract base with no state of its own (RightSettings: a right of one's own derives its settings from it) is
        // open to derivation; every derived type of the package is checked itself.
        var statelessBase = type.IsAbstract && type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Length == 0;
        if (type.IsClass && !type.IsSealed && !statelessBase)
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
            // An init-only setter runs only while the object is built (a constructor, an initializer, a record's `with`).
            var setter = property.SetMethod;
            var initOnly = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            if (setter is not null && !initOnly && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
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
