/**
 * Numbers, percentages, Rupiah and dates as Indonesian reports print them (domain.md section 3):
 * "1.234.567,89", "95,23 %", "Rp 2.104.137.463", "31 Januari 2024".
 * Grouping is done by hand: Apps Script has no reliable Intl / toLocaleString.
 */
import { bulatkan, toPlainString } from "./pembulatan";

function pastikanTerhingga(n: number, fungsi: string): void {
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw new Error(`${fungsi}: ${String(n)} bukan angka yang dapat ditampilkan.`);
  }
}

/** Digits of a non-negative finite number rounded to `desimal`, as [integer part, fraction padded to `desimal`]. */
function digitBulat(mutlak: number, desimal: number): [string, string] {
  const [bulat = "0", pecahan = ""] = toPlainString(mutlak).split(".");
  return [bulat, pecahan.padEnd(desimal, "0").slice(0, desimal)];
}

function kelompokkan(bulat: string): string {
  return bulat.replace(/\B(?=(\d{3})+$)/g, ".");
}

/**
 * 1234567.891 -> "1.234.567,89"; rounding half away from zero via bulatkan.
 * `buangNolDesimal` drops trailing zeros of the fraction (95 -> "95", 95.5 -> "95,5").
 * A value that rounds to zero prints without a sign: never "-0,00".
 */
export function formatAngka(n: number, desimal = 2, opsi?: { buangNolDesimal?: boolean }): string {
  pastikanTerhingga(n, "formatAngka");
  const dibulatkan = bulatkan(n, desimal);
  const [bulat, mentah] = digitBulat(Math.abs(dibulatkan), desimal);
  const pecahan = opsi?.buangNolDesimal ? mentah.replace(/0+$/, "") : mentah;
  const tanda = dibulatkan < 0 ? "-" : "";
  return `${tanda}${kelompokkan(bulat)}${pecahan ? `,${pecahan}` : ""}`;
}

/** `n` in percent units (95.234 -> "95,23 %"), as capaian is reported. */
export function formatPersen(n: number, desimal = 2): string {
  pastikanTerhingga(n, "formatPersen");
  return `${formatAngka(n, desimal)} %`;
}

/** 2104137463 -> "Rp 2.104.137.463"; negative -> "-Rp 5.000"; desimal 2 -> "Rp 2.104.137.463,00". */
export function formatRupiah(n: number, desimal = 0): string {
  pastikanTerhingga(n, "formatRupiah");
  const dibulatkan = bulatkan(n, desimal);
  return `${dibulatkan < 0 ? "-" : ""}Rp ${formatAngka(Math.abs(dibulatkan), desimal)}`;
}

export const NAMA_BULAN: readonly string[] = Object.freeze([
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
]);

/**
 * Whether a value is a Date, whatever realm made it (the bundle test runs the script in a
 * node:vm context beside the fakes' realm; Apps Script itself has one realm, where this is
 * simply `instanceof Date`).
 */
export function esTanggal(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/**
 * How an offending value is named in an error message: text in quotes, numbers the Indonesian
 * way, dates as dates, and never "[object Object]" or an engine's wording.
 */
/**
 * Any value as text without throwing: a cell is a string, number, boolean or date, but a value
 * from elsewhere may be an object whose toString is not a function (String() would throw).
 */
export function teksAman(v: unknown): string {
  if (v === null || v === undefined) return "";
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** Text as the add-on compares names, headers and choices: case and spacing do not matter. */
export function kunciTeks(v: unknown): string {
  return teksAman(v).trim().replace(/\s+/g, " ").toLowerCase();
}

export function tampilkanNilai(v: unknown): string {
  if (v === null || v === undefined) return "(kosong)";
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number") return Number.isFinite(v) ? toPlainString(v).replace(".", ",") : String(v);
  if (typeof v === "boolean") return `nilai logika ${v ? "TRUE" : "FALSE"}`;
  if (esTanggal(v)) return Number.isNaN(v.getTime()) ? "tanggal tidak sah" : `tanggal ${formatTanggal(v)}`;
  if (Array.isArray(v)) return "beberapa sel sekaligus";
  return "nilai yang bukan teks atau angka";
}

/**
 * "31 Januari 2024", from the Date's local parts: Apps Script runs in the script's time zone
 * (Asia/Jakarta), which is the user's calendar day.
 */
export function formatTanggal(d: Date): string {
  if (!esTanggal(d) || Number.isNaN(d.getTime())) {
    throw new Error("formatTanggal: nilai ini bukan tanggal yang sah.");
  }
  return `${d.getDate()} ${NAMA_BULAN[d.getMonth()]} ${d.getFullYear()}`;
}

/**
 * Month names as they appear in letters and reports, including the older spellings still in use
 * ("Pebruari", "Nopember") and the short forms; English names for sheets set to an English locale.
 */
const BULAN_DARI_NAMA: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agust: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  december: 12,
  dec: 12,
};

function jumlahHari(tahun: number, bulan: number): number {
  if (bulan === 2) return (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(bulan) ? 30 : 31;
}

const CARA_TULIS = "Tulis tanggal seperti 31 Januari 2024 atau 31-01-2024";

/**
 * A Date (passed through) or text "31 Januari 2024", "31 Jan 2024", "31-01-2024", "31/01/2024",
 * "31.01.2024", "2024-01-31"; the result is local midnight of that day.
 */
export function parseTanggal(v: unknown): Date {
  return bacaTanggal(v, `${CARA_TULIS}.`);
}

/** parseTanggal, its messages ending with `caraTulis` (how to write a date). */
function bacaTanggal(v: unknown, caraTulis: string): Date {
  if (esTanggal(v)) {
    if (Number.isNaN(v.getTime())) throw new Error("Tanggal tidak sah.");
    return v;
  }
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
    throw new Error(`Tanggal kosong. ${caraTulis}`);
  }
  if (typeof v === "number") {
    throw new Error(`${v} adalah angka, bukan tanggal. Ubah format selnya menjadi tanggal.`);
  }
  if (typeof v !== "string") {
    throw new Error(`Nilai jenis ${typeof v} bukan tanggal. ${caraTulis}`);
  }
  const teks = v.replace(/\s+/g, " ").trim();
  const gagal = new Error(`"${teks}" bukan tanggal yang dapat dibaca. ${caraTulis}`);

  let hari: number;
  let bulan: number;
  let tahun: number;
  const denganNama = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})$/i.exec(teks);
  const angkaHbt = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(teks);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(teks);
  if (denganNama) {
    [hari, bulan, tahun] = [Number(denganNama[1]), nomorBulan(denganNama[2]!, teks), Number(denganNama[3])];
  } else if (angkaHbt) {
    [hari, bulan, tahun] = [Number(angkaHbt[1]), Number(angkaHbt[3]), Number(angkaHbt[4])];
  } else if (iso) {
    [hari, bulan, tahun] = [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  } else {
    throw gagal;
  }

  if (bulan < 1 || bulan > 12) throw new Error(`"${teks}": bulan ${bulan} tidak ada (bulan 1 sampai 12).`);
  const batas = jumlahHari(tahun, bulan);
  if (hari < 1 || hari > batas) {
    throw new Error(
      `"${teks}" bukan tanggal yang sah: ${NAMA_BULAN[bulan - 1]} ${tahun} hanya sampai tanggal ${batas}.`,
    );
  }
  return tengahMalam(tahun, bulan, hari);
}

