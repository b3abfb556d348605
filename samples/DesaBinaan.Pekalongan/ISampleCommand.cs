using DesaBinaan.Core.Common;

namespace DesaBinaan.Pekalongan;

/// <summary>A command of the sample program (<c>dotnet run --project samples/DesaBinaan.Pekalongan -- NAME ...</c>).</summary>
internal interface ISampleCommand
{
    /// <summary>Gets the command's name on the command line; the empty name is the default command.</summary>
    string Name { get; }

    /// <summary>Gets a one-line description for the usage text.</summary>
    LocalizedText Description { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="options">The parsed command-line options (after the command name).</param>
    /// <param name="language">The language asked with <c>--lang</c>.</param>
    /// <param name="output">Where to write.</param>
    /// <returns>The exit code: 0 on success, 2 for bad arguments.</returns>
    int Run(SampleOptions options, Language language, TextWriter output);
}
