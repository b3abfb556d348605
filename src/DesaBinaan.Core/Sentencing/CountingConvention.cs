using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// Every choice of sentence arithmetic, as one named value (Keppres 174/1999 Pasal 7, old KUHP Pasal 97, old KUHAP Pasal 22): how the expiry date is
/// reached on the calendar, how months and years convert to days for remissions, credits and fractions, whether a
/// fraction is taken of the term net of remission, how fractional days round, and the credit factors of house and
/// city arrest. Every computed result names the convention it used.
/// </summary>
/// <remarks>
/// <para>Two arithmetics coexist. The <b>expiry</b> adds the term's years and months together on the calendar
/// (<c>years × 12 + months</c> months, then the days) to the first day of detention, with <see cref="MonthEnd"/>
/// deciding a missing day of the month. <b>Remissions, substitute imprisonment and fractions</b> count days at
/// <see cref="DaysPerMonth"/> a month and <see cref="MonthsPerYear"/> months a year.</para>
/// <para>Days served on a date <c>D</c> are the credited days of custody from the first day of detention up to and
/// excluding <c>D</c>: counting the first day as day 1, <c>D</c> is the day after the <c>N</c>-th day served, just as
/// the expiry date is the day after the last day of the term. A fraction date is the first day on which the days
/// served reach the fraction of the term (net of the remissions granted by that day when
/// <see cref="FractionsNetOfRemission"/>), rounded by <see cref="FractionRounding"/>.</para>
/// <para>Equality compares every choice, the name and the citations.</para>
/// </remarks>
[Immutable]
public sealed record CountingConvention
{
    /// <summary>Initializes a counting convention.</summary>
    /// <param name="name">A stable name printed in every explanation; must not be null or white space.</param>
    /// <param name="monthEnd">What calendar addition does at a missing day of the month.</param>
    /// <param name="daysPerMonth">Days in a month of remission, substitute imprisonment or fraction (28 to 31).</param>
    /// <param name="monthsPerYear">Months in a year for fractions (1 to 12).</param>
    /// <param name="fractionsNetOfRemission">Whether a fraction is taken of the term net of the remissions granted by the day.</param>
    /// <param name="fractionRounding">How a fraction of a day in a fraction of the term rounds.</param>
    /// <param name="houseArrestCredit">The share of a day of house arrest that counts (at most 1).</param>
    /// <param name="cityArrestCredit">The share of a day of city arrest that counts (at most 1).</param>
    /// <param name="creditRounding">How the credited days of a period of house or city arrest round.</param>
    /// <param name="remissionServiceFromLastDetention">Whether the time served that decides a remission entitlement counts from the last detention when detention was interrupted (Keppres 174/1999 Pasal 7).</param>
    /// <param name="citations">The legal basis of the choices, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is outside its range or an enum is not defined, or a citation is null.</exception>
    public CountingConvention(
        string name,
        MonthEndRule monthEnd,
        int daysPerMonth,
        int monthsPerYear,
        bool fractionsNetOfRemission,
        DayRounding fractionRounding,
        Fraction houseArrestCredit,
        Fraction cityArrestCredit,
        DayRounding creditRounding,
        bool remissionServiceFromLastDetention,
        IEnumerable<Citation>? citations = null)
    {
        Name = Guard.Against.BlankText(name);
        MonthEnd = Guard.Against.EnumOutOfRange(monthEnd);
        DaysPerMonth = Guard.Against.OutOfRange(daysPerMonth, nameof(daysPerMonth), 28, 31, "A month of remission or fraction counts 28 to 31 days.");
        MonthsPerYear = Guard.Against.OutOfRange(monthsPerYear, nameof(monthsPerYear), 1, 12, "A year for fractions counts 1 to 12 months.");
        FractionsNetOfRemission = fractionsNetOfRemission;
        FractionRounding = Guard.Against.EnumOutOfRange(fractionRounding);
        HouseArrestCredit = Guard.Against.InvalidInput(houseArrestCredit, nameof(houseArrestCredit), f => f <= Fraction.One, "A day of house arrest cannot count for more than one day.");
        CityArrestCredit = Guard.Against.InvalidInput(cityArrestCredit, nameof(cityArrestCredit), f => f <= Fraction.One, "A day of city arrest cannot count for more than one day.");
        CreditRounding = Guard.Against.EnumOutOfRange(creditRounding);
        RemissionServiceFromLastDetention = remissionServiceFromLastDetention;
        Citations = ValueList.FromNonNull(citations ?? [], nameof(citations));
    }

