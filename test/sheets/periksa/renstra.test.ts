// Periksa Data on Target Renstra (issue 12): every check, each naming sheet, row, column and cell.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import type { BukuKerja } from "../../../src/core/model/bukuKerja";
import { TARGET_RENSTRA } from "../../../src/core/model/renstra";
import { bacaBukuKerja } from "../../../src/sheets/baca";
import { periksaTargetRenstra } from "../../../src/sheets/periksa/renstra";
import { googleContoh } from "../../bantu";
import { bukuKerja, bukuKerjaDari, indikator, rekamanKosong } from "../../rekaman";

type Baris = ReturnType<typeof rekamanKosong<typeof TARGET_RENSTRA>>;
const baris = (b: number, isi: Partial<Baris>): Baris => ({ ...rekamanKosong(TARGET_RENSTRA, b), ...isi });
const temuan = (bk: BukuKerja) =>
  periksaTargetRenstra(bk).map((m) => [m.tingkat, m.lembar, m.sel ?? m.kolom ?? "", m.pesan]);

const ikm = indikator({
  baris: 2,
  kode: "1.1",
  tingkat: "Sasaran",
  indikator: "Nilai IKM",
  target: 86.4,
  targetTahunLalu: 86.32,
  realisasiTahunLalu: 87.01,
  targetAkhirRenstra: 86.5,
});
const lengkap = [
  baris(2, { kode: "1.1", tahun: 2019, target: 86.32, realisasi: 86.7 }),
  baris(3, { kode: "1.1", tahun: 2022, target: 86.45 }),
];
const bk = (rows: Baris[], p: Partial<BukuKerja["pengaturan"]> = {}, ind = ikm) =>
  bukuKerja({
    pengaturan: { tahun: 2021, periodeRenstra: { awal: 2019, akhir: 2023 }, ...p },
    indikator: [ind],
    targetRenstra: rows,
  });

it("finds nothing in the two samples (their seeds' years, each figure typed once)", () => {
  expect(periksaTargetRenstra(bukuKerjaDari(CONTOH_LUMAJANG_2021))).toEqual([]);
  expect(periksaTargetRenstra(bukuKerjaDari(CONTOH_KLAKAH_2023))).toEqual([]);
});

it("finds nothing when every year is filled", () => {
  expect(temuan(bk(lengkap))).toEqual([]);
});

describe("rows", () => {
  it("an unknown Kode Indikator, a repeated indicator and year: galat at the cell", () => {
    expect(
      temuan(
        bk([
          ...lengkap,
          baris(4, { kode: "9", tahun: 2019, target: 1 }),
          baris(5, { kode: "1.1 ", tahun: 2019 }),
        ]),
      ),
    ).toEqual([
      ["galat", "Target Renstra", "A4", "Kode indikator 9 tidak ada di lembar Kinerja."],
      ["galat", "Target Renstra", "B5", "Indikator 1.1 tahun 2019 sudah ada di baris 2."],
    ]);
  });

  it("a year outside the period: not printed, said", () => {
    expect(temuan(bk([...lengkap, baris(4, { kode: "1.1", tahun: 2018, target: 86 })]))).toEqual([
      [
        "peringatan",
        "Target Renstra",
        "B4",
        "Tahun 2018 di luar Periode Renstra 2019-2023: baris ini tidak dicetak.",
      ],
    ]);
  });

  it("a realisasi of this year is ignored (computed from the quarters); of a later year, a galat", () => {
    const rows = [lengkap[0]!, baris(3, { kode: "1.1", tahun: 2022, target: 86.45, realisasi: 90 })];
    expect(temuan(bk([...rows, baris(4, { kode: "1.1", tahun: 2021, realisasi: 87 })]))).toEqual([
      [
        "galat",
        "Target Renstra",
        "D3",
        "Realisasi tahun 2022 (90) untuk tahun yang belum berjalan (tahun laporan 2021).",
      ],
      [
        "peringatan",
        "Target Renstra",
        "D4",
        "Realisasi tahun 2021 (87) diabaikan: realisasi tahun berjalan dihitung dari Realisasi TW di lembar Kinerja baris 2.",
      ],
    ]);
  });

  it("a figure Kinerja holds too and that differs: galat naming both cells; an equal one is fine", () => {
    const rows = [
      ...lengkap,
      baris(4, { kode: "1.1", tahun: 2020, target: 86.32, realisasi: 87.1 }),
      baris(5, { kode: "1.1", tahun: 2023, target: 86.6 }),
      baris(6, { kode: "1.1", tahun: 2021, target: 86 }),
    ];
    expect(temuan(bk(rows))).toEqual([
      [
        "galat",
        "Target Renstra",
        "D4",
        "Realisasi 2020 indikator 1.1 87,1 berbeda dengan Realisasi Tahun Lalu di lembar Kinerja sel R2 (87,01).",
      ],
      [
        "galat",
        "Target Renstra",
        "C5",
        "Target 2023 indikator 1.1 86,6 berbeda dengan Target Akhir Renstra di lembar Kinerja sel I2 (86,5).",
      ],
      [
        "galat",
        "Target Renstra",
        "C6",
        "Target 2021 indikator 1.1 86 berbeda dengan Target di lembar Kinerja sel H2 (86,4).",
      ],
    ]);
  });
});

