// The custom functions, called as Sheets calls them: scalars, or 2D ranges with a column out.
// Figures from the seeds; the bundle test (test/bundle.test.ts) checks the same functions load
// and answer inside Apps Script's global scope.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SKM_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { hitunganDariJumlah, responDariHitungan } from "../../src/contoh/responden";
import {
  ANGKA,
  CAPAIAN,
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
    "Jumlah nilai kinerja (2) dan kepentingan (1) harus sama.",
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
