using System.Text;
using DesaBinaan.Core.Common;
using NodaTime;

namespace DesaBinaan.Core.Eligibility;

/// <summary>Renders a <see cref="Decision"/> as text in Indonesian or English.</summary>
internal static class DecisionText
{
    public static string Render(Decision decision, Language language)
    {
        var en = language == Language.English;
        var text = new StringBuilder();
        text.Append(en ? "Decision: " : "Keputusan: ").Append(decision.Status.Label().In(language));
        if (decision.Status == DecisionStatus.NotYetEligible)
        {
            text.Append(en ? ", from " : ", mulai ").Append(decision.EligibleFrom!.Value.ToIso());
        }

        text.Append('\n');
        text.Append(en ? "Subject: " : "Subjek: ").Append(decision.SubjectId)
            .Append(en ? "; evaluated on " : "; tanggal evaluasi ").Append(decision.Date.ToIso()).Append('\n');
        text.Append(en ? "Policy: " : "Kebijakan: ").Append(decision.PolicyTitle.In(language))
            .Append(en ? ", version " : ", versi ").Append(decision.VersionId)
            .Append(" (").Append(Interval(decision.VersionEffective, en)).Append(")\n");
        text.Append(en ? "Legal basis: " : "Dasar hukum: ").AppendJoin("; ", decision.Citations.Select(c => c.ToString())).Append('\n');
        if (decision.Convention is { } convention)
        {
            text.Append(en ? "Counting convention: " : "Konvensi penghitungan: ").Append(convention.In(language)).Append('\n');
        }

        if (decision.Parameters.Count > 0)
        {
            text.Append(en ? "Parameters: " : "Parameter: ").AppendJoin("; ", decision.Parameters.Select(p => p.Format(language))).Append('\n');
        }

        if (decision.Applicability is { } applicability)
        {
            text.Append(en ? "Applicability:\n" : "Keberlakuan:\n");
            AppendFinding(text, applicability, language, 1);
        }

        text.Append(en ? "Criteria:\n" : "Syarat:\n");
        foreach (var finding in decision.Findings)
        {
            AppendFinding(text, finding, language, 1);
        }

        if (decision.Assumptions.Count > 0)
        {
            text.Append(en ? "Assumptions: " : "Asumsi: ").AppendJoin("; ", decision.Assumptions.Select(a => a.In(language))).Append('\n');
        }

        if (decision.MissingEvidence.Count > 0)
        {
            text.Append(en ? "Missing evidence: " : "Bukti yang belum tercatat: ").AppendJoin("; ", decision.MissingEvidence.Select(f => f.Name.In(language))).Append('\n');
        }

        text.Append(en ? "Fingerprint: " : "Sidik jari: ").Append(decision.Fingerprint).Append('\n');
        return text.ToString();
    }

    private static void AppendFinding(StringBuilder text, CriterionFinding finding, Language language, int depth)
    {
        var en = language == Language.English;
        text.Append(' ', depth * 2).Append(finding.Describe(language)).Append(" [").Append(finding.Code).Append(']');
        if (finding.Outcome == CriterionOutcome.Met && finding.Date is { } date)
        {
            text.Append(en ? " — met since " : " — terpenuhi sejak ").Append(date.ToIso());
        }

        text.Append('\n');
        foreach (var fact in finding.Facts)
        {
            text.Append(' ', (depth * 2) + 4).Append(fact.Format(language)).Append('\n');
        }

        foreach (var part in finding.Parts)
        {
            AppendFinding(text, part, language, depth + 1);
        }
    }

    private static string Interval(DateInterval interval, bool en) =>
        interval.End == LocalDate.MaxIsoValue
            ? (en ? "in force from " : "berlaku sejak ") + interval.Start.ToIso()
            : (en ? "in force " : "berlaku ") + interval.Start.ToIso() + (en ? " to " : " s.d. ") + interval.End.ToIso();
}
