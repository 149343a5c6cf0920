import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bulatkan } from "../../src/core/pembulatan";
import { bacaTerbilang, parseBentukHuruf, terbilang } from "../../src/core/terbilang";

// ---------------------------------------------------------------------------------------------
// The test's own words-to-number reader. Deliberately built differently from bacaTerbilang
// (additive with back-correction, BigInt, returning a decimal string, no grammar checks) so the
// two cannot share a bug. Its result is compared as text with an independently made expected string.

const SATUAN: Record<string, bigint> = {
  satu: 1n,
  dua: 2n,
  tiga: 3n,
  empat: 4n,
  lima: 5n,
  enam: 6n,
  tujuh: 7n,
  delapan: 8n,
  sembilan: 9n,
};
const DIGIT_DESIMAL = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const PANGKAT: Record<string, bigint> = {
  ribu: 1000n,
  juta: 10n ** 6n,
  miliar: 10n ** 9n,
  triliun: 10n ** 12n,
};

function bacaMandiri(teks: string): string {
  let kata = teks
    .toLowerCase()
    .split(" ")
    .filter((k) => k !== "");
  if (kata[kata.length - 1] === "rupiah") kata = kata.slice(0, -1);
  let tanda = "";
  if (kata[0] === "minus") {
    tanda = "-";
    kata = kata.slice(1);
  }
  const iKoma = kata.indexOf("koma");
  const kataBulat = iKoma < 0 ? kata : kata.slice(0, iKoma);
  const kataDesimal = iKoma < 0 ? [] : kata.slice(iKoma + 1);

  let total = 0n;
  let bagian = 0n;
  let satuanTerakhir = 0n;
  for (const k of kataBulat) {
    if (k === "nol") continue;
    const s = SATUAN[k];
    if (s !== undefined) {
      bagian += s;
      satuanTerakhir = s;
    } else if (k === "sepuluh") bagian += 10n;
    else if (k === "sebelas") bagian += 11n;
    else if (k === "seratus") bagian += 100n;
    else if (k === "belas") bagian += 10n;
    else if (k === "puluh") bagian += satuanTerakhir * 9n;
    else if (k === "ratus") bagian += satuanTerakhir * 99n;
    else if (k === "seribu") total += 1000n;
    else if (PANGKAT[k] !== undefined) {
      total += bagian * PANGKAT[k];
      bagian = 0n;
    } else throw new Error(`test reader: unknown word ${k}`);
  }
  total += bagian;
  const desimal = kataDesimal
    .map((k) => {
      const i = DIGIT_DESIMAL.indexOf(k);
      if (i < 0) throw new Error(`test reader: not a digit ${k}`);
      return String(i);
    })
    .join("");
  return tanda + String(total) + (desimal === "" ? "" : `.${desimal}`);
}

/** Spelling rules the output must keep: se- below juta, "satu" from juta up, KBBI "miliar", "nol" alone. */
function pelanggaranEjaan(teks: string): string[] {
  const salah: string[] = [];
  if (/\s{2}|^\s|\s$/.test(teks)) salah.push("spasi");
  if (/\bsatu (ratus|puluh|belas)\b/.test(teks)) salah.push("satu ratus/puluh/belas");
  // "dua puluh satu ribu" is right; only a thousands group that is exactly one must be "seribu".
  if (/(^|\b(minus|juta|miliar|triliun) )satu ribu\b/.test(teks)) salah.push("satu ribu");
  if (/\b(sejuta|semiliar|setriliun|milyar)\b/.test(teks)) salah.push("sejuta/milyar");
  const bulat = teks.split(" koma ")[0]!.replace(/^minus /, "");
  if (/\bnol\b/.test(bulat) && bulat !== "nol") salah.push("nol di tengah");
  if (/^minus nol$/.test(teks)) salah.push("minus nol");
  return salah;
}

