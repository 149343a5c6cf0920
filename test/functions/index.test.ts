// The custom functions as src/functions/index.ts defines them (the bundle test runs the same
// functions through build/Code.js). Defect 10: what no input may break.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bulatkan } from "../../src/core/pembulatan";
import { bacaTerbilang } from "../../src/core/terbilang";
import {
  CAPAIAN,
  KUADRAN_IPA,
  PREDIKAT,
  REALISASI_TAHUNAN,
  SERAPAN,
  TERBILANG,
} from "../../src/functions/index";

describe("TERBILANG", () => {
  it("does not spell the float noise of a formula: =TERBILANG(10,1*3) is tiga puluh koma tiga", () => {
    expect(TERBILANG(10.1 * 3)).toBe("tiga puluh koma tiga");
    expect(TERBILANG(0.1 + 0.2, "rupiah", "besar")).toBe("NOL KOMA TIGA RUPIAH");
    expect(TERBILANG([[10.1 * 3], [1234.567]], "rupiah")).toEqual([
      ["tiga puluh koma tiga rupiah"],
      ["seribu dua ratus tiga puluh empat koma lima tujuh rupiah"],
    ]);
  });

  it("refuses a date or a logical value as the akhiran, in Indonesian", () => {
    expect(() => TERBILANG(5, new Date(2024, 0, 31))).toThrow(
      'Akhiran terbilang harus berupa teks, misalnya "rupiah", bukan tanggal 31 Januari 2024.',
    );
    expect(() => TERBILANG(5, true)).toThrow("bukan nilai logika TRUE");
    expect(() => TERBILANG(5, 12)).toThrow("Akhiran terbilang harus berupa teks");
    expect(TERBILANG([[5], [6]], [[false], ["rupiah"]])).toEqual([
      ['Akhiran terbilang harus berupa teks, misalnya "rupiah", bukan nilai logika FALSE.'],
      ["enam rupiah"],
    ]);
    expect(TERBILANG(5, "")).toBe("lima");
    expect(TERBILANG(5, "  Rupiah ")).toBe("lima rupiah");
  });

  it("what it writes reads back to the amount rounded (15 digits; rupiah to the sen)", () => {
    const bulat15 = (x: number) => Number(x.toPrecision(15));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
          fc.tuple(fc.integer(), fc.integer({ min: 1, max: 99 })).map(([a, b]) => (a / 100) * (b / 10)),
        ),
        fc.constantFrom("", "rupiah", "Rupiah", "RUPIAH"),
        fc.constantFrom("", "kecil", "besar", "judul"),
        (x, akhiran, huruf) => {
          const rupiah = akhiran !== "";
          const harapan = rupiah ? bulatkan(bulat15(x), 2) : bulat15(x);
          if (Math.abs(harapan) >= 1e15) {
            expect(() => TERBILANG(x, akhiran, huruf)).toThrow("maksimum 999 triliun");
            return;
          }
          const teks = TERBILANG(x, akhiran, huruf) as string;
          expect(bacaTerbilang(teks)).toBe(harapan === 0 ? 0 : harapan);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("CAPAIAN, SERAPAN, REALISASI_TAHUNAN beyond the largest double", () => {
  it("a scalar call throws an Indonesian message instead of returning Infinity", () => {
    expect(() => CAPAIAN(1e308, 1e-308)).toThrow(/^Capaian terlalu besar untuk dihitung/);
    expect(() => CAPAIAN("1e308", 0.1)).toThrow(/bukan angka|terlalu besar/);
    expect(() => SERAPAN(1e308, 0.5)).toThrow(/^Serapan terlalu besar untuk dihitung/);
    expect(() => REALISASI_TAHUNAN([[1e308, 1e308, "", ""]], "JUMLAH")).toThrow(
      /^Jumlah realisasi triwulan terlalu besar/,
    );
  });

  it("in a column, the message goes in the cell of the row that overflows", () => {
    expect(CAPAIAN([[1e308], [8]], [[1e-308], [10]], "TURUN")).toEqual([
      [expect.stringMatching(/^Capaian terlalu besar/)],
      [120],
    ]);
    expect(SERAPAN([[1e308], [50]], [[0.5], [100]])).toEqual([
      [expect.stringMatching(/^Serapan terlalu/)],
      [50],
    ]);
    expect(
      REALISASI_TAHUNAN(
        [
          [1e308, 1e308, 1e308, 1e308],
          [1, 2, 3, 4],
        ],
        "JUMLAH",
      ),
    ).toEqual([[expect.stringMatching(/^Jumlah realisasi triwulan terlalu besar/)], [10]]);
  });

  it("REALISASI_TAHUNAN refuses an empty range rather than answering an empty one", () => {
    expect(() => REALISASI_TAHUNAN([])).toThrow("Rentang kosong tidak dapat dihitung.");
    expect(() => REALISASI_TAHUNAN([[]])).toThrow("Rentang kosong tidak dapat dihitung.");
  });

  it("TURUN with equal huge realisasi and target is 100 %, by 2T-R and by T/R", () => {
    expect(CAPAIAN(1e308, 1e308, "TURUN")).toBe(100);
    expect(CAPAIAN(1e308, 1e308, "TURUN", "T/R")).toBe(100);
    expect(CAPAIAN([[1.7e308], [8]], [[1.7e308], [10]], "TURUN", "2T-R")).toEqual([[100], [120]]);
  });
});

describe("KUADRAN_IPA", () => {
  const pesan = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("tidak melempar galat");
  };

  it("names the row of a blank cell in the range, counting the rows left blank on both sides", () => {
    const kinerja = [[3.2], [""], [3.6], [""], [3.5]];
    const kepentingan = [[3.8], [""], [3.7], [3.2], [3.1]];
    expect(pesan(() => KUADRAN_IPA(kinerja, kepentingan))).toMatch(/^Kinerja baris 4 kosong/);
    expect(pesan(() => KUADRAN_IPA(kepentingan, kinerja))).toMatch(
      /^Kinerja baris 4 bukan|^Kepentingan baris 4 kosong/,
    );
    expect(pesan(() => KUADRAN_IPA([[3.2], [""], [3.6], [3.5]], [[3.8], [""], [3.7], ["abc"]]))).toMatch(
      /^Kepentingan baris 4 "abc" bukan angka/,
    );
  });

  it("names the column in a row (NRR gives one row of nine unsur) and both in a block", () => {
    expect(pesan(() => KUADRAN_IPA([["", 3.2, 3.6, ""]], [["", 3.8, 3.7, 3.1]]))).toMatch(
      /^Kinerja kolom 4 kosong/,
    );
    expect(
      pesan(() =>
        KUADRAN_IPA(
          [
            [3.2, 3.6],
            [3.1, ""],
          ],
          [
            [3.8, 3.7],
            [3.2, 3.1],
          ],
        ),
      ),
    ).toMatch(/^Kinerja baris 2, kolom 2 kosong/);
  });

  it("refuses ranges of different shapes, naming both sizes", () => {
    expect(pesan(() => KUADRAN_IPA([[3.2], [3.6], [3.1], [3.5]], [[3.8, 3.7, 3.2, 3.1]]))).toBe(
      "Ukuran rentang kinerja (4 baris × 1 kolom) dan kepentingan (1 baris × 4 kolom) harus sama: satu nilai kepentingan untuk tiap nilai kinerja.",
    );
    expect(pesan(() => KUADRAN_IPA([[3.2], [3.6], [3.1]], [[3.8], [3.7], [3.2], [3.1]]))).toMatch(
      /kinerja \(3 baris × 1 kolom\) dan kepentingan \(4 baris × 1 kolom\)/,
    );
    expect(pesan(() => KUADRAN_IPA(3.2, [[3.8], [3.7]]))).toMatch(/kinerja \(1 baris × 1 kolom\)/);
  });

  it("keeps the kinerja's shape, blank pairs blank", () => {
    expect(KUADRAN_IPA([[3.2], [""], [3.6], [3.1], [3.5]], [[3.8], [""], [3.7], [3.2], [3.1]])).toEqual([
      ["I"],
      [""],
      ["II"],
      ["III"],
      ["IV"],
    ]);
    expect(KUADRAN_IPA([[3.2, 3.6, 3.1, 3.5]], [[3.8, 3.7, 3.2, 3.1]])).toEqual([["I", "II", "III", "IV"]]);
  });
});

describe("PREDIKAT: the answer has the shape of the capaian", () => {
  const capaian = [[70], [85], [96]];
  const harapan = [["Cukup"], ["Baik"], ["Istimewa"]];

  it("a unit's own scale as a range, bounds first, names first, or under a header row: N x 1", () => {
    const skala = [
      [90, "Istimewa"],
      [80, "Baik"],
      [0, "Cukup"],
    ];
    expect(PREDIKAT(capaian, skala)).toEqual(harapan);
    expect(
      PREDIKAT(
        capaian,
        skala.map(([a, b]) => [b, a]),
      ),
    ).toEqual(harapan);
    expect(PREDIKAT(capaian, [["Predikat", "Batas bawah"], ...skala.map(([a, b]) => [b, a])])).toEqual(
      harapan,
    );
    expect(PREDIKAT(capaian, [["Batas bawah", "Predikat"], ...skala, ["", ""]])).toEqual(harapan);
    expect(
      PREDIKAT(
        [[70, 85, 96]],
        skala.map(([a, b]) => [b, String(a)]),
      ),
    ).toEqual([["Cukup", "Baik", "Istimewa"]]);
    expect(
      PREDIKAT(
        85,
        skala.map(([a, b]) => [b, a]),
      ),
    ).toBe("Baik");
  });

  it("one scale name per cell, in a range of the capaian's size; one cell is one name", () => {
    expect(PREDIKAT([[93.54, 93.54]], [["LKJ", "PERMENDAGRI"]])).toEqual([["Berhasil", "Sangat Tinggi"]]);
    expect(PREDIKAT([[93.54], [93.54]], [["LKJ"], ["permendagri"]])).toEqual([
      ["Berhasil"],
      ["Sangat Tinggi"],
    ]);
    expect(PREDIKAT(93.54, [["PERMENDAGRI"]])).toBe("Sangat Tinggi");
    expect(PREDIKAT([[93.54]], "LKJ")).toEqual([["Berhasil"]]);
  });

  it("refuses a skala range of another size, naming both", () => {
    expect(() => PREDIKAT(93.54, [["LKJ"], ["LKJ"]])).toThrow(
      /^Ukuran rentang skala \(2 baris × 1 kolom\) tidak cocok dengan capaian \(1 baris × 1 kolom\)/,
    );
    expect(() => PREDIKAT([[1], [2], [3]], [["LKJ", "LKJ", "LKJ"]])).toThrow(/skala \(1 baris × 3 kolom\)/);
  });

  it("a scale with no column of bounds says so", () => {
    expect(() =>
      PREDIKAT(capaian, [
        ["Istimewa", "A"],
        ["Baik", "B"],
      ]),
    ).toThrow(/batas bawah/);
  });
});
