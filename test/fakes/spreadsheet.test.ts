import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFakeGoogle, DEFAULT_NUMBER_FORMAT, parseA1 } from "./index";

// Real figures from the seeds: Laporan Triwulan III Kec. Lumajang 2021 (target, realisasi).
const INDIKATOR = [
  ["Indikator", "Target", "Realisasi", "Tanggal", "IKU"],
  ["Nilai IKM", 86.4, 87.28, new Date(2021, 8, 30), true],
  ["Persentase fasilitasi ditindaklanjuti", 90, 100, new Date(2021, 8, 30), false],
];

function fake() {
  return createFakeGoogle({ sheets: { Indikator: INDIKATOR, Kosong: [] } });
}

function letters(column: number): string {
  let s = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

describe("Range values", () => {
  it("getValues gives numbers, Dates, booleans and '' for empty cells, in a new array each call", () => {
    const g = fake();
    const range = g.sheet("Indikator").getRange("A1:F3");
    const values = range.getValues();
    expect(values[1]).toEqual(["Nilai IKM", 86.4, 87.28, new Date(2021, 8, 30), true, ""]);
    expect(values[1]?.[3]).toBeInstanceOf(Date);
    values[1]![1] = 0;
    (values[1]![3] as Date).setFullYear(1999);
    const again = range.getValues();
    expect(again).not.toBe(values);
    expect(again[1]?.[1]).toBe(86.4);
    expect((again[1]?.[3] as Date).getFullYear()).toBe(2021);
  });

  it("setValues refuses data of another shape with Apps Script's message and writes nothing", () => {
    const g = fake();
    const range = g.sheet("Kosong").getRange(1, 1, 3, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
    expect(() => range.setValues([[1, 2], [3], [4, 5]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      range.setValues([
        [1, 2],
        [3, {}],
        [4, 5],
      ]),
    ).toThrow("tidak didukung");
    expect(g.sheetValues("Kosong")).toEqual([]);
    range.setValues([
      [1, "a"],
      [null, true],
      ["'0012", 3],
    ]);
    expect(g.sheetValues("Kosong")).toEqual([
      [1, "a"],
      ["", true],
      ["0012", 3],
    ]);
  });

  it("setValue writes every cell of the range", () => {
    const g = fake();
    g.sheet("Kosong").getRange("B2:C3").setValue(7);
    expect(g.sheetValues("Kosong")).toEqual([
      ["", "", ""],
      ["", 7, 7],
      ["", 7, 7],
    ]);
  });

  it("round-trips any grid of values through setValues/getValues in plain-text cells", () => {
    const cell = fc.oneof(
      fc.string().filter((s) => !s.startsWith("=") && !s.startsWith("'")),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
    );
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) =>
        fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      );
    fc.assert(
      fc.property(grid, fc.integer({ min: 1, max: 20 }), (values, row) => {
        const g = createFakeGoogle();
        const sheet = g.sheet("Sheet1");
        const range = sheet.getRange(row, 2, values.length, values[0]!.length);
        range.setNumberFormat("@");
        range.setValues(values);
        expect(range.getValues()).toEqual(values);
      }),
      { numRuns: 100 },
    );
  });
});

describe("formulas and cell attributes", () => {
  it("keeps formula text apart from the value, which only __setComputed changes", () => {
    const g = fake();
    const sheet = g.sheet("Indikator");
    const cell = sheet.getRange("F2");
    cell.setFormula("=C2/B2*100");
    expect(cell.getFormula()).toBe("=C2/B2*100");
    expect(cell.getValues()).toEqual([[""]]);
    sheet.__setComputed(2, 6, 101.02);
    expect(cell.getValues()).toEqual([[101.02]]);
    expect(sheet.getRange("E2:F2").getFormulas()).toEqual([["", "=C2/B2*100"]]);
    cell.setValue("=C2-B2");
    expect(cell.getFormula()).toBe("=C2-B2");
    cell.setValue(5);
    expect(cell.getFormula()).toBe("");
    expect(() => cell.setFormula("C2-B2")).toThrow('rumus harus diawali "="');
  });

  it("stores number formats and notes with Sheets' defaults; checks colours and font weights", () => {
    const g = fake();
    const range = g.sheet("Indikator").getRange("B2:C2");
    expect(range.getNumberFormats()).toEqual([[DEFAULT_NUMBER_FORMAT, DEFAULT_NUMBER_FORMAT]]);
    expect(range.getNotes()).toEqual([["", ""]]);
    range.setNumberFormat("0.00");
    range.setNotes([["dari LKJ", null]]);
    range.setBackground("#FF0").setBackground(null).setFontWeight("bold").setFontWeight(null);
    expect(range.getNumberFormat()).toBe("0.00");
    expect(range.getNotes()).toEqual([["dari LKJ", ""]]);
    expect(range.getNote()).toBe("dari LKJ");
    expect(() => range.setNotes([["x"]])).toThrow("The data has 1 but the range has 2.");
    expect(() => range.setFontWeight("heavy" as GoogleAppsScript.Spreadsheet.FontWeight)).toThrow(
      'fontWeight harus "bold", "normal" atau null',
    );
  });

  it("builds data validation rules and stores them per cell; a rule not from the builder is refused", () => {
    const g = fake();
    const app = g.SpreadsheetApp;
    const list = app
      .newDataValidation()
      .requireValueInList(["NAIK", "TURUN"], true)
      .setAllowInvalid(false)
      .build();
    const angka = app
      .newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setHelpText("Angka >= 0")
      .build();
    expect(String(list.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(list.getCriteriaValues()).toEqual([["NAIK", "TURUN"], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(angka.getCriteriaValues()).toEqual([0]);
    expect(angka.getAllowInvalid()).toBe(true);
    expect(() => app.newDataValidation().build()).toThrow("tanpa kriteria");
    expect(() => app.newDataValidation().requireValueInList([])).toThrow("tidak kosong");
    const range = g.sheet("Kosong").getRange("A1:B1");
    range.setDataValidation(list);
    g.sheet("Kosong").getRange("B1").setDataValidation(null);
    expect(range.getDataValidations()).toEqual([[list, null]]);
    expect(range.getDataValidation()).toBe(list);
    expect(() => range.setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation)).toThrow(
      "bukan DataValidation buatan fake",
    );
  });
});

describe("Sheet grid", () => {
  it("getDataRange spans A1 to the last row and column with content; formats do not count", () => {
    const g = fake();
    const sheet = g.sheet("Indikator");
    sheet.getRange("H10").setBackground("#ff0000").setNumberFormat("@");
    expect(sheet.getDataRange().getValues()).toEqual(INDIKATOR);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 5]);
    const empty = g.sheet("Kosong");
    expect([empty.getLastRow(), empty.getLastColumn()]).toEqual([0, 0]);
    expect(empty.getDataRange().getValues()).toEqual([[""]]);
  });

  it("getRange accepts row/column and A1 forms and refuses what Apps Script refuses", () => {
    const sheet = fake().sheet("Indikator");
    expect(sheet.getRange(2, 3).getValues()).toEqual([[87.28]]);
    expect(sheet.getRange(2, 1, 2, 2).getValues()).toEqual([
      ["Nilai IKM", 86.4],
      ["Persentase fasilitasi ditindaklanjuti", 90],
    ]);
    expect(sheet.getRange("A:A").getValues()).toHaveLength(1000);
    expect(sheet.getRange("2:3").getValues()[0]).toHaveLength(26);
    expect(sheet.getRange("B2:C").getValues()).toHaveLength(999);
    expect(() => sheet.getRange(1001, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.getRange(1, 27)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange("nope")).toThrow("Range not found");
  });

  it("parseA1 reads any box inside the grid", () => {
    const box = fc.record({
      row: fc.integer({ min: 1, max: 1000 }),
      col: fc.integer({ min: 1, max: 26 }),
      h: fc.integer({ min: 0, max: 50 }),
      w: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(box, ({ row, col, h, w }) => {
        const r2 = Math.min(1000, row + h);
        const c2 = Math.min(26, col + w);
        const a1 =
          r2 === row && c2 === col ? `${letters(col)}${row}` : `${letters(col)}${row}:${letters(c2)}${r2}`;
        expect(parseA1(a1, 1000, 26)).toEqual({
          row,
          column: col,
          numRows: r2 - row + 1,
          numColumns: c2 - col + 1,
        });
      }),
      { numRuns: 200 },
    );
  });

  it("insertRowsAfter grows the grid and moves the rows below; insertColumnsAfter too", () => {
    const sheet = fake().sheet("Indikator");
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A2:A5").getValues()).toEqual([
      [""],
      [""],
      ["Nilai IKM"],
      ["Persentase fasilitasi ditindaklanjuti"],
    ]);
    expect(() => sheet.getRange(1003, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.insertRowsAfter(0, 1)).toThrow("Those rows are out of bounds.");
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange(1, 27).getValues()).toEqual([[""]]);
  });

  it("records frozen rows, column widths within the grid, and range protections", () => {
    const g = fake();
    const sheet = g.sheet("Indikator");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 320);
    expect(() => sheet.setColumnWidth(27, 100)).toThrow("Those columns are out of bounds.");
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.getRange("E2:E3").protect().setDescription("Rumus terkunci").setWarningOnly(true);
    const types = g.SpreadsheetApp.ProtectionType;
    expect(sheet.getProtections(types.RANGE).map((p) => p.isWarningOnly())).toEqual([true]);
    expect(sheet.getProtections(types.SHEET)).toEqual([]);
  });
});

describe("Spreadsheet", () => {
  it("finds sheets by name, refuses a duplicate name, activates an inserted sheet", () => {
    const g = fake();
    const ss = g.SpreadsheetApp.getActive();
    expect(ss).toBe(g.spreadsheet);
    expect(ss.getSheetByName("Tidak Ada")).toBeNull();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Indikator", "Kosong"]);
    expect(ss.getActiveSheet().getName()).toBe("Indikator");
    expect(() => ss.insertSheet("kosong")).toThrow(
      'A sheet with the name "kosong" already exists. Please enter another name.',
    );
    const baru = ss.insertSheet("Rekap");
    expect(ss.getActiveSheet()).toBe(baru);
    g.sheet("Kosong").activate();
    expect(ss.getActiveSheet().getName()).toBe("Kosong");
    g.sheet("Indikator").getRange("B2").activate();
    expect(ss.getActiveSheet().getName()).toBe("Indikator");
  });

  it("records toasts and keeps the locale", () => {
    const g = fake();
    g.spreadsheet.toast("Laporan selesai", "SAKIP", 5);
    expect(g.toasts).toEqual([{ message: "Laporan selesai", title: "SAKIP", timeoutSeconds: 5 }]);
    expect(g.spreadsheet.getSpreadsheetLocale()).toBe("id_ID");
    expect(createFakeGoogle({ locale: "en_GB" }).spreadsheet.getSpreadsheetLocale()).toBe("en_GB");
  });
});

describe("strictness and counting", () => {
  it("a method of the real interface the fake lacks throws instead of returning undefined", () => {
    const g = fake();
    const range = g.sheet("Indikator").getRange("A1");
    expect(() => range.getMergedRanges()).toThrow("fake: Range.getMergedRanges tidak diimplementasikan");
    expect(() => range.getValue()).toThrow("fake: Range.getValue tidak diimplementasikan");
    expect(() => g.spreadsheet.getNamedRanges()).toThrow(
      "fake: Spreadsheet.getNamedRanges tidak diimplementasikan",
    );
    expect(() => g.SpreadsheetApp.BorderStyle).toThrow(
      "fake: SpreadsheetApp.BorderStyle tidak diimplementasikan",
    );
    // Names outside the interfaces stay undefined, so await, vitest and JSON see plain objects.
    expect((range as unknown as Record<string, unknown>).then).toBeUndefined();
  });

  it("is typed as the real interfaces, so a wrong call does not compile", () => {
    const range = fake().sheet("Kosong").getRange("A1:B1");
    // @ts-expect-error Range.setValues takes rows of cells, not one row
    expect(() => range.setValues([1, 2])).toThrow("larik dua dimensi");
    // @ts-expect-error Sheet.getRange has no (a1, row) overload
    expect(() => fake().sheet("Kosong").getRange("A1", 2)).toThrow("satu argumen");
  });

  it("counts each call once, and none made by the fakes themselves", () => {
    const small = createFakeGoogle({ sheets: { Data: INDIKATOR } });
    const big = createFakeGoogle({
      sheets: { Data: Array.from({ length: 2000 }, (_, i) => [`indikator ${i}`, i, i * 1.5]) },
    });
    for (const g of [small, big]) {
      g.counts.reset();
      const values = g.SpreadsheetApp.getActive().getSheetByName("Data")!.getDataRange().getValues();
      expect(values.length).toBeGreaterThan(1);
      expect(g.counts.snapshot()).toEqual({
        "Range.getValues": 1,
        "Sheet.getDataRange": 1,
        "Spreadsheet.getSheetByName": 1,
        "SpreadsheetApp.getActive": 1,
      });
      expect(g.counts.total()).toBe(4);
      expect(g.counts.ofInterface("Range")).toBe(1);
    }
    big.sheetValues("Data");
    big.sheet("Data").__setComputed(1, 1, "x");
    expect(big.counts.total()).toBe(4);
    big.counts.reset();
    expect(big.counts.total()).toBe(0);
  });
});

describe("a string written is read as typed (by the cell's format and the spreadsheet's locale)", () => {
  const tulis = (opts: { locale?: string; timeZone?: string }, v: string, format?: string) => {
    const g = createFakeGoogle({ sheets: { Sheet1: [] }, ...opts });
    const r = g.sheet("Sheet1").getRange(1, 1, 1, 1);
    if (format) r.setNumberFormat(format);
    r.setValues([[v]]);
    return r.getValues()[0]![0];
  };

  it("en_US: 5.10 becomes 5.1, 78% becomes 0.78, an 18-digit NIP loses its last digits", () => {
    expect(tulis({ locale: "en_US" }, "5.10")).toBe(5.1);
    expect(tulis({ locale: "en_US" }, "78%")).toBe(0.78);
    expect(tulis({ locale: "en_US" }, "1,234.5")).toBe(1234.5);
    expect(tulis({ locale: "en_US" }, "196703061992031008")).not.toBe("196703061992031008");
    expect(tulis({ locale: "en_US" }, "1.1.1")).toBe("1.1.1");
  });

  it("id_ID: 5,10 becomes 5.1 and 1.234.567 a number; 5.10 is not a number there", () => {
    expect(tulis({}, "5,10")).toBe(5.1);
    expect(tulis({}, "1.234.567")).toBe(1234567);
    expect(tulis({}, "5.10")).toBe("5.10");
  });

  it("plain text '@' keeps every string as written", () => {
    for (const v of ["5.10", "78%", "196703061992031008", "05/07/2021"])
      expect(tulis({ locale: "en_US" }, v, "@")).toBe(v);
  });

  it("a date becomes midnight in the spreadsheet's time zone, day first in id_ID, month first in en_US", () => {
    const wita = tulis({ timeZone: "Asia/Makassar" }, "05/07/2021") as Date;
    expect(wita.toISOString()).toBe("2021-07-04T16:00:00.000Z");
    const ny = tulis({ locale: "en_US", timeZone: "America/New_York" }, "07/05/2021") as Date;
    expect(ny.toISOString()).toBe("2021-07-05T04:00:00.000Z");
  });
});
