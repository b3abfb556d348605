using System.Globalization;
using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Officials;
using DesaBinaan.Core.Scopes;
using NodaTime;

namespace DesaBinaan.Core.Cooperation;

/// <summary>
/// One version of a cooperation agreement (docs/domain.md §6): a memorandum of understanding (<i>Nota Kesepahaman</i>), an
/// implementing agreement (<i>Perjanjian Kerja Sama</i>, PKS) or a village's joint agreement (<i>Perjanjian
/// Bersama</i>), with its number, signing date, parties, signatories, term, scopes, obligations, funding, evaluation
/// period and termination terms.
/// </summary>
/// <remarks>
/// <para>The rules between an agreement and its partnership (every party signs and is a side of the partnership,
/// signatories' authority, the maximum term, a PKS within its memorandum) are checked when the agreement is signed in
/// a <see cref="Partnership"/>, which returns them as violations. This type only rejects malformed input.</para>
/// <para>An amendment or extension is a new version with the same number (<see cref="Amend"/>, <see cref="Extend"/>);
/// the partnership keeps every version readable. Equality compares every property.</para>
/// </remarks>
[Immutable]
public sealed record Agreement
{
    /// <summary>Initializes a version of an agreement.</summary>
    /// <param name="number">The agreement's number, such as <c>W12.PAS.PAS.17-PK.01.01-123</c>; must not be null or white space.</param>
    /// <param name="kind">MoU, PKS or Perjanjian Bersama.</param>
    /// <param name="signedOn">The date this version was signed.</param>
    /// <param name="parties">The institutions bound; at least two, distinct, none empty.</param>
    /// <param name="signatories">Who signed for each party; at least one.</param>
    /// <param name="term">The term (<i>jangka waktu</i>), inclusive; must not be null.</param>
    /// <param name="scopes">The scopes covered; at least one, no repeats.</param>
    /// <param name="obligations">The parties' obligations; null for none; each of a party.</param>
    /// <param name="funding">How it is funded (for example "each party bears its own costs (DIPA / APBD)"), or null.</param>
    /// <param name="evaluationEvery">How often it is evaluated (for example every 6 months), or null; positive date units.</param>
    /// <param name="terminationTerms">The termination and dispute terms, or null.</param>
    /// <param name="implementsMemorandum">For a PKS, the number of the memorandum it implements; null for a stand-alone PKS and for other kinds.</param>
    /// <param name="version">The version number, from 1.</param>
    /// <param name="change">How this version came about: <see cref="AgreementChange.Original"/> exactly for version 1.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A rule of the parameters above is broken.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> or <paramref name="change"/> is not a defined value.</exception>
    public Agreement(
        string number,
        AgreementKind kind,
        LocalDate signedOn,
        IEnumerable<InstitutionId> parties,
        IEnumerable<Signatory> signatories,
        DateInterval term,
        IEnumerable<ScopeKind> scopes,
        IEnumerable<Obligation>? obligations = null,
        string? funding = null,
        Period? evaluationEvery = null,
        string? terminationTerms = null,
        string? implementsMemorandum = null,
        int version = 1,
        AgreementChange change = AgreementChange.Original)
    {
        _ = Guard.Against.NonIsoDate(signedOn);
        _ = Guard.Against.NonIsoInterval(term);
        Number = Guard.Against.BlankText(number);
        Kind = Guard.Against.EnumOutOfRange(kind);
        SignedOn = signedOn;
        Guard.Against.Null(parties);
        Parties = ValueList.From(parties);
        Guard.Against.InvalidInput(Parties, nameof(parties), l => l.Count >= 2, "An agreement binds at least two parties.");
        Guard.Against.InvalidInput(Parties, nameof(parties), l => l.All(p => !p.IsEmpty), "A party id must not be empty.");
        Guard.Against.InvalidInput(Parties, nameof(parties), l => l.Distinct().Count() == l.Count, "A party appears once in an agreement.");
        Signatories = ValueList.FromNonNull(signatories, nameof(signatories));
        Guard.Against.InvalidInput(Signatories, nameof(signatories), l => !l.IsEmpty, "An agreement needs its signatories.");
        Term = Guard.Against.Null(term);
        Guard.Against.InvalidInput(term, nameof(term), t => signedOn <= t.End, "An agreement must be signed on or before the last day of its term; a term that ended before the signing is not an agreement.");
        Scopes = ValueList.FromNonNull(scopes, nameof(scopes));
        Guard.Against.InvalidInput(Scopes, nameof(scopes), l => !l.IsEmpty, "An agreement covers at least one scope.");
        Guard.Against.InvalidInput(Scopes, nameof(scopes), l => l.Distinct().Count() == l.Count, "An agreement lists each scope once.");
        Obligations = ValueList.FromNonNull(obligations ?? [], nameof(obligations));
        var partySet = Parties;
        Guard.Against.InvalidInput(Obligations, nameof(obligations), l => l.All(o => partySet.Contains(o.Party)), "Every obligation must bind a party of the agreement.");
        Funding = string.IsNullOrWhiteSpace(funding) ? null : funding;
        if (evaluationEvery is not null)
        {
            Guard.Against.InvalidDatePeriod(evaluationEvery);
        }

        EvaluationEvery = evaluationEvery?.Normalize();
        TerminationTerms = string.IsNullOrWhiteSpace(terminationTerms) ? null : terminationTerms;
        if (implementsMemorandum is not null)
        {
            Guard.Against.InvalidInput(implementsMemorandum, nameof(implementsMemorandum), n => n.Trim().Length > 0, "The memorandum's number must not be blank; pass null for a stand-alone PKS.");
            Guard.Against.InvalidInput(implementsMemorandum, nameof(implementsMemorandum), _ => kind == AgreementKind.CooperationAgreement, "Only a PKS implements a memorandum of understanding.");
            Guard.Against.InvalidInput(implementsMemorandum, nameof(implementsMemorandum), n => !string.Equals(n, number, StringComparison.Ordinal), "A PKS cannot implement itself.");
        }

        ImplementsMemorandum = implementsMemorandum;
        Version = Guard.Against.CountOutOfRange(version, 1, int.MaxValue);
        Change = Guard.Against.EnumOutOfRange(change);
        Guard.Against.InvalidInput(change, nameof(change), c => (c == AgreementChange.Original) == (version == 1), "Version 1 is the original; later versions are amendments or extensions.");
    }

