using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Serialization.SystemTextJson.Internal;

namespace DesaBinaan.Core.Serialization.SystemTextJson;

/// <summary>The choices of the JSON format that a caller may make.</summary>
/// <remarks>Equality is by value. <see cref="Default"/> masks NIPs.</remarks>
[Immutable]
public sealed record DesaBinaanJsonSettings
{
    /// <summary>Initializes settings.</summary>
    /// <param name="writeNipInFull">
    /// True to write a <see cref="Nip"/> as its 18 digits (so that it can be read back); false, the default, to write it
    /// masked, every digit but the last four replaced by <c>*</c>. A NIP is personal data (UU 27/2022): opt in only
    /// where the JSON is stored or sent under the protection that data needs.
    /// </param>
    public DesaBinaanJsonSettings(bool writeNipInFull = false)
    {
        WriteNipInFull = writeNipInFull;
    }

    /// <summary>Gets the default settings: NIPs are written masked.</summary>
    public static DesaBinaanJsonSettings Default { get; } = new();

    /// <summary>Gets whether a <see cref="Nip"/> is written as its 18 digits rather than masked.</summary>
    public bool WriteNipInFull { get; }
}
