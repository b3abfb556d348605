using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The parameters of a version of one of the Indonesian policies: the counting convention (docs/domain.md §8) and the
/// settings of the right concerned, with the switch of outside activities and the activity being decided. Periods are
/// converted to days once, here, so that no criterion converts them per inmate.
/// </summary>
/// <remarks>
/// Months of conduct periods count at the convention's days a month (old KUHP Pasal 97: a month is 30 days); a
/// conduct period of <c>N</c> days is met from the day after the last day of punishment plus <c>N</c> days.
/// Equality is by reference.
/// </remarks>
[Immutable]
public sealed class RightsParameters : IPolicyParameters
{
    /// <summary>Initializes the parameters.</summary>
    /// <param name="convention">The counting convention; must not be null.</param>
    /// <param name="asimilasi">The assimilation settings, or null when the policy does not use them.</param>
    /// <param name="integration">The PB, CB, CMB and CMK settings, or null.</param>
    /// <param name="remission">The remission settings, or null.</param>
    /// <param name="requireMinimumSecurity">Whether outside activities require a minimum-security placement (docs/domain.md §3 and §10 point 2: on by default).</param>
    /// <param name="activity">The activity decided, or null (outside-activity criteria are then unknown).</param>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public RightsParameters(CountingConvention convention, AsimilasiSettings? asimilasi = null, IntegrationSettings? integration = null, RemissionSettings? remission = null, bool requireMinimumSecurity = true, ActivityEvaluationContext? activity = null)
    {
        CountingConvention = Guard.Against.Null(convention);
        Asimilasi = asimilasi;
        Integration = integration;
        Remission = remission;
        RequireMinimumSecurity = requireMinimumSecurity;
        Activity = activity;
        var month = convention.DaysPerMonth;

        // One threshold for every right: the assimilation settings' when given, else 5 years (docs/domain.md §9). It used
        // to be overwritten with 5 years whenever integration or remission settings were also given.
        NarcoticsThresholdDays = (asimilasi?.NarcoticsThreshold ?? AsimilasiSettings.DefaultNarcoticsThreshold).ToDays(convention);
        if (asimilasi is not null)
        {
            GeneralConductDays = asimilasi.GeneralConductMonths * month;
            SpecialConductDays = asimilasi.SpecialConductMonths * month;
            ChildConductDays = asimilasi.ChildConductMonths * month;
            SpecialMinimumDays = asimilasi.SpecialMinimumServed.ToDays(convention);
            ChildMinimumDays = asimilasi.ChildMinimumServed.ToDays(convention);
        }

        if (integration is not null)
        {
            ParoleConductDays = integration.ParoleConductMonths * month;
            ParoleMinimumDays = integration.ParoleMinimum.ToDays(convention);
            ConditionalLeaveConductDays = integration.ConditionalLeaveConductMonths * month;
            ConditionalLeaveMaximumDays = integration.ConditionalLeaveMaximumSentence.ToDays(convention);
            PreReleaseConductDays = integration.PreReleaseConductMonths * month;
            FamilyVisitMinimumDays = integration.FamilyVisitMinimumSentence.ToDays(convention);
            ParoleMinimumSentenceDays = integration.ParoleMinimumSentence?.ToDays(convention) ?? 0;
        }

        if (remission is not null)
        {
            RemissionConductDays = remission.ConductMonths * month;
        }

        if (asimilasi is not null)
        {
            AsimilasiEvidenceMask = EvidenceFile.LowMask(asimilasi.RequiredEvidence.AsSpan());
        }

        if (integration is not null)
        {
            IntegrationEvidenceMask = EvidenceFile.LowMask(integration.RequiredEvidence.AsSpan());
        }

        if (activity is not null)
        {
            ActivityDay = DayNumbers.FromDate(activity.Date);
            AgreementResult = CriterionResult.FromBoolean(activity.ScopeCovered);
            EscortResult = CriterionResult.FromBoolean(Math.Min(activity.EscortCapacity, activity.Plan.Quota.Maximum) >= activity.Plan.Quota.Minimum);
        }

        Values = BuildValues();
        Convention = new LocalizedText(convention.Describe(Language.Indonesian), convention.Describe(Language.English));
    }

    /// <summary>Gets the counting convention (the Sentencing one).</summary>
    public CountingConvention CountingConvention { get; }

    /// <summary>Gets the assimilation settings, or null.</summary>
    public AsimilasiSettings? Asimilasi { get; }

    /// <summary>Gets the PB, CB, CMB and CMK settings, or null.</summary>
    public IntegrationSettings? Integration { get; }

