using DesaBinaan.Core.Inmates;
using DesaBinaan.Core.Institutions;
using DesaBinaan.Core.Sentencing;
using NodaTime;

namespace DesaBinaan.Pekalongan;

/// <summary>
/// A SYNTHETIC roster of 40 FICTIONAL inmates of Lapas Kelas IIA Pekalongan, for the <c>roster</c> command. Every
/// name is invented and marked "(fiktif)"; every date and fact is made up to cover each status and each reason of
/// the outside-activity policy. It describes no real person. The library never sees the names: profiles carry only
/// the opaque ids; the names stay in this sample.
/// </summary>
internal static class PekalonganRoster
{
    /// <summary>The day the roster describes (the day after the sample's activity plan starts).</summary>
    public static readonly LocalDate Reference = new(2026, 6, 20);

    private static readonly EvidenceFile Complete = EvidenceFile.Empty.WithPresent(
        EvidenceKind.VerdictAndExecution, EvidenceKind.Litmas, EvidenceKind.RegisterFExtract, EvidenceKind.FamilyGuarantee, EvidenceKind.HostGuarantee);

    /// <summary>Returns the roster: fictional names with their profiles, in register order.</summary>
    public static IReadOnlyList<(string Name, InmateProfile Profile)> Build() =>
    [
        // Eligible: general offences, 1/2 served, clean register, minimum security, evidence complete.
        Entry("WB-01", "Ahmad Contoh (fiktif)", Days(-600), T(2, 0)),
        Entry("WB-02", "Budi Sampel (fiktif)", Days(-500), T(1, 6)),
        Entry("WB-03", "Candra Rekaan (fiktif)", Days(-800), T(3, 0), register: [Punished(-300)]),
        Entry("WB-04", "Dedi Uji (fiktif)", Days(-420), T(1, 2)),
        Entry("WB-05", "Eko Ilustrasi (fiktif)", Days(-800), T(4, 0), offence: OffenceCategory.Narcotics), // narcotics under 5 years: general rule
        Entry("WB-06", "Fajar Karangan (fiktif)", Days(-900), T(2, 6), offence: OffenceCategory.Corruption, evidence: Complete.WithPresent(EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid)),
        Entry("WB-07", "Gilang Bayangan (fiktif)", Days(-300), T(1, 0), nationality: "MY", evidence: Complete.WithPresent(EvidenceKind.EmbassyGuarantee)),
        Entry("WB-08", "Hadi Anak Fiktif (fiktif)", Days(-150), T(2, 0), status: LegalStatus.Child),

        // Not yet eligible: only time stands in the way.
        Entry("WB-09", "Indra Permisalan (fiktif)", Days(-350), T(2, 0)), // 1/2 in 10 days
        Entry("WB-10", "Joko Contoh (fiktif)", Days(-345), T(2, 0)), // 1/2 in 15 days
        Entry("WB-11", "Kurnia Sampel (fiktif)", Days(-600), T(2, 0), register: [Punished(-160)]), // 6 months without punishment in 21 days
        Entry("WB-12", "Lukman Rekaan (fiktif)", Days(-200), T(2, 0)), // 1/2 in 160 days
        Entry("WB-13", "Made Uji (fiktif)", Days(-900), T(3, 0), register: [Punished(-40)]), // conduct in 141 days
        Entry("WB-14", "Nanda Ilustrasi (fiktif)", Days(-1300), T(6, 0), offence: OffenceCategory.Narcotics), // special: 2/3 of 6 years
        Entry("WB-15", "Oki Karangan (fiktif)", Days(-200), T(0, 9), offence: OffenceCategory.Corruption, evidence: Complete.WithPresent(EvidenceKind.FinePaid, EvidenceKind.RestitutionPaid)), // 9-month minimum
        Entry("WB-16", "Putra Anak Fiktif (fiktif)", Days(-70), T(2, 0), status: LegalStatus.Child), // child: 3 months in 20 days

        // Ineligible: a condition waiting does not cure.
        Entry("WB-17", "Qodir Bayangan (fiktif)", Days(-600), T(2, 0), security: SecurityLevel.Medium),
        Entry("WB-18", "Rudi Permisalan (fiktif)", Days(-600), T(3, 0), security: SecurityLevel.Maximum),
        Entry("WB-19", "Slamet Contoh (fiktif)", Days(-600), T(2, 0), guidance: false),
        Entry("WB-20", "Taufik Sampel (fiktif)", Days(-600), T(2, 0), evidence: Complete.With(EvidenceKind.FamilyGuarantee, EvidenceStatus.Absent)),
        Entry("WB-21", "Umar Rekaan (fiktif)", Days(-900), T(2, 6), offence: OffenceCategory.Corruption, evidence: Complete.WithPresent(EvidenceKind.FinePaid).With(EvidenceKind.RestitutionPaid, EvidenceStatus.Absent)),
        Entry("WB-22", "Viktor Uji (fiktif)", Days(-1500), T(5, 0), offence: OffenceCategory.Terrorism, evidence: Complete.WithPresent(EvidenceKind.Deradicalisation).With(EvidenceKind.Pledge, EvidenceStatus.Absent)),
        Entry("WB-23", "Wawan Ilustrasi (fiktif)", Days(-300), T(1, 6), nationality: "SG", evidence: Complete.With(EvidenceKind.EmbassyGuarantee, EvidenceStatus.Absent)),
        Entry("WB-24", "Xaverius Karangan (fiktif)", Days(-4000), null, life: true),
        Entry("WB-25", "Yusuf Bayangan (fiktif)", Days(-3000), null, death: true),
        Entry("WB-26", "Zainal Permisalan (fiktif)", Days(-800), T(2, 0)), // sentence already expired
        Entry("WB-27", "Agus Tahanan Fiktif (fiktif)", null, null, status: LegalStatus.Detainee, security: SecurityLevel.Medium),
        Entry("WB-28", "Bambang Klien Fiktif (fiktif)", Days(-500), T(2, 0), status: LegalStatus.Client),
        Entry("WB-29", "Cahyo Contoh (fiktif)", Days(-500), T(2, 0), security: SecurityLevel.Medium, register: [Punished(-30)]), // medium security and recent punishment

        // Undetermined: evidence or facts not recorded.
        Entry("WB-30", "Darto Sampel (fiktif)", Days(-600), T(2, 0), evidence: Complete.With(EvidenceKind.Litmas, EvidenceStatus.NotRecorded)),
        Entry("WB-31", "Edi Rekaan (fiktif)", Days(-600), T(2, 0), evidence: Complete.With(EvidenceKind.HostGuarantee, EvidenceStatus.NotRecorded)),
        Entry("WB-32", "Feri Uji (fiktif)", Days(-600), T(2, 0), registerChecked: false),
        Entry("WB-33", "Gunawan Ilustrasi (fiktif)", Days(-600), T(2, 0), offenceRecorded: false),
        Entry("WB-34", "Heru Karangan (fiktif)", Days(-600), T(2, 0), securityRecorded: false),
        Entry("WB-35", "Imam Bayangan (fiktif)", Days(-600), T(2, 0), nationalityRecorded: false),
        Entry("WB-36", "Johan Permisalan (fiktif)", Days(-600), T(2, 0), nationality: "PH"),
        Entry("WB-37", "Kasim Contoh (fiktif)", Days(-600), T(2, 0), guidance: null),
        Entry("WB-38", "Lutfi Sampel (fiktif)", null, null),
        Entry("WB-39", "Mulyadi Rekaan (fiktif)", Days(-900), T(2, 6), offence: OffenceCategory.Corruption, evidence: Complete.With(EvidenceKind.FinePaid, EvidenceStatus.NotRequired)),
        Entry("WB-40", "Nurdin Uji (fiktif)", Days(-345), T(2, 0), evidence: Complete.With(EvidenceKind.FamilyGuarantee, EvidenceStatus.NotRecorded)), // time and evidence
    ];

