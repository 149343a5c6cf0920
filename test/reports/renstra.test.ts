// Target Renstra through the built bundle (issue 12): Isi Contoh Data writes the sheet, Buat
// Laporan prints the Renstra's years in the LKJ's 3.1.2 (seed 001) and the quarterly report's
// item 3 (seed 003) in the Google Doc, and a figure typed twice differently blocks them.
import { describe, expect, it } from "vitest";
import { muat } from "../bantu";
import { dialog } from "../bundle";

describe("Kecamatan Klakah 2023: LKJ 3.1.2", () => {
  const { g, b } = muat("klakah-2023");

  it("Isi Contoh Data writes Target Renstra: 2019-2021 of the three indicators (2022 and 2023 are Kinerja's)", () => {
    const v = g.sheetValues("Target Renstra");
    expect(v[0]).toEqual(["Kode Indikator", "Tahun", "Target", "Realisasi", "Keterangan"]);
    expect(v.slice(1).map((r) => r.slice(0, 4))).toContainEqual(["1", 2019, 85.25, 78.6]);
    expect(v).toHaveLength(10);
  });

  it("prints 2019-2023 as seed 001 lines 380-384 in the Doc, then the trend", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "lkj" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("3.1.2. Evaluasi Target Kinerja Tahun Sebelumnya (Renstra)");
    expect(t).toMatch(
      /\| 1 \| Nilai IKM Pelayanan Kecamatan Klakah \| 85,25 \| 78,60 \| 85,50 \| 82,34 \| 85,50 \| 82,34 \| 86,75 \| 87,03 \| 90,00 \| 84,19 \|/,
    );
    expect(t).toMatch(
      /\| 3 \| [^|]+ \| 91 % \| 97,80 % \| 100 % \| 83,33 % \| 100 % \| 83,33 % \| 84,53 % \| 97,20 % \| 95,23 % \| 100 % \|/,
    );
    expect(t).toContain("naik dari 78,60 pada tahun 2019 menjadi 84,19 pada tahun 2023 (naik 5,59 poin)");
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });
});

describe("Kecamatan Lumajang 2021: Laporan Kinerja Triwulan III, item 3", () => {
  it("prints the medium-term targets 2019-2023 and the realisasi 2019-2021 (seed 003 lines 275-279) in the Doc", () => {
    const { g, b } = muat("lumajang-2021");
    const h = dialog(b, "buatLaporan")({ jenis: "triwulan" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toMatch(
      /\| 1 \| Nilai IKM Kecamatan \| 86,32 \| 86,32 \| 86,40 \| 86,45 \| 86,50 \| 86,70 \| 87,01 \| 87,28 \|/,
    );
    expect(t).toContain("TARGET JANGKA MENENGAH");
    expect(t).not.toContain("TARGET AKHIR RENSTRA");
  });

  it("refuses the report while a year's figure differs from Kinerja's, naming both cells; the PK is still made", () => {
    const { g, b } = muat("lumajang-2021");
    // 2020 is Kinerja's last year: typing another realisasi for it is the same figure twice.
    const s = g.sheet("Target Renstra");
    const n = g.sheetValues("Target Renstra").length + 1;
    s.getRange(n, 1, 1, 4).setValues([["1.1", 2020, "", 88]]);
    expect(() => dialog(b, "buatLaporan")({ jenis: "triwulan" }, true)).toThrow(
      `Lembar Target Renstra, baris ${n}, kolom Realisasi: Realisasi 2020 indikator 1.1 88 berbeda dengan Realisasi Tahun Lalu di lembar Kinerja sel R2 (87,01).`,
    );
    expect(dialog(b, "buatLaporan")({ jenis: "pk" }, true).idDoc).toBeTruthy();
  });
});
