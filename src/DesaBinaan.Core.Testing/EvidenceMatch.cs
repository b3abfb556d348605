using System.Text;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Testing;

/// <summary>Whether a missing fact stands for a kind of evidence.</summary>
internal static class EvidenceMatch
{
    public static bool Matches(Fact fact, EvidenceKind kind)
    {
        if (fact.Name == kind.Label())
        {
            return true;
        }

        var last = fact.Code[(fact.Code.LastIndexOf('.') + 1)..];
        return string.Equals(last, Kebab(kind), StringComparison.Ordinal);
    }

    public static string Kebab(EvidenceKind kind)
    {
        var name = kind.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
