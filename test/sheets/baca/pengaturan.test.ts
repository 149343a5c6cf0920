// Pengaturan: key/value rows, each value through its setting's reader.
import { describe, expect, it } from "vitest";
import type { Masalah } from "../../../src/core/masalah";
import { PENGATURAN } from "../../../src/core/model/pengaturan";
import { SKALA_LKJ, SKALA_PERMENDAGRI } from "../../../src/core/predikat";
import { bacaPengaturan, setelanBerjudul } from "../../../src/sheets/baca/pengaturan";
import { bacaLembar } from "../../../src/sheets/baca/tabel";
import { spreadsheetMini } from "../../bantu";
import { pengaturan } from "../../rekaman";

function baca(baris: unknown[][]): { p: ReturnType<typeof bacaPengaturan>; masalah: Masalah[] } {
  const masalah: Masalah[] = [];
  const t = bacaLembar(
    spreadsheetMini({ Pengaturan: [["Pengaturan", "Nilai", "Keterangan"], ...baris] }).ss,
    "Pengaturan",
  );
  return { p: bacaPengaturan(t, masalah), masalah };
}

describe("bacaPengaturan", () => {
  it("gives every setting its blank value when the sheet is missing or holds no value", () => {
    const masalah: Masalah[] = [];
    expect(bacaPengaturan(null, masalah)).toEqual(pengaturan());
    expect(baca([]).p).toEqual(pengaturan());
    expect(baca(PENGATURAN.map((s) => [s.judul, "", s.catatan])).p).toEqual(pengaturan());
    expect(masalah).toEqual([]);
    // The blank values are the rules a new workbook starts with.
    expect(pengaturan()).toMatchObject({
      tahun: null,
      triwulan: null,
      tanggalLaporan: null,
      skalaPredikat: SKALA_LKJ,
      rumusTurun: "SELISIH",
      metodeIkm: "PERMENPANRB_14_2017",
      bobotIkm: "UNSUR",
      jenisLayanan: [],
    });
  });

  it("reads seed 003's settings (Kecamatan Lumajang, TW III 2021), titles matched whatever their case", () => {
    const { p, masalah } = baca([
      ["nama unit kerja", " Kecamatan Lumajang "],
      ["Tahun", 2021],
      ["TRIWULAN DILAPORKAN", "III"],
      ["Tanggal Laporan", "8 Oktober 2021"],
      ["Skala Predikat", "Permendagri"],
      ["Rumus Capaian Indikator Turun", "T/R"],
      ["Metode IKM", "25/2004"],
      ["Bobot IKM", "PERTANYAAN"],
      ["Populasi Penerima Layanan", "2.800"],
      ["Jenis Layanan", "Perizinan, Non Perizinan, "],
      ["Catatan pribadi", "tidak dibaca"],
    ]);
    expect(masalah).toEqual([]);
    expect(p).toEqual(
      pengaturan({
        namaUnit: "Kecamatan Lumajang",
        tahun: 2021,
        triwulan: 3,
        tanggalLaporan: { tanggal: new Date(2021, 9, 8), bulanSaja: false },
        skalaPredikat: SKALA_PERMENDAGRI,
        rumusTurun: "RASIO",
        metodeIkm: "KEPMENPAN_25_2004",
        bobotIkm: "PERTANYAAN",
        populasiSkm: 2800,
        jenisLayanan: ["Perizinan", "Non Perizinan"],
      }),
    );
  });

  it("takes the first of two rows with the same title", () => {
    expect(
      baca([
        ["Tahun", 2021],
        ["Tahun", 2022],
      ]).p.tahun,
    ).toBe(2021);
  });

  it("reports a bad value at its cell in column B, naming the setting, and keeps the blank value", () => {
    const { p, masalah } = baca([
      ["Nama Unit Kerja", "Kecamatan Klakah"],
      ["Tahun", "2023,5"],
      ["Triwulan Dilaporkan", "V"],
    ]);
    expect(p.tahun).toBeNull();
    expect(p.triwulan).toBeNull();
    expect(masalah).toHaveLength(2);
    expect(masalah[0]).toEqual({
      tingkat: "galat",
      lembar: "Pengaturan",
      baris: 3,
      kolom: "Nilai",
      sel: "B3",
      pesan: "Tahun: Tahun harus bilangan bulat positif, bukan 2023,5.",
      saran: "Tahun anggaran yang dilaporkan.",
    });
    expect(masalah[1]).toMatchObject({
      baris: 4,
      sel: "B4",
      saran: "Triwulan terakhir yang dilaporkan (I-IV).",
    });
    expect(masalah[1]!.pesan).toMatch(/^Triwulan Dilaporkan: /);
  });
});

it("setelanBerjudul finds a setting by its title, whatever its case and spacing", () => {
  expect(setelanBerjudul("  jumlah   responden (rekap) ")?.kunci).toBe("respondenRekap");
  expect(setelanBerjudul("Bukan Pengaturan")).toBeUndefined();
  for (const s of PENGATURAN) expect(setelanBerjudul(s.judul)).toBe(s);
});
