// Strict fakes of SpreadsheetApp, Spreadsheet, Sheet, Range, DataValidation(Builder), Protection,
// each with the members product code calls (src/sheets, src/ui) or tests read its work back
// with; any other member of the real interface throws. Behaviour follows the Apps Script
// reference, cited where it matters; what is not modelled is said where it would surprise
// (formulas are never computed, strings are never parsed).
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
/** Larger than 18 278 (ZZZ), the most columns a Sheets grid can have: r * KEY + c is unique. */
const KEY = 32768;

interface Cell {
  value: CellValue;
  formula: string;
  format?: string;
  note?: string;
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
  | "getDataValidation"
  | "getDataValidations"
  | "getFormula"
  | "getFormulas"
  | "getNote"
  | "getNotes"
  | "getNumberFormat"
  | "getNumberFormats"
  | "getValues"
  | "protect"
  | "setBackground"
  | "setDataValidation"
  | "setFontWeight"
  | "setFormula"
  | "setNotes"
  | "setNumberFormat"
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

  setValues(values: unknown[][]): Range {
    return this.eachOf<unknown>(values, writeCell, checkWritable);
  }

  setValue(value: unknown): Range {
    checkWritable(value);
    return this.each((cell) => writeCell(cell, value));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
  // "" for a cell without a formula.
  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? "");
  }

  getFormula(): string {
    return this.topLeft()?.formula ?? "";
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

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
  // null removes the rule.
  setDataValidation(rule: DataValidation | null): Range {
    if (rule !== null) unwrap(rule, FakeDataValidation, "DataValidation");
    return this.each((cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule;
    });
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.grid((cell) => cell?.validation ?? null);
  }

  getDataValidation(): DataValidation | null {
    return this.topLeft()?.validation ?? null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object)
  // null (or "") clears the note; a cell without a note reads "".
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

  // Formatting nobody reads back (backgrounds, font weights) is checked, not recorded.

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
  // A CSS colour, or null to reset.
  setBackground(color: string | null): Range {
    if (color !== null && typeof color !== "string") {
      throw new Error(`fake: setBackground: warna harus teks atau null, bukan ${String(color)}`);
    }
    return this.self;
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    if (fontWeight !== null && fontWeight !== "bold" && fontWeight !== "normal") {
      throw new Error(`fake: fontWeight harus "bold", "normal" atau null, bukan ${String(fontWeight)}`);
    }
    return this.self;
  }

  activate(): Range {
    this.sheetRaw.parent.activeSheet = this.sheetRaw;
    return this.self;
  }

  protect(): Protection {
    return this.sheetRaw.addProtection();
  }
}

// --- Sheet ---------------------------------------------------------------------------------

type SheetImpl = Pick<
  Sheet,
  | "activate"
  | "getDataRange"
  | "getFrozenRows"
  | "getLastColumn"
  | "getLastRow"
  | "getMaxColumns"
  | "getMaxRows"
  | "getName"
  | "getProtections"
  | "getRange"
  | "insertColumnsAfter"
  | "insertRowsAfter"
  | "setColumnWidth"
  | "setFrozenRows"
>;

export class FakeSheet extends Fake<Sheet> implements SheetImpl, SheetHooks {
  private readonly cells = new Map<number, Cell>();
  private readonly protections: Protection[] = [];
  private frozenRows = 0;

  constructor(
    readonly parent: FakeSpreadsheet,
    private readonly name: string,
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

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const after = checkInteger("Sheet.insertColumnsAfter", "afterPosition", afterPosition);
    const n = checkInteger("Sheet.insertColumnsAfter", "howMany", howMany);
    if (after < 1 || after > this.maxColumns) throw new Error("Those columns are out of bounds.");
    if (n < 1) throw new Error("fake: Sheet.insertColumnsAfter: howMany harus >= 1");
    this.shift("column", after + 1, n);
    this.maxColumns += n;
    return this.self;
  }

