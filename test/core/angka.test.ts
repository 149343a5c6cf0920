import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cobaParseAngka, isKosong, parseAngka } from "../../src/core/angka";
import { formatAngka, formatPersen, formatRupiah } from "../../src/core/format";
import { bulatkan } from "../../src/core/pembulatan";

/** Both zeros compare equal here: "-0,00" is never printed, so -0 cannot come back. */
const tanpaNolNegatif = (n: number): number => (n === 0 ? 0 : n);

/** Words that mark our messages as Indonesian, one of which every parseAngka error carries. */
const KATA_INDONESIA = /bukan angka|kosong|terlalu besar|galat|beberapa sel/;

describe("isKosong", () => {
  it("treats what Sheets passes for a blank cell as blank", () => {
    expect(isKosong("")).toBe(true);
    expect(isKosong(null)).toBe(true);
    expect(isKosong(undefined)).toBe(true);
    expect(isKosong("   ")).toBe(true);
    expect(isKosong("\u00a0\t\n")).toBe(true);
  });

  it("does not treat zero, false or a dash as blank", () => {
    expect(isKosong(0)).toBe(false);
    expect(isKosong(false)).toBe(false);
    expect(isKosong("-")).toBe(false);
    expect(isKosong("0")).toBe(false);
  });
});

describe("parseAngka: seed figures", () => {
  it.each([
    // seed 003, realisasi triwulan III 2021 and PK budget total
    ["4.156.201.042", 4156201042],
    ["6.255.403.861", 6255403861],
    ["6.420.166.069", 6420166069],
    ["Rp. 6.420.166.069,-", 6420166069],
    ["Rp. 6.183.035.351,-", 6183035351],
    ["Rp.9.567.977.199,-", 9567977199],
    ["Rp. 73.246.000,-", 73246000],
    ["Rp. 2.486.022.481", 2486022481],
    // seed 004, RKA masukan
    ["Rp. 551.204.390,00", 551204390],
    ["Rp. 79.605.750,00", 79605750],
    ["Rp 2.104.137.463,00", 2104137463],
    ["Rp6.000", 6000],
    // seed 003 / 001 capaian
    ["96,07 %", 96.07],
    ["96,07%", 96.07],
    ["120,09%", 120.09],
    ["95,23", 95.23],
    ["95,23%", 95.23],
    ["100 %", 100],
    ["86.32%", 86.32],
    ["1.455", 1455],
    // seed 002, evaluasi Renja (English-locale Excel)
    ["1,814,088,000", 1814088000],
    ["342,181,137.68", 342181137.68],
    ["315,929,900.00", 315929900],
    ["99.34 %", 99.34],
    ["41.59 %", 41.59],
    ["66,779,395", 66779395],
  ])("%s -> %d", (teks, nilai) => {
    expect(parseAngka(teks)).toBe(nilai);
  });

  it("reads a lone dash as nil, as the seeds' budget tables write sisa 0", () => {
    expect(parseAngka("-")).toBe(0);
    expect(parseAngka("–")).toBe(0);
    expect(parseAngka("—")).toBe(0);
    expect(parseAngka(" - ")).toBe(0);
    expect(parseAngka("Rp -")).toBe(0);
    expect(parseAngka("Rp. -")).toBe(0);
  });

  it("adds the seed 003 budget rows up to the printed total", () => {
    // PLAFON - REALISASI = SISA in the TOTAL row of Tabel realisasi Triwulan III 2021
    expect(parseAngka("6.255.403.861") - parseAngka("4.156.201.042")).toBe(parseAngka("2.099.202.819"));
  });
});

