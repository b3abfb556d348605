using DesaBinaan.Core.Common;

namespace DesaBinaan.Pekalongan;

/// <summary>Lists the sample's commands.</summary>
internal sealed class HelpCommand : ISampleCommand
{
    public string Name => "help";

    public string Description => "lists the commands";

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        var commands = typeof(HelpCommand).Assembly.GetTypes()
            .Where(t => typeof(ISampleCommand).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (ISampleCommand)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        output.WriteLine("dotnet run --project samples/DesaBinaan.Pekalongan -- [command] [--lang en] [options]");
        foreach (var command in commands)
        {
            output.WriteLine($"  {(command.Name.Length == 0 ? "(default)" : command.Name),-10} {command.Description}");
        }

        return 0;
    }
}
