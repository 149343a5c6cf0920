import { bulatkan } from "./pembulatan";

/**
 * SAKIP evaluation (Lembar Kerja Evaluasi) of PermenPANRB 88/2021: pure rules, no Google services.
 */

/** The seven predikat of PermenPANRB 88/2021, the best first. */
export type KodePredikatSakip = "AA" | "A" | "BB" | "B" | "CC" | "C" | "D";

export interface PredikatSakip {
  kode: KodePredikatSakip;
  nama: string;
}

/**
 * The predikat table of PermenPANRB 88/2021 (Lampiran, "Kategori Nilai Akuntabilitas Kinerja"):
 * AA > 90-100 Sangat Memuaskan, A > 80-90 Memuaskan, BB > 70-80 Sangat Baik, B > 60-70 Baik,
 * CC > 50-60 Cukup (Memadai), C > 30-50 Kurang, D 0-30 Sangat Kurang. Every band is open below
 * ("> 90"): 90 itself is A, 90,01 is AA; 30 is D.
 */
export const TABEL_PREDIKAT_SAKIP: readonly { lebihDari: number; kode: KodePredikatSakip; nama: string }[] = [
  { lebihDari: 90, kode: "AA", nama: "Sangat Memuaskan" },
  { lebihDari: 80, kode: "A", nama: "Memuaskan" },
  { lebihDari: 70, kode: "BB", nama: "Sangat Baik" },
  { lebihDari: 60, kode: "B", nama: "Baik" },
  { lebihDari: 50, kode: "CC", nama: "Cukup (Memadai)" },
  { lebihDari: 30, kode: "C", nama: "Kurang" },
];

/**
 * The predikat of a SAKIP score (0-100). Judged on the score rounded to two decimals, the one
 * the sheet and the reports print, so a printed "90,00" is never AA and the float noise of a sum
 * of weighted means (89,99999999) does not change a band.
 */
export function predikatSakip(nilai: number): PredikatSakip {
  if (typeof nilai !== "number" || !Number.isFinite(nilai)) {
    throw new Error("Nilai SAKIP harus berupa angka 0 sampai 100.");
  }
  const n = bulatkan(nilai, 2);
  if (n < 0 || n > 100) {
    throw new Error(`Nilai SAKIP ${String(nilai).replace(".", ",")} di luar rentang 0 sampai 100.`);
  }
  for (const b of TABEL_PREDIKAT_SAKIP) {
    if (n > b.lebihDari) return { kode: b.kode, nama: b.nama };
  }
  return { kode: "D", nama: "Sangat Kurang" };
}
