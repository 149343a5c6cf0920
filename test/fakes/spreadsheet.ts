// Strict fakes of SpreadsheetApp, Spreadsheet, Sheet, Range, DataValidation(Builder), Protection.
// Behaviour follows the Apps Script reference, cited where it matters; what is not modelled is
// said where it would surprise (formulas are never computed, strings are never parsed).
import { type CallCounter, enumObject, Fake, type Iface, strict, unwrap } from "./core";

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const IFACE = {
  Range: { file: "spreadsheet", name: "Range" },
  Sheet: { file: "spreadsheet", name: "Sheet" },
  Spreadsheet: { file: "spreadsheet", name: "Spreadsheet" },
  SpreadsheetApp: { file: "spreadsheet", name: "SpreadsheetApp" },
  DataValidation: { file: "spreadsheet", name: "DataValidation" },
  DataValidationBuilder: { file: "spreadsheet", name: "DataValidationBuilder" },
  Protection: { file: "spreadsheet", name: "Protection" },
} as const satisfies Record<string, Iface>;

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
const DEFAULT_BACKGROUND = "#ffffff";
const DEFAULT_COLUMN_WIDTH = 100;
/** Larger than 18 278 (ZZZ), the most columns a Sheets grid can have: r * KEY + c is unique. */
const KEY = 32768;

interface Cell {
  value: CellValue;
  formula: string;
  format?: string;
  note?: string;
  background?: string;
  weight?: FontWeight;
  validation?: DataValidation;
}

export interface SheetHooks {
  /**
   * Sets what a formula cell shows: the fake never computes formulas, it keeps the formula text
   * (getFormulas) apart from the value (getValues), which a test supplies here. Not counted.
   */
  __setComputed(row: number, column: number, value: unknown): void;
  /** Content from A1 to (getLastRow, getLastColumn), [] for an empty sheet. Not counted. */
  __values(): CellValue[][];
}

export interface Toast {
  readonly message: string;
  readonly title: string | undefined;
  readonly timeoutSeconds: number | null | undefined;
}

// --- A1 notation ---------------------------------------------------------------------------

export function columnLetters(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Box {
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
function toCellValue(v: unknown): CellValue {
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

function checkWritable(v: unknown): void {
  if (!isFormula(v)) toCellValue(v);
}

function writeCell(cell: Cell, v: unknown): void {
  if (isFormula(v)) {
    cell.formula = v;
    return;
  }
  cell.value = toCellValue(v);
  cell.formula = "";
}

function checkFormula(f: unknown): void {
  if (typeof f !== "string") throw new Error(`fake: rumus harus teks, bukan ${String(f)}`);
  if (f !== "" && !f.startsWith("=")) throw new Error(`fake: rumus harus diawali "=": ${f}`);
}

/** setFormula("") clears the cell. */
function writeFormula(cell: Cell, f: string): void {
  cell.formula = f;
  if (f === "") cell.value = "";
}

function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/**
 * getDisplayValues: numbers with String() (number formats are stored, not applied), booleans as
 * TRUE/FALSE, dates as dd/MM/yyyy from the Date's local fields (the id_ID short date).
 */
function displayValue(v: CellValue): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isDate(v)) {
    const p = (n: number) => String(n).padStart(2, "0");
    return `${p(v.getDate())}/${p(v.getMonth() + 1)}/${v.getFullYear()}`;
  }
  return v;
}

function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}

function checkInteger(method: string, name: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`fake: ${method}: ${name} harus bilangan bulat, bukan ${String(v)}`);
  }
  return v;
}

// --- Range ---------------------------------------------------------------------------------

type RangeImpl = Pick<
  Range,
  | "activate"
  | "clearContent"
  | "clearDataValidations"
  | "clearNote"
  | "getA1Notation"
  | "getBackground"
  | "getBackgrounds"
  | "getColumn"
  | "getDataValidation"
  | "getDataValidations"
  | "getDisplayValue"
  | "getDisplayValues"
  | "getFontWeight"
  | "getFontWeights"
  | "getFormula"
  | "getFormulas"
  | "getLastColumn"
  | "getLastRow"
  | "getNote"
  | "getNotes"
  | "getNumColumns"
  | "getNumRows"
  | "getNumberFormat"
  | "getNumberFormats"
  | "getRow"
  | "getSheet"
  | "getValue"
  | "getValues"
  | "protect"
  | "setBackground"
  | "setBackgrounds"
  | "setDataValidation"
  | "setDataValidations"
  | "setFontWeight"
  | "setFontWeights"
  | "setFormula"
  | "setFormulas"
  | "setNote"
  | "setNotes"
  | "setNumberFormat"
  | "setNumberFormats"
  | "setValue"
  | "setValues"
