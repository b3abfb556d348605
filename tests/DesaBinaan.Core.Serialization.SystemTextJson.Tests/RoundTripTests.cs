using System.Text.Json;
using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>
/// Every public value and result type reads back equal from what it writes, alone and in a value-equal list, over
/// generated values (CsCheck), and writing what was read gives the same JSON.
/// </summary>
public sealed class RoundTripTests
{
    [Fact] public void LocalizedText_RoundTrips() => RoundTrips(Generators.Texts);

    [Fact] public void Citation_RoundTrips() => RoundTrips(Generators.Citations);

    [Fact] public void Fraction_RoundTrips() => RoundTrips(Generators.Fractions);

    [Fact] public void SentenceTerm_RoundTrips() => RoundTrips(Generators.Terms);

    [Fact] public void RegionCode_RoundTrips() => RoundTrips(Generators.Regions);

    [Fact] public void InmateId_RoundTrips() => RoundTrips(Generators.InmateIds);

    [Fact] public void PersonId_RoundTrips() => RoundTrips(Generators.PersonIds);

    [Fact] public void PositionId_RoundTrips() => RoundTrips(Generators.PositionIds);

    [Fact] public void InstitutionId_RoundTrips() => RoundTrips(Generators.InstitutionIds);

    [Fact] public void UnitId_RoundTrips() => RoundTrips(Generators.UnitIds);

    [Fact] public void Nip_RoundTripsWhenWrittenInFull() => RoundTrips(Generators.Nips);

    [Fact] public void CriterionResult_RoundTrips() => RoundTrips(Generators.Results);

    [Fact] public void Fact_RoundTrips() => RoundTrips(Generators.Facts);

    [Fact] public void CriterionDescriptor_RoundTrips() => RoundTrips(Generators.Descriptors);

    [Fact] public void CriterionFinding_RoundTrips() => RoundTrips(Generators.Findings);

    [Fact] public void Decision_Synthetic_RoundTrips() => RoundTrips(Generators.SyntheticDecisions);

    [Fact] public void Decision_OfEveryIndonesianPolicy_RoundTrips() => RoundTrips(Generators.PolicyDecisions);

    [Fact] public void CountingConvention_RoundTrips() => RoundTrips(Generators.Conventions);

    [Fact] public void BreakdownStep_RoundTrips() => RoundTrips(Generators.Steps);

    [Fact] public void SentenceDates_RoundTrips() => RoundTrips(Generators.SentenceDates);

    [Fact] public void FractionDateResult_RoundTrips() => RoundTrips(Generators.FractionDates);

    [Fact] public void RemissionEntitlement_RoundTrips() => RoundTrips(Generators.Entitlements);

    [Fact] public void Appointment_RoundTrips() => RoundTrips(Generators.Appointments);

    [Fact] public void SigningPower_RoundTrips() => RoundTrips(Generators.Powers);

    [Fact] public void Delegation_RoundTrips() => RoundTrips(Generators.Delegations);

    [Fact] public void AuthorityDecision_RoundTrips() => RoundTrips(Generators.Authorities);

    [Fact] public void PartnershipViolation_RoundTrips() => RoundTrips(Generators.Violations);

    [Fact] public void EligibilityRow_RoundTrips() => RoundTrips(Generators.Rows);

    [Fact] public void PartnershipRow_RoundTrips() => RoundTrips(Generators.PartnershipRows);

    [Fact] public void StatusCounts_RoundTrips() => RoundTrips(Generators.Funnels.Select(f => f.Statuses));

    [Fact] public void CriterionFunnelLine_RoundTrips() => RoundTrips(Generators.Funnels.Where(f => f.Criteria.Count > 0).Select(f => f.Criteria[0]));

    [Fact] public void Funnel_RoundTrips() => RoundTrips(Generators.Funnels);

    [Fact] public void CalendarPeriod_RoundTrips() => RoundTrips(Generators.Calendars.Where(c => c.Periods.Count > 0).Select(c => c.Periods[^1]));

    [Fact] public void EligibilityCalendar_RoundTrips() => RoundTrips(Generators.Calendars);

    [Fact] public void StatusChange_RoundTrips() => RoundTrips(Generators.Comparisons.Where(c => c.Changes.Count > 0).Select(c => c.Changes[0]));

    [Fact] public void PolicyComparison_RoundTrips() => RoundTrips(Generators.Comparisons);

    // The sweep above covers every type the package converts: a new public value type without a test fails here.
    [Fact]
    public void EveryConvertedType_HasARoundTripTest()
    {
        var tested = typeof(RoundTripTests).GetMethods()
            .Where(m => m.Name.EndsWith("_RoundTrips", StringComparison.Ordinal) || m.Name.EndsWith("_RoundTripsWhenWrittenInFull", StringComparison.Ordinal))
            .Select(m => m.Name[..m.Name.IndexOf('_', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
        var converted = Json.Options.Converters
            .Select(c => c.GetType())
            .Where(t => t.IsGenericType && t.Name.StartsWith("DelegateConverter", StringComparison.Ordinal))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => !t.IsGenericType)
            .Select(t => t.Name)
            .ToList();

        converted.Should().HaveCountGreaterThan(30).And.OnlyContain(name => tested.Contains(name));
    }

    private static void RoundTrips<T>(Gen<T> gen)
    {
        gen.Sample(
            value =>
            {
                var json = JsonSerializer.Serialize(value, Json.Options);
                var back = JsonSerializer.Deserialize<T>(json, Json.Options);
                EqualityComparer<T>.Default.Equals(back, value).Should().BeTrue("{0} reads back equal", json);
                JsonSerializer.Serialize(back, Json.Options).Should().Be(json);
            },
            iter: 60,
            threads: 1);

        gen.Array[0, 4].Sample(
            values =>
            {
                var list = ValueList.From(values);
                var json = JsonSerializer.Serialize(list, Json.Options);
                JsonSerializer.Deserialize<ValueList<T>>(json, Json.Options).Should().Equal(list, "{0} reads back equal", json);
            },
            iter: 20,
            threads: 1);
    }
}
