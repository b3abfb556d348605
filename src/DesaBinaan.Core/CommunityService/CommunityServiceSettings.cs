using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// The choices the law leaves open when a community-service ledger is judged (UU 1/2023 Pasal 85): how the part of a
/// replaced prison term or fine for the hours not served is measured and rounded (ayat (7) says "all or part" and no
/// more), when an order counts as at risk, and whether hours at a site without a placement agreement count.
/// </summary>
/// <remarks>
/// <para>The pro-rata rule is <em>named</em>: the part is the replaced days or rupiah × hours not served ÷ hours
/// ordered, rounded by <see cref="Rounding"/>; every failure text prints it and says the law leaves it open.</para>
/// <para>Equality compares every property.</para>
/// </remarks>
[Immutable]
public sealed record CommunityServiceSettings
{
    /// <summary>Initializes settings.</summary>
    /// <param name="name">The name printed in explanations; must not be null or white space.</param>
    /// <param name="rounding">How a pro-rata part is rounded to whole days or rupiah; must be defined.</param>
    /// <param name="atRiskShare">An order is at risk when the hours remaining need more than this share of the hours still available; above 0 and at most 1.</param>
    /// <param name="creditSessionsWithoutAgreement">Whether hours at a site without a placement agreement in force are still credited (the session remains a violation either way).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atRiskShare"/> is not above 0 and at most 1.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not defined.</exception>
    public CommunityServiceSettings(string name, ProRataRounding rounding, Fraction atRiskShare, bool creditSessionsWithoutAgreement = false)
    {
        Name = Guard.Against.BlankText(name);
        Rounding = Guard.Against.EnumOutOfRange(rounding);
        if (atRiskShare.CompareTo(Fraction.Zero) <= 0 || atRiskShare.CompareTo(Fraction.One) > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(atRiskShare), "The at-risk share must be above 0 and at most 1, such as 3/4.");
        }

        AtRiskShare = atRiskShare;
        CreditSessionsWithoutAgreement = creditSessionsWithoutAgreement;
    }

    /// <summary>
    /// Gets the default settings, named <c>pro-rata-unserved-hours-down</c>: a part is the replaced penalty × hours not
    /// served ÷ hours ordered, rounded down (in the person's favour); at risk beyond 3/4 of the hours still available;
    /// hours at a site without a placement agreement are not credited.
    /// </summary>
    public static CommunityServiceSettings Default { get; } = new("pro-rata-unserved-hours-down", ProRataRounding.Down, new Fraction(3, 4));

    /// <summary>Gets the name printed in explanations.</summary>
    public string Name { get; }

    /// <summary>Gets how a pro-rata part is rounded.</summary>
    public ProRataRounding Rounding { get; }

    /// <summary>Gets the share of the hours still available beyond which an order is at risk.</summary>
    public Fraction AtRiskShare { get; }

    /// <summary>Gets whether hours at a site without a placement agreement in force are credited.</summary>
    public bool CreditSessionsWithoutAgreement { get; }

    /// <summary>Returns a copy with another rounding and name.</summary>
    /// <param name="name">The new name; must not be blank.</param>
    /// <param name="rounding">The rounding.</param>
    /// <returns>New settings.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public CommunityServiceSettings WithRounding(string name, ProRataRounding rounding) => new(name, rounding, AtRiskShare, CreditSessionsWithoutAgreement);

    /// <summary>Returns the pro-rata rule in a language, with the article and the statement that the law leaves it open.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string DescribeProRata(Language language) => language == Language.English
        ? $"pro-rata rule '{Name}': the replaced term or fine × hours not served ÷ hours ordered, rounded {(Rounding == ProRataRounding.Down ? "down" : "up")} to whole days or rupiah; UU 1/2023 Pasal 85 ayat (7) says \"all or part\" and does not say how a part is measured, so this is a parameter"
        : $"aturan pro rata '{Name}': pidana penjara atau denda yang diganti × jam yang belum dijalani ÷ jam yang dijatuhkan, dibulatkan ke {(Rounding == ProRataRounding.Down ? "bawah" : "atas")} menjadi hari atau rupiah utuh; UU 1/2023 Pasal 85 ayat (7) menyebut \"seluruh atau sebagian\" tanpa mengatur cara mengukur sebagian, sehingga ini parameter";

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
