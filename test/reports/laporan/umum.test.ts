// What several reports share: values in their indicator's unit, the budget table's numbering and rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAngka } from "../../../src/core/angka";
import type { BarisAnggaranLaporan } from "../../../src/core/model/anggaran";
import { bulatkan } from "../../../src/core/pembulatan";
import {
  barisAnggaran,
  barisPerubahan,
  nilaiAnggaran,
  nilaiSatuan,
  nilaiUmum,
  nomorSasaran,
  penomoranAnggaran,
  persen,
  rupiah,
} from "../../../src/reports/laporan/umum";
import { bukuKerja, indikator, ttd } from "../../rekaman";

const baris = (
  kode: string,
  tingkat: number,
  pagu: number,
  realisasi: number,
  paguAwal = pagu,
): BarisAnggaranLaporan => ({
  kode,
  uraian: `Uraian ${kode}`,
  tingkat,
  paguAwal,
  pagu,
  realisasi,
});

describe("nilaiSatuan", () => {
  it("prints percentages as the seeds do: whole ones bare, others with two decimals", () => {
    expect(nilaiSatuan(100, "%")).toBe("100 %");
    expect(nilaiSatuan(97.2, "%")).toBe("97,20 %");
    expect(nilaiSatuan(95.238, "Persen")).toBe("95,24 %");
    expect(nilaiSatuan(99.999, "%")).toBe("100 %");
  });

  it("prints an index with two decimals and a count without trailing zeros", () => {
    expect(nilaiSatuan(84.185, "indeks")).toBe("84,19");
    expect(nilaiSatuan(86.4, "Nilai")).toBe("86,40");
    expect(nilaiSatuan(12, "dokumen")).toBe("12");
    expect(nilaiSatuan(1455.5, "orang")).toBe("1.455,5");
    expect(nilaiSatuan(null, "%")).toBe("-");
  });

  it("prints any value so that it reads back as the value rounded to two decimals (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom("%", "indeks", "dokumen", ""),
        (n, satuan) => {
          const teks = nilaiSatuan(n, satuan).replace(/ %$/, "");
          expect(parseAngka(teks) + 0).toBe(bulatkan(n, 2) + 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

it("rupiah and persen print '-' for what is not there", () => {
  expect([rupiah(null), rupiah(0), rupiah(1_234_567)]).toEqual(["-", "-", "1.234.567"]);
  expect([persen(null), persen(66.4449)]).toEqual(["-", "66,44 %"]);
});

it("nomorSasaran numbers a sasaran on its first indicator only", () => {
  const ind = (sasaran: string) => indikator({ sasaran });
  expect(nomorSasaran([ind("A"), ind("A"), ind("B"), ind(""), ind(""), ind("A")])).toEqual([
    { no: "1.", sasaran: "A" },
    { no: "", sasaran: "" },
    { no: "2.", sasaran: "B" },
    { no: "3.", sasaran: "" },
    { no: "4.", sasaran: "" },
    { no: "5.", sasaran: "A" },
  ]);
});

describe("the budget table (seed 003, table 3.2)", () => {
  const anggaran = [
    baris("7.01.01", 1, 300, 150),
    baris("7.01.01.2.01", 2, 100, 100),
    baris("7.01.01.2.01.02", 3, 100, 100),
    baris("7.01.01.2.02", 2, 200, 50, 260),
    baris("7.01.01.2.02.01", 3, 150, 50),
    baris("7.01.01.2.02.02", 3, 50, 0, 110),
    baris("7.01.03", 1, 0, 0),
    baris("7.01.03.2.01", 2, 0, 0),
  ];

  it("numbers programs A, B; kegiatan I, II; sub kegiatan 1, 2, each under its parent", () => {
    expect(penomoranAnggaran(anggaran)).toEqual(["A", "I", "1", "II", "1", "2", "B", "I"]);
    expect(penomoranAnggaran([baris("1", 1, 0, 0), baris("1.1.1.1", 4, 0, 0)])).toEqual(["A", "-"]);
  });

  it("prints programs in capitals and bold, sisa and serapan computed, '-' where the pagu is nothing", () => {
    const r = barisAnggaran(anggaran);
    expect(r[0]).toEqual({
      no: "A",
      kode: "7.01.01",
      uraian: "URAIAN 7.01.01",
      paguAwal: "300",
      pagu: "300",
      realisasi: "150",
      sisa: "150",
      serapan: "50,00 %",
      _tebal: "ya",
    });
    expect(r[1]).not.toHaveProperty("_tebal");
    expect(r[1]!.uraian).toBe("Uraian 7.01.01.2.01");
    expect(r[6]).toMatchObject({ pagu: "-", sisa: "-", serapan: "-" });
  });

  it("totals the programs, and lists the sub kegiatan whose pagu changed", () => {
    expect(nilaiAnggaran(anggaran)).toEqual({
      totalPaguAwal: "300",
      totalPagu: "300",
      totalRealisasi: "150",
      totalSisa: "150",
      totalSerapan: "50,00 %",
      totalPaguRupiah: "Rp 300",
    });
    expect(nilaiAnggaran([]).totalSerapan).toBe("-");
    const ubah = barisPerubahan(anggaran);
    expect(ubah.map((b) => b.kode)).toEqual([
      "7.01.01.2.01.02",
      "7.01.01.2.02.01",
      "7.01.01.2.02.02",
      "7.01.03.2.01",
    ]);
    expect(ubah[2]).toEqual({
      no: "3",
      kode: "7.01.01.2.02.02",
      uraian: "Uraian 7.01.01.2.02.02",
      paguAwal: "110",
      pagu: "50",
      pengurangan: "60",
    });
  });
});

it("nilaiUmum gives the unit's values, capitals included, and the signing date the Indonesian way", () => {
  const n = nilaiUmum(
    bukuKerja({
      pengaturan: { namaUnit: "Kecamatan Klakah", jabatanPihakKedua: "Bupati Lumajang", tahun: 2023 },
    }),
    ttd("31 Januari 2024", "Klakah"),
  );
  expect(n).toMatchObject({
    unit: "Kecamatan Klakah",
    unitKapital: "KECAMATAN KLAKAH",
    jabatanPihakKeduaKapital: "BUPATI LUMAJANG",
    tahun: "2023",
    tanggal: "31 Januari 2024",
  });
  expect(nilaiUmum(bukuKerja(), ttd("31 Januari 2024")).tahun).toBe("");
});
