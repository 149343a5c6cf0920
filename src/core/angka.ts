/**
 * Reading numbers the way Indonesian users paste them into a sheet (domain.md section 3):
 * "1.234.567,89", "Rp. 6.183.035.351,-", "96,07 %", and, from tables made with an English-locale
 * Excel (seed 002, evaluasi Renja T-C.29), "1,814,088,000" and "342,181,137.68".
 * Ambiguous text is always read the Indonesian way ("1.455" is 1455, "1,500" is 1,5).
 */
import { esTanggal, formatTanggal } from "./format";

const CONTOH = "Tulis angka seperti 1.234.567,89 atau 95,23 %.";

/** Spaces of every kind (NBSP and thin spaces come with text pasted from Word) become one plain space. */
function rapikanSpasi(s: string): string {
  return s
    .replace(/[\u200B-\u200D\u2060]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "", null, undefined or a string of nothing but spaces: what Sheets passes for a blank cell. */
export function isKosong(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  // Tested in place, without building the tidied copy: custom functions ask it of every cell.
  return typeof v === "string" && /^[\s\u200B-\u200D\u2060]*$/.test(v);
}

/** The value read as a number, or null when blank or unreadable. Never throws. */
export function cobaParseAngka(v: unknown): number | null {
  try {
    const hasil = baca(v, undefined);
    return typeof hasil === "number" ? hasil : null;
  } catch {
    return null;
  }
}

/**
 * The value read as a number; throws an Error with an Indonesian message naming the value.
 * `label` names the field in that message ("target" -> `Target "abc" bukan angka ...`).
 * Percent text stays in percent units: "95,23 %" -> 95.23.
 */
export function parseAngka(v: unknown, label?: string): number {
  // Most cells are plain numbers: answer them before any string work (custom functions read
  // whole columns of them).
  if (typeof v === "number" && Number.isFinite(v)) return v === 0 ? 0 : v;
  const hasil = baca(v, label);
  if (typeof hasil === "number") return hasil;
  throw new Error(hasil.pesan);
}

interface Gagal {
  pesan: string;
}

function baca(v: unknown, label: string | undefined): number | Gagal {
  const subjek = label ? kapital(label) : "Nilai";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { pesan: `${subjek} berisi ${String(v)}, bukan angka yang terhingga.` };
    return v === 0 ? 0 : v;
  }
  if (isKosong(v))
    return { pesan: `${subjek} kosong. Isi dengan angka, misalnya 1.234.567,89 atau 95,23 %.` };
  if (typeof v === "string") return bacaTeks(v, label);
  // A ticked checkbox arrives as a boolean: it is not 1 or 0 to the user, so say so.
  if (typeof v === "boolean") {
    return { pesan: `${subjek} berisi nilai benar/salah (${v ? "TRUE" : "FALSE"}), bukan angka.` };
  }
  if (esTanggal(v)) {
    const tanggal = Number.isNaN(v.getTime()) ? "yang tidak sah" : formatTanggal(v);
    return { pesan: `${subjek} berisi tanggal ${tanggal}, bukan angka. Ubah format selnya menjadi angka.` };
  }
  if (Array.isArray(v)) {
    return { pesan: `${subjek} berisi beberapa sel sekaligus; pilih satu sel saja.` };
  }
  return { pesan: `${subjek} bukan angka (jenis nilai: ${typeof v === "object" ? "objek" : typeof v}).` };
}

function bacaTeks(asli: string, label: string | undefined): number | Gagal {
  const teks = rapikanSpasi(asli);
  const kutipan = `"${teks.length > 60 ? `${teks.slice(0, 57)}...` : teks}"`;
  const awal = label ? `${kapital(label)} ${kutipan}` : kutipan;
  const gagal: Gagal = { pesan: `${awal} bukan angka yang dapat dibaca. ${CONTOH}` };

  // An error value from another cell (#DIV/0!, #N/A) is not a typing mistake in this cell.
  if (/^#[A-Z0-9/]+[!?]?$/i.test(teks) && /[A-Z]/i.test(teks)) {
    return {
      pesan: `${label ? kapital(label) : "Nilai"} berisi galat ${teks} dari sel lain; perbaiki dulu sel sumbernya.`,
    };
  }

  let s = teks;
  let negatif = false;
  let bertanda = false;
  let adaRp = false;
  let adaPersen = false;

  // Sign, "Rp" and parentheses may come in either order: "-Rp 5.000" (as formatRupiah prints),
  // "Rp -5.000", "Rp (5.000)", "(Rp 5.000)".
  for (let putaran = 0; putaran < 2; putaran++) {
    const kurung = /^\((.*)\)$/.exec(s);
    const minus = /^[-\u2212]/.test(s) && !/^[-\u2013\u2014]$/.test(s);
    if (kurung || minus || s.startsWith("+")) {
      if (bertanda) return gagal;
      bertanda = true;
      negatif = !s.startsWith("+");
      s = kurung ? kurung[1]!.trim() : s.slice(1).trim();
    }
    const rp = /^(?:rp\.?|idr)\s*/i.exec(s);
    if (rp && !adaRp) {
      adaRp = true;
      s = s.slice(rp[0].length);
    }
  }

  // A lone dash is the accountants' nil (seed 002/003 budget tables: sisa "-").
  if (/^[-\u2013\u2014]$/.test(s)) return bertanda ? gagal : 0;

  if (s.endsWith("%")) {
    adaPersen = true;
    s = s.slice(0, -1).trim();
  }
  if (adaPersen && adaRp) return gagal;

  // "Rp. 6.183.035.351,-" (seed 003/004): the trailing ",-" says "no cents".
  let tanpaDesimal = false;
  const akhiran = /[,.]-{1,2}$/.exec(s);
  if (akhiran) {
    tanpaDesimal = true;
    s = s.slice(0, -akhiran[0].length);
  }

  const angka = bacaBadan(s, tanpaDesimal);
  if (angka === null) return gagal;
  const nilai = Number(angka);
  if (!Number.isFinite(nilai)) {
    return { pesan: `${awal} terlalu besar untuk dihitung.` };
  }
  const hasil = negatif ? -nilai : nilai;
  return hasil === 0 ? 0 : hasil;
}

/**
 * Groups "1", "234", "567" form a thousands grouping: a first group of 1-3 digits not starting
 * with 0 (no one writes "0.500" for five hundred), then groups of exactly three.
 */
function kelompokRibuan(kelompok: string[]): boolean {
  const [pertama, ...sisa] = kelompok;
  return pertama !== undefined && /^[1-9]\d{0,2}$/.test(pertama) && sisa.every((k) => /^\d{3}$/.test(k));
}

/**
 * The bare digits with their separators, as a JS number literal ("1234567.89"), or null.
 * Which of "." and "," is the decimal mark is decided only where the text allows one reading;
 * otherwise the Indonesian reading wins.
 */
function bacaBadan(s: string, tanpaDesimal: boolean): string | null {
  if (!/^\d[\d., ]*$/.test(s) || !/\d$/.test(s)) return null;

  let bulat: string;
  let pecahan = "";

  if (s.includes(" ")) {
    // "1 234 567" or "1 234 567,89": the space groups thousands, so a "." or "," left is the decimal mark.
    const kelompok = s.split(" ");
    const terakhir = kelompok.pop()!;
    const m = /^(\d{3})(?:[.,](\d+))?$/.exec(terakhir);
    if (!m || !kelompokRibuan([...kelompok, m[1]!])) return null;
    if (kelompok.some((k) => /[.,]/.test(k))) return null;
    bulat = kelompok.join("") + m[1]!;
    pecahan = m[2] ?? "";
  } else {
    const titik = s.split(".").length - 1;
    const koma = s.split(",").length - 1;
    const akhirTitik = s.lastIndexOf(".");
    const akhirKoma = s.lastIndexOf(",");
    if (titik > 0 && koma > 0) {
      // Both marks: the last one is the decimal mark and must appear once; the other groups thousands.
      const [desimal, ribuan] = akhirKoma > akhirTitik ? [",", "."] : [".", ","];
      const posisi = s.lastIndexOf(desimal);
      if (s.indexOf(desimal) !== posisi) return null;
      const depan = s.slice(0, posisi).split(ribuan);
      if (!kelompokRibuan(depan)) return null;
      bulat = depan.join("");
      pecahan = s.slice(posisi + 1);
      if (!/^\d+$/.test(pecahan)) return null;
    } else if (titik > 0 || koma > 0) {
      const tanda = titik > 0 ? "." : ",";
      const kelompok = s.split(tanda);
      if (kelompok.length > 2) {
        // "1.234.567" or "1,814,088,000": repeated marks can only group thousands.
        if (!kelompokRibuan(kelompok)) return null;
        bulat = kelompok.join("");
      } else if (tanda === ".") {
        // One dot: thousands only if it could be ("1.455"); "86.32" or "0.500" can only be a decimal point.
        const [depan = "", belakang = ""] = kelompok;
        if (kelompokRibuan(kelompok)) {
          bulat = depan + belakang;
        } else {
          bulat = depan;
          pecahan = belakang;
        }
      } else {
        // One comma is the Indonesian decimal mark, even "1,500" (= 1,5).
        bulat = kelompok[0] ?? "";
        pecahan = kelompok[1] ?? "";
      }
    } else {
      bulat = s;
    }
  }

  if (!/^\d+$/.test(bulat) || !/^\d*$/.test(pecahan)) return null;
  if (tanpaDesimal && pecahan !== "") return null;
  return pecahan ? `${bulat}.${pecahan}` : bulat;
}

function kapital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
