// dataLkj: LKJ Bab III, capaian with comparisons, budget, efficiency and the chart.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { SKALA_PERMENDAGRI } from "../../../src/core/predikat";
import { dataLkj } from "../../../src/reports/laporan/lkj";
import { barisAnggaran, bukuKerja, bukuKerjaDari, indikator, ttd } from "../../rekaman";

const TANGGAL = ttd("31 Januari 2024", "Klakah");

describe("Kecamatan Klakah 2023 (seed 001)", () => {
  const d = dataLkj(bukuKerjaDari(CONTOH_KLAKAH_2023), TANGGAL);

  it("the annual IKM is the mean of its quarters, 84,19 (never the seed's 84,25): capaian 93,54 %, Berhasil", () => {
    expect(d.daftar.indikator[0]).toMatchObject({
      target: "90,00",
      realisasi: "84,19",
      capaian: "93,54 %",
      predikat: "Berhasil",
      targetLalu: "86,75",
      realisasiLalu: "87,03",
      capaianLalu: "100,32 %",
      targetRenstra: "90,00",
      capaianRenstra: "93,54 %",
    });
  });

  it("rates 40/42 = 95,24 against 95,23 as 100,01 %, and 36/36 documents as 105,01 % (the seed printed 97 and 105)", () => {
    expect(d.daftar.indikator.slice(1).map((r) => [r.realisasi, r.capaian, r.capaianLalu])).toEqual([
      ["95,24 %", "100,01 %", "100,97 %"],
      ["100 %", "105,01 %", "114,99 %"],
    ]);
    expect(d.nilai).toMatchObject({
      rataCapaian: "99,52 %",
      predikatRata: "Sangat Berhasil",
      tahunLalu: "2022",
    });
  });

  it("compares each program's capaian with its absorption: efficiency = kinerja - anggaran", () => {
    expect(d.daftar.efisiensi.map((e) => [e.no, e.capaianAnggaran, e.capaianKinerja, e.efisiensi])).toEqual([
      ["1", "94,37 %", "100,00 %", "5,63 %"],
      ["2", "100,00 %", "100,00 %", "0,00 %"],
      ["3", "100,00 %", "100,00 %", "0,00 %"],
      ["4", "100,00 %", "100,00 %", "0,00 %"],
      ["5", "100,00 %", "100,00 %", "0,00 %"],
      // RKPDes 100/100, APBDes 100/100, LPPDes 100/95,23: mean 101,67 %.
      ["6", "100,00 %", "101,67 %", "1,67 %"],
    ]);
    expect(d.nilai).toMatchObject({
      totalPagu: "2.486.022.481",
      totalRealisasi: "2.371.301.000",
      totalSisa: "114.721.481",
      totalSerapan: "95,39 %",
    });
  });

  it("charts the capaian as printed, against 100 %", () => {
    expect(d.grafik.capaian).toEqual({
      judul: "Capaian Indikator Kinerja Kecamatan Klakah Tahun 2023",
      label: d.daftar.indikator.map((r) => r.indikator),
      nilai: [93.54, 100.01, 105.01],
      satuan: "Capaian (%)",
      acuan: 100,
    });
  });

  it("states the predikat scale used", () => {
    expect(d.nilai.skalaPredikat).toBe(
      "capaian ≥ 95 %: Sangat Berhasil; 80 % sampai kurang dari 95 %: Berhasil; 50 % sampai kurang dari 80 %: Cukup Berhasil; di bawahnya: Tidak Berhasil",
    );
  });
});

describe("from a few records", () => {
  it("leaves what cannot be computed as '-', charts it as 0, and averages only what can", () => {
    const d = dataLkj(
      bukuKerja({
        pengaturan: { namaUnit: "Kecamatan Uji", tahun: 2024 },
        indikator: [
          indikator({
            tingkat: "Sasaran",
            indikator: "A",
            satuan: "%",
            arah: "NAIK",
            agregasi: "TERAKHIR",
            target: 80,
            realisasi: [null, null, null, 60],
          }),
          indikator({
            tingkat: "Sasaran",
            indikator: "B",
            satuan: "%",
            arah: "NAIK",
            agregasi: "TERAKHIR",
            target: 80,
          }),
        ],
        anggaran: [barisAnggaran({ kode: "7.01.09", uraian: "Program tanpa indikator", paguAwal: 0 })],
      }),
      TANGGAL,
    );
    expect(d.daftar.indikator.map((r) => [r.capaian, r.predikat, r.capaianLalu, r.capaianRenstra])).toEqual([
      ["75,00 %", "Cukup Berhasil", "-", "-"],
      ["-", "-", "-", "-"],
    ]);
    expect(d.grafik.capaian.nilai).toEqual([75, 0]);
    expect(d.nilai).toMatchObject({
      rataCapaian: "75,00 %",
      predikatRata: "Cukup Berhasil",
      tahunLalu: "2023",
    });
    expect(d.daftar.efisiensi).toEqual([
      {
        no: "1",
        program: "Program tanpa indikator",
        pagu: "-",
        realisasi: "-",
        capaianAnggaran: "-",
        capaianKinerja: "-",
        efisiensi: "-",
      },
    ]);
  });

  it("matches a program's indicators to its budget line by name, whatever the case and spacing", () => {
    const d = dataLkj(
      bukuKerja({
        indikator: [
          indikator({
            tingkat: "Program",
            sasaran: "PROGRAM  PELAYANAN ",
            arah: "NAIK",
            agregasi: "TERAKHIR",
            target: 90,
            realisasi: [90, null, null, null],
          }),
        ],
        anggaran: [
          barisAnggaran({
            kode: "7.01.02",
            uraian: "Program Pelayanan",
            paguAwal: 100,
            realisasi: [null, 80, null, null],
          }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.efisiensi[0]).toMatchObject({
      capaianAnggaran: "80,00 %",
      capaianKinerja: "100,00 %",
      efisiensi: "20,00 %",
    });
    expect(d.nilai).toMatchObject({ rataCapaian: "-", predikatRata: "-", tahunLalu: "" });
  });

  it("states a Permendagri 86/2017 scale as it rates: 50 itself is Sangat Rendah", () => {
    const d = dataLkj(bukuKerja({ pengaturan: { skalaPredikat: SKALA_PERMENDAGRI } }), TANGGAL);
    expect(d.nilai.skalaPredikat).toBe(
      "capaian ≥ 91 %: Sangat Tinggi; 76 % sampai kurang dari 91 %: Tinggi; 66 % sampai kurang dari 76 %: Sedang; lebih dari 50 % sampai kurang dari 66 %: Rendah; di bawahnya: Sangat Rendah",
    );
  });
});
