/**
 * Terbilang: an amount written in Indonesian words, as RKA-SKPD and kuitansi print it
 * (seed 004: 551.204.390,00 -> "LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS
 * SEMBILAN PULUH RUPIAH"), and the reverse reading used by Periksa Data to catch terbilang text
 * that disagrees with its number (seed 004 typos "SERMBILAN", "TUJUH RATUS LIMA RATUS").
 */
import { tampilkanNilai } from "./format";
import { bulatkan, toPlainString } from "./pembulatan";

export type BentukHuruf = "kecil" | "besar" | "judul";

export interface OpsiTerbilang {
  /** Appended after a space, e.g. "rupiah". Empty or blank means none. */
  akhiran?: string;
  /** "kecil" (default), "besar" (ALL CAPS, as RKA prints it) or "judul" (Title Case). */
  huruf?: BentukHuruf | string;
}

const BENTUK_HURUF: readonly BentukHuruf[] = ["kecil", "besar", "judul"];

const ANGKA_SATUAN = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

// "miliar" is the KBBI spelling; "milyar" is only accepted when reading.
const SKALA = ["", "ribu", "juta", "miliar", "triliun"];

/** |angka| must stay below 1000 triliun: the scale words stop at triliun. */
const BATAS = 1e15;

/** Reads the huruf option as a user may type it in a settings cell; blank means "kecil". */
export function parseBentukHuruf(teks: unknown): BentukHuruf {
  if (teks === undefined || teks === null) return "kecil";
  if (typeof teks !== "string") {
    throw new Error(
      `Bentuk huruf terbilang tidak dikenal: ${tampilkanNilai(teks)}. Pilihan: kecil, besar, judul.`,
    );
  }
  const rapi = teks.trim().toLowerCase();
  if (rapi === "") return "kecil";
  const cocok = BENTUK_HURUF.find((b) => b === rapi);
  if (cocok === undefined) {
    throw new Error(`Bentuk huruf terbilang tidak dikenal: "${teks}". Pilihan: kecil, besar, judul.`);
  }
  return cocok;
}

/** 1..999 in words; se- for one hundred, ten and eleven (seratus, sepuluh, sebelas). */
function tigaDigit(n: number): string {
  const ratusan = (n - (n % 100)) / 100;
  const sisa = n % 100;
  const depan = ratusan === 0 ? "" : ratusan === 1 ? "seratus" : `${ANGKA_SATUAN[ratusan]!} ratus`;
  let belakang: string;
  if (sisa === 0) return depan;
  if (sisa === 10) belakang = "sepuluh";
  else if (sisa === 11) belakang = "sebelas";
  else if (sisa < 10) belakang = ANGKA_SATUAN[sisa]!;
  else if (sisa < 20) belakang = `${ANGKA_SATUAN[sisa - 10]!} belas`;
  else {
    const satuan = sisa % 10;
    belakang = `${ANGKA_SATUAN[(sisa - satuan) / 10]!} puluh`;
    if (satuan > 0) belakang += ` ${ANGKA_SATUAN[satuan]!}`;
  }
  return depan === "" ? belakang : `${depan} ${belakang}`;
}

/** A whole number 1 .. 999 triliun in words, group by group from the units up. */
function bilanganBulat(n: number): string {
  let teks = "";
  let sisa = n;
  for (let skala = 0; sisa > 0; skala++) {
    const nilai = sisa % 1000;
    sisa = (sisa - nilai) / 1000;
    if (nilai === 0) continue;
    // Only thousands take se-: "seribu", but "satu juta", "satu miliar", "satu triliun".
    const kata =
      nilai === 1 && skala === 1
        ? "seribu"
        : skala === 0
          ? tigaDigit(nilai)
          : `${tigaDigit(nilai)} ${SKALA[skala]!}`;
    teks = teks === "" ? kata : `${kata} ${teks}`;
  }
  return teks;
}

