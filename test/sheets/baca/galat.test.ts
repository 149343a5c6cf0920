// Defect: one #N/A in a source column blanked a whole computed column (Sheets does not call a
// custom function whose argument holds an error value) and nothing said where. Periksa Data names
// every error cell of the contract's columns, and which formula column it stops.

import { describe, expect, it } from "vitest";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { bacaBukuKerja } from "../../../src/sheets/baca";
import { nilaiGalat } from "../../../src/sheets/baca/tabel";
import { periksaBukuKerja } from "../../../src/sheets/periksa";
import { googleContoh } from "../../bantu";

const lumajang = () => googleContoh(CONTOH_LUMAJANG_2021);

describe("cells holding an error value", () => {
  it("are named with their cell, and the formula columns they stop", () => {
    const g = lumajang();
    const kinerja = g.spreadsheet.getSheetByName("Kinerja")!;
    kinerja.getRange("K3").setValue("#N/A"); // Realisasi TW II of the second indicator
    kinerja.getRange("H2").setValue("#DIV/0!"); // Target
    kinerja.getRange("S2").setValue("#REF!"); // Penjelasan: read by no formula
    const m = periksaBukuKerja(bacaBukuKerja(g.spreadsheet)).filter((x) =>
      x.pesan.startsWith("Sel berisi galat"),
    );
    expect(m.map((x) => [x.sel, x.kolom, x.tingkat])).toEqual([
      ["H2", "Target", "galat"],
      ["S2", "Penjelasan", "galat"],
      ["K3", "Realisasi TW II", "galat"],
    ]);
    expect(m[0]!.pesan).toBe(
      "Sel berisi galat #DIV/0!. Sheets tidak menjalankan rumus kolom Capaian (%) selama satu sel yang dibacanya berisi galat, sehingga seluruh kolom itu ikut galat.",
    );
    expect(m[2]!.pesan).toContain("rumus kolom Realisasi Tahunan");
    expect(m[1]!.pesan).toBe("Sel berisi galat #REF!.");
  });

  it("knows the error values Sheets shows, and no ordinary text", () => {
    for (const v of ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"])
      expect(nilaiGalat(v), v).toBe(true);
    for (const v of ["#1", "N/A", "# N/A", "#n/a ", 5, null, "Nihil"])
      expect(nilaiGalat(v), String(v)).toBe(false);
  });
});
