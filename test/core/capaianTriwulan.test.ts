import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Arah, hitungCapaian, type RumusTurun } from "../../src/core/capaian";
import {
  capaianPerTriwulan,
  hitungCapaianTriwulan,
  type JenisCapaian,
  parseJenisCapaian,
} from "../../src/core/capaianTriwulan";

describe("hitungCapaianTriwulan", () => {
  it("KUMULATIF: realisasi to date over target to date (sums of the quarters)", () => {
    // 4 dokumen planned 1 per quarter; 1, 0, 2 delivered: TW III = 3 / 3.
    const r = [1, 0, 2, null];
    const t = [1, 1, 1, 1];
    expect(hitungCapaianTriwulan(r, t, 1, "KUMULATIF")).toBe(100);
    expect(hitungCapaianTriwulan(r, t, 2, "KUMULATIF")).toBe(50);
    expect(hitungCapaianTriwulan(r, t, 3, "KUMULATIF")).toBe(100);
    expect(hitungCapaianTriwulan(r, t, 4, "KUMULATIF")).toBeNull();
  });

  it("NILAI AKHIR: the quarter's realisasi over the quarter's target (seed 003: 87,28 / 86,40)", () => {
    const r = [81.25, 89.51, 87.28, null];
    const t = [86.4, 86.4, 86.4, 86.4];
    expect(hitungCapaianTriwulan(r, t, 3, "NILAI AKHIR")).toBeCloseTo(101.0185, 3);
    expect(hitungCapaianTriwulan(r, t, 4, "NILAI AKHIR")).toBeNull();
  });

  it("a turun indicator follows the unit's rumus turun each quarter, as for the year", () => {
    // Complaints: target 10 per quarter, 8 received in TW I.
    expect(hitungCapaianTriwulan([8], [10], 1, "NILAI AKHIR", "TURUN")).toBe(120);
    expect(hitungCapaianTriwulan([8], [10], 1, "NILAI AKHIR", "TURUN", "RASIO")).toBe(125);
    expect(hitungCapaianTriwulan([8, 12], [10, 10], 2, "KUMULATIF", "TURUN", "SELISIH")).toBe(100);
  });

  it("a blank earlier target is nothing planned; a reported quarter with no target at all is refused", () => {
    expect(hitungCapaianTriwulan([0, 1], [null, 1], 2, "KUMULATIF")).toBe(100);
    expect(() => hitungCapaianTriwulan([1], [null], 1, "KUMULATIF")).toThrow(/Target s\.d\. TW I kosong/);
    expect(() => hitungCapaianTriwulan([1, 1], [1, null], 2, "NILAI AKHIR")).toThrow(/Target TW II kosong/);
    expect(() => hitungCapaianTriwulan([1], [0], 1, "NILAI AKHIR")).toThrow(/^Target 0/);
  });

  it("parses the words users type for the jenis", () => {
    expect(parseJenisCapaian("kumulatif")).toBe("KUMULATIF");
    expect(parseJenisCapaian("Non-Kumulatif")).toBe("NILAI AKHIR");
    expect(parseJenisCapaian("nilai akhir")).toBe("NILAI AKHIR");
    expect(parseJenisCapaian("")).toBe("KUMULATIF");
    expect(() => parseJenisCapaian("rata")).toThrow(/Jenis capaian "rata" tidak dikenal/);
  });
});

const nilai = fc.option(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { nil: null });
const empat = fc.array(nilai, { minLength: 4, maxLength: 4 });
const jenis = fc.constantFrom<JenisCapaian>("KUMULATIF", "NILAI AKHIR");
const arah = fc.constantFrom<Arah>("NAIK", "TURUN");
const rumus = fc.constantFrom<RumusTurun>("SELISIH", "RASIO");

describe("capaianPerTriwulan (properties)", () => {
  it("is hitungCapaian on the quarter's pair: the one rule of CAPAIAN, for either jenis", () => {
    fc.assert(
      fc.property(empat, empat, jenis, arah, rumus, (r, t, j, a, rt) => {
        const hasil = capaianPerTriwulan(r, t, j, a, rt);
        expect(hasil).toHaveLength(4);
        hasil.forEach((c, i) => {
          if (r[i] === null) {
            expect(c).toBeNull();
            return;
          }
          const sampai = (xs: (number | null)[]) =>
            xs.slice(0, i + 1).reduce<number>((s, x) => s + (x ?? 0), 0);
          const adaTarget = j === "KUMULATIF" ? t.slice(0, i + 1).some((x) => x !== null) : t[i] !== null;
          if (!adaTarget) {
            expect(c).toBeNull();
            return;
          }
          const [rr, tt] = j === "KUMULATIF" ? [sampai(r), sampai(t)] : [r[i]!, t[i]!];
          expect(c).toBe(hitungCapaian(rr, tt, a, rt));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("with the same figure every quarter both jenis agree with the year's capaian", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        arah,
        rumus,
        (r, t, a, rt) => {
          const tahun = hitungCapaian(r, t, a, rt);
          for (const j of ["KUMULATIF", "NILAI AKHIR"] as const) {
            for (const c of capaianPerTriwulan([r, r, r, r], [t, t, t, t], j, a, rt)) {
              expect(Math.abs(c! - tahun)).toBeLessThanOrEqual(Math.abs(tahun) * 1e-12);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a kumulatif naik indicator meeting each quarter's target is at 100 % every quarter", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (t) => {
          for (const c of capaianPerTriwulan(t, t, "KUMULATIF", "NAIK", "SELISIH"))
            expect(c).toBeCloseTo(100, 9);
        },
      ),
    );
  });
});