/** |n| below 1000 triliun in lower-case words: the whole part, then each decimal digit after "koma". */
function kataAngka(n: number): string {
  const mutlak = Math.abs(n);
  const bulat = Math.floor(mutlak);
  let teks = bulat === 0 ? "nol" : bilanganBulat(bulat);
  if (bulat !== mutlak) {
    // The shortest decimal form JS prints; it has no trailing zeros, and they are not read (1,50 -> "satu koma lima").
    const digit = toPlainString(mutlak);
    let akhir = digit.length;
    while (digit.charCodeAt(akhir - 1) === 48) akhir--;
    teks += " koma";
    for (let i = digit.indexOf(".") + 1; i < akhir; i++)
      teks += ` ${ANGKA_SATUAN[digit.charCodeAt(i) - 48]!}`;
  }
  // -0 and values that print as 0 read "nol", never "minus nol".
  return n < 0 && teks !== "nol" ? `minus ${teks}` : teks;
}

/** Words are built in lower case; the huruf sets the whole text, akhiran included. */
function terapkanHuruf(teks: string, huruf: BentukHuruf): string {
  if (huruf === "kecil") return teks;
  if (huruf === "besar") return teks.toUpperCase();
  return teks
    .split(" ")
    .map((k) => k.charAt(0).toUpperCase() + k.slice(1))
    .join(" ");
}

/** Significant digits a double holds for every amount: 15 (DBL_DIG), so 10,1 x 3 is read 30,3. */
const DIGIT_BERMAKNA = 15;

interface Akhiran {
  /** Trimmed, inner spaces single, lower case ("" for none). */
  kecil: string;
  /** The akhiran names the currency: the amount is then read to the sen (two decimals). */
  rupiah: boolean;
}

const TANPA_AKHIRAN: Akhiran = { kecil: "", rupiah: false };
// A column of =TERBILANG(F2; "rupiah") repeats one akhiran: it is read once, not per cell.
let akhiranTerakhir: { mentah: string; hasil: Akhiran } | null = null;

function bacaAkhiran(mentah: unknown): Akhiran {
  if (mentah === undefined || mentah === "") return TANPA_AKHIRAN;
  if (typeof mentah !== "string") {
    throw new Error(
      `Akhiran terbilang harus berupa teks, misalnya "rupiah", bukan ${tampilkanNilai(mentah)}.`,
    );
  }
  if (akhiranTerakhir?.mentah === mentah) return akhiranTerakhir.hasil;
  const kecil = mentah.trim().replace(/\s+/g, " ").toLowerCase();
  const hasil = { kecil, rupiah: /^rupiah\b/.test(kecil) };
  akhiranTerakhir = { mentah, hasil };
  return hasil;
}

/**
 * The amount terbilang spells: rounded to 15 significant digits, so the float noise of a sum or
 * product in the sheet (10,1 x 3 = 30,299999999999997) is not read out as fifteen decimals, and
 * for rupiah to the sen, half away from zero as written (1,005 -> 1,01). Whole amounts below
 * 1000 triliun have at most 15 digits and pass unchanged.
 */
function dibulatkanUntukTerbilang(angka: number, rupiah: boolean): number {
  if (Number.isInteger(angka)) return angka;
  const n = Number(angka.toPrecision(DIGIT_BERMAKNA));
  return rupiah ? bulatkan(n, 2) : n;
}

/**
 * The amount in Indonesian words. Decimals are read digit by digit after "koma", from the
 * shortest decimal form of the amount rounded to 15 significant digits (0.05 -> "nol koma nol
 * lima"; 0,1 + 0,2 -> "nol koma tiga"), to the sen when the akhiran is "rupiah"; the whole text,
 * suffix included, is set in the requested huruf.
 */
