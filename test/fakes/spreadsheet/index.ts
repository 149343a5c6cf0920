// The Spreadsheet fakes: cells.ts (cell values, formulas, A1 notation), validation.ts (data
// validation rules), range.ts, sheet.ts (with protections), spreadsheet.ts (Spreadsheet,
// SpreadsheetApp).
export { type CellValue, DEFAULT_NUMBER_FORMAT, parseA1 } from "./cells";
export { FakeSheet, type SheetHooks } from "./sheet";
export {
  createSpreadsheetFakes,
  FakeSpreadsheet,
  type SpreadsheetOptions,
  type Toast,
} from "./spreadsheet";
