namespace DesaBinaan.Core.Inmates;

/// <summary>
/// What an evidence file says of the kinds of evidence a rule asks for, as <see cref="EvidenceFile.Check"/> reads it
/// from the packed statuses. A criterion turns it into its outcome (<c>RuleFacts.FromCheck</c>); missing evidence is
/// kept apart from evidence recorded as absent, so it is never a silent no.
/// </summary>
internal enum EvidenceCheck : byte
{
    /// <summary>No kind is recorded as absent, and at least one is not recorded.</summary>
    NotAllRecorded = 0,

    /// <summary>Every kind asked for is recorded as present (or none is asked for).</summary>
    AllPresent = 1,

    /// <summary>At least one kind asked for is recorded as absent.</summary>
    SomeAbsent = 2,
}
