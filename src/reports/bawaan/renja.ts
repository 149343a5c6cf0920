/** The Renja tables T-C.29 to T-C.33 of Permendagri 86/2017, modelled on seed 002. */

import type { KunciTc29, KunciTc30, KunciTc31, KunciTc32, KunciTc33 } from "../laporan/renja";
import type { Dokumen } from "../model";
import { pembuat, ttdPimpinan } from "./umum";

const tc29 = pembuat<KunciTc29>();
const tc30 = pembuat<KunciTc30>();
const tc31 = pembuat<KunciTc31>();
const tc32 = pembuat<KunciTc32>();
const tc33 = pembuat<KunciTc33>();

const kolomKRp = (judul: string): string[] => [judul, ""];

/** The first column of each "K | Rp" pair of T-C.29 (columns 5 to 14 of the form). */
const PASANGAN = Array.from({ length: 10 }, (_, i) => 4 + 2 * i);

/** T-C.29, Permendagri 86/2017 (seed 002). */
export const TEMPLATE_TC29: Dokumen = {
  lanskap: true,
  judul: tc29.teks("Renja T-C.29 {{tahun}} - {{unit}}"),
  elemen: [
    tc29.p("Tabel T-C.29", { rata: "tengah", tebal: true }),
    tc29.p(
      "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s.d. Tahun {{tahunN1}}\n{{kabupaten}}\n{{unit}}",
      { rata: "tengah", tebal: true },
    ),
    tc29.tabel(
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
      {
        kepala: 3,
        // The form's header: NO..INDIKATOR and PREDIKAT over two rows, each column group over its
        // "K | Rp" pair, and the pair's number over both.
        gabung: [
          ...[0, 1, 2, 3, 24].map((kolom) => ({ baris: 0, kolom, barisRentang: 2 })),
          ...PASANGAN.flatMap((kolom) => [
            { baris: 0, kolom, kolomRentang: 2 },
            { baris: 2, kolom, kolomRentang: 2 },
          ]),
        ],
        kanan: PASANGAN.flatMap((k) => [k, k + 1]),
        lebar: [3, 10, 12, 12, ...PASANGAN.flatMap(() => [3.5, 5.5]), 6],
        ukuran: 8,
      },
    ),
    tc29.isi(
      "Predikat tingkat capaian kinerja menurut Permendagri 86/2017: ≥ 91 % Sangat Tinggi; 76-90 % Tinggi; 66-75 % Sedang; 51-65 % Rendah; ≤ 50 % Sangat Rendah.",
    ),
    ttdPimpinan(),
  ],
};

