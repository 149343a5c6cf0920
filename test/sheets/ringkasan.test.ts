// The Ringkasan sheet every unit workbook holds for the kabupaten's rekap (issue 16): setup's
// formulas (built-in functions on the unit's own sheets) and the block the add-on writes by the
// reports' rules. Figures from seed 003 (Laporan Triwulan III Kec. Lumajang 2021): IKM 87,28 from
// 188 respondents (the sample weighs per pertanyaan, as the seed publishes), pagu 6.255.403.861,
// realisasi 4.156.201.042, serapan 66,44 %.
import { describe, expect, it } from "vitest";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import {
  bacaDaftarDokumen,
  KOLOM_TULIS_AWAL,
  LEBAR_RINGKASAN,
  RINGKASAN,
  tambahDokumen,
  VERSI_RINGKASAN,
} from "../../src/core/model/ringkasan";
import { bacaBukuKerja } from "../../src/sheets/baca";
import { perbaruiRingkasan } from "../../src/sheets/ringkasan";
import { googleContoh, tulisan } from "../bantu";

const kolom = (kunci: string, indeks?: number) =>
  RINGKASAN.kolom.findIndex((k) => k.kunci === kunci && (indeks === undefined || k.indeks === indeks));

describe("Ringkasan", () => {
  it("setup writes its header and row 2's formulas: built-in functions only, LKE blank without its sheet", () => {
    const g = googleContoh(CONTOH_LUMAJANG_2021);
    const r = g.spreadsheet.getSheetByName("Ringkasan")!.getRange(1, 1, 2, LEBAR_RINGKASAN);
    expect(r.getValues()[0]).toEqual(RINGKASAN.kolom.map((k) => k.judul));
    const f = r.getFormulas()[1]!;
    expect(f[0]).toBe(`=${VERSI_RINGKASAN}`);
    expect(f[1]).toBe('=IFERROR(VLOOKUP("Nama Unit Kerja";Pengaturan!$A:$B;2;0);"")');
    expect(f[kolom("capaian")]).toBe('=IFERROR(AVERAGE(Kinerja!O2:O);"")');
    expect(f[kolom("lkeEvaluator")]).toBe(`=IFERROR('Nilai LKE'!D6;"")`);
    // No custom function: the rekap reads what the workbook last computed.
    for (const x of f.slice(0, KOLOM_TULIS_AWAL - 1)) expect(x).not.toMatch(/CAPAIAN|PREDIKAT|IKM\(/);
    expect(f.slice(KOLOM_TULIS_AWAL - 1).every((x) => x === "")).toBe(true);
  });

  it("writes the survey, budget and documents block by the reports' rules, once; a second run writes nothing", () => {
    const g = googleContoh(CONTOH_LUMAJANG_2021);
    const bk = bacaBukuKerja(g.spreadsheet);
    g.counts.reset();
    expect(perbaruiRingkasan(g.spreadsheet, bk, "Laporan Kinerja Triwulan").ditulis).toBe(true);
    expect(tulisan(g)).toEqual({ "Range.setValues": 1 });
    const baris = g.sheetValues("Ringkasan")[1]!;
    expect(baris[kolom("periodeSkm")]).toBe("Triwulan III");
    expect(baris[kolom("ikm")]).toBe(87.28);
    expect(baris[kolom("responden")]).toBe(188);
    expect(baris[kolom("mutu")]).toBe("B");
    expect(baris[kolom("pagu")]).toBe(6_255_403_861);
    expect(baris[kolom("realisasi")]).toBe(4_156_201_042);
    expect(baris[kolom("serapan")]).toBe(66.44);
    expect(baris[kolom("nrr", 0)]).toBeGreaterThan(1);
    expect(String(baris[kolom("dokumen")])).toMatch(/^Laporan Kinerja Triwulan \(\d\d\/\d\d\/\d{4}\)$/);
    g.counts.reset();
    expect(perbaruiRingkasan(g.spreadsheet, bk, "Laporan Kinerja Triwulan").ditulis).toBe(false);
    expect(tulisan(g)).toEqual({});
  });

  it("refuses to write over a Ringkasan whose headers are not the contract's", () => {
    const g = googleContoh(CONTOH_LUMAJANG_2021);
    g.spreadsheet.getSheetByName("Ringkasan")!.getRange(1, 7).setValue("Catatan saya");
    const h = perbaruiRingkasan(g.spreadsheet, bacaBukuKerja(g.spreadsheet));
    expect(h.ditulis).toBe(false);
    expect(h.masalah[0]!.pesan).toMatch(/Judul kolom ke-7 lembar Ringkasan adalah "Catatan saya"/);
  });

  it("lists each document once, the latest date kept", () => {
    let t = tambahDokumen("", { nama: "Perjanjian Kinerja", tanggal: "10/01/2026" });
    t = tambahDokumen(t, { nama: "Laporan SKM/IKM", tanggal: "01/04/2026" });
    t = tambahDokumen(t, { nama: "Perjanjian Kinerja", tanggal: "12/01/2026" });
    expect(t).toBe("Laporan SKM/IKM (01/04/2026); Perjanjian Kinerja (12/01/2026)");
    expect(bacaDaftarDokumen(t).map((d) => d.nama)).toEqual(["Laporan SKM/IKM", "Perjanjian Kinerja"]);
  });
});
