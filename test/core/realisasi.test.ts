import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bulatkan } from "../../src/core/pembulatan";
import { parseAgregasi, realisasiTahunan } from "../../src/core/realisasi";

describe("realisasiTahunan", () => {
  it("takes the mean of the quarters for IKM (LKJ Klakah 2023: 84,19, not 84,25)", () => {
    const tahunan = realisasiTahunan([81.25, 89.51, 83.84, 82.14], "RATA-RATA")!;
    expect(tahunan).toBeCloseTo(84.185, 10);
    expect(bulatkan(tahunan, 2)).toBe(84.19);
  });
  it("sums counts and takes the last reported quarter of cumulative percentages", () => {
    expect(realisasiTahunan([3, 2, null, null], "JUMLAH")).toBe(5);
    expect(realisasiTahunan([40, 75, 100, null], "TERAKHIR")).toBe(100);
    expect(realisasiTahunan([40, null, 90, null], "TERAKHIR")).toBe(90);
  });
  it("leaves unreported quarters out instead of counting them as zero", () => {
    expect(realisasiTahunan([80, 90, null, null], "RATA-RATA")).toBe(85);
    expect(realisasiTahunan([null, null, null, null], "RATA-RATA")).toBeNull();
  });
  it("the mean lies between the lowest and highest quarter", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })), { maxLength: 4 }),
        (q) => {
          const v = q.filter((x): x is number => x !== null);
          const r = realisasiTahunan(q, "RATA-RATA");
          if (v.length === 0) {
            expect(r).toBeNull();
            return;
          }
          expect(r!).toBeGreaterThanOrEqual(Math.min(...v) - 1e-9);
          expect(r!).toBeLessThanOrEqual(Math.max(...v) + 1e-9);
        },
      ),
      { numRuns: 5_000 },
    );
  });
  it("never Infinity: a sum beyond the largest double is refused in Indonesian, a mean is still told (defect 10)", () => {
    expect(() => realisasiTahunan([1e308, 1e308], "JUMLAH")).toThrow(
      /^Jumlah realisasi triwulan terlalu besar untuk dihitung/,
    );
    expect(() => realisasiTahunan([-1e308, -1e308, null], "JUMLAH")).toThrow(/terlalu besar/);
    expect(realisasiTahunan([1e308, 1e308], "RATA-RATA")).toBe(1e308);
    expect(realisasiTahunan([1.7e308, 1.7e308, 1.7e308, 1.7e308], "RATA-RATA")).toBe(1.7e308);
    // The running sum overflows, the true sum does not.
    expect(realisasiTahunan([1.5e308, 1.5e308, -1.5e308], "JUMLAH")).toBe(1.5e308);
    expect(realisasiTahunan([1.5e308, 1.5e308, -1.5e308, null], "RATA-RATA")).toBe(0.5e308);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 4 }),
        fc.constantFrom("JUMLAH", "RATA-RATA", "TERAKHIR"),
        (q, agregasi) => {
          try {
            const r = realisasiTahunan(q, agregasi as "JUMLAH");
            expect(r === null || Number.isFinite(r)).toBe(true);
          } catch (e) {
            expect(agregasi).toBe("JUMLAH");
            expect((e as Error).message).toMatch(/terlalu besar/);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
  it("reads the rule's name as users write it", () => {
    expect(parseAgregasi("rata rata")).toBe("RATA-RATA");
    expect(parseAgregasi("Jumlah")).toBe("JUMLAH");
    expect(parseAgregasi("kumulatif")).toBe("TERAKHIR");
    expect(() => parseAgregasi("median")).toThrow(/Agregasi tahunan "median" tidak dikenal/);
  });
});
