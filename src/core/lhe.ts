/**
 * What a Laporan Hasil Evaluasi (LHE) SAKIP is made of, apart from the workbook: the four
 * components' scores and the criteria below full value, the ones losing most first. The unit's
 * LHE (reports/laporan/lke.ts) takes it from the LKE sheets; the kabupaten's rekap takes the same
 * thing from the unit's Ringkasan, where the add-on writes it as the "Rincian LKE" cell (JSON) by
 * this module. The rekap cannot open a unit's workbook (drive.file / spreadsheets.currentonly):
 * it only reads what IMPORTRANGE brings, so the LHE's inputs must travel in the summary row.
 */
import * as z from "zod/mini";
import { kunciTeks } from "./format";
import type { Skor } from "./lke";
import { SKALA_LKE_BAWAAN } from "./lke";
import {
  gabungLke,
  type KriteriaDijawab,
  type Lke,
  nilaiAkhirKriteria,
  skalaLke,
  skorDari,
} from "./model/lke";
import { bulatkan } from "./pembulatan";
import { uraikan } from "./uraikan";

/** A criterion below full value, as the LHE's notes and recommendations use it. */
export interface KriteriaKurang {
  kode: string;
  komponen: string;
  kriteria: string;
  /** Its final value (0-1): the evaluator's, else the unit's. */
  nilai: number;
  /** The points it loses: (1 - value) x its sub-component's weight / its criteria. */
  hilang: number;
  catatanEvaluator: string;
  /** What to do: the evaluator's note, else the unit's, else the evidence the criterion expects. */
  saran: string;
}

export interface IsiLhe {
  komponen: Skor[];
  total: Skor;
  kurang: KriteriaKurang[];
}

function jumlahPerSub(gabung: readonly KriteriaDijawab[]): (g: KriteriaDijawab) => number {
  const n = new Map<string, number>();
  const kunci = (g: KriteriaDijawab) =>
    `${kunciTeks(g.kriteria.komponen)}|${kunciTeks(g.kriteria.subKomponen)}`;
  for (const g of gabung) n.set(kunci(g), (n.get(kunci(g)) ?? 0) + 1);
  return (g) => n.get(kunci(g)) ?? 1;
}

/**
 * The criteria below full value with the points each loses ((1 - value) x its sub-component's
 * weight / its criteria), the ones losing most first (ties in sheet order): the LHE's
 * recommendations and the Rencana Perbaikan read this one list.
 */
export function kriteriaKurang(
  gabung: readonly KriteriaDijawab[],
): { g: KriteriaDijawab; i: number; hilang: number }[] {
  const perSub = jumlahPerSub(gabung);
  return gabung
    .map((g, i) => ({ g, i, hilang: ((1 - nilaiAkhirKriteria(g)) * (g.kriteria.bobot ?? 0)) / perSub(g) }))
    .filter((x) => nilaiAkhirKriteria(x.g) < 1)
    .sort((a, b) => b.hilang - a.hilang || a.i - b.i);
}

/** The LHE's inputs from the LKE sheets: scores by PermenPANRB 88/2021, criteria losing most first (ties in sheet order). */
export function isiLhe(lke: Lke): IsiLhe {
  const gabung = gabungLke(lke, skalaLke(lke.skala, SKALA_LKE_BAWAAN));
  const skor = skorDari(gabung);
  const kurang = kriteriaKurang(gabung).map(
    ({ g, hilang }): KriteriaKurang => ({
      kode: g.kriteria.kode,
      komponen: g.kriteria.komponen,
      kriteria: g.kriteria.kriteria,
      nilai: nilaiAkhirKriteria(g),
      hilang,
      catatanEvaluator: g.jawaban?.catatanEvaluator ?? "",
      saran:
        g.jawaban?.catatanEvaluator ||
        g.jawaban?.catatan ||
        (g.kriteria.penjelasan ? `Siapkan bukti: ${g.kriteria.penjelasan}` : ""),
    }),
  );
  return { komponen: skor.komponen, total: skor.total, kurang };
}

/** How many criteria the LHE uses: the five losing most, and the two weakest of each component. */
export const REKOMENDASI_LHE = 5;
export const CATATAN_PER_KOMPONEN = 2;

/** The criteria an LHE names (what the Ringkasan carries): the union, in loss order. */
export function kurangDipakai(isi: IsiLhe): KriteriaKurang[] {
  const perKomponen = new Map<string, number>();
  return isi.kurang.filter((k, i) => {
    const kk = kunciTeks(k.komponen);
    const n = perKomponen.get(kk) ?? 0;
    perKomponen.set(kk, n + 1);
    return i < REKOMENDASI_LHE || n < CATATAN_PER_KOMPONEN;
  });
}

/** What else the rekap's LHE needs from the unit: the addressee and the evaluator's own recommendation. */
export interface RincianLke extends IsiLhe {
  jabatanPimpinan: string;
  rekomendasiTambahan: string;
}

/** A text of at most n characters (a cell holds at most 50 000). */
const pendek = (t: string, n = 400) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
const empat = (n: number | null) => (n === null ? null : bulatkan(n, 4));

/** The Rincian LKE cell: JSON, blank while no criterion exists. */
export function teksRincianLke(isi: IsiLhe, jabatanPimpinan: string, rekomendasiTambahan: string): string {
  if (isi.total.jumlahKriteria === 0) return "";
  const skor = (s: Skor) => ({
    nama: s.nama,
    bobot: empat(s.bobot),
    mandiri: empat(s.mandiri),
    evaluator: empat(s.evaluator),
    jumlahKriteria: s.jumlahKriteria,
  });
  return JSON.stringify({
    komponen: isi.komponen.map(skor),
    total: skor(isi.total),
    kurang: kurangDipakai(isi).map((k) => ({
      ...k,
      kriteria: pendek(k.kriteria),
      catatanEvaluator: pendek(k.catatanEvaluator),
      saran: pendek(k.saran),
      nilai: empat(k.nilai),
      hilang: empat(k.hilang),
    })),
    jabatanPimpinan: pendek(jabatanPimpinan, 200),
    rekomendasiTambahan: pendek(rekomendasiTambahan, 1000),
  });
}

const SKOR = z.object({
  nama: z.string(),
  bobot: z.number(),
  mandiri: z.number(),
  evaluator: z.nullable(z.number()),
  jumlahKriteria: z.number(),
});
const SKEMA_RINCIAN = z.object({
  komponen: z.array(SKOR),
  total: SKOR,
  kurang: z.array(
    z.object({
      kode: z.string(),
      komponen: z.string(),
      kriteria: z.string(),
      nilai: z.number(),
      hilang: z.number(),
      catatanEvaluator: z.string(),
      saran: z.string(),
    }),
  ),
  jabatanPimpinan: z.string(),
  rekomendasiTambahan: z.string(),
});

/** The Rincian LKE cell read back (it came through IMPORTRANGE: outside data). */
export function bacaRincianLke(teks: string): RincianLke {
  let json: unknown;
  try {
    json = JSON.parse(teks);
  } catch {
    throw new Error("Kolom Rincian LKE di Ringkasan unit bukan rincian yang ditulis SAKIP Sheets.");
  }
  return uraikan(
    SKEMA_RINCIAN,
    json,
    "Rincian LKE di Ringkasan unit",
    "Di buku kerja unit, jalankan Siapkan Lembar Kerja untuk menulisnya ulang.",
  );
}
