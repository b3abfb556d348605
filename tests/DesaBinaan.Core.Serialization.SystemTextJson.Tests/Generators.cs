using CsCheck;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Cooperation;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Population;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Rules;
using DesaBinaan.Core.Sentencing;
using DesaBinaan.Core.Testing;
using NodaTime;

namespace DesaBinaan.Core.Serialization.SystemTextJson.Tests;

/// <summary>Generators of every public value and result type, from small values to decisions computed by the real policies.</summary>
internal static class Generators
{
    // Text with the characters JSON must escape, non-ASCII letters and spaces; never blank.
    public static readonly Gen<string> Text =
        Gen.String[Gen.Char["abcdefXYZ019 .,-/\"\\<>&'\n\té中ü"], 1, 16].Where(s => !string.IsNullOrWhiteSpace(s));

    // Stable dotted codes: lower-case ASCII segments, each starting with a letter.
    public static readonly Gen<string> Code =
        Gen.Select(Gen.String[Gen.Char["abcdefghij"], 1, 6], Gen.String[Gen.Char["abcdef0123-"], 0, 6]).Select((a, b) => b.Length == 0 ? a : a + ".x" + b);

    public static readonly Gen<LocalDate> Dates = InmateGenerators.Dates(new LocalDate(1950, 1, 1), new LocalDate(2060, 12, 31));

    public static readonly Gen<LocalDate> AnyDate = Gen.Frequency((8, Dates), (1, Gen.Const(LocalDate.MaxIsoValue)), (1, Gen.Const(new LocalDate(1, 1, 1))));

    public static readonly Gen<DateInterval> Intervals =
        Gen.Select(AnyDate, AnyDate).Select((a, b) => a <= b ? new DateInterval(a, b) : new DateInterval(b, a));

    public static readonly Gen<LocalizedText> Texts = Gen.Select(Text, Text).Select((id, en) => new LocalizedText(id, en));

    public static readonly Gen<Citation> Citations = Gen.Select(Text, Text.Null(0.3), Text.Null(0.6)).Select((i, a, n) => new Citation(i, a, n));

    public static readonly Gen<Fraction> Fractions = Gen.Select(Gen.Long[0, 1000], Gen.Long[1, 1000]).Select((n, d) => new Fraction(n, d));

    public static readonly Gen<SentenceTerm> Terms = Gen.Select(Gen.Int[0, 30], Gen.Int[0, 11], Gen.Int[0, 29]).Select((y, m, d) => new SentenceTerm(y, m, d));

    public static readonly Gen<RegionCode> Regions = Gen.OneOf(
        Gen.Int[11, 99].Select(p => new RegionCode(p)),
        Gen.Select(Gen.Int[11, 99], Gen.Int[1, 99].Where(r => r != 70)).Select((p, r) => new RegionCode(p, r)),
        Gen.Select(Gen.Int[11, 99], Gen.Int[1, 99].Where(r => r != 70), Gen.Int[1, 99]).Select((p, r, d) => new RegionCode(p, r, d)),
        Gen.Select(Gen.Int[11, 99], Gen.Int[1, 99].Where(r => r != 70), Gen.Int[1, 99], Gen.Int[1, 2], Gen.Int[1, 999]).Select((p, r, d, k, v) => new RegionCode(p, r, d, (k * 1000) + v)));

    public static readonly Gen<InmateId> InmateIds = Gen.Frequency((9, Code.Select(c => new InmateId(c))), (1, Gen.Const(default(InmateId))));

    public static readonly Gen<PersonId> PersonIds = Code.Select(c => new PersonId(c));

    public static readonly Gen<PositionId> PositionIds = Code.Select(c => new PositionId(c));

    public static readonly Gen<InstitutionId> InstitutionIds = Code.Select(c => new InstitutionId(c));

    public static readonly Gen<UnitId> UnitIds = Code.Select(c => new UnitId(c));

    public static readonly Gen<Nip> Nips =
        Gen.Select(InmateGenerators.Dates(new LocalDate(1900, 1, 1), new LocalDate(2070, 12, 31)), Gen.Int[0, 30 * 12], Gen.Enum<Sex>(), Gen.Int[1, 999])
            .Select((birth, months, sex, serial) => (Birth: birth, Start: new YearMonth(birth.Year, birth.Month).PlusMonths(months), Sex: sex, Serial: serial))
            .Where(n => n.Start.Year <= 2099) // filtered before the NIP is built: a start after 2099 is refused by its constructor
            .Select(n => new Nip(n.Birth, n.Start, n.Sex, n.Serial));

