using Ardalis.GuardClauses;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Regions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Core.Inmates;

/// <summary>
/// A mutable builder of an <see cref="InmateProfile"/>, for code that fills a profile field by field (an import from a
/// register, a form): set the properties, then <see cref="Build"/> (which throws on bad input, naming the parameter and
/// the rule) or <see cref="TryBuild"/> (which never throws and returns every problem as text). The profile's constructor is
/// the one place that validates; the builder only gathers its arguments. Like every builder, it is not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var builder = new InmateProfileBuilder { Id = new InmateId("wb-0001"), Status = LegalStatus.Convict };
/// builder.Offence = OffenceCategory.General;
/// if (builder.TryBuild(out var profile, out var problems)) { /* use profile */ } else { /* report problems */ }
/// </code>
/// </example>
public sealed class InmateProfileBuilder
{
    /// <summary>Initializes an empty builder: no id, status <see cref="LegalStatus.Convict"/>, nothing recorded.</summary>
    public InmateProfileBuilder()
    {
    }

    /// <summary>Initializes a builder with every field of a profile (to change a few and build a new profile).</summary>
    /// <param name="profile">The profile to start from; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public InmateProfileBuilder(InmateProfile profile)
    {
        Guard.Against.Null(profile);
        Id = profile.Id;
        Status = profile.Status;
        Sentence = profile.Sentence;
        Offence = profile.Offence;
        Security = profile.Security;
        RegisterF = profile.RegisterF;
        ActiveInGuidance = profile.ActiveInGuidance;
        HasPendingCase = profile.HasPendingCase;
        Nationality = profile.Nationality;
        BirthDate = profile.BirthDate;
        Evidence = profile.Evidence;
        Domicile = profile.Domicile;
        Institution = profile.Institution;
        Convention = profile.Convention;
        AssimilationStart = profile.AssimilationStart;
        Religion = profile.Religion;
    }

    /// <summary>Gets or sets the caller's opaque id (required: the default, empty id is refused when building).</summary>
    public InmateId Id { get; set; }

    /// <summary>Gets or sets the legal status.</summary>
    public LegalStatus Status { get; set; } = LegalStatus.Convict;

    /// <summary>Gets or sets the sentence history, or null when there is no verdict or it is not recorded.</summary>
    public SentenceHistory? Sentence { get; set; }

    /// <summary>Gets or sets the offence category, or null when not recorded.</summary>
    public OffenceCategory? Offence { get; set; }

    /// <summary>Gets or sets the security level of the placement, or null when not recorded.</summary>
    public SecurityLevel? Security { get; set; }

    /// <summary>Gets or sets the Register F entries (empty when the register is clean), or null when the register was not checked.</summary>
    public IEnumerable<DisciplinaryRecord>? RegisterF { get; set; }

    /// <summary>Gets or sets whether the inmate takes part actively in guidance programmes, or null when not recorded.</summary>
    public bool? ActiveInGuidance { get; set; }

    /// <summary>Gets or sets whether another criminal case is pending, or null when not recorded.</summary>
    public bool? HasPendingCase { get; set; }

    /// <summary>Gets or sets the nationality (ISO 3166-1 alpha-2, <c>ID</c> for Indonesian), or null when not recorded.</summary>
    public string? Nationality { get; set; }

    /// <summary>Gets or sets the birth date, or null when not recorded.</summary>
    public LocalDate? BirthDate { get; set; }

    /// <summary>Gets or sets the status of each piece of evidence.</summary>
    public EvidenceFile Evidence { get; set; }

    /// <summary>Gets or sets the region code of the domicile, or null when not recorded.</summary>
    public RegionCode? Domicile { get; set; }

    /// <summary>Gets or sets the institution holding the inmate, or null when not recorded.</summary>
    public InstitutionId? Institution { get; set; }

    /// <summary>Gets or sets the counting convention of the precomputed dates, or null for <see cref="CountingConvention.Default"/>.</summary>
    public CountingConvention? Convention { get; set; }

    /// <summary>Gets or sets the first day of the current assimilation, or null.</summary>
    public LocalDate? AssimilationStart { get; set; }

    /// <summary>Gets or sets the religion first recorded in the register (Keppres 174/1999 Pasal 7 ayat (5)), or null when not recorded.</summary>
    public Religion? Religion { get; set; }

    /// <summary>Builds the profile.</summary>
    /// <returns>A new profile with the builder's values.</returns>
    /// <exception cref="ArgumentException">A value breaks a rule of <see cref="InmateProfile"/>'s constructor; the message names the parameter and the rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is not defined.</exception>
    public InmateProfile Build() =>
        new(Id, Status, Sentence, Offence, Security, RegisterF, ActiveInGuidance, HasPendingCase, Nationality, BirthDate, Evidence, Domicile, Institution, Convention, AssimilationStart, Religion);

    /// <summary>
    /// Builds the profile without throwing on bad input, for imports that report a bad record and go on: on failure,
    /// every problem of the record, each naming the inmate's id and the field (in the constructor's order).
    /// </summary>
    /// <param name="profile">The profile, or null when a value breaks a rule.</param>
    /// <param name="problems">Empty on success; otherwise one text per field that breaks a rule, such as
    /// <c>WB-0008: A nationality is an ISO 3166-1 alpha-2 code … (Parameter 'nationality')</c>.</param>
    /// <returns>True when the profile was built.</returns>
    public bool TryBuild([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InmateProfile? profile, out IReadOnlyList<string> problems)
    {
        if (Attempt(Build) is not { } first)
        {
            profile = Build();
            problems = [];
            return true;
        }

        // The constructor is the one statement of the rules: each field is checked by building a profile that has only
        // that field (and the id), so every problem is found without a second copy of a rule.
        profile = null;
        var who = Id.IsEmpty ? "(no id)" : Id.Value;
        var id = Id.IsEmpty ? new InmateId("-") : Id;
        var found = new List<string>();
        void Probe(Func<InmateProfile> build)
        {
            if (Attempt(build) is { } problem && !found.Contains(problem))
            {
                found.Add(problem);
            }
        }

        Probe(() => new InmateProfile(Id, LegalStatus.Convict));
        Probe(() => new InmateProfile(id, Status));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, Sentence, convention: Convention));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, offence: Offence));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, security: Security));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, registerF: RegisterF));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, nationality: Nationality));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, birthDate: BirthDate));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, assimilationStart: AssimilationStart));
        Probe(() => new InmateProfile(id, LegalStatus.Convict, religion: Religion));
        if (found.Count == 0)
        {
            found.Add(first);
        }

        problems = found.Select(p => who + ": " + p).ToList();
        return false;
    }

    private static string? Attempt(Func<InmateProfile> build)
    {
        try
        {
            _ = build();
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
        catch (OverflowException)
        {
            return "The sentence's dates fall outside the ISO calendar (0001-01-01 to 9999-12-31) under the counting convention. (Parameter 'sentence')";
        }
    }
}
