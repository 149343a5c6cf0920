import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hitungSkorLke,
  jawabanSesuaiJenis,
  KOMPONEN_LKE,
  nilaiAkhir,
  nilaiJawaban,
  parseJenisJawaban,
  parseSkalaLke,
  predikatBagian,
  predikatSakip,
  SKALA_LKE_AD,
  skalaLkeDari,
} from "../../src/core/lke";

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

describe("the LKE scale", () => {
  it("gives the issue's defaults and the A-D preset", () => {
    expect(["Y", "T", "A", "B", "C", "D", "E"].map((j) => nilaiJawaban(j))).toEqual([
      1, 0, 1, 0.75, 0.5, 0.25, 0,
    ]);
    expect(["A", "B", "C", "D"].map((j) => nilaiJawaban(j, parseSkalaLke("A-D")))).toEqual([
      1, 0.67, 0.33, 0,
    ]);
    expect(nilaiJawaban(" ya ")).toBe(1);
    expect(nilaiJawaban("tidak")).toBe(0);
    expect(nilaiJawaban("b")).toBe(0.75);
  });
  it("refuses an answer outside the scale, naming the choices", () => {
    expect(() => nilaiJawaban("E", SKALA_LKE_AD)).toThrow(
      'Jawaban "E" tidak ada di skala (pilihan: Y, T, A, B, C, D).',
    );
    expect(() => parseSkalaLke("A-F")).toThrow(/Skala LKE "A-F" tidak dikenal/);
  });
  it("reads a unit's own scale under a header, refusing values outside 0-1 and repeats", () => {
    const s = skalaLkeDari([
      ["Jawaban", "Nilai"],
      ["Y", 1],
      ["T", "0"],
      ["A", "0,9"],
      ["", ""],
    ]);
    expect([...s]).toEqual([
      ["Y", 1],
      ["T", 0],
      ["A", 0.9],
    ]);
    expect(() => skalaLkeDari([["A", 2]])).toThrow("Skala LKE baris 1: nilai 2 di luar 0 sampai 1.");
    expect(() =>
      skalaLkeDari([
        ["A", 1],
        ["a", 0.5],
      ]),
    ).toThrow('Skala LKE: jawaban "A" tertulis dua kali.');
  });
  it('treats a cell of spaces in a unit\'s scale as blank, never as the value 0 or the answer ""', () => {
    // Number(" ".trim()) is 0: a value cell holding a space would silently give its answer 0.
    expect(() => skalaLkeDari([["Y", " "]])).toThrow("Skala LKE baris 1: isi jawaban dan nilainya");
    // An answer cell of spaces would become the answer "", matching any non-text answer.
    expect(() => skalaLkeDari([["  ", 1]])).toThrow("Skala LKE baris 1: isi jawaban dan nilainya");
    expect([
      ...skalaLkeDari([
        ["Y", 1],
        [" ", " "],
      ]),
    ]).toEqual([["Y", 1]]);
  });
  it("tells an answer that does not fit its criterion's kind", () => {
    expect(jawabanSesuaiJenis("Y", "Y/T")).toBe(true);
    expect(jawabanSesuaiJenis("B", "Y/T")).toBe(false);
    expect(jawabanSesuaiJenis("E", "A-D")).toBe(false);
    expect(parseJenisJawaban("a/e")).toBe("A-E");
    expect(parseJenisJawaban("Y-T")).toBe("Y/T");
  });
});

describe("the weights of PermenPANRB 88/2021", () => {
  it("sum to 100, each component split 20/30/50", () => {
    expect(KOMPONEN_LKE.map((k) => k.bobot)).toEqual([30, 30, 15, 25]);
    expect(KOMPONEN_LKE.reduce((a, k) => a + k.bobot, 0)).toBe(100);
    for (const k of KOMPONEN_LKE) {
      expect(k.sub.map((s) => s.bobot)).toEqual([0.2, 0.3, 0.5].map((f) => f * k.bobot));
    }
  });
});

describe("hitungSkorLke", () => {
  const kr = (
    komponen: string,
    subKomponen: string,
    bobot: number,
    mandiri: number | null,
    evaluator: number | null = null,
  ) => ({
    komponen,
    subKomponen,
    bobot,
    mandiri,
    evaluator,
  });
  it("scores a sub-component as the mean of its values x its weight, summing upwards", () => {
    const s = hitungSkorLke([
      kr("Perencanaan Kinerja", "Pemenuhan", 6, 1),
      kr("Perencanaan Kinerja", "Pemenuhan", 6, 0),
      kr("Perencanaan Kinerja", "Kualitas", 9, 0.75),
      kr("Pelaporan Kinerja", "Pemenuhan", 3, null),
      kr("pelaporan kinerja", "Kualitas", 4.5, 0.5),
    ]);
    expect(s.komponen.map((k) => [k.nama, k.bobot, k.mandiri])).toEqual([
      ["Perencanaan Kinerja", 15, 3 + 6.75],
      ["Pelaporan Kinerja", 7.5, 2.25],
    ]);
    expect(s.komponen[0]!.sub.map((x) => x.mandiri)).toEqual([3, 6.75]);
    expect(s.total.mandiri).toBe(12);
    expect(s.total.evaluator).toBeNull();
    expect(s.adaEvaluator).toBe(false);
  });
  it("gives the evaluator's score once any evaluator answer exists, the unit's value where not re-graded", () => {
    const s = hitungSkorLke([kr("P", "Pemenuhan", 6, 1, 0.5), kr("P", "Pemenuhan", 6, 1, null)]);
    expect(s.total.mandiri).toBe(6);
    expect(s.total.evaluator).toBe(4.5);
    expect(nilaiAkhir(s.total)).toBe(4.5);
    expect(predikatBagian(s.komponen[0]!)).toEqual({ kode: "BB", nama: "Sangat Baik" }); // 4,5 of 6 = 75 %
  });
  it("gives full marks 100 and AA when every criterion is fully met", () => {
    const semua = KOMPONEN_LKE.flatMap((k) => k.sub.map((s) => kr(k.nama, s.nama, s.bobot, 1)));
    const s = hitungSkorLke(semua);
    expect(s.total.bobot).toBe(100);
    expect(s.total.mandiri).toBe(100);
    expect(predikatSakip(s.total.mandiri).kode).toBe("AA");
  });
});
