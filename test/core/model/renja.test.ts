// T-C.29's computed columns 12 to 14 (Permendagri 86/2017, seed 002).
import { describe, expect, it } from "vitest";
import { evaluasiRenja } from "../../../src/core/model/renja";
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
