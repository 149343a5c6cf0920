/**
 * The default templates, modelled on the seeds (003: Laporan Kinerja Triwulan and PK of Kec.
 * Lumajang; 001: LKJ of Kec. Klakah). The add-on writes them as Google Docs in the user's report
 * folder, where units change letterhead, logo and wording freely; the placeholder syntax is in
 * template.ts and the README.
 */
import { type Dokumen, type Elemen, p, type Tabel } from "./dokumen";

export type JenisLaporan = "triwulan" | "pk" | "lkj";

export const NAMA_LAPORAN: Record<JenisLaporan, string> = {
  triwulan: "Laporan Kinerja Triwulan",
  pk: "Perjanjian Kinerja",
  lkj: "LKJ Tahunan (Bab III)",
};

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

export const TEMPLATE_BAWAAN: Record<JenisLaporan, Dokumen> = {
  triwulan: TEMPLATE_TRIWULAN,
  pk: TEMPLATE_PK,
  lkj: TEMPLATE_LKJ,
};
