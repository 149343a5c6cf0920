// Renja tables of seed 002 (Kecamatan Jatiroto 2020) through the built bundle.
import { describe, expect, it } from "vitest";
import { muat } from "../bantu";
import { dialog, fn } from "../bundle";

describe("T-C.29, T-C.30, T-C.33 of Kecamatan Jatiroto 2020", () => {
  const { g, b } = muat("renja-jatiroto-2020");

  it("T-C.29 computes columns 12-14: 342.181.137,68 + 126.461.076 = 468.642.213,68, 25,83 % of the Renstra", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
    const t = g.document(h.idDoc).__text();
    expect(h.nama).toBe("Renja T-C.29 2020 - Kecamatan Jatiroto");
    expect(t).toContain("342.181.137,68");
    expect(t).toContain("468.642.213,68");
    expect(t).toContain("25,83 %");
    expect(t).toContain("13 = 6 + 12");
    // The seed's group row, right under the column numbers, then its item 1.
    expect(t).toMatch(
      /\| 15 \|\n\| A \| {2}\| Pemerintahan Umum \|( +\|){22}\n\| 1 \| Kecamatan Jatiroto \|/,
    );
    // The wide table is set on A4 landscape, copied from the template's page.
    const page = g.document(h.idDoc).__dump().page;
    expect(page.width).toBeCloseTo(841.89, 1);
    expect(page.height).toBeCloseTo(595.28, 1);
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });

  it("T-C.33 lists the plan with program totals and the forward year", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc33" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("Prakiraan Maju Tahun 2021");
    expect(t).toMatch(
      /Program Peningkatan Sarana dan Prasarana Aparatur[^\n]*3\.295\.000\.000[^\n]*260\.000\.000/,
    );
    // The programs' pagu for 2020 add up to 4.175.000.000.
    expect(t).toMatch(/\| JUMLAH \|[^\n]*4\.175\.000\.000/);
  });

  it("T-C.30 shows the service indicators over the years", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc30" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("TARGET 2015");
    expect(t).toContain("Nilai IKM Kecamatan");
  });

  it("T-C.29 rates no capaian from two units: seed 002's 100 % against 4 Dok prints '-' where it printed 2.500,00 % Sangat Tinggi", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toMatch(
      /\| Jumlah Dokumen LAKIP yang tersusun \| 4 Dok \| 9\.000\.000 \| 100 % \|[^\n]*\| - \| 6,08 % \| - \|/,
    );
    expect(t).not.toContain("2.500,00 %");
  });

  it("refuses T-C.29 while a realisation's unit is in doubt: the seed's 100 against 4 Dok typed without Satuan Realisasi", () => {
    const { g: g2, b: b2 } = muat("renja-jatiroto-2020");
    const v = g2.sheetValues("Renja");
    const r = v.findIndex((x) => x[v[0]!.indexOf("Indikator")] === "Jumlah Dokumen LAKIP yang tersusun") + 1;
    g2.sheet("Renja")
      .getRange(r, v[0]!.indexOf("Satuan Realisasi") + 1)
      .setValue("");
    expect(() => dialog(b2, "buatLaporan")({ jenis: "tc29" }, true)).toThrow(
      `Laporan belum dapat dibuat: 1 galat di data. Perbaiki dulu (menu Periksa Data):\n- Lembar Renja, baris ${r}, kolom Realisasi s.d. n-2 (K): Jumlah Dokumen LAKIP yang tersusun: Realisasi s.d. n-2 (K) 100 lebih dari dua kali Target Renstra (K) 4 Dok.`,
    );
  });

  it("Periksa Data finds a program pagu that is not the sum of its kegiatan", () => {
    const v = g.sheetValues("Renja");
    const r = v.findIndex((x) => String(x[2]).startsWith("Program Peningkatan Sarana")) + 1;
    const kolom = v[0]!.indexOf("Pagu n") + 1;
    g.sheet("Renja").getRange(r, kolom).setValue(3_300_000_000);
    fn(b, "periksaData")();
    expect(g.ui.lastDialog().content).toContain(
      "Pagu n Program Peningkatan Sarana dan Prasarana Aparatur tertulis Rp 3.300.000.000, padahal jumlah kegiatannya Rp 3.295.000.000.",
    );
  });
});
