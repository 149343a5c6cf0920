// Cells of the Spreadsheet fakes: what a cell holds and what a write may put there (values,
// formulas), A1 notation and the checks shared by Range and Sheet.
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

/**
 * What a write stores. null/undefined write an empty cell; a leading apostrophe forces text and is
 * not stored, as in the Sheets UI. Other objects, NaN and Infinity are rejected: they are bugs in
 * product code. NOT modelled: Sheets parses strings that look like numbers or dates ("12",
 * "1/2/2024") into numbers/dates according to the spreadsheet locale; the fake stores them as text.
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.startsWith("'") ? v.slice(1) : v;
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

export function writeCell(cell: Cell, v: unknown): void {
  if (isFormula(v)) {
    cell.formula = v;
    return;
  }
  cell.value = toCellValue(v);
  cell.formula = "";
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