    /// <summary>
    /// Gets the default convention, <c>keppres-174-1999</c>: calendar addition with the last day of a shorter month;
    /// 30 days a month and 12 months a year; fractions net of the remissions granted by the day, rounded up; house
    /// arrest 1/3 and city arrest 1/5, credited days rounded down; remission service from the last detention.
    /// </summary>
    public static CountingConvention Default { get; } = new(
        "keppres-174-1999",
        MonthEndRule.LastDayOfMonth,
        30,
        12,
        fractionsNetOfRemission: true,
        DayRounding.Up,
        new Fraction(1, 3),
        new Fraction(1, 5),
        DayRounding.Down,
        remissionServiceFromLastDetention: true,
        [
            new Citation("Keppres 174/1999", "Pasal 7 ayat (4)", "one month of remission is 30 days"),
            new Citation("Keppres 174/1999", "Pasal 7", "time served counts from the first day of detention; if interrupted, from the last detention"),
            new Citation("KUHP (UU 1/1946)", "Pasal 97", "a month is 30 days"),
            new Citation("KUHAP (UU 8/1981)", "Pasal 22 ayat (4) dan (5)", "detention is deducted in full; house arrest counts 1/3, city arrest 1/5"),
            new Citation("Permenkumham 3/2018", null, "fractions of the sentence net of remission (masa pidana dikurangi remisi), rounded up: a policy reading"),
        ]);

    /// <summary>Gets the stable name of the convention.</summary>
    public string Name { get; }

    /// <summary>Gets what calendar addition does at a missing day of the month.</summary>
    public MonthEndRule MonthEnd { get; }

    /// <summary>Gets the days in a month of remission, substitute imprisonment or fraction.</summary>
    public int DaysPerMonth { get; }

    /// <summary>Gets the months in a year for fractions.</summary>
    public int MonthsPerYear { get; }

    /// <summary>Gets whether a fraction is taken of the term net of the remissions granted by the day.</summary>
    public bool FractionsNetOfRemission { get; }

    /// <summary>Gets how a fraction of a day in a fraction of the term rounds.</summary>
    public DayRounding FractionRounding { get; }

    /// <summary>Gets the share of a day of house arrest that counts.</summary>
    public Fraction HouseArrestCredit { get; }

    /// <summary>Gets the share of a day of city arrest that counts.</summary>
    public Fraction CityArrestCredit { get; }

    /// <summary>Gets how the credited days of a period of house or city arrest round.</summary>
    public DayRounding CreditRounding { get; }

    /// <summary>Gets whether the time served that decides a remission entitlement counts from the last detention when detention was interrupted.</summary>
    public bool RemissionServiceFromLastDetention { get; }

    /// <summary>Gets the legal basis of the choices.</summary>
    public ValueList<Citation> Citations { get; }

    /// <summary>Returns the credit factor of a kind of detention (1 for ordinary detention).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The share of a day that counts.</returns>
    public Fraction CreditOf(DetentionKind kind) => kind switch
    {
        DetentionKind.HouseArrest => HouseArrestCredit,
        DetentionKind.CityArrest => CityArrestCredit,
        _ => Fraction.One,
    };

