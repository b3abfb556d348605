using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// The configurable points of signing agreements (docs/domain.md §6 and §10, open point 5): the maximum term and whether
/// a PKS may stand alone without a memorandum. Who may sign (open point 6, acting officials) is the
/// <see cref="Officials.AuthorityPolicy"/> of the <see cref="Officials.OfficialsDirectory"/> used to sign.
/// </summary>
/// <remarks>
/// <para>No uniform maximum term was found in the sources (news shows 1–5 years; an old reading gives 1–2 years at
/// Kalapas level). <see cref="Default"/> therefore uses <b>5 years</b>, the longest term seen, so that no real
/// agreement is refused by default; set a shorter maximum where a regulation requires it.</para>
/// <para>Equality compares every property.</para>
/// </remarks>
[Immutable]
public sealed record AgreementPolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="maximumTerm">The longest term of an agreement (or of an extension); positive, in years, months or days only.</param>
    /// <param name="allowStandalonePks">Whether a PKS may be signed without a memorandum it implements.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maximumTerm"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximumTerm"/> is not positive or has time units.</exception>
    public AgreementPolicy(Period maximumTerm, bool allowStandalonePks = true)
    {
        Guard.Against.Null(maximumTerm);
        Guard.Against.InvalidDatePeriod(maximumTerm);
        MaximumTerm = maximumTerm.Normalize();
        AllowStandalonePks = allowStandalonePks;
    }

    /// <summary>Gets the default policy: a maximum term of 5 years (the longest seen; no uniform maximum was found) and a PKS may stand alone.</summary>
    public static AgreementPolicy Default { get; } = new(Period.FromYears(5), allowStandalonePks: true);

    /// <summary>Gets the longest term of an agreement or of an extension.</summary>
    public Period MaximumTerm { get; }

    /// <summary>Gets whether a PKS may be signed without a memorandum it implements.</summary>
    public bool AllowStandalonePks { get; }

    /// <summary>Returns the policy with another maximum term.</summary>
    /// <param name="maximumTerm">The maximum term; see the constructor.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="maximumTerm"/> is not a positive period of date units.</exception>
    public AgreementPolicy WithMaximumTerm(Period maximumTerm) => new(maximumTerm, AllowStandalonePks);

    /// <summary>Returns the policy with another answer on stand-alone PKS.</summary>
    /// <param name="allowStandalonePks">Whether a PKS may stand alone.</param>
    /// <returns>A new policy.</returns>
    public AgreementPolicy WithStandalonePks(bool allowStandalonePks) => new(MaximumTerm, allowStandalonePks);

    /// <summary>Returns whether a span of dates (inclusive) is within the maximum term.</summary>
    /// <param name="span">The dates; must not be null.</param>
    /// <returns>True when the last date is before the first date plus the maximum term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="span"/> is null.</exception>
    public bool AllowsTerm(DateInterval span)
    {
        Guard.Against.Null(span);
        _ = Guard.Against.NonIsoInterval(span);

        // A term that could only end after 9999-12-31 is always within the maximum.
        return span.Start.Year + MaximumTerm.Years + (MaximumTerm.Months / 12) + ((MaximumTerm.Weeks * 7L + MaximumTerm.Days) / 365) + 2 > 9999 || span.End < span.Start.Plus(MaximumTerm);
    }
}
