using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Tests.Reliability;

/// <summary>
/// The second half of the sweep: every public constructor, static method and instance method of the package (on an
/// instance met in a full scenario, and on the default value of each struct), called with extreme arguments one
/// parameter at a time: the largest and smallest integers, the first and last ISO dates, a date in the Julian
/// calendar, empty and huge strings, a NIK where a code belongs, undefined enum values and default structs.
/// A call must return (and its result must print), or throw an argument exception naming one of the member's own
/// parameters with a message that states the rule, or throw an exception type its documentation lists. A call
/// given a date outside the ISO calendar must refuse it. No message may repeat a run of 16 digits or grow with its input.
/// </summary>
public sealed partial class BadInputSweepTests
{
    private static readonly LocalDate Ordinary = new(2026, 6, 20);

    private static readonly LocalDate JulianDate = new(2025, 1, 1, CalendarSystem.Julian);

    /// <summary>A NIK (16-digit population number) passed where a code belongs.</summary>
    private const string Nik = "3375034512900001";

    private static readonly string HugeText = string.Concat(Enumerable.Repeat("33.75.03.1004;", 20_000));

    /// <summary>The texts of the BCL and guard library that name no rule.</summary>
    private static readonly string[] GenericMessages =
    [
        "Required input", "Specified argument was out of the range", "Value does not fall within the expected range",
        "was out of range", "un-representable", "Day number must be", "Arithmetic operation", "Input ", "Index was outside",
    ];

    private static readonly Lazy<Dictionary<Type, object>> Samples = new(Harvest);

    private static readonly Lazy<ILookup<string, string>> Documented = new(DocumentedExceptions);

    [Fact]
    public void ExtremeArguments_AreRefusedNamingTheParameter_OrDecided()
    {
        var problems = Sweep();
        var counts = problems.GroupBy(p => p.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + ": " + g.Count().ToString(CultureInfo.InvariantCulture));

        // The counts are written to the test's output on every run (the test assembly's -showLiveOutput shows them) and
        // into the failure message by kind. The first run of the sweep found 245 problems (wrong parameter name 57,
        // unexpected exception 18, non-ISO date accepted 26, generic message 132, input echoed 12); on 2026-12-07 it made
        // 1,480 calls and found none.
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Extreme-argument sweep: {Calls().Count()} calls, {problems.Count} problems{(problems.Count == 0 ? string.Empty : " (" + string.Join(", ", counts) + ")")}."));
        problems.Should().BeEmpty(
            "every extreme argument is refused with an argument exception naming the parameter, or decided ({0}){1}{2}",
            string.Join(", ", counts), Environment.NewLine, string.Join(Environment.NewLine, problems.Take(400).Select(p => p.Kind + " " + p.Call + " → " + p.Detail)));
    }

    [Fact]
    public void ExtremeSweep_CoversThePublicSurface()
    {
        // The scenario must reach the package's main aggregates, or the instance half of the sweep says nothing.
        var samples = Samples.Value;
        samples.Keys.Select(t => t.Name).Should().Contain(["Partnership", "OfficialsDirectory", "InstitutionDirectory", "InmateProfile", "Decision", "SentenceHistory", "ActivityPlan", "PartnershipPortfolio"]);
        Calls().Count().Should().BeGreaterThan(1000);
    }

    private sealed record Problem(string Kind, string Call, string Detail);

    private static List<Problem> Sweep()
    {
        var problems = new List<Problem>();
        foreach (var (member, target, args, varied, label) in Calls())
        {
            var call = Name(member) + (target is null ? string.Empty : " on " + target.GetType().Name) + " with " + label;
            var outcome = Invoke(member, target, args);
            var parameters = member.GetParameters();
            var julian = varied >= 0 && args[varied] is LocalDate d && d.Calendar != CalendarSystem.Iso;
            switch (outcome)
            {
                case null when julian:
                    problems.Add(new("non-iso-accepted", call, "a Julian date was accepted"));
                    break;
                case null:
                    break;
                case TimeoutException:
                    problems.Add(new("hang", call, "no answer within a minute"));
                    break;
                case ArgumentException e:
                    var message = Message(e);
                    if (!parameters.Any(p => p.Name == e.ParamName))
                    {
                        problems.Add(new("wrong-parameter-name", call, e.GetType().Name + " names '" + e.ParamName + "': " + Short(e.Message)));
                    }
                    else if (GenericMessages.Any(g => message.Contains(g, StringComparison.Ordinal)))
                    {
                        problems.Add(new("generic-message", call, Short(e.Message)));
                    }

                    CheckEcho(problems, call, e);
                    break;
                case FormatException e when member.Name.StartsWith("Parse", StringComparison.Ordinal) || IsDocumented(member, e):
                    CheckEcho(problems, call, e);
                    break;
                case var e when IsDocumented(member, e):
                    CheckEcho(problems, call, e);
                    break;
                default:
                    problems.Add(new("unexpected-exception", call, outcome.GetType().Name + ": " + Short(outcome.Message)));
                    break;
            }
        }

        return problems;
    }

