// The custom functions, called as Sheets calls them: scalars, or 2D ranges with a column out.
// Figures from the seeds; the bundle test (test/bundle.test.ts) checks the same functions load
// and answer inside Apps Script's global scope.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SKM_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { hitunganDariJumlah, responDariHitungan } from "../../src/contoh/responden";
import { bulatkan } from "../../src/core/pembulatan";
import { bacaTerbilang } from "../../src/core/terbilang";
import {
  ANGKA,
  CAPAIAN,
  CAPAIAN_TRIWULAN,
  IKM,
  IKM_REKAP,
  KUADRAN_IPA,
  MUTU_IKM,
  NRR,
  PREDIKAT,
  REALISASI_TAHUNAN,
  SAMPEL_SKM,
  SERAPAN,
  TERBILANG,
} from "../../src/functions";
import type { Sel } from "../../src/functions/larik";

const dua = (x: Sel) => Math.round((x as number) * 100) / 100;
const kolom = (xs: readonly Sel[]) => xs.map((x) => [x]);

describe("CAPAIAN", () => {
  it("gives seed 003's 101,02 / 111,11 / 117,65 and seed 001's 93,54 (84,19 of 90)", () => {
    expect(dua(CAPAIAN(87.28, 86.4))).toBe(101.02);
    expect(dua(CAPAIAN("100%", "90%"))).toBe(111.11);
    expect(dua(CAPAIAN(100, 85))).toBe(117.65);
    expect(dua(CAPAIAN(REALISASI_TAHUNAN([[81.25, 89.51, 83.84, 82.14]], "RATA-RATA"), 90))).toBe(93.54);
  });

  it("rates a TURUN indicator by the unit's rule: 2T-R unless T/R is asked", () => {
    expect(CAPAIAN(8, 10, "TURUN")).toBeCloseTo(120, 10);
    expect(CAPAIAN(8, 10, "negatif", "T/R")).toBeCloseTo(125, 10);
  });

  it("reads an arah column per cell, a bad word's message in its own cell; a bad single arah fails the formula", () => {
    expect(
      CAPAIAN(
        kolom([87.28, 8, 5, "", 100]),
        kolom([86.4, 10, 10, 90, 0]),
        kolom(["NAIK", "TURUN", "atas", "", "NAIK"]),
      ),
    ).toEqual([
      [CAPAIAN(87.28, 86.4)],
      [CAPAIAN(8, 10, "TURUN")],
      [expect.stringMatching(/^Arah "atas" tidak dikenal/)],
      [""],
      [expect.stringMatching(/^Target 0/)],
    ]);
    expect(() => CAPAIAN(kolom([1, 2]), kolom([1, 2]), "atas")).toThrow(/Arah "atas" tidak dikenal/);
    expect(CAPAIAN(kolom([5]), kolom([""]))).toEqual([
      ["Target kosong: isi target untuk menghitung capaian."],
    ]);
  });

  it("over a column answers each row as a single call would (property)", () => {
    const sel = fc.oneof(
      fc.integer({ min: 1, max: 500 }),
      fc.double({ min: 0.01, max: 500, noNaN: true }),
      fc.constantFrom("", "95,23 %", "abc", 0),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sel, sel, fc.constantFrom("NAIK", "TURUN", "")), { minLength: 1, maxLength: 20 }),
        (baris) => {
          const satu = (r: Sel, t: Sel, a: Sel): Sel => {
            try {
              return CAPAIAN(r, t, a);
            } catch (e) {
              return (e as Error).message;
            }
          };
          expect(
            CAPAIAN(
              kolom(baris.map((b) => b[0])),
              kolom(baris.map((b) => b[1])),
              kolom(baris.map((b) => b[2])),
            ),
          ).toEqual(baris.map(([r, t, a]) => [satu(r, t, a)]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("PREDIKAT", () => {
  it("rates on the LKJ scale, Permendagri 86/2017, or the unit's own two-column range", () => {
    expect(PREDIKAT(101.02)).toBe("Sangat Berhasil");
    expect(PREDIKAT(93.54)).toBe("Berhasil");
    expect(PREDIKAT(93.54, "PERMENDAGRI")).toBe("Sangat Tinggi");
    expect(PREDIKAT(50, "permendagri")).toBe("Sangat Rendah");
    expect(PREDIKAT(50.01, "permendagri")).toBe("Rendah");
    const sendiri = [
      [90, "Istimewa"],
      [0, "Biasa"],
    ];
    expect(PREDIKAT(kolom([95, 40, ""]), sendiri)).toEqual([["Istimewa"], ["Biasa"], [""]]);
  });

  it("takes a column of scale names, one per row, when its first column holds no number", () => {
    expect(PREDIKAT(kolom([93.54, 93.54]), kolom(["LKJ", "PERMENDAGRI"]))).toEqual([
      ["Berhasil"],
      ["Sangat Tinggi"],
    ]);
  });
});

describe("REALISASI_TAHUNAN", () => {
  it("rolls each row's quarters up by its agregasi, a blank row blank, a bad row's message in its row", () => {
    expect(
      REALISASI_TAHUNAN(
        [
          [81.25, 89.51, 83.84, 82.14],
          [1, 1, "", ""],
          ["", "", "", ""],
          [40, "empat", 100, ""],
        ],
        kolom(["RATA-RATA", "JUMLAH", "JUMLAH", "TERAKHIR"]),
      ),
    ).toEqual([[84.185], [2], [""], [expect.stringMatching(/^Baris 4, kolom 2 "empat" bukan angka/)]]);
    expect(REALISASI_TAHUNAN([[null, "", 87.28, ""]], "TERAKHIR")).toBe(87.28);
  });

  it("refuses an agregasi range that does not fit the rows", () => {
    expect(() => REALISASI_TAHUNAN([[1], [2], [3]], kolom(["JUMLAH", "JUMLAH"]))).toThrow(
      "Ukuran rentang agregasi (2 baris) tidak cocok dengan nilai_triwulan (3 baris).",
    );
  });
});

describe("IKM, NRR, IKM_REKAP on seed 003's survey (188 respondents, 14 questions, 9 unsur)", () => {
  const hitungan = SKM_LUMAJANG_2021.pertanyaan.map(([, , s]) =>
    hitunganDariJumlah(s, SKM_LUMAJANG_2021.responden),
  );
  const jawaban: Sel[][] = responDariHitungan(hitungan);
  const unsur = [SKM_LUMAJANG_2021.pertanyaan.map(([u]) => u)];

  it("gives the published 87,28 per question and 87,13 per unsur, the open end of A2:N not counted", () => {
    const terbuka = [...jawaban, ...Array.from({ length: 50 }, () => jawaban[0]!.map(() => ""))];
    expect(dua(IKM(terbuka, unsur, "14/2017", "PERTANYAAN"))).toBe(87.28);
    expect(dua(IKM(terbuka, unsur))).toBe(87.13);
  });

  it("NRR gives one row of the nine unsur: Perilaku Pelaksana 646 / 188 = 3,44", () => {
    const nrr = NRR(jawaban, unsur) as number[][];
    expect(nrr[0]).toHaveLength(9);
    expect(dua(nrr[0]![6])).toBe(3.44);
  });

  it("IKM_REKAP from the counts of answers 1-4 gives the same, blank rows skipped with their unsur", () => {
    const baris = [...hitungan.slice(0, 3), ["", "", "", ""], ...hitungan.slice(3)];
    const unsurBaris = [...unsur[0]!.slice(0, 3), "", ...unsur[0]!.slice(3)].map((u) => [u]);
    expect(IKM_REKAP(baris, unsurBaris, "14/2017", "PERTANYAAN")).toBeCloseTo(
      IKM(jawaban, unsur, "", "PERTANYAAN") as number,
      10,
    );
    expect(() => IKM_REKAP([[1, 2, 3]], undefined)).toThrow(
      "jumlah_jawaban harus empat kolom (jumlah jawaban bernilai 1, 2, 3, 4), bukan 3.",
    );
  });
});

it("MUTU_IKM: 87,28 is B (Baik), judged on the value rounded to two decimals", () => {
  expect(MUTU_IKM(87.28)).toBe("B");
  expect(MUTU_IKM(87.28, "LENGKAP")).toBe("B (Baik)");
  expect(MUTU_IKM(kolom([88.305, 88.3049, ""]), "kinerja")).toEqual([["Sangat Baik"], ["Baik"], [""]]);
});

it("KUADRAN_IPA answers in the shape of its kinerja argument, blank pairs blank", () => {
  expect(KUADRAN_IPA(kolom([3.2, 3.6, "", 3.1, 3.5]), kolom([3.8, 3.7, "", 3.2, 3.1]))).toEqual([
    ["I"],
    ["II"],
    [""],
    ["III"],
    ["IV"],
  ]);
  expect(KUADRAN_IPA([[3.2, 3.6, 3.1, 3.5]], [[3.8, 3.7, 3.2, 3.1]])).toEqual([["I", "II", "III", "IV"]]);
  expect(() => KUADRAN_IPA(kolom([3.2, 3.6]), kolom([3.8]))).toThrow(
    "Ukuran rentang kinerja (2 baris × 1 kolom) dan kepentingan (1 baris × 1 kolom) harus sama",
  );
});

it("SAMPEL_SKM by Krejcie & Morgan: 100 -> 80, seed 003's 2.800 -> 338", () => {
  expect(SAMPEL_SKM(100)).toBe(80);
  expect(SAMPEL_SKM(kolom([2800, ""]))).toEqual([[338], [""]]);
});

it("SERAPAN: seed 003's TW III 4.156.201.042 of 6.255.403.861 is 66,44 %; a blank pagu is refused", () => {
  expect(dua(SERAPAN(4_156_201_042, 6_255_403_861))).toBe(66.44);
  expect(SERAPAN(kolom([1, 2]), kolom([2, ""]))).toEqual([
    [50],
    ["Pagu kosong: isi pagu untuk menghitung serapan."],
  ]);
});

it("TERBILANG: seed 004's 551.204.390 in words, in the case asked", () => {
  expect(TERBILANG(551_204_390, "rupiah")).toBe(
    "lima ratus lima puluh satu juta dua ratus empat ribu tiga ratus sembilan puluh rupiah",
  );
  expect(TERBILANG(kolom(["1.000.000", 11]), "", "besar")).toEqual([["SATU JUTA"], ["SEBELAS"]]);
});

it("ANGKA reads numbers as Indonesian users write them", () => {
  expect(ANGKA("Rp 2.104.137.463,00")).toBe(2_104_137_463);
  expect(ANGKA(kolom(["95,23 %", "", "1.455"]))).toEqual([[95.23], [""], [1455]]);
});

// Defect 10 of the attack review: what no input may break.
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

describe("an option that is an object whose toString is not a function", () => {
  it("gets an Indonesian error, not a TypeError", () => {
    const aneh = { toString: 1, valueOf: 2 };
    expect(() => CAPAIAN(90, 100, aneh)).toThrow(/Arah .* tidak dikenal/);
    expect(() => CAPAIAN(90, 100, aneh)).not.toThrow(TypeError);
  });
});

describe("CAPAIAN_TRIWULAN", () => {
  it("a row of four quarters in, a row of four out; a quarter not reported stays blank", () => {
    const out = CAPAIAN_TRIWULAN([[1, 0, 2, ""]], [[1, 1, 1, 1]]) as Sel[][];
    expect(out).toEqual([[100, 50, 100, ""]]);
    expect(CAPAIAN_TRIWULAN([[1, 0, 2, ""]], [[1, 1, 1, 1]], "NILAI AKHIR")).toEqual([[100, 0, 200, ""]]);
  });

  it("a column of rows in, the same shape out, each row by its own jenis and arah", () => {
    const out = CAPAIAN_TRIWULAN(
      [
        ["87,28", "", "", ""],
        [8, 12, "", ""],
        ["", "", "", ""],
        ["x", 1, "", ""],
      ],
      [
        [86.4, 86.4, 86.4, 86.4],
        [10, 10, 10, 10],
        [1, 1, 1, 1],
        [1, 1, 1, 1],
      ],
      [["NILAI AKHIR"], ["KUMULATIF"], [""], ["NILAI AKHIR"]],
      [["NAIK"], ["TURUN"], [""], ["NAIK"]],
      "T/R",
    ) as Sel[][];
    expect(dua(out[0]![0])).toBe(101.02);
    expect(out[0]!.slice(1)).toEqual(["", "", ""]);
    // Kumulatif turun by T/R: 20 / 20 at TW II, 10 / 8 at TW I.
    expect(out[1]).toEqual([125, 100, "", ""]);
    expect(out[2]).toEqual(["", "", "", ""]);
    expect(out[3]![0]).toMatch(/^Realisasi TW I "x" bukan angka/);
    expect(out[3]![1]).toBe(100);
  });

  it("a kumulatif quarter after an unreadable one carries its message; a missing target is named", () => {
    const out = CAPAIAN_TRIWULAN([["x", 1, 1, ""]], [[1, 1, "", ""]]) as Sel[][];
    expect(out[0]![1]).toMatch(/^TW II: Realisasi TW I/);
    // A bad later cell spoils neither an earlier kumulatif quarter nor another nilai-akhir one.
    expect(CAPAIAN_TRIWULAN([[1, 1, "x"]], [[1, 1, 1]])).toEqual([
      [100, 100, expect.stringMatching(/^Realisasi TW III "x"/)],
    ]);
    expect(CAPAIAN_TRIWULAN([["x", 1]], [[1, 1]], "NILAI AKHIR")).toEqual([
      [expect.stringMatching(/^Realisasi TW I/), 100],
    ]);
    expect(CAPAIAN_TRIWULAN([[1, 1]], [[1, ""]], "NILAI AKHIR")).toEqual([
      [100, expect.stringMatching(/^Target TW II kosong/)],
    ]);
  });

  it("refuses shapes it cannot read and a bad word given once, in Indonesian", () => {
    expect(() => CAPAIAN_TRIWULAN([[1, 2, 3, 4, 5]], [[1, 2, 3, 4, 5]])).toThrow(/paling banyak empat/);
    expect(() => CAPAIAN_TRIWULAN([[1, 2]], [[1, 2, 3]])).toThrow(/tidak cocok/);
    expect(() => CAPAIAN_TRIWULAN([[1]], [[1]], "rata")).toThrow(/Jenis capaian "rata" tidak dikenal/);
    expect(() => CAPAIAN_TRIWULAN([[1], [2]], [[1], [2]], [["NAIK"], ["NAIK"], ["NAIK"]])).toThrow(/jenis/);
  });
});
