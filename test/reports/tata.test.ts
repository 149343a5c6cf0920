// selGabung: the merges both renderers draw. An unsur's value beside its questions (seed 003's
// rekap form) merges over the rows its unsur spans, even where two unsur share a value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Tabel } from "../../src/reports/model";
import {
  lebarPerlu,
  PADDING,
  PADDING_RAPAT,
  selGabung,
  tataTabel,
  UKURAN_TERKECIL,
} from "../../src/reports/tata";

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
    const kata = fc.stringMatching(/^[A-Za-z0-9.,]{1,20}$/);
    const tabel = fc.integer({ min: 1, max: 40 }).chain((n) =>
      fc.record({
        kepala: fc.array(kata, { minLength: n, maxLength: n }),
        badan: fc.array(fc.array(kata, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }),
      }),
    );
    // From an A5 portrait's usable width to an F4 landscape's.
    const halaman = fc.double({ min: 250, max: 800, noNaN: true });
    fc.assert(
      fc.property(tabel, halaman, ({ kepala, badan }, lebarHalaman) => {
        const t: Tabel = { jenis: "tabel", kepala: 1, baris: [kepala, ...badan] };
        const tata = tataTabel(t, lebarHalaman);
        expect(tata.ukuran).toBeGreaterThanOrEqual(UKURAN_TERKECIL);
        expect(tata.lebar).toHaveLength(kepala.length);
        // Tight padding exactly when the table at 7 pt with the usual padding is wider than the page.
        const lebarBiasa7 = lebarPerlu(t, UKURAN_TERKECIL, PADDING);
        expect(tata.padding).toBe(lebarBiasa7 > lebarHalaman ? PADDING_RAPAT : PADDING);
        // At the chosen font and padding the table fits, or the font is 7 pt.
        const muat = lebarPerlu(t, tata.ukuran, tata.padding) <= lebarHalaman;
        expect(muat || tata.ukuran === UKURAN_TERKECIL).toBe(true);
        // And the font is the largest half-point step that fits (10 pt, a table's size, when it does).
        if (tata.ukuran < 10)
          expect(lebarPerlu(t, tata.ukuran + 0.5, tata.padding)).toBeGreaterThan(lebarHalaman);
        // A table that fits fills the page (each width rounded to 0,1 pt).
        const total = tata.lebar.reduce((a, b) => a + b, 0);
        if (muat) expect(Math.abs(total - lebarHalaman)).toBeLessThanOrEqual(0.05 * kepala.length + 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("lebarPerlu grows with the font and the padding, by 2 pt of padding per column", () => {
    const t = lebar(25, "468.642.213,68");
    expect(lebarPerlu(t, 8, PADDING)).toBeGreaterThan(lebarPerlu(t, 7, PADDING));
    expect(lebarPerlu(t, 7, PADDING) - lebarPerlu(t, 7, PADDING_RAPAT)).toBeCloseTo(
      25 * 2 * (PADDING - PADDING_RAPAT),
      6,
    );
  });
});
