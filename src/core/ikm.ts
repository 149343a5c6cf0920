/**
 * Indeks Kepuasan Masyarakat (IKM) from a Survei Kepuasan Masyarakat (SKM).
 *
 * PermenPANRB 14/2017 (default) and the older KepMenPAN 25/2004 compute the index the same way:
 * the mean of the unsur NRR (nilai rata-rata) x 25, giving a 25-100 scale. They differ in the
 * list of unsur (9 vs 14) and in the mutu pelayanan table. The question-to-unsur mapping always
 * comes from the workbook (seeds disagree on the order of unsur 8 and 9), never from this code.
 */

import { kunciTeks, tampilkanNilai as tampil } from "./format";
import { pesanGalat } from "./galat";
import { pilihOpsi } from "./opsi";
import { bulatkan, toPlainString } from "./pembulatan";

export type Metode = "PERMENPANRB_14_2017" | "KEPMENPAN_25_2004";
/**
 * UNSUR: each unsur weighs 1/(number of unsur), as the regulation prescribes.
 * PERTANYAAN: mean over questions, how seed 003 (Kec. Lumajang TW III 2021) publishes 87,28.
 */
export type Bobot = "UNSUR" | "PERTANYAAN";

export interface RekapPertanyaan {
  unsur: string;
  jumlahNilai: number;
  jumlahJawaban: number;
}

export interface NrrUnsur {
  unsur: string;
  nrr: number;
  jumlahNilai: number;
  jumlahJawaban: number;
  /** 0-based indexes of the questions (columns) belonging to this unsur. */
  pertanyaan: number[];
}

export interface Mutu {
  huruf: "A" | "B" | "C" | "D";
  kinerja: string;
}

export interface HasilIkm {
  /** Unrounded, 25..100. Round with `bulatkan` for display. */
  ikm: number;
  nrrUnsur: NrrUnsur[];
  nrrPertanyaan: number[];
  jumlahResponden: number;
  metode: Metode;
  bobot: Bobot;
  mutu: Mutu;
}

export interface OpsiIkm {
  metode?: Metode;
  bobot?: Bobot;
}

export const UNSUR_PERMENPANRB_14_2017: readonly string[] = Object.freeze([
  "Persyaratan",
  "Sistem, Mekanisme dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
]);

export const UNSUR_KEPMENPAN_25_2004: readonly string[] = Object.freeze([
  "Prosedur pelayanan",
  "Persyaratan pelayanan",
  "Kejelasan petugas pelayanan",
  "Kedisiplinan petugas pelayanan",
  "Tanggung jawab petugas pelayanan",
  "Kemampuan petugas pelayanan",
  "Kecepatan pelayanan",
  "Keadilan mendapatkan pelayanan",
  "Kesopanan dan keramahan petugas",
  "Kewajaran biaya pelayanan",
  "Kepastian biaya pelayanan",
  "Kepastian jadwal pelayanan",
  "Kenyamanan lingkungan",
  "Keamanan pelayanan",
]);

/** How a report names the method it used. */
export const NAMA_METODE: Record<Metode, string> = {
  PERMENPANRB_14_2017: "PermenPANRB 14/2017",
  KEPMENPAN_25_2004: "KepMenPAN 25/2004",
};

