namespace DesaBinaan.Core.Testing;

/// <summary>Thrown by <see cref="PolicyInvariants"/> when a policy breaks an invariant; the message shows the subject, the dates and both decisions' explanations.</summary>
public sealed class PolicyInvariantException : Exception
{
    /// <summary>Initializes an exception with no message.</summary>
    public PolicyInvariantException()
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What broke.</param>
    public PolicyInvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What broke.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyInvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