    private static void CheckEcho(List<Problem> problems, string call, Exception e)
    {
        // A message may quote a short excerpt of what it refuses, never a NIK-like run of 16 digits nor the whole of a long input.
        if (e.Message.Contains(Nik, StringComparison.Ordinal) || Regex.IsMatch(e.Message, "(?<![0-9-])[0-9]{16}(?![0-9])") || e.Message.Length > 600)
        {
            problems.Add(new("echoed-input", call, e.Message.Length.ToString(CultureInfo.InvariantCulture) + " characters: " + Short(e.Message)));
        }
    }

    private static string Message(ArgumentException e)
    {
        var suffix = " (Parameter '" + e.ParamName + "')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..160] + "…";

    /// <summary>
    /// Runs one call (and prints its result) on a worker, giving up after a minute: the calls answer in milliseconds,
    /// a quadratic check took minutes, and the test runs beside others on a shared machine.
    /// </summary>
    private static Exception? Invoke(MethodBase member, object? target, object?[] args)
    {
        var task = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var result = member is ConstructorInfo ctor ? ctor.Invoke(args) : member.Invoke(target, args);
                    _ = result?.ToString();
                    return null;
                }
                catch (TargetInvocationException e)
                {
                    return e.InnerException;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return e;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        return task.Wait(TimeSpan.FromMinutes(1)) ? task.Result : new TimeoutException();
    }

    /// <summary>Every call of the sweep: the member, its target, its arguments and which argument is the extreme one.</summary>
    private static IEnumerable<(MethodBase Member, object? Target, object?[] Args, int Varied, string Label)> Calls()
    {
        foreach (var (member, target) in Members2())
        {
            var parameters = member.GetParameters();
            // Reflection cannot pass or return spans; the span members are covered by their own tests.
            if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike || p.ParameterType.IsPointer || p.ParameterType.ContainsGenericParameters)
                || member is MethodInfo { ReturnType.IsByRefLike: true })
            {
                continue;
            }

            var ordinary = parameters.Select(p => OrdinaryValue(p.ParameterType)).ToArray();
            if (ordinary.Any(o => o is Missing))
            {
                continue;
            }

            if (parameters.Length == 0)
            {
                yield return (member, target, [], -1, "no arguments");
                continue;
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var (value, label) in Extremes(parameters[i].ParameterType))
                {
                    var args = (object?[])ordinary.Clone();
                    args[i] = value;
                    yield return (member, target, args, i, parameters[i].Name + " = " + label);
                }
            }
        }
    }

    private static IEnumerable<(MethodBase Member, object? Target)> Members2()
    {
        foreach (var type in Package.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t)).Select(Close).OfType<Type>())
        {
            foreach (var ctor in type.GetConstructors())
            {
                yield return (ctor, null);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null).Select(Close).OfType<MethodInfo>())
            {
                if (!method.GetParameters().Any(p => p.Name == "parameterName"))
                {
                    yield return (method, null);
                }
            }

            var instances = new List<object>();
            if (Samples.Value.TryGetValue(type, out var sample))
            {
                instances.Add(sample);
            }

            if (type.IsValueType)
            {
                instances.Add(Activator.CreateInstance(type)!);
            }

            foreach (var instance in instances)
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => m.GetCustomAttribute<CompilerGeneratedAttribute>() is null && m.Name is not ("Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$") && (!m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal)))
                    .Select(Close).OfType<MethodInfo>())
                {
                    var parameterless = method.GetParameters().Length == 0;

                    // A parameterless member can only be extreme on a default value.
                    if (!parameterless || (type.IsValueType && ReferenceEquals(instance, instances[^1])))
                    {
                        yield return (method, instance);
                    }
                }
            }
        }
    }

    private static object? OrdinaryValue(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return null;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(decimal) || type == typeof(double))
        {
            return Convert.ChangeType(1, type, CultureInfo.InvariantCulture);
        }

        if (type == typeof(string))
        {
            return "a1";
        }

        if (type == typeof(bool))
        {
            return false;
        }

        if (type == typeof(LocalDate))
        {
            return Ordinary;
        }

        if (type == typeof(Period))
        {
            return Period.FromDays(1);
        }

        if (type == typeof(DateInterval))
        {
            return new DateInterval(Ordinary, Ordinary.PlusDays(30));
        }

        if (type == typeof(DateTimeZone))
        {
            return DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        }

        if (type == typeof(CultureInfo) || type == typeof(IFormatProvider))
        {
            return CultureInfo.InvariantCulture;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            var lambdaParameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)).ToArray();
            if (invoke.GetParameters().Any(p => p.ParameterType.IsByRef))
            {
                return Missing.Value;
            }

            Expression body = invoke.ReturnType == typeof(void) ? Expression.Empty() : (lambdaParameters.Length == 1 && invoke.ReturnType == lambdaParameters[0].Type ? lambdaParameters[0] : Expression.Default(invoke.ReturnType));
            return Expression.Lambda(type, body, lambdaParameters).Compile();
        }

        if (type.IsArray)
        {
            var element = OrdinaryValue(type.GetElementType()!);
            var array = Array.CreateInstance(type.GetElementType()!, element is Missing or null ? 0 : 1);
            if (array.Length == 1)
            {
                array.SetValue(element, 0);
            }

            return array;
        }

        if (Samples.Value.TryGetValue(type, out var sample))
        {
            return sample;
        }

        var assignable = Samples.Value.FirstOrDefault(kv => type.IsAssignableFrom(kv.Key)).Value;
        if (assignable is not null)
        {
            return assignable;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(IEnumerable<>) || open == typeof(IReadOnlyList<>) || open == typeof(IReadOnlyCollection<>) || open == typeof(IList<>) || open == typeof(ICollection<>)))
        {
            var element = OrdinaryValue(type.GetGenericArguments()[0]);
            var array = Array.CreateInstance(type.GetGenericArguments()[0], element is Missing or null ? 0 : 1);
            if (array.Length == 1)
            {
                array.SetValue(element, 0);
            }

            return array;
        }

        return type.IsValueType ? Activator.CreateInstance(type) : Missing.Value;
    }

    private static IEnumerable<(object? Value, string Label)> Extremes(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(int))
        {
            return [(int.MaxValue, "int.MaxValue"), (int.MinValue, "int.MinValue"), (-1, "-1")];
        }

        if (underlying == typeof(long))
        {
            return [(long.MaxValue, "long.MaxValue"), (long.MinValue, "long.MinValue")];
        }

        if (underlying == typeof(decimal))
        {
            return [(decimal.MaxValue, "decimal.MaxValue"), (decimal.MinValue, "decimal.MinValue")];
        }

        if (underlying == typeof(double))
        {
            return [(double.MaxValue, "double.MaxValue"), (double.NaN, "NaN"), (double.NegativeInfinity, "-∞")];
        }

        if (underlying == typeof(LocalDate))
        {
            return [(LocalDate.MinIsoValue, "LocalDate.MinIsoValue"), (LocalDate.MaxIsoValue, "LocalDate.MaxIsoValue"), (JulianDate, "Julian 2025-01-01")];
        }

        if (underlying == typeof(Period))
        {
            return [(Period.FromDays(int.MaxValue), "int.MaxValue days"), (Period.FromYears(-9999), "-9999 years")];
        }

        if (underlying == typeof(DateInterval))
        {
            return [(new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue), "every ISO date"), (new DateInterval(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue), "the last ISO date")];
        }

        if (underlying == typeof(string))
        {
            return [(string.Empty, "empty"), (Nik, "a NIK"), (HugeText, "280,000 characters")];
        }

        if (underlying.IsEnum)
        {
            return [(Enum.ToObject(underlying, 97), "undefined value 97")];
        }

        if (underlying == typeof(DesaBinaan.Core.Sentencing.SentenceTerm))
        {
            return [(default(DesaBinaan.Core.Sentencing.SentenceTerm), "default"), (new DesaBinaan.Core.Sentencing.SentenceTerm(10_000, 0, 0), "10,000 years"), (new DesaBinaan.Core.Sentencing.SentenceTerm(0, 120_000, 3_660_000), "120,000 months and 3,660,000 days")];
        }

        if (underlying == typeof(DesaBinaan.Core.Common.Fraction))
        {
            return [(default(DesaBinaan.Core.Common.Fraction), "default"), (new DesaBinaan.Core.Common.Fraction(long.MaxValue, 1), "long.MaxValue"), (new DesaBinaan.Core.Common.Fraction(1, long.MaxValue), "1/long.MaxValue")];
        }

        if (underlying.IsValueType && underlying.Assembly == Package)
        {
            return [(Activator.CreateInstance(underlying), "default")];
        }

        return [];
    }

    private static bool IsDocumented(MethodBase member, Exception exception)
    {
        var definition = member is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericMethodDefinition() : member;
        var type = definition.DeclaringType!;
        var typeName = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');
        var name = definition is ConstructorInfo ? "#ctor" : definition.Name.StartsWith("get_", StringComparison.Ordinal) ? definition.Name[4..] : definition.Name;
        var prefix = typeName + "." + name;
        return Documented.Value[prefix].Any(cref => cref == exception.GetType().FullName || exception.GetType().BaseType?.FullName == cref);
    }

    /// <summary>The exception types each member's documentation lists, by type and member name (overloads pooled).</summary>
    private static ILookup<string, string> DocumentedExceptions()
    {
        var path = Path.ChangeExtension(Package.Location, ".xml");
        var members = XDocument.Load(path).Root!.Element("members")!.Elements("member");
        return members
            .SelectMany(m => m.Elements("exception").Select(e => (Name: (string)m.Attribute("name")!, Cref: (string)e.Attribute("cref")!)))
            .Where(x => x.Name.Length > 2)
            .ToLookup(x => Regex.Replace(x.Name[2..], @"(`+\d+)?(\(.*)?$", string.Empty), x => x.Cref[2..]);
    }

    /// <summary>One instance of each public type met in a scenario touching every area: statics, builders' results and everything reachable from them.</summary>
    private static Dictionary<Type, object> Harvest()
    {
        var found = new Dictionary<Type, object>();
        var queue = new Queue<(object Value, int Depth)>();
        void Offer(object? value, int depth)
        {
            if (value is null || depth > 5)
            {
                return;
            }

            var type = value.GetType();
            if (type.Assembly != Package && value is not IEnumerable)
            {
                return;
            }

            if (type.Assembly == Package && !found.TryAdd(type, value))
            {
                return;
            }

            queue.Enqueue((value, depth));
        }

        foreach (var type in Package.GetExportedTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                Offer(property.GetValue(null), 0);
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                Offer(field.GetValue(null), 0);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition && m.ReturnType != typeof(void) && !m.ReturnType.IsByRefLike))
            {
                Offer(method.Invoke(null, null), 0);
            }
        }

        foreach (var root in Roots())
        {
            Offer(root, 0);
        }

        while (queue.Count > 0)
        {
            var (value, depth) = queue.Dequeue();
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items.Cast<object?>().Take(8))
                {
                    Offer(item, depth + 1);
                }
            }

            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike))
            {
                try
                {
                    Offer(property.GetValue(value), depth + 1);
                }
                catch (TargetInvocationException)
                {
                    // A property refused on this instance (documented as such): nothing to harvest.
                }
            }
        }

        return found;
    }

    private static IEnumerable<object?> Roots()
    {
        var today = ProducedTexts.Today;
        InmateProfile inmate = AnInmate.Convict().WithId("WB-0001").Sentenced("2y").ServedHalfOn(today.PlusDays(10));
        InmateProfile[] roster = [inmate, AnInmate.Detainee().WithId("WB-0002"), AnInmate.WithNothingRecorded().WithId("WB-0003")];
        yield return inmate;
        yield return APartnership.DesaBinaan().Build();
        yield return AnOfficial.Directory().Build();
        yield return AnInstitution.Directory();
        yield return AnActivity.JumatBersih();
        yield return ASentence.WorkedExample().Build();
        yield return DesaBinaan.Core.Sentencing.SentenceCalculator.Compute(ASentence.WorkedExample(), DesaBinaan.Core.Sentencing.CountingConvention.Default, today);
        yield return new DesaBinaan.Core.Cooperation.PartnershipPortfolio([APartnership.DesaBinaan().Build()]);
        foreach (var policy in IndonesianPolicies.All())
        {
            yield return policy;
            yield return policy.Prepare(today);
            yield return policy.Decide(inmate, today);
            yield return policy.AlmostEligible(roster, today, 30);
            yield return new DesaBinaan.Core.Rules.InmatePopulation(roster).Evaluate(policy.Prepare(today));
            yield return new DesaBinaan.Core.Rules.InmatePopulation(roster);
        }

    }
}
