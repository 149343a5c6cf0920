// Sheet: the grid (its size grows by insertRowsAfter/insertColumnsAfter), what holds content,
// frozen rows, and the protections its ranges get.
import { Fake, type Iface, strict } from "../core";
import {
  type Box,
  type Cell,
  type CellValue,
  checkInteger,
  checkWritable,
  copyValue,
  parseA1,
  toCellValue,
  writeCell,
} from "./cells";
import { FakeRange } from "./range";
import type { FakeSpreadsheet } from "./spreadsheet";

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

const IFACE = {
  Range: { file: "spreadsheet", name: "Range" },
  Protection: { file: "spreadsheet", name: "Protection" },
} as const satisfies Record<string, Iface>;

/** Larger than 18 278 (ZZZ), the most columns a Sheets grid can have: r * KEY + c is unique. */
const KEY = 32768;

export interface SheetHooks {
  /**
   * Sets what a formula cell shows: the fake never computes formulas, it keeps the formula text
   * (getFormulas) apart from the value (getValues), which a test supplies here. Not counted.
   */
  __setComputed(row: number, column: number, value: unknown): void;
  /** Content from A1 to (getLastRow, getLastColumn), [] for an empty sheet. Not counted. */
  __values(): CellValue[][];
}

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

  /** Range.protect(): a protection of type RANGE over the range's cells. */
  addProtection(box: Box): Protection {
    const p = new FakeProtection(this, box, this.parent.owner, this.parent.user);
    const proxy = strict(p, IFACE.Protection, this.parent.counts);
    this.protections.push(proxy);
    p.onRemove = () => {
      const i = this.protections.indexOf(proxy);
      if (i >= 0) this.protections.splice(i, 1);
    };
    return proxy;
  }

  /** A protected range's cells as a range (Protection.getRange). */
  __rangeOf(box: Box): Range {
    return this.getRange(box.row, box.column, box.numRows, box.numColumns);
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
// Who may edit: a new protection lists the spreadsheet's editors, here the owner and the user
// running the script. removeEditors: "Neither the owner of the spreadsheet nor the current user
// can be removed" (Protection.removeEditors); so the reference's own sample adds the effective
// user first, removes getEditors(), then turns domain editing off (canDomainEdit/setDomainEdit).
class FakeProtection
  extends Fake<Protection>
  implements
    Pick<
      Protection,
      | "addEditors"
      | "canDomainEdit"
      | "getDescription"
      | "getEditors"
      | "getRange"
      | "isWarningOnly"
      | "remove"
      | "removeEditors"
      | "setDescription"
      | "setDomainEdit"
      | "setWarningOnly"
    >
{
  private warningOnly = false;
  private description = "";
  private domainEdit = true;
  private readonly editors: string[];
  onRemove: () => void = () => {};

  constructor(
    private readonly sheetRaw: FakeSheet,
    private readonly box: Box,
    private readonly owner: string,
    private readonly user: string,
  ) {
    super();
    this.editors = [...new Set([owner, user])];
  }

  setDescription(description: string): Protection {
    if (typeof description !== "string") throw new Error("fake: Protection.setDescription perlu teks");
    this.description = description;
    return this.self;
  }

  getDescription(): string {
    return this.description;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.sheetRaw.__rangeOf(this.box);
  }

  addEditors(emailAddresses: string[]): Protection {
    if (
      !Array.isArray(emailAddresses) ||
      emailAddresses.some((e) => typeof e !== "string" || !e.includes("@"))
    ) {
      throw new Error("fake: Protection.addEditors perlu daftar alamat email");
    }
    for (const e of emailAddresses)
      if (!this.editors.includes(e.toLowerCase())) this.editors.push(e.toLowerCase());
    return this.self;
  }

  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): Protection {
    for (const x of emailAddresses) {
      const e = typeof x === "string" ? x.toLowerCase() : x.getEmail().toLowerCase();
      if (e === this.owner || e === this.user) continue;
      const i = this.editors.indexOf(e);
      if (i >= 0) this.editors.splice(i, 1);
    }
    return this.self;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.editors.map((e) => ({ getEmail: () => e }) as GoogleAppsScript.Base.User);
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = editable;
    return this.self;
  }

  remove(): void {
    this.onRemove();
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this.self;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }
}
