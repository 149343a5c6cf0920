// The contract's building blocks, and the contract itself held to them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEMBAR } from "../../../src/core/model/bukuKerja";
import { KINERJA } from "../../../src/core/model/kinerja";
import {
  angka,
  hurufKolom,
  kolom,
  labelKolom,
  nilaiKolom,
  nomorKolom,
  pilihan,
  rumus,
  tanggal,
  teks,
} from "../../../src/core/model/kolom";
import { indikator } from "../../rekaman";

describe("cell readers", () => {
  it("read a cell or give the column's blank value", () => {
    expect([teks.baca("  Nilai IKM ", "x"), teks.baca(null, "x"), teks.baca(12, "x")]).toEqual([
      "Nilai IKM",
      "",
      "12",
    ]);
    expect([angka.baca("86,40", "Target"), angka.baca(" ", "Target"), angka.baca(95.23, "Target")]).toEqual([
      86.4,
      null,
      95.23,
    ]);
    expect(() => angka.baca("sembilan puluh", "Target")).toThrow(
      'Target "sembilan puluh" bukan angka yang dapat dibaca.',
    );
    expect(tanggal.baca("8 Oktober 2021", "Tanggal")).toEqual(new Date(2021, 9, 8));
    expect(tanggal.baca("", "Tanggal")).toBeNull();
    const arah = pilihan((v) => String(v).toUpperCase());
    expect([arah.baca("naik", "Arah"), arah.baca("", "Arah"), arah.kosong]).toEqual(["NAIK", null, null]);
  });

  it("give a column its kind from its reader unless told", () => {
    const info = { catatan: "" };
    expect(kolom("A", "a", teks, info).jenis).toBe("teks");
    expect(kolom("B", "b", angka, info).jenis).toBe("angka");
    expect(kolom("C", "c", tanggal, info).jenis).toBe("tanggal");
    expect(kolom("D", "d", pilihan(String), info).jenis).toBe("pilihan");
    expect(kolom("E", "e", teks, { ...info, jenis: "kode", wajib: true })).toMatchObject({
      jenis: "kode",
      wajib: {},
    });
    expect(rumus("F", info)).toEqual({ judul: "F", jenis: "rumus", catatan: "" });
  });
});

describe("labelKolom: a header as a sentence's subject", () => {
  it.each([
    ["Kode Rekening", "Kode rekening"],
    ["Target Akhir Renstra", "Target akhir Renstra"],
    ["Serapan (%)", "Serapan"],
    ["Realisasi TW III", "Realisasi TW III"],
    ["Target Renstra (K)", "Target Renstra (K)"],
    ["Realisasi s.d. n-2 (Rp)", "Realisasi s.d. n-2 (Rp)"],
    ["Kode", "Kode"],
  ])("%s -> %s", (judul, label) => expect(labelKolom(judul)).toBe(label));
});

describe("hurufKolom", () => {
  it("names columns as Sheets does", () => {
    expect([1, 8, 26, 27, 52, 53, 702, 703].map(hurufKolom)).toEqual([
      "A",
      "H",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("gives every column its own letters, in Sheets' order (property)", () => {
    const angkaDari = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => {
        const h = hurufKolom(n);
        expect(h).toMatch(/^[A-Z]{1,3}$/);
        expect(angkaDari(h)).toBe(n);
      }),
    );
  });
});

it("nomorKolom finds a header's column, and names a header the contract does not have", () => {
  expect(nomorKolom(KINERJA, "Target")).toBe(8);
  expect(hurufKolom(nomorKolom(KINERJA, "Realisasi TW III"))).toBe("L");
  expect(() => nomorKolom(KINERJA, "Sasaran")).toThrow('Kolom "Sasaran" tidak ada di skema lembar Kinerja.');
});

it("nilaiKolom gives each column the record's value, a group's its place, a list's items a line each, '' for none", () => {
  const ind = indikator({ kode: "1.1", target: 86.4, realisasi: [null, null, 87.28, null] });
  expect(KINERJA.kolom.map((k) => nilaiKolom(k, ind))).toEqual([
    "1.1",
    "",
    "",
    "",
    "",
    "",
    "",
    86.4,
    "",
    "",
    "",
    87.28,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "", // Formulasi
    "", // Bukti Dukung: no link
    "", // Target PK Perubahan
  ]);
});

describe("the contract", () => {
  it.each(
    LEMBAR.map((s) => [s.nama, s] as const),
  )("%s: one column per header, one per field (a group numbered 0..n-1)", (_n, s) => {
    const judul = s.kolom.map((k) => k.judul.toLowerCase());
    expect(new Set(judul).size).toBe(judul.length);
    const bidang = new Map<string, number[]>();
    for (const k of s.kolom) {
      if (k.kunci === undefined) continue;
      bidang.set(k.kunci, [...(bidang.get(k.kunci) ?? []), k.indeks ?? -1]);
    }
    for (const [kunci, indeks] of bidang) {
      if (indeks.length === 1 && indeks[0] === -1) continue;
      expect(indeks, kunci).toEqual(indeks.map((_, i) => i));
    }
    for (const k of s.kolom) {
      if (k.pilihan) expect(k.jenis, k.judul).toBe("pilihan");
      expect(k.catatan, k.judul).not.toBe("");
    }
  });
});
