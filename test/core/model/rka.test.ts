// RKA's rules: the kegiatan asked for, its rincian, its year-n amount.
import { describe, expect, it } from "vitest";
import { cariKegiatan, jumlahKegiatan, jumlahRincian, rincianKegiatan } from "../../../src/core/model/rka";
import { bukuKerja, kegiatanRka, rincianRka } from "../../rekaman";

// Seed 004: Pelayanan Administrasi dan Operasional Perkantoran, 551.204.390 in 2020.
const pelayanan = kegiatanRka({ kode: "3.05.3.05.09.01.021", jumlahTahunIni: 551_204_390 });
const lain = kegiatanRka({ kode: "3.05.3.05.09.02.045", jumlahTahunIni: null });

describe("cariKegiatan", () => {
  const bk = bukuKerja({ rka: [pelayanan, lain] });
  it("finds a kegiatan by its code, spaces around it forgiven; the first when none is asked", () => {
    expect(cariKegiatan(bk, " 3.05.3.05.09.02.045 ")).toBe(lain);
    expect(cariKegiatan(bk, undefined)).toBe(pelayanan);
    expect(cariKegiatan(bk, "  ")).toBe(pelayanan);
  });
  it("refuses in Indonesian an empty RKA sheet or an unknown code", () => {
    expect(() => cariKegiatan(bukuKerja(), undefined)).toThrow("Lembar RKA belum berisi kegiatan.");
    expect(() => cariKegiatan(bk, "1.2.3")).toThrow("Kegiatan 1.2.3 tidak ada di lembar RKA.");
  });
});

describe("jumlahKegiatan and its rincian", () => {
  const honor = rincianRka({ kodeKegiatan: "3.05.3.05.09.01.021 ", volume: 96, harga: 1_800_000 });
  const atk = rincianRka({
    kodeKegiatan: "3.05.3.05.09.01.021",
    volume: null,
    harga: 1_000,
    jumlahTertulis: 9_000_000,
  });
  const sen = rincianRka({ kodeKegiatan: "3.05.3.05.09.01.021", volume: 3, harga: 0.1 });

  it("a line is volume x harga satuan, or as typed when either is missing (0 when nothing is)", () => {
    expect(jumlahRincian(honor)).toBe(172_800_000);
    expect(jumlahRincian(atk)).toBe(9_000_000);
    expect(jumlahRincian(rincianRka())).toBe(0);
  });

  it("the kegiatan's amount is its rincian's sum, rounded to the sen; as typed when it has none", () => {
    const bk = bukuKerja({ rka: [pelayanan, lain], rincian: [honor, atk, sen] });
    expect(rincianKegiatan(bk, "3.05.3.05.09.01.021")).toEqual([honor, atk, sen]);
    expect(jumlahKegiatan(bk, "3.05.3.05.09.01.021")).toBe(181_800_000.3);
    expect(jumlahKegiatan(bukuKerja({ rka: [pelayanan] }), "3.05.3.05.09.01.021")).toBe(551_204_390);
    expect(jumlahKegiatan(bk, "3.05.3.05.09.02.045")).toBeNull();
    expect(jumlahKegiatan(bk, "9.9")).toBeNull();
  });
});