// Seed 004 (RKA-SKPD Kec. Lumajang): amount and its printed terbilang, exactly as in the seed.
const SEED_004_BENAR = [
  "479.077.000,00 (EMPAT RATUS TUJUH PULUH SEMBILAN JUTA TUJUH PULUH TUJUH RIBU RUPIAH)",
  "551.204.390,00 (LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH)",
  "606.324.829,00 (ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH)",
  "200.590.000,00 (DUA RATUS JUTA LIMA RATUS SEMBILAN PULUH RIBU RUPIAH)",
  "164.532.720,00 (SERATUS ENAM PULUH EMPAT JUTA LIMA RATUS TIGA PULUH DUA RIBU TUJUH RATUS DUA PULUH RUPIAH)",
  "97.140.000,00 (SEMBILAN PULUH TUJUH JUTA SERATUS EMPAT PULUH RIBU RUPIAH)",
  "73.246.000,00 (TUJUH PULUH TIGA JUTA DUA RATUS EMPAT PULUH ENAM RIBU RUPIAH)",
  "80.570.600,00 (DELAPAN PULUH JUTA LIMA RATUS TUJUH PULUH RIBU ENAM RATUS RUPIAH)",
  "1.000.000,00 (SATU JUTA RUPIAH)",
  "5.300.000,00 (LIMA JUTA TIGA RATUS RIBU RUPIAH)",
  "5.830.000,00 (LIMA JUTA DELAPAN RATUS TIGA PULUH RIBU RUPIAH)",
  "3.000.000,00 (TIGA JUTA RUPIAH)",
  "1.796.000,00 (SATU JUTA TUJUH RATUS SEMBILAN PULUH ENAM RIBU RUPIAH)",
  "1.975.600,00 (SATU JUTA SEMBILAN RATUS TUJUH PULUH LIMA RIBU ENAM RATUS RUPIAH)",
  "8.816.000,00 (DELAPAN JUTA DELAPAN RATUS ENAM BELAS RIBU RUPIAH)",
  "8.376.000,00 (DELAPAN JUTA TIGA RATUS TUJUH PULUH ENAM RIBU RUPIAH)",
  "9.213.600,00 (SEMBILAN JUTA DUA RATUS TIGA BELAS RIBU ENAM RATUS RUPIAH)",
  "154.050.000,00 (SERATUS LIMA PULUH EMPAT JUTA LIMA PULUH RIBU RUPIAH)",
  "148.900.000,00 (SERATUS EMPAT PULUH DELAPAN JUTA SEMBILAN RATUS RIBU RUPIAH)",
  "163.790.000,00 (SERATUS ENAM PULUH TIGA JUTA TUJUH RATUS SEMBILAN PULUH RIBU RUPIAH)",
  "32 500 000,00 (TIGA PULUH DUA JUTA LIMA RATUS RIBU RUPIAH)",
  "22 300 000,00 (DUA PULUH DUA JUTA TIGA RATUS RIBU RUPIAH)",
  "24 530 000,00 (DUA PULUH EMPAT JUTA LIMA RATUS TIGA PULUH RIBU RUPIAH)",
  "94.325.000,00 (SEMBILAN PULUH EMPAT JUTA TIGA RATUS DUA PULUH LIMA RIBU RUPIAH)",
  "120.877.500,00 (SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH)",
  "132.965.250,00 (SERATUS TIGA PULUH DUA JUTA SEMBILAN RATUS ENAM PULUH LIMA RIBU DUA RATUS LIMA PULUH RUPIAH)",
  "11.682.000,00 (SEBELAS JUTA ENAM RATUS DELAPAN PULUH DUA RIBU RUPIAH)",
  "8.847.000,00 (DELAPAN JUTA DELAPAN RATUS EMPAT PULUH TUJUH RIBU RUPIAH)",
  "48.636.000,00 (EMPAT PULUH DELAPAN JUTA ENAM RATUS TIGA PULUH ENAM RIBU RUPIAH)",
  "87.566.325,00 (DELAPAN PULUH TUJUH JUTA LIMA RATUS ENAM PULUH ENAM RIBU TIGA RATUS DUA PULUH LIMA RUPIAH)",
];

