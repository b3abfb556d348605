using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Officials;

/// <summary>
/// An explicit delegation or mandate of a signing power from one person to another for a period, such as a Kalapas
/// authorising the Plh, or a Wali Kota authorising a camat (UU 30/2014 Pasal 13–14; PP 28/2018).
/// </summary>
/// <remarks>The term is inclusive. Equality compares every property.</remarks>
[Immutable]
public sealed record Delegation
{
    /// <summary>Initializes a delegation.</summary>
    /// <param name="from">The person who holds the power; must not be empty.</param>
    /// <param name="to">The person who receives it; must not be empty nor <paramref name="from"/>.</param>
    /// <param name="power">The power; must not be null.</param>
    /// <param name="term">The inclusive term; must not be null.</param>
    /// <param name="instrument">The letter or decree granting it (<i>surat perintah</i>, <i>surat kuasa</i>), or null.</param>
    /// <exception cref="ArgumentException">An id is empty, or <paramref name="to"/> equals <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="power"/> or <paramref name="term"/> is null.</exception>
    public Delegation(PersonId from, PersonId to, SigningPower power, DateInterval term, string? instrument = null)
    {
        _ = Guard.Against.NonIsoInterval(term);
        From = Guard.Against.InvalidInput(from, nameof(from), p => !p.IsEmpty, "A delegation comes from a person with a non-empty id.");
        To = Guard.Against.InvalidInput(to, nameof(to), p => !p.IsEmpty && p != from, "A delegation goes to another person with a non-empty id.");
        Power = Guard.Against.Null(power);
        Term = Guard.Against.Null(term);
        Instrument = string.IsNullOrWhiteSpace(instrument) ? null : instrument.Trim();
    }

    /// <summary>Gets the person who holds the power.</summary>
    public PersonId From { get; }

    /// <summary>Gets the person who receives it.</summary>
    public PersonId To { get; }

    /// <summary>Gets the power delegated.</summary>
    public SigningPower Power { get; }

    /// <summary>Gets the inclusive term.</summary>
    public DateInterval Term { get; }

    /// <summary>Gets the granting instrument, or null.</summary>
    public string? Instrument { get; }

    /// <summary>Returns whether the delegation covers a power on a date.</summary>
    /// <param name="power">The power; must not be null.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when the power matches and the term contains the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="power"/> is null.</exception>
    public bool Covers(SigningPower power, LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return Guard.Against.Null(power) == Power && Term.Contains(date);
    }

    /// <summary>Returns the ids, the power and the term.</summary>
    /// <returns>The delegation as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From} -> {To}: {Power} {Term.Start.ToIso()}..{Term.End.ToIso()}");
}
