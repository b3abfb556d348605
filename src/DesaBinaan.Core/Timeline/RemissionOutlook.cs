using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Timeline;

/// <summary>
/// A person's remission outlook on a date: each coming 17 August (with the decennial remission in a decennial year) and
/// each coming religious holiday of the religion first recorded, with the amount that would be due if the conduct
/// conditions hold (the tiers follow the grants received, the projected ones included), until the projected expiry; and
/// the projected expiry, 2/3 and parole dates if each is granted. Always a projection, never mixed with the record.
/// </summary>
/// <remarks>
/// <para>The amounts come from <see cref="RemissionEntitlements.Assess"/> over the recorded history with the earlier
/// projected remissions added; the projected parole date from the parole policy's time criterion over that history.</para>
/// <para>A holiday whose date of a year is not in the <see cref="HolidayCalendar"/>, or a religion not recorded, makes that
/// projection undetermined, and so the projected dates (<see cref="IsDetermined"/> false): never a guess.</para>
/// <para>Equality compares every member.</para>
/// </remarks>
[Immutable]
public sealed record RemissionOutlook
{
    private static readonly LocalizedText IfConductHolds = new(
        "dengan asumsi syarat berkelakuan baik dan aktif mengikuti pembinaan terpenuhi pada setiap tanggal pemberian (Permenkumham 3/2018 Pasal 5)",
        "assuming the conditions of good behaviour and active guidance hold on each grant date (Permenkumham 3/2018 Pasal 5)");

    private static readonly LocalizedText EachGranted = new("dengan asumsi setiap remisi yang diproyeksikan diberikan", "assuming each projected remission is granted");

    private RemissionOutlook(LocalDate date, ValueList<RemissionProjection> projections, bool determined, LocalizedText? note, LocalDate? expiry, LocalDate? twoThirds, LocalDate? parole, LocalDate? probationEnd)
    {
        Date = date;
        Projections = projections;
        IsDetermined = determined;
        Note = note;
        ProjectedExpiry = expiry;
        ProjectedTwoThirds = twoThirds;
        ProjectedParole = parole;
        ProjectedProbationEnd = probationEnd;
        Assumptions = projections.Count == 0 ? ValueList<LocalizedText>.Empty : [IfConductHolds, EachGranted];
    }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the coming remissions, in date order (an undetermined holiday at the end of its year).</summary>
    public ValueList<RemissionProjection> Projections { get; }

    /// <summary>Gets whether every projection before the projected expiry could be assessed, so that the projected dates are given.</summary>
    public bool IsDetermined { get; }

    /// <summary>Gets why there is no outlook or no projected dates (no sentence recorded, no dates, a holiday date or the religion not known), or null.</summary>
    public LocalizedText? Note { get; }

    /// <summary>Gets the projected expiry if each projected remission is granted, or null when undetermined.</summary>
    public LocalDate? ProjectedExpiry { get; }

    /// <summary>Gets the projected 2/3 date, or null when undetermined.</summary>
    public LocalDate? ProjectedTwoThirds { get; }

    /// <summary>Gets the projected parole date (2/3 and at least 9 months, by the parole policy's time criterion), or null when undetermined or when the sentence ends first.</summary>
    public LocalDate? ProjectedParole { get; }

    /// <summary>Gets the projected end of probation if paroled (one year after the projected expiry), or null.</summary>
    public LocalDate? ProjectedProbationEnd { get; }

    /// <summary>Gets the assumptions of every projection.</summary>
    public ValueList<LocalizedText> Assumptions { get; }

    /// <summary>Projects the remissions of a person from a date.</summary>
    /// <param name="profile">The person; must not be null.</param>
    /// <param name="date">The evaluation date.</param>
    /// <param name="calendar">The holiday dates, or null for <see cref="HolidayCalendar.Official"/>.</param>
    /// <returns>The outlook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static RemissionOutlook Project(InmateProfile profile, LocalDate date, HolidayCalendar? calendar = null)
    {
        Guard.Against.Null(profile);
        Guard.Against.UncountableDate(date);
        calendar ??= HolidayCalendar.Official;
        if (profile.Sentence is not { } recorded)
        {
            return new(date, [], false, new("Pidana belum tercatat: remisi tidak dapat diproyeksikan.", "The sentence is not recorded: no remission can be projected."), null, null, null, null);
        }

        var convention = profile.Convention;
        if (!recorded.HasDates)
        {
            var dates = SentenceCalculator.Compute(recorded, convention);
            return new(date, [], true, dates.NoDatesReason, null, null, null, null);
        }

        try
        {
            return Walk(profile, recorded, date, calendar);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // A history the arithmetic cannot count (a date beyond 9999): undetermined, never a guess.
            return new(date, [], false, new("Pidana ini tidak dapat dihitung sampai tanggal proyeksi (melampaui 9999-12-31).", "This sentence cannot be counted up to the projected dates (beyond 9999-12-31)."), null, null, null, null);
        }
    }