function kosong(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Upper-case with all spaces, underscores and hyphens removed, for lenient matching of settings. */
function ringkas(v: string): string {
  return v.toUpperCase().replace(/[\s_-]+/g, "");
}

/** How a report names the weighting it used. */
export const NAMA_BOBOT: Record<Bobot, string> = {
  UNSUR: "per unsur (bobot 1/jumlah unsur)",
  PERTANYAAN: "per pertanyaan (rata-rata seluruh pertanyaan)",
};

export function parseMetode(v: unknown): Metode {
  if (kosong(v)) return "PERMENPANRB_14_2017";
  if (typeof v === "string") {
    const s = ringkas(v);
    if (/^(PERMENPAN(RB)?(NO(MOR)?\.?)?)?14(\/|TAHUN)2017$/.test(s) || /^PERMENPAN(RB)?142017$/.test(s)) {
      return "PERMENPANRB_14_2017";
    }
    if (/^(KEPMENPAN(RB)?(NO(MOR)?\.?)?)?25(\/|TAHUN)2004$/.test(s) || /^KEPMENPAN(RB)?252004$/.test(s)) {
      return "KEPMENPAN_25_2004";
    }
  }
  throw new Error(
    `Metode IKM ${tampil(v)} tidak dikenal; gunakan "PermenPANRB 14/2017" (atau "14/2017") ` +
      `atau "KepMenPAN 25/2004" (atau "25/2004").`,
  );
}

export function parseBobot(v: unknown): Bobot {
  if (kosong(v)) return "UNSUR";
  if (typeof v === "string") {
    const s = ringkas(v).replace(/^PER/, "");
    if (s === "UNSUR") return "UNSUR";
    // "PERTANYAAN" itself starts with "PER": after stripping it reads "TANYAAN".
    if (s === "TANYAAN" || s === "PERTANYAAN") return "PERTANYAAN";
  }
  throw new Error(`Bobot IKM ${tampil(v)} tidak dikenal; gunakan "UNSUR" (bawaan) atau "PERTANYAAN".`);
}

const SKOR_HURUF: Record<string, number> = { A: 1, B: 2, C: 3, D: 4 };

/**
 * One SKM answer as a score 1-4 (PermenPANRB 14/2017: a=1, b=2, c=3, d=4), or null when the
 * respondent left it blank (RTMK, not counted).
 */
export function skorJawaban(v: unknown): number | null {
  if (kosong(v)) return null;
  if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 4) return v;
  if (typeof v === "string") {
    const s = v.trim().toUpperCase();
    if (/^[1-4]$/.test(s)) return Number(s);
    const huruf = SKOR_HURUF[s];
    if (huruf !== undefined) return huruf;
    // A questionnaire's labelled choice: "d. Sangat sesuai" (the add-on's form), "4 - Sangat baik".
    const berlabel = /^([A-D])[.)]\s+\S/.exec(s) ?? /^([1-4])\s*[-–:)]\s*[^\d\s.,]/.exec(s);
    if (berlabel) return SKOR_HURUF[berlabel[1]!] ?? Number(berlabel[1]);
  }
  throw new Error(`Jawaban ${tampil(v)} tidak sah: harus 1 sampai 4, huruf a sampai d, atau kosong (RTMK).`);
}

/** Label of an unsur as given in the workbook; numbers stay as written (1 -> "1"). */
function labelUnsur(v: unknown, posisi: string): string {
  if (typeof v === "string" && v.trim() !== "") return v.trim().replace(/\s+/g, " ");
  if (typeof v === "number" && Number.isFinite(v)) return toPlainString(v).replace(".", ",");
  throw new Error(`Unsur untuk ${posisi} tidak sah: ${tampil(v)}; isi nama atau nomor unsur.`);
}

function daftarUnsur(unsur: readonly unknown[] | undefined, jumlah: number, kata: string): string[] {
  if (unsur === undefined) return Array.from({ length: jumlah }, (_, i) => `U${i + 1}`);
  return unsur.map((u, i) => labelUnsur(u, `${kata} ${i + 1}`));
}

function rekapInternal(
  jawaban: readonly (readonly unknown[])[],
  unsurPerKolom: readonly unknown[] | undefined,
): { rekap: RekapPertanyaan[]; jumlahResponden: number } {
  const lebar = unsurPerKolom?.length ?? jawaban.reduce((m, baris) => Math.max(m, baris.length), 0);
  if (lebar === 0) throw new Error("Tidak ada pertanyaan survei: tabel jawaban kosong.");
  const unsur = daftarUnsur(unsurPerKolom, lebar, "kolom");
  const rekap: RekapPertanyaan[] = unsur.map((u) => ({ unsur: u, jumlahNilai: 0, jumlahJawaban: 0 }));
  let jumlahResponden = 0;
  jawaban.forEach((baris, r) => {
    let adaJawaban = false;
    baris.forEach((sel, k) => {
      let skor: number | null;
      try {
        skor = skorJawaban(sel);
      } catch (e) {
        throw new Error(`Baris ${r + 1}, kolom ${k + 1}: ${pesanGalat(e)}`);
      }
      if (skor === null) return;
      const q = rekap[k];
      if (q === undefined) {
        throw new Error(
          `Baris ${r + 1}, kolom ${k + 1}: ada jawaban ${tampil(sel)} di luar ${lebar} pertanyaan ` +
            "yang dipetakan ke unsur.",
        );
      }
      q.jumlahNilai += skor;
      q.jumlahJawaban += 1;
      adaJawaban = true;
    });
    // A row with no answer at all is padding in the sheet range, not a respondent.
    if (adaJawaban) jumlahResponden += 1;
  });
  return { rekap, jumlahResponden };
}

