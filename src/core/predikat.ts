import { cobaParseAngka, isKosong, parseAngka } from "./angka";
import { tampilkanNilai, teksAman } from "./format";
import { kunciOpsi } from "./opsi";
import { bulatkan } from "./pembulatan";

/** One class of a scale: values at or above `batasBawah` (and below the next class) get `predikat`. */
export interface KelasPredikat {
  batasBawah: number;
  /** true when the bound itself belongs to the class (>=), false for a strict bound (>). */
  termasukBatas: boolean;
  predikat: string;
}

export interface SkalaPredikat {
  nama: string;
  /** Strictly falling bounds, the highest first; the last class catches everything below. */
  kelas: readonly KelasPredikat[];
}

/**
 * LKJ scale of the Lumajang units (LKJ Klakah 2023, 3.1). The seed writes the bounds loosely
 * ("95 s/d 100", "80 s/d 95"): a boundary belongs to the higher class.
 */
export const SKALA_LKJ: SkalaPredikat = {
  nama: "LKJ",
  kelas: [
    { batasBawah: 95, termasukBatas: true, predikat: "Sangat Berhasil" },
    { batasBawah: 80, termasukBatas: true, predikat: "Berhasil" },
    { batasBawah: 50, termasukBatas: true, predikat: "Cukup Berhasil" },
    { batasBawah: Number.NEGATIVE_INFINITY, termasukBatas: true, predikat: "Tidak Berhasil" },
  ],
};

/**
 * Permendagri 86/2017 (evaluation of Renja/RKPD): >= 91 Sangat Tinggi; 76-90 Tinggi; 66-75
 * Sedang; 51-65 Rendah; <= 50 Sangat Rendah. The table lists whole numbers; a value between two
 * rows (90,5) belongs to the lower class, except that only values <= 50 are Sangat Rendah.
 */
export const SKALA_PERMENDAGRI: SkalaPredikat = {
  nama: "PERMENDAGRI 86/2017",
  kelas: [
    { batasBawah: 91, termasukBatas: true, predikat: "Sangat Tinggi" },
    { batasBawah: 76, termasukBatas: true, predikat: "Tinggi" },
    { batasBawah: 66, termasukBatas: true, predikat: "Sedang" },
    { batasBawah: 50, termasukBatas: false, predikat: "Rendah" },
    { batasBawah: Number.NEGATIVE_INFINITY, termasukBatas: true, predikat: "Sangat Rendah" },
  ],
};

export function parseSkala(v: unknown): SkalaPredikat {
  const kunci = kunciOpsi(v);
  if (kunci === "" || kunci === "LKJ" || kunci === "SAKIP") return SKALA_LKJ;
  if (kunci.startsWith("PERMENDAGRI") || kunci === "862017" || kunci === "RENJA") return SKALA_PERMENDAGRI;
  throw new Error(
    `Skala predikat ${tampilkanNilai(v)} tidak dikenal. Pilihan: "LKJ", "PERMENDAGRI", atau rentang dua kolom (batas bawah, predikat).`,
  );
}

/**
 * A unit's own scale from a two-column range: lower bound (inclusive) and predikat, rows in any
 * order, the columns either way round (the bounds are the column that holds numbers), under an
 * optional header row ("Batas bawah", "Predikat": the first filled row with no number in it).
 * The class with the lowest bound also takes every value below it, so each capaian has a class.
 * Sorted once, from the highest bound down, for predikat's binary search.
 */
export function skalaKustom(baris: readonly (readonly unknown[])[]): SkalaPredikat {
  const angka = (v: unknown) => cobaParseAngka(v) !== null;
  const terisi: number[] = [];
  baris.forEach((b, i) => {
    if (!(isKosong(b[0]) && isKosong(b[1]))) terisi.push(i);
  });
  const pertama = terisi[0] === undefined ? undefined : baris[terisi[0]]!;
  if (pertama && !angka(pertama[0]) && !angka(pertama[1])) terisi.shift();
  // The bounds' column: the first row with a number on one side only tells it; else the first.
  let kolomBatas = 0;
  for (const i of terisi) {
    const [a, b] = [angka(baris[i]![0]), angka(baris[i]![1])];
    if (a !== b) {
      kolomBatas = a ? 0 : 1;
      break;
    }
    if (a && b) break;
  }
  if (terisi.length > 0 && !terisi.some((i) => angka(baris[i]![0]) || angka(baris[i]![1]))) {
    throw new Error(
      "Skala predikat sendiri: satu kolom berisi batas bawah (angka), kolom lainnya predikat; tidak ada angka di rentang ini.",
    );
  }
  const kelas: KelasPredikat[] = [];
  for (const i of terisi) {
    const batas = baris[i]![kolomBatas];
    const nama = baris[i]![1 - kolomBatas];
    if (isKosong(batas) || isKosong(nama)) {
      throw new Error(`Skala predikat baris ${i + 1}: isi batas bawah dan predikat, keduanya.`);
    }
    kelas.push({
      batasBawah: parseAngka(batas, `Batas bawah skala baris ${i + 1}`),
      termasukBatas: true,
      predikat: teksAman(nama).trim(),
    });
  }
  if (kelas.length < 2) throw new Error("Skala predikat sendiri memerlukan sedikitnya dua baris.");
  kelas.sort((a, b) => b.batasBawah - a.batasBawah);
  for (let i = 1; i < kelas.length; i++) {
    if (kelas[i]!.batasBawah === kelas[i - 1]!.batasBawah) {
      throw new Error(`Skala predikat: batas bawah ${kelas[i]!.batasBawah} tertulis dua kali.`);
    }
  }
  const terendah = kelas[kelas.length - 1]!;
  kelas[kelas.length - 1] = { ...terendah, batasBawah: Number.NEGATIVE_INFINITY };
  return { nama: "SENDIRI", kelas };
}

/**
 * The predikat of a capaian in percent units. Judged on the value rounded to two decimals, the
 * one the report prints, so a printed "95,00 %" never reads "Berhasil".
 */
export function predikat(capaian: number, skala: SkalaPredikat = SKALA_LKJ): string {
  if (!Number.isFinite(capaian)) throw new Error("Capaian harus berupa angka.");
  const kelas = skala.kelas;
  if (kelas.length === 0) throw new Error(`Skala predikat ${skala.nama} tidak berisi kelas.`);
  const nilai = bulatkan(capaian, 2);
  // The bounds fall strictly from the first class to the last, so "at or above class k's bound"
  // holds from some k on: a binary search finds the first, one scan of a 100 000-row scale
  // per capaian would not fit Sheets' 30 s for a column of them.
  let lo = 0;
  let hi = kelas.length - 1;
  while (lo < hi) {
    const tengah = (lo + hi) >>> 1;
    const k = kelas[tengah]!;
    if (k.termasukBatas ? nilai >= k.batasBawah : nilai > k.batasBawah) hi = tengah;
    else lo = tengah + 1;
  }
  // The last class has no lower bound: a capaian below every bound lands there.
  return kelas[lo]!.predikat;
}
