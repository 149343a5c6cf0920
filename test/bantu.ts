// The one set-up of the tests that go through the fakes: a fresh fake Google; the built bundle
// loaded in it as Apps Script runs it; a sample unit written into its workbook and read back; and
// snapshots of everything a user could see in the workbook. Records without a workbook: ./rekaman.ts.
import { dataContoh, keData } from "../src/contoh/daftar";
import type { BukuKerja } from "../src/core/model/bukuKerja";
import type { ContohUnit } from "../src/core/model/contoh";
import { bacaBukuKerja } from "../src/sheets/baca";
import { isiContoh } from "../src/sheets/contoh";
import { type BundleGlobals, dialog, fn, loadBundle } from "./bundle";
import { createFakeGoogle, type FakeGoogle, type FakeGoogleOptions, htmlFilesFrom } from "./fakes";

/**
 * A fresh fake Google over one spreadsheet (an empty Sheet1 unless `opts.sheets` says otherwise),
 * serving the project's HTML files of build/ as Apps Script does (the dialogs, and the default
 * templates a report reads).
 */
export function google(opts: FakeGoogleOptions = {}): FakeGoogle {
  return createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build"), ...opts });
}

/** A fresh fake Google whose workbook holds the sample, written by src/sheets (Isi Contoh Data's writer). */
export function googleContoh(contoh: ContohUnit, opts: FakeGoogleOptions = {}): FakeGoogle {
  const g = google(opts);
  isiContoh(g.SpreadsheetApp, g.spreadsheet, keData(contoh));
  return g;
}

/** A sample's workbook as the reports see it: written into a fake spreadsheet, then read back. */
export function bukuKerjaContoh(contoh: ContohUnit): BukuKerja {
  return bacaBukuKerja(googleContoh(contoh).spreadsheet);
}

export interface Muatan {
  g: FakeGoogle;
  /** The bundle's global scope: call its functions with fn(b, "nama"). */
  b: BundleGlobals;
}

/**
 * build/Code.js loaded in a fresh fake Google, as Apps Script runs it; with `contoh` (a sample's id, "lumajang-2021") filled in through the bundle's Isi
 * Contoh Data, as a user would.
 */
export function muat(contoh?: string | null, opts: FakeGoogleOptions = {}): Muatan {
  const g = google(opts);
  const b = loadBundle(g.globals());
  g.useScriptScope(b);
  if (contoh) dialog(b, "isiContohData")(dataContoh(contoh));
  return { g, b };
}

/** Reads through the fakes, so it counts calls: take it before g.counts.reset(). */
export function potret(g: FakeGoogle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of g.spreadsheet.getSheets()) {
    const name = sheet.getName();
    const r = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 2), Math.max(sheet.getLastColumn(), 1));
    out[name] = {
      values: r.getValues(),
      formulas: r.getFormulas(),
      notes: r.getNotes(),
      formats: r.getNumberFormats(),
      validations: r
        .getDataValidations()
        .map((row) =>
          row.map((v) => (v ? [v.getCriteriaType(), v.getCriteriaValues(), v.getAllowInvalid()] : null)),
        ),
      frozen: sheet.getFrozenRows(),
    };
  }
  return out;
}

/** Calls that change the workbook: every set*, insert*, protect, delete* and clear*. */
export function tulisan(g: FakeGoogle): Record<string, number> {
  return Object.fromEntries(
    Object.entries(g.counts.snapshot()).filter(([k]) => /\.(set|insert|protect|delete|clear)/.test(k)),
  );
}

/**
 * The least of a Spreadsheet a reader needs, in memory: getSheets, getSheetByName and
 * getDataRange().getValues() over the given rows (sheets in order); `bacaan` counts each sheet's
 * getValues. Anything else is absent, so a reader that reaches for more fails loudly.
 */
export function spreadsheetMini(lembar: Record<string, unknown[][]>): {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  bacaan: Map<string, number>;
} {
  const bacaan = new Map<string, number>();
  const sheet = (nama: string) => ({
    getName: () => nama,
    getDataRange: () => ({
      getValues: () => {
        bacaan.set(nama, (bacaan.get(nama) ?? 0) + 1);
        return lembar[nama]!.map((b) => [...b]);
      },
    }),
  });
  const ss = {
    getSheets: () => Object.keys(lembar).map(sheet),
    getSheetByName: (nama: string) => (nama in lembar ? sheet(nama) : null),
    getSpreadsheetTimeZone: () => "Asia/Jakarta",
  };
  return { ss: ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, bacaan };
}

/**
 * A workbook set up through the bundle's menu with `n` generated Kinerja rows (target 90,
 * quarters 80 / 85 / 95) and the Pengaturan a report needs: the rows-don't-matter checks of the
 * call counts (test/reports/googleDocs.test.ts and the bench) share it.
 */
export function isiIndikatorUji(g: FakeGoogle, b: BundleGlobals, n: number): void {
  fn(b, "siapkanLembarKerja")();
  const k = g.sheet("Kinerja");
  k.insertRowsAfter(k.getMaxRows(), n);
  k.getRange(2, 1, n, 13).setValues(
    Array.from({ length: n }, (_, i) => [
      `1.${i + 1}`,
      "Sasaran",
      `Sasaran ${i % 7}`,
      `Indikator ${i}`,
      "%",
      "NAIK",
      "TERAKHIR",
      90,
      "",
      80,
      85,
      95,
      "",
    ]),
  );
  const p = g.sheetValues("Pengaturan");
  const baris = (judul: string) => p.findIndex((r) => r[0] === judul) + 1;
  g.sheet("Pengaturan").getRange(baris("Nama Unit Kerja"), 2).setValue("Kecamatan Uji");
  g.sheet("Pengaturan").getRange(baris("Tahun"), 2).setValue(2024);
  g.sheet("Pengaturan").getRange(baris("Triwulan Dilaporkan"), 2).setValue("III");
}
