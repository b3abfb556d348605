using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>
/// What the judgment's failure order means for an order that failed (UU 1/2023 Pasal 85 ayat (7)): the hours to repeat,
/// the days of the replaced prison term to serve, or the rupiah of the replaced fine to pay, for the hours not served.
/// </summary>
/// <remarks>
/// A part (<see cref="FailureExtent.ProRata"/>) is measured by the named pro-rata rule of the settings, because the law
/// says "all or part" and no more. Whether the reason for the failure was valid is for the prosecutor to find; the
/// order applies only if it was not. Equality compares every property.
/// </remarks>
[Immutable]
public sealed record FailureConsequence
{
    internal FailureConsequence(CommunityServiceOrder order, int hoursNotServed, CommunityServiceSettings settings)
    {
        Guard.Against.Null(order);
        Order = order.FailureOrder;
        HoursOrdered = order.Hours;
        HoursNotServed = hoursNotServed;
        Settings = settings;
        var whole = Order.Extent == FailureExtent.Whole;
        switch (Order.Kind)
        {
            case FailureOrderKind.RepeatHours:
                HoursToRepeat = whole ? order.Hours : hoursNotServed;
                break;
            case FailureOrderKind.ServeReplacedPrisonTerm:
                PrisonDays = (int)(whole ? order.Replaced.TermDays : CommunityServiceKernel.ProRata(order.Replaced.TermDays, hoursNotServed, order.Hours, settings.Rounding));
                break;
            default:
                FineRupiah = whole ? order.Replaced.FineRupiah : CommunityServiceKernel.ProRata(order.Replaced.FineRupiah, hoursNotServed, order.Hours, settings.Rounding);
                break;
        }
    }

    /// <summary>Gets the judgment's failure order.</summary>
    public FailureOrder Order { get; }

    /// <summary>Gets the hours ordered.</summary>
    public int HoursOrdered { get; }

    /// <summary>Gets the hours not served.</summary>
    public int HoursNotServed { get; }

    /// <summary>Gets the hours to repeat (for <see cref="FailureOrderKind.RepeatHours"/>; zero otherwise).</summary>
    public int HoursToRepeat { get; }

    /// <summary>Gets the days of the replaced prison term to serve (for <see cref="FailureOrderKind.ServeReplacedPrisonTerm"/>; zero otherwise), a month as 30 days (UU 1/2023 Pasal 184).</summary>
    public int PrisonDays { get; }

    /// <summary>Gets the rupiah of the replaced fine to pay (for <see cref="FailureOrderKind.PayReplacedFine"/>; zero otherwise).</summary>
    public long FineRupiah { get; }

    /// <summary>Gets the settings whose pro-rata rule measured a part.</summary>
    public CommunityServiceSettings Settings { get; }

    /// <summary>Returns the consequence in one language: what is ordered, how much, for how many hours not served, the rule and the article.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        var culture = language.Culture();
        var english = language == Language.English;
        var amount = Order.Kind switch
        {
            FailureOrderKind.RepeatHours => string.Create(culture, $"{HoursToRepeat} {(english ? "hours" : "jam")}"),
            FailureOrderKind.ServeReplacedPrisonTerm => string.Create(culture, $"{PrisonDays} {(english ? "days" : "hari")}"),
            _ => ReplacedPenalty.Rupiah(FineRupiah, language),
        };
        var rule = Order.Extent == FailureExtent.Whole
            ? (english ? "the whole, as the judgment orders; UU 1/2023 Pasal 85 ayat (7)" : "seluruhnya, sesuai perintah putusan; UU 1/2023 Pasal 85 ayat (7)")
            : Settings.DescribeProRata(language);
        return english
            ? string.Create(culture, $"If the failure was without a valid reason, the judgment orders: {Order.Kind.Label().In(language)}, {Order.Extent.Label().In(language)}: {amount} for {HoursNotServed} of {HoursOrdered} hours not served ({rule}).")
            : string.Create(culture, $"Jika tidak dilaksanakan tanpa alasan yang sah, putusan memerintahkan: {Order.Kind.Label().In(language)}, {Order.Extent.Label().In(language)}: {amount} untuk {HoursNotServed} dari {HoursOrdered} jam yang belum dijalani ({rule}).");
    }

    /// <summary>Returns the order and the amount in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Order} notServed={HoursNotServed} repeat={HoursToRepeat}h prison={PrisonDays}d fine={FineRupiah}");
}
