import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { predikatSakip } from "../../src/core/lke";

describe("predikatSakip (PermenPANRB 88/2021: every band open below)", () => {
  it.each([
    [100, "AA", "Sangat Memuaskan"],
    [90.01, "AA", "Sangat Memuaskan"],
    [90, "A", "Memuaskan"],
    [90.004, "A", "Memuaskan"], // printed 90,00
    [90.005, "AA", "Sangat Memuaskan"], // printed 90,01
    [80.01, "A", "Memuaskan"],
    [80, "BB", "Sangat Baik"],
    [70.01, "BB", "Sangat Baik"],
    [70, "B", "Baik"],
    [60.01, "B", "Baik"],
    [60, "CC", "Cukup (Memadai)"],
    [50.01, "CC", "Cukup (Memadai)"],
    [50, "C", "Kurang"],
    [30.01, "C", "Kurang"],
    [30, "D", "Sangat Kurang"],
    [0, "D", "Sangat Kurang"],
  ])("%d -> %s", (n, kode, nama) => expect(predikatSakip(n)).toEqual({ kode, nama }));

  it("does not let float noise of a sum move a band", () => {
    expect(predikatSakip(0.1 * 3 * 300)).toEqual({ kode: "A", nama: "Memuaskan" }); // 90.00000000000001
  });

  it("refuses scores outside 0-100 in Indonesian", () => {
    expect(() => predikatSakip(100.01)).toThrow("Nilai SAKIP 100,01 di luar rentang 0 sampai 100.");
    expect(() => predikatSakip(-1)).toThrow(/di luar rentang 0 sampai 100/);
    expect(() => predikatSakip(Number.NaN)).toThrow("Nilai SAKIP harus berupa angka 0 sampai 100.");
  });

  it("never gives a better predikat to a lower score", () => {
    const urut = ["D", "C", "CC", "B", "BB", "A", "AA"];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(urut.indexOf(predikatSakip(lo).kode)).toBeLessThanOrEqual(
            urut.indexOf(predikatSakip(hi).kode),
          );
        },
      ),
    );
  });
});