function pisahSeed(baris: string): { angka: number; teks: string } {
  const m = /^([\d. ]+),00 \((.+)\)$/.exec(baris);
  if (!m) throw new Error(`bad seed line ${baris}`);
  return { angka: Number(m[1]!.replace(/[. ]/g, "")), teks: m[2]! };
}

// Seed 004's typo lines: the amount, the text as printed, the unknown/misplaced word, and the right text.
const SEED_004_SALAH = [
  {
    angka: 149575200,
    tercetak: "SERATUS EMPAT PULUH SERMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH",
    pesan: 'Kata tidak dikenal dalam terbilang: "sermbilan".',
    benar: "SERATUS EMPAT PULUH SEMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH",
  },
  {
    angka: 9731700,
    tercetak: "SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH",
    pesan: 'Kata tidak dikenal dalam terbilang: "saturibu".',
    benar: "SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATU RIBU TUJUH RATUS RUPIAH",
  },
  {
    angka: 79605750,
    tercetak: "TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS",
    pesan: "tujuh ratus lima ratus",
    benar: "TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA PULUH RUPIAH",
  },
];

const KASUS_TETAP: [number, string][] = [
  [0, "nol"],
  [1, "satu"],
  [2, "dua"],
  [9, "sembilan"],
  [10, "sepuluh"],
  [11, "sebelas"],
  [12, "dua belas"],
  [13, "tiga belas"],
  [14, "empat belas"],
  [15, "lima belas"],
  [16, "enam belas"],
  [17, "tujuh belas"],
  [18, "delapan belas"],
  [19, "sembilan belas"],
  [20, "dua puluh"],
  [21, "dua puluh satu"],
  [99, "sembilan puluh sembilan"],
  [100, "seratus"],
  [101, "seratus satu"],
  [110, "seratus sepuluh"],
  [111, "seratus sebelas"],
  [119, "seratus sembilan belas"],
  [200, "dua ratus"],
  [999, "sembilan ratus sembilan puluh sembilan"],
  [1000, "seribu"],
  [1001, "seribu satu"],
  [1010, "seribu sepuluh"],
  [1011, "seribu sebelas"],
  [1100, "seribu seratus"],
  [1111, "seribu seratus sebelas"],
  [2000, "dua ribu"],
  [10000, "sepuluh ribu"],
  [11000, "sebelas ribu"],
  [21000, "dua puluh satu ribu"],
  [100000, "seratus ribu"],
  [101000, "seratus satu ribu"],
  [201000, "dua ratus satu ribu"],
  [999999, "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"],
  [1000000, "satu juta"],
  [1000001, "satu juta satu"],
  [1001000, "satu juta seribu"],
  [1100000, "satu juta seratus ribu"],
  [10000000, "sepuluh juta"],
  [100000000, "seratus juta"],
  [
    999999999,
    "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
  ],
  [1000000000, "satu miliar"],
  [1000001000, "satu miliar seribu"],
  [11000000000, "sebelas miliar"],
  [1000000000000, "satu triliun"],
  [1000000001000, "satu triliun seribu"],
  [1001001001001, "satu triliun satu miliar satu juta seribu satu"],
  [100000000000000, "seratus triliun"],
  [
    999999999999999,
    "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar " +
      "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu " +
      "sembilan ratus sembilan puluh sembilan",
  ],
  [-1, "minus satu"],
  [-1000, "minus seribu"],
  [-551204390, "minus lima ratus lima puluh satu juta dua ratus empat ribu tiga ratus sembilan puluh"],
  [1.25, "satu koma dua lima"],
  [0.05, "nol koma nol lima"],
  [0.5, "nol koma lima"],
  [1.5, "satu koma lima"],
  [10.1, "sepuluh koma satu"],
  [84.19, "delapan puluh empat koma satu sembilan"],
  [101.02, "seratus satu koma nol dua"],
  [-0.75, "minus nol koma tujuh lima"],
  [1000.001, "seribu koma nol nol satu"],
  [
    0.123456789012345,
    "nol koma satu dua tiga empat lima enam tujuh delapan sembilan nol satu dua tiga empat lima",
  ],
  [1e-7, "nol koma nol nol nol nol nol nol satu"],
];

