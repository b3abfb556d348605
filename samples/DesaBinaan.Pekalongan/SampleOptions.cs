namespace DesaBinaan.Pekalongan;

/// <summary>Command-line options: <c>--name value</c> pairs, where a name may repeat (such as <c>--remission</c>).</summary>
internal sealed class SampleOptions
{
    private readonly List<KeyValuePair<string, string>> pairs;

    private SampleOptions(List<KeyValuePair<string, string>> pairs) => this.pairs = pairs;

    /// <summary>Parses <c>--name value</c> pairs; throws <see cref="SampleUsageException"/> on a stray word.</summary>
    public static SampleOptions Parse(IReadOnlyList<string> args)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                throw new SampleUsageException($"argumen '{name}' tidak diharapkan: opsi ditulis --nama nilai", $"unexpected argument '{name}': options are written --name value");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                pairs.Add(new(name[2..], string.Empty));
            }
            else
            {
                pairs.Add(new(name[2..], args[++i]));
            }
        }

        return new SampleOptions(pairs);
    }

    /// <summary>Returns the last value of an option, or null when it is absent.</summary>
    public string? Get(string name) => pairs.LastOrDefault(p => p.Key == name).Value;

    /// <summary>Returns every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> GetAll(string name) => pairs.Where(p => p.Key == name).Select(p => p.Value).ToList();

    /// <summary>Returns whether an option is present.</summary>
    public bool Has(string name) => pairs.Any(p => p.Key == name);

    /// <summary>Throws <see cref="SampleUsageException"/> when an option not in <paramref name="known"/> was given.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var pair in pairs)
        {
            if (pair.Key != "lang" && Array.IndexOf(known, pair.Key) < 0)
            {
                throw new SampleUsageException($"--{pair.Key}: opsi tidak dikenal", $"--{pair.Key}: unknown option");
            }
        }
    }
}
