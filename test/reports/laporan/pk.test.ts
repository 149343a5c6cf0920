// dataPk: the Perjanjian Kinerja's sasaran, indikator, target and program budgets.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { dataPk } from "../../../src/reports/laporan/pk";
import { barisAnggaran, bukuKerja, bukuKerjaDari, indikator, ttd } from "../../rekaman";

const TANGGAL = ttd("31 Januari 2024", "Klakah");

describe("Kecamatan Klakah 2023 (seed 001, its PK lampiran lines 773-794)", () => {
  const d = dataPk(bukuKerjaDari(CONTOH_KLAKAH_2023), TANGGAL);

  it("lists the two sasaran strategis with their targets, not the tujuan's IKM nor the programs' (lines 775-777)", () => {
    expect(d.daftar.sasaran).toEqual([
      {
        no: "1.",
        sasaran: "Mengoptimalkan fasilitasi dan koordinasi Kecamatan",
        // Marked as the sample's IKU sheet lists it (seed 001 section 3.1 measures them as IKU).
        indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti (IKU)",
        target: "95,23 %",
      },
      {
        no: "2.",
        sasaran: "Meningkatnya akuntabilitas pemerintahan desa",
        indikator:
          "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu (IKU)",
        // As signed (line 778); the PK Perubahan's 95,23 is the PK Perubahan document's.
        target: "85,23 %",
      },
    ]);
  });

  it("lists the Sasaran Program table: six sasaran program over eight program indicators (lines 779-785)", () => {
    expect(d.daftar.sasaranProgram.map((s) => [s.no, s.sasaran, s.target])).toEqual([
      ["1.", "Meningkatnya pemenuhan kebutuhan operasional kantor", "100 %"],
      ["2.", "Meningkatnya pelayanan administrasi kecamatan sesuai SP dan SOP", "100 %"],
      ["3.", "Meningkatnya persentase fasilitasi pemberdayaan masyarakat", "100 %"],
      ["4.", "Meningkatnya fasilitasi koordinasi ketenteraman dan ketertiban umum", "100 %"],
      ["5.", "Meningkatnya pemenuhan urusan pemerintahan umum", "100 %"],
      [
        "6.",
        "Meningkatnya fasilitasi, rekomendasi dan koordinasi pembinaan dan pengawasan pemerintahan desa",
        "100 %",
      ],
      ["", "", "100 %"],
      ["", "", "95,23 %"],
    ]);
    expect(d.daftar.sasaranProgram[7]!.indikator).toBe("Persentase desa yang menetapkan LPPDes tepat waktu");
  });

  it("prints the program budgets as signed, JUMLAH Rp 2.614.880.463 (lines 788-794), not the roll-up 2.486.022.481", () => {
    expect(d.daftar.program.map((p) => [p.no, p.anggaran, p.keterangan])).toEqual([
      ["1", "Rp 2.104.137.463", "Sumber Dana DAU"],
      ["2", "Rp 10.360.000", "Sumber Dana DAU"],
      ["3", "Rp 182.633.000", "Sumber Dana DAU"],
      ["4", "Rp 4.850.000", "Sumber Dana DAU"],
      ["5", "Rp 7.800.000", "Sumber Dana DAU"],
      ["6", "Rp 305.100.000", "Sumber Dana DAU"],
    ]);
    expect(d.nilai).toMatchObject({
      totalProgram: "Rp 2.614.880.463",
      tanggal: "31 Januari 2024",
      jabatanPihakKeduaKapital: "BUPATI LUMAJANG",
    });
  });
});

describe("Kecamatan Lumajang 2021 (seed 003, its PK lines 208-222)", () => {
  const d = dataPk(bukuKerjaDari(CONTOH_LUMAJANG_2021), TANGGAL);

  it("prints the first program as signed, Rp 6.183.035.351, and JUMLAH as the sum of its rows", () => {
    expect(d.daftar.program.map((p) => p.anggaran)).toEqual([
      "Rp 6.183.035.351",
      "Rp 23.441.000",
      "Rp 3.600.000",
      "Rp 129.600.000",
    ]);
    // Line 222 prints JUMLAH Rp 6.420.166.069 (the pagu awal of all sub kegiatan) under rows
    // that add up to 6.339.676.351: a printed total is always the sum of its rows.
    expect(d.nilai.totalProgram).toBe("Rp 6.339.676.351");
  });

  it("one sasaran over three indicators: its number and text once (merged cells); no program indicators", () => {
    expect(d.daftar.sasaran.map((s) => s.no)).toEqual(["1.", "", ""]);
    expect(d.daftar.sasaranProgram).toEqual([]);
  });
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

  it("prints a program's Anggaran PK where typed, the roll-up elsewhere; the total is the sum printed", () => {
    const d = dataPk(
      bukuKerja({
        anggaran: [
          barisAnggaran({ kode: "7.01.01", uraian: "Program A", anggaranPk: 1_300_000 }),
          barisAnggaran({ kode: "7.01.01.2.01", uraian: "Kegiatan", paguAwal: 1_000_000 }),
          barisAnggaran({ kode: "7.01.02", uraian: "Program B", paguAwal: 5_000 }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.program.map((p) => p.anggaran)).toEqual(["Rp 1.300.000", "Rp 5.000"]);
    expect(d.nilai.totalProgram).toBe("Rp 1.305.000");
  });

  it("takes the sasaran rows when there are, program rows for the Sasaran Program table, the program's name when no sasaran program is typed", () => {
    const d = dataPk(
      bukuKerja({
        indikator: [
          indikator({ tingkat: "Tujuan", sasaran: "T", indikator: "IKM" }),
          indikator({ tingkat: "Sasaran", sasaran: "S", indikator: "A", satuan: "%", target: 90 }),
          indikator({ tingkat: "Program", sasaran: "Program X", sasaranProgram: "SP", indikator: "B" }),
          indikator({ tingkat: "Program", sasaran: "Program X", sasaranProgram: "SP", indikator: "C" }),
          indikator({
            tingkat: "Program",
            sasaran: "Program Y",
            indikator: "D",
            satuan: "dokumen",
            target: 4,
          }),
          indikator({ tingkat: "Kegiatan", sasaran: "Kegiatan Z", indikator: "E" }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.sasaran).toEqual([{ no: "1.", sasaran: "S", indikator: "A", target: "90 %" }]);
    expect(d.daftar.sasaranProgram).toEqual([
      { no: "1.", sasaran: "SP", indikator: "B", target: "-" },
      { no: "", sasaran: "", indikator: "C", target: "-" },
      { no: "2.", sasaran: "Program Y", indikator: "D", target: "4" },
    ]);
  });
});