/**
 * Tally of raw answers: rows = respondents, columns = questions. `unsurPerKolom[k]` names the
 * unsur of column k; without it each column is its own unsur "U1".."Un".
 */
export function rekapJawaban(
  jawaban: readonly (readonly unknown[])[],
  unsurPerKolom?: readonly unknown[],
): RekapPertanyaan[] {
  return rekapInternal(jawaban, unsurPerKolom).rekap;
}

/**
 * Tally in the count form: one row per question, 4 columns = how many answers scored 1, 2, 3, 4.
 */
export function rekapDariHitungan(
  hitungan: readonly (readonly number[])[],
  unsurPerBaris?: readonly unknown[],
): RekapPertanyaan[] {
  if (hitungan.length === 0) throw new Error("Tidak ada pertanyaan survei: tabel hitungan jawaban kosong.");
  if (unsurPerBaris !== undefined && unsurPerBaris.length !== hitungan.length) {
    throw new Error(
      `Jumlah unsur yang dipetakan (${unsurPerBaris.length}) tidak sama dengan jumlah pertanyaan ` +
        `(${hitungan.length}).`,
    );
  }
  const unsur = daftarUnsur(unsurPerBaris, hitungan.length, "baris");
  return hitungan.map((baris, r) => {
    if (baris.length !== 4) {
      throw new Error(
        `Baris ${r + 1}: hitungan jawaban harus 4 kolom (jumlah jawaban bernilai 1, 2, 3, 4), ` +
          `bukan ${baris.length}.`,
      );
    }
    let jumlahNilai = 0;
    let jumlahJawaban = 0;
    baris.forEach((n, k) => {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
        throw new Error(
          `Baris ${r + 1}, kolom ${k + 1}: banyak jawaban harus bilangan bulat 0 atau lebih, bukan ${tampil(n)}.`,
        );
      }
      jumlahNilai += n * (k + 1);
      jumlahJawaban += n;
    });
    return { unsur: unsur[r] ?? `U${r + 1}`, jumlahNilai, jumlahJawaban };
  });
}

function periksaRekap(rekap: readonly RekapPertanyaan[], jumlahResponden: number | undefined): number {
  if (rekap.length === 0) throw new Error("Tidak ada pertanyaan survei untuk dihitung.");
  let terbanyak = 0;
  rekap.forEach((q, i) => {
    const nama = `Pertanyaan ${i + 1} (unsur ${q.unsur})`;
    if (!Number.isInteger(q.jumlahJawaban) || q.jumlahJawaban < 0) {
      throw new Error(
        `${nama}: jumlah jawaban harus bilangan bulat 0 atau lebih, bukan ${tampil(q.jumlahJawaban)}.`,
      );
    }
    if (!Number.isInteger(q.jumlahNilai)) {
      throw new Error(`${nama}: jumlah nilai harus bilangan bulat, bukan ${tampil(q.jumlahNilai)}.`);
    }
    // Each answer scores 1..4, so the sum lies in [n, 4n]; seed 003 prints 1018 for 188
    // respondents (> 752), which must be caught rather than published.
    if (q.jumlahNilai > 4 * q.jumlahJawaban) {
      throw new Error(
        `${nama}: jumlah nilai ${tampil(q.jumlahNilai)} melebihi 4 x ${q.jumlahJawaban} jawaban = ` +
          `${4 * q.jumlahJawaban}; periksa rekap.`,
      );
    }
    if (q.jumlahNilai < q.jumlahJawaban) {
      throw new Error(
        `${nama}: jumlah nilai ${tampil(q.jumlahNilai)} kurang dari 1 x ${q.jumlahJawaban} jawaban; periksa rekap.`,
      );
    }
    terbanyak = Math.max(terbanyak, q.jumlahJawaban);
  });
  if (jumlahResponden === undefined) return terbanyak;
  if (!Number.isInteger(jumlahResponden) || jumlahResponden < 1) {
    throw new Error(`Jumlah responden harus bilangan bulat positif, bukan ${tampil(jumlahResponden)}.`);
  }
  rekap.forEach((q, i) => {
    if (q.jumlahJawaban > jumlahResponden) {
      throw new Error(
        `Pertanyaan ${i + 1} (unsur ${q.unsur}): ${q.jumlahJawaban} jawaban melebihi jumlah responden ` +
          `${jumlahResponden}.`,
      );
    }
  });
  return jumlahResponden;
}

