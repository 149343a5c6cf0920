/** LKJ Bab III, modelled on seed 001 (Kec. Klakah). */

import type { KunciLkj } from "../laporan/lkj";
import type { Dokumen } from "../model";
import { pembuat, TABEL_ANGGARAN, ttdPimpinan } from "./umum";

const { teks, p, bab, subbab, isi, tabel } = pembuat<KunciLkj>();

export const TEMPLATE_LKJ: Dokumen = {
  judul: teks("LKJ {{tahun}} Bab III - {{unit}}"),
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
    p("{{#jika kalimatIkm}}"),
    isi("{{kalimatIkm}}"),
    p("{{/jika}}"),
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
