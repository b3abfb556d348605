namespace DesaBinaan.Pekalongan;

/// <summary>A bad command-line argument: the sample prints its message on one line and exits with 2.</summary>
internal sealed class SampleUsageException(string message) : Exception(message);