/** IKM from a tally (per question: sum of scores and number answered). */
export function hitungIkmDariRekap(
  rekap: readonly RekapPertanyaan[],
  opsi: OpsiIkm & { jumlahResponden?: number } = {},
): HasilIkm {
  const metode = parseMetode(opsi.metode);
  const bobot = parseBobot(opsi.bobot);
  const jumlahResponden = periksaRekap(rekap, opsi.jumlahResponden);

  const perKunci = new Map<string, NrrUnsur>();
  rekap.forEach((q, i) => {
    const kunci = kunciTeks(q.unsur);
    let u = perKunci.get(kunci);
    if (u === undefined) {
      u = { unsur: q.unsur.trim(), nrr: 0, jumlahNilai: 0, jumlahJawaban: 0, pertanyaan: [] };
      perKunci.set(kunci, u);
    }
    u.jumlahNilai += q.jumlahNilai;
    u.jumlahJawaban += q.jumlahJawaban;
    u.pertanyaan.push(i);
  });
  const nrrUnsur = [...perKunci.values()];
  for (const u of nrrUnsur) {
    if (u.jumlahJawaban === 0) {
      throw new Error(`Unsur ${u.unsur} tidak memiliki jawaban sama sekali; NRR-nya tidak dapat dihitung.`);
    }
    // PermenPANRB 14/2017: NRR = sum of scores / answers given; RTMK is left out of both.
    u.nrr = u.jumlahNilai / u.jumlahJawaban;
  }
  const nrrPertanyaan = rekap.map((q, i) => {
    if (q.jumlahJawaban === 0) {
      throw new Error(`Pertanyaan ${i + 1} (unsur ${q.unsur}) tidak memiliki jawaban sama sekali.`);
    }
    return q.jumlahNilai / q.jumlahJawaban;
  });

  // Weight is exactly 1/n: the regulation's printed 0,111 (or 0,11) under-states IKM when used.
  const rata = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const nrr = bobot === "UNSUR" ? rata(nrrUnsur.map((u) => u.nrr)) : rata(nrrPertanyaan);
  const ikm = nrr * 25;
  return { ikm, nrrUnsur, nrrPertanyaan, jumlahResponden, metode, bobot, mutu: mutuPelayanan(ikm, metode) };
}

/**
 * How the IKM of a period longer than one survey quarter (the year, a semester) is made from its
 * quarterly surveys: the rule a unit publishes, the same for every report (issue 12).
 * PermenPANRB 14/2017 computes one survey's IKM from its own respondents and lets the unit
 * survey every quarter, semester or year; it does not say how quarters make a year.
 * RATA_RATA_TRIWULAN: the mean of the quarters' IKM as published; seed 001 (LKJ Kec. Klakah
 * 2023, section 3.1): "nilai yang ditampilkan sebagai realisasi IKM adalah nilai rata-rata IKM
 * Tribulan 1 s/d Tribulan IV", (81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19.
 * SELURUH_RESPONDEN: one IKM of all the period's respondents at once (84,08 for the same 499
 * respondents), for a unit that surveys the year as one survey.
 */
export type IkmTahunan = "RATA_RATA_TRIWULAN" | "SELURUH_RESPONDEN";

/** How a report names the rule it used. */
export const NAMA_IKM_TAHUNAN: Record<IkmTahunan, string> = {
  RATA_RATA_TRIWULAN: "rata-rata IKM triwulan",
  SELURUH_RESPONDEN: "IKM seluruh responden",
};

export function parseIkmTahunan(v: unknown): IkmTahunan {
  return pilihOpsi<IkmTahunan>(
    v,
    "IKM Tahunan",
    {
      RATA_RATA_TRIWULAN: ["RATA-RATA TRIWULAN", "RATA-RATA IKM TRIWULAN", "RATA-RATA", "RATA2 TRIWULAN"],
      SELURUH_RESPONDEN: ["SELURUH RESPONDEN", "SELURUH RESPONDEN SETAHUN", "SELURUH", "GABUNGAN"],
    },
    "RATA_RATA_TRIWULAN",
  );
}

