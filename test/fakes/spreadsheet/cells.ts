// Cells of the Spreadsheet fakes: what a cell holds and what a write may put there (values,
// formulas), A1 notation and the checks shared by Range and Sheet.
import { instanDalamZona } from "../utilities";

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** What getValues can return: https://developers.google.com/apps-script/reference/spreadsheet/range#getValues() */
export type CellValue = string | number | boolean | Date;

/**
 * A Date from any realm: the bundle runs in a node:vm context whose Date is not this realm's,
 * so `instanceof Date` would refuse the dates the product writes.
 */
function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** Sheets' grid of a new sheet: 1000 rows x 26 columns (A:Z). */
export const DEFAULT_GRID = { rows: 1000, columns: 26 } as const;
/** What getNumberFormat() gives for a cell never formatted ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

export interface Cell {
  value: CellValue;
  formula: string;
  format?: string;
  note?: string;
  validation?: DataValidation;
}

// --- A1 notation ---------------------------------------------------------------------------

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** "B2", "A1:C3", "A:C" (whole columns), "2:5" (whole rows), "A2:C" (down to the last row). */

export function parseA1(a1: string, maxRows: number, maxColumns: number): Box {
  const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(a1.trim());
  const notFound = () => new Error("Range not found");
  if (!m) throw notFound();
  const [, sc = "", sr = "", ec, er] = m;
  let r1: number;
  let c1: number;
  let r2: number;
  let c2: number;
  if (ec === undefined && er === undefined) {
    if (!sc || !sr) throw notFound();
    r1 = r2 = Number(sr);
    c1 = c2 = columnNumber(sc);
  } else if (sc && sr && ec && er) {
    [r1, c1, r2, c2] = [Number(sr), columnNumber(sc), Number(er), columnNumber(ec)];
  } else if (sc && !sr && ec && !er) {
    [r1, c1, r2, c2] = [1, columnNumber(sc), maxRows, columnNumber(ec)];
  } else if (!sc && sr && !ec && er) {
    [r1, c1, r2, c2] = [Number(sr), 1, Number(er), maxColumns];
  } else if (sc && sr && ec && !er) {
    [r1, c1, r2, c2] = [Number(sr), columnNumber(sc), maxRows, columnNumber(ec)];
  } else {
    throw notFound();
  }
  if (r1 < 1 || r2 < 1) throw notFound();
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.max(r1, r2) - row + 1, numColumns: Math.max(c1, c2) - column + 1 };
}

// --- cell values ---------------------------------------------------------------------------

/** What a string written into a cell is read as: the cell's number format and the spreadsheet's locale and zone. */
export interface Ketikan {
  format: string;
  locale: string;
  timeZone: string;
}

/**
 * What a write stores. null/undefined write an empty cell; a leading apostrophe forces text and is
 * not stored, as in the Sheets UI. Other objects, NaN and Infinity are rejected: they are bugs in
 * product code. A string is read as if typed (setValue: "The value can be numeric, string,
 * boolean or date", developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object);
 * Sheets parses what is entered by the cell's format and the spreadsheet's locale, and only the
 * plain-text format "@" keeps "5.10" as 5.10: support.google.com/docs/answer/56470): a number in
 * the locale's notation becomes a number (so "5.10" is 5.1 in en_US, and an 18-digit NIP loses its
 * last digits), a date in the locale's order becomes midnight in the spreadsheet's time zone.
 */
export function toCellValue(v: unknown, ketikan?: Ketikan): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") {
    if (v.startsWith("'")) return v.slice(1);
    return ketikan === undefined || ketikan.format === "@" ? v : bacaKetikan(v, ketikan);
  }
  if (typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`fake: nilai sel bukan angka hingga: ${v}`);
    return v;
  }
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw new Error("fake: nilai sel berupa Date yang tidak valid");
    return new Date(v.getTime());
  }
  throw new Error(
    `fake: nilai sel bertipe ${Array.isArray(v) ? "array" : typeof v} tidak didukung: ${String(v)}`,
  );
}

// A string starting with "=" is a formula, for setValue(s) as for setFormula(s)
// (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
// The fake cannot compute it: the cell keeps its previous value until a test calls __setComputed.
function isFormula(v: unknown): v is string {
  return typeof v === "string" && v.length > 1 && v.startsWith("=");
}

export function checkWritable(v: unknown): void {
  if (!isFormula(v)) toCellValue(v);
}

export function writeCell(cell: Cell, v: unknown, ketikan?: Omit<Ketikan, "format">): void {
  if (isFormula(v)) {
    cell.formula = v;
    return;
  }
  cell.value = toCellValue(v, ketikan && { ...ketikan, format: cell.format ?? DEFAULT_NUMBER_FORMAT });
  cell.formula = "";
}

/** Languages whose decimal mark is a comma (and thousands mark a dot). */
const DESIMAL_KOMA = new Set(
  "id in de es pt fr it nl da fi sv nb no pl cs sk sl hr sr bs bg ro ru uk tr el hu is".split(" "),
);

/** A typed string as Sheets stores it: a number, a date, or the text itself. */
function bacaKetikan(teks: string, k: Ketikan): CellValue {
  const t = teks.trim();
  const bahasa = k.locale.split(/[_-]/)[0] ?? "";
  const koma = DESIMAL_KOMA.has(bahasa);
  const [ribu, desimal] = koma ? [".", ","] : [",", "."];
  const e = (c: string) => `\\${c}`;
  const angka = new RegExp(`^([+-]?)(\\d{1,3}(?:${e(ribu)}\\d{3})+|\\d+)(?:${e(desimal)}(\\d+))?(%?)$`).exec(
    t,
  );
  if (angka) {
    const bulat = angka[2]!.split(ribu).join("");
    const n = Number(`${angka[1]}${bulat}${angka[3] ? `.${angka[3]}` : ""}`);
    return angka[4] ? n / 100 : n;
  }
  // Dates: day/month/year where the locale writes the day first (id_ID), month/day/year in en_US;
  // ISO yyyy-mm-dd everywhere.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const garis = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  let tgl: [number, number, number] | null = null;
  if (iso) tgl = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (garis) {
    const [a, b2, y] = [Number(garis[1]), Number(garis[2]), Number(garis[3])];
    tgl = k.locale === "en_US" ? [y, a, b2] : [y, b2, a];
  }
  if (tgl && tgl[1] >= 1 && tgl[1] <= 12 && tgl[2] >= 1 && tgl[2] <= 31) {
    return instanDalamZona(tgl[0], tgl[1], tgl[2], k.timeZone);
  }
  return teks;
}

export function checkFormula(f: unknown): void {
  if (typeof f !== "string") throw new Error(`fake: rumus harus teks, bukan ${String(f)}`);
  if (f !== "" && !f.startsWith("=")) throw new Error(`fake: rumus harus diawali "=": ${f}`);
}

/** setFormula("") clears the cell. */
export function writeFormula(cell: Cell, f: string): void {
  cell.formula = f;
  if (f === "") cell.value = "";
}

export function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

export function checkInteger(method: string, name: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`fake: ${method}: ${name} harus bilangan bulat, bukan ${String(v)}`);
  }
  return v;
}
