// T-C.29's computed columns 12 to 14 (Permendagri 86/2017, seed 002).
import { describe, expect, it } from "vitest";
import { evaluasiRenja, jenisBarisRenja, satuanSetara } from "../../../src/core/model/renja";
import { barisRenja } from "../../rekaman";

describe("evaluasiRenja", () => {
  // Seed 002, T-C.29 row 1: Program Pelayanan Administrasi Perkantoran of Kecamatan Jatiroto.
  const program = barisRenja({
    kode: "1",
    satuan: "%",
    agregasi: "RATA-RATA",
    targetRenstraK: 90,
    targetRenstraRp: 1_814_088_000,
    realisasiSampaiN2K: 99.34,
    realisasiSampaiN2Rp: 342_181_137.68,
    realisasiTwK: [21.96, 41.59, null, null],
    realisasiTwRp: [66_779_395, 126_461_076, null, null],
  });

  it("12 = the last reported quarter; 13 = 6 + 12 (the figures, not the header's 7 + 12); 14 = 13 / 5", () => {
    const e = evaluasiRenja(program);
    expect(e.baris).toBe(program);
    expect(e.realisasiN1).toEqual([41.59, 126_461_076]);
    expect(e.realisasiSampaiN1[1]).toBeCloseTo(468_642_213.68, 2);
    expect(e.tingkatCapaian[1]).toBeCloseTo(25.833, 3);
  });

  it("takes K of 13 by the indicator's agregasi: the mean of two percentages, 70,465; 78,29 % of the Renstra's 90", () => {
    const e = evaluasiRenja(program);
    expect(e.realisasiSampaiN1[0]).toBeCloseTo(70.465, 10);
    expect(e.tingkatCapaian[0]).toBeCloseTo(78.294, 3);
    expect(evaluasiRenja({ ...program, agregasi: "TERAKHIR" }).realisasiSampaiN1[0]).toBe(41.59);
    // Without an agregasi, counts add up.
    expect(evaluasiRenja({ ...program, agregasi: null }).realisasiSampaiN1[0]).toBeCloseTo(140.93, 10);
  });

  it("leaves blank what has no figure, and divides by no Renstra target of 0 or less", () => {
    const kosong = evaluasiRenja(barisRenja());
    expect([kosong.realisasiN1, kosong.realisasiSampaiN1, kosong.tingkatCapaian]).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    const e = evaluasiRenja(
      barisRenja({ realisasiSampaiN2Rp: 5, targetRenstraRp: 0, realisasiTwK: [1, null, null, null] }),
    );
    expect(e.realisasiSampaiN1).toEqual([1, 5]);
    expect(e.tingkatCapaian).toEqual([null, null]);
  });
});

describe("a realisation K in another unit than its target (seed 002, T-C.29 rows 2, 4, 5, 7-11)", () => {
  // Row 7: "Jumlah Dokumen LAKIP yang tersusun", RPJMD target 4 Dok / 9,000,000, realised up to
  // 2018 "100%" / 547,000: today's T-C.29 prints 100 / 4 = 2.500,00 %, "Sangat Tinggi".
  const lakip = barisRenja({
    kode: "3.1",
    indikator: "Jumlah Dokumen LAKIP yang tersusun",
    satuan: "Dok",
    agregasi: "RATA-RATA",
    targetRenstraK: 4,
    targetRenstraRp: 9_000_000,
    realisasiSampaiN2K: 100,
    realisasiSampaiN2Rp: 547_000,
  });

  it("written in Satuan Realisasi (%): column 13 K stays in %, column 14 K is not computed; Rp still 6,08 %", () => {
    const e = evaluasiRenja({ ...lakip, satuanRealisasi: "%" });
    expect(e.satuan).toEqual({ satuanRealisasi: "%", status: "berbeda", meragukan: [] });
    expect(e.realisasiSampaiN1).toEqual([100, 547_000]);
    expect(e.tingkatCapaian[0]).toBeNull();
    expect(e.tingkatCapaian[1]).toBeCloseTo(6.078, 3);
  });

  it("not written, and the realisation more than twice its target (100 against 4 Dok): the units are in doubt, no capaian K", () => {
    const e = evaluasiRenja(lakip);
    expect([e.satuan.satuanRealisasi, e.satuan.status]).toEqual(["Dok", "meragukan"]);
    expect(e.satuan.meragukan).toEqual([
      { realisasi: "Realisasi s.d. n-2 (K)", nilai: 100, target: "Target Renstra (K)", nilaiTarget: 4 },
    ]);
    expect(e.tingkatCapaian[0]).toBeNull();
  });

  it("names every realisation in doubt: row 5, 97,37 against 30 Jenis and TW II 44,01 against 2019's 8 Jenis", () => {
    const e = evaluasiRenja(
      barisRenja({
        satuan: "Jenis",
        targetRenstraK: 30,
        realisasiSampaiN2K: 97.37,
        targetN1K: 8,
        realisasiTwK: [9.55, 44.01, null, null],
      }),
    );
    expect(e.satuan.meragukan).toEqual([
      { realisasi: "Realisasi s.d. n-2 (K)", nilai: 97.37, target: "Target Renstra (K)", nilaiTarget: 30 },
      { realisasi: "Realisasi TW II (K)", nilai: 44.01, target: "Target n-1 (K)", nilaiTarget: 8 },
    ]);
  });

  it("computes a capaian of one unit: up to twice the target unwritten, beyond it when Satuan Realisasi confirms the unit", () => {
    const desa = barisRenja({
      satuan: "Desa",
      agregasi: "TERAKHIR",
      targetRenstraK: 6,
      realisasiSampaiN2K: 12,
    });
    expect(evaluasiRenja(desa)).toMatchObject({ satuan: { status: "sama" }, tingkatCapaian: [200, null] });
    expect(evaluasiRenja({ ...desa, realisasiSampaiN2K: 15 }).satuan.status).toBe("meragukan");
    const ditegaskan = evaluasiRenja({ ...desa, realisasiSampaiN2K: 15, satuanRealisasi: "desa" });
    expect(ditegaskan).toMatchObject({
      satuan: { satuanRealisasi: "desa", status: "sama", meragukan: [] },
      tingkatCapaian: [250, null],
    });
  });

  it("takes a unit spelled another way as the same: Dok = dokumen, % = persen, kelp = kelompok, case and spaces aside", () => {
    expect(satuanSetara("Dok", "dokumen")).toBe(true);
    expect(satuanSetara("%", " Persen ")).toBe(true);
    expect(satuanSetara("kelp", "Kelompok")).toBe(true);
    expect(satuanSetara("Jenis", "jenis.")).toBe(true);
    expect(satuanSetara("Jenis", "%")).toBe(false);
    expect(satuanSetara("Jenis", "item")).toBe(false);
  });
});

it("tells a Renja row by its Kode: a letter is a group (urusan, seed 002's 'A Pemerintahan Umum'), then program, kegiatan, further indicator", () => {
  expect(
    ["A", " b. ", "1", "12", "1.1", "4.10", ""].map((kode) => jenisBarisRenja(barisRenja({ kode }))),
  ).toEqual(["kelompok", "kelompok", "program", "program", "kegiatan", "kegiatan", "indikator"]);
});
