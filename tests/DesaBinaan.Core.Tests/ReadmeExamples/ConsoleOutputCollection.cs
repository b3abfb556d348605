namespace DesaBinaan.Core.Tests.ReadmeExamples;

/// <summary>
/// The README examples that print to the console, one of which reads its lines back: the console is one for the whole
/// process, so these run one at a time and apart from the other tests (run side by side, one example's lines landed in
/// another's output).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutputCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console output";
}
