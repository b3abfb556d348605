namespace DesaBinaan.Core.Officials;

/// <summary>The outcome of an authority question.</summary>
public enum AuthorityOutcome
{
    /// <summary>The person may sign.</summary>
    Authorised = 1,

    /// <summary>The person may not sign; the reason says why and who signs instead.</summary>
    NotAuthorised = 2,

    /// <summary>The facts are missing (an unknown person or institution): neither yes nor no.</summary>
    Undetermined = 3,
}