    /// <summary>Gets the remission settings, or null.</summary>
    public RemissionSettings? Remission { get; }

    /// <summary>Gets whether outside activities require a minimum-security placement.</summary>
    public bool RequireMinimumSecurity { get; }

    /// <summary>Gets the activity decided, or null.</summary>
    public ActivityEvaluationContext? Activity { get; }

    /// <inheritdoc/>
    public ValueList<Fact> Values { get; }

    /// <inheritdoc/>
    public LocalizedText? Convention { get; }

    internal int GeneralConductDays { get; }

    internal int SpecialConductDays { get; }

    internal int ChildConductDays { get; }

    internal int SpecialMinimumDays { get; }

    internal int ChildMinimumDays { get; }

    internal int NarcoticsThresholdDays { get; }

    internal int ParoleConductDays { get; }

    internal int ParoleMinimumDays { get; }

    internal int ConditionalLeaveConductDays { get; }

    internal int ConditionalLeaveMaximumDays { get; }

    internal int PreReleaseConductDays { get; }

    internal int FamilyVisitMinimumDays { get; }

    internal int RemissionConductDays { get; }

    internal int ParoleMinimumSentenceDays { get; }

    internal ulong AsimilasiEvidenceMask { get; }

    internal ulong IntegrationEvidenceMask { get; }

    internal int ActivityDay { get; } = -1;

    internal CriterionResult AgreementResult { get; }

    internal CriterionResult EscortResult { get; }

    /// <summary>Returns these parameters bound to an activity.</summary>
    /// <param name="activity">The activity; must not be null.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public RightsParameters WithActivity(ActivityEvaluationContext activity) =>
        new(CountingConvention, Asimilasi, Integration, Remission, RequireMinimumSecurity, Guard.Against.Null(activity));

    /// <summary>Returns these parameters with the minimum-security switch set.</summary>
    /// <param name="required">Whether outside activities require minimum security.</param>
    /// <returns>New parameters.</returns>
    public RightsParameters WithMinimumSecurity(bool required) =>
        new(CountingConvention, Asimilasi, Integration, Remission, required, Activity);

    /// <summary>Returns these parameters with other assimilation settings.</summary>
    /// <param name="asimilasi">The settings; must not be null.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="asimilasi"/> is null.</exception>
    public RightsParameters WithAsimilasi(AsimilasiSettings asimilasi) =>
        new(CountingConvention, Guard.Against.Null(asimilasi), Integration, Remission, RequireMinimumSecurity, Activity);

    /// <summary>Returns these parameters with another counting convention.</summary>
    /// <param name="convention">The convention; must not be null.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public RightsParameters WithConvention(CountingConvention convention) =>
        new(Guard.Against.Null(convention), Asimilasi, Integration, Remission, RequireMinimumSecurity, Activity);

    /// <summary>Returns the convention's name and the settings present.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => CountingConvention.Name + (Asimilasi is null ? string.Empty : " +asimilasi") + (Integration is null ? string.Empty : " +integration") + (Remission is null ? string.Empty : " +remission") + (Activity is null ? string.Empty : " +activity");

    private static LocalizedText T(string id, string en) => new(id, en);

