// Issue 13's budget, as a test (the bench prints the same figures for every kind): a report makes
// at most 150 Google service calls, counted as the fakes count them (sheet reads, Drive, Docs,
// chart builders), and fills its Doc in at most three batchUpdate calls. The second report of a
// kind is counted (the first also writes the default template). Through the built bundle.
import { describe, expect, it } from "vitest";
import { dataContoh } from "../../src/contoh/daftar";
import { dialog, loadBundle } from "../bundle";
import { createFakeGoogle, htmlFilesFrom } from "../fakes";

function panggilan(contoh: string, opsi: object): { total: number; batch: number; baca: number } {
  const g = createFakeGoogle({ sheets: { Sheet1: [] }, htmlFiles: htmlFilesFrom("build") });
  const b = loadBundle(g.globals());
  g.useScriptScope(b);
  dialog(b, "isiContohData")(dataContoh(contoh));
  dialog(b, "buatLaporan")(opsi, true);
  g.counts.reset();
  dialog(b, "buatLaporan")(opsi, true);
  const n = g.counts.snapshot();
  return {
    total: Object.values(n).reduce((a, x) => a + x, 0),
    batch: n["Documents.batchUpdate"] ?? 0,
    baca: (n["Spreadsheet.getSheets"] ?? 0) + (n["Spreadsheet.getSheetByName"] ?? 0),
  };
}

describe("Google service calls per report (issue 13)", () => {
  it.each([
    ["Laporan SKM", "klakah-2023", { jenis: "skm", periode: "TAHUN" }],
    ["LKJ", "klakah-2023", { jenis: "lkj" }],
    ["Poster IKM", "klakah-2023", { jenis: "poster", periode: "TW4" }],
    ["Perjanjian Kinerja", "lumajang-2021", { jenis: "pk" }],
  ])("%s: at most 150 calls, one workbook listing, at most three batchUpdate", (_, contoh, opsi) => {
    const h = panggilan(contoh, opsi);
    expect(h.batch).toBeGreaterThanOrEqual(1);
    expect(h.batch).toBeLessThanOrEqual(3);
    // The sheets are listed once per report and found in that list, not asked for by name again
    // (one getSheetByName remains: whether the workbook is a rekap).
    expect(h.baca).toBeLessThanOrEqual(2);
    expect(h.total).toBeLessThanOrEqual(150);
  });
});