describe("terbilang: fixed cases", () => {
  it.each(KASUS_TETAP)("%s -> %s", (angka, teks) => {
    expect(terbilang(angka)).toBe(teks);
    expect(bacaTerbilang(teks)).toBe(angka);
  });

  it("reads -0 as nol, never minus nol", () => {
    expect(terbilang(-0)).toBe("nol");
    expect(Object.is(bacaTerbilang("minus nol"), 0)).toBe(true);
  });

  it("does not read trailing zeros of the decimal (1,50 is satu koma lima)", () => {
    expect(terbilang(1.5)).toBe("satu koma lima");
    expect(terbilang(2.0)).toBe("dua");
    expect(terbilang(120.1)).toBe("seratus dua puluh koma satu");
  });

  it.each(SEED_004_BENAR.map(pisahSeed))("seed 004: $angka as RKA prints it", ({ angka, teks }) => {
    expect(terbilang(angka, { akhiran: "rupiah", huruf: "besar" })).toBe(teks);
    expect(bacaTerbilang(teks)).toBe(angka);
    expect(bacaTerbilang(`(${teks})`)).toBe(angka);
  });

  it("seed 004: prakiraan maju 606.324.829 in lower and title case", () => {
    expect(terbilang(606324829, { akhiran: "rupiah" })).toBe(
      "enam ratus enam juta tiga ratus dua puluh empat ribu delapan ratus dua puluh sembilan rupiah",
    );
    expect(terbilang(551204390, { akhiran: "rupiah", huruf: "judul" })).toBe(
      "Lima Ratus Lima Puluh Satu Juta Dua Ratus Empat Ribu Tiga Ratus Sembilan Puluh Rupiah",
    );
  });

  it.each(SEED_004_SALAH)("seed 004 typo for $angka is rejected and corrected", ({
    angka,
    tercetak,
    pesan,
    benar,
  }) => {
    expect(() => bacaTerbilang(tercetak)).toThrow(pesan);
    expect(terbilang(angka, { akhiran: "rupiah", huruf: "besar" })).toBe(benar);
  });

  it("applies the akhiran after one space, trimmed, and the huruf to it too", () => {
    expect(terbilang(1000, { akhiran: "rupiah" })).toBe("seribu rupiah");
    expect(terbilang(1000, { akhiran: "  Rupiah  " })).toBe("seribu rupiah");
    expect(terbilang(1000, { akhiran: "" })).toBe("seribu");
    expect(terbilang(1000, { akhiran: "   " })).toBe("seribu");
    expect(terbilang(2.5, { akhiran: "persen", huruf: "BESAR" })).toBe("DUA KOMA LIMA PERSEN");
    expect(terbilang(-1100, { akhiran: "rupiah", huruf: "Judul" })).toBe("Minus Seribu Seratus Rupiah");
    expect(terbilang(0, { huruf: "" })).toBe("nol");
  });
});

/** The amount terbilang must spell: 15 significant digits, and for rupiah the sen (2 decimals). */
function diBulatkan(x: number, rupiah: boolean): number {
  const lima15 = Number(x.toPrecision(15));
  const hasil = rupiah ? bulatkan(lima15, 2) : lima15;
  return hasil === 0 ? 0 : hasil;
}

/** The significant digits a terbilang text spells, "seratus koma nol lima" -> "10005" less the zeros around. */
function angkaTertulis(teks: string): string {
  const angka = bacaMandiri(teks).replace(/^-/, "").replace(".", "");
  return angka.replace(/^0+/, "").replace(/0+$/, "");
}