/**
 * The mean rule on the quarters' IKM: each at the two decimals it is published with (the letters'
 * 89,51, not the survey's 89,5114...), so the Kinerja sheet's typed quarters and the survey's own
 * give the same year; quarters not reported (null) are left out. Added in hundredths, exactly.
 */
export function rataIkmTriwulan(ikm: readonly (number | null)[]): number | null {
  const dilaporkan = ikm.filter((v): v is number => v !== null);
  if (dilaporkan.length === 0) return null;
  const perseratus = dilaporkan.reduce((a, v) => a + Math.round(bulatkan(v, 2) * 100), 0);
  return perseratus / dilaporkan.length / 100;
}

/** One quarter's survey as a tally. */
export interface RekapTriwulan {
  rekap: readonly RekapPertanyaan[];
  jumlahResponden: number;
}

/**
 * The IKM of several quarters' surveys by the unit's rule: the one function every report's
 * multi-quarter IKM comes from. The quarters ask the same questions (the workbook's). Under
 * RATA_RATA_TRIWULAN each unsur's and question's NRR is the mean of its quarters' NRR too, so
 * the unsur table of the year agrees with its IKM; sums of scores and answers are added.
 */
export function ikmGabungan(
  triwulan: readonly RekapTriwulan[],
  aturan: IkmTahunan,
  opsi: OpsiIkm = {},
): HasilIkm {
  if (triwulan.length === 0) throw new Error("Tidak ada triwulan survei untuk dihitung.");
  const jumlahResponden = triwulan.reduce((a, t) => a + t.jumlahResponden, 0);
  if (aturan === "SELURUH_RESPONDEN" || triwulan.length === 1) {
    const rekap = triwulan[0]!.rekap.map((q, i) => ({
      unsur: q.unsur,
      jumlahNilai: triwulan.reduce((a, t) => a + (t.rekap[i]?.jumlahNilai ?? 0), 0),
      jumlahJawaban: triwulan.reduce((a, t) => a + (t.rekap[i]?.jumlahJawaban ?? 0), 0),
    }));
    return hitungIkmDariRekap(rekap, { ...opsi, jumlahResponden });
  }
  const hasil = triwulan.map((t) =>
    hitungIkmDariRekap(t.rekap, { ...opsi, jumlahResponden: t.jumlahResponden }),
  );
  const pertama = hasil[0]!;
  const rata = (ambil: (h: HasilIkm) => number) => hasil.reduce((a, h) => a + ambil(h), 0) / hasil.length;
  const jumlah = (ambil: (h: HasilIkm) => number) => hasil.reduce((a, h) => a + ambil(h), 0);
  const nrrUnsur = pertama.nrrUnsur.map((u, k) => ({
    ...u,
    pertanyaan: [...u.pertanyaan],
    nrr: rata((h) => h.nrrUnsur[k]!.nrr),
    jumlahNilai: jumlah((h) => h.nrrUnsur[k]!.jumlahNilai),
    jumlahJawaban: jumlah((h) => h.nrrUnsur[k]!.jumlahJawaban),
  }));
  const nrrPertanyaan = pertama.nrrPertanyaan.map((_, i) => rata((h) => h.nrrPertanyaan[i]!));
  const ikm = rataIkmTriwulan(hasil.map((h) => h.ikm))!;
  return {
    ikm,
    nrrUnsur,
    nrrPertanyaan,
    jumlahResponden,
    metode: pertama.metode,
    bobot: pertama.bobot,
    mutu: mutuPelayanan(ikm, pertama.metode),
  };
}

/** IKM straight from raw answers (rows = respondents, columns = questions). */
export function hitungIkm(
  jawaban: readonly (readonly unknown[])[],
  unsurPerKolom?: readonly unknown[],
  opsi: OpsiIkm = {},
): HasilIkm {
  const { rekap, jumlahResponden } = rekapInternal(jawaban, unsurPerKolom);
  if (jumlahResponden === 0) throw new Error("Belum ada responden yang menjawab survei.");
  return hitungIkmDariRekap(rekap, { ...opsi, jumlahResponden });
}

/**
 * Mutu pelayanan, judged on the IKM as printed (2 decimals), so 88,305 -> 88,31 -> A.
 * PermenPANRB 14/2017: 25,00-64,99 D; 65,00-76,60 C; 76,61-88,30 B; 88,31-100 A.
 * KepMenPAN 25/2004: 25,00-43,75 D; 43,76-62,50 C; 62,51-81,25 B; 81,26-100,00 A.
 */