export function terbilang(angka: number, opsi?: OpsiTerbilang): string {
  if (typeof angka !== "number") {
    throw new Error(`Terbilang memerlukan angka, bukan ${tampilkanNilai(angka)}.`);
  }
  if (!Number.isFinite(angka)) {
    throw new Error(`Angka tidak dapat dibuat terbilang: ${String(angka)}.`);
  }
  if (opsi !== undefined && (opsi === null || typeof opsi !== "object")) {
    throw new Error(`Opsi terbilang harus berupa objek, bukan ${tampilkanNilai(opsi)}.`);
  }
  const huruf = opsi?.huruf === undefined ? "kecil" : parseBentukHuruf(opsi.huruf);
  const akhiran = bacaAkhiran(opsi?.akhiran);
  const dibaca = dibulatkanUntukTerbilang(angka, akhiran.rupiah);
  if (Math.abs(dibaca) >= BATAS) {
    throw new Error(`Angka terlalu besar untuk terbilang: ${toPlainString(angka)}; maksimum 999 triliun.`);
  }
  const kata = kataAngka(dibaca);
  return terapkanHuruf(akhiran.kecil === "" ? kata : `${kata} ${akhiran.kecil}`, huruf);
}

// ---------------------------------------------------------------------------------------------
// Reading terbilang text back to a number.

const NILAI_SATUAN = new Map<string, number>(ANGKA_SATUAN.slice(1).map((k, i) => [k, i + 1]));
const NILAI_SKALA = new Map<string, number>([
  ["ribu", 1],
  ["juta", 2],
  ["miliar", 3],
  ["milyar", 3],
  ["triliun", 4],
]);
const KATA_LAIN = new Set([
  "nol",
  "sepuluh",
  "sebelas",
  "seratus",
  "seribu",
  "belas",
  "puluh",
  "ratus",
  "koma",
  "minus",
  "rupiah",
]);

function dikenal(kata: string): boolean {
  return NILAI_SATUAN.has(kata) || NILAI_SKALA.has(kata) || KATA_LAIN.has(kata);
}

class Pembaca {
  pos = 0;
  constructor(private readonly kata: readonly string[]) {}

  lihat(geser = 0): string | undefined {
    return this.kata[this.pos + geser];
  }

  /** Error pointing at the word at the current position, quoting the text up to it. */
  salah(alasan?: string): Error {
    const sampai = this.kata.slice(0, this.pos + 1).join(" ");
    const kata = this.lihat() ?? "";
    return new Error(
      `Urutan kata tidak sah dalam terbilang: "${kata}" tidak boleh di sini ("${sampai}")${alasan ? `; ${alasan}` : ""}.`,
    );
  }
}

/** One group 1..999 (e.g. "tujuh ratus lima puluh"), or undefined if the next word cannot start one. */
function bacaKelompok(p: Pembaca): number | undefined {
  let nilai = 0;
  let ada = false;
  const k0 = p.lihat();
  if (k0 === "seratus") {
    nilai = 100;
    ada = true;
    p.pos++;
  } else if (k0 !== undefined && NILAI_SATUAN.has(k0) && p.lihat(1) === "ratus") {
    if (k0 === "satu") throw p.salah('tulis "seratus", bukan "satu ratus"');
    nilai = NILAI_SATUAN.get(k0)! * 100;
    ada = true;
    p.pos += 2;
  }
  const k1 = p.lihat();
  if (k1 === "sepuluh" || k1 === "sebelas") {
    nilai += k1 === "sepuluh" ? 10 : 11;
    p.pos++;
    return nilai;
  }
  if (k1 !== undefined && NILAI_SATUAN.has(k1)) {
    const d = NILAI_SATUAN.get(k1)!;
    const k2 = p.lihat(1);
    if (k2 === "belas") {
      if (d === 1) {
        p.pos++;
        throw p.salah('tulis "sebelas", bukan "satu belas"');
      }
      p.pos += 2;
      return nilai + 10 + d;
    }
    if (k2 === "puluh") {
      if (d === 1) {
        p.pos++;
        throw p.salah('tulis "sepuluh", bukan "satu puluh"');
      }
      p.pos += 2;
      nilai += d * 10;
      const k3 = p.lihat();
      if (k3 !== undefined && NILAI_SATUAN.has(k3) && p.lihat(1) !== "ratus" && p.lihat(1) !== "puluh") {
        nilai += NILAI_SATUAN.get(k3)!;
        p.pos++;
      }
      return nilai;
    }
    if (k2 === "ratus") {
      // A second hundreds inside one group: seed 004's "TUJUH RATUS LIMA RATUS".
      p.pos++;
      throw p.salah();
    }
    p.pos++;
    return nilai + d;
  }
  return ada ? nilai : undefined;
}

