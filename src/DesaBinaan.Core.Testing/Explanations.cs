using System.Text;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;

namespace DesaBinaan.Core.Testing;

/// <summary>How the assertions describe decisions and findings in their failure messages.</summary>
internal static class Explanations
{
    public static string Of(Decision? decision) =>
        decision is null ? "<null>" : "\n" + decision.Render(Language.English);

    public static string Of(CriterionFinding? finding)
    {
        if (finding is null)
        {
            return "<null>";
        }

        var text = new StringBuilder("\n");
        Append(text, finding, 1);
        return text.ToString();
    }

    public static IEnumerable<CriterionFinding> Flatten(Decision decision)
    {
        var all = new List<CriterionFinding>();
        if (decision.Applicability is { } applicability)
        {
            Collect(applicability, all);
        }

        foreach (var finding in decision.Findings)
        {
            Collect(finding, all);
        }

        return all;
    }

    public static IEnumerable<CriterionFinding> Flatten(CriterionFinding finding)
    {
        var all = new List<CriterionFinding>();
        Collect(finding, all);
        return all;
    }

    public static bool Cites(Citation citation, string instrument, string? article) =>
        citation.Instrument.Contains(instrument, StringComparison.OrdinalIgnoreCase)
        && (article is null || (citation.Article is { } a && a.Contains(article, StringComparison.OrdinalIgnoreCase)));

    private static void Collect(CriterionFinding finding, List<CriterionFinding> all)
    {
        all.Add(finding);
        foreach (var part in finding.Parts)
        {
            Collect(part, all);
        }
    }

    private static void Append(StringBuilder text, CriterionFinding finding, int depth)
    {
        text.Append(' ', depth * 2).Append('[').Append(finding.Outcome.Label().English).Append("] ")
            .Append(finding.Descriptor.Title.English).Append(" (").Append(finding.Code).Append("; ").Append(finding.Citation.ToString()).Append(')');
        if (finding.Date is { } date)
        {
            text.Append(finding.Outcome == CriterionOutcome.NotMet ? " - will be met on " : " - met since ")
                .Append(IsoText.Iso(date));
        }

        text.Append('\n');
        foreach (var fact in finding.Facts)
        {
            text.Append(' ', (depth * 2) + 4).Append(fact.Format(Language.English)).Append('\n');
        }

        foreach (var part in finding.Parts)
        {
            Append(text, part, depth + 1);
        }
    }
}
