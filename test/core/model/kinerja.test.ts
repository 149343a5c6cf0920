// The rules on an indicator: realisation up to a quarter, capaian, predikat, the PK's indicators.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INDIKATOR_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { parseTanggalDokumen } from "../../../src/core/format";
import { capaianDari, capaianSampai, indikatorPk, targetBerlaku } from "../../../src/core/model/kinerja";
import { SKALA_LKJ, SKALA_PERMENDAGRI } from "../../../src/core/predikat";
import { indikator } from "../../rekaman";

const LKJ = { rumusTurun: "SELISIH", skalaPredikat: SKALA_LKJ } as const;
const ikmKlakah = indikator({ ...INDIKATOR_KLAKAH_2023[0]! });

describe("capaianSampai", () => {
  it("averages Klakah's IKM over the quarters reported so far: 84,185 for the year, capaian 93,54 %, Berhasil (seed 001)", () => {
    const c = [1, 2, 3, 4].map((tw) => capaianSampai(ikmKlakah, tw, LKJ));
    expect(c.map((x) => x.realisasi)).toEqual([
      81.25,
      (81.25 + 89.51) / 2,
      (81.25 + 89.51 + 83.84) / 3,
      84.185,
    ]);
    expect(c[3]!.capaian).toBeCloseTo(93.5389, 4);
    expect(c[3]!.predikat).toBe("Berhasil");
    expect(c[1]!.predikat).toBe("Berhasil");
    expect(c[3]!.ind).toBe(ikmKlakah);
  });

  it("rates on the unit's scale: 93,54 is Sangat Tinggi under Permendagri 86/2017", () => {
    expect(capaianSampai(ikmKlakah, 4, { ...LKJ, skalaPredikat: SKALA_PERMENDAGRI }).predikat).toBe(
      "Sangat Tinggi",
    );
  });

  it("has nothing to say before the first report, or without an agregasi", () => {
    expect(capaianSampai(ikmKlakah, 0, LKJ)).toMatchObject({ realisasi: null, capaian: null, predikat: "-" });
    expect(capaianSampai({ ...ikmKlakah, agregasi: null }, 4, LKJ)).toMatchObject({
      realisasi: null,
      capaian: null,
      predikat: "-",
    });
  });

  it("sums a count and takes the last cumulative percentage", () => {
    const hitung = indikator({ arah: "NAIK", agregasi: "JUMLAH", target: 12, realisasi: [3, null, 4, 5] });
    expect(capaianSampai(hitung, 3, LKJ)).toMatchObject({ realisasi: 7, predikat: "Cukup Berhasil" });
    const persen = indikator({
      arah: "NAIK",
      agregasi: "TERAKHIR",
      target: 90,
      realisasi: [40, 75, null, null],
    });
    expect(capaianSampai(persen, 4, LKJ).realisasi).toBe(75);
  });

  it("never looks past the quarter asked (property)", () => {
    const tw = fc.array(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        tw,
        tw,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("RATA-RATA", "JUMLAH", "TERAKHIR"),
        (a, b, n, agregasi) => {
          const ind = indikator({ arah: "NAIK", agregasi, target: 100, realisasi: a });
          const lain = { ...ind, realisasi: [...a.slice(0, n), ...b.slice(n)] };
          expect(capaianSampai(lain, n, LKJ)).toEqual({ ...capaianSampai(ind, n, LKJ), ind: lain });
        },
      ),
    );
  });
});

describe("targetBerlaku: the PK Perubahan's target once it is signed", () => {
  // Seed 001: the second sasaran signed at 85,23 (PK lampiran, line 778), revised to 95,23
  // (table 2.2, line 256); table 3.1 measures the year against 95,23 (capaian 105, line 299).
  const desa = indikator({
    arah: "NAIK",
    agregasi: "TERAKHIR",
    target: 85.23,
    targetPerubahan: 95.23,
    realisasi: [null, null, null, 100],
  });
  const waktu = (tanggal: string) => ({ tahun: 2023, tanggalPkPerubahan: parseTanggalDokumen(tanggal) });

  it("measures the year against the revised target: 100 / 95,23 = 105,01 %", () => {
    expect(targetBerlaku(desa)).toBe(95.23);
    const c = capaianSampai(desa, 4, { ...LKJ, ...waktu("2 Oktober 2023") });
    expect(c.target).toBe(95.23);
    expect(c.capaian).toBeCloseTo(105.009, 3);
  });

  it("a quarter that ended before the PK Perubahan was signed keeps the signed target", () => {
    const w = waktu("2 Oktober 2023");
    expect([1, 2, 3, 4].map((tw) => targetBerlaku(desa, tw, w))).toEqual([85.23, 85.23, 85.23, 95.23]);
    // Signed on the quarter's last day: that quarter is measured against it.
    expect(targetBerlaku(desa, 3, waktu("30 September 2023"))).toBe(95.23);
  });

  it("without a revised target, or without its date, there is one target", () => {
    expect(targetBerlaku({ ...desa, targetPerubahan: null }, 2, waktu("2 Oktober 2023"))).toBe(85.23);
    expect(targetBerlaku(desa, 1, { tahun: 2023, tanggalPkPerubahan: null })).toBe(95.23);
  });
});

describe("capaianDari", () => {
  const naik = { arah: "NAIK" } as const;
  it("is realisasi / target for NAIK: seed 003's 87,28 / 86,40 = 101,02 %", () => {
    expect(capaianDari(87.28, 86.4, naik, "SELISIH")).toBeCloseTo(101.0185, 4);
  });

  it("follows the unit's TURUN rule: (2T - R) / T or T / R", () => {
    expect(capaianDari(8, 10, { arah: "TURUN" }, "SELISIH")).toBeCloseTo(120, 10);
    expect(capaianDari(8, 10, { arah: "TURUN" }, "RASIO")).toBeCloseTo(125, 10);
  });

  it("is null where it cannot be told: no realisation, no or no positive target, no arah, T / 0", () => {
    expect(capaianDari(null, 10, naik, "SELISIH")).toBeNull();
    expect(capaianDari(5, null, naik, "SELISIH")).toBeNull();
    expect(capaianDari(5, 0, naik, "SELISIH")).toBeNull();
    expect(capaianDari(5, -1, naik, "SELISIH")).toBeNull();
    expect(capaianDari(5, 10, { arah: null }, "SELISIH")).toBeNull();
    expect(capaianDari(0, 10, { arah: "TURUN" }, "RASIO")).toBeNull();
  });
});

describe("indikatorPk", () => {
  it("takes the tujuan and sasaran indicators: Klakah's three of eleven (seed 001)", () => {
    const daftar = INDIKATOR_KLAKAH_2023.map((x) => indikator({ ...x }));
    expect(indikatorPk(daftar).map((i) => i.kode)).toEqual(["1", "1.1", "1.2"]);
  });

  it("takes the indicators without a tingkat when the column is not used, never the programs", () => {
    const tanpa = indikator({ kode: "1" });
    const program = indikator({ kode: "1.1", tingkat: "Program" });
    expect(indikatorPk([tanpa, program])).toEqual([tanpa]);
    expect(indikatorPk([program])).toEqual([]);
    expect(indikatorPk([tanpa, indikator({ kode: "2", tingkat: "Sasaran" })]).map((i) => i.kode)).toEqual([
      "2",
    ]);
  });
});
