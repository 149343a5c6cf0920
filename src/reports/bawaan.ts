/**
 * The default templates, modelled on the seeds (written into build/templat-bawaan.html as JSON by
 * scripts/build.mjs and read from there by src/reports/templat.ts, so they do not weigh on
 * Code.js) (003: Laporan Kinerja Triwulan and PK of Kec.
 * Lumajang; 001: LKJ of Kec. Klakah). The add-on writes them as Google Docs in the user's report
 * folder, where units change letterhead, logo and wording freely; the placeholder syntax is in
 * template.ts and the README.
 */
import { type Dokumen, type Elemen, p, type Tabel } from "./dokumen";
import type { JenisLaporan } from "./jenis";

const tabel = (baris: string[][], opsi: Omit<Tabel, "jenis" | "baris"> = {}): Tabel => ({
  jenis: "tabel",
  baris,
  ...opsi,
});
const bab = (teks: string) => p(teks, { gaya: "bab", rata: "tengah" });
const subbab = (teks: string) => p(teks, { gaya: "subbab" });
const isi = (teks: string) => p(teks, { rata: "rata" });
const halaman: Elemen = { jenis: "halaman" };

/** Place and date, jabatan, room for the signature and stamp, name and NIP. */
const ttdPimpinan = (denganTanggal = true) =>
  tabel(
    [
      [
        "",
        `${denganTanggal ? "{{tempat}}, {{tanggal}}\n" : ""}{{jabatanPimpinanKapital}}\n\n\n\n{{namaPimpinan}}\nNIP {{nipPimpinan}}`,
      ],
    ],
    { tanpaGaris: true, tengah: true, lebar: [50, 50] },
  );

const TABEL_ANGGARAN = (judulRealisasi: string) =>
  tabel(
    [
      [
        "NO",
        "PROGRAM/KEGIATAN/SUB KEGIATAN",
        "PAGU ANGGARAN (Rp)",
        judulRealisasi,
        "SISA ANGGARAN (Rp)",
        "SERAPAN",
      ],
      ["", "TOTAL", "{{totalPagu}}", "{{totalRealisasi}}", "{{totalSisa}}", "{{totalSerapan}}"],
      [
        "{{anggaran.no}}",
        "{{anggaran.uraian}}",
        "{{anggaran.pagu}}",
        "{{anggaran.realisasi}}",
        "{{anggaran.sisa}}",
        "{{anggaran.serapan}}",
      ],
    ],
    { kepala: 1, tebal: [1], kanan: [2, 3, 4, 5], lebar: [5, 41, 15, 15, 14, 10] },
  );

