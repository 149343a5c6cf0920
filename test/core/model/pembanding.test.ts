// The ranking of a unit among the others on one indicator (seed 001 Tabel 3.4).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { posisiUnit } from "../../../src/core/model/pembanding";
import { bulatkan } from "../../../src/core/pembulatan";

const lain = (...n: [string, number | null][]) => n.map(([unit, realisasi]) => ({ unit, realisasi }));

/** The unit "X" with value `n` among units U0, U1 ... with values `l`. */
const posisiAcak = (n: number | null, l: readonly (number | null)[], arah: string) =>
  posisiUnit(
    { arah: arah as "NAIK" | "TURUN" },
    { unit: "X", nilai: n },
    l.map((realisasi, i) => ({ unit: `U${i}`, realisasi })),
  );

describe("posisiUnit", () => {
  it("ranks Klakah's IKM 84,19 second behind Ranuyoso's 84,92, ahead of Kedungjajang's 82,86 (seed 001 line 416)", () => {
    const p = posisiUnit(
      { arah: "NAIK" },
      { unit: "Klakah", nilai: 84.185 },
      lain(["Kedungjajang", 82.86], ["Ranuyoso", 84.92]),
    );
    expect(p.map((x) => [x.unit, x.peringkat, x.sendiri])).toEqual([
      ["Ranuyoso", 1, false],
      ["Klakah", 2, true],
      ["Kedungjajang", 3, false],
    ]);
  });

  it("puts the lowest first for a TURUN indicator, ties (as printed) share a rank, a blank is unranked last", () => {
    const p = posisiUnit(
      { arah: "TURUN" },
      { unit: "A", nilai: 12.004 },
      lain(["B", 12], ["C", 9], ["D", null]),
    );
    expect(p.map((x) => [x.unit, x.peringkat])).toEqual([
      ["C", 1],
      ["A", 2],
      ["B", 2],
      ["D", null],
    ]);
  });

  it("keeps every unit once, the own unit marked once, ranks within 1..n (property)", () => {
    const nilai = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        nilai,
        fc.array(nilai, { maxLength: 8 }),
        fc.constantFrom("NAIK", "TURUN"),
        (n, l, arah) => {
          const p = posisiAcak(n, l, arah);
          expect(p).toHaveLength(l.length + 1);
          expect(p.filter((x) => x.sendiri).map((x) => x.unit)).toEqual(["X"]);
          for (const x of p) {
            if (x.nilai === null) expect(x.peringkat).toBeNull();
            else expect(x.peringkat).toBeGreaterThanOrEqual(1);
          }
          const dinilai = p.filter((x) => x.peringkat !== null);
          for (let i = 1; i < dinilai.length; i++)
            expect(dinilai[i]!.peringkat!).toBeGreaterThanOrEqual(dinilai[i - 1]!.peringkat!);
        },
      ),
    );
  });
  it("ranks by the printed value in the indicator's direction: higher is better for NAIK, worse for TURUN (property)", () => {
    // Values close together, so that printed ties (12,004 and 12,00) and near misses come up.
    const nilai = fc.oneof(
      fc
        .tuple(fc.integer({ min: -500, max: 500 }), fc.constantFrom(0, 0.001, -0.001, 0.004, 0.0049))
        .map(([n, d]) => n / 100 + d),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        nilai,
        fc.array(nilai, { maxLength: 8 }),
        fc.constantFrom("NAIK", "TURUN"),
        (n, l, arah) => {
          const p = posisiAcak(n, l, arah);
          const dinilai = p.filter((x) => x.nilai !== null);
          for (const x of dinilai) expect(x.peringkat!).toBeLessThanOrEqual(dinilai.length);
          for (const a of dinilai)
            for (const b of dinilai) {
              const [pa, pb] = [bulatkan(a.nilai!, 2), bulatkan(b.nilai!, 2)];
              if (pa === pb) expect(a.peringkat).toBe(b.peringkat);
              else if (pa > pb === (arah === "NAIK")) expect(a.peringkat!).toBeLessThan(b.peringkat!);
              else expect(a.peringkat!).toBeGreaterThan(b.peringkat!);
            }
        },
      ),
    );
  });
});