describe("parseAngka: separators", () => {
  it.each([
    ["1.234.567,89", 1234567.89],
    ["1.234.567", 1234567],
    ["1.234", 1234],
    ["1,500", 1.5],
    ["1,234.56", 1234.56],
    ["1.234,5", 1234.5],
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    ["1234,567", 1234.567],
    ["12", 12],
    ["007", 7],
    ["1 234 567", 1234567],
    ["1 234 567,89", 1234567.89],
    ["1\u00a0234\u00a0567", 1234567],
    ["1\u202f234,5", 1234.5],
    ["  95,23\u00a0%  ", 95.23],
    ["IDR 5.000", 5000],
    ["rp 5.000", 5000],
    ["RP. 5.000,--", 5000],
    ["Rp 50.000.-", 50000],
    ["+5", 5],
  ])("%s -> %d", (teks, nilai) => {
    expect(parseAngka(teks)).toBe(nilai);
  });

  it.each([
    ["-5", -5],
    ["\u22125", -5],
    ["- 1.234,5", -1234.5],
    ["(1.234)", -1234],
    ["(Rp 1.234)", -1234],
    ["Rp (1.234)", -1234],
    ["-Rp 5.000", -5000],
    ["Rp -5.000", -5000],
    ["-12,5 %", -12.5],
  ])("negative %s -> %d", (teks, nilai) => {
    expect(parseAngka(teks)).toBe(nilai);
  });

  it.each([
    "1.23.4",
    "1,2,3,4.5.6",
    "1.234,56,7",
    "1,234.567.8",
    "12abc",
    "abc",
    "1..234",
    "1.234.",
    ",5",
    "1,5,-",
    "1.5,-",
    "--5",
    "-(5)",
    "1 23",
    "1  2345",
    "Rp 5 %",
    "1e5",
    "Infinity",
    "NaN",
    "5 5 5 5,5,5",
  ])("rejects %s", (teks) => {
    expect(() => parseAngka(teks)).toThrow(/bukan angka yang dapat dibaca/);
    expect(cobaParseAngka(teks)).toBeNull();
  });

  it("names the field and the text in the message", () => {
    expect(() => parseAngka("abc", "target")).toThrow(
      'Target "abc" bukan angka yang dapat dibaca. Tulis angka seperti 1.234.567,89 atau 95,23 %.',
    );
    expect(() => parseAngka("12abc")).toThrow(
      '"12abc" bukan angka yang dapat dibaca. Tulis angka seperti 1.234.567,89 atau 95,23 %.',
    );
  });

  it("rejects text too large for a number", () => {
    expect(() => parseAngka("9".repeat(400), "realisasi")).toThrow(/^Realisasi ".*" terlalu besar/);
  });

  it("says when a cell holds an error from another cell", () => {
    expect(() => parseAngka("#DIV/0!", "capaian")).toThrow("Capaian berisi galat #DIV/0! dari sel lain");
    expect(() => parseAngka("#N/A")).toThrow(/galat #N\/A/);
  });
});

describe("parseAngka: values other than text", () => {
  it("passes finite numbers through", () => {
    expect(parseAngka(95.23)).toBe(95.23);
    expect(parseAngka(-4156201042)).toBe(-4156201042);
    expect(Object.is(parseAngka(-0), 0)).toBe(true);
  });

  it("rejects non-finite numbers", () => {
    expect(() => parseAngka(Number.NaN, "target")).toThrow("Target berisi NaN");
    expect(() => parseAngka(Number.POSITIVE_INFINITY)).toThrow(/bukan angka yang terhingga/);
  });

  it("rejects blank with a 'kosong' message", () => {
    expect(() => parseAngka("", "realisasi")).toThrow("Realisasi kosong.");
    expect(() => parseAngka(null)).toThrow("Nilai kosong.");
    expect(() => parseAngka("  ")).toThrow(/kosong/);
    expect(cobaParseAngka("")).toBeNull();
  });

  it("rejects checkboxes and dates: they are not numbers to the user", () => {
    expect(() => parseAngka(true, "target")).toThrow("Target berisi nilai benar/salah (TRUE), bukan angka.");
    expect(() => parseAngka(false)).toThrow(/FALSE/);
    expect(() => parseAngka(new Date(2024, 0, 31), "target")).toThrow(
      "Target berisi tanggal 31 Januari 2024, bukan angka.",
    );
    expect(() => parseAngka(new Date(Number.NaN))).toThrow(/tanggal yang tidak sah/);
    expect(cobaParseAngka(true)).toBeNull();
    expect(cobaParseAngka(new Date(2024, 0, 31))).toBeNull();
  });

  it("rejects a range and other objects", () => {
    expect(() => parseAngka([[1, 2]], "target")).toThrow("Target berisi beberapa sel sekaligus");
    expect(() => parseAngka({})).toThrow("Nilai bukan angka (jenis nilai: objek).");
    expect(() => parseAngka(Object.create(null))).toThrow(/objek/);
    expect(() => parseAngka(10n)).toThrow(/bigint/);
  });

  it("cobaParseAngka reads what parseAngka reads", () => {
    expect(cobaParseAngka("Rp. 6.420.166.069,-")).toBe(6420166069);
    expect(cobaParseAngka(12)).toBe(12);
    expect(cobaParseAngka("-")).toBe(0);
  });
});

describe("properties", () => {
  // Amounts to the cent and arbitrary doubles, within the ±1e12 of kecamatan budgets and beyond.
  const nilai = fc.oneof(
    fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }).map((sen) => sen / 100),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
  );

  it("parseAngka(formatAngka(x, 2)) === bulatkan(x, 2)", () => {
    fc.assert(
      fc.property(nilai, (x) => {
        expect(parseAngka(formatAngka(x, 2))).toBe(tanpaNolNegatif(bulatkan(x, 2)));
      }),
      { numRuns: 6000 },
    );
  });

  it("parseAngka(formatAngka(x, d)) === bulatkan(x, d) for other numbers of decimals", () => {
    fc.assert(
      fc.property(nilai, fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(parseAngka(formatAngka(x, d))).toBe(tanpaNolNegatif(bulatkan(x, d)));
      }),
      { numRuns: 2000 },
    );
  });

  it("parseAngka(formatPersen(x)) === bulatkan(x, 2)", () => {
    fc.assert(
      fc.property(nilai, (x) => {
        expect(parseAngka(formatPersen(x))).toBe(tanpaNolNegatif(bulatkan(x, 2)));
      }),
      { numRuns: 3000 },
    );
  });

  it("parseAngka(formatRupiah(x, d)) === bulatkan(x, d) for d = 0 and 2", () => {
    fc.assert(
      fc.property(nilai, fc.constantFrom(0, 2), (x, d) => {
        expect(parseAngka(formatRupiah(x, d))).toBe(tanpaNolNegatif(bulatkan(x, d)));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads integers grouped the English way (two or more commas) as thousands", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const english = String(n).replace(/\B(?=(\d{3})+$)/g, ",");
        expect(parseAngka(english)).toBe(n);
        expect(parseAngka(english.replace(/,/g, " "))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it("cobaParseAngka never throws", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }), (v) => {
        const hasil = cobaParseAngka(v);
        expect(hasil === null || Number.isFinite(hasil)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  // Strings built from the characters that matter, so most runs reach the separator logic.
  const teksMirip = fc.string({
    unit: fc.constantFrom(..."0123456789.,.,-%() Rp\u00a0abc+−–"),
    maxLength: 16,
  });

  it("parseAngka on any string returns a finite number or throws an Indonesian Error", () => {
    fc.assert(
      fc.property(fc.oneof(teksMirip, fc.string()), (teks) => {
        let hasil: number | undefined;
        let galat: unknown;
        try {
          hasil = parseAngka(teks);
        } catch (e) {
          galat = e;
        }
        if (galat === undefined) {
          expect(Number.isFinite(hasil)).toBe(true);
        } else {
          expect(galat).toBeInstanceOf(Error);
          expect(galat).not.toBeInstanceOf(TypeError);
          expect((galat as Error).message).toMatch(KATA_INDONESIA);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("cobaParseAngka agrees with parseAngka", () => {
    fc.assert(
      fc.property(teksMirip, (teks) => {
        let diharapkan: number | null;
        try {
          diharapkan = parseAngka(teks);
        } catch {
          diharapkan = null;
        }
        expect(cobaParseAngka(teks)).toBe(diharapkan);
      }),
      { numRuns: 1000 },
    );
  });
});
