/**
 * The kabupaten's figures from its units' summaries (issue 16): the kabupaten IKM, a ranking with
 * ties sharing a rank, an average with its predikat, the distribution of units per class. Pure:
 * the rekap spreadsheet's reader (src/sheets/rekap) hands the units over as numbers.
 */
import { tampilkanNilai as tampil } from "./format";
import { type Metode, type Mutu, mutuPelayanan } from "./ikm";
import { pilihOpsi } from "./opsi";
import { bulatkan } from "./pembulatan";

/**
 * RESPONDEN: each unit weighs its respondents, so the kabupaten IKM is the IKM of every
 * respondent pooled (when every unsur is answered: NRR per unsur is linear in the answers).
 * RATA_RATA: each unit weighs the same (the plain mean of the units' IKM).
 */
export type CaraGabungan = "RESPONDEN" | "RATA_RATA";

export const NAMA_CARA_GABUNGAN: Record<CaraGabungan, string> = {
  RESPONDEN: "rata-rata tertimbang jumlah responden (sama dengan seluruh responden digabung)",
  RATA_RATA: "rata-rata sederhana IKM unit",
};

export function parseCaraGabungan(v: unknown): CaraGabungan {
  return pilihOpsi<CaraGabungan>(
    v,
    "Cara gabungan IKM",
    { RESPONDEN: ["RESPONDEN", "TERTIMBANG", "GABUNG"], RATA_RATA: ["RATA-RATA", "RATARATA", "RATA"] },
    "RESPONDEN",
  );
}

/** A unit's survey as its summary gives it: IKM, respondents and NRR per unsur (null: not asked). */
export interface IkmUnit {
  ikm: number;
  responden: number;
  nrr?: readonly (number | null)[];
}

export interface IkmKabupaten {
  /** Unrounded, 25..100. */
  ikm: number;
  /** Respondents of every unit counted: what a level above weighs this rekap by. */
  responden: number;
  /** Units counted. */
  unit: number;
  /** NRR per unsur, in the units' column order, weighted as the IKM; null where no unit gives it. */
  nrr: (number | null)[];
  mutu: Mutu;
  cara: CaraGabungan;
}

function periksaUnit(u: IkmUnit, i: number): void {
  if (typeof u.ikm !== "number" || !Number.isFinite(u.ikm) || u.ikm < 25 || u.ikm > 100) {
    throw new Error(`Unit ke-${i + 1}: nilai IKM ${tampil(u.ikm)} di luar rentang 25 sampai 100.`);
  }
  // A whole number a double holds exactly (<= 2^53 - 1): beyond, "whole" means nothing and the
  // weighted sum would overflow to Infinity (1e308 x 80), the mean to NaN.
  if (typeof u.responden !== "number" || !Number.isSafeInteger(u.responden) || u.responden < 1) {
    throw new Error(
      `Unit ke-${i + 1}: jumlah responden harus bilangan bulat positif, bukan ${tampil(u.responden)}.`,
    );
  }
}

/**
 * The kabupaten IKM from its units': the respondent-weighted mean (default) or the plain mean,
 * each unsur's NRR weighted the same way over the units that report it, mutu on the result.
 */
export function ikmKabupaten(
  unit: readonly IkmUnit[],
  cara: CaraGabungan = "RESPONDEN",
  metode: Metode = "PERMENPANRB_14_2017",
): IkmKabupaten {
  if (unit.length === 0) throw new Error("Tidak ada unit dengan nilai IKM untuk digabung.");
  unit.forEach(periksaUnit);
  const bobot = (u: IkmUnit) => (cara === "RESPONDEN" ? u.responden : 1);
  let jumlahBobot = 0;
  let jumlah = 0;
  let responden = 0;
  const lebar = unit.reduce((m, u) => Math.max(m, u.nrr?.length ?? 0), 0);
  const nrrJumlah = new Array<number>(lebar).fill(0);
  const nrrBobot = new Array<number>(lebar).fill(0);
  for (const u of unit) {
    const w = bobot(u);
    jumlahBobot += w;
    jumlah += w * u.ikm;
    responden += u.responden;
    u.nrr?.forEach((v, k) => {
      if (v === null || !Number.isFinite(v)) return;
      nrrJumlah[k]! += w * v;
      nrrBobot[k]! += w;
    });
  }
  const ikm = jumlah / jumlahBobot;
  return {
    ikm,
    responden,
    unit: unit.length,
    nrr: nrrJumlah.map((s, k) => (nrrBobot[k]! > 0 ? s / nrrBobot[k]! : null)),
    mutu: mutuPelayanan(ikm, metode),
    cara,
  };
}

