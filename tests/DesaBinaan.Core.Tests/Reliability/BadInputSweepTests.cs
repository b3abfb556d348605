using System.Reflection;
using System.Runtime.CompilerServices;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// Every public constructor and static factory of the package, called with null for each reference parameter that
/// may not be null and the default value for the others (the design notes: "Bad input: BCL argument exceptions ... naming
/// the parameter"): it must throw an <see cref="ArgumentException"/> (or a subclass) whose parameter name is one of
/// its own parameters — never a <see cref="NullReferenceException"/>, an <see cref="InvalidOperationException"/> or
/// an index error deep inside. Exception types are left out: their message constructors accept null, as the BCL's do.
/// </summary>
public sealed partial class BadInputSweepTests
{
    private static readonly Assembly Package = typeof(Fraction).Assembly;

    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var member in Callables())
        {
            data.Add(Name(member));
        }

        return data;
    }

    [Fact]
    public void KnownFixes_NameTheirOwnParameter()
    {
        // Found by this sweep: these factories named a parameter of the constructor or parser they call.
        var meeting = () => DesaBinaan.Core.Scopes.ScopeStateBasis.Meeting(null!);
        meeting.Should().Throw<ArgumentNullException>().WithParameterName("meetingId");
        var agreement = () => DesaBinaan.Core.Scopes.ScopeStateBasis.Agreement(" ");
        agreement.Should().Throw<ArgumentException>().WithParameterName("agreementNumber");
        var sentence = () => DesaBinaan.Core.Sentencing.Sentence.Imprisonment((string)null!);
        sentence.Should().Throw<ArgumentNullException>().WithParameterName("term");
    }

    [Fact]
    public void TheSweepCoversThePublicSurface() =>
        // The package has many constructors and factories with reference parameters; the sweep must see them.
        Callables().Count().Should().BeGreaterThan(90);

    [Theory]
    [MemberData(nameof(Members))]
    public void NullArgument_ThrowsAnArgumentExceptionNamingAParameter(string member)
    {
        var callable = Callables().Single(m => string.Equals(Name(m), member, StringComparison.Ordinal));
        var parameters = callable.GetParameters();
        var args = parameters.Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
        Exception? thrown = null;
        try
        {
            _ = callable is ConstructorInfo ctor ? ctor.Invoke(args) : ((MethodInfo)callable).Invoke(null, args);
        }
        catch (TargetInvocationException e)
        {
            thrown = e.InnerException;
        }

        thrown.Should().NotBeNull("{0} takes a non-nullable reference parameter and was given null", member);
        thrown.Should().BeAssignableTo<ArgumentException>("bad input is rejected with a BCL argument exception ({0} threw {1}: {2})", member, thrown!.GetType().Name, thrown.Message);
        ((ArgumentException)thrown).ParamName.Should().BeOneOf(parameters.Select(p => p.Name), "the exception names the parameter at fault ({0}: {1})", member, thrown.Message);
    }

    private static IEnumerable<MethodBase> Callables()
    {
        foreach (var type in Package.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t)).Select(Close).OfType<Type>())
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                    .Select(Close).OfType<MethodInfo>());
            foreach (var member in members)
            {
                var parameters = member.GetParameters();

                // A helper that reports its caller's parameter name (given as 'parameterName') names that one, by design.
                if (parameters.Any(p => p.Name == "parameterName"))
                {
                    continue;
                }

                if (parameters.Length == 0 || parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike || p.ParameterType.IsPointer))
                {
                    continue;
                }

                // Only members with a reference parameter that is declared not nullable must refuse null.
                if (parameters.Any(p => !p.ParameterType.IsValueType && Nullability.Create(p).WriteState == NullabilityState.NotNull))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>Generic types and methods are closed over the package's own subject and parameters (or string), when the constraints allow.</summary>
    private static readonly Type[][] Closings = [[typeof(DesaBinaan.Core.Inmates.InmateProfile), typeof(DesaBinaan.Core.Rules.RightsParameters)], [typeof(string)]];

    private static Type? Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }

        foreach (var args in Closings.Where(a => a.Length == type.GetGenericArguments().Length))
        {
            try
            {
                return type.MakeGenericType(args);
            }
            catch (ArgumentException)
            {
                // A constraint does not fit: try the next closing.
            }
        }

        return null;
    }

    private static MethodInfo? Close(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return method;
        }

        foreach (var args in Closings.Where(a => a.Length == method.GetGenericArguments().Length))
        {
            try
            {
                return method.MakeGenericMethod(args);
            }
            catch (ArgumentException)
            {
                // A constraint does not fit: try the next closing.
            }
        }

        return null;
    }

    private static string Name(MethodBase member) =>
        member.DeclaringType!.Name + "." + (member is ConstructorInfo ? "ctor" : member.Name) + "(" + string.Join(",", member.GetParameters().Select(p => p.ParameterType.Name)) + ")";
}
