/**
 * The workbook contract's building blocks: a column is defined once, with its header, what it
 * holds, the record field it fills and the reader of its cells. The record type of a sheet is
 * derived from its columns (`Rekaman`), so the reader (src/sheets/baca), the sample writer
 * (src/sheets/contoh), setup (src/sheets/siapkan) and the sample types (src/core/model/contoh) all
 * follow the same definition. Pure: no Apps Script service here.
 */
import { isKosong, parseAngka } from "../angka";
import { parseTanggal } from "../format";

export type JenisKolom =
  | "teks"
  | "kode"
  | "angka"
  | "rupiah"
  | "pilihan"
  | "tanggal"
  | "jawaban"
  /** A computed column: one array formula in the first data row fills the column. */
  | "rumus";

/**
 * How a cell becomes a field value: `baca` returns the value or throws core's Indonesian
 * message; `kosong` is the field's value for a blank cell and for a cell that could not be read
 * (the row is still checked further).
 */
export interface Pembaca<T> {
  baca(v: unknown, label: string): T;
  kosong: T;
}

export interface KolomDasar {
  /** Header exactly as the sheet shows it. */
  judul: string;
  /** The column in a message, when not labelKolom(judul): "Kode pertanyaan". */
  label?: string;
  jenis: JenisKolom;
  /** Dropdown values (jenis "pilihan"). */
  pilihan?: readonly string[];
  /** Sheets number format (locale-independent pattern: "#,##0" shows 1.234.567 in id_ID). */
  format?: string;
  /** Column width in pixels. */
  lebar?: number;
  /** Note on the header cell: what to type here. */
  catatan: string;
}

/**
 * A column that fills a record field. `indeks` places it in an array field (Realisasi TW I-IV).
 * `wajib`: a blank cell in a row that holds data is a galat (the message, or "<label> kosong.").
 */
export interface KolomIsi<K extends string = string, T = unknown> extends KolomDasar {
  kunci: K;
  pembaca: Pembaca<T>;
  indeks?: number;
  wajib?: { pesan?: string; saran?: string };
  /** A computed column read back (Sisa, Serapan): no sample types it. */
  dihitung?: true;
}

/** A computed column no record reads. */
export interface KolomRumus extends KolomDasar {
  jenis: "rumus";
  kunci?: undefined;
}

export type Kolom = KolomIsi | KolomRumus;

export interface SkemaLembar<Ks extends readonly Kolom[] = readonly Kolom[]> {
  nama: string;
  kolom: Ks;
  /** A column whose header may appear several times (SKM answers P1, P2 ...): its prefix. */
  kolomBerulang?: { awalan: string; jenis: JenisKolom; catatan: string };
}

type Bidang<C> = C extends { kunci: infer K extends string; pembaca: Pembaca<infer T>; indeks: number }
  ? { [P in K]: T[] }
  : C extends { kunci: infer K extends string; pembaca: Pembaca<infer T> }
    ? { [P in K]: T }
    : never;
type Irisan<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Rata<T> = { [K in keyof T]: T[K] };

/** The fields a person types (a sample gives them): not those of computed columns read back. */
export type Ketikan<S extends SkemaLembar> = Rata<
  Irisan<Bidang<Exclude<S["kolom"][number], { dihitung: true }>>>
>;
/** The fields a sheet's columns fill: one per column, an array per numbered group. */
export type Isi<S extends SkemaLembar> = Rata<Irisan<Bidang<S["kolom"][number]>>>;
/** A row of the sheet as a record: its fields and the 1-based sheet row it came from. */
export type Rekaman<S extends SkemaLembar> = Rata<{ baris: number } & Irisan<Bidang<S["kolom"][number]>>>;

export function lembar<const Ks extends readonly Kolom[]>(
  nama: string,
  kolom: Ks,
  lain: Omit<SkemaLembar, "nama" | "kolom"> = {},
): SkemaLembar<Ks> {
  return { nama, kolom, ...lain };
}

type Info = Omit<KolomDasar, "judul" | "jenis"> & {
  jenis?: JenisKolom;
  indeks?: number;
  wajib?: true | { pesan?: string; saran?: string };
};

/** A column filling field `kunci` through `pembaca`. */
export function kolom<const K extends string, T>(
  judul: string,
  kunci: K,
  pembaca: Pembaca<T>,
  info: Info & { indeks: number },
): KolomIsi<K, T> & { indeks: number };
export function kolom<const K extends string, T>(
  judul: string,
  kunci: K,
  pembaca: Pembaca<T>,
  info: Info,
): KolomIsi<K, T> & { indeks?: undefined };
export function kolom<const K extends string, T>(
  judul: string,
  kunci: K,
  pembaca: Pembaca<T>,
  info: Info,
): KolomIsi<K, T> {
  const { jenis, wajib, ...lain } = info;
  const j = jenis ?? jenisDari(pembaca);
  return {
    judul,
    jenis: j,
    kunci,
    pembaca,
    // Codes and texts stay as typed: "5.10" must not become 5.1, "1.1.1" a date, a target "78%"
    // the number 0,78 (setValues and typing parse a string by the cell's number format; plain
    // text "@" keeps it).
    ...(j === "kode" || j === "teks" ? { format: FORMAT_TEKS } : {}),
    ...lain,
    ...(wajib === undefined ? {} : { wajib: wajib === true ? {} : wajib }),
  };
}

