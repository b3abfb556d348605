using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.Rules;

/// <summary>The legal bases cited by the built-in criteria and policy versions.</summary>
internal static class RuleCitations
{
    public const string Permen = "Permenkumham 3/2018";

    public static readonly Citation Rights = new("UU 22/2022", "Pasal 10 ayat (1)", "hak narapidana yang telah memenuhi persyaratan: remisi, asimilasi, cuti mengunjungi keluarga, cuti bersyarat, cuti menjelang bebas, pembebasan bersyarat; tahanan bukan narapidana");
    public static readonly Citation RightsConditions = new("UU 22/2022", "Pasal 10 ayat (2)", "berkelakuan baik, aktif mengikuti program pembinaan, dan telah menunjukkan penurunan tingkat risiko");
    public static readonly Citation LifeOrDeath = new("UU 22/2022", "Pasal 10 ayat (4)", "tidak berlaku bagi narapidana yang dijatuhi pidana penjara seumur hidup dan terpidana mati");
    public static readonly Citation AsimilasiGeneral = new(Permen, "Pasal 44", "asimilasi: tidak sedang menjalani hukuman disiplin 6 bulan terakhir, aktif mengikuti program pembinaan, telah menjalani 1/2 masa pidana");
    public static readonly Citation AsimilasiSpecial = new(Permen, "Pasal 45 ayat (1)", "sebagaimana diubah Permenkumham 7/2022: tindak pidana khusus 9 bulan tanpa hukuman disiplin, 2/3 masa pidana paling singkat 9 bulan");
    public static readonly Citation AsimilasiTerrorism = new(Permen, "Pasal 45 ayat (2)", "sebagaimana diubah Permenkumham 7/2022: program deradikalisasi dan ikrar");
    public static readonly Citation AsimilasiCorruption = new(Permen, "Pasal 45 ayat (3)", "sebagaimana diubah Permenkumham 7/2022: denda dan uang pengganti dibayar lunas");
    public static readonly Citation AsimilasiChild = new(Permen, null, "asimilasi anak: sumber berbeda (3 bulan berkelakuan baik dan 3 bulan menjalani pidana, atau 1/3 masa pidana); ambang dapat diatur (docs/domain.md §10 butir 3)");
    public static readonly Citation ForeignNational = new(Permen, null, "narapidana warga negara asing: jaminan kedutaan besar/konsulat");
    public static readonly Citation Evidence = new(Permen, null, "syarat administratif: petikan putusan, Litmas, salinan register F, surat jaminan keluarga, jaminan pihak ketiga");
    public static readonly Citation JusticeCollaborator = new("PP 99/2012", "Pasal 34A dan 43A", "syarat justice collaborator bagi tindak pidana khusus; dinyatakan tidak mempunyai kekuatan hukum mengikat oleh Putusan MA 28 P/HUM/2021 (28 Oktober 2021)");
    public static readonly Citation MinimumSecurity = new("Permenkumham 35/2018", null, "revitalisasi pemasyarakatan: tingkat keamanan minimum untuk asimilasi; bahwa kegiatan luar wajib keamanan minimum adalah pilihan kebijakan (docs/domain.md §3 dan §10 butir 2)");
    public static readonly Citation Agreement = new("Permenkumham 14/2023", null, "kerja sama teknis UPT: kegiatan di luar hanya dalam ruang lingkup perjanjian kerja sama yang berlaku");
    public static readonly Citation Escort = new(Permen, null, "asimilasi di luar Lapas dilaksanakan dengan pengawalan petugas; kuota dan rasio pengawalan menurut rencana kegiatan (docs/domain.md §7)");
    public static readonly Citation Parole = new(Permen, null, "pembebasan bersyarat: 2/3 masa pidana paling singkat 9 bulan, berkelakuan baik 9 bulan sebelum 2/3, aktif pembinaan, masyarakat menerima");
    public static readonly Citation ParoleNarcotics = new(Permen, null, "pembebasan bersyarat narkotika pidana 5 tahun atau lebih: telah menjalani asimilasi paling sedikit 1/2 dari sisa masa pidana");
    public static readonly Citation ParoleKuhp2023 = new("KUHP (UU 1/2023)", "Pasal 72", "pembebasan bersyarat: 2/3 pidana penjara yang dijatuhkan paling singkat 9 bulan; pidana berturut-turut dihitung satu (ayat (2)); masa percobaan sisa pidana ditambah 1 tahun (ayat (4)); Penjelasan ayat (1): hanya bagi pidana paling singkat 1 tahun dan paling singkat 9 bulan di dalam Lapas");
    public static readonly Citation ParoleWithdrawal = new("KUHP (UU 1/2023)", "Pasal 86 huruf g", "pidana tambahan: pencabutan hak mendapat pembebasan bersyarat");
    public static readonly Citation ConditionalLeave = new(Permen, null, "cuti bersyarat: pidana paling lama 1 tahun 6 bulan, 2/3 masa pidana, berkelakuan baik 6 bulan terakhir");
    public static readonly Citation PreRelease = new(Permen, null, "cuti menjelang bebas: 2/3 masa pidana, berkelakuan baik 9 bulan terakhir, lamanya sebesar remisi terakhir paling lama 6 bulan");
    public static readonly Citation FamilyVisit = new(Permen, null, "cuti mengunjungi keluarga: pidana paling singkat 12 bulan, 1/2 masa pidana, berkelakuan baik tahun berjalan, tidak terlibat perkara lain");
    public static readonly Citation Remission = new(Permen, "Pasal 5", "remisi: berkelakuan baik (tidak menjalani hukuman disiplin 6 bulan terakhir) dan telah menjalani pidana lebih dari 6 bulan");
    public static readonly Citation RemissionTime = new("Keppres 174/1999", "Pasal 7", "masa menjalani pidana dihitung sejak penahanan; besaran remisi menurut tahun menjalani pidana");
    public static readonly Citation Month = new("KUHP (lama)", "Pasal 97", "sebulan adalah 30 hari: periode berkelakuan baik dihitung dengan hari sebulan konvensi");
}