    private static LocalDate Days(int offset) => Reference.PlusDays(offset);

    private static SentenceTerm T(int years, int months) => new(years, months, 0);

    private static DisciplinaryRecord Punished(int endOffset) => new(Reference.PlusDays(endOffset - 7), DisciplinaryPunishment.Light, Reference.PlusDays(endOffset));

    private static (string, InmateProfile) Entry(
        string id,
        string name,
        LocalDate? firstDay,
        SentenceTerm? term,
        LegalStatus status = LegalStatus.Convict,
        OffenceCategory offence = OffenceCategory.General,
        SecurityLevel security = SecurityLevel.Minimum,
        IEnumerable<DisciplinaryRecord>? register = null,
        bool? guidance = true,
        string nationality = "ID",
        EvidenceFile? evidence = null,
        bool life = false,
        bool death = false,
        bool registerChecked = true,
        bool offenceRecorded = true,
        bool securityRecorded = true,
        bool nationalityRecorded = true)
    {
        SentenceHistory? history = firstDay is not { } first ? null
            : life ? new SentenceHistory([Sentence.Life], Detention.Continuous(first))
            : death ? new SentenceHistory([Sentence.Death], Detention.Continuous(first))
            : SentenceHistory.Imprisonment(first, term!.Value);
        var profile = new InmateProfile(
            new InmateId(id),
            status,
            history,
            offenceRecorded ? offence : null,
            securityRecorded ? security : null,
            registerChecked ? register ?? [] : null,
            guidance,
            hasPendingCase: false,
            nationality: nationalityRecorded ? nationality : null,
            evidence: evidence ?? Complete,
            institution: PekalonganWorld.Lapas);
        return (name, profile);
    }
}