/** T-C.30 (seed 002). */
export const TEMPLATE_TC30: Dokumen = {
  judul: tc30.teks("Renja T-C.30 {{tahun}} - {{unit}}"),
  elemen: [
    tc30.p("Tabel T-C.30", { rata: "tengah", tebal: true }),
    tc30.p("Pencapaian Kinerja Pelayanan Perangkat Daerah {{unit}}\n{{kabupaten}}", {
      rata: "tengah",
      tebal: true,
    }),
    tc30.tabel(
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
  judul: tc33.teks("Renja T-C.33 {{tahun}} - {{unit}}"),
  elemen: [
    tc33.p("Tabel T-C.33", { rata: "tengah", tebal: true }),
    tc33.p(
      "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {{tahun}} dan Prakiraan Maju Tahun {{tahunDepan}}\n{{unit}}\n{{kabupaten}}",
      { rata: "tengah", tebal: true },
    ),
    tc33.tabel(
      [
        [
          "NO",
          "PROGRAM DAN KEGIATAN",
          "INDIKATOR KINERJA",
          "RENCANA TAHUN {{tahun}}",
          "",
          "",
          "",
          "CATATAN PENTING",
          "PRAKIRAAN MAJU RENCANA TAHUN {{tahunDepan}}",
          "",
        ],
        [
          "",
          "",
          "",
          "LOKASI",
          "TARGET",
          "PAGU INDIKATIF (Rp)",
          "SUMBER DANA",
          "",
          "TARGET",
          "PAGU INDIKATIF (Rp)",
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
        ["JUMLAH", "", "", "", "", "{{totalPaguN}}", "", "", "", "{{totalPaguN1}}"],
      ],
      {
        kepala: 3,
        tebal: [4],
        kanan: [4, 5, 8, 9],
        // The form's groups: Rencana Tahun N over four columns, Prakiraan Maju over two.
        gabung: [
          ...[0, 1, 2, 7].map((kolom) => ({ baris: 0, kolom, barisRentang: 2 })),
          { baris: 0, kolom: 3, kolomRentang: 4 },
          { baris: 0, kolom: 8, kolomRentang: 2 },
          { baris: -1, kolom: 0, kolomRentang: 5 },
        ],
        lebar: [4, 20, 16, 10, 8, 11, 8, 9, 8, 11],
        ukuran: 9,
      },
    ),
    ttdPimpinan(),
  ],
};

const SISI_TC31 = [
  "PROGRAM DAN KEGIATAN",
  "LOKASI",
  "INDIKATOR KINERJA",
  "TARGET CAPAIAN",
  "PAGU INDIKATIF (Rp)",
];

/** T-C.31 (seed 002): Rancangan Awal RKPD (columns 2-6) beside Hasil Analisis Kebutuhan (7-11). */
export const TEMPLATE_TC31: Dokumen = {
  lanskap: true,
  judul: tc31.teks("Renja T-C.31 {{tahun}} - {{unit}}"),
  elemen: [
    tc31.p("Tabel T-C.31", { rata: "tengah", tebal: true }),
    tc31.p("Review terhadap Rancangan Awal RKPD Tahun {{tahun}}\n{{unit}}\n{{kabupaten}}", {
      rata: "tengah",
      tebal: true,
    }),
    tc31.tabel(
      [
        [
          "NO",
          "RANCANGAN AWAL RKPD",
          "",
          "",
          "",
          "",
          "HASIL ANALISIS KEBUTUHAN",
          "",
          "",
          "",
          "",
          "CATATAN PENTING",
        ],
        ["", ...SISI_TC31, ...SISI_TC31, ""],
        Array.from({ length: 12 }, (_, i) => String(i + 1)),
        [
          "{{review.no}}",
          "{{review.programAwal}}",
          "{{review.lokasiAwal}}",
          "{{review.indikatorAwal}}",
          "{{review.targetAwal}}",
          "{{review.paguAwal}}",
          "{{review.programHasil}}",
          "{{review.lokasiHasil}}",
          "{{review.indikatorHasil}}",
          "{{review.targetHasil}}",
          "{{review.paguHasil}}",
          "{{review.catatan}}",
        ],
      ],
      {
        kepala: 3,
        kanan: [4, 5, 9, 10],
        // The form's groups: NO and CATATAN PENTING over two rows, each side over its five columns.
        gabung: [
          { baris: 0, kolom: 0, barisRentang: 2 },
          { baris: 0, kolom: 1, kolomRentang: 5 },
          { baris: 0, kolom: 6, kolomRentang: 5 },
          { baris: 0, kolom: 11, barisRentang: 2 },
        ],
        lebar: [4, 13, 6, 14, 6, 9, 13, 6, 14, 6, 9, 7],
        ukuran: 8,
      },
    ),
    ttdPimpinan(),
  ],
};

/** T-C.32 (seed 002). */
export const TEMPLATE_TC32: Dokumen = {
  lanskap: true,
  judul: tc32.teks("Renja T-C.32 {{tahun}} - {{unit}}"),
  elemen: [
    tc32.p("Tabel T-C.32", { rata: "tengah", tebal: true }),
    tc32.p("Usulan Program/Kegiatan dari Pemangku Kepentingan Tahun {{tahun}}\n{{kabupaten}}\n{{unit}}", {
      rata: "tengah",
      tebal: true,
    }),
    tc32.tabel(
      [
        ["NO", "PROGRAM", "KEGIATAN", "LOKASI", "INDIKATOR KINERJA", "TARGET CAPAIAN", "CATATAN"],
        ["1", "2", "3", "4", "5", "6", "7"],
        [
          "{{usulan.no}}",
          "{{usulan.program}}",
          "{{usulan.kegiatan}}",
          "{{usulan.lokasi}}",
          "{{usulan.indikator}}",
          "{{usulan.target}}",
          "{{usulan.catatan}}",
        ],
      ],
      { kepala: 2, kanan: [5], lebar: [4, 20, 20, 9, 24, 9, 10], ukuran: 9 },
    ),
    ttdPimpinan(),
  ],
};
