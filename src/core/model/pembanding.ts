/**
 * The Pembanding sheet: the same indicator's realisation in other units (seed 001 LKJ 3.1.4,
 * Tabel 3.4 "Perbandingan Realisasi Indikator Tujuan/Sasaran dengan PD lain": Klakah beside
 * Kedungjajang and Ranuyoso), one row per indicator and unit; and the rule that ranks them.
 * PermenPANRB 53/2014 (lampiran II, Bab III of the Laporan Kinerja) asks for the comparison of
 * realisasi with other agencies' where such figures exist.
 */
import { bulatkan } from "../pembulatan";
import { peringkat } from "../rekap";
import type { Indikator } from "./kinerja";
import { angka, kolom, lembar, type Rekaman, teks } from "./kolom";

export const PEMBANDING = lembar("Pembanding", [
  kolom("Kode Indikator", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 90,
    catatan: "Kode indikator di lembar Kinerja yang dibandingkan.",
  }),
  kolom("Unit Pembanding", "unit", teks, {
    wajib: {
      pesan: "Unit Pembanding kosong.",
      saran: "Isi nama perangkat daerah lain, misalnya Kecamatan Kedungjajang.",
    },
    lebar: 220,
    catatan: "Perangkat daerah lain yang mengukur indikator yang sama, misalnya Kecamatan Kedungjajang.",
  }),
  kolom("Realisasi", "realisasi", angka, {
    wajib: {
      pesan: "Realisasi unit pembanding kosong.",
      saran: "Isi realisasi indikator itu di unit pembanding.",
    },
    format: "#,##0.00",
    lebar: 90,
    catatan: "Realisasi indikator yang sama di unit itu, tahun yang sama, dalam satuan yang sama.",
  }),
  kolom("Sumber", "sumber", teks, {
    lebar: 280,
    catatan:
      "Asal angka ini, misalnya LKJ Kecamatan Kedungjajang 2023 atau Rekap Kabupaten; dicetak di bawah tabel.",
  }),
]);

export type BarisPembanding = Rekaman<typeof PEMBANDING>;

export interface PosisiUnit {
  unit: string;
  nilai: number | null;
  /** 1-based, the best first in the indicator's direction; equal printed values share it. */
  peringkat: number | null;
  /** The workbook's own unit. */
  sendiri: boolean;
}

/**
 * An indicator's realisation here beside the other units', ranked best first: the highest for a
 * NAIK indicator, the lowest for TURUN; values are compared as printed (two decimals), ties
 * share a rank (core/rekap peringkat). The unit's own row keeps its rank among the others.
 */
export function posisiUnit(
  ind: Pick<Indikator, "arah">,
  sendiri: { unit: string; nilai: number | null },
  lain: readonly Pick<BarisPembanding, "unit" | "realisasi">[],
): PosisiUnit[] {
  const semua = [
    { unit: sendiri.unit, nilai: sendiri.nilai, sendiri: true },
    ...lain.map((b) => ({ unit: b.unit, nilai: b.realisasi, sendiri: false })),
  ];
  return peringkat(
    semua,
    (u) => (u.nilai === null ? null : bulatkan(u.nilai, 2)),
    ind.arah === "TURUN" ? "NAIK" : "TURUN",
  ).map((p) => ({ unit: p.item.unit, nilai: p.item.nilai, peringkat: p.peringkat, sendiri: p.item.sendiri }));
}
