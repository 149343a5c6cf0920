import { teksAman } from "./format";
import { bulatkan } from "./pembulatan";

/** Serapan (absorption) in percent units: realisasi / pagu x 100 (Lumajang TW III 2021: 66,44 %). */
export function serapan(realisasi: number, pagu: number): number {
  if (!Number.isFinite(realisasi) || !Number.isFinite(pagu))
    throw new Error("Realisasi dan pagu harus angka.");
  if (pagu === 0) throw new Error("Pagu 0: serapan tidak dapat dihitung (pembagian dengan nol).");
  if (pagu < 0) throw new Error(`Pagu ${pagu} negatif: pagu anggaran tidak boleh kurang dari 0.`);
  const hasil = (realisasi / pagu) * 100;
  if (!Number.isFinite(hasil)) {
    throw new Error(
      "Serapan terlalu besar untuk dihitung (di luar batas angka): periksa satuan realisasi dan pagu.",
    );
  }
  return hasil;
}

/** Sisa anggaran = pagu - realisasi; a negative sisa means spending above the pagu. */
export function sisaAnggaran(pagu: number, realisasi: number): number {
  return pagu - realisasi;
}

/** LKJ efisiensi: capaian kinerja % - capaian (serapan) anggaran %, both in percent units. */
export function efisiensi(capaianKinerja: number, capaianAnggaran: number): number {
  return capaianKinerja - capaianAnggaran;
}

/**
 * RKA prakiraan maju n+1: 110 % of year n by default (seed 004: 551.204.390 -> 606.324.829),
 * rounded to whole rupiah.
 */
export function prakiraanMaju(jumlahTahunN: number, persen = 110): number {
  if (!Number.isFinite(jumlahTahunN)) throw new Error("Jumlah tahun n harus angka.");
  if (!Number.isFinite(persen) || persen <= 0)
    throw new Error(`Persentase prakiraan maju ${persen} tidak sah.`);
  return bulatkan((jumlahTahunN * persen) / 100, 0);
}

/**
 * Account codes as users type them: "7.01.01.2.02.01", with the stray trailing dot of seed 003
 * ("7.01.06.2.01.02.") forgiven. Returns null for text that is not a code.
 */
export function normalisasiKode(v: unknown): string | null {
  const teks = teksAman(v).trim().replace(/\.$/, "");
  return /^\d+(\.\d+)*$/.test(teks) ? teks : null;
}

/** The code one level up ("7.01.01.2.02.01" -> "7.01.01.2.02"), null at the top. */
export function kodeInduk(kode: string): string | null {
  const i = kode.lastIndexOf(".");
  return i < 0 ? null : kode.slice(0, i);
}

/** Account codes in document order: 7.01.01 < 7.01.01.2.01 < 7.01.01.2.01.02 < 7.01.03. */
export function urutKode(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return 0;
}

export interface BarisAnggaran {
  kode: string;
  /** Amounts in a fixed order (e.g. pagu awal, pagu perubahan, realisasi TW I-IV); null = blank. */
  nilai: readonly (number | null)[];
}

export interface HasilGulung {
  kode: string;
  /** The line's own amounts for a leaf; the sum of its children's for a parent. */
  nilai: number[];
  anak: string[];
  /** Indexes of amounts where a parent's typed value disagrees with the sum of its children. */
  selisih: { indeks: number; tertulis: number; jumlahAnak: number }[];
}

/**
 * Rolls child budget lines up into their parents by account code: a parent's amount is the sum
 * of its children (domain.md section 1). A line's parent is its nearest ancestor code present in
 * the list, so a sub kegiatan sits under its kegiatan even when a level in between is absent.
 * Compares what a parent line states with that sum (seed 003's PK: programs summing to
 * 6.339.676.351 under 6.420.166.069).
 */
export function gulungAnggaran(baris: readonly BarisAnggaran[]): Map<string, HasilGulung> {
  const lebar = baris.reduce((m, b) => Math.max(m, b.nilai.length), 0);
  const hasil = new Map<string, HasilGulung>();
  for (const b of baris) {
    if (hasil.has(b.kode)) throw new Error(`Kode rekening ${b.kode} tertulis lebih dari sekali.`);
    hasil.set(b.kode, { kode: b.kode, nilai: [], anak: [], selisih: [] });
  }
  const indukDari = (kode: string): string | null => {
    for (let k = kodeInduk(kode); k !== null; k = kodeInduk(k)) if (hasil.has(k)) return k;
    return null;
  };
  for (const b of baris) {
    const induk = indukDari(b.kode);
    if (induk !== null) hasil.get(induk)!.anak.push(b.kode);
  }
  const tertulis = new Map(baris.map((b) => [b.kode, b.nilai]));
  const hitung = (kode: string): number[] => {
    const h = hasil.get(kode)!;
    const milik = tertulis.get(kode)!;
    if (h.anak.length === 0) {
      h.nilai = Array.from({ length: lebar }, (_, i) => milik[i] ?? 0);
      return h.nilai;
    }
    const jumlah = new Array<number>(lebar).fill(0);
    for (const a of h.anak) {
      hitung(a).forEach((v, i) => {
        jumlah[i]! += v;
      });
    }
    // Sums of rupiah amounts: round away the float dust of adding many decimals.
    h.nilai = jumlah.map((v) => bulatkan(v, 2));
    h.nilai.forEach((v, i) => {
      const t = milik[i];
      if (t !== null && t !== undefined && Math.abs(t - v) > 0.005) {
        h.selisih.push({ indeks: i, tertulis: t, jumlahAnak: v });
      }
    });
    return h.nilai;
  };
  for (const b of baris) if (indukDari(b.kode) === null) hitung(b.kode);
  return hasil;
}
