namespace DesaBinaan.Core.Inmates;

/// <summary>
/// A yes/no fact of the record as the packed facts hold it, with "not recorded" kept apart from "no" (missing
/// evidence is never a silent no). The values are the ones the criteria compute with, without a branch (<c>RuleFacts.FromRecorded</c>).
/// </summary>
internal enum Recorded : byte
{
    /// <summary>The record does not say.</summary>
    NotRecorded = 0,

    /// <summary>Recorded as no.</summary>
    No = 1,

    /// <summary>Recorded as yes.</summary>
    Yes = 2,
}
