/**
 * Target Renstra (issue 12): the Renstra's target for each year of its period and the realisasi of
 * the years already past, per Kinerja indicator, in long form (one row per indicator and year), as
 * seed 001 (LKJ 3.1.2, 2019-2023) and seed 003 (Laporan Triwulan BAB III item 3) print them.
 *
 * One source for each figure: Kinerja already holds this year's target and quarters (the realisasi
 * is computed), last year's target and realisasi (Target/Realisasi Tahun Lalu) and the target of
 * the period's last year (Target Akhir Renstra). `deretRenstra` merges the two sheets into one
 * series per indicator, and `padananKinerja` says which Kinerja cell holds a year's figure, so that
 * Periksa Data can name both cells when a figure is typed twice and disagrees.
 */
import { parseAngka } from "../angka";
import { type Indikator, targetBerlaku, type WaktuPk } from "./kinerja";
import { angka, kolom, kunciKode, lembar, type Pembaca, type Rekaman, teks } from "./kolom";

/** Permendagri 86/2017: a Renstra covers five years; the report tables have five year columns. */
export const LAMA_RENSTRA = 5;

const tahun: Pembaca<number | null> = {
  baca: (v, label) => {
    const n = parseAngka(v, label);
    if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new Error(`Tahun "${String(v)}" tidak sah.`);
    return n;
  },
  kosong: null,
};

export const TARGET_RENSTRA = lembar("Target Renstra", [
  kolom("Kode Indikator", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 90,
    catatan: "Kode indikator di lembar Kinerja.",
  }),
  kolom("Tahun", "tahun", tahun, {
    jenis: "angka",
    format: "0",
    wajib: true,
    lebar: 60,
    catatan: "Tahun dalam Periode Renstra (Pengaturan), misalnya 2019.",
  }),
  kolom("Target", "target", angka, {
    format: "#,##0.00",
    lebar: 80,
    catatan:
      "Target Renstra tahun itu. Tahun ini, tahun lalu dan tahun akhir Renstra cukup diisi di lembar Kinerja (Target, Target Tahun Lalu, Target Akhir Renstra).",
  }),
  kolom("Realisasi", "realisasi", angka, {
    format: "#,##0.00",
    lebar: 80,
    catatan:
      "Realisasi tahun yang sudah lewat. Tahun lalu cukup di Kinerja (Realisasi Tahun Lalu); tahun ini dihitung dari Realisasi TW.",
  }),
  kolom("Keterangan", "keterangan", teks, { lebar: 240, catatan: "Sumber angka, misalnya LKJ 2020." }),
]);

export type BarisTargetRenstra = Rekaman<typeof TARGET_RENSTRA>;

/** The Renstra period: its first and last year. */
export interface PeriodeRenstra {
  awal: number;
  akhir: number;
}

/** "2019-2023", "2019 – 2023", "2019 s.d. 2023", "2019/2023". */
export function parsePeriodeRenstra(v: unknown): PeriodeRenstra {
  const m = /^\s*(\d{4})\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai|\/)\s*(\d{4})\s*$/i.exec(String(v));
  if (!m) throw new Error(`"${String(v)}" bukan periode; tulis tahun awal dan akhir, misalnya 2019-2023.`);
  const awal = Number(m[1]);
  const akhir = Number(m[2]);
  if (akhir < awal) throw new Error(`tahun akhir ${akhir} sebelum tahun awal ${awal}.`);
  return { awal, akhir };
}

/** The shortest period the tables print: a transitional Renstra (e.g. 2024-2026) is shorter than five years. */
export const LAMA_RENSTRA_TERPENDEK = 2;

/**
 * The years of the report tables: the period's, at most its last five (seed 001 titles its table
 * "2018-2023", the P Renstra's span, and prints 2019-2023); a transitional Renstra of two to four
 * years (Permendagri 86/2017 lets a Renstra end with its RPJMD) has its own years; null for a
 * single year (the tables are not printed, Periksa Data says so).
 */
export function tahunTabelRenstra(p: PeriodeRenstra | null): number[] | null {
  if (p === null) return null;
  const lama = Math.min(p.akhir - p.awal + 1, LAMA_RENSTRA);
  if (lama < LAMA_RENSTRA_TERPENDEK) return null;
  return Array.from({ length: lama }, (_, i) => p.akhir - lama + 1 + i);
}

export type BidangRenstra = "target" | "realisasi";

/**
 * The Kinerja cell that holds an indicator's figure of year `t`, when Kinerja holds one: this
 * year's target (`targetKini`, the target in force) and realisasi (computed from the quarters: no
 * column), last year's two, the period's last year's target. A year Kinerja holds nothing of gives [].
 */
export function padananKinerja(
  ind: Indikator,
  t: number,
  tahunIni: number,
  periode: PeriodeRenstra,
  targetKini: { kolom: string; nilai: number | null },
): { bidang: BidangRenstra; kolom: string | null; nilai: number | null }[] {
  if (t === tahunIni) return [{ bidang: "target", ...targetKini }];
  const hasil: { bidang: BidangRenstra; kolom: string | null; nilai: number | null }[] = [];
  if (t === tahunIni - 1) {
    hasil.push({ bidang: "target", kolom: "Target Tahun Lalu", nilai: ind.targetTahunLalu });
    hasil.push({ bidang: "realisasi", kolom: "Realisasi Tahun Lalu", nilai: ind.realisasiTahunLalu });
  } else if (t === periode.akhir) {
    hasil.push({ bidang: "target", kolom: "Target Akhir Renstra", nilai: ind.targetAkhirRenstra });
  }
  return hasil;
}

export interface NilaiTahunRenstra {
  tahun: number;
  target: number | null;
  /** Null for a year not yet past (after this year) and where no one typed it. */
  realisasi: number | null;
}

/**
 * An indicator's target and realisasi for each of `daftarTahun`: this year's from Kinerja (`kini`:
 * the target in force and the realisasi the reports compute), other years from Target Renstra,
 * else from Kinerja's Tahun Lalu / Target Akhir Renstra columns. No realisasi after this year.
 */
export function deretRenstra(
  ind: Indikator,
  baris: readonly BarisTargetRenstra[],
  daftarTahun: readonly number[],
  tahunIni: number,
  periode: PeriodeRenstra,
  kini: { target: number | null; realisasi: number | null },
): NilaiTahunRenstra[] {
  const kode = kunciKode(ind.kode);
  const milik = baris.filter((b) => kunciKode(b.kode) === kode);
  return daftarTahun.map((t) => {
    if (t === tahunIni) return { tahun: t, ...kini };
    const b = milik.find((x) => x.tahun === t);
    const dariKinerja = (bidang: BidangRenstra) =>
      padananKinerja(ind, t, tahunIni, periode, { kolom: "", nilai: null }).find((p) => p.bidang === bidang)
        ?.nilai ?? null;
    return {
      tahun: t,
      target: b?.target ?? dariKinerja("target"),
      realisasi: t > tahunIni ? null : (b?.realisasi ?? dariKinerja("realisasi")),
    };
  });
}

/**
 * This year's target as Kinerja holds it, and its column: the target in force at the year's end
 * (targetBerlaku: the PK Perubahan's once signed, else the signed PK's).
 */
export function targetKinerjaKini(
  ind: Indikator,
  waktu: WaktuPk = {},
): { kolom: string; nilai: number | null } {
  const nilai = targetBerlaku(ind, 4, waktu);
  const ubah = ind.targetPerubahan !== null && nilai === ind.targetPerubahan;
  return { kolom: ubah ? "Target PK Perubahan" : "Target", nilai };
}
