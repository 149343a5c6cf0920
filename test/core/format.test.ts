import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  angkaRomawi,
  formatAngka,
  formatPersen,
  formatRupiah,
  formatTanggal,
  formatTanggalDokumen,
  NAMA_BULAN,
  namaBerkas,
  PANJANG_NAMA_BERKAS,
  parseTanggal,
  parseTanggalDokumen,
  teksAman,
} from "../../src/core/format";

describe("formatAngka", () => {
  it.each([
    [1234567.891, "1.234.567,89"],
    [-5, "-5,00"],
    [0, "0,00"],
    [999, "999,00"],
    [1000, "1.000,00"],
    [4156201042, "4.156.201.042,00"],
    [1e12, "1.000.000.000.000,00"],
    [84.185, "84,19"], // IKM Klakah 2023: mean of the four quarters, printed 84,19 in the seed
    [1.005, "1,01"], // rounded as written, not as the float 1.00499...
    [-1.005, "-1,01"],
  ])("%d -> %s", (n, teks) => {
    expect(formatAngka(n)).toBe(teks);
  });

  it("takes the number of decimals", () => {
    expect(formatAngka(6420166069, 0)).toBe("6.420.166.069");
    expect(formatAngka(2.5, 0)).toBe("3");
    expect(formatAngka(-2.5, 0)).toBe("-3");
    expect(formatAngka(95.23, 3)).toBe("95,230");
    expect(formatAngka(1e21, 2)).toBe("1.000.000.000.000.000.000.000,00");
  });

  it("never prints a negative zero", () => {
    expect(formatAngka(-0)).toBe("0,00");
    expect(formatAngka(-0.001)).toBe("0,00");
    expect(formatAngka(-0.4, 0)).toBe("0");
    expect(formatPersen(-0.004)).toBe("0,00 %");
    expect(formatRupiah(-0.4)).toBe("Rp 0");
  });

  it("drops trailing zero decimals on request", () => {
    expect(formatAngka(95, 2, { buangNolDesimal: true })).toBe("95");
    expect(formatAngka(95.5, 2, { buangNolDesimal: true })).toBe("95,5");
    expect(formatAngka(95.234, 2, { buangNolDesimal: true })).toBe("95,23");
    expect(formatAngka(1234.001, 2, { buangNolDesimal: true })).toBe("1.234");
  });

  it("rejects values that cannot be printed", () => {
    expect(() => formatAngka(Number.NaN)).toThrow("formatAngka: NaN bukan angka yang dapat ditampilkan.");
    expect(() => formatPersen(Number.POSITIVE_INFINITY)).toThrow(/bukan angka/);
    expect(() => formatAngka(1, 13)).toThrow(/Jumlah desimal/);
  });

  it("never prints a sign on zero and always groups by three", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const teks = formatAngka(x, d);
          expect(teks).toMatch(/^-?[1-9]?\d{0,2}(\.\d{3})*(,\d+)?$/);
          expect(teks).not.toMatch(/^-0(,0*)?$/);
          expect(teks.split(",")[1]?.length ?? 0).toBe(d);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("formatPersen", () => {
  it("prints percent units as the reports do", () => {
    expect(formatPersen(95.234)).toBe("95,23 %");
    expect(formatPersen(101.02)).toBe("101,02 %");
    // Laporan Triwulan III Kec. Lumajang 2021: 87,28 / 86,40 -> 101,02 %; 100 / 85 -> 117,65 %
    expect(formatPersen((87.28 / 86.4) * 100)).toBe("101,02 %");
    expect(formatPersen((100 / 85) * 100)).toBe("117,65 %");
    expect(formatPersen(100, 0)).toBe("100 %");
  });
});

describe("formatRupiah", () => {
  it("prints the seed amounts", () => {
    expect(formatRupiah(2104137463)).toBe("Rp 2.104.137.463");
    expect(formatRupiah(2104137463, 2)).toBe("Rp 2.104.137.463,00");
    expect(formatRupiah(6420166069)).toBe("Rp 6.420.166.069");
    expect(formatRupiah(342181137.68, 2)).toBe("Rp 342.181.137,68");
    expect(formatRupiah(342181137.68)).toBe("Rp 342.181.138");
    expect(formatRupiah(0)).toBe("Rp 0");
  });

  it("puts the minus before Rp", () => {
    expect(formatRupiah(-5000)).toBe("-Rp 5.000");
    expect(formatRupiah(-5000.5, 2)).toBe("-Rp 5.000,50");
  });
});

describe("NAMA_BULAN", () => {
  it("lists the twelve months in Indonesian", () => {
    expect(NAMA_BULAN).toHaveLength(12);
    expect(NAMA_BULAN[0]).toBe("Januari");
    expect(NAMA_BULAN[7]).toBe("Agustus");
    expect(NAMA_BULAN[11]).toBe("Desember");
    expect(Object.isFrozen(NAMA_BULAN)).toBe(true);
  });
});

describe("formatTanggal", () => {
  it("prints the date as the seeds' letters sign off", () => {
    expect(formatTanggal(new Date(2024, 0, 31))).toBe("31 Januari 2024"); // seed 001: Klakah, 31 Januari 2024
    expect(formatTanggal(new Date(2019, 9, 1))).toBe("1 Oktober 2019"); // seed 000
    expect(formatTanggal(new Date(2023, 10, 13, 23, 59))).toBe("13 November 2023");
  });

  it("rejects an invalid date", () => {
    expect(() => formatTanggal(new Date(Number.NaN))).toThrow(/bukan tanggal yang sah/);
  });
});

/** Calendar day of a Date in local time, for comparison. */
const hariKalender = (d: Date): [number, number, number] => [d.getFullYear(), d.getMonth(), d.getDate()];

describe("parseTanggal", () => {
  it.each([
    "31 Januari 2024",
    "31 januari 2024",
    "31 JANUARI 2024",
    "31 Jan 2024",
    "31 Jan. 2024",
    "31-Jan-2024",
    "31-01-2024",
    "31/01/2024",
    "31/1/2024",
    "31.01.2024",
    "2024-01-31",
    " 31\u00a0Januari  2024 ",
  ])("reads %s", (teks) => {
    expect(hariKalender(parseTanggal(teks))).toEqual([2024, 0, 31]);
  });

  it.each([
    ["8 Mei 2023", [2023, 4, 8]],
    ["21 Agustus 2023", [2023, 7, 21]],
    ["21 Agt 2023", [2023, 7, 21]],
    ["21 Agu 2023", [2023, 7, 21]],
    ["21 Ags 2023", [2023, 7, 21]],
    ["13 Nopember 2023", [2023, 10, 13]],
    ["13 Nop 2023", [2023, 10, 13]],
    ["29 Pebruari 2024", [2024, 1, 29]],
    ["1 Peb 2024", [2024, 1, 1]],
    ["1 Okt 2019", [2019, 9, 1]],
    ["1 Des 2019", [2019, 11, 1]],
    ["29 Februari 2000", [2000, 1, 29]],
  ])("reads %s", (teks, hari) => {
    expect(hariKalender(parseTanggal(teks))).toEqual(hari);
  });

  it("returns midnight", () => {
    const d = parseTanggal("31 Januari 2024");
    expect([d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()]).toEqual([0, 0, 0, 0]);
  });

  it("passes a Date through", () => {
    const d = new Date(2024, 0, 31, 10, 30);
    expect(parseTanggal(d)).toBe(d);
  });

  it("rejects days that do not exist", () => {
    expect(() => parseTanggal("31 Februari 2024")).toThrow(
      '"31 Februari 2024" bukan tanggal yang sah: Februari 2024 hanya sampai tanggal 29.',
    );
    expect(() => parseTanggal("29-02-2023")).toThrow(/Februari 2023 hanya sampai tanggal 28/);
    expect(() => parseTanggal("29 Februari 1900")).toThrow(/hanya sampai tanggal 28/);
    expect(() => parseTanggal("31 April 2024")).toThrow(/April 2024 hanya sampai tanggal 30/);
    expect(() => parseTanggal("0 Januari 2024")).toThrow(/bukan tanggal yang sah/);
    expect(() => parseTanggal("2024-13-01")).toThrow("bulan 13 tidak ada");
  });

  it("rejects text that is not a date", () => {
    expect(() => parseTanggal("31 Jnuari 2024")).toThrow('"Jnuari" dalam "31 Jnuari 2024" bukan nama bulan');
    expect(() => parseTanggal("kemarin")).toThrow('"kemarin" bukan tanggal yang dapat dibaca.');
    expect(() => parseTanggal("31-01/2024")).toThrow(/bukan tanggal yang dapat dibaca/);
    expect(() => parseTanggal("")).toThrow("Tanggal kosong.");
    expect(() => parseTanggal(45322)).toThrow("45322 adalah angka, bukan tanggal.");
    expect(() => parseTanggal(new Date(Number.NaN))).toThrow("Tanggal tidak sah.");
    expect(() => parseTanggal(true)).toThrow(/bukan tanggal/);
  });

  it("parseTanggal(formatTanggal(d)) is the same calendar day, 1900-2100", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31, 23, 59, 59), noInvalidDate: true }),
        (d) => {
          expect(hariKalender(parseTanggal(formatTanggal(d)))).toEqual(hariKalender(d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads the numeric forms of any day 1900-2100", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31, 23, 59, 59), noInvalidDate: true }),
        (d) => {
          const [t, b, h] = hariKalender(d);
          const dd = String(h).padStart(2, "0");
          const mm = String(b + 1).padStart(2, "0");
          expect(hariKalender(parseTanggal(`${dd}-${mm}-${t}`))).toEqual([t, b, h]);
          expect(hariKalender(parseTanggal(`${dd}/${mm}/${t}`))).toEqual([t, b, h]);
          expect(hariKalender(parseTanggal(`${t}-${mm}-${dd}`))).toEqual([t, b, h]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("a document's date (parseTanggalDokumen, formatTanggalDokumen)", () => {
  const cetak = (v: unknown) => formatTanggalDokumen(parseTanggalDokumen(v));

  it("prints a day as typed, the Indonesian way", () => {
    expect(cetak("10 Januari 2023")).toBe("10 Januari 2023"); // seed 001, the PK
    expect(cetak("18-10-2021")).toBe("18 Oktober 2021"); // seed 003, the SKM rekap
    expect(cetak(new Date(2019, 9, 1))).toBe("1 Oktober 2019"); // seed 000, the KAK
  });

  it("keeps a month without a day as a month: seed 002 signs its Renja 'Jatiroto, Juli 2019'", () => {
    expect(parseTanggalDokumen("Juli 2019")).toEqual({ tanggal: new Date(2019, 6, 1), bulanSaja: true });
    expect(cetak("Juli 2019")).toBe("Juli 2019");
    expect(cetak(" nopember  2016 ")).toBe("November 2016");
    expect(cetak("Agt 2023")).toBe("Agustus 2023");
    expect(parseTanggalDokumen("10 Januari 2023").bulanSaja).toBe(false);
  });

  it("refuses what is neither, in Indonesian", () => {
    expect(() => parseTanggalDokumen("Jully 2019")).toThrow(
      '"Jully" dalam "Jully 2019" bukan nama bulan yang dikenal.',
    );
    expect(() => parseTanggalDokumen("2019")).toThrow(
      '"2019" bukan tanggal yang dapat dibaca. Tulis tanggal seperti 31 Januari 2024 atau 31-01-2024, atau bulannya saja seperti Juli 2019.',
    );
    expect(() => parseTanggalDokumen("31 Februari 2024")).toThrow(/hanya sampai tanggal 29/);
  });
});

describe("angkaRomawi", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [9, "IX"],
    [12, "XII"],
    [40, "XL"],
    [90, "XC"],
    [400, "CD"],
    [1994, "MCMXCIV"],
    [2024, "MMXXIV"],
    [3999, "MMMCMXCIX"],
  ])("%d -> %s", (n, romawi) => {
    expect(angkaRomawi(n)).toBe(romawi);
  });

  it("rejects what has no Roman numeral", () => {
    expect(() => angkaRomawi(0)).toThrow("Angka Romawi hanya untuk bilangan bulat 1 sampai 3999, bukan 0.");
    expect(() => angkaRomawi(4000)).toThrow(/bukan 4000/);
    expect(() => angkaRomawi(2.5)).toThrow(/bukan 2.5/);
    expect(() => angkaRomawi(Number.NaN)).toThrow(/bukan NaN/);
  });

  it("never repeats a symbol more than three times in a row, and differs for every n", () => {
    const semua = new Set<string>();
    for (let n = 1; n <= 3999; n++) {
      const r = angkaRomawi(n);
      expect(r).not.toMatch(/(.)\1\1\1/);
      semua.add(r);
    }
    expect(semua.size).toBe(3999);
  });
});

describe("namaBerkas: Doc and folder names from what a user typed", () => {
  it("keeps a normal name as it is", () => {
    expect(namaBerkas("Laporan Kinerja Triwulan III 2021 - Kecamatan Lumajang")).toBe(
      "Laporan Kinerja Triwulan III 2021 - Kecamatan Lumajang",
    );
  });

  it("drops control characters and cuts a long name at a word, never past 120 characters", () => {
    expect(namaBerkas("Kecamatan\nLumajang\t\u0000 ")).toBe("Kecamatan Lumajang");
    const panjang = namaBerkas(`LKJ 2023 - ${"Kecamatan Sangat Panjang Sekali ".repeat(10)}`);
    expect(panjang.length).toBeLessThanOrEqual(PANJANG_NAMA_BERKAS);
    expect(panjang).toMatch(/Sekali\.\.\.$|Panjang\.\.\.$|Kecamatan\.\.\.$|Sangat\.\.\.$/);
  });

  it("any text gives a bounded name without control characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (t) => {
        const n = namaBerkas(t);
        expect(n.length).toBeLessThanOrEqual(PANJANG_NAMA_BERKAS);
        expect(
          [...n].some(
            (c) =>
              /[\u2028\u2029]/.test(c) ||
              c.charCodeAt(0) < 32 ||
              (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
          ),
        ).toBe(false);
        expect(n).toBe(n.trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("teksAman: any value as text, never a TypeError", () => {
  it("an object whose toString is not a function (fc.anything makes them)", () => {
    expect(teksAman({ toString: 1 })).toBe("[object Object]");
    expect(teksAman(null)).toBe("");
    expect(teksAman("5.10")).toBe("5.10");
    fc.assert(
      fc.property(fc.anything(), (v) => typeof teksAman(v) === "string"),
      { numRuns: 2000 },
    );
  });
});