    public static readonly Gen<CriterionResult> Results = Gen.OneOf(
        Gen.OneOf(Gen.Const(CriterionResult.Met), Gen.Const(CriterionResult.NotMet), Gen.Const(CriterionResult.Unknown), Gen.Const(CriterionResult.NotApplicable)),
        Dates.Select(d => CriterionResult.MetSince(DayNumbers.FromDate(d))),
        Dates.Select(d => CriterionResult.NotMetUntil(DayNumbers.FromDate(d))));

    public static readonly Gen<Fact> Facts = Gen.Select(Code, Texts, Gen.Int[0, 8], Gen.Long[-100_000, 100_000], Gen.Long[0, 100_000], Dates, Fractions, Gen.Select(Text, Texts, Gen.Bool, (t, l, b) => (t, l, b)))
        .Select((code, name, kind, number, outOf, date, fraction, rest) => kind switch
        {
            0 => Fact.Missing(code, name),
            1 => Fact.OfFlag(code, name, rest.Item3),
            2 => Fact.OfNumber(code, name, number),
            3 => Fact.OfDays(code, name, number),
            4 => Fact.OfDaysOf(code, name, outOf / 2, outOf),
            5 => Fact.OfDate(code, name, date),
            6 => Fact.OfFraction(code, name, fraction),
            7 => Fact.OfText(code, name, rest.Item1),
            _ => Fact.OfLabel(code, name, rest.Item2, code + ".value"),
        });

    public static readonly Gen<CriterionDescriptor> Descriptors =
        Gen.Select(Code, Texts, Citations, Gen.Enum<CriterionKind>(), Texts.Null(0.7)).Select((c, t, ci, k, a) => new CriterionDescriptor(c, t, ci, k, a));

    public static readonly Gen<CriterionFinding> Findings = FindingsOfDepth(2);

    public static readonly Gen<Decision> SyntheticDecisions =
        Gen.Select(Code, Code, Texts, Intervals, Citations.Array[0, 3], Texts.Null(0.3), Facts.Array[0, 3], Gen.Select(Dates, Findings.Null(0.7), Findings.Array[0, 4], (d, a, f) => (d, a, f)))
            .Select((subject, policy, title, effective, citations, convention, parameters, rest) =>
                new Decision(subject, policy, title, policy + ".v1", effective, [.. citations], convention, [.. parameters], rest.d, rest.a, [.. rest.f]));

    public static readonly Gen<Decision> PolicyDecisions =
        Gen.Select(InmateGenerators.Profiles, InmateGenerators.EvaluationDates, Gen.Int[0, 6])
            .Select((profile, date, policy) => IndonesianPolicies.All()[policy].Decide(profile, date));

    public static readonly Gen<Decision> Decisions = Gen.OneOf(SyntheticDecisions, PolicyDecisions);

    public static readonly Gen<CountingConvention> Conventions =
        Gen.Select(Text, Gen.Select(Gen.Enum<MonthEndRule>(), Gen.Enum<ExpiryMonths>()), Gen.Int[28, 31], Gen.Int[12, 12], Gen.Select(Gen.Enum<FractionBasis>(), Gen.Enum<MinimumServed>(), Gen.Enum<RemissionTiers>()), Gen.Enum<DayRounding>(), Gen.Int[0, 4], Gen.Select(Gen.Enum<DayRounding>(), Gen.Bool, Citations.Array[0, 2]))
            .Select((name, expiry, days, months, readings, rounding, credit, rest) =>
                new CountingConvention(name, expiry.Item1, expiry.Item2, days, months, readings.Item1, rounding, readings.Item2, readings.Item3, new Fraction(credit, 4), new Fraction(credit, 5), rest.Item1, rest.Item2, rest.Item3));

    public static readonly Gen<BreakdownStep> Steps = Gen.Select(Code, Texts, Dates.Nullable(0.5), Gen.Long[-5000, 5000].Nullable(0.5)).Select((c, t, d, n) => new BreakdownStep(c, t, d, n));

    public static readonly Gen<SentenceDates> SentenceDates =
        Gen.Select(InmateGenerators.Sentences, Gen.Frequency((3, Gen.Const(CountingConvention.Default)), (1, Conventions)), InmateGenerators.EvaluationDates.Nullable(0.5))
            .Select((history, convention, asOf) => SentenceCalculator.Compute(history, convention, asOf));

    public static readonly Gen<FractionDateResult> FractionDates =
        Gen.Select(InmateGenerators.Sentences, Gen.OneOf(Gen.Const(Fraction.OneThird), Gen.Const(Fraction.OneHalf), Gen.Const(Fraction.TwoThirds)), Terms.Nullable(0.5))
            .Select((history, fraction, minimum) => SentenceCalculator.FractionDate(history, fraction, CountingConvention.Default, minimum))
            .Where(r => r is not null)
            .Select(r => r!);

