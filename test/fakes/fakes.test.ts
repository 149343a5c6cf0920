import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ButtonName,
  columnLetters,
  createFakeGoogle,
  DEFAULT_NUMBER_FORMAT,
  interfaceMembers,
  LOCK_TIMEOUT,
  parseA1,
} from "./index";

// Real figures from the seeds: Laporan Triwulan III Kec. Lumajang 2021 (target, realisasi).
const INDIKATOR = [
  ["Indikator", "Target", "Realisasi", "Tanggal", "IKU"],
  ["Nilai IKM", 86.4, 87.28, new Date(2021, 8, 30), true],
  ["Persentase fasilitasi ditindaklanjuti", 90, 100, new Date(2021, 8, 30), false],
];

function fake() {
  return createFakeGoogle({ sheets: { Indikator: INDIKATOR, Kosong: [] } });
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

  it("setValue writes every cell of the range; getValue reads the top-left cell", () => {
    const g = fake();
    const range = g.sheet("Kosong").getRange("B2:C3");
    range.setValue(7);
    expect(range.getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(g.sheet("Kosong").getRange("B2").getValue()).toBe(7);
    expect(g.sheet("Kosong").getRange("A1").getValue()).toBe("");
  });

  it("getDisplayValues renders numbers with String, booleans TRUE/FALSE, dates dd/MM/yyyy", () => {
    const g = fake();
    expect(g.sheet("Indikator").getRange("B2:F2").getDisplayValues()).toEqual([
      "86.4 87.28 30/09/2021 TRUE ".split(" "),
    ]);
  });

  it("round-trips any grid of values through setValues/getValues", () => {
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
    expect(cell.getValue()).toBe("");
    sheet.__setComputed(2, 6, 101.02);
    expect(cell.getValue()).toBe(101.02);
    expect(sheet.getRange("E2:F2").getFormulas()).toEqual([["", "=C2/B2*100"]]);
    cell.setValue("=C2-B2");
    expect(cell.getFormula()).toBe("=C2-B2");
    cell.setValue(5);
    expect(cell.getFormula()).toBe("");
    expect(() => cell.setFormula("C2-B2")).toThrow('rumus harus diawali "="');
  });

  it("stores number formats, notes, backgrounds, font weights with Sheets' defaults", () => {
    const g = fake();
    const range = g.sheet("Indikator").getRange("B2:C2");
    expect(range.getNumberFormats()).toEqual([[DEFAULT_NUMBER_FORMAT, DEFAULT_NUMBER_FORMAT]]);
    range.setNumberFormat("0.00");
    range.setNote("dari LKJ");
    range.setBackground("#FF0");
    range.setFontWeight("bold");
    expect(range.getNumberFormat()).toBe("0.00");
    expect(range.getNotes()).toEqual([["dari LKJ", "dari LKJ"]]);
    expect(range.getBackgrounds()).toEqual([["#ffff00", "#ffff00"]]);
    expect(range.getFontWeights()).toEqual([["bold", "bold"]]);
    range.clearNote();
    range.setBackground(null);
    expect(range.getNote()).toBe("");
    expect(range.getBackground()).toBe("#ffffff");
    expect(() => range.setNumberFormats([["0"]])).toThrow("The data has 1 but the range has 2.");
  });
});

