using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// The prison term or fine that a community-service order replaces, as the judgment states it (UU 1/2023 Pasal 85
/// ayat (9) huruf a): at most 6 months of prison or a fine of at most category II (ayat (1)).
/// </summary>
/// <remarks>Equality compares the kind, the term and the amount. Build one with <see cref="Imprisonment"/> or <see cref="Fine"/>.</remarks>
[Immutable]
public sealed record ReplacedPenalty
{
    /// <summary>The longest prison term community service may replace, in months (UU 1/2023 Pasal 85 ayat (1)).</summary>
    public const int MaximumPrisonMonths = 6;

    /// <summary>The largest fine community service may replace, in rupiah: category II (UU 1/2023 Pasal 85 ayat (1), Pasal 79 ayat (1) huruf b).</summary>
    public const long MaximumFineRupiah = 10_000_000;

    /// <summary>The days in a month when a term is counted (UU 1/2023 Pasal 184).</summary>
    internal const int DaysPerMonth = 30;

    private ReplacedPenalty(ReplacedPenaltyKind kind, SentenceTerm term, long fineRupiah)
    {
        Kind = kind;
        Term = term;
        FineRupiah = fineRupiah;
    }

    /// <summary>Gets whether a prison term or a fine is replaced.</summary>
    public ReplacedPenaltyKind Kind { get; }

    /// <summary>Gets the prison term replaced (zero for a fine).</summary>
    public SentenceTerm Term { get; }

    /// <summary>Gets the prison term replaced in days, a month counted as 30 days (UU 1/2023 Pasal 184); zero for a fine.</summary>
    public int TermDays => checked((int)ToDays(Term));

    /// <summary>Gets the fine replaced, in rupiah (zero for a prison term).</summary>
    public long FineRupiah { get; }

    /// <summary>Returns a replaced prison term.</summary>
    /// <param name="term">The term the judge would have imposed; not zero, at most 6 months (180 days at 30 days a month).</param>
    /// <returns>The replaced penalty.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="term"/> is longer than 6 months.</exception>
    public static ReplacedPenalty Imprisonment(SentenceTerm term)
    {
        Guard.Against.InvalidInput(term, nameof(term), t => !t.IsZero, "The replaced prison term must not be zero (UU 1/2023 Pasal 85 ayat (9) huruf a).");
        if (ToDays(term) > MaximumPrisonMonths * DaysPerMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(term), "Community service replaces a prison term of at most 6 months (UU 1/2023 Pasal 85 ayat (1)); " + term + " is longer.");
        }

        return new ReplacedPenalty(ReplacedPenaltyKind.Imprisonment, term, 0);
    }

    /// <summary>Returns a replaced fine.</summary>
    /// <param name="rupiah">The fine the judge would have imposed, in rupiah; from 1 to 10,000,000 (category II).</param>
    /// <returns>The replaced penalty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rupiah"/> is not positive or is above category II.</exception>
    public static ReplacedPenalty Fine(long rupiah)
    {
        Guard.Against.OutOfRange(rupiah, nameof(rupiah), 1, MaximumFineRupiah, "Community service replaces a fine of 1 to 10,000,000 rupiah, at most category II (UU 1/2023 Pasal 85 ayat (1), Pasal 79 ayat (1) huruf b).");

        return new ReplacedPenalty(ReplacedPenaltyKind.Fine, SentenceTerm.Zero, rupiah);
    }

    /// <summary>Returns the penalty in a language, such as <c>pidana penjara 3 bulan</c> or <c>a fine of IDR 5,000,000</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string ToText(Language language) => Kind == ReplacedPenaltyKind.Imprisonment
        ? (language == Language.English ? "imprisonment of " : "pidana penjara ") + Term.ToText(language)
        : language == Language.English
            ? "a fine of " + Rupiah(FineRupiah, language)
            : "pidana denda " + Rupiah(FineRupiah, language);

    /// <summary>Returns the penalty in short invariant form, such as <c>Imprisonment 3m</c> or <c>Fine 5000000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == ReplacedPenaltyKind.Imprisonment
        ? "Imprisonment " + Term
        : string.Create(CultureInfo.InvariantCulture, $"Fine {FineRupiah}");

    internal static string Rupiah(long amount, Language language) => language == Language.English
        ? "IDR " + amount.ToString("N0", language.Culture())
        : "Rp" + amount.ToString("N0", language.Culture());

    /// <summary>Returns the days of a term at 30 days a month (UU 1/2023 Pasal 184): the one count of a term in days for community service.</summary>
    internal static long ToDays(SentenceTerm term) => (term.TotalCalendarMonths * (long)DaysPerMonth) + term.Days;
}
