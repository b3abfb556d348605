using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// Every choice of sentence arithmetic, as one named value: how the expiry date is reached, how months and years
/// convert to days for remissions, credits and fractions, how a fraction of the term is reached when remissions have been
/// granted and how it rounds, how a minimum time served is counted, how the tier of a remission is counted, and the
/// credit factors of house and city arrest. Every computed result names the convention it used.
/// </summary>
/// <remarks>
/// <para><see cref="Practice"/> (the default) is the reading that the dates published by the Directorate General of
/// Corrections for real people fit (docs/domain.md §8, the published-case suite in the tests): the expiry adds the
/// years on the calendar and the months at 30 days; a fraction date is the first day on which the days served plus the
/// remissions granted by that day reach the fraction of the imposed term; remission tiers follow the grants already
/// received. The other readings are named alternatives: <see cref="NetOfRemission"/>, <see cref="CalendarMonths"/>,
/// <see cref="TiersByYearsServed"/> and <see cref="NetOfRemissionCalendarMonths"/> (the three older readings together).</para>
/// <para>Days served on a date <c>D</c> are the credited days of custody from the first day of detention up to and
/// excluding <c>D</c>: counting the first day as day 1, <c>D</c> is the day after the <c>N</c>-th day served, just as
/// the expiry date is the day after the last day of the term.</para>
/// <para>Equality compares every choice, the name and the citations.</para>
/// </remarks>
[Immutable]
public sealed record CountingConvention
{
    /// <summary>Initializes a counting convention.</summary>
    /// <param name="name">A stable name printed in every explanation; must not be null or white space.</param>
    /// <param name="monthEnd">What calendar addition does at a missing day of the month (29 February plus a year).</param>
    /// <param name="expiryMonths">How the months of the term are added to reach the expiry.</param>
    /// <param name="daysPerMonth">Days in a month of remission, substitute imprisonment or fraction (28 to 31).</param>
    /// <param name="monthsPerYear">Months in a year for fractions (1 to 12).</param>
    /// <param name="fractionBasis">How a fraction of the term is reached when remissions have been granted.</param>
    /// <param name="fractionRounding">How a fraction of a day in a fraction of the term rounds.</param>
    /// <param name="minimumServed">How a minimum time served beside a fraction is counted.</param>
    /// <param name="remissionTiers">How the tier ("year") of a remission is counted.</param>
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
        ExpiryMonths expiryMonths,
        int daysPerMonth,
        int monthsPerYear,
        FractionBasis fractionBasis,
        DayRounding fractionRounding,
        MinimumServed minimumServed,
        RemissionTiers remissionTiers,
        Fraction houseArrestCredit,
        Fraction cityArrestCredit,
        DayRounding creditRounding,
        bool remissionServiceFromLastDetention,
        IEnumerable<Citation>? citations = null)
    {
        Name = Guard.Against.BlankText(name);
        MonthEnd = Guard.Against.EnumOutOfRange(monthEnd);
        ExpiryMonths = Guard.Against.EnumOutOfRange(expiryMonths);
        DaysPerMonth = Guard.Against.OutOfRange(daysPerMonth, nameof(daysPerMonth), 28, 31, "A month of remission or fraction counts 28 to 31 days.");
        MonthsPerYear = Guard.Against.OutOfRange(monthsPerYear, nameof(monthsPerYear), 1, 12, "A year for fractions counts 1 to 12 months.");
        FractionBasis = Guard.Against.EnumOutOfRange(fractionBasis);
        FractionRounding = Guard.Against.EnumOutOfRange(fractionRounding);
        MinimumServed = Guard.Against.EnumOutOfRange(minimumServed);
        RemissionTiers = Guard.Against.EnumOutOfRange(remissionTiers);
        HouseArrestCredit = Guard.Against.InvalidInput(houseArrestCredit, nameof(houseArrestCredit), f => f <= Fraction.One, "A day of house arrest cannot count for more than one day.");
        CityArrestCredit = Guard.Against.InvalidInput(cityArrestCredit, nameof(cityArrestCredit), f => f <= Fraction.One, "A day of city arrest cannot count for more than one day.");
        CreditRounding = Guard.Against.EnumOutOfRange(creditRounding);
        RemissionServiceFromLastDetention = remissionServiceFromLastDetention;
        Citations = ValueList.FromNonNull(citations ?? [], nameof(citations));
    }

    /// <summary>
    /// Gets the practice convention, <c>ditjenpas-practice</c>: the expiry adds the years on the calendar (the last day
    /// of a shorter month when the day does not exist) and the months at 30 days; 30 days a month and 12 months a year for
    /// remissions, substitute imprisonment and fractions; a fraction date is the first day on which the days served plus
    /// the remissions granted by that day reach the fraction of the imposed term, rounded up; a minimum time served counts
    /// days in custody; remission tiers follow the grants already received; house arrest 1/3 and city arrest 1/5,
    /// credited days rounded down; remission service from the last detention.
    /// </summary>
    public static CountingConvention Practice { get; } = new(
        "ditjenpas-practice",
        MonthEndRule.LastDayOfMonth,
        ExpiryMonths.ThirtyDays,
        30,
        12,
        FractionBasis.RemissionCountsAsServed,
        DayRounding.Up,
        MinimumServed.DaysInCustody,
        RemissionTiers.GrantsReceived,
        new Fraction(1, 3),
        new Fraction(1, 5),
        DayRounding.Down,
        remissionServiceFromLastDetention: true,
        [
            new Citation("KUHP (UU 1/2023)", "Pasal 184", "a month is 30 days; the years of a term go on the calendar"),
            new Citation("KUHP (UU 1/1946)", "Pasal 97", "a month is 30 days"),
            new Citation("Keppres 174/1999", "Pasal 7 ayat (4)", "one month of remission is 30 days"),
            new Citation("Keppres 174/1999", "Pasal 7", "time served counts from the first day of detention; if interrupted, from the last detention"),
            new Citation("KUHAP (UU 8/1981)", "Pasal 22 ayat (4) dan (5)", "detention is deducted in full; house arrest counts 1/3, city arrest 1/5"),
            new Citation("Ditjenpas practice", null, "fraction dates: days served plus the remissions granted by the day reach the fraction of the imposed term (Ratna Sarumpaet, kumparan 26 Dec 2019; Rizieq Shihab, Kompas 20 Jul 2022)"),
            new Citation("Keppres 174/1999", "Pasal 4 dan 5", "the tier of a remission follows the remissions of that kind already received (Setya Novanto, Kompas 3 Jul 2025)"),
            new Citation("UU 1/2023", "Penjelasan Pasal 72 ayat (1)", "at least 9 months in the institution: days in custody"),
        ]);

    /// <summary>Gets the default convention: <see cref="Practice"/>.</summary>
    public static CountingConvention Default => Practice;

    /// <summary>Gets the practice convention with fractions taken of the term net of the remissions granted by the day (<c>net-of-remission</c>), a named alternative.</summary>
    public static CountingConvention NetOfRemission { get; } = Practice.WithFractionBasis("net-of-remission", FractionBasis.NetOfRemission);

    /// <summary>Gets the practice convention with the years and months of the term added together on the calendar (<c>calendar-months</c>), a named alternative.</summary>
    public static CountingConvention CalendarMonths { get; } = Practice.WithExpiryMonths("calendar-months", ExpiryMonths.Calendar);

    /// <summary>Gets the practice convention with remission tiers by years served (<c>tiers-by-years-served</c>), a named alternative.</summary>
    public static CountingConvention TiersByYearsServed { get; } = Practice.WithRemissionTiers("tiers-by-years-served", RemissionTiers.YearsServed);

    /// <summary>
    /// Gets the three older readings together (<c>net-of-remission-calendar-months</c>): fractions net of remission,
    /// calendar months in the expiry, tiers by years served. A named alternative, kept for comparison with earlier results.
    /// </summary>
    public static CountingConvention NetOfRemissionCalendarMonths { get; } = Practice
        .WithFractionBasis("net-of-remission-calendar-months", FractionBasis.NetOfRemission)
        .WithExpiryMonths("net-of-remission-calendar-months", ExpiryMonths.Calendar)
        .WithRemissionTiers("net-of-remission-calendar-months", RemissionTiers.YearsServed);

    /// <summary>Gets the stable name of the convention.</summary>
    public string Name { get; }

    /// <summary>Gets what calendar addition does at a missing day of the month.</summary>
    public MonthEndRule MonthEnd { get; }

    /// <summary>Gets how the months of the term are added to reach the expiry.</summary>
    public ExpiryMonths ExpiryMonths { get; }

    /// <summary>Gets the days in a month of remission, substitute imprisonment or fraction.</summary>
    public int DaysPerMonth { get; }

    /// <summary>Gets the months in a year for fractions.</summary>
    public int MonthsPerYear { get; }

    /// <summary>Gets how a fraction of the term is reached when remissions have been granted.</summary>
    public FractionBasis FractionBasis { get; }

    /// <summary>Gets how a fraction of a day in a fraction of the term rounds.</summary>
    public DayRounding FractionRounding { get; }

    /// <summary>Gets how a minimum time served beside a fraction is counted.</summary>
    public MinimumServed MinimumServed { get; }

    /// <summary>Gets how the tier ("year") of a remission is counted.</summary>
    public RemissionTiers RemissionTiers { get; }

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

    /// <summary>Returns the credit factor of a kind of detention (1 for ordinary detention, 0 for time escaped; a period deducted in part carries its own).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The share of a day that counts.</returns>
    public Fraction CreditOf(DetentionKind kind) => kind switch
    {
        DetentionKind.HouseArrest => HouseArrestCredit,
        DetentionKind.CityArrest => CityArrestCredit,
        DetentionKind.Escaped => Fraction.Zero,
        _ => Fraction.One,
    };

    /// <summary>Returns a copy with other credit factors for house and city arrest.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="houseArrestCredit">The share of a day of house arrest that counts.</param>
    /// <param name="cityArrestCredit">The share of a day of city arrest that counts.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or a factor is above 1.</exception>
    public CountingConvention WithCredits(string name, Fraction houseArrestCredit, Fraction cityArrestCredit) =>
        Copy(name, houseArrestCredit: houseArrestCredit, cityArrestCredit: cityArrestCredit);

    /// <summary>Returns a copy that reaches fractions of the term another way.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="fractionBasis">How a fraction is reached when remissions have been granted.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or the basis is not defined.</exception>
    public CountingConvention WithFractionBasis(string name, FractionBasis fractionBasis) =>
        Copy(name, fractionBasis: fractionBasis);

    /// <summary>Returns a copy that adds the months of the term to reach the expiry another way.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="expiryMonths">How the months are added.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or the value is not defined.</exception>
    public CountingConvention WithExpiryMonths(string name, ExpiryMonths expiryMonths) =>
        Copy(name, expiryMonths: expiryMonths);

    /// <summary>Returns a copy that counts remission tiers another way.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="remissionTiers">How the tiers are counted.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or the value is not defined.</exception>
    public CountingConvention WithRemissionTiers(string name, RemissionTiers remissionTiers) =>
        Copy(name, remissionTiers: remissionTiers);

    /// <summary>Returns a copy that counts a minimum time served another way.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="minimumServed">How the minimum is counted.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or the value is not defined.</exception>
    public CountingConvention WithMinimumServed(string name, MinimumServed minimumServed) =>
        Copy(name, minimumServed: minimumServed);

    /// <summary>Returns a copy with another month-end rule for calendar addition.</summary>
    /// <param name="name">The new convention's name; must not be null or white space.</param>
    /// <param name="monthEnd">The month-end rule.</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentException">The name is blank or the rule is not defined.</exception>
    public CountingConvention WithMonthEnd(string name, MonthEndRule monthEnd) =>
        Copy(name, monthEnd: monthEnd);

    /// <summary>Returns a copy under another name with the choices given changed and the others kept: the one place the convention's choices are copied.</summary>
    private CountingConvention Copy(string name, MonthEndRule? monthEnd = null, ExpiryMonths? expiryMonths = null, FractionBasis? fractionBasis = null, MinimumServed? minimumServed = null, RemissionTiers? remissionTiers = null, Fraction? houseArrestCredit = null, Fraction? cityArrestCredit = null) =>
        new(name, monthEnd ?? MonthEnd, expiryMonths ?? ExpiryMonths, DaysPerMonth, MonthsPerYear, fractionBasis ?? FractionBasis, FractionRounding, minimumServed ?? MinimumServed, remissionTiers ?? RemissionTiers, houseArrestCredit ?? HouseArrestCredit, cityArrestCredit ?? CityArrestCredit, CreditRounding, RemissionServiceFromLastDetention, Citations);

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
        var expiry = (ExpiryMonths, english) switch
        {
            (ExpiryMonths.ThirtyDays, true) => string.Create(CultureInfo.InvariantCulture, $"expiry: the years added on the calendar ({monthEnd} when the day does not exist), then each month as {DaysPerMonth} days, then the days"),
            (ExpiryMonths.ThirtyDays, false) => string.Create(CultureInfo.InvariantCulture, $"ekspirasi: tahun ditambahkan pada kalender ({monthEnd} bila tanggalnya tidak ada), lalu setiap bulan {DaysPerMonth} hari, lalu harinya"),
            (_, true) => string.Create(CultureInfo.InvariantCulture, $"expiry: the years and months added together on the calendar ({monthEnd} when the day does not exist), then the days"),
            _ => string.Create(CultureInfo.InvariantCulture, $"ekspirasi: tahun dan bulan ditambahkan sekaligus pada kalender ({monthEnd} bila tanggalnya tidak ada), lalu harinya"),
        };
        var up = (FractionRounding == DayRounding.Up, english) switch
        {
            (true, true) => "rounded up",
            (true, false) => "dibulatkan ke atas",
            (false, true) => "rounded down",
            _ => "dibulatkan ke bawah",
        };
        var basis = (FractionBasis, english) switch
        {
            (FractionBasis.RemissionCountsAsServed, true) => "a fraction is reached on the first day on which the days served plus the remissions granted by that day reach the fraction of the imposed term",
            (FractionBasis.RemissionCountsAsServed, false) => "pecahan tercapai pada hari pertama hari yang dijalani ditambah remisi yang telah diberikan sampai hari itu mencapai pecahan pidana yang dijatuhkan",
            (FractionBasis.NetOfRemission, true) => "a fraction is reached on the first day on which the days served reach the fraction of the term net of the remissions granted by that day",
            (FractionBasis.NetOfRemission, false) => "pecahan tercapai pada hari pertama hari yang dijalani mencapai pecahan pidana dikurangi remisi yang telah diberikan sampai hari itu",
            (_, true) => "a fraction is reached on the first day on which the days served alone reach the fraction of the imposed term",
            _ => "pecahan tercapai pada hari pertama hari yang dijalani saja mencapai pecahan pidana yang dijatuhkan",
        };
        var minimum = (MinimumServed, english) switch
        {
            (MinimumServed.DaysInCustody, true) => "a minimum time served counts days in custody only",
            (MinimumServed.DaysInCustody, false) => "masa paling singkat dihitung dari hari dalam penahanan saja",
            (_, true) => "a minimum time served counts the remissions granted as served",
            _ => "masa paling singkat menghitung remisi yang telah diberikan sebagai masa yang dijalani",
        };
        var tiers = (RemissionTiers, english) switch
        {
            (RemissionTiers.GrantsReceived, true) => "the tier of a remission is the number of remissions of that kind already received plus one",
            (RemissionTiers.GrantsReceived, false) => "tingkat remisi adalah jumlah remisi jenis itu yang telah diterima ditambah satu",
            (_, true) => "the tier of a remission is the year of sentence served",
            _ => "tingkat remisi adalah tahun menjalani pidana",
        };
        var creditRounding = (CreditRounding == DayRounding.Up, english) switch
        {
            (true, true) => "rounded up",
            (true, false) => "dibulatkan ke atas",
            (false, true) => "rounded down",
            _ => "dibulatkan ke bawah",
        };
        return english
            ? string.Create(CultureInfo.InvariantCulture, $"Convention {Name}: {expiry}; {DaysPerMonth} days a month and {MonthsPerYear} months a year for remissions, substitute imprisonment and fractions; {basis}, {up}; {minimum}; {tiers}; house arrest counts {HouseArrestCredit}, city arrest {CityArrestCredit} (credited days {creditRounding}); days served on a date exclude that date (the first day of detention is day 1, the date is the day after).")
            : string.Create(CultureInfo.InvariantCulture, $"Konvensi {Name}: {expiry}; {DaysPerMonth} hari sebulan dan {MonthsPerYear} bulan setahun untuk remisi, pidana pengganti dan pecahan; {basis}, {up}; {minimum}; {tiers}; tahanan rumah dihitung {HouseArrestCredit}, tahanan kota {CityArrestCredit} (hari yang diperhitungkan {creditRounding}); hari yang dijalani pada suatu tanggal tidak termasuk tanggal itu (hari pertama penahanan adalah hari ke-1, tanggal itu hari sesudahnya).");
    }

    /// <summary>Returns the name of the convention.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
