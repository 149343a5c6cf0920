// Range: values, formulas, notes, number formats and validation rules of a box of cells.
import { Fake, unwrap } from "../core";
import {
  type Box,
  type Cell,
  type CellValue,
  checkFormula,
  checkWritable,
  copyValue,
  DEFAULT_NUMBER_FORMAT,
  writeCell,
  writeFormula,
} from "./cells";
import type { FakeSheet } from "./sheet";
import { FakeDataValidation } from "./validation";

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

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
  | "setFormulas"
  | "setNotes"
  | "setNumberFormat"
  | "setValue"
  | "setValues"
>;

export class FakeRange extends Fake<Range> implements RangeImpl {
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

  /** Strings are read as typed, by each cell's number format and the spreadsheet's locale (cells.ts). */
  setValues(values: unknown[][]): Range {
    const k = this.ketikan();
    return this.eachOf<unknown>(values, (cell, v) => writeCell(cell, v, k), checkWritable);
  }

  setValue(value: unknown): Range {
    checkWritable(value);
    const k = this.ketikan();
    return this.each((cell) => writeCell(cell, value, k));
  }

  private ketikan() {
    const ss = this.sheetRaw.parent;
    return { locale: ss.locale, timeZone: ss.timeZone };
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

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulas(String)
  // "Sets a rectangular grid of formulas (must match dimensions of this range)"; "" clears a cell.
  setFormulas(formulas: string[][]): Range {
    return this.eachOf<string>(formulas, (cell, f) => writeFormula(cell, f), checkFormula);
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
    return this.sheetRaw.addProtection(this.box);
  }
}
