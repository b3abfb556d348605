using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Inmates;

/// <summary>
/// The caller's opaque id of an inmate (for example a register number or a database key). Never a name, a NIK or a
/// NIP: decisions, reasons and messages identify a person only by this id (UU 27/2022 on personal data protection).
/// </summary>
/// <remarks>Equality is ordinal. The default value is the empty id (<see cref="IsEmpty"/>), which a profile rejects.</remarks>
[Immutable]
public readonly record struct InmateId
{
    private readonly string? value;

    /// <summary>Initializes an id.</summary>
    /// <param name="value">The id; must not be null or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public InmateId(string value)
    {
        this.value = Guard.Against.BlankText(value);
    }

    /// <summary>Gets the id (the empty string for the default value).</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets whether this is the default, empty id.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value;
}
