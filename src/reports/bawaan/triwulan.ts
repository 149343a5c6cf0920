/** Laporan Kinerja Triwulan, modelled on seed 003 (Kec. Lumajang). */

import type { KunciTriwulan } from "../laporan/triwulan";
import type { Dokumen } from "../model";
import { halaman, pembuat, TABEL_ANGGARAN, ttdPimpinan } from "./umum";

const { teks, p, bab, subbab, isi, tabel } = pembuat<KunciTriwulan>();

export const TEMPLATE_TRIWULAN: Dokumen = {
  judul: teks("Laporan Kinerja Triwulan {{triwulan}} {{tahun}} - {{unit}}"),
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
    p("{{#jika kalimatIkm}}"),
    isi("{{kalimatIkm}}"),
    p("{{/jika}}"),
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
