import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SKM_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { hitunganDariJumlah, responDariHitungan } from "../../src/contoh/responden";

describe("sample respondents built from a published tally", () => {
  it("gives counts that add up to the respondents and the sum", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 2000 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: n, max: 4 * n }))),
        ([n, s]) => {
          const c = hitunganDariJumlah(s, n);
          expect(c.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
          expect(c[0] + c[1] + c[2] + c[3]).toBe(n);
          expect(c[0] + 2 * c[1] + 3 * c[2] + 4 * c[3]).toBe(s);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("keeps every question's tally whatever the respondent count (strides coprime with it)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 14 }),
        (n, acak) => {
          const hitungan = acak.map((a) => hitunganDariJumlah(n + (a % (3 * n + 1)), n));
          const baris = responDariHitungan(hitungan);
          hitungan.forEach((c, q) => {
            for (let skor = 1; skor <= 4; skor++) {
              expect(baris.filter((b) => b[q] === skor)).toHaveLength(c[skor - 1]!);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses seed 003's impossible 1018 for 188 respondents", () => {
    expect(() => hitunganDariJumlah(1018, 188)).toThrow(/1018 mustahil untuk 188 responden/);
  });

  it("spreads the answers so each question's column has exactly the seed's tally", () => {
    const hitungan = SKM_LUMAJANG_2021.pertanyaan.map(([, , s]) =>
      hitunganDariJumlah(s, SKM_LUMAJANG_2021.responden),
    );
    const baris = responDariHitungan(hitungan);
    expect(baris).toHaveLength(188);
    SKM_LUMAJANG_2021.pertanyaan.forEach(([, , s], q) => {
      expect(baris.reduce((a, b) => a + b[q]!, 0)).toBe(s);
      for (let skor = 1; skor <= 4; skor++) {
        expect(baris.filter((b) => b[q] === skor)).toHaveLength(hitungan[q]![skor - 1]!);
      }
    });
    // Respondents differ from one another: not the same row 188 times.
    expect(new Set(baris.map((b) => b.join(""))).size).toBeGreaterThan(50);
  });
});