it("this year's target against the target in force: a PK Perubahan's column is named", () => {
  const ubah = { ...ikm, targetPerubahan: 87 };
  expect(temuan(bk([...lengkap, baris(4, { kode: "1.1", tahun: 2021, target: 86.4 })], {}, ubah))).toEqual([
    [
      "galat",
      "Target Renstra",
      "C4",
      "Target 2021 indikator 1.1 86,4 berbeda dengan Target PK Perubahan di lembar Kinerja sel AA2 (87).",
    ],
  ]);
  expect(temuan(bk([...lengkap, baris(4, { kode: "1.1", tahun: 2021, target: 87 })], {}, ubah))).toEqual([]);
});

describe("the period and the years the tables print", () => {
  it("missing years: one warning per indicator, naming them", () => {
    expect(temuan(bk([lengkap[1]!], {}, { ...ikm, realisasiTahunLalu: null }))).toEqual([
      [
        "peringatan",
        "Target Renstra",
        "",
        'Indikator 1.1 Nilai IKM: target 2019 dan realisasi 2019 dan 2020 kosong; tabel target dan realisasi per tahun (LKJ 3.1.2, laporan triwulan butir 3) mencetak "-".',
      ],
    ]);
  });

  it("no period: the tables are not printed, said once", () => {
    expect(temuan(bk(lengkap, { periodeRenstra: null }))).toEqual([
      [
        "peringatan",
        "Target Renstra",
        "",
        "Periode Renstra (Pengaturan) kosong: tabel target dan realisasi per tahun (LKJ 3.1.2, laporan triwulan butir 3) tidak dicetak.",
      ],
    ]);
  });

  it("a single year: not printed, said; a transitional three years: printed, nothing said of the period; longer: the last five, said", () => {
    expect(temuan(bk([], { periodeRenstra: { awal: 2023, akhir: 2023 } }))[0]).toEqual([
      "peringatan",
      "Target Renstra",
      "",
      "Periode Renstra (Pengaturan) 2023-2023 hanya 1 tahun: tabel target dan realisasi per tahun (LKJ 3.1.2, laporan triwulan butir 3) tidak dicetak (perbandingan antartahun memerlukan paling sedikit 2 tahun).",
    ]);
    expect(
      temuan(bk([], { periodeRenstra: { awal: 2021, akhir: 2023 } })).filter((m) =>
        m[3]!.startsWith("Periode"),
      ),
    ).toEqual([]);
    expect(temuan(bk(lengkap, { periodeRenstra: { awal: 2018, akhir: 2023 } }))).toEqual([
      [
        "peringatan",
        "Target Renstra",
        "",
        "Periode Renstra (Pengaturan) 2018-2023 6 tahun: tabel target dan realisasi per tahun (LKJ 3.1.2, laporan triwulan butir 3) hanya memuat 5 tahun terakhir, 2019-2023.",
      ],
    ]);
  });

  it("a report year outside the period: not printed, said", () => {
    expect(temuan(bk(lengkap, { tahun: 2024 }))).toContainEqual([
      "peringatan",
      "Target Renstra",
      "",
      "Tahun laporan 2024 di luar 2019-2023 (Periode Renstra (Pengaturan) 2019-2023): tabel target dan realisasi per tahun (LKJ 3.1.2, laporan triwulan butir 3) tidak dicetak.",
    ]);
  });
});

it("reads Target Renstra and Pembanding for the reports that print them and for Periksa Data, not for the others (issue 13's calls)", () => {
  const g = googleContoh(CONTOH_KLAKAH_2023);
  expect(bacaBukuKerja(g.spreadsheet).targetRenstra).toHaveLength(9);
  expect(
    bacaBukuKerja(g.spreadsheet, ["Pengaturan", "Kinerja", "Target Renstra"]).targetRenstra,
  ).toHaveLength(9);
  g.counts.reset();
  expect(bacaBukuKerja(g.spreadsheet, ["Pengaturan", "SKM"])).toMatchObject({
    targetRenstra: [],
    pembanding: [],
  });
  const tanpa = g.counts.snapshot()["Range.getValues"];
  g.counts.reset();
  expect(bacaBukuKerja(g.spreadsheet).pembanding).toHaveLength(6);
  expect(g.counts.snapshot()["Range.getValues"]).toBe(tanpa! + 2);
});
