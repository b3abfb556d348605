using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;

namespace DesaBinaan.Core.Officials;

/// <summary>The power to sign agreements of one kind on behalf of one institution, such as "sign a PKS for Lapas Kelas IIA Pekalongan".</summary>
/// <remarks>Equality compares the kind and the institution.</remarks>
[Immutable]
public sealed record SigningPower
{
    /// <summary>Initializes a signing power.</summary>
    /// <param name="agreementKind">The kind of agreement; must be defined.</param>
    /// <param name="institution">The institution signed for; must not be empty.</param>
    /// <exception cref="ArgumentException">The kind is not defined or the institution id is empty.</exception>
    public SigningPower(AgreementKind agreementKind, InstitutionId institution)
    {
        AgreementKind = Guard.Against.EnumOutOfRange(agreementKind);
        Institution = Guard.Against.InvalidInput(institution, nameof(institution), i => !i.IsEmpty, "A signing power is for an institution with a non-empty id.");
    }

    /// <summary>Gets the kind of agreement.</summary>
    public AgreementKind AgreementKind { get; }

    /// <summary>Gets the institution signed for.</summary>
    public InstitutionId Institution { get; }

    /// <summary>Returns the kind and the institution id.</summary>
    /// <returns>The power as text.</returns>
    public override string ToString() => AgreementKind + " for " + Institution;
}