  /**
   * What Sheet.appendRow does, for the Forms fake's response rows (product code does not call
   * appendRow): writes after the last row with content, growing the grid when it is full.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
   */
  appendValues(rowContents: unknown[]): void {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error("fake: appendRow butuh larik berisi minimal satu nilai");
    }
    for (const v of rowContents) checkWritable(v);
    const row = this.lastWithContent().row + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => {
      writeCell(this.touch(row, i + 1), v);
    });
  }

  setFrozenRows(rows: number): void {
    const n = checkInteger("Sheet.setFrozenRows", "rows", rows);
    if (n < 0 || n >= this.maxRows) throw new Error("fake: Sheet.setFrozenRows: jumlah baris di luar grid");
    this.frozenRows = n;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  /** Checked, not recorded: nothing reads a column width back. */
  setColumnWidth(columnPosition: number, width: number): Sheet {
    const c = checkInteger("Sheet.setColumnWidth", "columnPosition", columnPosition);
    if (c < 1 || c > this.maxColumns) throw new Error("Those columns are out of bounds.");
    checkInteger("Sheet.setColumnWidth", "width", width);
    return this.self;
  }

  /** Range.protect(): a protection of type RANGE. */
  addProtection(): Protection {
    const proxy = strict(new FakeProtection(), IFACE.Protection, this.parent.counts);
    this.protections.push(proxy);
    return proxy;
  }

  /** Only range protections are made here (Sheet.protect is not modelled): SHEET gives []. */
  getProtections(type: ProtectionType): Protection[] {
    const t = String(type);
    if (t !== "SHEET" && t !== "RANGE") throw new Error(`fake: ProtectionType tidak dikenal: ${t}`);
    return t === "RANGE" ? [...this.protections] : [];
  }

  getName(): string {
    return this.name;
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

// https://developers.google.com/apps-script/reference/spreadsheet/protection
class FakeProtection
  extends Fake<Protection>
  implements Pick<Protection, "isWarningOnly" | "setDescription" | "setWarningOnly">
{
  private warningOnly = false;

  /** Checked, not recorded: nothing reads it back. */
  setDescription(description: string): Protection {
    if (typeof description !== "string") throw new Error("fake: Protection.setDescription perlu teks");
    return this.self;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this.self;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }
}

// --- DataValidation ------------------------------------------------------------------------

interface RuleState {
  criteria: string | undefined;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation
class FakeDataValidation
  extends Fake<DataValidation>
  implements Pick<DataValidation, "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues">
{
  constructor(private readonly rule: Readonly<RuleState>) {
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
}

type BuilderImpl = Pick<
  DataValidationBuilder,
  "build" | "requireNumberGreaterThanOrEqualTo" | "requireValueInList" | "setAllowInvalid" | "setHelpText"
>;

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
class FakeDataValidationBuilder extends Fake<DataValidationBuilder> implements BuilderImpl {
  private readonly rule: RuleState = { criteria: undefined, values: [], allowInvalid: true, helpText: null };

  constructor(private readonly counts: CallCounter) {
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

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    if (typeof number !== "number" || !Number.isFinite(number))
      throw new Error(`fake: requireNumberGreaterThanOrEqualTo: bukan angka: ${String(number)}`);
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.rule.allowInvalid = allowInvalidData;
    return this.self;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.rule.helpText = helpText;
    return this.self;
  }

  build(): DataValidation {
    if (this.rule.criteria === undefined) throw new Error("fake: DataValidationBuilder.build tanpa kriteria");
    return strict(new FakeDataValidation({ ...this.rule }), IFACE.DataValidation, this.counts);
  }
}

// --- Spreadsheet ---------------------------------------------------------------------------

type SpreadsheetImpl = Pick<
  Spreadsheet,
  | "getActiveSheet"
  | "getId"
  | "getSheetByName"
  | "getSheets"
  | "getSpreadsheetLocale"
  | "insertSheet"
  | "toast"
>;

export interface SpreadsheetOptions {
  /** Sheets in order (the first is active), each as rows of cell values from A1. */
  readonly sheets?: Record<string, readonly (readonly unknown[])[]>;
  /** Spreadsheet locale, "id_ID" unless given. */
  readonly locale?: string;
}

export class FakeSpreadsheet extends Fake<Spreadsheet> implements SpreadsheetImpl {
  readonly toasts: Toast[] = [];
  private readonly sheets: FakeSheet[] = [];
  private readonly locale: string;
  activeSheet: FakeSheet | undefined;

  constructor(
    readonly counts: CallCounter,
    opts: SpreadsheetOptions,
  ) {
    super();
    this.locale = opts.locale ?? "id_ID";
  }

  get proxy(): Spreadsheet {
    return this.self;
  }

  /** Sheet names are unique whatever the case; Sheets refuses "data" next to "Data". */
  checkNewName(name: string): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("fake: nama sheet kosong");
    if (this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) {
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** A sheet of Sheets' default grid, grown to hold its initial content. */
  addSheet(
    name: string,
    content: readonly (readonly unknown[])[] = [],
    index = this.sheets.length,
  ): FakeSheet {
    this.checkNewName(name);
    const rows = Math.max(DEFAULT_GRID.rows, content.length);
    const columns = Math.max(DEFAULT_GRID.columns, ...content.map((line) => line.length));
    const raw = new FakeSheet(this, name, rows, columns);
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

  getActiveSheet(): Sheet {
    const active = this.activeSheet ?? this.sheets[0];
    if (!active) throw new Error("fake: spreadsheet tanpa sheet");
    return active.proxy;
  }

  getId(): string {
    return "fake-spreadsheet-id";
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: msg, title, timeoutSeconds });
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }
}

// --- SpreadsheetApp ------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
class FakeSpreadsheetApp
  extends Fake<SpreadsheetApp>
  implements Pick<SpreadsheetApp, "ProtectionType" | "getActive" | "getUi" | "newDataValidation">
{
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

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui;
  }

  newDataValidation(): DataValidationBuilder {
    return strict(
      new FakeDataValidationBuilder(this.spreadsheet.counts),
      IFACE.DataValidationBuilder,
      this.spreadsheet.counts,
    );
  }
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
