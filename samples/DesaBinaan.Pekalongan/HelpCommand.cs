using DesaBinaan.Core.Common;

namespace DesaBinaan.Pekalongan;

/// <summary>Lists the sample's commands.</summary>
internal sealed class HelpCommand : ISampleCommand
{
    public string Name => "help";

    public LocalizedText Description { get; } = new("daftar perintah", "lists the commands");

    public int Run(SampleOptions options, Language language, TextWriter output)
    {
        var commands = typeof(HelpCommand).Assembly.GetTypes()
            .Where(t => typeof(ISampleCommand).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (ISampleCommand)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var none = language == Language.English ? "(default)" : "(bawaan)";
        var width = commands.Max(c => (c.Name.Length == 0 ? none : c.Name).Length);
        output.WriteLine(language == Language.English
            ? "dotnet run --project samples/DesaBinaan.Pekalongan -- [command] [--lang en] [options]"
            : "dotnet run --project samples/DesaBinaan.Pekalongan -- [perintah] [--lang en] [opsi]");
        foreach (var command in commands)
        {
            output.WriteLine("  " + (command.Name.Length == 0 ? none : command.Name).PadRight(width) + "  " + command.Description.In(language));
        }

        return 0;
    }
}
