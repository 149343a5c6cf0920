// The computed columns as Sheets runs them: the array formulas setup installs, evaluated with
// the bundle's custom functions (test/fakes/rumus.ts); and what one error cell does to them.

import { describe, expect, it } from "vitest";
import { bacaBukuKerja } from "../../src/sheets/baca";
import { periksaBukuKerja } from "../../src/sheets/periksa";
import { muat } from "../bantu";
import { dialog } from "../bundle";
import { hitungRumus } from "../fakes/rumus";

describe("the Kinerja sheet's formulas on the Lumajang sample (seed 003)", () => {
  it("compute the seed's capaian 101,02 / 111,11 / 117,65 with one call per column", () => {
    const { g, b } = muat("lumajang-2021");
    const jalan = hitungRumus(g, b);
    const kinerja = jalan.filter((h) => h.sel.startsWith("Kinerja!"));
    expect(kinerja.map((h) => [h.sel, h.fungsi, h.dipanggil])).toEqual([
      ["Kinerja!N2", "REALISASI_TAHUNAN", true],
      ["Kinerja!O2", "CAPAIAN", true],
      ["Kinerja!P2", "PREDIKAT", true],
    ]);
    const capaian = g
      .sheetValues("Kinerja")
      .slice(1, 4)
      .map((r) => Math.round(Number(r[14]) * 100) / 100);
    expect(capaian).toEqual([101.02, 111.11, 117.65]);
  });

  it("measure against Target PK Perubahan where one is typed, the signed Target elsewhere", () => {
    const { g, b } = muat("lumajang-2021");
    const kinerja = g.spreadsheet.getSheetByName("Kinerja")!;
    // Row 3: realisasi 100 against the signed 90 (111,11 %); the PK Perubahan raises it to 95.
    kinerja.getRange("AA3").setValue(95);
    hitungRumus(g, b);
    const capaian = g
      .sheetValues("Kinerja")
      .slice(1, 4)
      .map((r) => Math.round(Number(r[14]) * 100) / 100);
    expect(capaian).toEqual([101.02, 105.26, 117.65]);
  });

  it("the runner reads ARRAYFORMULA(IF(..)) with the spreadsheet's separator only (id_ID: ';')", () => {
    const { g, b } = muat("lumajang-2021");
    const o2 = g.spreadsheet.getSheetByName("Kinerja")!.getRange("O2");
    const rumus = o2.getFormula();
    expect(rumus).toContain('ARRAYFORMULA(IF(AA2:AA="";H2:H;AA2:AA))');
    // The same IF with commas is not that shape in a ";" spreadsheet: the formula is left as it is.
    o2.setFormula(rumus.replace('IF(AA2:AA="";H2:H;AA2:AA)', 'IF(AA2:AA="",H2:H,AA2:AA)'));
    expect(hitungRumus(g, b).map((h) => h.fungsi)).not.toContain("CAPAIAN");
    // Every formula written for a "," spreadsheet: run by a "," runner, the IF is that shape.
    const koma = muat("lumajang-2021");
    for (const sh of koma.g.spreadsheet.getSheets()) {
      if (sh.getLastColumn() === 0) continue;
      const r = sh.getRange(1, 1, Math.max(sh.getLastRow(), 2), sh.getLastColumn());
      const rumusLembar = r.getFormulas();
      for (const [i, baris] of rumusLembar.entries())
        for (const [j, f] of baris.entries())
          if (f.startsWith("=")) sh.getRange(i + 1, j + 1).setFormula(f.replace(/;/g, ","));
    }
    koma.g.spreadsheet.getSheetByName("Kinerja")!.getRange("AA3").setValue(95);
    expect(hitungRumus(koma.g, koma.b, ",").find((h) => h.fungsi === "CAPAIAN")).toMatchObject({
      dipanggil: true,
    });
    const capaian = koma.g
      .sheetValues("Kinerja")
      .slice(1, 4)
      .map((r) => Math.round(Number(r[14]) * 100) / 100);
    expect(capaian).toEqual([101.02, 105.26, 117.65]);
  });

  it("one error in Target: CAPAIAN is not called, the column shows the error, Periksa Data names the cell", () => {
    const { g, b } = muat("lumajang-2021");
    g.spreadsheet.getSheetByName("Kinerja")!.getRange("H3").setValue("#DIV/0!");
    const capaian = hitungRumus(g, b).find((h) => h.fungsi === "CAPAIAN")!;
    expect(capaian).toMatchObject({ sel: "Kinerja!O2", dipanggil: false, galat: "#DIV/0!" });
    expect(g.sheetValues("Kinerja")[1]![14]).toBe("#DIV/0!");
    const m = periksaBukuKerja(bacaBukuKerja(g.spreadsheet)).find((x) => x.sel === "H3")!;
    expect(m.pesan).toContain("rumus kolom Capaian (%)");
    // The report is blocked until the cell is fixed.
    expect(() => dialog(b, "buatLaporan")({ jenis: "triwulan" }, true)).toThrow(/Sel berisi galat #DIV\/0!/);
  });
});