/** A month's number (1-12) from its name as letters write it, or an Indonesian message. */
function nomorBulan(nama: string, teks: string): number {
  const nomor = BULAN_DARI_NAMA[nama.toLowerCase()];
  if (nomor === undefined) throw new Error(`"${nama}" dalam "${teks}" bukan nama bulan yang dikenal.`);
  return nomor;
}

function tengahMalam(tahun: number, bulan: number, hari: number): Date {
  const hasil = new Date(2000, 0, 1);
  // setFullYear, not the constructor, so years below 100 are not shifted into the 1900s.
  hasil.setFullYear(tahun, bulan - 1, hari);
  return hasil;
}

/**
 * The date a document is signed, as its signature block prints it: a day ("10 Januari 2023"), or
 * only a month when that is how the unit dates it (seed 002 signs its Renja "Jatiroto, Juli 2019").
 */
export interface TanggalDokumen {
  /** Local midnight of the day; of the month's first day when only the month is known. */
  tanggal: Date;
  /** Dated by its month only: printed "Juli 2019". */
  bulanSaja: boolean;
}

/** A document's date: whatever parseTanggal reads, or a month and year, "Juli 2019", "Nop 2016". */
export function parseTanggalDokumen(v: unknown): TanggalDokumen {
  if (typeof v === "string") {
    const teks = v.replace(/\s+/g, " ").trim();
    const m = /^([a-z]+)\.? (\d{4})$/i.exec(teks);
    if (m) return { tanggal: tengahMalam(Number(m[2]), nomorBulan(m[1]!, teks), 1), bulanSaja: true };
  }
  return {
    tanggal: bacaTanggal(v, `${CARA_TULIS}, atau bulannya saja seperti Juli 2019.`),
    bulanSaja: false,
  };
}

/** "10 Januari 2023", or "Juli 2019" for a document dated by its month. */
export function formatTanggalDokumen(t: TanggalDokumen): string {
  if (!t.bulanSaja) return formatTanggal(t.tanggal);
  if (!esTanggal(t.tanggal) || Number.isNaN(t.tanggal.getTime())) {
    throw new Error("formatTanggalDokumen: nilai ini bukan tanggal yang sah.");
  }
  return `${NAMA_BULAN[t.tanggal.getMonth()]} ${t.tanggal.getFullYear()}`;
}

const ROMAWI: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1..3999 -> "I", "IV", "XII": triwulan (TW I-IV) and table numbering in the seeds. */
export function angkaRomawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new Error(`Angka Romawi hanya untuk bilangan bulat 1 sampai 3999, bukan ${String(n)}.`);
  }
  let sisa = n;
  let hasil = "";
  for (const [nilai, lambang] of ROMAWI) {
    while (sisa >= nilai) {
      hasil += lambang;
      sisa -= nilai;
    }
  }
  return hasil;
}

/** Control characters (C0, DEL, C1) and the line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are removed from names
const KENDALI = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Longest file or folder name the add-on gives (a Drive list stays readable; a name stays a name). */
export const PANJANG_NAMA_BERKAS = 120;

/**
 * A Doc or folder name from text a user typed ("Nama Unit Kerja", a kegiatan): no control
 * characters (a pasted line break or tab), single spaces, at most 120 characters, cut at a word
 * when it must be cut, with "..." to show it was.
 */
export function namaBerkas(teks: string): string {
  const bersih = teks.replace(KENDALI, " ").replace(/\s+/g, " ").trim();
  if (bersih.length <= PANJANG_NAMA_BERKAS) return bersih;
  const potong = bersih.slice(0, PANJANG_NAMA_BERKAS - 3);
  const spasi = potong.lastIndexOf(" ");
  return `${(spasi > PANJANG_NAMA_BERKAS / 2 ? potong.slice(0, spasi) : potong).trimEnd()}...`;
}
