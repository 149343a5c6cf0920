import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bulatkan, toPlainString } from "../../src/core/pembulatan";

describe("bulatkan", () => {
  it("rounds half away from zero on the decimal value as written", () => {
    expect(bulatkan(1.005, 2)).toBe(1.01);
    expect(bulatkan(84.185, 2)).toBe(84.19);
    expect(bulatkan(-2.5, 0)).toBe(-3);
    expect(bulatkan(101.0185, 2)).toBe(101.02);
  });
  it("keeps huge values instead of returning NaN", () => {
    expect(bulatkan(5e15, 6)).toBe(5e15);
    expect(bulatkan(-1e20, 2)).toBe(-1e20);
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 12 }),
        (x, d) => {
          expect(Number.isNaN(bulatkan(x, d))).toBe(false);
        },
      ),
      { numRuns: 3_000 },
    );
  });
  it("refuses a decimal count outside 0-12", () => {
    expect(() => bulatkan(1, 13)).toThrow(/0 sampai 12/);
  });
  it("prints plain decimals, never exponents", () => {
    expect(toPlainString(1e-7)).toBe("0.0000001");
    expect(toPlainString(1.5e21)).toBe("1500000000000000000000");
  });
});
