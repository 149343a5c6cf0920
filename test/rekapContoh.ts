// A unit workbook as a rekap sees it through IMPORTRANGE: a sample written into a fake
// spreadsheet, its custom-function columns and Ringkasan's built-in formulas computed as Sheets
// would (test/fakes/rumus.ts, test/fakes/importrange.ts), its written block by the add-on.
import type { ContohUnit } from "../src/core/model/contoh";
import * as fungsi from "../src/functions";
import { bacaBukuKerja } from "../src/sheets/baca";
import { perbaruiRingkasan } from "../src/sheets/ringkasan";
import { googleContoh } from "./bantu";
import { hitungRumusBawaan, type SumberImpor } from "./fakes/importrange";
import { hitungRumus } from "./fakes/rumus";

export function sumberContoh(contoh: ContohUnit, dokumen?: string): SumberImpor {
  const g = googleContoh(contoh);
  hitungRumus(g, fungsi);
  perbaruiRingkasan(g.spreadsheet, bacaBukuKerja(g.spreadsheet), dokumen);
  hitungRumusBawaan(g, "Ringkasan");
  return { lembar: { Ringkasan: g.sheetValues("Ringkasan") } };
}

export const urlSpreadsheet = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