    /// <summary>Gets the agreement's number.</summary>
    public string Number { get; }

    /// <summary>Gets the kind: MoU, PKS or Perjanjian Bersama.</summary>
    public AgreementKind Kind { get; }

    /// <summary>Gets the date this version was signed.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>Gets the institutions bound.</summary>
    public ValueList<InstitutionId> Parties { get; }

    /// <summary>Gets who signed, for which party.</summary>
    public ValueList<Signatory> Signatories { get; }

    /// <summary>Gets the term (inclusive).</summary>
    public DateInterval Term { get; }

    /// <summary>Gets the scopes covered.</summary>
    public ValueList<ScopeKind> Scopes { get; }

    /// <summary>Gets the parties' obligations.</summary>
    public ValueList<Obligation> Obligations { get; }

    /// <summary>Gets how it is funded, or null.</summary>
    public string? Funding { get; }

    /// <summary>Gets how often it is evaluated, or null.</summary>
    public Period? EvaluationEvery { get; }

    /// <summary>Gets the termination and dispute terms, or null.</summary>
    public string? TerminationTerms { get; }

    /// <summary>Gets, for a PKS, the number of the memorandum it implements; null otherwise.</summary>
    public string? ImplementsMemorandum { get; }

    /// <summary>Gets the version number (1 for the original).</summary>
    public int Version { get; }

    /// <summary>Gets how this version came about.</summary>
    public AgreementChange Change { get; }

