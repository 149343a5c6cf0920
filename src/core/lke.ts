import { isKosong } from "./angka";
import { tampilkanNilai, teksAman } from "./format";
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

// --- the components and the scale ----------------------------------------------------------

export interface SubKomponenBaku {
  nama: string;
  bobot: number;
}
export interface KomponenBaku {
  kode: string;
  nama: string;
  bobot: number;
  sub: readonly SubKomponenBaku[];
}

/**
 * The four components of PermenPANRB 88/2021 with their weights, each split 20 % pemenuhan,
 * 30 % kualitas, 50 % implementasi/pemanfaatan of the component.
 */
export const KOMPONEN_LKE: readonly KomponenBaku[] = (
  [
    ["Perencanaan Kinerja", 30, "Implementasi"],
    ["Pengukuran Kinerja", 30, "Implementasi"],
    ["Pelaporan Kinerja", 15, "Pemanfaatan"],
    ["Evaluasi Akuntabilitas Kinerja Internal", 25, "Pemanfaatan"],
  ] as const
).map(([nama, bobot, ketiga], i) => ({
  kode: String(i + 1),
  nama,
  bobot,
  sub: [
    { nama: "Pemenuhan", bobot: bobot * 0.2 },
    { nama: "Kualitas", bobot: bobot * 0.3 },
    { nama: ketiga, bobot: bobot * 0.5 },
  ],
}));

/** The value of each answer (keys in capitals). */
export type SkalaLke = ReadonlyMap<string, number>;

/** Defaults of the issue (kabupaten set their own in the Skala LKE sheet): Y/T and A-E. */
export const SKALA_LKE_BAWAAN: SkalaLke = new Map([
  ["Y", 1],
  ["T", 0],
  ["A", 1],
  ["B", 0.75],
  ["C", 0.5],
  ["D", 0.25],
  ["E", 0],
]);

/** The A-D preset some kabupaten use: 1 / 0,67 / 0,33 / 0 (Y/T unchanged). */
export const SKALA_LKE_AD: SkalaLke = new Map([
  ["Y", 1],
  ["T", 0],
  ["A", 1],
  ["B", 0.67],
  ["C", 0.33],
  ["D", 0],
]);

export const JENIS_JAWABAN = ["Y/T", "A-E", "A-D"] as const;
export type JenisJawaban = (typeof JENIS_JAWABAN)[number];

const HURUF_JENIS: Record<JenisJawaban, readonly string[]> = {
  "Y/T": ["Y", "T"],
  "A-E": ["A", "B", "C", "D", "E"],
  "A-D": ["A", "B", "C", "D"],
};

const kunciJawaban = (v: unknown): string => {
  const t = (typeof v === "string" || typeof v === "number" ? String(v) : "").trim().toUpperCase();
  // "Ya"/"Tidak" as people type them.
  if (t === "YA") return "Y";
  if (t === "TIDAK") return "T";
  return t;
};

export function parseJenisJawaban(v: unknown): JenisJawaban {
  const rata = (x: unknown) => teksAman(x).trim().toUpperCase().replace(/\s+/g, "").replace(/[/–—]/g, "-");
  const j = JENIS_JAWABAN.find((x) => rata(x) === rata(v));
  if (!j)
    throw new Error(
      `Jenis jawaban ${tampilkanNilai(v)} tidak dikenal. Pilihan: ${JENIS_JAWABAN.join(", ")}.`,
    );
  return j;
}

/** Whether an answer is one of its criterion's letters (a B on a Y/T criterion is not). */
export function jawabanSesuaiJenis(jawaban: unknown, jenis: JenisJawaban): boolean {
  return HURUF_JENIS[jenis].includes(kunciJawaban(jawaban));
}

/** A scale by name: blank or "A-E" the defaults, "A-D" the preset. */
export function parseSkalaLke(v: unknown): SkalaLke {
  const t = teksAman(v).trim().toUpperCase().replace(/\s+/g, "");
  if (t === "" || t === "A-E" || t === "BAWAAN") return SKALA_LKE_BAWAAN;
  if (t === "A-D") return SKALA_LKE_AD;
  throw new Error(
    `Skala LKE ${tampilkanNilai(v)} tidak dikenal. Pilihan: "A-E", "A-D", atau rentang dua kolom (jawaban, nilai).`,
  );
}

/**
 * A unit's own scale from a two-column range (jawaban, nilai) under an optional header row;
 * blank rows are skipped. A value must lie in 0-1 and an answer appear once.
 */
export function skalaLkeDari(baris: readonly (readonly unknown[])[]): SkalaLke {
  const skala = new Map<string, number>();
  baris.forEach((b, i) => {
    const [j, n] = [b[0], b[1]];
    // A cell of spaces is blank: Number(" ") is 0 and its answer would be "".
    const kosongJ = isKosong(j);
    const kosongN = isKosong(n);
    if (kosongJ && kosongN) return;
    const nilai = typeof n === "number" ? n : Number(teksAman(n).trim().replace(",", "."));
    if (i === 0 && !kosongN && Number.isNaN(nilai)) return; // header row
    if (kosongJ || kosongN || !Number.isFinite(nilai)) {
      throw new Error(`Skala LKE baris ${i + 1}: isi jawaban dan nilainya (angka 0 sampai 1).`);
    }
    if (nilai < 0 || nilai > 1) {
      throw new Error(`Skala LKE baris ${i + 1}: nilai ${teksAman(n)} di luar 0 sampai 1.`);
    }
    const k = kunciJawaban(j);
    if (skala.has(k)) throw new Error(`Skala LKE: jawaban "${k}" tertulis dua kali.`);
    skala.set(k, nilai);
  });
  if (skala.size === 0) throw new Error("Skala LKE kosong: isi sedikitnya satu jawaban dan nilainya.");
  return skala;
}

