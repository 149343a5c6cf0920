// selGabung: the merges both renderers draw. An unsur's value beside its questions (seed 003's
// rekap form) merges over the rows its unsur spans, even where two unsur share a value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Tabel } from "../../src/reports/model";
import { PADDING, PADDING_RAPAT, selGabung, tataTabel } from "../../src/reports/tata";

it("merges a gabungIkut column over the runs of its reference column, not over equal values", () => {
  const t: Tabel = {
    jenis: "tabel",
    kepala: 1,
    baris: [
      ["NO", "UNSUR", "PERTANYAAN", "NILAI UNSUR"],
      ["1", "Persyaratan", "a", "3,44"],
      ["2", "Persyaratan", "b", "3,44"],
      ["3", "Produk", "c", "3,44"],
      ["4", "Kompetensi", "d", "3,57"],
    ],
    gabungSama: [1],
    gabungIkut: [{ kolom: 3, acuan: 1 }],
  };
  expect(selGabung(t)).toEqual([
    { baris: 1, kolom: 1, barisRentang: 2, kolomRentang: 1 },
    { baris: 1, kolom: 3, barisRentang: 2, kolomRentang: 1 },
  ]);
  // gabungSama on the value itself would have merged Produk's 3,44 into Persyaratan's.
  expect(selGabung({ ...t, gabungIkut: [], gabungSama: [1, 3] })).toContainEqual({
    baris: 1,
    kolom: 3,
    barisRentang: 3,
    kolomRentang: 1,
  });
});

describe("tataTabel: a table wider than its page at 7 pt", () => {
  const A4_LANSKAP = 297 * (72 / 25.4) - 50 * (72 / 25.4);
  // The Renja's T-C.29: 25 columns, the amounts in full rupiah.
  const lebar = (n: number, isi: string): Tabel => ({
    jenis: "tabel",
    kepala: 1,
    baris: [Array.from({ length: n }, (_, j) => `K${j}`), Array.from({ length: n }, () => isi)],
  });

  it("keeps the usual padding and a larger font when it fits", () => {
    const t = tataTabel(lebar(6, "Penyelenggaraan"), A4_LANSKAP);
    expect(t).toMatchObject({ padding: PADDING, ukuran: 10 });
  });

  it("narrows the cells' padding before words must break, and fills the page exactly", () => {
    const t = tataTabel(lebar(25, "468.642.213,68"), A4_LANSKAP);
    expect(t.padding).toBe(PADDING_RAPAT);
    expect(t.ukuran).toBe(7);
    expect(t.lebar.reduce((a, b) => a + b, 0)).toBeCloseTo(A4_LANSKAP, 0);
  });

  it("never pads less than it must, nor steps the font below 7 pt (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.string({ minLength: 1, maxLength: 20 }), (n, isi) => {
        const t = tataTabel(lebar(n, isi.replace(/\s/g, "x")), A4_LANSKAP);
        expect(t.ukuran).toBeGreaterThanOrEqual(7);
        expect([PADDING, PADDING_RAPAT]).toContain(t.padding);
        expect(t.lebar).toHaveLength(n);
        // Tight padding only for a table that would not fit with the usual one at 7 pt.
        if (t.padding === PADDING_RAPAT)
          expect(tataTabel(lebar(n, isi.replace(/\s/g, "x")), 1e6).padding).toBe(PADDING);
      }),
    );
  });
});