describe("Sheet grid", () => {
  it("getDataRange spans A1 to the last row and column with content; formats do not count", () => {
    const g = fake();
    const sheet = g.sheet("Indikator");
    sheet.getRange("H10").setBackground("#ff0000");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:E3");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 5]);
    const empty = g.sheet("Kosong");
    expect(empty.getDataRange().getA1Notation()).toBe("A1");
    expect([empty.getLastRow(), empty.getLastColumn()]).toEqual([0, 0]);
    expect(empty.getDataRange().getValues()).toEqual([[""]]);
  });

  it("getRange accepts row/column and A1 forms and refuses what Apps Script refuses", () => {
    const sheet = fake().sheet("Kosong");
    expect(sheet.getRange(2, 3).getA1Notation()).toBe("C2");
    expect(sheet.getRange(2, 1, 3, 2).getA1Notation()).toBe("A2:B4");
    expect(sheet.getRange("A:A").getNumRows()).toBe(1000);
    expect(sheet.getRange("2:3").getNumColumns()).toBe(26);
    expect(sheet.getRange("B2:C").getA1Notation()).toBe("B2:C1000");
    expect(() => sheet.getRange(1001, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.getRange(1, 27)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange("nope")).toThrow("Range not found");
  });

  it("getRange(a1).getA1Notation() gives back any box inside the grid", () => {
    const box = fc.record({
      row: fc.integer({ min: 1, max: 1000 }),
      col: fc.integer({ min: 1, max: 26 }),
      h: fc.integer({ min: 0, max: 50 }),
      w: fc.integer({ min: 0, max: 5 }),
    });
    const sheet = fake().sheet("Kosong");
    fc.assert(
      fc.property(box, ({ row, col, h, w }) => {
        const r2 = Math.min(1000, row + h);
        const c2 = Math.min(26, col + w);
        const a1 =
          r2 === row && c2 === col
            ? `${columnLetters(col)}${row}`
            : `${columnLetters(col)}${row}:${columnLetters(c2)}${r2}`;
        expect(sheet.getRange(a1).getA1Notation()).toBe(a1);
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

  it("insertRowsAfter grows the grid and moves the rows below", () => {
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
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange(1, 27).getA1Notation()).toBe("AA1");
  });

  it("records frozen rows, column widths and protections", () => {
    const g = fake();
    const sheet = g.sheet("Indikator");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 320);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.getColumnWidth(2)]).toEqual([1, 320, 100]);
    const p = sheet.protect().setDescription("Rumus terkunci").setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    const types = g.SpreadsheetApp.ProtectionType;
    expect(sheet.getProtections(types.SHEET).map((x) => [x.getDescription(), x.isWarningOnly()])).toEqual([
      ["Rumus terkunci", true],
    ]);
    expect(sheet.getProtections(types.RANGE)).toEqual([]);
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
    ss.setActiveSheet(g.sheet("Kosong"));
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe("Kosong");
    expect(ss.getRange("Indikator!B2").getValue()).toBe(86.4);
  });

  it("records toasts and keeps locale and time zone", () => {
    const g = fake();
    g.spreadsheet.toast("Laporan selesai", "SAKIP", 5);
    expect(g.toasts).toEqual([{ message: "Laporan selesai", title: "SAKIP", timeoutSeconds: 5 }]);
    expect(g.spreadsheet.getSpreadsheetLocale()).toBe("id_ID");
    expect(g.spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Jakarta");
    g.spreadsheet.setSpreadsheetLocale("en_US");
    expect(g.spreadsheet.getSpreadsheetLocale()).toBe("en_US");
    expect(createFakeGoogle({ locale: "en_GB" }).spreadsheet.getSpreadsheetLocale()).toBe("en_GB");
  });

  it("builds data validation rules and stores them per cell", () => {
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
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([["NAIK", "TURUN"], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(angka.getAllowInvalid()).toBe(true);
    expect(angka.getHelpText()).toBe("Angka >= 0");
    expect(app.newDataValidation().requireNumberBetween(1, 4).build().getCriteriaValues()).toEqual([1, 4]);
    const range = g.sheet("Kosong").getRange("A1:B1");
    range.setDataValidations([[list, null]]);
    expect(range.getDataValidations()).toEqual([[list, null]]);
    expect(() => range.setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation)).toThrow(
      "bukan DataValidation buatan fake",
    );
  });
});

describe("strictness and counting", () => {
  it("a method of the real interface the fake lacks throws instead of returning undefined", () => {
    const g = fake();
    const range = g.sheet("Indikator").getRange("A1");
    expect(() => range.getMergedRanges()).toThrow("fake: Range.getMergedRanges tidak diimplementasikan");
    expect(() => g.spreadsheet.getNamedRanges()).toThrow(
      "fake: Spreadsheet.getNamedRanges tidak diimplementasikan",
    );
    expect(() => g.Utilities.formatDate(new Date(), "Asia/Jakarta", "dd/MM/yyyy")).toThrow(
      "fake: Utilities.formatDate tidak diimplementasikan",
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

  it("reads the member lists from the installed types", () => {
    const range = interfaceMembers("spreadsheet", "Range");
    expect(range.methods.has("getValues")).toBe(true);
    expect(range.methods.size).toBeGreaterThan(150);
    expect(interfaceMembers("base", "Ui").properties).toEqual(new Set(["Button", "ButtonSet"]));
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

describe("Ui", () => {
  it("records the add-on menu with captions and function names", () => {
    const g = fake();
    const ui = g.SpreadsheetApp.getUi();
    const laporan = ui.createMenu("Laporan").addItem("LKJ", "buatLkj");
    ui.createAddonMenu().addItem("Bantuan", "tampilkanBantuan").addSeparator().addSubMenu(laporan).addToUi();
    expect(g.ui.menus).toHaveLength(1);
    expect(g.ui.menus[0]?.addon).toBe(true);
    expect(g.ui.menuItems()).toEqual([
      { path: [], caption: "Bantuan", functionName: "tampilkanBantuan" },
      { path: ["Laporan"], caption: "LKJ", functionName: "buatLkj" },
    ]);
    expect(() => ui.createAddonMenu().addItem("X", "bukan fungsi")).toThrow("nama fungsi tidak sah");
  });

  it("answers alerts with the scripted button, OK by default, and records them", () => {
    const g = fake();
    const ui = g.SpreadsheetApp.getUi();
    expect(ui.alert("Selesai")).toBe(ui.Button.OK);
    g.ui.scriptAlert("NO");
    expect(ui.alert("Hapus?", "Data akan dihapus", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Lanjut?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(g.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      [undefined, "Selesai", "OK"],
      ["Hapus?", "Data akan dihapus", "NO"],
      [undefined, "Lanjut?", "YES"],
    ]);
    g.ui.scriptAlert("YES" as ButtonName);
    expect(() => ui.alert("Hanya OK")).toThrow("tidak ada di ButtonSet OK");
  });

  it("answers prompts only when scripted", () => {
    const g = fake();
    const ui = g.SpreadsheetApp.getUi();
    expect(() => ui.prompt("Tahun?")).toThrow("tanpa jawaban terskrip");
    g.ui.scriptPrompt({ text: "2023" }, { text: "", button: "CANCEL" });
    const r1 = ui.prompt("Tahun?", ui.ButtonSet.OK_CANCEL);
    expect([r1.getResponseText(), r1.getSelectedButton()]).toEqual(["2023", ui.Button.OK]);
    expect(ui.prompt("Tahun?", ui.ButtonSet.OK_CANCEL).getSelectedButton()).toBe(ui.Button.CANCEL);
  });

  it("records the HtmlOutput a dialog or sidebar shows", () => {
    const g = createFakeGoogle({ htmlFiles: { "bantuan.html": "<p>Bantuan</p>" } });
    const html = g.HtmlService.createHtmlOutputFromFile("bantuan")
      .setWidth(560)
      .setHeight(520)
      .setTitle("Bantuan");
    g.SpreadsheetApp.getUi().showModalDialog(html, "Bantuan SAKIP Sheets");
    g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput("<b>x</b>").setTitle("Panel"));
    expect(g.ui.dialogs.map((d) => [d.kind, d.title, d.content, d.width, d.height])).toEqual([
      ["modal", "Bantuan SAKIP Sheets", "<p>Bantuan</p>", 560, 520],
      ["sidebar", "Panel", "<b>x</b>", undefined, undefined],
    ]);
    expect(g.ui.dialogs[0]?.output).toBe(html);
    expect(() => g.HtmlService.createHtmlOutputFromFile("tidakada")).toThrow(
      "No HTML file named tidakada was found.",
    );
  });
});

describe("HtmlService templates", () => {
  const XSS = "<img src=x onerror=alert(1)>";

  it("escapes <?= ?>, prints <?!= ?> raw, runs <? ?> with the template's properties in scope", () => {
    const g = fake();
    const t = g.HtmlService.createTemplate(
      "<h1><?= judul ?></h1><? for (const x of daftar) { ?><li><?= x ?></li><? } ?><div><?!= mentah ?></div><i><?= kosong ?></i>",
    );
    t.judul = XSS;
    t.daftar = ["a&b", '"q"'];
    t.mentah = "<b>ok</b>";
    t.kosong = undefined;
    expect(t.evaluate().getContent()).toBe(
      "<h1>&lt;img src=x onerror=alert(1)&gt;</h1><li>a&amp;b</li><li>&quot;q&quot;</li><div><b>ok</b></div><i></i>",
    );
  });

  it("evaluates files with the script's globals in scope and refuses <?= ?> inside <script>", () => {
    const g = createFakeGoogle({
      htmlFiles: {
        panel: '<?!= include("gaya") ?><p><?= nama ?></p>',
        gaya: "<style>p{}</style>",
        js: "<script>var d = <?= data ?>;</script>",
      },
    });
    g.useScriptScope({
      ...g.globals(),
      include: (f: string) => g.HtmlService.createHtmlOutputFromFile(f).getContent(),
    });
    const t = g.HtmlService.createTemplateFromFile("panel");
    t.nama = "Kec. Klakah";
    expect(t.evaluate().getContent()).toBe("<style>p{}</style><p>Kec. Klakah</p>");
    const js = g.HtmlService.createTemplateFromFile("js");
    js.data = 1;
    expect(() => js.evaluate()).toThrow("di dalam <script> tidak dimodelkan");
  });
});

describe("LockService, PropertiesService, Session", () => {
  it("grants a free lock, records it, and times out while another execution holds it", () => {
    const g = fake();
    const lock = g.LockService.getDocumentLock();
    lock.waitLock(30000);
    expect([lock.hasLock(), g.locks.document.held]).toEqual([true, true]);
    lock.releaseLock();
    expect([lock.hasLock(), g.locks.document.held, g.locks.document.acquisitions()]).toEqual([
      false,
      false,
      1,
    ]);
    g.locks.document.busy = true;
    const other = g.LockService.getDocumentLock();
    expect(() => other.waitLock(1000)).toThrow(LOCK_TIMEOUT);
    expect(other.tryLock(1000)).toBe(false);
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(g.locks.document.events.map((e) => [e.op, e.acquired])).toEqual([
      ["waitLock", true],
      ["releaseLock", undefined],
      ["waitLock", false],
      ["tryLock", false],
    ]);
  });

  it("stores properties as strings, per store, within Apps Script's quota", () => {
    const g = createFakeGoogle({ properties: { document: { tahun: "2023" } } });
    const doc = g.PropertiesService.getDocumentProperties();
    expect(doc.getProperty("tahun")).toBe("2023");
    expect(doc.getProperty("tidak")).toBeNull();
    doc.setProperty("versi", 5 as unknown as string);
    expect(doc.getProperties()).toEqual({ tahun: "2023", versi: "5" });
    doc.setProperties({ a: "1" }, true);
    expect(doc.getKeys()).toEqual(["a"]);
    expect(g.PropertiesService.getUserProperties().getKeys()).toEqual([]);
    expect(() => doc.setProperty("besar", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => doc.setProperty("n", null as unknown as string)).toThrow("harus teks");
    doc.deleteProperty("a");
    expect(g.properties.document.size).toBe(0);
  });

  it("gives the script time zone", () => {
    expect(fake().Session.getScriptTimeZone()).toBe("Asia/Jakarta");
  });
});

describe("globals() for the bundle", () => {
  it("holds the services and no function, and runs Apps Script code in node:vm", () => {
    const g = fake();
    const scope = g.globals();
    expect(Object.keys(scope).filter((k) => typeof scope[k] === "function")).toEqual([]);
    const context = vm.createContext({ ...scope });
    vm.runInContext(
      `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem("Bantuan", "tampilkanBantuan").addToUi(); }
       function baca() { return SpreadsheetApp.getActive().getSheetByName("Indikator").getDataRange().getValues().length; }
       onOpen();
       Logger.log("baris %s", baca());`,
      context,
    );
    expect(g.ui.menuItems()).toEqual([{ path: [], caption: "Bantuan", functionName: "tampilkanBantuan" }]);
    expect(g.logs).toEqual(["baris 3"]);
  });
});