/** Integer words (no sign, no suffix), groups in strictly falling scale order. */
function bacaBulat(p: Pembaca, akhir: number): number {
  if (p.lihat() === "nol") {
    p.pos++;
    if (p.pos < akhir) throw p.salah();
    return 0;
  }
  let total = 0;
  let skalaTerakhir = Number.POSITIVE_INFINITY;
  while (p.pos < akhir) {
    let kelompok: number;
    let skala: number;
    if (p.lihat() === "seribu") {
      kelompok = 1;
      skala = 1;
    } else {
      const dibaca = bacaKelompok(p);
      if (dibaca === undefined || p.pos > akhir) throw p.salah();
      kelompok = dibaca;
      const kSkala = p.pos < akhir ? p.lihat() : undefined;
      if (kSkala !== undefined && NILAI_SKALA.has(kSkala)) {
        skala = NILAI_SKALA.get(kSkala)!;
        if (kelompok === 1 && skala === 1) throw p.salah('tulis "seribu", bukan "satu ribu"');
      } else if (p.pos >= akhir) {
        skala = 0;
      } else {
        throw p.salah();
      }
    }
    if (skala >= skalaTerakhir) throw p.salah();
    if (skala > 0) p.pos++;
    skalaTerakhir = skala;
    total += kelompok * 1000 ** skala;
  }
  return total;
}

/**
 * Reads terbilang text back to its number: "Lima Ratus Lima Puluh Satu Juta ... Rupiah" ->
 * 551204390. Tolerates any case, extra spaces, surrounding parentheses (as RKA prints it), a
 * "rupiah" suffix, a leading "minus" and decimals after "koma". Throws on unknown words or
 * words in an impossible order, so Periksa Data can show where the text is wrong.
 */
export function bacaTerbilang(teks: string): number {
  if (typeof teks !== "string") {
    throw new Error(`Terbilang harus berupa teks, bukan ${tampilkanNilai(teks)}.`);
  }
  let rapi = teks.trim().toLowerCase();
  if (rapi.startsWith("(") && rapi.endsWith(")")) rapi = rapi.slice(1, -1).trim();
  const kata = rapi === "" ? [] : rapi.split(/\s+/);
  if (kata.length === 0) throw new Error("Terbilang kosong: tidak ada kata untuk dibaca.");
  for (const k of kata) {
    if (!dikenal(k)) throw new Error(`Kata tidak dikenal dalam terbilang: "${k}".`);
  }

  let akhir = kata.length;
  if (kata[akhir - 1] === "rupiah") akhir--;
  const minus = kata[0] === "minus";
  const p = new Pembaca(kata);
  if (minus) p.pos++;
  const posKoma = kata.indexOf("koma");
  const akhirBulat = posKoma >= 0 && posKoma < akhir ? posKoma : akhir;
  if (p.pos >= akhirBulat) {
    if (p.pos < kata.length) throw p.salah("bagian bilangan bulat tidak ada");
    throw new Error(`Terbilang tidak berisi angka: "${teks.trim()}".`);
  }
  const bulat = bacaBulat(p, akhirBulat);

  let desimal = "";
  if (akhirBulat < akhir) {
    p.pos = akhirBulat;
    if (akhirBulat + 1 >= akhir) throw p.salah("tidak ada angka setelah koma");
    p.pos++;
    while (p.pos < akhir) {
      const k = p.lihat()!;
      const d = k === "nol" ? 0 : NILAI_SATUAN.get(k);
      if (d === undefined) throw p.salah("setelah koma hanya angka satu per satu (nol sampai sembilan)");
      desimal += String(d);
      p.pos++;
    }
  }
  const mutlak = desimal === "" ? bulat : Number(`${bulat}.${desimal}`);
  if (mutlak === 0) return 0;
  return minus ? -mutlak : mutlak;
}