    private ValueList<Fact> BuildValues()
    {
        var facts = new List<Fact> { Fact.OfText(ParameterCode.Convention, T("Konvensi penghitungan", "Counting convention"), CountingConvention.Name) };
        if (Asimilasi is { } a)
        {
            facts.Add(Fact.OfNumber(ParameterCode.AsimilasiGeneralConductMonths, T("Asimilasi umum: bulan tanpa hukuman disiplin", "Assimilation, general: months without punishment"), a.GeneralConductMonths));
            facts.Add(Fact.OfFraction(ParameterCode.AsimilasiGeneralFraction, T("Asimilasi umum: pecahan masa pidana", "Assimilation, general: fraction served"), a.GeneralFraction));
            facts.Add(Fact.OfNumber(ParameterCode.AsimilasiSpecialConductMonths, T("Asimilasi tindak pidana khusus: bulan tanpa hukuman disiplin", "Assimilation, special offences: months without punishment"), a.SpecialConductMonths));
            facts.Add(Fact.OfFraction(ParameterCode.AsimilasiSpecialFraction, T("Asimilasi tindak pidana khusus: pecahan masa pidana", "Assimilation, special offences: fraction served"), a.SpecialFraction));
            facts.Add(Fact.OfDays(ParameterCode.AsimilasiSpecialMinimumDays, T("Asimilasi tindak pidana khusus: paling singkat dijalani", "Assimilation, special offences: least time served"), SpecialMinimumDays));
            facts.Add(Fact.OfDays(ParameterCode.AsimilasiNarcoticsThresholdDays, T("Narkotika: pidana paling singkat sebagai tindak pidana khusus", "Narcotics: least sentence to be a special offence"), NarcoticsThresholdDays));
            facts.Add(Fact.OfFlag(ParameterCode.AsimilasiJusticeCollaborator, T("Syarat justice collaborator", "Justice collaborator required"), a.RequireJusticeCollaborator));
            facts.Add(Fact.OfNumber(ParameterCode.AsimilasiChildConductMonths, T("Anak: bulan tanpa hukuman disiplin", "Children: months without punishment"), a.ChildConductMonths));
            facts.Add(Fact.OfDays(ParameterCode.AsimilasiChildMinimumDays, T("Anak: paling singkat dijalani", "Children: least time served"), ChildMinimumDays));
            if (a.ChildFraction is { } childFraction)
            {
                facts.Add(Fact.OfFraction(ParameterCode.AsimilasiChildFraction, T("Anak: pecahan masa pidana", "Children: fraction served"), childFraction));
            }

            facts.Add(Fact.OfFlag(ParameterCode.AsimilasiRiskReduction, T("Syarat penurunan tingkat risiko", "Reduced risk level required"), a.RequireRiskReduction));
            facts.Add(a.RequiredEvidence.IsEmpty
                ? Fact.OfLabel(ParameterCode.AsimilasiEvidence, T("Dokumen yang disyaratkan", "Evidence required"), T("tidak ada", "none"), "-")
                : Fact.OfLabel(ParameterCode.AsimilasiEvidence, T("Dokumen yang disyaratkan", "Evidence required"), T(string.Join(", ", a.RequiredEvidence.Select(k => k.Label().Indonesian)), string.Join(", ", a.RequiredEvidence.Select(k => k.Label().English))), string.Join(",", a.RequiredEvidence)));
        }

        if (Integration is { } i)
        {
            facts.Add(Fact.OfFraction(ParameterCode.IntegrationParoleFraction, T("PB: pecahan masa pidana", "Parole: fraction served"), i.ParoleFraction));
            facts.Add(Fact.OfDays(ParameterCode.IntegrationParoleMinimumDays, T("PB: paling singkat dijalani", "Parole: least time served"), ParoleMinimumDays));
            facts.Add(Fact.OfNumber(ParameterCode.IntegrationParoleConductMonths, T("PB: bulan berkelakuan baik", "Parole: months of good behaviour"), i.ParoleConductMonths));
            facts.Add(Fact.OfDays(ParameterCode.IntegrationConditionalLeaveMaximumDays, T("CB: pidana paling lama", "Conditional leave: longest sentence"), ConditionalLeaveMaximumDays));
            facts.Add(Fact.OfDays(ParameterCode.IntegrationFamilyVisitMinimumDays, T("CMK: pidana paling singkat", "Family visit: shortest sentence"), FamilyVisitMinimumDays));
            if (i.ParoleMinimumSentence is not null)
            {
                facts.Add(Fact.OfDays(ParameterCode.IntegrationParoleMinimumSentenceDays, T("PB: jumlah pidana paling singkat", "Parole: shortest total sentence"), ParoleMinimumSentenceDays));
            }
        }

        if (Remission is { } r)
        {
            facts.Add(Fact.OfLabel(ParameterCode.RemissionKind, T("Jenis remisi", "Remission kind"), r.Kind.Label(), r.Kind.ToString()));
            facts.Add(Fact.OfNumber(ParameterCode.RemissionConductMonths, T("Remisi: bulan tanpa hukuman disiplin", "Remission: months without punishment"), r.ConductMonths));
            facts.Add(Fact.OfFlag(ParameterCode.RemissionJusticeCollaborator, T("Remisi: syarat justice collaborator", "Remission: justice collaborator required"), r.RequireJusticeCollaborator));
        }

        facts.Add(Fact.OfFlag(ParameterCode.ActivityMinimumSecurity, T("Kegiatan luar: wajib keamanan minimum", "Outside activity: minimum security required"), RequireMinimumSecurity));
        if (Activity is { } activity)
        {
            facts.Add(Fact.OfLabel(ParameterCode.ActivityPlan, T("Rencana kegiatan", "Activity plan"), T(activity.Plan.Title, activity.Plan.Title), activity.Plan.Id));
            facts.Add(Fact.OfLabel(ParameterCode.ActivityScope, T("Ruang lingkup", "Scope"), activity.Plan.Scope.Label, activity.Plan.Scope.Code));
        }

        return ValueList.From(facts);
    }
}