    /// <summary>Returns a copy with other credit factors for house and city arrest.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="houseArrestCredit">The share of a day of house arrest that counts.</param>
    /// <param name="cityArrestCredit">The share of a day of city arrest that counts.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or a factor is above 1.</exception>
    public CountingConvention WithCredits(string name, Fraction houseArrestCredit, Fraction cityArrestCredit) =>
        new(name, MonthEnd, DaysPerMonth, MonthsPerYear, FractionsNetOfRemission, FractionRounding, houseArrestCredit, cityArrestCredit, CreditRounding, RemissionServiceFromLastDetention, Citations);

    /// <summary>Returns a copy that takes fractions of the imposed term or of the term net of remission.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="netOfRemission">Whether fractions are taken net of the remissions granted by the day.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public CountingConvention WithFractionsNetOfRemission(string name, bool netOfRemission) =>
        new(name, MonthEnd, DaysPerMonth, MonthsPerYear, netOfRemission, FractionRounding, HouseArrestCredit, CityArrestCredit, CreditRounding, RemissionServiceFromLastDetention, Citations);

    /// <summary>Returns a copy with another month-end rule for calendar addition.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="monthEnd">The month-end rule.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or the rule is not defined.</exception>
    public CountingConvention WithMonthEnd(string name, MonthEndRule monthEnd) =>
        new(name, monthEnd, DaysPerMonth, MonthsPerYear, FractionsNetOfRemission, FractionRounding, HouseArrestCredit, CityArrestCredit, CreditRounding, RemissionServiceFromLastDetention, Citations);

    /// <summary>Returns every choice of the convention in one paragraph, for an explanation.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description, starting with the name.</returns>
    public string Describe(Language language)
    {
        var english = language == Language.English;
        var monthEnd = (MonthEnd, english) switch
        {
            (MonthEndRule.LastDayOfMonth, true) => "the last day of a shorter month",
            (MonthEndRule.LastDayOfMonth, false) => "hari terakhir bulan yang lebih pendek",
            (_, true) => "the first day of the next month",
            _ => "hari pertama bulan berikutnya",
        };
        var up = (FractionRounding == DayRounding.Up, english) switch
        {
            (true, true) => "rounded up",
            (true, false) => "dibulatkan ke atas",
            (false, true) => "rounded down",
            _ => "dibulatkan ke bawah",
        };
        var net = (FractionsNetOfRemission, english) switch
        {
            (true, true) => "net of the remissions granted by that day",
            (true, false) => "dikurangi remisi yang telah diberikan sampai hari itu",
            (false, true) => "of the imposed term",
            _ => "dari pidana yang dijatuhkan",
        };
        var creditRounding = (CreditRounding == DayRounding.Up, english) switch
        {
            (true, true) => "rounded up",
            (true, false) => "dibulatkan ke atas",
            (false, true) => "rounded down",
            _ => "dibulatkan ke bawah",
        };
        return english
            ? string.Create(CultureInfo.InvariantCulture, $"Convention {Name}: expiry by calendar addition of the years and months together, then the days ({monthEnd} when the day does not exist); {DaysPerMonth} days a month and {MonthsPerYear} months a year for remissions, substitute imprisonment and fractions; fractions {net}, {up}; house arrest counts {HouseArrestCredit}, city arrest {CityArrestCredit} (credited days {creditRounding}); days served on a date exclude that date (the first day of detention is day 1, the date is the day after).")
            : string.Create(CultureInfo.InvariantCulture, $"Konvensi {Name}: ekspirasi dengan penambahan tahun dan bulan sekaligus pada kalender, lalu hari ({monthEnd} bila tanggalnya tidak ada); {DaysPerMonth} hari sebulan dan {MonthsPerYear} bulan setahun untuk remisi, pidana pengganti dan pecahan; pecahan {net}, {up}; tahanan rumah dihitung {HouseArrestCredit}, tahanan kota {CityArrestCredit} (hari yang diperhitungkan {creditRounding}); hari yang dijalani pada suatu tanggal tidak termasuk tanggal itu (hari pertama penahanan adalah hari ke-1, tanggal itu hari sesudahnya).");
    }

    /// <summary>Returns the name of the convention.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
