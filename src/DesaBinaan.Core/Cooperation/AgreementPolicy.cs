using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Officials;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// The configurable points of signing agreements (DOMAIN.md §6 and §10, open points 5 and 6): the maximum term,
/// whether a PKS may stand alone without a memorandum, and the authority policy for signatories.
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
    /// <param name="authority">The authority policy for signatories (for example whether a Plh/Plt may sign without delegation); must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maximumTerm"/> or <paramref name="authority"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximumTerm"/> is not positive or has time units.</exception>
    public AgreementPolicy(Period maximumTerm, bool allowStandalonePks, AuthorityPolicy authority)
    {
        Guard.Against.Null(maximumTerm);
        Guard.Against.InvalidInput(maximumTerm, nameof(maximumTerm), p => !p.HasTimeComponent && p.Years >= 0 && p.Months >= 0 && p.Weeks >= 0 && p.Days >= 0 && !p.Equals(Period.Zero), "The maximum term must be a positive period of years, months, weeks or days.");
        MaximumTerm = maximumTerm.Normalize();
        AllowStandalonePks = allowStandalonePks;
        Authority = Guard.Against.Null(authority);
    }

    /// <summary>Gets the default policy: a maximum term of 5 years, a PKS may stand alone, and the officials' default authority policy (a Plh/Plt signs only with an explicit delegation).</summary>
    public static AgreementPolicy Default { get; } = new(Period.FromYears(5), allowStandalonePks: true, AuthorityPolicy.Default);

    /// <summary>Gets the longest term of an agreement or of an extension.</summary>
    public Period MaximumTerm { get; }

    /// <summary>Gets whether a PKS may be signed without a memorandum it implements.</summary>
    public bool AllowStandalonePks { get; }

    /// <summary>Gets the authority policy for signatories.</summary>
    public AuthorityPolicy Authority { get; }

    /// <summary>Returns the policy with another maximum term.</summary>
    /// <param name="maximumTerm">The maximum term; see the constructor.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="maximumTerm"/> is not a positive period of date units.</exception>
    public AgreementPolicy WithMaximumTerm(Period maximumTerm) => new(maximumTerm, AllowStandalonePks, Authority);

    /// <summary>Returns the policy with another answer on stand-alone PKS.</summary>
    /// <param name="allowStandalonePks">Whether a PKS may stand alone.</param>
    /// <returns>A new policy.</returns>
    public AgreementPolicy WithStandalonePks(bool allowStandalonePks) => new(MaximumTerm, allowStandalonePks, Authority);

    /// <summary>Returns the policy with another authority policy.</summary>
    /// <param name="authority">The authority policy; must not be null.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    public AgreementPolicy WithAuthority(AuthorityPolicy authority) => new(MaximumTerm, AllowStandalonePks, authority);

    /// <summary>Returns whether a span of dates (inclusive) is within the maximum term.</summary>
    /// <param name="span">The dates; must not be null.</param>
    /// <returns>True when the last date is before the first date plus the maximum term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="span"/> is null.</exception>
    public bool AllowsTerm(DateInterval span)
    {
        Guard.Against.Null(span);
        return span.End < span.Start.Plus(MaximumTerm);
    }
}