>;

class FakeRange extends Fake<Range> implements RangeImpl {
  constructor(
    private readonly sheetRaw: FakeSheet,
    private readonly box: Box,
  ) {
    super();
  }

  private grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const { row, column, numRows, numColumns } = this.box;
    const out: T[][] = [];
    for (let r = row; r < row + numRows; r++) {
      const line: T[] = [];
      for (let c = column; c < column + numColumns; c++) line.push(read(this.sheetRaw.cellAt(r, c)));
      out.push(line);
    }
    return out;
  }

  private topLeft(): Cell | undefined {
    return this.sheetRaw.cellAt(this.box.row, this.box.column);
  }

  private each(write: (cell: Cell) => void): Range {
    const { row, column, numRows, numColumns } = this.box;
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) write(this.sheetRaw.touch(r, c));
    }
    return this.self;
  }

  /**
   * The per-cell setters (setValues, setFormulas, setNotes...) require data of exactly the range's
   * shape and throw the message Apps Script throws otherwise.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
   */
  private eachOf<T>(data: unknown, write: (cell: Cell, item: T) => void, check?: (item: T) => void): Range {
    const { row, column, numRows, numColumns } = this.box;
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) {
      throw new Error("fake: data harus larik dua dimensi (baris x kolom)");
    }
    const rows = data as unknown[][];
    if (rows.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${numRows}.`,
      );
    }
    for (const line of rows) {
      if (line.length !== numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
    }
    // Validate every item before the first write, so a rejected call leaves the sheet untouched.
    if (check) for (const line of rows) for (const item of line) check(item as T);
    const cells: Cell[] = [];
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) cells.push(this.sheetRaw.touch(row + r, column + c));
    }
    cells.forEach((cell, i) => {
      write(cell, rows[Math.floor(i / numColumns)]?.[i % numColumns] as T);
    });
    return this.self;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
  // A new 2D array on each call; Number, Boolean, Date or String; an empty cell is "".
  getValues(): CellValue[][] {
    return this.grid((cell) => (cell ? copyValue(cell.value) : ""));
  }

  getValue(): CellValue {
    const cell = this.topLeft();
    return cell ? copyValue(cell.value) : "";
  }

  setValues(values: unknown[][]): Range {
    return this.eachOf<unknown>(values, writeCell, checkWritable);
  }

  setValue(value: unknown): Range {
    checkWritable(value);
    return this.each((cell) => writeCell(cell, value));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
  getDisplayValues(): string[][] {
    return this.grid((cell) => (cell ? displayValue(cell.value) : ""));
  }

  getDisplayValue(): string {
    const cell = this.topLeft();
    return cell ? displayValue(cell.value) : "";
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
  // "" for a cell without a formula.
  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? "");
  }

  getFormula(): string {
    return this.topLeft()?.formula ?? "";
  }

  setFormulas(formulas: string[][]): Range {
    return this.eachOf<string>(formulas, writeFormula, checkFormula);
  }

  /** Sets the same text in every cell; Sheets would shift relative references, the fake does not. */
  setFormula(formula: string): Range {
    checkFormula(formula);
    return this.each((cell) => writeFormula(cell, formula));
  }

  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.format ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.topLeft()?.format ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(numberFormat: string): Range {
    return this.each((cell) => {
      cell.format = numberFormat;
    });
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.eachOf<string>(numberFormats, (cell, f) => {
      cell.format = f;
    });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
  // null removes the rule.
  setDataValidation(rule: DataValidation | null): Range {
    if (rule !== null) unwrap(rule, FakeDataValidation, "DataValidation");
    return this.each((cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule;
    });
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    return this.eachOf<DataValidation | null>(
      rules,
      (cell, rule) => {
        if (rule === null) delete cell.validation;
        else cell.validation = rule;
      },
      (rule) => {
        if (rule !== null) unwrap(rule, FakeDataValidation, "DataValidation");
      },
    );
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.grid((cell) => cell?.validation ?? null);
  }

  getDataValidation(): DataValidation | null {
    return this.topLeft()?.validation ?? null;
  }

  clearDataValidations(): Range {
    return this.each((cell) => {
      delete cell.validation;
    });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNote(String)
  // null (or "") clears the note; a cell without a note reads "".
  setNote(note: string | null): Range {
    return this.each((cell) => {
      cell.note = note ?? "";
    });
  }

  setNotes(notes: (string | null)[][]): Range {
    return this.eachOf<string | null>(notes, (cell, note) => {
      cell.note = note ?? "";
    });
  }

  getNotes(): string[][] {
    return this.grid((cell) => cell?.note ?? "");
  }

  getNote(): string {
    return this.topLeft()?.note ?? "";
  }

  clearNote(): Range {
    return this.each((cell) => {
      cell.note = "";
    });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
  // null resets to white; getBackground gives lower-case "#rrggbb" (named colours are kept as given).
  setBackground(color: string | null): Range {
    return this.each((cell) => {
      cell.background = color === null ? DEFAULT_BACKGROUND : normalizeColor(color);
    });
  }

  setBackgrounds(colors: (string | null)[][]): Range {
    return this.eachOf<string | null>(colors, (cell, color) => {
      cell.background = color === null ? DEFAULT_BACKGROUND : normalizeColor(color);
    });
  }

  getBackgrounds(): string[][] {
    return this.grid((cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }

  getBackground(): string {
    return this.topLeft()?.background ?? DEFAULT_BACKGROUND;
  }

  private static weight(w: unknown): FontWeight {
    if (w === null) return "normal";
    if (w === "bold" || w === "normal") return w;
    throw new Error(`fake: fontWeight harus "bold", "normal" atau null, bukan ${String(w)}`);
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    const w = FakeRange.weight(fontWeight);
    return this.each((cell) => {
      cell.weight = w;
    });
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): Range {
    return this.eachOf<FontWeight | null>(
      fontWeights,
      (cell, w) => {
        cell.weight = FakeRange.weight(w);
      },
      FakeRange.weight,
    );
  }

  getFontWeights(): FontWeight[][] {
    return this.grid((cell) => cell?.weight ?? "normal");
  }

  getFontWeight(): FontWeight {
    return this.topLeft()?.weight ?? "normal";
  }

  /** Clears values and formulas, keeps formats, notes and validation (as Range.clearContent). */
  clearContent(): Range {
    return this.each((cell) => {
      cell.value = "";
      cell.formula = "";
    });
  }

  getRow(): number {
    return this.box.row;
  }

  getColumn(): number {
    return this.box.column;
  }

  getNumRows(): number {
    return this.box.numRows;
  }

  getNumColumns(): number {
    return this.box.numColumns;
  }

  /** Range.getLastRow is the range's own end row, whatever the content. */
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }

  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }

  /** Always explicit cells: "B2" or "A1:C3" (a range got from "A:A" reads "A1:A1000"). */
  getA1Notation(): string {
    const start = `${columnLetters(this.box.column)}${this.box.row}`;
    if (this.box.numRows === 1 && this.box.numColumns === 1) return start;
    return `${start}:${columnLetters(this.getLastColumn())}${this.getLastRow()}`;
  }

  getSheet(): Sheet {
    return this.sheetRaw.proxy;
  }

  activate(): Range {
    this.sheetRaw.parent.activeSheet = this.sheetRaw;
    return this.self;
  }

  protect(): Protection {
    return this.sheetRaw.addProtection("RANGE", this.self);
  }
}

// --- Sheet ---------------------------------------------------------------------------------

type SheetImpl = Pick<
  Sheet,
  | "activate"
  | "appendRow"
  | "getColumnWidth"
  | "getDataRange"
  | "getFrozenColumns"
  | "getFrozenRows"
  | "getIndex"
  | "getLastColumn"
  | "getLastRow"
  | "getMaxColumns"
  | "getMaxRows"
  | "getName"
  | "getParent"
  | "getProtections"
  | "getRange"
  | "getSheetId"
  | "insertColumnsAfter"
  | "insertColumnsBefore"
  | "insertRowsAfter"
  | "insertRowsBefore"
  | "protect"
  | "setColumnWidth"
  | "setFrozenColumns"
  | "setFrozenRows"
  | "setName"
>;

export class FakeSheet extends Fake<Sheet> implements SheetImpl, SheetHooks {
  private readonly cells = new Map<number, Cell>();
  private readonly widths = new Map<number, number>();
  private readonly protections: { type: "SHEET" | "RANGE"; raw: FakeProtection; proxy: Protection }[] = [];
  private frozenRows = 0;
  private frozenColumns = 0;

  constructor(
    readonly parent: FakeSpreadsheet,
    private name: string,
    private readonly sheetId: number,
    private maxRows: number,
    private maxColumns: number,
  ) {
    super();
  }

  get proxy(): Sheet & SheetHooks {
    return this.self as Sheet & SheetHooks;
  }

  cellAt(row: number, column: number): Cell | undefined {
    return this.cells.get(row * KEY + column);
  }

  touch(row: number, column: number): Cell {
    let cell = this.cells.get(row * KEY + column);
    if (cell === undefined) {
      cell = { value: "", formula: "" };
      this.cells.set(row * KEY + column, cell);
    }
    return cell;
  }

  /** Rows or columns that hold a value or a formula (formats alone do not count, as in Sheets). */
  private lastWithContent(): { row: number; column: number } {
    let row = 0;
    let column = 0;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && cell.formula === "") continue;
      row = Math.max(row, Math.floor(k / KEY));
      column = Math.max(column, k % KEY);
    }
    return { row, column };
  }

  private rangeOf(box: Box): Range {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
    // Messages as Apps Script gives them for a range that is empty or leaves the grid.
    if (box.row < 1) throw new Error("The starting row of the range is too small.");
    if (box.column < 1) throw new Error("The starting column of the range is too small.");
    if (box.numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (box.numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (box.row + box.numRows - 1 > this.maxRows) throw new Error("Those rows are out of bounds.");
    if (box.column + box.numColumns - 1 > this.maxColumns)
      throw new Error("Those columns are out of bounds.");
    return strict(new FakeRange(this, box), IFACE.Range, this.parent.counts);
  }

  /** 1-based: getRange(row, column, numRows = 1, numColumns = 1) or getRange("A1:C3"). */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === "string") {
      if (column !== undefined) throw new Error("fake: Sheet.getRange(a1) menerima satu argumen saja");
      return this.rangeOf(parseA1(a1OrRow, this.maxRows, this.maxColumns));
    }
    const m = "Sheet.getRange";
    return this.rangeOf({
      row: checkInteger(m, "row", a1OrRow),
      column: checkInteger(m, "column", column),
      numRows: numRows === undefined ? 1 : checkInteger(m, "numRows", numRows),
      numColumns: numColumns === undefined ? 1 : checkInteger(m, "numColumns", numColumns),
    });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
  // A1 to (getLastColumn, getLastRow); just A1 on an empty sheet.
  getDataRange(): Range {
    const last = this.lastWithContent();
    return this.rangeOf({
      row: 1,
      column: 1,
      numRows: Math.max(1, last.row),
      numColumns: Math.max(1, last.column),
    });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
  // The last row with content; 0 on an empty sheet.
  getLastRow(): number {
    return this.lastWithContent().row;
  }

  getLastColumn(): number {
    return this.lastWithContent().column;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Moves every cell at or past `from` (row or column) by `by`. */
  private shift(axis: "row" | "column", from: number, by: number): void {
    const moved = [...this.cells].map(([k, cell]) => {
      let r = Math.floor(k / KEY);
      let c = k % KEY;
      if (axis === "row" && r >= from) r += by;
      if (axis === "column" && c >= from) c += by;
      return [r * KEY + c, cell] as const;
    });
    this.cells.clear();
    for (const [k, cell] of moved) this.cells.set(k, cell);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
  // The grid grows and the content below moves down.
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const m = "Sheet.insertRowsAfter";
    const after = checkInteger(m, "afterPosition", afterPosition);
    const n = checkInteger(m, "howMany", howMany);
    if (after < 1 || after > this.maxRows) throw new Error("Those rows are out of bounds.");
    if (n < 1) throw new Error("fake: Sheet.insertRowsAfter: howMany harus >= 1");
    this.shift("row", after + 1, n);
    this.maxRows += n;
    return this.self;
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    const before = checkInteger("Sheet.insertRowsBefore", "beforePosition", beforePosition);
    const n = checkInteger("Sheet.insertRowsBefore", "howMany", howMany);
    if (before < 1 || before > this.maxRows) throw new Error("Those rows are out of bounds.");
    if (n < 1) throw new Error("fake: Sheet.insertRowsBefore: howMany harus >= 1");
    this.shift("row", before, n);
    this.maxRows += n;
    return this.self;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const after = checkInteger("Sheet.insertColumnsAfter", "afterPosition", afterPosition);
    const n = checkInteger("Sheet.insertColumnsAfter", "howMany", howMany);
    if (after < 1 || after > this.maxColumns) throw new Error("Those columns are out of bounds.");
    if (n < 1) throw new Error("fake: Sheet.insertColumnsAfter: howMany harus >= 1");
    this.shift("column", after + 1, n);
    this.maxColumns += n;
    return this.self;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    const before = checkInteger("Sheet.insertColumnsBefore", "beforePosition", beforePosition);
    const n = checkInteger("Sheet.insertColumnsBefore", "howMany", howMany);
    if (before < 1 || before > this.maxColumns) throw new Error("Those columns are out of bounds.");
    if (n < 1) throw new Error("fake: Sheet.insertColumnsBefore: howMany harus >= 1");
    this.shift("column", before, n);
    this.maxColumns += n;
    return this.self;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
  // Writes after the last row with content, adding a row to the grid when it is full.
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error("fake: Sheet.appendRow butuh larik berisi minimal satu nilai");
    }
    for (const v of rowContents) checkWritable(v);
    const row = this.lastWithContent().row + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => {
      writeCell(this.touch(row, i + 1), v);
    });
    return this.self;
  }

  setFrozenRows(rows: number): void {
    const n = checkInteger("Sheet.setFrozenRows", "rows", rows);
    if (n < 0 || n >= this.maxRows) throw new Error("fake: Sheet.setFrozenRows: jumlah baris di luar grid");
    this.frozenRows = n;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const n = checkInteger("Sheet.setFrozenColumns", "columns", columns);
    if (n < 0 || n >= this.maxColumns)
      throw new Error("fake: Sheet.setFrozenColumns: jumlah kolom di luar grid");
    this.frozenColumns = n;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    const c = checkInteger("Sheet.setColumnWidth", "columnPosition", columnPosition);
    if (c < 1 || c > this.maxColumns) throw new Error("Those columns are out of bounds.");
    this.widths.set(c, checkInteger("Sheet.setColumnWidth", "width", width));
    return this.self;
  }

  /** 100 px until set, the width of a column in a new sheet. */
  getColumnWidth(columnPosition: number): number {
    return this.widths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  addProtection(type: "SHEET" | "RANGE", range: Range): Protection {
    const raw = new FakeProtection(this, type, range);
    const proxy = strict(raw, IFACE.Protection, this.parent.counts);
    this.protections.push({ type, raw, proxy });
    return proxy;
  }

  removeProtection(raw: FakeProtection): void {
    const i = this.protections.findIndex((p) => p.raw === raw);
    if (i >= 0) this.protections.splice(i, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
  // "If the sheet is already protected, this method returns an object representing its existing
  // protection settings."
  protect(): Protection {
    const existing = this.protections.find((p) => p.type === "SHEET");
    if (existing) return existing.proxy;
    return this.addProtection(
      "SHEET",
      this.rangeOf({ row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns }),
    );
  }

  getProtections(type: ProtectionType): Protection[] {
    const t = String(type);
    if (t !== "SHEET" && t !== "RANGE") throw new Error(`fake: ProtectionType tidak dikenal: ${t}`);
    return this.protections.filter((p) => p.type === t).map((p) => p.proxy);
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): Sheet {
    this.parent.checkNewName(name, this);
    this.name = name;
    return this.self;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.parent.indexOf(this) + 1;
  }

  getParent(): Spreadsheet {
    return this.parent.proxy;
  }

  activate(): Sheet {
    this.parent.activeSheet = this;
    return this.self;
  }

  __setComputed(row: number, column: number, value: unknown): void {
    if (row < 1 || row > this.maxRows || column < 1 || column > this.maxColumns) {
      throw new Error(`fake: __setComputed di luar grid: ${row},${column}`);
    }
    this.touch(row, column).value = toCellValue(value);
  }

  __values(): CellValue[][] {
    const last = this.lastWithContent();
    const out: CellValue[][] = [];
    for (let r = 1; r <= last.row; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= last.column; c++) {
        const cell = this.cellAt(r, c);
        line.push(cell ? copyValue(cell.value) : "");
      }
      out.push(line);
    }
    return out;
  }
}

// --- Protection ----------------------------------------------------------------------------

type ProtectionImpl = Pick<
  Protection,
  | "canEdit"
  | "getDescription"
  | "getProtectionType"
  | "getRange"
  | "isWarningOnly"
  | "remove"
  | "setDescription"
  | "setWarningOnly"
>;

class FakeProtection extends Fake<Protection> implements ProtectionImpl {
  private description = "";
  private warningOnly = false;

  constructor(
    private readonly sheetRaw: FakeSheet,
    private readonly type: "SHEET" | "RANGE",
    private readonly range: Range,
  ) {
    super();
  }

  setDescription(description: string): Protection {
    this.description = description;
    return this.self;
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this.self;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  getProtectionType(): ProtectionType {
    return this.type as unknown as ProtectionType;
  }

  getRange(): Range {
    return this.range;
  }

  /** The fake's user owns the spreadsheet. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    this.sheetRaw.removeProtection(this);
  }
}

// --- DataValidation ------------------------------------------------------------------------

interface RuleState {
  criteria: string | undefined;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type DataValidationImpl = Pick<
  DataValidation,
  "copy" | "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText"
>;

class FakeDataValidation extends Fake<DataValidation> implements DataValidationImpl {
  constructor(
    private readonly rule: Readonly<RuleState>,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  getCriteriaType(): Criteria {
    return this.rule.criteria as unknown as Criteria;
  }

  /** E.g. [["a", "b"], true] for requireValueInList(["a", "b"], true). */
  getCriteriaValues(): unknown[] {
    return this.rule.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getAllowInvalid()
  // "The default for new data validation rules is true."
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  /** null when no help text was set (the types say string; Apps Script gives null). */
  getHelpText(): string {
    return this.rule.helpText as string;
  }

  copy(): DataValidationBuilder {
    return newDataValidationBuilder(this.counts, { ...this.rule, values: [...this.rule.values] });
  }
}

type BuilderImpl = Pick<
  DataValidationBuilder,
  | "build"
  | "copy"
  | "getAllowInvalid"
  | "getCriteriaType"
  | "getCriteriaValues"
  | "getHelpText"
  | "requireCheckbox"
  | "requireNumberBetween"
  | "requireNumberGreaterThan"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThan"
  | "requireNumberLessThanOrEqualTo"
  | "requireValueInList"
  | "requireValueInRange"
  | "setAllowInvalid"
  | "setHelpText"
>;

function requireNumber(method: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new Error(`fake: ${method}: bukan angka: ${String(v)}`);
  return v;
}

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
class FakeDataValidationBuilder extends Fake<DataValidationBuilder> implements BuilderImpl {
  constructor(
    private readonly rule: RuleState,
    private readonly counts: CallCounter,
  ) {
    super();
  }

  private set(criteria: string, values: unknown[]): DataValidationBuilder {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this.self;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error("fake: requireValueInList butuh larik nilai yang tidak kosong");
    }
    return this.set("VALUE_IN_LIST", [[...values], showDropdown]);
  }

  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    unwrap(range, FakeRange, "Range");
    return this.set("VALUE_IN_RANGE", [range, showDropdown]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    const m = "requireNumberBetween";
    return this.set("NUMBER_BETWEEN", [requireNumber(m, start), requireNumber(m, end)]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.set("NUMBER_GREATER_THAN", [requireNumber("requireNumberGreaterThan", number)]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [
      requireNumber("requireNumberGreaterThanOrEqualTo", number),
    ]);
  }

  requireNumberLessThan(number: number): DataValidationBuilder {
    return this.set("NUMBER_LESS_THAN", [requireNumber("requireNumberLessThan", number)]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.set("NUMBER_LESS_THAN_OR_EQUAL_TO", [
      requireNumber("requireNumberLessThanOrEqualTo", number),
    ]);
  }

  requireCheckbox(...values: unknown[]): DataValidationBuilder {
    return this.set("CHECKBOX", values);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.rule.allowInvalid = allowInvalidData;
    return this.self;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.rule.helpText = helpText;
    return this.self;
  }

  getCriteriaType(): Criteria {
    return this.rule.criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText;
  }

  copy(): DataValidationBuilder {
    return newDataValidationBuilder(this.counts, { ...this.rule, values: [...this.rule.values] });
  }

  build(): DataValidation {
    if (this.rule.criteria === undefined) throw new Error("fake: DataValidationBuilder.build tanpa kriteria");
    return strict(new FakeDataValidation({ ...this.rule }, this.counts), IFACE.DataValidation, this.counts);
  }
}

function newDataValidationBuilder(counts: CallCounter, rule?: RuleState): DataValidationBuilder {
  const state: RuleState = rule ?? { criteria: undefined, values: [], allowInvalid: true, helpText: null };
  return strict(new FakeDataValidationBuilder(state, counts), IFACE.DataValidationBuilder, counts);
}

// --- Spreadsheet ---------------------------------------------------------------------------

type SpreadsheetImpl = Pick<
  Spreadsheet,
  | "deleteSheet"
  | "getActiveSheet"
  | "getId"
  | "getName"
  | "getProtections"
  | "getRange"
  | "getSheetByName"
  | "getSheets"
  | "getSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "getUrl"
  | "insertSheet"
  | "setActiveSheet"
  | "setSpreadsheetLocale"
  | "setSpreadsheetTimeZone"
  | "toast"
>;

export interface SpreadsheetOptions {
  /** Sheets in order (the first is active), each as rows of cell values from A1. */
  readonly sheets?: Record<string, readonly (readonly unknown[])[]>;
  /** Grid of every sheet; a sheet's grid grows to hold its initial content. */
  readonly grid?: { readonly rows: number; readonly columns: number };
  readonly id?: string;
  readonly name?: string;
  /** Spreadsheet locale, "id_ID" unless given. */
  readonly locale?: string;
  /** Spreadsheet time zone, "Asia/Jakarta" unless given. */
  readonly timeZone?: string;
}

export class FakeSpreadsheet extends Fake<Spreadsheet> implements SpreadsheetImpl {
  readonly toasts: Toast[] = [];
  private readonly sheets: FakeSheet[] = [];
  private nextSheetId = 0;
  private locale: string;
  private timeZone: string;
  private readonly grid: { readonly rows: number; readonly columns: number };
  activeSheet: FakeSheet | undefined;

  constructor(
    readonly counts: CallCounter,
    private readonly opts: SpreadsheetOptions,
  ) {
    super();
    this.locale = opts.locale ?? "id_ID";
    this.timeZone = opts.timeZone ?? "Asia/Jakarta";
    this.grid = opts.grid ?? DEFAULT_GRID;
  }

  get proxy(): Spreadsheet {
    return this.self;
  }

  /** Sheet names are unique whatever the case; Sheets refuses "data" next to "Data". */
  checkNewName(name: string, renaming?: FakeSheet): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("fake: nama sheet kosong");
    if (this.sheets.some((s) => s !== renaming && s.getName().toLowerCase() === name.toLowerCase())) {
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  addSheet(
    name: string,
    content: readonly (readonly unknown[])[] = [],
    index = this.sheets.length,
  ): FakeSheet {
    this.checkNewName(name);
    const rows = Math.max(this.grid.rows, content.length);
    const columns = Math.max(this.grid.columns, ...content.map((line) => line.length));
    const raw = new FakeSheet(this, name, this.nextSheetId++, rows, columns);
    strict(raw, IFACE.Sheet, this.counts);
    content.forEach((line, r) => {
      line.forEach((v, c) => {
        const value = toCellValue(v);
        if (value !== "") raw.touch(r + 1, c + 1).value = value;
      });
    });
    this.sheets.splice(index, 0, raw);
    return raw;
  }

  indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }

  rawSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.getName() === name);
  }

  /** Exact, case-sensitive match; null when there is none. */
  getSheetByName(name: string): Sheet | null {
    return this.rawSheet(name)?.proxy ?? null;
  }

  getSheets(): Sheet[] {
    return this.sheets.map((s) => s.proxy);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
  // "The new sheet becomes the active sheet." Without a name: "Sheet<n>".
  insertSheet(nameOrIndex?: string | number | object, index?: number | object, options?: object): Sheet {
    if (
      options !== undefined ||
      (typeof index === "object" && index !== null) ||
      typeof nameOrIndex === "object"
    ) {
      throw new Error("fake: Spreadsheet.insertSheet dengan options (template) tidak diimplementasikan");
    }
    let name: string;
    let at: number | undefined;
    if (typeof nameOrIndex === "string") {
      name = nameOrIndex;
      at = index as number | undefined;
    } else {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.getName().toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
      at = nameOrIndex;
    }
    if (at !== undefined && (!Number.isInteger(at) || at < 0 || at > this.sheets.length)) {
      throw new Error(`fake: Spreadsheet.insertSheet: indeks di luar jangkauan: ${at}`);
    }
    const raw = this.addSheet(name, [], at);
    this.activeSheet = raw;
    return raw.proxy;
  }

  deleteSheet(sheet: Sheet): void {
    const raw = unwrap(sheet, FakeSheet, "Sheet");
    if (this.sheets.length === 1) throw new Error("fake: sheet terakhir tidak dapat dihapus");
    this.sheets.splice(this.sheets.indexOf(raw), 1);
    if (this.activeSheet === raw) this.activeSheet = this.sheets[0];
  }

  private active(): FakeSheet {
    const active = this.activeSheet ?? this.sheets[0];
    if (!active) throw new Error("fake: spreadsheet tanpa sheet");
    return active;
  }

  getActiveSheet(): Sheet {
    return this.active().proxy;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.activeSheet = unwrap(sheet, FakeSheet, "Sheet");
    return sheet;
  }

  /** "A1:B2" on the active sheet, or "'Nama Sheet'!A1:B2" / "Data!A1". */
  getRange(a1Notation: string): Range {
    const bang = a1Notation.lastIndexOf("!");
    if (bang < 0) return this.active().getRange(a1Notation);
    const quoted = /^'(.*)'$/.exec(a1Notation.slice(0, bang));
    const name = quoted?.[1] !== undefined ? quoted[1].replace(/''/g, "'") : a1Notation.slice(0, bang);
    const raw = this.rawSheet(name);
    if (!raw) throw new Error("Range not found");
    return raw.getRange(a1Notation.slice(bang + 1));
  }

  getProtections(type: ProtectionType): Protection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }

  getName(): string {
    return this.opts.name ?? "SAKIP (fake)";
  }

  getId(): string {
    return this.opts.id ?? "fake-spreadsheet-id";
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: msg, title, timeoutSeconds });
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
}

// --- SpreadsheetApp ------------------------------------------------------------------------

type SpreadsheetAppImpl = Pick<
  SpreadsheetApp,
  | "DataValidationCriteria"
  | "ProtectionType"
  | "flush"
  | "getActive"
  | "getActiveSheet"
  | "getActiveSpreadsheet"
  | "getUi"
  | "newDataValidation"
>;

class FakeSpreadsheetApp extends Fake<SpreadsheetApp> implements SpreadsheetAppImpl {
  readonly DataValidationCriteria = enumObject<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>(
    "spreadsheet",
    "DataValidationCriteria",
  );
  readonly ProtectionType = enumObject<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(
    "spreadsheet",
    "ProtectionType",
  );

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: GoogleAppsScript.Base.Ui,
  ) {
    super();
  }

  getActive(): Spreadsheet {
    return this.spreadsheet.proxy;
  }

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet.proxy;
  }

  getActiveSheet(): Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui;
  }

  newDataValidation(): DataValidationBuilder {
    return newDataValidationBuilder(this.spreadsheet.counts);
  }

  /** Writes are immediate in the fake; counted so a test can see that product code flushes. */
  flush(): void {}
}

export interface SpreadsheetFakes {
  readonly app: SpreadsheetApp;
  readonly spreadsheet: FakeSpreadsheet;
}

/** The SpreadsheetApp service over one active spreadsheet built from `opts.sheets`. */
export function createSpreadsheetFakes(
  counts: CallCounter,
  ui: GoogleAppsScript.Base.Ui,
  opts: SpreadsheetOptions = {},
): SpreadsheetFakes {
  const spreadsheet = new FakeSpreadsheet(counts, opts);
  strict(spreadsheet, IFACE.Spreadsheet, counts);
  const entries = Object.entries(opts.sheets ?? { Sheet1: [] });
  for (const [name, content] of entries) spreadsheet.addSheet(name, content);
  const app = strict(new FakeSpreadsheetApp(spreadsheet, ui), IFACE.SpreadsheetApp, counts);
  return { app, spreadsheet };
}