/** A computed column whose value is read back (a value typed over the formula is checked). */
export function rumusTerbaca<const K extends string, T>(
  judul: string,
  kunci: K,
  pembaca: Pembaca<T>,
  info: Omit<Info, "jenis" | "indeks" | "wajib">,
): KolomIsi<K, T> & { indeks?: undefined; dihitung: true } {
  return { judul, jenis: "rumus", kunci, pembaca, ...info, dihitung: true };
}

export function rumus(judul: string, info: Omit<Info, "jenis" | "indeks" | "wajib">): KolomRumus {
  return { judul, jenis: "rumus", ...info };
}

/**
 * Rows grouped under the row above that has a code (Rencana Aksi, Pohon Kinerja: a row without
 * code adds to the one above); `anggota` holds the rows `isi` accepts, the opening row included.
 * Rows before the first code are left out (Periksa Data names them).
 */
export function kelompokBaris<T extends { kode: string }>(
  daftar: readonly T[],
  isi: (b: T) => boolean,
): (T & { anggota: T[] })[] {
  const hasil: (T & { anggota: T[] })[] = [];
  for (const b of daftar) {
    if (b.kode !== "") hasil.push({ ...b, anggota: [] });
    const g = hasil.at(-1);
    if (g && isi(b)) g.anggota.push(b);
  }
  return hasil;
}

/** Codes compared as users type them: "s1" and "S1 " are one code (a node, an indicator). */
export const kunciKode = (k: string) => k.trim().toUpperCase();

/** Sheets' plain-text number format. */
export const FORMAT_TEKS = "@";

// --- cell readers ------------------------------------------------------------------------

export const teks: Pembaca<string> = { baca: (v) => (isKosong(v) ? "" : String(v).trim()), kosong: "" };
export const angka: Pembaca<number | null> = {
  baca: (v, label) => (isKosong(v) ? null : parseAngka(v, label)),
  kosong: null,
};
export const tanggal: Pembaca<Date | null> = {
  baca: (v) => (isKosong(v) ? null : parseTanggal(v)),
  kosong: null,
};
/** Links (evidence in Drive): one or more, one per line (or separated by spaces, commas, semicolons). */
export const tautan: Pembaca<string[]> = {
  baca: (v) =>
    isKosong(v)
      ? []
      : String(v)
          .split(/[\s,;]+/)
          .filter((s) => s !== ""),
  kosong: [],
};
/** A word from a list, parsed by core (NAIK/TURUN, RATA-RATA ...); blank is null. */
export function pilihan<T>(parse: (v: unknown) => T): Pembaca<T | null> {
  return { baca: (v) => (isKosong(v) ? null : parse(v)), kosong: null };
}

const JENIS_PEMBACA = new Map<Pembaca<unknown>, JenisKolom>([
  [teks, "teks"],
  [angka, "angka"],
  [tanggal, "tanggal"],
]);
function jenisDari(p: Pembaca<unknown>): JenisKolom {
  return JENIS_PEMBACA.get(p) ?? "pilihan";
}

/** The column as messages name it. */
export function labelDari(k: Kolom): string {
  return k.label ?? labelKolom(k.judul);
}

/**
 * A header as a sentence's subject: "Kode Rekening" -> "Kode rekening", "Target Akhir Renstra"
 * -> "Target akhir Renstra"; abbreviations, numbers and "(K)" stay; "(%)" goes.
 */
export function labelKolom(judul: string): string {
  return judul
    .replace(/\s*\(%\)$/, "")
    .split(" ")
    .map((w, i) => (i > 0 && /^[A-Z][a-z]/.test(w) && w !== "Renstra" ? w.toLowerCase() : w))
    .join(" ");
}

/** A 1-based column number as its letters: 1 -> A, 27 -> AA. */
export function hurufKolom(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The column number (1-based) of a header in a schema. */
export function nomorKolom(skema: SkemaLembar, judul: string): number {
  const i = skema.kolom.findIndex((k) => k.judul === judul);
  if (i < 0) throw new Error(`Kolom "${judul}" tidak ada di skema lembar ${skema.nama}.`);
  return i + 1;
}

/** The cell value a record's field gives a column (the sample writer): "" for none. */
export function nilaiKolom(k: Kolom, rekaman: Readonly<Record<string, unknown>>): unknown {
  if (k.kunci === undefined) return "";
  const v = rekaman[k.kunci];
  const x = k.indeks === undefined ? v : Array.isArray(v) ? v[k.indeks] : undefined;
  // A list field (Bukti Dukung's links) is one cell, an item per line.
  return Array.isArray(x) ? x.join("\n") : (x ?? "");
}
