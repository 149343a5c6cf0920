/** Laporan Kinerja Triwulan, modelled on seed 003 (Kec. Lumajang). */

import type { KunciTriwulan } from "../laporan/triwulan";
import type { Dokumen } from "../model";
import { BAGIAN_NARASI } from "./narasi";
import { tabelRenstraTriwulan } from "./renstra";
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
    p("{{#jika hurufGambaran}}"),
    subbab("{{hurufGambaran}}. Gambaran Umum Organisasi"),
    p("{{#jika tugas}}"),
    isi("{{tugas}}"),
    p("{{/jika}}"),
    p("{{#jika struktur}}"),
    isi("Susunan organisasi {{unit}} terdiri atas:"),
    tabel([["{{struktur.no}}", "{{struktur.uraian}}"]], { tanpaGaris: true, lebar: [8, 92] }),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika adaPerubahan}}"),
    subbab("{{hurufPerubahan}}. Perubahan Pagu Anggaran"),
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
      "Pengukuran kinerja dilakukan dengan membandingkan target setiap indikator kinerja sasaran dengan realisasinya, sehingga diketahui selisih atau celah kinerja (performance gap) sebagai dasar evaluasi guna peningkatan kinerja di masa yang akan datang.",
    ),
    p(
      "1. Capaian indikator antara target dengan realisasi kinerja {{unit}} sampai dengan triwulan {{triwulan}} Tahun {{tahun}} adalah sebagai berikut:",
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
          "BUKTI DUKUNG",
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
          "{{indikator.bukti}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4, 5], lebar: [4, 17, 18, 8, 9, 8, 10, 14, 12] },
    ),
    p("{{#jika kalimatIkm}}"),
    isi("{{kalimatIkm}}"),
    p("{{/jika}}"),
    isi("{{kesimpulan}}"),
    // Issue 15: the quarter against the Rencana Aksi (its target of the quarter, or to date).
    p("{{#jika capaianRa}}"),
    isi("Capaian per triwulan terhadap target Rencana Aksi:"),
    tabel(
      [
        [
          "NO",
          "INDIKATOR KINERJA",
          "TRIWULAN",
          "TARGET",
          "REALISASI",
          "CAPAIAN",
          "TW I",
          "TW II",
          "TW III",
          "TW IV",
          "TARGET TAHUN",
          "CAPAIAN TAHUN",
        ],
        [
          "{{capaianRa.no}}",
          "{{capaianRa.indikator}}",
          "{{capaianRa.jenis}}",
          "{{capaianRa.targetTw}}",
          "{{capaianRa.realisasiTw}}",
          "{{capaianRa.capaianTw}}",
          "{{capaianRa.tw1}}",
          "{{capaianRa.tw2}}",
          "{{capaianRa.tw3}}",
          "{{capaianRa.tw4}}",
          "{{capaianRa.targetTahun}}",
          "{{capaianRa.capaianTahun}}",
        ],
      ],
      { kepala: 1, kanan: [3, 4, 5, 6, 7, 8, 9, 10, 11], lebar: [4, 24, 8, 7, 7, 7, 7, 7, 7, 7, 7, 8] },
    ),
    p("{{/jika}}"),
    p("{{#jika adaPerbandingan}}"),
    p(
      "2. Perbandingan antara realisasi kinerja serta capaian kinerja tahun {{tahun}} dengan tahun {{tahunLalu}}",
    ),
    isi(
      "Berikut adalah perbandingan target dan realisasi indikator kinerja {{unit}} tahun {{tahunLalu}} dengan tahun {{tahun}}:",
    ),
    tabel(
      [
        [
          "NO",
          "INDIKATOR KINERJA",
          "TARGET TAHUN {{tahunLalu}}",
          "REALISASI TAHUN {{tahunLalu}}",
          "TARGET TAHUN {{tahun}}",
          "REALISASI S.D. TW {{triwulan}} TAHUN {{tahun}}",
        ],
        [
          "{{perbandingan.no}}",
          "{{perbandingan.indikator}}",
          "{{perbandingan.targetLalu}}",
          "{{perbandingan.realisasiLalu}}",
          "{{perbandingan.target}}",
          "{{perbandingan.realisasi}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5], lebar: [5, 43, 13, 13, 13, 13] },
    ),
    isi(
      "Berikut adalah perbandingan realisasi dan capaian indikator kinerja {{unit}} tahun {{tahunLalu}} dengan tahun {{tahun}}:",
    ),
    tabel(
      [
        [
          "NO",
          "INDIKATOR KINERJA",
          "REALISASI TAHUN {{tahunLalu}}",
          "CAPAIAN TAHUN {{tahunLalu}}",
          "REALISASI S.D. TW {{triwulan}} TAHUN {{tahun}}",
          "CAPAIAN TAHUN {{tahun}}",
        ],
        [
          "{{perbandingan.no}}",
          "{{perbandingan.indikator}}",
          "{{perbandingan.realisasiLalu}}",
          "{{perbandingan.capaianLalu}}",
          "{{perbandingan.realisasi}}",
          "{{perbandingan.capaian}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4, 5], lebar: [5, 43, 13, 13, 13, 13] },
    ),
    p("{{#jika kalimatPerbandingan}}"),
    isi("{{kalimatPerbandingan}}"),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika adaRenstra}}"),
    p("3. Perbandingan realisasi kinerja sampai dengan tahun {{tahun}} dengan target jangka menengah"),
    ...tabelRenstraTriwulan(),
    p("{{#jika adaRenstraAkhir}}"),
    isi(
      "Realisasi indikator kinerja {{unit}} sampai dengan triwulan {{triwulan}} Tahun {{tahun}} dibandingkan dengan target akhir Rencana Strategis (Renstra):",
    ),
    tabel(
      [
        [
          "NO",
          "INDIKATOR KINERJA",
          "TARGET AKHIR RENSTRA",
          "REALISASI S.D. TW {{triwulan}} TAHUN {{tahun}}",
          "CAPAIAN TERHADAP TARGET AKHIR",
        ],
        [
          "{{renstra.no}}",
          "{{renstra.indikator}}",
          "{{renstra.targetRenstra}}",
          "{{renstra.realisasi}}",
          "{{renstra.capaianRenstra}}",
        ],
      ],
      { kepala: 1, kanan: [2, 3, 4], lebar: [5, 50, 15, 15, 15] },
    ),
    p("{{/jika}}"),
    p("{{#jika kalimatTrenRenstra}}"),
    isi("{{kalimatTrenRenstra}}"),
    p("{{/jika}}"),
    p("{{#jika kalimatRenstra}}"),
    isi("{{kalimatRenstra}}"),
    p("{{/jika}}"),
    p("{{/jika}}"),
    // Item 4, one part per indicator, by the LKJ's rule (./narasi.ts): what the quarter achieved
    // against target, against last year and the Renstra end target, the unit's causes and solutions.
    p("{{#jika narasi}}"),
    p(
      "4. Analisis Penyebab Keberhasilan/ Kegagalan atau Peningkatan/ Penurunan Kinerja serta Alternatif Solusi yang telah dilakukan",
    ),
    ...BAGIAN_NARASI,
    p("{{/jika}}"),
    p("{{#jika kalimatEfisiensi}}"),
    p("5. Analisis atas efisiensi penggunaan sumber daya"),
    isi("{{kalimatEfisiensi}}"),
    p("{{#jika adaEfisiensiProgram}}"),
    isi("Efisiensi per program, yaitu capaian indikator program dikurangi serapan anggarannya:"),
    tabel(
      [
        ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "SERAPAN ANGGARAN", "CAPAIAN KINERJA", "EFISIENSI"],
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
      { kepala: 1, kanan: [2, 3, 4, 5, 6], lebar: [5, 33, 14, 14, 11, 11, 12] },
    ),
    p("{{/jika}}"),
    p("{{/jika}}"),
    p("{{#jika adaProgramKinerja}}"),
    p(
      "6. Analisis program / kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian perjanjian kinerja.",
    ),
    tabel(
      [
        ["NO", "INDIKATOR KINERJA", "PROGRAM/KEGIATAN YANG MENUNJANG", "PROGRAM/KEGIATAN YANG MENGHAMBAT"],
        [
          "{{programKinerja.no}}",
          "{{programKinerja.indikator}}",
          "{{programKinerja.penunjang}}",
          "{{programKinerja.penghambat}}",
        ],
      ],
      { kepala: 1, lebar: [5, 25, 40, 30] },
    ),
    p("{{/jika}}"),
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