/** The value (0-1) of an answer on a scale; an answer the scale does not hold is refused. */
export function nilaiJawaban(jawaban: unknown, skala: SkalaLke = SKALA_LKE_BAWAAN): number {
  const k = kunciJawaban(jawaban);
  const n = skala.get(k);
  if (n === undefined) {
    throw new Error(
      `Jawaban ${typeof jawaban === "string" ? `"${jawaban.trim()}"` : tampilkanNilai(jawaban)} tidak ada di skala (pilihan: ${[...skala.keys()].join(", ")}).`,
    );
  }
  return n;
}

// --- scores ----------------------------------------------------------------------------------

/** One criterion as the scores need it: where it belongs, its sub-component's weight, its values. */
export interface NilaiKriteria {
  komponen: string;
  subKomponen: string;
  /** The weight of its sub-component (the same on every criterion of it). */
  bobot: number | null;
  /** Values 0-1 of the answers; null when not answered. */
  mandiri: number | null;
  evaluator: number | null;
}

export interface Skor {
  nama: string;
  bobot: number;
  mandiri: number;
  /** null while no evaluator answer exists anywhere. */
  evaluator: number | null;
  jumlahKriteria: number;
}
export interface SkorKomponen extends Skor {
  sub: Skor[];
}
export interface SkorLke {
  komponen: SkorKomponen[];
  total: Skor;
  adaEvaluator: boolean;
}

const sama = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Sub-component score = mean of its criteria's values x its weight; component = sum of its
 * sub-components; total = sum of the components (PermenPANRB 88/2021). A criterion not answered
 * counts 0 (no answer, no evidence). The evaluator's score exists once any evaluator answer does;
 * a criterion the evaluator has not re-graded keeps the unit's own value. Components and
 * sub-components in the order the criteria list them.
 */
export function hitungSkorLke(kriteria: readonly NilaiKriteria[]): SkorLke {
  const adaEvaluator = kriteria.some((k) => k.evaluator !== null);
  const komponen: (SkorKomponen & { nilai: { sub: string; k: NilaiKriteria }[] })[] = [];
  for (const k of kriteria) {
    let kp = komponen.find((x) => sama(x.nama, k.komponen));
    if (!kp) {
      kp = {
        nama: k.komponen.trim(),
        bobot: 0,
        mandiri: 0,
        evaluator: null,
        jumlahKriteria: 0,
        sub: [],
        nilai: [],
      };
      komponen.push(kp);
    }
    kp.nilai.push({ sub: k.subKomponen, k });
  }
  const hasil: SkorKomponen[] = komponen.map((kp) => {
    const sub: Skor[] = [];
    const kelompok: { nama: string; isi: NilaiKriteria[] }[] = [];
    for (const { sub: s, k } of kp.nilai) {
      let g = kelompok.find((x) => sama(x.nama, s));
      if (!g) {
        g = { nama: s.trim(), isi: [] };
        kelompok.push(g);
      }
      g.isi.push(k);
    }
    for (const g of kelompok) {
      const bobot = g.isi.find((x) => x.bobot !== null)?.bobot ?? 0;
      const rata = (f: (x: NilaiKriteria) => number) => g.isi.reduce((a, x) => a + f(x), 0) / g.isi.length;
      sub.push({
        nama: g.nama,
        bobot,
        mandiri: rata((x) => x.mandiri ?? 0) * bobot,
        evaluator: adaEvaluator ? rata((x) => x.evaluator ?? x.mandiri ?? 0) * bobot : null,
        jumlahKriteria: g.isi.length,
      });
    }
    return jumlahkan(kp.nama, sub, adaEvaluator, { sub });
  });
  return { komponen: hasil, total: jumlahkan("Total", hasil, adaEvaluator, {}), adaEvaluator };
}

function jumlahkan<T extends object>(
  nama: string,
  bagian: readonly Skor[],
  adaEvaluator: boolean,
  lain: T,
): Skor & T {
  return {
    nama,
    bobot: bagian.reduce((a, s) => a + s.bobot, 0),
    mandiri: bagian.reduce((a, s) => a + s.mandiri, 0),
    evaluator: adaEvaluator ? bagian.reduce((a, s) => a + (s.evaluator ?? 0), 0) : null,
    jumlahKriteria: bagian.reduce((a, s) => a + s.jumlahKriteria, 0),
    ...lain,
  };
}

/** The score a predikat is given on: the evaluator's once there is one, else the unit's own. */
export function nilaiAkhir(s: Skor): number {
  return s.evaluator ?? s.mandiri;
}

/**
 * The predikat of a component or sub-component: of its score as a share of its weight (25,5 of
 * 30 is 85 -> A). Of the total, its score itself.
 */
export function predikatBagian(s: Skor): PredikatSakip | null {
  if (!(s.bobot > 0)) return null;
  return predikatSakip(Math.min(100, (nilaiAkhir(s) / s.bobot) * 100));
}
