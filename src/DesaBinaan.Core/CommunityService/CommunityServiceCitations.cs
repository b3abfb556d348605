using DesaBinaan.Core.Common;

namespace DesaBinaan.Core.CommunityService;

/// <summary>The legal bases of community service (<i>pidana kerja sosial</i>) cited by the order, the ledger and their texts.</summary>
internal static class CommunityServiceCitations
{
    public const string Code = "UU 1/2023";

    public static readonly Citation WhenImposed = new(Code, "Pasal 85 ayat (1)", "tindak pidana diancam pidana penjara kurang dari 5 tahun; hakim menjatuhkan pidana penjara paling lama 6 bulan atau pidana denda paling banyak kategori II");
    public static readonly Citation NotCommercial = new(Code, "Pasal 85 ayat (3)", "pelaksanaan pidana kerja sosial tidak boleh dikomersialkan");
    public static readonly Citation Hours = new(Code, "Pasal 85 ayat (4)", "paling singkat 8 jam dan paling lama 240 jam");
    public static readonly Citation Daily = new(Code, "Pasal 85 ayat (5)", "paling lama 8 jam dalam 1 hari, dapat diangsur paling lama 6 bulan");
    public static readonly Citation InJudgment = new(Code, "Pasal 85 ayat (6)", "pelaksanaan pidana kerja sosial dimuat dalam putusan pengadilan");
    public static readonly Citation Failure = new(Code, "Pasal 85 ayat (7)", "tanpa alasan yang sah tidak melaksanakan seluruh atau sebagian: mengulangi, menjalani pidana penjara yang diganti, atau membayar pidana denda yang diganti, seluruh atau sebagian");
    public static readonly Citation ProRata = new(Code, "Pasal 85 ayat (7)", "cara mengukur 'sebagian' tidak diatur; aturan pro rata jam yang belum dijalani adalah parameter, bukan bunyi undang-undang");
    public static readonly Citation Guidance = new(Code, "Pasal 85 ayat (8)", "pengawasan oleh jaksa dan pembimbingan oleh pembimbing kemasyarakatan");
    public static readonly Citation JudgmentContents = new(Code, "Pasal 85 ayat (9)", "putusan memuat: a. pidana penjara atau denda yang diganti; b. jam kerja sosial, jam per hari dan jangka waktu penyelesaian; c. perintah jika tidak dilaksanakan");
    public static readonly Citation CategoryII = new(Code, "Pasal 79 ayat (1) huruf b", "pidana denda kategori II: Rp10.000.000");
    public static readonly Citation Month = new(Code, "Pasal 184", "satu bulan adalah 30 hari");
    public static readonly Citation InForce = new(Code, "Pasal 624", "mulai berlaku 3 tahun sejak diundangkan (2 Januari 2023): 2 Januari 2026");
    public static readonly Citation Placement = new(Code, "Pasal 85 ayat (8)", "pembimbingan oleh Bapas di lokasi mitra; bahwa lokasi harus dicakup perjanjian kerja sama penempatan yang berlaku pada hari itu adalah kebijakan kerja sama UPT (Permenkumham 14/2023), bukan bunyi Pasal 85");
}
