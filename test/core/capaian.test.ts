import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hitungCapaian, parseArah, parseRumusTurun } from "../../src/core/capaian";
import { bulatkan } from "../../src/core/pembulatan";

describe("hitungCapaian", () => {
  it("reproduces the seeds' figures (Laporan TW III Lumajang 2021, LKJ Klakah 2023)", () => {
    expect(bulatkan(hitungCapaian(87.28, 86.4), 2)).toBe(101.02);
    expect(bulatkan(hitungCapaian(100, 90), 2)).toBe(111.11);
    expect(bulatkan(hitungCapaian(100, 85), 2)).toBe(117.65);
    expect(bulatkan(hitungCapaian(84.19, 90), 2)).toBe(93.54);
    // domain.md section 4: printed as 97, it is 98,34.
    expect(bulatkan(hitungCapaian(93.65, 95.23), 2)).toBe(98.34);
  });

  it("applies the chosen rule for turun indicators, never silently", () => {
    expect(hitungCapaian(8, 10, "TURUN")).toBe(120);
    expect(hitungCapaian(8, 10, "TURUN", "SELISIH")).toBe(120);
    expect(hitungCapaian(8, 10, "TURUN", "RASIO")).toBe(125);
    expect(hitungCapaian(12, 10, "TURUN", "SELISIH")).toBe(80);
  });

  it("refuses a target of zero or below, and a zero realisasi for the ratio rule, in Indonesian", () => {
    expect(() => hitungCapaian(5, 0)).toThrow(/Target 0/);
    expect(() => hitungCapaian(5, -1)).toThrow(/negatif/);
    expect(() => hitungCapaian(0, 10, "TURUN", "RASIO")).toThrow(/realisasi di atas 0/);
    expect(() => hitungCapaian(Number.NaN, 10)).toThrow(/Realisasi harus/);
  });

  it("is monotonic in realisasi: up for naik, down for turun", () => {
    const angka = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const target = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(angka, angka, target, (a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(hitungCapaian(lo, t, "NAIK")).toBeLessThanOrEqual(hitungCapaian(hi, t, "NAIK"));
        expect(hitungCapaian(lo, t, "TURUN")).toBeGreaterThanOrEqual(hitungCapaian(hi, t, "TURUN"));
        // Below 1e-300 a realisasi makes target / realisasi overflow: refused, not Infinity (defect 10).
        if (lo > 1e-300) {
          expect(hitungCapaian(lo, t, "TURUN", "RASIO")).toBeGreaterThanOrEqual(
            hitungCapaian(hi, t, "TURUN", "RASIO"),
          );
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it("gives exactly 100 % when realisasi equals target, whatever the rule", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (t) => {
        expect(hitungCapaian(t, t, "NAIK")).toBeCloseTo(100, 9);
        expect(hitungCapaian(t, t, "TURUN", "SELISIH")).toBeCloseTo(100, 9);
        expect(hitungCapaian(t, t, "TURUN", "RASIO")).toBeCloseTo(100, 9);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("hitungCapaian: beyond the largest double (defect 10)", () => {
  it("refuses a capaian that overflows, in Indonesian, instead of Infinity", () => {
    expect(() => hitungCapaian(1e308, 0.1)).toThrow(/^Capaian terlalu besar untuk dihitung/);
    expect(() => hitungCapaian(1e308, 1e-308)).toThrow(/periksa satuan realisasi dan target/);
    expect(() => hitungCapaian(-1e308, 1e-308)).toThrow(/terlalu besar/);
    expect(() => hitungCapaian(1e307, 1)).toThrow(/terlalu besar/); // 1e309 %
    expect(() => hitungCapaian(-1e308, 1e-10, "TURUN")).toThrow(/terlalu besar/);
    expect(() => hitungCapaian(1e-308, 1e308, "TURUN", "RASIO")).toThrow(/terlalu besar/);
  });

  it("equal huge realisasi and target give 100 by every rule; 2T-R no longer overflows in 2 x target", () => {
    for (const t of [1e308, Number.MAX_VALUE, 9e307, 1e-308, 5e-324]) {
      expect(hitungCapaian(t, t)).toBe(100);
      expect(hitungCapaian(t, t, "TURUN", "SELISIH")).toBe(100);
      expect(hitungCapaian(t, t, "TURUN", "RASIO")).toBe(100);
    }
    expect(hitungCapaian(0.5e308, 1e308, "TURUN")).toBe(150);
    expect(hitungCapaian(1.5e308, 1e308, "TURUN")).toBe(50);
  });

  it("any finite realisasi and positive target give a finite capaian or an Indonesian error", () => {
    const angka = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(
        angka,
        angka.filter((t) => t > 0),
        fc.constantFrom("NAIK", "TURUN"),
        fc.constantFrom("SELISIH", "RASIO"),
        (r, t, arah, rumus) => {
          let c: number;
          try {
            c = hitungCapaian(r, t, arah as "NAIK", rumus as "RASIO");
          } catch (e) {
            expect((e as Error).message).toMatch(/terlalu besar|realisasi di atas 0/);
            return;
          }
          expect(Number.isFinite(c)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe("option words", () => {
  it("reads arah and the turun rule case-insensitively, with the words units use", () => {
    expect(parseArah("naik")).toBe("NAIK");
    expect(parseArah(" Positif ")).toBe("NAIK");
    expect(parseArah("")).toBe("NAIK");
    expect(parseArah("TURUN")).toBe("TURUN");
    expect(parseArah("negatif")).toBe("TURUN");
    expect(parseRumusTurun("t/r")).toBe("RASIO");
    expect(parseRumusTurun("2T - R")).toBe("SELISIH");
    expect(() => parseArah("atas")).toThrow('Arah "atas" tidak dikenal. Pilihan: "NAIK", "TURUN".');
  });
});