    private static RemissionOutlook Walk(InmateProfile profile, SentenceHistory recorded, LocalDate date, HolidayCalendar calendar)
    {
        var convention = profile.Convention;
        var history = recorded;
        var expiry = SentenceCalculator.ComputeKeyDates(history, convention).Expiry;
        var projections = new List<RemissionProjection>();
        var determined = true;
        LocalizedText? note = null;
        ReligiousHoliday? holiday = profile.Religion switch
        {
            Religion.Islam => ReligiousHoliday.IdulFitri,
            Religion.Christianity => ReligiousHoliday.Natal,
            Religion.Hinduism => ReligiousHoliday.Nyepi,
            Religion.Buddhism => ReligiousHoliday.Waisak,
            _ => null,
        };
        if (profile.Religion is null)
        {
            determined = false;
            note = new("Agama yang pertama kali tercatat dalam register tidak tercatat: remisi khusus tidak dapat diproyeksikan (Keppres 174/1999 Pasal 7 ayat (5)).", "The religion first recorded in the register is not recorded: the special remission cannot be projected (Keppres 174/1999 Pasal 7 ayat (5)).");
            projections.Add(new RemissionProjection(RemissionKind.Special, null, date.Year, null, null, note, null));
        }

        var released = false;
        for (var year = date.Year; !released && year <= expiry.Year && year < 9999; year++)
        {
            var events = new List<(LocalDate Date, RemissionKind Kind, ReligiousHoliday? Holiday)>();
            var august = IndependenceDay.In(year);
            events.Add((august, RemissionKind.General, null));
            if (DecennialRemissionRule.IsDecennialYear(year))
            {
                events.Add((august, RemissionKind.Decennial, null));
            }

            RemissionProjection? unknown = null;
            if (holiday is { } h)
            {
                if (calendar.TryGetDate(h, year, out var official))
                {
                    events.Add((official.Date, RemissionKind.Special, h));
                }
                else if (new LocalDate(year, 12, 31) >= date && !history.Remissions.Any(r => r.Kind == RemissionKind.Special && r.GrantDate.Year == year))
                {
                    unknown = new RemissionProjection(RemissionKind.Special, h, year, null, null, new(
                        string.Create(CultureInfo.InvariantCulture, $"tanggal resmi {h.Label().Indonesian} tahun {year} tidak ada dalam kalender hari libur (SKB hari libur nasional tahun itu); tanggal dapat ditambahkan."),
                        string.Create(CultureInfo.InvariantCulture, $"the official date of {h.Label().English} in {year} is not in the holiday calendar (that year's joint decree on national holidays); the date can be added.")), null);
                }
            }

            foreach (var (grant, kind, day) in events.OrderBy(e => e.Date).ThenBy(e => e.Kind))
            {
                if (grant < date || grant >= expiry || history.Remissions.Any(r => r.GrantDate == grant && r.Kind == kind))
                {
                    continue;
                }

                var entitlement = RemissionEntitlements.Assess(history, grant, kind, convention, holiday: day, religion: profile.Religion);
                LocalDate? after = null;
                if (entitlement.IsDue)
                {
                    history = history.WithRemission(new Remission(grant, entitlement.Amount, kind));
                    expiry = SentenceCalculator.ComputeKeyDates(history, convention).Expiry;
                    after = expiry;
                }

                projections.Add(new RemissionProjection(kind, day, year, grant, entitlement, null, after));
                if (entitlement.ReleasesOnGrantDay)
                {
                    released = true;
                    break;
                }
            }

            if (unknown is not null && !released && new LocalDate(year, 1, 1) < expiry)
            {
                projections.Add(unknown);
                determined = false;
                note ??= new("Tanggal hari raya keagamaan sebagian tahun tidak diketahui: tanggal proyeksi belum dapat ditentukan.", "The religious holiday of some years has no known date: the projected dates are undetermined.");
            }
        }

        if (!determined)
        {
            return new(date, ValueList.From(projections), false, note, null, null, null, null);
        }

        var projected = SentenceCalculator.Compute(history, convention);
        LocalDate? parole = null;
        if (IndonesianPolicies.Parole.TryGetVersion(date, out _))
        {
            var decision = IndonesianPolicies.Parole.Decide(profile.WithSentence(history), date);
            parole = decision.Findings.FirstOrDefault(f => f.Code == "pb.two-thirds-served")?.Date;
        }

        return new(date, ValueList.From(projections), true, null, projected.Expiry, projected.TwoThirds?.Date, parole, projected.ProbationEnd);
    }

    /// <summary>Returns the outlook as lines in one language, each labelled as a projection.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The lines, separated by <c>\n</c>.</returns>
    public string Render(Language language)
    {
        var en = language == Language.English;
        var lines = new List<string> { en ? "Remission outlook (PROJECTION, not the record):" : "Proyeksi remisi (PROYEKSI, bukan data register):" };
        lines.AddRange(Projections.Select(p => "  " + p.Describe(language)));
        if (Note is { } note)
        {
            lines.Add("  " + note.In(language));
        }

        if (IsDetermined && ProjectedExpiry is { } expiry)
        {
            lines.Add("  " + (en ? "Projected expiry if each is granted: " : "Proyeksi ekspirasi bila setiap remisi diberikan: ") + expiry.ToIso()
                + (ProjectedTwoThirds is { } twoThirds ? (en ? "; projected 2/3: " : "; proyeksi 2/3: ") + twoThirds.ToIso() : string.Empty)
                + (ProjectedParole is { } parole ? (en ? "; projected parole: " : "; proyeksi pembebasan bersyarat: ") + parole.ToIso() : string.Empty)
                + (ProjectedProbationEnd is { } end ? (en ? "; projected end of probation: " : "; proyeksi akhir masa percobaan: ") + end.ToIso() : string.Empty));
        }

        if (Assumptions.Count > 0)
        {
            lines.Add("  " + string.Join("; ", Assumptions.Select(a => a.In(language))) + ".");
        }

        return string.Join('\n', lines);
    }

    /// <summary>Returns the number of projections and the projected expiry in invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Projections.Count} projections, projected expiry {(ProjectedExpiry is { } e ? e.ToIso() : "undetermined")}");
}
