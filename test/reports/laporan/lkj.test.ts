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

describe("the complete LKJ of Klakah (seed 001 Bab I-IV, lampiran)", () => {
  const d = dataLkj(bukuKerjaDari(CONTOH_KLAKAH_2023), TANGGAL);

  it("Bab I from Profil Unit: 13 fungsi, the Sub Bagian lettered under the Sekretaris, staff by group", () => {
    expect(d.daftar.fungsi).toHaveLength(13);
    expect(d.daftar.struktur.map((s) => s.no)).toEqual(["1.", "2.", "", "", "3.", "4.", "5."]);
    expect(d.daftar.struktur[2]!.uraian).toBe("a. Sub Bagian Umum");
    expect(d.daftar.sdm.slice(0, 3)).toEqual([
      { kelompok: "Status", uraian: "ASN", jumlah: "13" },
      { kelompok: "", uraian: "Non ASN", jumlah: "8" },
      { kelompok: "Pendidikan", uraian: "SMA/Sederajat", jumlah: "8" },
    ]);
    expect(d.nilai.kalimatSdm).toMatch(
      /^Aparatur Kecamatan Klakah menurut status: 13 ASN dan 8 Non ASN \(21 orang\); menurut pendidikan: 8 SMA\/Sederajat, 1 Diploma, 10 S1 dan 2 S2 \(21 orang\)/,
    );
    // One masalah pokok over its eight problems, as table 1.3 merges it.
    expect(d.daftar.isu.map((i) => i.no)).toEqual(["1", "", "", "", "", "", "", ""]);
    expect(d.daftar.strategi).toHaveLength(3);
  });

  it("Bab II: the tujuan and sasaran with target, Renstra end target and formula; the PK's total", () => {
    expect(d.daftar.tujuan).toEqual([
      {
        no: "1",
        uraian: "Meningkatnya Kepuasan Masyarakat",
        indikator: "Nilai IKM Pelayanan Kecamatan Klakah",
        target: "90,00",
        targetRenstra: "90,00",
        formulasi: "Survei Kepuasan Masyarakat (SKM)",
      },
    ]);
    expect(d.daftar.sasaran.map((s) => s.no)).toEqual(["1", "2"]);
    expect(d.nilai.totalProgramPk).toBe("Rp 2.614.880.463");
  });

  it("2.2: the PK Perubahan as table 2.2 prints it, 85,23 -> 95,23, the year measured against 95,23; the lampiran as signed", () => {
    expect(d.daftar.pkTetap).toEqual([]);
    expect(d.daftar.pkUbah.map((r) => [r.no, r.target, r.targetPerubahan])).toEqual([
      ["1.", "95,23 %", "95,23 %"],
      ["2.", "85,23 %", "95,23 %"],
    ]);
    expect(d.nilai.kalimatPkPerubahan).toBe(
      "Perjanjian Kinerja Perubahan tanggal 2 Oktober 2023 mengubah target indikator Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu dari 85,23 % menjadi 95,23 %; target indikator lainnya tetap. Capaian tahun ini diukur terhadap target sesudah perubahan.",
    );
    expect(d.daftar.sasaran.map((r) => r.target)).toEqual(["95,23 %", "95,23 %"]);
    expect(d.daftar.indikator[2]).toMatchObject({ target: "95,23 %", capaian: "105,01 %" });
    expect(d.daftar.narasi[2]!.kalimat).toContain("ditargetkan sebesar 95,23 %");
    expect(d.daftar.pkSasaran.map((r) => r.target)).toEqual(["95,23 %", "85,23 %"]);
  });

  it("2.2 without a PK Perubahan: the PK's targets, no before/after table, no sentence", () => {
    const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
    const tanpa = dataLkj(
      {
        ...bk,
        pengaturan: { ...bk.pengaturan, tanggalPkPerubahan: null },
        indikator: bk.indikator.map((i) => ({ ...i, targetPerubahan: null })),
      },
      TANGGAL,
    );
    expect(tanpa.daftar.pkUbah).toEqual([]);
    expect(tanpa.daftar.pkTetap).toEqual(tanpa.daftar.pkSasaran);
    expect(tanpa.nilai.kalimatPkPerubahan).toBe("");
    // Only a program's target revised: the table of 2.2 is printed, and its sentence says so.
    const program = dataLkj(
      {
        ...bk,
        indikator: bk.indikator.map((i) => ({
          ...i,
          targetPerubahan: i.tingkat === "Program" && i.target === 95.23 ? 100 : null,
        })),
      },
      TANGGAL,
    );
    expect(program.daftar.pkUbah).toHaveLength(2);
    expect(program.nilai.kalimatPkPerubahan).toBe(
      "Perjanjian Kinerja Perubahan tanggal 2 Oktober 2023 tidak mengubah target indikator sasaran.",
    );
    // Measured against the signed 85,23: 100 / 85,23.
    expect(tanpa.daftar.indikator[2]).toMatchObject({ target: "85,23 %", capaian: "117,33 %" });
  });

  it("Bab III: table 3.2's program indicators, each program named once; one narrative per PK indicator", () => {
    expect(d.daftar.program.map((p) => [p.program !== "", p.capaian])).toEqual([
      [true, "100,00 %"],
      [true, "100,00 %"],
      [true, "100,00 %"],
      [true, "100,00 %"],
      [true, "100,00 %"],
      [true, "100,00 %"],
      [false, "100,00 %"],
      [false, "105,01 %"],
    ]);
    expect(d.daftar.narasi.map((n) => n.indikator)).toEqual(d.daftar.indikator.map((i) => i.indikator));
    expect(d.nilai).toMatchObject({ jumlahIndikator: "3", jumlahTercapai: "2", jumlahBelum: "1" });
  });

  it("Lampiran: the year's IKM as the SKM report computes it, 84,19 by IKM Tahunan, per quarter", () => {
    expect(d.nilai.skmIkm).toBe("84,19");
    expect(d.daftar.skmTren.map((t) => t.ikm)).toEqual(["81,25", "89,51", "83,84", "82,14"]);
    expect(d.daftar.skmUnsur).toHaveLength(9);
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

describe("3.1.4: the comparison with other units (seed 001 Tabel 3.4, lines 406-420)", () => {
  const d = dataLkj(bukuKerjaDari(CONTOH_KLAKAH_2023), TANGGAL);

  it("prints Klakah beside Kedungjajang and Ranuyoso per indicator, ranked", () => {
    expect(d.daftar.banding.map((r) => [r.no, r.unit, r.realisasi, r.peringkat])).toEqual([
      ["1.", "Kecamatan Ranuyoso", "84,92", "1"],
      ["", "Kecamatan Klakah", "84,19", "2"],
      ["", "Kecamatan Kedungjajang", "82,86", "3"],
      ["2.", "Kecamatan Klakah", "95,24 %", "1"],
      ["", "Kecamatan Ranuyoso", "86 %", "2"],
      ["", "Kecamatan Kedungjajang", "85,48 %", "3"],
      ["3.", "Kecamatan Klakah", "100 %", "1"],
      ["", "Kecamatan Kedungjajang", "97,22 %", "2"],
      ["", "Kecamatan Ranuyoso", "84,85 %", "3"],
    ]);
    expect(d.nilai).toMatchObject({ noBanding: "3.1.4", noEfisiensi: "3.1.5", sumberBanding: "" });
    expect(d.nilai.kalimatBanding).toContain(
      "Pada indikator Nilai IKM Pelayanan Kecamatan Klakah, Kecamatan Klakah dengan realisasi 84,19 berada di peringkat 2 dari 3 perangkat daerah; realisasi terbaik Kecamatan Ranuyoso (84,92).",
    );
    expect(d.nilai.kalimatBanding).toContain(
      "dengan realisasi 100 % berada di peringkat 1 dari 3 perangkat daerah.",
    );
  });

  it("ranks a TURUN indicator lowest first and says so: (semakin rendah semakin baik)", () => {
    const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
    const ikm = bk.indikator.find((i) => i.indikator.startsWith("Nilai IKM"))!;
    expect(ikm.arah).toBe("NAIK");
    const turun = dataLkj(
      { ...bk, indikator: bk.indikator.map((i) => (i === ikm ? { ...i, arah: "TURUN" as const } : i)) },
      TANGGAL,
    );
    // The same three realisations, the order reversed: 82,86 is now the best.
    expect(turun.daftar.banding.slice(0, 3).map((r) => [r.no, r.unit, r.realisasi, r.peringkat])).toEqual([
      ["1.", "Kecamatan Kedungjajang", "82,86", "1"],
      ["", "Kecamatan Klakah", "84,19", "2"],
      ["", "Kecamatan Ranuyoso", "84,92", "3"],
    ]);
    // The other indicators (NAIK) keep their order.
    expect(turun.daftar.banding.slice(3)).toEqual(d.daftar.banding.slice(3));
    expect(turun.nilai.kalimatBanding).toContain(
      `Pada indikator ${ikm.indikator} (semakin rendah semakin baik), Kecamatan Klakah dengan realisasi 84,19 berada di peringkat 2 dari 3 perangkat daerah; realisasi terbaik Kecamatan Kedungjajang (82,86).`,
    );
    expect(d.nilai.kalimatBanding).not.toContain("semakin rendah");
    expect(turun.nilai.kalimatBanding.match(/semakin rendah semakin baik/g)).toHaveLength(1);
  });

  it("without a Pembanding sheet the section is left out and efficiency is 3.1.4", () => {
    const bk = { ...bukuKerjaDari(CONTOH_KLAKAH_2023), pembanding: [] };
    const tanpa = dataLkj(bk, TANGGAL);
    expect(tanpa.daftar.banding).toEqual([]);
    expect(tanpa.nilai).toMatchObject({ noBanding: "", noEfisiensi: "3.1.4", kalimatBanding: "" });
  });

  it("names its sources once each, and a tie beside the unit", () => {
    const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
    const d2 = dataLkj(
      {
        ...bk,
        pembanding: [
          {
            baris: 2,
            kode: "1.2",
            unit: "Kecamatan Ranuyoso",
            realisasi: 100,
            sumber: "LKJ Kecamatan Ranuyoso 2023",
          },
          {
            baris: 3,
            kode: "1.2",
            unit: "Kecamatan Tekung",
            realisasi: 90,
            sumber: "LKJ Kecamatan Ranuyoso 2023",
          },
        ],
      },
      TANGGAL,
    );
    expect(d2.nilai.sumberBanding).toBe("Sumber: LKJ Kecamatan Ranuyoso 2023.");
    expect(d2.nilai.kalimatBanding).toContain(
      "berada di peringkat 1 dari 3 perangkat daerah, sama dengan Kecamatan Ranuyoso.",
    );
  });
});
