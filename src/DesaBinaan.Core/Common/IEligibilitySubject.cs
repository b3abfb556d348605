namespace DesaBinaan.Core.Common;

/// <summary>A subject of eligibility decisions: anything with an opaque, stable id.</summary>
public interface IEligibilitySubject
{
    /// <summary>Gets the subject's opaque id (never a name or national id number): decisions and messages identify the subject by it.</summary>
    string SubjectId { get; }
}
