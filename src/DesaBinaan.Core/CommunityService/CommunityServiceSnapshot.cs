using System.Globalization;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>One order's standing on a date in a population view: the status and the hours, without the texts of a <see cref="LedgerStatement"/>.</summary>
/// <remarks>Equality compares every field. The default value is a not-started order with no hours.</remarks>
[Immutable]
public readonly record struct CommunityServiceSnapshot
{
    /// <summary>Initializes a snapshot.</summary>
    /// <param name="status">The status.</param>
    /// <param name="hoursServed">The hours credited.</param>
    /// <param name="hoursRemaining">The hours still to serve.</param>
    /// <param name="hoursAvailable">The hours still available up to the last day at the judgment's hours per day.</param>
    public CommunityServiceSnapshot(CommunityServiceStatus status, int hoursServed, int hoursRemaining, int hoursAvailable)
    {
        Status = status;
        HoursServed = hoursServed;
        HoursRemaining = hoursRemaining;
        HoursAvailable = hoursAvailable;
    }

    /// <summary>Gets the status.</summary>
    public CommunityServiceStatus Status { get; }

    /// <summary>Gets the hours credited.</summary>
    public int HoursServed { get; }

    /// <summary>Gets the hours still to serve.</summary>
    public int HoursRemaining { get; }

    /// <summary>Gets the hours still available.</summary>
    public int HoursAvailable { get; }

    /// <summary>Gets whether the hours remaining fit in the hours still available (true when completed), as <see cref="LedgerStatement.CanFinishInTime"/>.</summary>
    public bool CanFinishInTime => HoursRemaining == 0 || (Status != CommunityServiceStatus.Failed && HoursRemaining <= HoursAvailable);

    /// <summary>Returns the status and hours in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Status} served={HoursServed} remaining={HoursRemaining} available={HoursAvailable}");
}
