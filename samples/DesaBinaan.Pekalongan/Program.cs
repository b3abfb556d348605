using DesaBinaan.Core.Common;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// The runnable scenario of Lapas Kelas IIA Pekalongan and Kelurahan Panjang Wetan. Commands are the classes that
/// implement <see cref="ISampleCommand"/>; with no command name the default (story) command runs.
/// </summary>
public static class Program
{
    /// <summary>Runs the sample.</summary>
    /// <param name="args">An optional command name, then <c>--name value</c> options; <c>--lang en</c> for English.</param>
    /// <returns>0 on success, 2 for bad arguments.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ISampleCommand).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (ISampleCommand)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        var name = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : string.Empty;
        var rest = name.Length == 0 ? args : args[1..];
        var command = commands.FirstOrDefault(c => c.Name == name)
            ?? (name.Length == 0 ? commands.First(c => c.Name == "help") : null);
        try
        {
            if (command is null)
            {
                throw new SampleUsageException($"perintah '{name}' tidak dikenal; perintah: {string.Join(", ", commands.Select(c => c.Name.Length == 0 ? "(bawaan)" : c.Name))}", $"unknown command '{name}'; commands: {string.Join(", ", commands.Select(c => c.Name.Length == 0 ? "(default)" : c.Name))}");
            }

            var options = SampleOptions.Parse(rest);
            var language = options.Get("lang") switch
            {
                null or "id" => Language.Indonesian,
                "en" => Language.English,
                var other => throw new SampleUsageException($"--lang: '{other}' bukan bahasa; gunakan id atau en", $"--lang: '{other}' is not a language; use id or en"),
            };
            return command.Run(options, language, Console.Out);
        }
        catch (SampleUsageException e)
        {
            // The language is read from the arguments as given, so that even an error in parsing them is in the language asked.
            var english = args.Zip(args.Skip(1)).Any(p => p.First == "--lang" && p.Second == "en");
            Console.Error.WriteLine(english ? "error: " + e.Text.English : "galat: " + e.Text.Indonesian);
            return 2;
        }
    }
}
