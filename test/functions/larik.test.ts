// How custom functions take Sheets' values: scalars and 2D ranges, broadcast cell by cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingatTerakhir, kosong, ratakan, type Sel, sebagaiTabel, siarkan } from "../../src/functions/larik";

const tambah = (a: Sel, b: Sel) => {
  if (typeof a !== "number") throw new Error(`bukan angka: ${String(a)}`);
  return a + (typeof b === "number" ? b : 0);
};

/** A cell as Sheets passes it: a number, a blank (""), or text. */
const sel = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(""),
  fc.constantFrom("abc", " ", "x"),
);
/** A rectangular range of `baris` rows and `kolom` columns. */
const rentang = (baris: number, kolom: number) =>
  fc.array(fc.array(sel, { minLength: kolom, maxLength: kolom }), { minLength: baris, maxLength: baris });
const ukuran = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }));

/** What one cell of the answer is: blank for a blank first argument, the message of a bad cell. */
function harapan(a: Sel, b: Sel): Sel {
  if (kosong(a)) return "";
  try {
    return tambah(a, b);
  } catch (e) {
    return (e as Error).message;
  }
}

describe("siarkan", () => {
  it("calls a scalar computation once, and throws its Indonesian error (Sheets shows #ERROR! with it)", () => {
    expect(
      siarkan(
        [
          { nama: "a", nilai: 2 },
          { nama: "b", nilai: 3 },
        ],
        tambah,
      ),
    ).toBe(5);
    expect(() => siarkan([{ nama: "a", nilai: "abc" }], tambah)).toThrow("bukan angka: abc");
  });

  it("gives a blank cell for a blank first argument, without computing", () => {
    let dipanggil = 0;
    const hitung = () => {
      dipanggil++;
      return 1;
    };
    for (const v of ["", "  ", null, undefined]) expect(siarkan([{ nama: "a", nilai: v }], hitung)).toBe("");
    expect(siarkan([{ nama: "a", nilai: [[""], [2]] }], hitung)).toEqual([[""], [1]]);
    expect(dipanggil).toBe(1);
  });

  it("maps a range cell by cell with a scalar (or a 1x1 range) beside it, a bad cell's message in that cell only (property)", () => {
    fc.assert(
      fc.property(
        ukuran.chain(([r, k]) => rentang(r, k)),
        fc.integer({ min: -5, max: 5 }),
        fc.boolean(),
        (a, b, satuSel) => {
          const hasil = siarkan(
            [
              { nama: "a", nilai: a },
              { nama: "b", nilai: satuSel ? [[b]] : b },
            ],
            tambah,
          );
          expect(hasil).toEqual(a.map((baris) => baris.map((x) => harapan(x, b))));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("pairs equal-sized ranges cell by cell, and spreads a column across a row (property)", () => {
    fc.assert(
      fc.property(
        ukuran.chain(([r, k]) => fc.tuple(rentang(r, k), rentang(r, k), rentang(r, 1), rentang(1, k))),
        ([a, b, kolom, baris]) => {
          expect(
            siarkan(
              [
                { nama: "a", nilai: a },
                { nama: "b", nilai: b },
              ],
              tambah,
            ),
          ).toEqual(a.map((br, r) => br.map((x, c) => harapan(x, b[r]![c]))));
          // A column against a row: every pair, as an array formula spreads them.
          expect(
            siarkan(
              [
                { nama: "a", nilai: kolom },
                { nama: "b", nilai: baris },
              ],
              tambah,
            ),
          ).toEqual(kolom.map(([x]) => baris[0]!.map((y) => harapan(x, y))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses ranges that cannot be paired, naming each argument's shape", () => {
    expect(() =>
      siarkan(
        [
          { nama: "realisasi", nilai: [[1], [2]] },
          { nama: "target", nilai: [[1], [2], [3]] },
        ],
        tambah,
      ),
    ).toThrow(
      "Ukuran rentang realisasi tidak cocok dengan yang lain: realisasi 2 baris × 1 kolom, target 3 baris × 1 kolom.",
    );
    expect(() => siarkan([{ nama: "a", nilai: [[1, 2], [3]] }], tambah)).toThrow(
      "Argumen a: setiap baris rentang harus sama panjang.",
    );
    expect(() => siarkan([{ nama: "a", nilai: [1, 2] }], tambah)).toThrow(
      "Argumen a bukan rentang sel yang berbentuk tabel.",
    );
    expect(() => siarkan([{ nama: "a", nilai: [] }], tambah)).toThrow("Rentang kosong tidak dapat dihitung.");
    const lima = Array.from({ length: 5 }, (_, i) => ({ nama: `a${i}`, nilai: 1 }));
    expect(() => siarkan(lima, tambah)).toThrow("siarkan: paling banyak empat argumen.");
  });

  it("answers a 10 000-row column with 10 000 rows", () => {
    const n = 10_000;
    const hasil = siarkan(
      [
        { nama: "a", nilai: Array.from({ length: n }, (_, i) => [i]) },
        { nama: "b", nilai: 1 },
      ],
      tambah,
    ) as Sel[][];
    expect(hasil).toHaveLength(n);
    expect(hasil[n - 1]).toEqual([n]);
  });
});

describe("ingatTerakhir", () => {
  it("parses once per run of equal values, answering each as the parser would (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("NAIK", "TURUN", "naik")), (masuk) => {
        let dipanggil = 0;
        const baca = ingatTerakhir((v) => {
          dipanggil++;
          return String(v).toUpperCase();
        });
        expect(masuk.map(baca)).toEqual(masuk.map((v) => v.toUpperCase()));
        expect(dipanggil).toBe(masuk.filter((v, i) => i === 0 || v !== masuk[i - 1]).length);
      }),
    );
  });

  it("does not remember a value whose parse failed", () => {
    let dipanggil = 0;
    const baca = ingatTerakhir((v) => {
      dipanggil++;
      if (v === "atas") throw new Error("Arah tidak dikenal");
      return v;
    });
    expect(() => baca("atas")).toThrow();
    expect(() => baca("atas")).toThrow();
    expect(dipanggil).toBe(2);
  });
});

it("ratakan reads a range row by row; sebagaiTabel makes a scalar one cell", () => {
  expect(
    ratakan([
      [1, 2],
      [3, 4],
    ]),
  ).toEqual([1, 2, 3, 4]);
  expect(ratakan(5)).toEqual([5]);
  expect(sebagaiTabel(5, "x")).toEqual([[5]]);
  expect(sebagaiTabel([[1], [2]], "x")).toEqual([[1], [2]]);
  expect(() => sebagaiTabel([[1], [2, 3]], "nilai_triwulan")).toThrow(
    "Argumen nilai_triwulan: setiap baris rentang harus sama panjang.",
  );
});
