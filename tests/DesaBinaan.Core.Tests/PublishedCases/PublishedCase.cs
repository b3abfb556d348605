using System.Text.Json;
using System.Text.Json.Serialization;
using DesaBinaan.Core.Sentencing;
using NodaTime;
using NodaTime.Text;

namespace DesaBinaan.Core.Tests.PublishedCases;

/// <summary>One case of <c>published-cases.json</c>: the inputs a report gives, the published value, the relation and the source.</summary>
public sealed record PublishedCase
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public required string Id { get; init; }

    public required string Person { get; init; }

    public required string Check { get; init; }

    public required string FirstDay { get; init; }

    public required string Term { get; init; }

    public required IReadOnlyList<PublishedRemission> Remissions { get; init; }

    public string? Minimum { get; init; }

    public string? Substitute { get; init; }

    public string? GrantDate { get; init; }

    public string? Kind { get; init; }

    public string? Computed { get; init; }

    public required string Expected { get; init; }

    public required string Relation { get; init; }

    public string? LibraryGives { get; init; }

    public string? Reason { get; init; }

    public string? Note { get; init; }

    public required PublishedSource Source { get; init; }

    /// <summary>Gets every case of the file beside the test assembly.</summary>
    public static IReadOnlyList<PublishedCase> All { get; } = Load();

    /// <summary>Returns the case's sentence history, built through the public API.</summary>
    public SentenceHistory History()
    {
        var remissions = Remissions.Select(r => new Remission(Date(r.Date), SentenceTerm.Parse(r.Amount), Enum.Parse<RemissionKind>(r.Kind))).ToArray();
        var history = SentenceHistory.Imprisonment(Date(FirstDay), SentenceTerm.Parse(Term), remissions);
        return Substitute is null ? history : history.WithSubstitute(SentenceTerm.Parse(Substitute));
    }

    public override string ToString() => Id;


    internal static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static List<PublishedCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PublishedCases", "published-cases.json");
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<PublishedCaseFile>(stream, Options)
            ?? throw new InvalidDataException("published-cases.json is empty.");
        return [.. file.Cases];
    }

    private sealed record PublishedCaseFile(string About, IReadOnlyList<PublishedCase> Cases);
}

public sealed record PublishedRemission(string Date, string Amount, string Kind);

public sealed record PublishedSource(string Outlet, string Date, string? Title, string Quote);
