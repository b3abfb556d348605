using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Cooperation;

/// <summary>An agreement in force whose term ends soon, with its partnership and the days left.</summary>
/// <remarks>Equality compares every property.</remarks>
[Immutable]
public sealed record ExpiringAgreement
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="partnershipId">The partnership's id; must not be null or white space.</param>
    /// <param name="agreement">The governing version of the agreement; must not be null.</param>
    /// <param name="daysLeft">Days from the query date to the last day of the term (0 when it ends that day); must not be negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="partnershipId"/> or <paramref name="agreement"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partnershipId"/> is white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysLeft"/> is negative.</exception>
    public ExpiringAgreement(string partnershipId, Agreement agreement, int daysLeft)
    {
        PartnershipId = Guard.Against.BlankText(partnershipId);
        Agreement = Guard.Against.Null(agreement);
        DaysLeft = Guard.Against.CountOutOfRange(daysLeft, 0, int.MaxValue);
    }

    /// <summary>Gets the partnership's id.</summary>
    public string PartnershipId { get; }

    /// <summary>Gets the governing version of the agreement.</summary>
    public Agreement Agreement { get; }

    /// <summary>Gets the days from the query date to the last day of the term.</summary>
    public int DaysLeft { get; }
}
