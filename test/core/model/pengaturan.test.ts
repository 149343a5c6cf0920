// Pengaturan's settings: each defined once, its blank value the rule a new workbook starts with.
import { describe, expect, it } from "vitest";
import { formatTanggalDokumen, type TanggalDokumen } from "../../../src/core/format";
import { PENGATURAN, parseUkuranKertas } from "../../../src/core/model/pengaturan";

const setelan = (kunci: string) => PENGATURAN.find((p) => p.kunci === kunci)!;

it("has one setting per key and per title", () => {
  expect(new Set(PENGATURAN.map((p) => p.kunci)).size).toBe(PENGATURAN.length);
  expect(new Set(PENGATURAN.map((p) => p.judul.toLowerCase())).size).toBe(PENGATURAN.length);
});

it("writes as a new workbook's default a value that reads as a blank cell does, and one of its choices", () => {
  for (const p of PENGATURAN) {
    if (!("bawaan" in p) || p.bawaan === undefined) continue;
    expect(p.baca(p.bawaan), p.kunci).toEqual(p.kosong);
    expect(p.pilihan, p.kunci).toContain(p.bawaan);
  }
});

describe("readers", () => {
  it("Tahun and the counts are positive whole numbers, read the Indonesian way", () => {
    const tahun = setelan("tahun");
    expect(tahun.baca("2021")).toBe(2021);
    expect(setelan("populasiSkm").baca("2.800")).toBe(2800);
    expect(() => tahun.baca(0)).toThrow("Tahun harus bilangan bulat positif, bukan 0.");
    expect(() => setelan("respondenRekap").baca("187,5")).toThrow(
      "Jumlah responden harus bilangan bulat positif, bukan 187,5.",
    );
  });

  it("Jenis Layanan is a list, blanks between commas dropped", () => {
    expect(setelan("jenisLayanan").baca(" KTP, Kartu Keluarga,, Surat Pindah ")).toEqual([
      "KTP",
      "Kartu Keluarga",
      "Surat Pindah",
    ]);
  });

  it("Triwulan Dilaporkan takes a numeral, Tanggal Laporan a date", () => {
    expect(setelan("triwulan").baca("III")).toBe(3);
    expect(setelan("tanggalLaporan").baca("8 Oktober 2021")).toEqual({
      tanggal: new Date(2021, 9, 8),
      bulanSaja: false,
    });
    expect(() => setelan("triwulan").baca("V")).toThrow();
  });

  it("each document's date takes a day or, as seed 002 signs its Renja, a month", () => {
    const cetak = (kunci: string, v: string) =>
      formatTanggalDokumen(setelan(kunci).baca(v) as TanggalDokumen);
    expect(cetak("tanggalPk", "10-01-2023")).toBe("10 Januari 2023");
    expect(cetak("tanggalSkm", "18 Oktober 2021")).toBe("18 Oktober 2021");
    expect(cetak("tanggalRka", "1 Okt 2019")).toBe("1 Oktober 2019");
    expect(cetak("tanggalRenja", "Juli 2019")).toBe("Juli 2019");
    expect(cetak("tanggalLaporan", "Januari 2024")).toBe("Januari 2024");
    expect(() => setelan("tanggalPk").baca("besok")).toThrow(/atau bulannya saja seperti Juli 2019/);
  });
});

describe("each document its own date and place (issue 12)", () => {
  const BARU = ["tanggalPk", "tempatPk", "tanggalSkm", "tanggalRka", "tanggalRenja"];

  it("adds them after the settings a workbook already has, in this order", () => {
    const kunci = PENGATURAN.map((p) => p.kunci as string);
    const akhirLama = kunci.indexOf("folderLaporan");
    const letak = BARU.map((k) => kunci.indexOf(k));
    expect(letak.every((i) => i > akhirLama)).toBe(true);
    expect([...letak].sort((a, b) => a - b)).toEqual(letak);
    expect(BARU.map((k) => setelan(k).judul)).toEqual([
      "Tanggal PK",
      "Tempat PK",
      "Tanggal Laporan SKM",
      "Tanggal RKA",
      "Tanggal Renja",
    ]);
  });

  it("keeps a new date cell as typed (plain text), so Sheets reads neither Juli 2019 nor 10/01/2023 its own way", () => {
    for (const k of ["tanggalPk", "tanggalSkm", "tanggalRka", "tanggalRenja"]) {
      expect(setelan(k).format, k).toBe("@");
      expect(setelan(k).kosong, k).toBeNull();
    }
    // Tanggal Laporan may already hold a date value in a unit's workbook: its format is left alone.
    expect(setelan("tanggalLaporan").format).toBeUndefined();
    expect(setelan("tempatPk").baca(" Lumajang ")).toBe("Lumajang");
  });
});

it("IKM Tahunan comes last (merged after the others' settings), the mean of the quarters by default (seed 001)", () => {
  const p = PENGATURAN.at(-1)!;
  expect(p).toMatchObject({
    kunci: "ikmTahunan",
    judul: "IKM Tahunan",
    jenis: "pilihan",
    pilihan: ["RATA-RATA TRIWULAN", "SELURUH RESPONDEN"],
    bawaan: "RATA-RATA TRIWULAN",
    kosong: "RATA_RATA_TRIWULAN",
  });
  expect(p.baca("SELURUH RESPONDEN")).toBe("SELURUH_RESPONDEN");
  expect(p.catatan).toContain("(81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19");
});

describe("Ukuran Kertas", () => {
  it("reads A4, F4 and folio whatever the case; blank is A4; anything else is refused in Indonesian", () => {
    expect(["A4", "a4", "", " F4 ", "folio", "Folio"].map(parseUkuranKertas)).toEqual([
      "A4",
      "A4",
      "A4",
      "F4",
      "F4",
      "F4",
    ]);
    expect(() => parseUkuranKertas("Legal")).toThrow('Ukuran kertas "Legal" tidak dikenal. Pilihan: A4, F4.');
  });
});
