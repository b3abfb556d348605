namespace DesaBinaan.Core.Inmates;

/// <summary>What is recorded about one piece of evidence. Not recorded is never read as absent.</summary>
/// <remarks>The default value is <see cref="NotRecorded"/>.</remarks>
public enum EvidenceStatus
{
    /// <summary>Nothing is recorded: a rule that needs it is undetermined.</summary>
    NotRecorded = 0,

    /// <summary>The evidence is on file (or the condition it proves holds).</summary>
    Present = 1,

    /// <summary>It is recorded that the evidence is missing or the condition does not hold (for example the fine is unpaid).</summary>
    Absent = 2,

    /// <summary>It is recorded that the evidence is not required for this person (for example no fine was imposed).</summary>
    NotRequired = 3,
}