export function mutuPelayanan(ikm: number, metode: Metode = "PERMENPANRB_14_2017"): Mutu {
  const m = parseMetode(metode);
  const r = typeof ikm === "number" ? bulatkan(ikm, 2) : Number.NaN;
  if (!Number.isFinite(r) || r < 25 || r > 100) {
    throw new Error(`Nilai IKM ${tampil(ikm)} di luar rentang 25 sampai 100.`);
  }
  const batas = m === "PERMENPANRB_14_2017" ? [88.31, 76.61, 65] : [81.26, 62.51, 43.76];
  if (r >= (batas[0] ?? 0)) return { huruf: "A", kinerja: "Sangat Baik" };
  if (r >= (batas[1] ?? 0)) return { huruf: "B", kinerja: "Baik" };
  if (r >= (batas[2] ?? 0)) return { huruf: "C", kinerja: "Kurang Baik" };
  return { huruf: "D", kinerja: "Tidak Baik" };
}

/**
 * Minimum respondents, Krejcie & Morgan (the table PermenPANRB 14/2017 adopts):
 * s = X2.N.P(1-P) / (d2.(N-1) + X2.P(1-P)), X2 = 3,841, P = 0,5, d = 0,05, rounded.
 * The formula rounded half-up reproduces every row of the published table (100 -> 80, 1000 ->
 * 278, 75000 -> 382) but one: the table gives 384 from 100.000 on, where the formula still gives
 * 383. The table is what the regulation adopts, so from 100.000 the table's 384 applies.
 */
export function ukuranSampel(populasi: number): number {
  if (typeof populasi !== "number" || !Number.isSafeInteger(populasi) || populasi < 1) {
    throw new Error(`Populasi harus bilangan bulat positif, bukan ${tampil(populasi)}.`);
  }
  const x2pq = 3.841 * 0.5 * 0.5;
  if (populasi >= 100_000) return 384;
  const s = (x2pq * populasi) / (0.05 * 0.05 * (populasi - 1) + x2pq);
  return bulatkan(s, 0);
}

export type Kuadran = "I" | "II" | "III" | "IV";

export const NAMA_KUADRAN: Record<Kuadran, string> = Object.freeze({
  I: "Prioritas Perbaikan",
  II: "Pertahankan Prestasi",
  III: "Prioritas Rendah",
  IV: "Berlebihan",
});

/**
 * Importance-Performance Analysis (Martilla & James), used by the regional organisation bureau
 * (seed 001): x = kinerja, y = kepentingan, quadrants split at the two means; a value equal to
 * the mean counts as "at or above".
 */
export function kuadranIpa(
  kinerja: readonly number[],
  kepentingan: readonly number[],
): { kuadran: Kuadran[]; rataKinerja: number; rataKepentingan: number } {
  if (kinerja.length !== kepentingan.length) {
    throw new Error(
      `Jumlah nilai kinerja (${kinerja.length}) tidak sama dengan jumlah nilai kepentingan (${kepentingan.length}).`,
    );
  }
  if (kinerja.length < 2) throw new Error(`IPA memerlukan sedikitnya 2 unsur, bukan ${kinerja.length}.`);
  const periksa = (xs: readonly number[], nama: string) => {
    xs.forEach((x, i) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new Error(`Nilai ${nama} unsur ${i + 1} bukan angka: ${tampil(x)}.`);
      }
    });
  };
  periksa(kinerja, "kinerja");
  periksa(kepentingan, "kepentingan");
  const rata = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const rataKinerja = rata(kinerja);
  const rataKepentingan = rata(kepentingan);
  // The float mean of equal values can land a hair above them (3,1 x 3 / 3); a tolerance far
  // below any printed precision keeps "equal to the mean" on the >= side.
  const diAtas = (x: number, m: number) => x - m >= -1e-9 * Math.max(1, Math.abs(m));
  const kuadran = kinerja.map((x, i): Kuadran => {
    const pentingTinggi = diAtas(kepentingan[i] ?? 0, rataKepentingan);
    const kinerjaTinggi = diAtas(x, rataKinerja);
    if (pentingTinggi) return kinerjaTinggi ? "II" : "I";
    return kinerjaTinggi ? "IV" : "III";
  });
  return { kuadran, rataKinerja, rataKepentingan };
}
