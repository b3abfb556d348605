using DesaBinaan.Core.Common;

namespace DesaBinaan.Pekalongan;

/// <summary>A bad command-line argument: the sample prints its text in the language asked, on one line, and exits with 2.</summary>
internal sealed class SampleUsageException(string indonesian, string english) : Exception(english)
{
    /// <summary>Gets the message in both languages; one is printed.</summary>
    public LocalizedText Text { get; } = new(indonesian, english);
}