export interface Peringkat<T> {
  item: T;
  nilai: number | null;
  /** 1-based; equal printed values share a rank (1, 2, 2, 4); null for an item with no value. */
  peringkat: number | null;
}

/**
 * Ranks items by a value, the highest first (or the lowest: `urutan` "NAIK"), ties sharing the
 * rank (standard competition ranking: 1, 2, 2, 4). Values are compared as printed (two decimals),
 * so two units both shown "87,28" share a rank. Items with no value follow, unranked, in their
 * order; ties keep their order too (stable).
 */
export function peringkat<T>(
  item: readonly T[],
  nilai: (t: T) => number | null,
  urutan: "TURUN" | "NAIK" = "TURUN",
): Peringkat<T>[] {
  const ada: { item: T; nilai: number; kunci: number; i: number }[] = [];
  const tanpa: Peringkat<T>[] = [];
  item.forEach((t, i) => {
    const v = nilai(t);
    if (v === null || !Number.isFinite(v)) tanpa.push({ item: t, nilai: null, peringkat: null });
    else ada.push({ item: t, nilai: v, kunci: Math.round(bulatkan(v, 2) * 100), i });
  });
  const arah = urutan === "TURUN" ? -1 : 1;
  ada.sort((a, b) => (a.kunci === b.kunci ? a.i - b.i : arah * (a.kunci - b.kunci)));
  const hasil: Peringkat<T>[] = [];
  ada.forEach((a, k) => {
    const sebelum = hasil[k - 1];
    const sama = k > 0 && ada[k - 1]!.kunci === a.kunci;
    hasil.push({ item: a.item, nilai: a.nilai, peringkat: sama ? sebelum!.peringkat : k + 1 });
  });
  return [...hasil, ...tanpa];
}

/** The plain mean of the values given (null ones left out); null when none is given. */
export function rataRata(nilai: readonly (number | null)[]): number | null {
  let n = 0;
  let s = 0;
  for (const v of nilai) {
    if (v === null || !Number.isFinite(v)) continue;
    n += 1;
    s += v;
  }
  return n === 0 ? null : s / n;
}

export interface KelasSebaran {
  kelas: string;
  jumlah: number;
  /** Share of all the items, in percent (items with no class counted in the whole). */
  persen: number;
}

/**
 * How many items fall in each class, in the order given (every class listed, zero included);
 * items with no class (null) are counted under `tanpaKelas` when any, after the others.
 */
export function sebaran<T>(
  item: readonly T[],
  kelas: (t: T) => string | null,
  urutanKelas: readonly string[],
  tanpaKelas = "Belum dinilai",
): KelasSebaran[] {
  const hitung = new Map<string, number>(urutanKelas.map((k) => [k, 0]));
  let tanpa = 0;
  for (const t of item) {
    const k = kelas(t);
    if (k === null || k === "") tanpa += 1;
    else hitung.set(k, (hitung.get(k) ?? 0) + 1);
  }
  const total = item.length;
  const baris = [...hitung].map(([k, jumlah]) => ({
    kelas: k,
    jumlah,
    persen: total ? (jumlah / total) * 100 : 0,
  }));
  if (tanpa > 0) baris.push({ kelas: tanpaKelas, jumlah: tanpa, persen: (tanpa / total) * 100 });
  return baris;
}