    /// <summary>
    /// Returns whether this version's term contains a date and it was signed by then: this version alone, whether or not
    /// a later version replaced it by that date (a partnership's queries ask which version governs first).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>True when signed on or before the date and the term contains it.</returns>
    public bool IsInForceOn(LocalDate date)
    {
        _ = Guard.Against.NonIsoDate(date);
        return SignedOn <= date && Term.Contains(date);
    }

    /// <summary>Returns whether the agreement covers a scope.</summary>
    /// <param name="scope">The scope; must not be null.</param>
    /// <returns>True when the scope is among <see cref="Scopes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public bool Covers(ScopeKind scope)
    {
        Guard.Against.Null(scope);
        foreach (var covered in Scopes.AsSpan())
        {
            if (covered.Equals(scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the obligations of one party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The obligations, in order.</returns>
    public ValueList<Obligation> ObligationsOf(InstitutionId party) => ValueList.From(Obligations.Where(o => o.Party == party));

    /// <summary>Returns the next version amending the agreement: new signatures, and any of term, scopes, obligations and funding changed.</summary>
    /// <param name="signedOn">The date the amendment is signed; not before this version's signing date.</param>
    /// <param name="signatories">Who signs the amendment; at least one.</param>
    /// <param name="term">The new term, or null to keep it.</param>
    /// <param name="scopes">The new scopes, or null to keep them.</param>
    /// <param name="obligations">The new obligations, or null to keep them.</param>
    /// <param name="funding">The new funding, or null to keep it.</param>
    /// <returns>Version <see cref="Version"/> + 1, an <see cref="AgreementChange.Amendment"/>; this version is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="signedOn"/> is before this version's signing date, or see the constructor.</exception>
    public Agreement Amend(LocalDate signedOn, IEnumerable<Signatory> signatories, DateInterval? term = null, IEnumerable<ScopeKind>? scopes = null, IEnumerable<Obligation>? obligations = null, string? funding = null)
    {
        _ = Guard.Against.NonIsoDate(signedOn);
        _ = Guard.Against.NonIsoInterval(term);
        Guard.Against.InvalidInput(signedOn, nameof(signedOn), d => d >= SignedOn, "An amendment cannot be signed before the version it amends.");
        return new Agreement(Number, Kind, signedOn, Parties, signatories, term ?? Term, scopes ?? Scopes, obligations ?? Obligations, funding ?? Funding, EvaluationEvery, TerminationTerms, ImplementsMemorandum, checked(Version + 1), AgreementChange.Amendment);
    }

    /// <summary>Returns the next version extending the term to a later last day.</summary>
    /// <param name="signedOn">The date the extension is signed; not before this version's signing date.</param>
    /// <param name="newLastDay">The new last day of the term; after the current last day.</param>
    /// <param name="signatories">Who signs the extension; at least one.</param>
    /// <returns>Version <see cref="Version"/> + 1, an <see cref="AgreementChange.Extension"/>, with the term from the same first day to <paramref name="newLastDay"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="newLastDay"/> does not extend the term, <paramref name="signedOn"/> is before this version's signing date, or see the constructor.</exception>
    public Agreement Extend(LocalDate signedOn, LocalDate newLastDay, IEnumerable<Signatory> signatories)
    {
        _ = Guard.Against.NonIsoDate(signedOn);
        _ = Guard.Against.NonIsoDate(newLastDay);
        Guard.Against.InvalidInput(signedOn, nameof(signedOn), d => d >= SignedOn, "An extension cannot be signed before the version it extends.");
        Guard.Against.InvalidInput(newLastDay, nameof(newLastDay), d => d > Term.End, "An extension must move the last day of the term later.");
        return new Agreement(Number, Kind, signedOn, Parties, signatories, new DateInterval(Term.Start, newLastDay), Scopes, Obligations, Funding, EvaluationEvery, TerminationTerms, ImplementsMemorandum, checked(Version + 1), AgreementChange.Extension);
    }

    /// <summary>Returns the number, version, kind and term.</summary>
    /// <returns>For example <c>PKS/1 v1 CooperationAgreement [2026-06-01, 2028-05-31]</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} v{Version} {Kind} {Term}");
}