describe("terbilang: binary float noise is not spelt (defect 10)", () => {
  it("10,1 x 3 is tiga puluh koma tiga, not fifteen decimal digits", () => {
    expect(10.1 * 3).toBe(30.299999999999997);
    expect(terbilang(10.1 * 3)).toBe("tiga puluh koma tiga");
    expect(terbilang(0.1 + 0.2)).toBe("nol koma tiga");
    expect(terbilang(-(0.1 + 0.2), { akhiran: "rupiah" })).toBe("minus nol koma tiga rupiah");
    expect(terbilang(1.1 * 1.1)).toBe("satu koma dua satu");
  });

  it("keeps 15 significant digits, the most a double holds for every amount", () => {
    expect(terbilang(123456.123456789)).toBe(
      "seratus dua puluh tiga ribu empat ratus lima puluh enam koma satu dua tiga empat lima enam tujuh delapan sembilan",
    );
    expect(terbilang(0.1234567890123456)).toBe(
      "nol koma satu dua tiga empat lima enam tujuh delapan sembilan nol satu dua tiga empat enam",
    );
    expect(terbilang(1e-7)).toBe("nol koma nol nol nol nol nol nol satu");
  });

  it("rounds an amount in rupiah to the sen, half away from zero as written (1,005 -> 1,01)", () => {
    expect(terbilang(1234.567, { akhiran: "rupiah" })).toBe(
      "seribu dua ratus tiga puluh empat koma lima tujuh rupiah",
    );
    expect(terbilang(1.005, { akhiran: "Rupiah" })).toBe("satu koma nol satu rupiah");
    expect(terbilang(-2.675, { akhiran: "rupiah", huruf: "besar" })).toBe(
      "MINUS DUA KOMA ENAM DELAPAN RUPIAH",
    );
    expect(terbilang(0.004, { akhiran: "rupiah" })).toBe("nol rupiah");
    expect(terbilang(-0.004, { akhiran: "rupiah" })).toBe("nol rupiah");
    expect(terbilang(551204390.0000001, { akhiran: "rupiah" })).toBe(
      "lima ratus lima puluh satu juta dua ratus empat ribu tiga ratus sembilan puluh rupiah",
    );
    // Not rupiah: the decimals stay.
    expect(terbilang(1234.567, { akhiran: "persen" })).toBe(
      "seribu dua ratus tiga puluh empat koma lima enam tujuh persen",
    );
  });

  it("refuses an amount that rounds to 1000 triliun", () => {
    expect(() => terbilang(999_999_999_999_999.5)).toThrow("maksimum 999 triliun");
    expect(() => terbilang(999_999_999_999_999.5, { akhiran: "rupiah" })).toThrow("maksimum 999 triliun");
  });
});

describe("terbilang: input validation", () => {
  it("accepts the largest amount and rejects 1000 triliun and beyond", () => {
    expect(() => terbilang(999999999999999)).not.toThrow();
    expect(() => terbilang(1e15)).toThrow("Angka terlalu besar untuk terbilang");
    expect(() => terbilang(1e15)).toThrow("maksimum 999 triliun");
    expect(() => terbilang(-1e15)).toThrow("maksimum 999 triliun");
    expect(() => terbilang(1e20)).toThrow("100000000000000000000");
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects %s", (x) => {
    expect(() => terbilang(x)).toThrow(String(x));
  });

  it.each([["5"], [null], [undefined], [true], [{}]] as unknown[][])("rejects non-number %s", (x) => {
    expect(() => terbilang(x as number)).toThrow("Terbilang memerlukan angka");
  });

  it("rejects an unknown huruf, listing the accepted values", () => {
    expect(() => terbilang(1, { huruf: "tebal" })).toThrow('"tebal"');
    expect(() => terbilang(1, { huruf: "upper" })).toThrow("Pilihan: kecil, besar, judul");
  });

  it("rejects a non-text akhiran", () => {
    expect(() => terbilang(1, { akhiran: 5 as unknown as string })).toThrow(
      "Akhiran terbilang harus berupa teks",
    );
  });
});

