using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The shared checks of the built-in rights as public building blocks, for a policy of your own (a local variant of a
/// right, a new right): the same criterion classes the built-in policies use, with their values given here instead of
/// read from <see cref="RightsParameters"/>. Each block evaluates, explains and runs over a population exactly as the
/// built-in one does; its dates follow the counting convention of the policy version's parameters.
/// </summary>
/// <remarks>
/// A built-in policy reads its fractions and periods from its parameters so that a version can change them; a block
/// made here states its own (for example a CMB variant with a 12-month conduct period). Compose blocks with the
/// built-in versions' criteria (<c>IndonesianPolicies.PreReleaseLeave.Versions[i].Criteria</c>) and your own
/// <see cref="ICriterion{TSubject, TParameters}"/> into a <see cref="PolicyVersion{TSubject, TParameters}"/>.
/// </remarks>
public static class RuleBlocks
{
    // The one instance of each shared check, used by the built-in policies too.
    internal static readonly ConvictStatusCriterion ConvictCriterion = new("rights.convict");
    internal static readonly NotLifeOrDeathCriterion NotLifeOrDeathCriterion = new("rights.life-or-death");
    internal static readonly SentenceRunningCriterion RunningCriterion = new("rights.sentence-running");

    /// <summary>Gets the status check every right shares: a convict or a child serving a sentence, not a detainee (UU 22/2022 Pasal 10).</summary>
    public static ICriterion<InmateProfile, RightsParameters> Convict => ConvictCriterion;

    /// <summary>Gets the check that the sentence is neither life nor death (UU 22/2022 Pasal 10 ayat (4)).</summary>
    public static ICriterion<InmateProfile, RightsParameters> NotLifeOrDeath => NotLifeOrDeathCriterion;

    /// <summary>Gets the check that the sentence has not expired on the evaluation date.</summary>
    public static ICriterion<InmateProfile, RightsParameters> SentenceRunning => RunningCriterion;

    /// <summary>
    /// Returns a time-served check: met from the first day on which the days served reach <paramref name="fraction"/> of
    /// the term (with the remissions counted as the convention says) and at least <paramref name="minimumServed"/>;
    /// a date on or after the expiry is not met (the sentence ends first).
    /// </summary>
    /// <param name="code">The criterion's reason code, such as <c>local.cmb.two-thirds-served</c>; a valid reason code (lower-case words joined by '.' and '-').</param>
    /// <param name="title">The condition as officers read it, in both languages; must not be null.</param>
    /// <param name="citation">The legal basis; must not be null.</param>
    /// <param name="fraction">The fraction of the term, such as 1/2 or 2/3; must be a fraction of a term (at most 1).</param>
    /// <param name="minimumServed">The least time served, or null for none.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="title"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid reason code, or <paramref name="fraction"/> is larger than 1.</exception>
    public static ICriterion<InmateProfile, RightsParameters> FractionServed(string code, LocalizedText title, Citation citation, Fraction fraction, SentenceTerm? minimumServed = null)
    {
        Guard.Against.InvalidInput(fraction, nameof(fraction), SentenceTerm.IsFractionOfTerm, SentenceTerm.FractionOfTermRule);
        var minimum = minimumServed ?? SentenceTerm.Zero;
        return new FractionServedCriterion(code, title, citation, SettingRead.Own(convention => new TimeRequirement(fraction, minimum.ToDays(convention))));
    }

    /// <summary>
    /// Returns a conduct check: no disciplinary punishment in Register F in the last <paramref name="months"/> months
    /// (at the convention's days a month), met from the day after the latest punishment's end plus that period; unknown
    /// when Register F was not checked.
    /// </summary>
    /// <param name="code">The criterion's reason code; a valid reason code (lower-case words joined by '.' and '-').</param>
    /// <param name="title">The condition as officers read it, in both languages; must not be null.</param>
    /// <param name="citation">The legal basis; must not be null.</param>
    /// <param name="months">The period without punishment, in months; 1 to 36, the longest a right's settings may ask for.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="title"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid reason code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to 36.</exception>
    public static ICriterion<InmateProfile, RightsParameters> NoPunishmentFor(string code, LocalizedText title, Citation citation, int months)
    {
        Guard.Against.OutOfRange(months, nameof(months), 1, SettingsGuards.MaxConductMonths, "A building block's conduct period is 1 to 36 months (a right's settings may also ask for none).");
        return new ConductCriterion(code, title, citation, SettingRead.Own(convention => SettingRead.MonthsToDays(months, convention)));
    }

    /// <summary>Returns an evidence check: every kind on file → met; one recorded absent → not met; otherwise unknown, listing what is missing.</summary>
    /// <param name="code">The criterion's reason code; a valid reason code (lower-case words joined by '.' and '-').</param>
    /// <param name="title">The condition as officers read it, in both languages; must not be null.</param>
    /// <param name="citation">The legal basis; must not be null.</param>
    /// <param name="kinds">The evidence required; at least one, each defined.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid reason code or <paramref name="kinds"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public static ICriterion<InmateProfile, RightsParameters> EvidencePresent(string code, LocalizedText title, Citation citation, params IEnumerable<EvidenceKind> kinds)
    {
        Guard.Against.Null(kinds);
        var list = ValueList.From(kinds);
        Guard.Against.InvalidInput(list, nameof(kinds), l => !l.IsEmpty, "An evidence check needs at least one kind of evidence.");
        foreach (var kind in list)
        {
            Guard.Against.EnumOutOfRange(kind, nameof(kinds));
        }

        return EvidenceCriterion.Own(code, title, citation, list);
    }

    /// <summary>Returns a check on the length of the sentence (in convention days): at least, or at most, a bound.</summary>
    /// <param name="code">The criterion's reason code; a valid reason code (lower-case words joined by '.' and '-').</param>
    /// <param name="title">The condition as officers read it, in both languages; must not be null.</param>
    /// <param name="citation">The legal basis; must not be null.</param>
    /// <param name="bound">The bound.</param>
    /// <param name="atMost">True for "at most the bound" (as CB's 1 year 6 months), false for "at least" (as CMK's 12 months).</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="title"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid reason code.</exception>
    public static ICriterion<InmateProfile, RightsParameters> SentenceLength(string code, LocalizedText title, Citation citation, SentenceTerm bound, bool atMost)
    {
        return new SentenceLengthCriterion(code, title, citation, atMost, SettingRead.Own(bound.ToDays));
    }

    /// <summary>Returns the guidance check: the inmate takes part actively in guidance programmes (unknown when not recorded).</summary>
    /// <param name="code">The criterion's reason code; a valid reason code (lower-case words joined by '.' and '-').</param>
    /// <param name="citation">The legal basis; must not be null.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid reason code.</exception>
    public static ICriterion<InmateProfile, RightsParameters> ActiveInGuidance(string code, Citation citation)
    {
        return new GuidanceCriterion(code, citation);
    }
}
