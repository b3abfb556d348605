// Placeholder until the Officials namespace lands from the foundation branch; removed at that merge.
#pragma warning disable CS1591, SA1402, SA1649, CA1050
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using NodaTime;

namespace DesaBinaan.Core.Officials;

[Immutable]
public readonly record struct PersonId(string Value)
{
    public override string ToString() => Value;
}

[Immutable]
public readonly record struct PositionId(string Value)
{
    public override string ToString() => Value;
}

public enum AppointmentCapacity
{
    Definitive = 0,
    Plh = 1,
    Plt = 2,
}

public enum AgreementKind
{
    MemorandumOfUnderstanding = 0,
    CooperationAgreement = 1,
    JointAgreement = 2,
}

[Immutable]
public sealed record Appointment(PersonId Person, PositionId Position, DateInterval Term, AppointmentCapacity Capacity);

[Immutable]
public sealed record AuthorityDecision(bool IsAllowed, string Code, LocalizedText Reason);

[Immutable]
public sealed record AuthorityPolicy(bool ActingMaySignWithoutDelegation)
{
    public static AuthorityPolicy Default { get; } = new(false);
}

[Immutable]
public sealed record OfficialsRegistry(ValueList<Appointment> Appointments)
{
    public AuthorityDecision MaySign(PersonId person, AgreementKind kind, InstitutionId institution, LocalDate date, AuthorityPolicy policy)
    {
        var a = Appointments.FirstOrDefault(x => x.Person == person && x.Term.Contains(date));
        if (a is null)
        {
            return new(false, "authority.no-appointment", new("x", "x"));
        }

        return a.Capacity == AppointmentCapacity.Definitive || policy.ActingMaySignWithoutDelegation
            ? new(true, "authority.allowed", new("x", "x"))
            : new(false, "authority.acting-without-delegation", new("Plh/Plt tanpa pelimpahan", "acting without delegation"));
    }
}
