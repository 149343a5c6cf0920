// T-C.29's computed columns 12 to 14 (Permendagri 86/2017, seed 002).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluasiProgramN1,
  evaluasiRenja,
  jenisBarisRenja,
  satuanSetara,
} from "../../../src/core/model/renja";
import { bulatkan } from "../../../src/core/pembulatan";
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

describe("evaluasiProgramN1 (Renja Bab II 2.1)", () => {
  const program = (kode: string, targetN1K: number | null, tw: (number | null)[], satuanRealisasi = "") =>
    barisRenja({ kode, satuan: "%", satuanRealisasi, targetN1K, realisasiTwK: tw });

  it("sorts programs by the last reported quarter of n-1 against its target; kegiatan are not sorted", () => {
    const h = evaluasiProgramN1([
      program("1", 100, [21.96, 41.59, null, null]),
      program("1.1", 100, [10, null, null, null]),
      program("2", 86, [86, 86, null, null]),
      program("3", 50, [80, null, null, null]),
      program("4", null, [100, null, null, null]),
      program("5", 100, [null, null, null, null]),
      program("6", 4, [100, null, null, null], "Dok"),
    ]);
    expect(h.tidakMemenuhi.map((x) => [x.baris.kode, x.capaian])).toEqual([["1", 41.59]]);
    expect(h.memenuhi.map((x) => x.baris.kode)).toEqual(["2"]);
    expect(h.melebihi.map((x) => [x.baris.kode, x.capaian])).toEqual([["3", 160]]);
    // No target, no realisation, or a realisation in another unit: not sorted (Periksa Data says so).
    expect(h.tanpaCapaian.map((x) => x.baris.kode)).toEqual(["4", "5", "6"]);
  });

  it("puts a program where its capaian rounded to two decimals says, the rule of T-C.29's column 14", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (target, realisasi) => {
          fc.pre(realisasi <= 2 * target);
          const h = evaluasiProgramN1([program("1", target, [realisasi, null, null, null])]);
          const c = bulatkan((realisasi / target) * 100, 2);
          const ke = c < 100 ? h.tidakMemenuhi : c > 100 ? h.melebihi : h.memenuhi;
          expect(ke).toHaveLength(1);
          expect(ke[0]!.capaian).toBe(evaluasiRenja(ke[0]!.baris).capaianN1);
        },
      ),
    );
  });
});
