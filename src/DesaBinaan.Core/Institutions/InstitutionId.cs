using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Institutions;

/// <summary>The caller's opaque identifier of an institution (a Lapas, a regional office, a kelurahan, a city government), such as <c>lapas-pekalongan</c>.</summary>
/// <remarks>
/// Equality compares the text ordinally. The default value is the <em>empty</em> id: <see cref="IsEmpty"/> is true,
/// <see cref="Value"/> and <see cref="ToString"/> return the empty string; constructors never produce it.
/// </remarks>
[Immutable]
public readonly record struct InstitutionId
{
    private readonly string? value;

    /// <summary>Initializes an id.</summary>
    /// <param name="value">The identifier; must not be null, empty or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public InstitutionId(string value)
    {
        this.value = Guard.Against.BlankText(value);
    }

    /// <summary>Gets the identifier text (empty for the default value).</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets whether this is the empty id (the default value).</summary>
    public bool IsEmpty => value is null;

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}
