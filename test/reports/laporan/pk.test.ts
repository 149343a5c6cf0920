// dataPk: the Perjanjian Kinerja's sasaran, indikator, target and program budgets.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { dataPk } from "../../../src/reports/laporan/pk";
import { barisAnggaran, bukuKerja, bukuKerjaDari, indikator, ttd } from "../../rekaman";

const TANGGAL = ttd("31 Januari 2024", "Klakah");

describe("Kecamatan Klakah 2023 (seed 001)", () => {
  const d = dataPk(bukuKerjaDari(CONTOH_KLAKAH_2023), TANGGAL);

  it("lists the tujuan and sasaran indicators with their targets, not the programs'", () => {
    expect(d.daftar.sasaran).toEqual([
      {
        no: "1.",
        sasaran: "Meningkatnya Kepuasan Masyarakat",
        indikator: "Nilai IKM Pelayanan Kecamatan Klakah",
        target: "90,00",
      },
      {
        no: "2.",
        sasaran: "Mengoptimalkan fasilitasi dan koordinasi Kecamatan",
        indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        target: "95,23 %",
      },
      {
        no: "3.",
        sasaran: "Meningkatnya akuntabilitas pemerintahan desa",
        indikator:
          "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
        target: "95,23 %",
      },
    ]);
  });

  it("lists the six programs with their pagu and source, and their computed total Rp 2.486.022.481", () => {
    expect(d.daftar.program.map((p) => [p.no, p.anggaran, p.keterangan])).toEqual([
      ["1", "Rp 2.038.004.581", "Sumber Dana DAU"],
      ["2", "Rp 10.360.000", "Sumber Dana DAU"],
      ["3", "Rp 125.307.900", "Sumber Dana DAU"],
      ["4", "Rp 4.850.000", "Sumber Dana DAU"],
      ["5", "Rp 2.400.000", "Sumber Dana DAU"],
      ["6", "Rp 305.100.000", "Sumber Dana DAU"],
    ]);
    expect(d.nilai).toMatchObject({
      totalProgram: "Rp 2.486.022.481",
      tanggal: "31 Januari 2024",
      jabatanPihakKeduaKapital: "BUPATI LUMAJANG",
    });
  });
});

it("Kecamatan Lumajang 2021 (seed 003): the programs as the sums of their sub kegiatan's pagu awal, Rp 6.420.166.069", () => {
  const d = dataPk(bukuKerjaDari(CONTOH_LUMAJANG_2021), TANGGAL);
  // The seed's PK printed 6.183.035.351 for the first program, so its list did not add up.
  expect(d.daftar.program[0]!.anggaran).toBe("Rp 6.263.525.069");
  expect(d.nilai.totalProgram).toBe("Rp 6.420.166.069");
  // One sasaran over three indicators: its number and text once (merged cells in the seed).
  expect(d.daftar.sasaran.map((s) => s.no)).toEqual(["1.", "", ""]);
});

describe("from a few records", () => {
  it("takes every indicator when the Tingkat column is not used", () => {
    const d = dataPk(
      bukuKerja({
        indikator: [
          indikator({ sasaran: "S1", indikator: "A", satuan: "dokumen", target: 12 }),
          indikator({ sasaran: "S1", indikator: "B", satuan: "%", target: 97.5 }),
          indikator({ sasaran: "S2", indikator: "C" }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.sasaran).toEqual([
      { no: "1.", sasaran: "S1", indikator: "A", target: "12" },
      { no: "", sasaran: "", indikator: "B", target: "97,50 %" },
      { no: "2.", sasaran: "S2", indikator: "C", target: "-" },
    ]);
  });

  it("sums a program's pagu awal from its children, falls back to the changed pagu, names no source when none is typed", () => {
    const d = dataPk(
      bukuKerja({
        anggaran: [
          barisAnggaran({ kode: "7.01.01", uraian: "Program A" }),
          barisAnggaran({ kode: "7.01.01.2.01", uraian: "Kegiatan", paguAwal: 1_000_000 }),
          barisAnggaran({ kode: "7.01.01.2.02", uraian: "Kegiatan baru", paguPerubahan: 250_000 }),
          barisAnggaran({ kode: "7.01.02", uraian: "Program B", paguAwal: 5_000, sumberDana: "DAK" }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.program).toEqual([
      { no: "1", program: "Program A", anggaran: "Rp 1.250.000", keterangan: "" },
      { no: "2", program: "Program B", anggaran: "Rp 5.000", keterangan: "Sumber Dana DAK" },
    ]);
    expect(d.nilai.totalProgram).toBe("Rp 1.255.000");
  });
});
