// The SVG helpers both charts share: src/reports/html/svg.ts.
import { describe, expect, it } from "vitest";
import {
  angkaSvg,
  bungkus,
  judulGrafik,
  langkahSumbu,
  lebarTeks,
  potong,
  ukuran,
} from "../../../src/reports/html/svg";

describe("angkaSvg", () => {
  it("writes a coordinate with one decimal, rounded on the decimal value, never -0 or NaN", () => {
    // 1,15 x 10 is 11,499999999999998 in binary: Math.round would give 1.1.
    expect(angkaSvg(1.15)).toBe("1.2");
    expect(angkaSvg(12)).toBe("12");
    expect(angkaSvg(-0.04)).toBe("0");
    expect(angkaSvg(-2.35)).toBe("-2.4");
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(angkaSvg(n)).toBe("0");
  });
});

describe("langkahSumbu", () => {
  it("gives about five intervals of 1, 2, 2,5 or 5 times a power of ten", () => {
    expect(langkahSumbu(100)).toBe(20);
    expect(langkahSumbu(12)).toBe(2.5);
    expect(langkahSumbu(40)).toBe(10);
    expect(langkahSumbu(7000)).toBe(2000);
  });

  it("takes the multiples it is given (the scatter's 1, 2 and 5)", () => {
    expect(langkahSumbu(12, [1, 2, 5])).toBe(5);
    expect(langkahSumbu(0.3, [1, 2, 5])).toBeCloseTo(0.1, 12);
  });
});

describe("wrapping and cutting labels", () => {
  it("measures text by its characters, not its UTF-16 units", () => {
    expect(lebarTeks("ab", 10)).toBeCloseTo(11.2, 10);
    expect(lebarTeks("𝑥é", 10)).toBeCloseTo(11.2, 10);
  });

  it("cuts a text to its room with an ellipsis, and leaves a short one alone", () => {
    expect(potong("Persyaratan", 5)).toBe("Pers…");
    expect(potong("Biaya", 5)).toBe("Biaya");
    expect(potong("Waktu Penyelesaian", 7)).toBe("Waktu…");
  });

  it("wraps words into lines, keeps a long word whole, and ends what does not fit in an ellipsis", () => {
    expect(bungkus("Penanganan Pengaduan, Saran dan Masukan", 12, 4)).toEqual([
      "Penanganan",
      "Pengaduan,",
      "Saran dan",
      "Masukan",
    ]);
    expect(bungkus("Persyaratan", 4, 2)).toEqual(["Persyaratan"]);
    expect(bungkus("Penanganan Pengaduan, Saran dan Masukan", 12, 2)).toEqual(["Penanganan", "Pengaduan,…"]);
    expect(bungkus("  ", 10, 2)).toEqual([]);
  });
});

describe("sizes and titles", () => {
  it("takes a size asked for within bounds, the default otherwise", () => {
    expect(ukuran(undefined, 600, 240)).toBe(600);
    expect(ukuran(Number.NaN, 600, 240)).toBe(600);
    expect(ukuran(10, 600, 240)).toBe(240);
    expect(ukuran(99999, 600, 240)).toBe(4000);
    expect(ukuran(700.6, 600, 240)).toBe(701);
  });

  it("sets a long title in two centred lines and says how high they are", () => {
    const judul = "Capaian Indikator Kinerja Kecamatan Lumajang Tahun 2021 menurut Perjanjian Kinerja";
    const { tinggiJudul, judulSvg } = judulGrafik(judul, 300);
    const baris = [...judulSvg(150).matchAll(/<text x="150" y="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(baris).toHaveLength(2);
    expect(tinggiJudul).toBe(8 + 2 * 17);
    expect(baris.map((b) => b[2]).join(" ")).toMatch(/^Capaian Indikator .*…$/);
  });
});