export const TEMPLATE_TRIWULAN: Dokumen = {
  judul: "Laporan Kinerja Triwulan {{triwulan}} {{tahun}} - {{unit}}",
  elemen: [
    p("LAPORAN KINERJA TRIWULAN {{triwulan}}", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\nTAHUN {{tahun}}", { gaya: "subjudul", rata: "tengah" }),
    halaman,
    bab("KATA PENGANTAR"),
    isi(
      "Dengan memanjatkan puji syukur kehadirat Allah S.W.T. atas segala rahmat dan hidayah-Nya, penyusunan Laporan Kinerja {{unit}} {{kabupaten}} periode triwulan {{triwulan}} Tahun {{tahun}} dapat diselesaikan.",
    ),
    isi(
      "Laporan ini memberikan informasi kinerja {{unit}} dalam periode triwulan {{triwulan}} Tahun {{tahun}}, berupa capaian indikator kinerja sasaran serta realisasi anggaran Program, Kegiatan, dan Sub Kegiatan sampai dengan triwulan {{triwulan}}.",
    ),
    isi(
      "Demikian Laporan Kinerja ini disusun untuk mendapat evaluasi. Besar harapan kami hasil evaluasi yang membangun agar pelaporan kinerja kami menjadi lebih baik pada triwulan berikutnya.",
    ),
    ttdPimpinan(),
    halaman,
    bab("BAB I\nPENDAHULUAN"),
    subbab("A. Latar Belakang"),
    isi(
      "Laporan Kinerja triwulan {{triwulan}} adalah ikhtisar yang menjelaskan secara ringkas dan lengkap tentang capaian kinerja dalam kurun waktu tiga bulan yang disusun berdasarkan rencana kerja yang ditetapkan dalam rangka pelaksanaan Anggaran Pendapatan dan Belanja Daerah (APBD). Laporan ini berisi capaian kinerja dan realisasi anggaran {{unit}} triwulan {{triwulan}} Tahun {{tahun}}.",
    ),
    p("{{#jika adaPerubahan}}"),
    subbab("B. Perubahan Pagu Anggaran"),
    isi(
      "Selama Tahun {{tahun}} pagu anggaran {{unit}} mengalami perubahan sebesar Rp {{totalPengurangan}}, dari Rp {{totalPaguAwal}} menjadi Rp {{totalPagu}}. Berikut pagu anggaran sebelum dan sesudah perubahan:",
    ),
    tabel(
      [
        [
          "NO",
          "KODE SUB KEGIATAN",
          "URAIAN SUB KEGIATAN",
          "PAGU AWAL (Rp)",
          "PAGU PERUBAHAN (Rp)",
          "PENGURANGAN (Rp)",
        ],
        [
          "{{perubahan.no}}",
          "{{perubahan.kode}}",
          "{{perubahan.uraian}}",
          "{{perubahan.paguAwal}}",
          "{{perubahan.pagu}}",
          "{{perubahan.pengurangan}}",
        ],
        ["", "", "JUMLAH SELURUH SUB KEGIATAN", "{{totalPaguAwal}}", "{{totalPagu}}", "{{totalPengurangan}}"],
      ],
      { kepala: 1, tebal: [2], kanan: [3, 4, 5], lebar: [5, 17, 36, 14, 14, 14] },
    ),
    p("{{/jika}}"),
    halaman,
    bab("BAB II\nPERENCANAAN KINERJA"),
    subbab("2.1. Perjanjian Kinerja Tahun {{tahun}}"),
    isi(
      "Perjanjian Kinerja {{unit}} adalah rencana kinerja yang disusun sebagai acuan pelaksanaan kegiatan dalam kurun waktu satu tahun, sebagaimana berikut:",
    ),
    tabel(
      [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["{{indikator.no}}", "{{indikator.sasaran}}", "{{indikator.indikator}}", "{{indikator.target}}"],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    halaman,
    bab("BAB III\nAKUNTABILITAS KINERJA"),
    subbab("3.1. Capaian Kinerja {{unit}}"),
    isi(
      "Pengukuran kinerja dilakukan dengan membandingkan target setiap indikator kinerja sasaran dengan realisasinya. Capaian indikator kinerja {{unit}} sampai dengan triwulan {{triwulan}} Tahun {{tahun}} adalah sebagai berikut:",
    ),
    tabel(
      [
        [
          "NO",
          "SASARAN STRATEGIS",
          "INDIKATOR KINERJA UTAMA",
          "TARGET {{tahun}}",
          "REALISASI S.D. TW {{triwulan}}",
          "CAPAIAN",
          "PREDIKAT",
          "KETERANGAN",
        ],
        [
          "{{indikator.no}}",
          "{{indikator.sasaran}}",
          "{{indikator.indikator}}",
          "{{indikator.target}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaian}}",
          "{{indikator.predikat}}",
          "{{indikator.penjelasan}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4, 5], lebar: [4, 20, 20, 9, 10, 9, 11, 17] },
    ),
    isi("{{kesimpulan}}"),
    subbab("3.2. Realisasi Anggaran"),
    isi(
      "Realisasi anggaran {{unit}} sampai dengan triwulan {{triwulan}} Tahun {{tahun}} sebesar Rp {{totalRealisasi}} dari pagu Rp {{totalPagu}}, atau serapan {{totalSerapan}}, dengan sisa anggaran Rp {{totalSisa}}. Rinciannya per program, kegiatan, dan sub kegiatan:",
    ),
    TABEL_ANGGARAN("REALISASI S.D. TW {{triwulan}} (Rp)"),
    halaman,
    bab("BAB IV\nPENUTUP"),
    isi(
      "Laporan Kinerja Triwulan {{triwulan}} {{unit}} disusun sebagai bentuk pertanggungjawaban {{unit}} atas penyelenggaraan pemerintahan pada triwulan {{triwulan}} Tahun {{tahun}}. {{kesimpulan}}",
    ),
    isi(
      "Demikian Laporan Kinerja Triwulan {{triwulan}} ini disusun. Saran dan kritik selalu kami harapkan untuk penyempurnaan laporan kinerja pada waktu mendatang.",
    ),
    ttdPimpinan(),
  ],
};

const ttdDuaPihak = () =>
  tabel(
    [
      [
        "\nPIHAK KEDUA\n{{jabatanPihakKeduaKapital}}\n\n\n\n{{namaPihakKedua}}",
        "{{tempat}}, {{tanggal}}\nPIHAK PERTAMA\n{{jabatanPimpinanKapital}}\n\n\n\n{{namaPimpinan}}\nNIP {{nipPimpinan}}",
      ],
    ],
    { tanpaGaris: true, tengah: true, lebar: [50, 50] },
  );

export const TEMPLATE_PK: Dokumen = {
  judul: "Perjanjian Kinerja {{tahun}} - {{unit}}",
  elemen: [
    p("PERJANJIAN KINERJA TAHUN {{tahun}}", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{kabupatenKapital}}", { gaya: "subjudul", rata: "tengah" }),
    isi(
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    ),
    tabel(
      [
        ["Nama", ": {{namaPimpinan}}"],
        ["Jabatan", ": {{jabatanPimpinan}}"],
      ],
      { tanpaGaris: true, lebar: [20, 80] },
    ),
    isi("selanjutnya disebut PIHAK PERTAMA,"),
    tabel(
      [
        ["Nama", ": {{namaPihakKedua}}"],
        ["Jabatan", ": {{jabatanPihakKedua}}"],
      ],
      { tanpaGaris: true, lebar: [20, 80] },
    ),
    isi("selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA."),
    isi(
      "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    ),
    isi(
      "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
    ),
    ttdDuaPihak(),
    halaman,
    p("PERJANJIAN KINERJA TAHUN {{tahun}}\n{{unitKapital}} {{kabupatenKapital}}", {
      gaya: "subjudul",
      rata: "tengah",
      tebal: true,
    }),
    tabel(
      [
        ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
        ["{{sasaran.no}}", "{{sasaran.sasaran}}", "{{sasaran.indikator}}", "{{sasaran.target}}"],
      ],
      { kepala: 1, kanan: [3], lebar: [6, 40, 40, 14] },
    ),
    p(""),
    tabel(
      [
        ["NO", "PROGRAM", "ANGGARAN", "KETERANGAN"],
        ["{{program.no}}", "{{program.program}}", "{{program.anggaran}}", "{{program.keterangan}}"],
        ["", "JUMLAH", "{{totalProgram}}", ""],
      ],
      { kepala: 1, tebal: [2], kanan: [2], lebar: [6, 50, 24, 20] },
    ),
    ttdDuaPihak(),
  ],
};

export const TEMPLATE_LKJ: Dokumen = {
  judul: "LKJ {{tahun}} Bab III - {{unit}}",
  elemen: [
    p("LAPORAN KINERJA INSTANSI PEMERINTAH", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\nTAHUN {{tahun}}", { gaya: "subjudul", rata: "tengah" }),
    bab("BAB III\nAKUNTABILITAS KINERJA"),
    subbab("3.1. Capaian Kinerja Organisasi"),
    isi(
      "Pengukuran kinerja membandingkan realisasi setiap indikator dengan targetnya. Untuk indikator yang semakin tinggi realisasinya semakin baik, % capaian kinerja = realisasi / target × 100 %. Skala pengukuran dan predikat kinerja: {{skalaPredikat}}.",
    ),
    subbab("3.1.1. Evaluasi Target dan Realisasi Kinerja Tahun {{tahun}}"),
    tabel(
      [
        ["NO", "SASARAN", "INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN", "PREDIKAT"],
        [
          "{{indikator.no}}",
          "{{indikator.sasaran}}",
          "{{indikator.indikator}}",
          "{{indikator.satuan}}",
          "{{indikator.target}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaian}}",
          "{{indikator.predikat}}",
        ],
      ],
      { kepala: 1, kanan: [4, 5, 6], lebar: [5, 24, 26, 9, 9, 9, 9, 9] },
    ),
    isi(
      "Rata-rata capaian indikator kinerja {{unit}} Tahun {{tahun}} adalah {{rataCapaian}} dengan predikat {{predikatRata}}.",
    ),
    p("{{grafik:capaian}}", { rata: "tengah" }),
    subbab("3.1.2. Perbandingan Realisasi dan Capaian Tahun {{tahun}} dengan Tahun {{tahunLalu}}"),
    tabel(
      [
        [
          "NO",
          "INDIKATOR KINERJA",
          "TARGET {{tahunLalu}}",
          "REALISASI {{tahunLalu}}",
          "CAPAIAN {{tahunLalu}}",
          "TARGET {{tahun}}",
          "REALISASI {{tahun}}",
          "CAPAIAN {{tahun}}",
        ],
        [
          "{{indikator.no}}",
          "{{indikator.indikator}}",
          "{{indikator.targetLalu}}",
          "{{indikator.realisasiLalu}}",
          "{{indikator.capaianLalu}}",
          "{{indikator.target}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaian}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5, 6, 7], lebar: [5, 29, 11, 11, 11, 11, 11, 11] },
    ),
    subbab("3.1.3. Perbandingan Realisasi dengan Target Akhir Renstra"),
    tabel(
      [
        ["NO", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA", "REALISASI {{tahun}}", "CAPAIAN"],
        [
          "{{indikator.no}}",
          "{{indikator.indikator}}",
          "{{indikator.targetRenstra}}",
          "{{indikator.realisasi}}",
          "{{indikator.capaianRenstra}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4], lebar: [6, 46, 16, 16, 16] },
    ),
    subbab("3.1.4. Analisis Capaian Kinerja"),
    tabel(
      [
        ["INDIKATOR KINERJA", "CAPAIAN", "PENJELASAN"],
        ["{{indikator.indikator}}", "{{indikator.capaian}}", "{{indikator.penjelasan}}"],
      ],
      { kepala: 1, kanan: [1], lebar: [32, 12, 56] },
    ),
    subbab("3.1.5. Efisiensi Penggunaan Sumber Daya"),
    isi("Efisiensi = capaian kinerja program − capaian (serapan) anggaran program."),
    tabel(
      [
        ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "CAPAIAN ANGGARAN", "CAPAIAN KINERJA", "EFISIENSI"],
        [
          "{{efisiensi.no}}",
          "{{efisiensi.program}}",
          "{{efisiensi.pagu}}",
          "{{efisiensi.realisasi}}",
          "{{efisiensi.capaianAnggaran}}",
          "{{efisiensi.capaianKinerja}}",
          "{{efisiensi.efisiensi}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5, 6], lebar: [5, 35, 15, 15, 10, 10, 10] },
    ),
    subbab("3.2. Realisasi Anggaran"),
    isi(
      "Pada Tahun {{tahun}} pagu anggaran {{unit}} sebesar Rp {{totalPagu}} dengan realisasi Rp {{totalRealisasi}}, sehingga capaian penyerapan anggaran sebesar {{totalSerapan}} dan sisa anggaran Rp {{totalSisa}}.",
    ),
    TABEL_ANGGARAN("REALISASI (Rp)"),
    ttdPimpinan(),
  ],
};

/** Laporan hasil SKM (PermenPANRB 14/2017, lampiran: sistematika laporan; seed 003's rekapitulasi). */
export const TEMPLATE_SKM: Dokumen = {
  judul: "Laporan SKM {{periode}} - {{unit}}",
  elemen: [
    p("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{periodeKapital}}", { gaya: "subjudul", rata: "tengah" }),
    bab("BAB I\nPENDAHULUAN"),
    isi(
      "Survei Kepuasan Masyarakat (SKM) dilaksanakan untuk mengukur tingkat kepuasan masyarakat atas pelayanan {{unit}}, sebagaimana diwajibkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik. Hasilnya menjadi bahan perbaikan kualitas pelayanan.",
    ),
    isi("Jenis layanan yang disurvei: {{jenisLayanan}}."),
    bab("BAB II\nMETODE SURVEI"),
    isi(
      "Survei memakai kuesioner {{jumlahPertanyaan}} pertanyaan untuk {{jumlahUnsur}} unsur pelayanan, dengan empat pilihan jawaban bernilai 1 sampai 4. Nilai Indeks Kepuasan Masyarakat (IKM) dihitung menurut {{metode}}: nilai rata-rata (NRR) setiap unsur dengan {{bobot}}, dikalikan 25 sehingga berada pada skala 25 sampai 100.",
    ),
    isi(
      "Survei dilaksanakan {{periodeSurvei}} terhadap {{jumlahResponden}} responden. Populasi penerima layanan {{populasi}}, sampel minimal {{sampelMinimal}}. {{kalimatSampel}}",
    ),
    bab("BAB III\nHASIL SURVEI"),
    subbab("3.1. Profil Responden"),
    p("{{#jika profil}}"),
    tabel(
      [
        ["KARAKTERISTIK", "URAIAN", "JUMLAH", "PERSENTASE"],
        ["{{profil.kategori}}", "{{profil.uraian}}", "{{profil.jumlah}}", "{{profil.persen}}"],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [28, 36, 16, 20] },
    ),
    p("{{/jika}}"),
    subbab("3.2. Nilai per Unsur Pelayanan dan IKM"),
    tabel(
      [
        ["NO", "UNSUR PELAYANAN", "NRR", "NRR TERTIMBANG", "NILAI UNSUR (× 25)"],
        ["{{unsur.no}}", "{{unsur.unsur}}", "{{unsur.nrr}}", "{{unsur.nrrTertimbang}}", "{{unsur.ikmUnsur}}"],
        ["", "NILAI IKM", "", "", "{{ikm}}"],
      ],
      { kepala: 1, tebal: [2], kanan: [2, 3, 4], lebar: [6, 46, 14, 16, 18] },
    ),
    isi("Nilai IKM {{unit}} {{periode}} adalah {{ikm}}, dengan mutu pelayanan {{mutu}} ({{kinerjaMutu}})."),
    p("{{grafik:nrr}}", { rata: "tengah" }),
    subbab("3.3. Nilai per Pertanyaan"),
    tabel(
      [
        ["NO", "UNSUR", "PERTANYAAN", "JUMLAH NILAI", "RTMK", "NRR"],
        [
          "{{pertanyaan.no}}",
          "{{pertanyaan.unsur}}",
          "{{pertanyaan.pertanyaan}}",
          "{{pertanyaan.jumlahNilai}}",
          "{{pertanyaan.rtmk}}",
          "{{pertanyaan.nrr}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4, 5], lebar: [5, 22, 43, 12, 8, 10] },
    ),
    p("{{#jika layanan}}"),
    subbab("3.4. IKM per Jenis Layanan"),
    tabel(
      [
        ["NO", "JENIS LAYANAN", "RESPONDEN", "IKM", "MUTU"],
        [
          "{{layanan.no}}",
          "{{layanan.layanan}}",
          "{{layanan.responden}}",
          "{{layanan.ikm}}",
          "{{layanan.mutu}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [6, 44, 14, 14, 22] },
    ),
    p("{{/jika}}"),
    p("{{#jika tren}}"),
    subbab("3.5. Perkembangan IKM per Triwulan"),
    tabel(
      [
        ["PERIODE", "RESPONDEN", "IKM", "MUTU"],
        ["{{tren.periode}}", "{{tren.responden}}", "{{tren.ikm}}", "{{tren.mutu}}"],
      ],
      { kepala: 1, kanan: [1, 2], lebar: [30, 20, 20, 30] },
    ),
    p("{{/jika}}"),
    p("{{#jika adaIpa}}"),
    subbab("3.6. Importance-Performance Analysis (IPA)"),
    isi(
      "Setiap unsur dipetakan menurut nilai kinerja (NRR) dan kepentingannya, di sekitar rata-rata kinerja {{rataKinerja}} dan rata-rata kepentingan {{rataKepentingan}} (Martilla dan James). Kuadran I adalah prioritas perbaikan.",
    ),
    tabel(
      [
        ["NO", "UNSUR", "KINERJA", "KEPENTINGAN", "KUADRAN", "KETERANGAN"],
        [
          "{{ipa.no}}",
          "{{ipa.unsur}}",
          "{{ipa.kinerja}}",
          "{{ipa.kepentingan}}",
          "{{ipa.kuadran}}",
          "{{ipa.keterangan}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3], lebar: [6, 34, 13, 15, 12, 20] },
    ),
    p("{{grafik:ipa}}", { rata: "tengah" }),
    p("{{/jika}}"),
    bab("BAB IV\nANALISIS DAN TINDAK LANJUT"),
    isi(
      "Unsur dengan nilai terendah adalah {{unsurTerendah}} (NRR {{nrrTerendah}}), terutama pada pertanyaan: {{pertanyaanTerendah}}.",
    ),
    p("{{#jika saran}}"),
    subbab("4.1. Saran dan Masukan Responden"),
    tabel(
      [
        ["NO", "SARAN", "JUMLAH"],
        ["{{saran.no}}", "{{saran.saran}}", "{{saran.jumlah}}"],
      ],
      { kepala: 1, kanan: [2], lebar: [6, 80, 14] },
    ),
    p("{{/jika}}"),
    p("{{#jika tindakLanjut}}"),
    subbab("4.2. Rencana Tindak Lanjut"),
    tabel(
      [
        ["NO", "UNSUR", "RENCANA TINDAK LANJUT", "WAKTU", "PENANGGUNG JAWAB"],
        [
          "{{tindakLanjut.no}}",
          "{{tindakLanjut.unsur}}",
          "{{tindakLanjut.rencana}}",
          "{{tindakLanjut.waktu}}",
          "{{tindakLanjut.penanggungJawab}}",
        ],
      ],
      { kepala: 1, lebar: [5, 22, 43, 13, 17] },
    ),
    p("{{/jika}}"),
    ttdPimpinan(),
  ],
};

/** The one-page poster units publish at the service counter (seed 003's last page). */
export const TEMPLATE_POSTER: Dokumen = {
  judul: "Poster IKM {{periode}} - {{unit}}",
  elemen: [
    p("INDEKS KEPUASAN MASYARAKAT (IKM)", { gaya: "judul", rata: "tengah" }),
    p("{{unitKapital}}\n{{kabupatenKapital}}\n{{periodeKapital}}", { gaya: "subjudul", rata: "tengah" }),
    p("NILAI IKM", { rata: "tengah", tebal: true }),
    p("{{ikm}}", { gaya: "judul", rata: "tengah", ukuran: 48 }),
    p("MUTU PELAYANAN: {{mutu}} ({{kinerjaMutuKapital}})", { gaya: "subbab", rata: "tengah", ukuran: 16 }),
    tabel(
      [
        ["Jenis layanan", ": {{jenisLayanan}}"],
        ["Jumlah responden", ": {{jumlahResponden}} orang"],
        ["Periode survei", ": {{periodeSurvei}}"],
      ],
      { tanpaGaris: true, lebar: [35, 65] },
    ),
    p("{{grafik:nrr}}", { rata: "tengah" }),
    p(
      "TERIMA KASIH ATAS PENILAIAN YANG ANDA BERIKAN. MASUKAN ANDA SANGAT BERMANFAAT UNTUK KEMAJUAN UNIT KAMI AGAR TERUS MEMPERBAIKI DAN MENINGKATKAN KUALITAS PELAYANAN BAGI MASYARAKAT.",
      { rata: "tengah", tebal: true },
    ),
  ],
};

const KOP_RKA = (): Elemen[] => [
  tabel(
    [
      ["RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH", "FORMULIR\nRKA - SKPD 2.2.1"],
      ["{{kabupatenKapital}}\nTAHUN ANGGARAN {{tahun}}", ""],
    ],
    { tebal: [0], tengah: true, lebar: [70, 30] },
  ),
];

/** RKA-SKPD 2.2.1 of one kegiatan, as seed 004 prints it. */
export const TEMPLATE_RKA: Dokumen = {
  judul: "RKA-SKPD 2.2.1 {{tahun}} - {{kegiatan}}",
  elemen: [
    ...KOP_RKA(),
    tabel(
      [
        ["Urusan Pemerintahan", ": {{urusan}}"],
        ["Organisasi", ": {{organisasi}}"],
        ["Program", ": {{program}}"],
        ["Kegiatan", ": {{kodeKegiatan}} {{kegiatan}}"],
        ["Lokasi Kegiatan", ": {{lokasi}}"],
        ["Jumlah Tahun {{tahunLalu}}", ": Rp {{jumlahTahunLalu}} ({{terbilangTahunLalu}})"],
        ["Jumlah Tahun {{tahun}}", ": Rp {{jumlahTahunIni}} ({{terbilangTahunIni}})"],
        ["Jumlah Tahun {{tahunDepan}}", ": Rp {{jumlahTahunDepan}} ({{terbilangTahunDepan}})"],
      ],
      { tanpaGaris: true, lebar: [25, 75] },
    ),
    subbab("Indikator & Tolak Ukur Kinerja Belanja Langsung"),
    tabel(
      [
        ["INDIKATOR", "TOLAK UKUR KINERJA", "TARGET KINERJA"],
        ["Capaian Program", "{{capaianProgram}}", "{{targetCapaianProgram}}"],
        ["Masukan", "{{masukan}}", "{{targetMasukan}}"],
        ["Keluaran", "{{keluaran}}", "{{targetKeluaran}}"],
        ["Hasil", "{{hasil}}", "{{targetHasil}}"],
      ],
      { kepala: 1, lebar: [20, 55, 25] },
    ),
    isi("Kelompok Sasaran Kegiatan: {{kelompokSasaran}}"),
    p("{{#jika rincian}}"),
    subbab("Rincian Anggaran Belanja Langsung"),
    tabel(
      [
        ["NO", "KODE REKENING", "URAIAN", "VOLUME", "SATUAN", "HARGA SATUAN (Rp)", "JUMLAH (Rp)"],
        [
          "{{rincian.no}}",
          "{{rincian.kodeRekening}}",
          "{{rincian.uraian}}",
          "{{rincian.volume}}",
          "{{rincian.satuan}}",
          "{{rincian.harga}}",
          "{{rincian.jumlah}}",
        ],
        ["", "", "JUMLAH", "", "", "", "{{jumlahRincian}}"],
      ],
      { kepala: 1, tebal: [2], kanan: [3, 5, 6], lebar: [5, 15, 34, 9, 9, 14, 14] },
    ),
    p("{{/jika}}"),
    isi("Prakiraan maju tahun {{tahunDepan}} sebesar {{persenMaju}} % dari tahun {{tahun}}."),
    ttdPimpinan(),
  ],
};

/** KAK/TOR of one kegiatan (seeds 000, 004). */
export const TEMPLATE_KAK: Dokumen = {
  judul: "KAK {{tahun}} - {{kegiatan}}",
  elemen: [
    p("KERANGKA ACUAN KERJA (KAK)\nTERM OF REFERENCE (TOR)", { gaya: "judul", rata: "tengah" }),
    tabel(
      [
        ["Nama Program", ": {{program}}"],
        ["Nama Kegiatan", ": {{kodeKegiatan}} {{kegiatan}}"],
        ["Indikator Program", ": {{capaianProgram}} ({{targetCapaianProgram}})"],
        ["Indikator Keluaran", ": {{keluaran}} ({{targetKeluaran}})"],
        ["Indikator Hasil", ": {{hasil}} ({{targetHasil}})"],
        ["Anggaran Tahun {{tahun}}", ": Rp {{jumlahTahunIni}} ({{terbilangTahunIni}})"],
      ],
      { tanpaGaris: true, lebar: [25, 75] },
    ),
    subbab("A. Latar Belakang"),
    isi("{{latarBelakang}}"),
    subbab("B. Dasar Hukum"),
    isi("{{dasarHukum}}"),
    subbab("C. Maksud dan Tujuan"),
    isi("{{maksudTujuan}}"),
    subbab("D. Bentuk dan Konsep Kegiatan"),
    isi("{{bentukKegiatan}}"),
    isi("{{konsepKegiatan}}"),
    subbab("E. Mekanisme dan Prosedur"),
    isi("{{mekanisme}}"),
    subbab("F. Waktu dan Tempat Pelaksanaan"),
    isi("Waktu: {{waktuPelaksanaan}}. Tempat: {{tempatPelaksanaan}}."),
    subbab("G. Biaya"),
    isi(
      "Kegiatan ini dibiayai APBD Tahun {{tahun}} sebesar Rp {{jumlahTahunIni}} ({{terbilangTahunIni}}), dengan prakiraan maju tahun {{tahunDepan}} Rp {{jumlahTahunDepan}}.",
    ),
    subbab("H. Manfaat"),
    isi("{{manfaat}}"),
    subbab("I. Kelompok Sasaran"),
    isi("{{kelompokSasaran}}"),
    ttdPimpinan(),
  ],
};

const kolomKRp = (judul: string): string[] => [judul, ""];

/** T-C.29, Permendagri 86/2017 (seed 002). */
export const TEMPLATE_TC29: Dokumen = {
  lanskap: true,
  judul: "Renja T-C.29 {{tahun}} - {{unit}}",
  elemen: [
    p("Tabel T-C.29", { rata: "tengah", tebal: true }),
    p(
      "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s.d. Tahun {{tahunN1}}\n{{kabupaten}}\n{{unit}}",
      { rata: "tengah", tebal: true },
    ),
    tabel(
      [
        [
          "NO",
          "SASARAN",
          "PROGRAM/KEGIATAN",
          "INDIKATOR KINERJA",
          ...kolomKRp("TARGET AKHIR RENSTRA"),
          ...kolomKRp("REALISASI S.D. {{tahunN2}}"),
          ...kolomKRp("TARGET {{tahunN1}}"),
          ...kolomKRp("TW I"),
          ...kolomKRp("TW II"),
          ...kolomKRp("TW III"),
          ...kolomKRp("TW IV"),
          ...kolomKRp("REALISASI {{tahunN1}}"),
          ...kolomKRp("REALISASI S.D. {{tahunN1}}"),
          ...kolomKRp("TINGKAT CAPAIAN"),
          "PREDIKAT",
        ],
        ["", "", "", "", ...Array.from({ length: 10 }, () => ["K", "Rp"]).flat(), ""],
        [
          "1",
          "2",
          "3",
          "4",
          "5",
          "",
          "6",
          "",
          "7",
          "",
          "8",
          "",
          "9",
          "",
          "10",
          "",
          "11",
          "",
          "12",
          "",
          "13 = 6 + 12",
          "",
          "14 = 13 / 5 × 100 %",
          "",
          "15",
        ],
        [
          "{{evaluasi.no}}",
          "{{evaluasi.sasaran}}",
          "{{evaluasi.programKegiatan}}",
          "{{evaluasi.indikator}}",
          ...[5, 6, 7, 8, 9, 10, 11, 12, 13, 14].flatMap((c) => [
            `{{evaluasi.k${c}}}`,
            `{{evaluasi.rp${c}}}`,
          ]),
          "{{evaluasi.predikat}}",
        ],
      ],
      { kepala: 3 },
    ),
    isi(
      "Predikat tingkat capaian kinerja menurut Permendagri 86/2017: ≥ 91 % Sangat Tinggi; 76-90 % Tinggi; 66-75 % Sedang; 51-65 % Rendah; ≤ 50 % Sangat Rendah.",
    ),
    ttdPimpinan(),
  ],
};

/** T-C.30 (seed 002). */
export const TEMPLATE_TC30: Dokumen = {
  judul: "Renja T-C.30 {{tahun}} - {{unit}}",
  elemen: [
    p("Tabel T-C.30", { rata: "tengah", tebal: true }),
    p("Pencapaian Kinerja Pelayanan Perangkat Daerah {{unit}}\n{{kabupaten}}", {
      rata: "tengah",
      tebal: true,
    }),
    tabel(
      [
        [
          "NO",
          "INDIKATOR",
          "TARGET {{tahunN5}}",
          "TARGET {{tahunN4}}",
          "TARGET {{tahunN3}}",
          "TARGET {{tahunN2}}",
          "REALISASI {{tahunN2}}",
          "REALISASI {{tahunN1}}",
          "PROYEKSI {{tahun}}",
          "PROYEKSI {{tahunDepan}}",
          "CATATAN ANALISIS",
        ],
        [
          "{{pelayanan.no}}",
          "{{pelayanan.indikator}}",
          "{{pelayanan.t1}}",
          "{{pelayanan.t2}}",
          "{{pelayanan.t3}}",
          "{{pelayanan.t4}}",
          "{{pelayanan.realisasiN2}}",
          "{{pelayanan.realisasiN1}}",
          "{{pelayanan.proyeksiN}}",
          "{{pelayanan.proyeksiN1}}",
          "{{pelayanan.catatan}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5, 6, 7, 8, 9] },
    ),
    ttdPimpinan(),
  ],
};

/** T-C.33 (seed 002). */
export const TEMPLATE_TC33: Dokumen = {
  lanskap: true,
  judul: "Renja T-C.33 {{tahun}} - {{unit}}",
  elemen: [
    p("Tabel T-C.33", { rata: "tengah", tebal: true }),
    p(
      "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {{tahun}} dan Prakiraan Maju Tahun {{tahunDepan}}\n{{unit}}\n{{kabupaten}}",
      { rata: "tengah", tebal: true },
    ),
    tabel(
      [
        [
          "NO",
          "PROGRAM DAN KEGIATAN",
          "INDIKATOR KINERJA",
          "LOKASI",
          "TARGET {{tahun}}",
          "PAGU INDIKATIF {{tahun}} (Rp)",
          "SUMBER DANA",
          "CATATAN PENTING",
          "TARGET {{tahunDepan}}",
          "PAGU INDIKATIF {{tahunDepan}} (Rp)",
        ],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        [
          "{{rencana.no}}",
          "{{rencana.programKegiatan}}",
          "{{rencana.indikator}}",
          "{{rencana.lokasi}}",
          "{{rencana.targetN}}",
          "{{rencana.paguN}}",
          "{{rencana.sumberDana}}",
          "{{rencana.catatan}}",
          "{{rencana.targetN1}}",
          "{{rencana.paguN1}}",
        ],
        ["", "JUMLAH", "", "", "", "{{totalPaguN}}", "", "", "", "{{totalPaguN1}}"],
      ],
      { kepala: 2, tebal: [3], kanan: [4, 5, 8, 9] },
    ),
    ttdPimpinan(),
  ],
};

export const TEMPLATE_BAWAAN: Record<JenisLaporan, Dokumen> = {
  triwulan: TEMPLATE_TRIWULAN,
  pk: TEMPLATE_PK,
  lkj: TEMPLATE_LKJ,
  skm: TEMPLATE_SKM,
  poster: TEMPLATE_POSTER,
  rka: TEMPLATE_RKA,
  kak: TEMPLATE_KAK,
  tc29: TEMPLATE_TC29,
  tc30: TEMPLATE_TC30,
  tc33: TEMPLATE_TC33,
};