describe("parseBentukHuruf", () => {
  it("defaults blank to kecil and ignores case and surrounding spaces", () => {
    expect(parseBentukHuruf(undefined)).toBe("kecil");
    expect(parseBentukHuruf("")).toBe("kecil");
    expect(parseBentukHuruf("  ")).toBe("kecil");
    expect(parseBentukHuruf("KECIL")).toBe("kecil");
    expect(parseBentukHuruf(" Besar ")).toBe("besar");
    expect(parseBentukHuruf("jUdUl")).toBe("judul");
  });

  it.each([["title"], ["kapital"], [3], [{}]] as unknown[][])("rejects %s", (x) => {
    expect(() => parseBentukHuruf(x)).toThrow("Bentuk huruf terbilang tidak dikenal");
  });

  it("accepts every casing of the three values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("kecil", "besar", "judul"),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (nama, besar) => {
          const diacak = [...nama].map((c, i) => (besar[i] ? c.toUpperCase() : c)).join("");
          expect(parseBentukHuruf(diacak)).toBe(nama);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("bacaTerbilang: rejects what a form must not say", () => {
  it.each([
    ["lima ratus sermbilan", '"sermbilan"'],
    ["satu milyaran", '"milyaran"'],
    ["dua puluh 3", '"3"'],
  ])("unknown word in %s", (teks, kata) => {
    expect(() => bacaTerbilang(teks)).toThrow(`Kata tidak dikenal dalam terbilang: ${kata}`);
  });

  it.each([
    "tujuh ratus lima ratus",
    "dua juta tiga juta",
    "seribu seribu",
    "lima ribu dua juta",
    "ratus",
    "dua puluh tiga empat",
    "seratus seratus",
    "dua ratus seribu",
    "satu ratus",
    "satu ribu",
    "satu puluh",
    "satu belas",
    "satu juta nol",
    "lima koma",
    "koma lima",
    "lima koma dua puluh",
    "lima koma satu koma dua",
    "lima rupiah rupiah",
    "lima minus",
    "juta",
  ])("bad order: %s", (teks) => {
    expect(() => bacaTerbilang(teks)).toThrow("Urutan kata tidak sah dalam terbilang");
  });

  it("names the offending spot in seed 004's double ratus", () => {
    expect(() => bacaTerbilang("TUJUH RATUS LIMA RATUS")).toThrow(
      '"ratus" tidak boleh di sini ("tujuh ratus lima ratus")',
    );
  });

  it.each(["", "   ", "()", "minus", "rupiah"])("rejects text without a number: %j", (teks) => {
    expect(() => bacaTerbilang(teks)).toThrow(/terbilang/i);
  });

  it("accepts the old spelling milyar when reading", () => {
    expect(bacaTerbilang("dua milyar")).toBe(2e9);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: 9 500 + 6 000 + 3 000 + 5 000 + 3 000 + 2 000 + 500 + 500 (parseBentukHuruf) = 29 500 runs.

const MAKS = 999_999_999_999_999n;

function periksaBulat(n: bigint): void {
  const angka = Number(n);
  const teks = terbilang(angka);
  expect(bacaMandiri(teks)).toBe(String(n));
  expect(pelanggaranEjaan(teks)).toEqual([]);
  expect(bacaTerbilang(teks)).toBe(angka);
}

describe("terbilang: properties", () => {
  it("any integer 0 .. 999 triliun is read back exactly by the test's own reader", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAKS }), (n) => periksaBulat(n)),
      { numRuns: 9500 },
    );
  });

  it("integers built from edge groups (0, 1, 10-19, 100, 101, 110, 111, 999) at every scale", () => {
    const kelompok = fc.oneof(
      fc.constantFrom(0n, 1n, 10n, 11n, 100n, 101n, 110n, 111n, 999n),
      fc.bigInt({ min: 10n, max: 19n }),
      fc.bigInt({ min: 0n, max: 999n }),
    );
    fc.assert(
      fc.property(fc.array(kelompok, { minLength: 5, maxLength: 5 }), (g) => {
        const n = g.reduce((acc, v) => acc * 1000n + v, 0n);
        periksaBulat(n);
        // se- for one only below juta: the thousands group 1 is "seribu", never "satu ribu".
        if (g[3] === 1n) expect(terbilang(Number(n))).toMatch(/(^|\s)seribu(\s|$)/);
      }),
      { numRuns: 6000 },
    );
  });

  it("negative integers read as minus and back", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAKS, max: -1n }), (n) => {
        const teks = terbilang(Number(n), { akhiran: "rupiah" });
        expect(teks.startsWith("minus ")).toBe(true);
        expect(teks.endsWith(" rupiah")).toBe(true);
        expect(bacaMandiri(teks)).toBe(String(n));
        expect(bacaTerbilang(teks)).toBe(Number(n));
      }),
      { numRuns: 3000 },
    );
  });

  it("two-decimal amounts (sen) are read back digit for digit", () => {
    // Below 10^12 a double still tells every 0,01 apart, so x/100 prints as the cents written.
    const SEN_MAKS = 10n ** 14n - 1n;
    fc.assert(
      fc.property(fc.bigInt({ min: -SEN_MAKS, max: SEN_MAKS }), (sen) => {
        const angka = Number(sen) / 100;
        const mutlak = sen < 0n ? -sen : sen;
        const pecahan = String(mutlak % 100n)
          .padStart(2, "0")
          .replace(/0+$/, "");
        const harapan = (sen < 0n ? "-" : "") + String(mutlak / 100n) + (pecahan === "" ? "" : `.${pecahan}`);
        const teks = terbilang(angka);
        expect(bacaMandiri(teks)).toBe(harapan);
        expect(bacaTerbilang(teks)).toBe(angka);
      }),
      { numRuns: 5000 },
    );
  });

  it("any double the domain allows is read back as the amount rounded: 15 digits, rupiah to the sen", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
          // Amounts made by arithmetic on cents, where the float noise lives (10,1 x 3).
          fc
            .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1000 }))
            .map(([sen, kali]) => (sen / 100) * (kali / 10)),
        ),
        fc.boolean(),
        (x, rupiah) => {
          const harapan = diBulatkan(x, rupiah);
          if (Math.abs(harapan) >= 1e15) {
            expect(() => terbilang(x)).toThrow("maksimum 999 triliun");
            return;
          }
          const teks = terbilang(x, rupiah ? { akhiran: "rupiah" } : {});
          expect(bacaTerbilang(teks)).toBe(harapan);
          expect(angkaTertulis(teks).length).toBeLessThanOrEqual(15);
          if (rupiah) expect(teks.split(" koma ")[1]?.split(" ").length ?? 0).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("huruf besar is the upper case of kecil, judul capitalises each word, and the reader accepts any spacing", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -MAKS, max: MAKS }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 60, maxLength: 60 }),
        (n, spasi) => {
          const angka = Number(n);
          const kecil = terbilang(angka, { akhiran: "rupiah" });
          const besar = terbilang(angka, { akhiran: "rupiah", huruf: "besar" });
          const judul = terbilang(angka, { akhiran: "rupiah", huruf: "judul" });
          expect(besar).toBe(kecil.toUpperCase());
          expect(judul.toLowerCase()).toBe(kecil);
          for (const k of judul.split(" ")) expect(k).toMatch(/^[A-Z][a-z]*$/);
          const renggang = ` ${judul
            .split(" ")
            .map((k, i) => k + " ".repeat(spasi[i % spasi.length]!))
            .join("")}\t`;
          expect(bacaTerbilang(renggang)).toBe(angka);
          expect(bacaTerbilang(besar)).toBe(angka);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a misspelt word is reported by name", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: MAKS }),
        fc.nat(),
        fc.constantFrom("x", "q", "z"),
        (n, pilih, sisip) => {
          const kata = terbilang(Number(n)).split(" ");
          const i = pilih % kata.length;
          const rusak = kata[i]!.slice(0, 1) + sisip + kata[i]!.slice(1);
          kata[i] = rusak;
          expect(() => bacaTerbilang(kata.join(" "))).toThrow(
            `Kata tidak dikenal dalam terbilang: "${rusak}".`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
