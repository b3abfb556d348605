using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Officials;

/// <summary>A person known to the model: an official, identified by the caller's opaque id, with a name and an optional NIP.</summary>
/// <remarks>
/// Equality compares every property. <see cref="ToString"/> shows only the opaque id: the name and the NIP are
/// personal data (UU 27/2022) and never appear in text produced by the library other than where asked for.
/// </remarks>
[Immutable]
public sealed record Person
{
    /// <summary>Initializes a person.</summary>
    /// <param name="id">The opaque id; must not be empty.</param>
    /// <param name="name">The name; must not be null or white space.</param>
    /// <param name="nip">The civil servant's number, or null (a Kepala Desa or a private person has none); must not be the empty NIP.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <paramref name="name"/> is blank, or <paramref name="nip"/> is the empty NIP.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Person(PersonId id, string name, Nip? nip = null)
    {
        Id = Guard.Against.InvalidInput(id, nameof(id), i => !i.IsEmpty, "A person needs a non-empty opaque id.");
        Name = Guard.Against.BlankText(name).Trim();
        if (nip is { } n)
        {
            Guard.Against.InvalidInput(n, nameof(nip), x => !x.IsEmpty, "Pass null rather than the empty NIP when the person has no NIP.");
        }

        Nip = nip;
    }

    /// <summary>Gets the opaque id.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the name (personal data).</summary>
    public string Name { get; }

    /// <summary>Gets the NIP, or null (personal data).</summary>
    public Nip? Nip { get; }

    /// <summary>Returns only the opaque id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id.ToString();
}