    public static readonly Gen<RemissionEntitlement> Entitlements =
        Gen.Select(InmateGenerators.Sentences, InmateGenerators.EvaluationDates, Gen.Enum<RemissionKind>())
            .Select((history, date, kind) => RemissionEntitlements.Assess(history, date, kind, CountingConvention.Default));

    public static readonly Gen<Appointment> Appointments =
        Gen.Select(PersonIds, PositionIds, Intervals, Gen.Enum<AppointmentCapacity>()).Select((p, po, t, c) => new Appointment(p, po, t, c));

    public static readonly Gen<SigningPower> Powers = Gen.Select(Gen.Enum<AgreementKind>(), InstitutionIds).Select((k, i) => new SigningPower(k, i));

    public static readonly Gen<Delegation> Delegations =
        Gen.Select(PersonIds, PersonIds, Powers, Intervals, Text.Null(0.5)).Select((f, t, p, i, n) => new Delegation(f, t, p, i, n));

    public static readonly Gen<AuthorityDecision> Authorities =
        Gen.Select(Gen.Enum<AuthorityOutcome>(), PersonIds, Gen.Enum<AgreementKind>(), InstitutionIds, Dates, Code, Texts, Gen.Select(Citations, Appointments.Null(0.4), Delegations.Null(0.6)))
            .Select((o, p, k, i, d, c, r, rest) => new AuthorityDecision(o, p, k, i, d, c, r, rest.Item1, rest.Item2, rest.Item3));

    public static readonly Gen<PartnershipViolation> Violations = Gen.Select(Gen.Enum<CooperationRule>(), Texts).Select((r, d) => new PartnershipViolation(r, d));

    public static readonly Gen<PartnershipRow> PartnershipRows =
        Gen.Select(Code, Dates, Text, Gen.Enum<PartnershipStage>().Nullable(0.3), Gen.Select(Code, Gen.Enum<AgreementKind>(), Dates, Gen.Int[0, 4000]).Nullable(0.4), Gen.Enum<Language>())
            .Select((id, date, partners, stage, agreement, language) => new PartnershipRow(
                id, date, partners, stage, stage?.ToString(), agreement?.Item1, agreement?.Item2, agreement?.Item3, agreement?.Item4, language));

    /// <summary>A roster of generated profiles evaluated by the outside-activity policy, and by the same policy without the minimum-security condition.</summary>
    public static readonly Gen<(RosterEvaluation<InmateProfile, RightsParameters> Before, RosterEvaluation<InmateProfile, RightsParameters> After)> Rosters =
        Gen.Select(Gen.Int[0, 40], Gen.ULong, InmateGenerators.EvaluationDates).Select((size, seed, date) =>
        {
            var roster = InmateGenerators.Roster(size, seed);
            var policy = IndonesianPolicies.OutsideActivity;
            return (
                RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy, date, roster),
                RosterEvaluation<InmateProfile, RightsParameters>.Evaluate(policy.WithParameters(p => p.WithSettings(p.SettingsOf<OutsideActivitySettings>().WithMinimumSecurity(false))), date, roster));
        });

    public static readonly Gen<EligibilityRow> Rows =
        Gen.Select(Rosters.Where(r => r.Before.Count > 0), Gen.Int[0, 1000], Gen.Enum<Language>(), Gen.Bool).Select((r, i, language, fromSummaries) =>
            (fromSummaries ? r.Before.RowsFromSummaries(language) : r.Before.Rows(language))[i % r.Before.Count]);

    public static readonly Gen<Funnel> Funnels = Rosters.Select(r => Funnel.Of(r.Before));

    public static readonly Gen<EligibilityCalendar> Calendars =
        Gen.Select(Rosters, Gen.Int[1, 400], Gen.Enum<CalendarUnit>()).Select((r, days, unit) => EligibilityCalendar.Of(r.Before, days, unit));

    public static readonly Gen<PolicyComparison> Comparisons = Rosters.Select(r => PolicyComparison.Of(r.Before, r.After));

    private static Gen<CriterionFinding> FindingsOfDepth(int depth) =>
        Gen.Select(Descriptors, Results, Facts.Array[0, 3], depth == 0 ? Gen.Const(Array.Empty<CriterionFinding>()) : FindingsOfDepth(depth - 1).Array[0, 2])
            .Select((descriptor, result, facts, parts) => new CriterionFinding(descriptor, result, [.. facts], [.. parts]));
}
