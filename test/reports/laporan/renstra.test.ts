// The Renstra's years as the LKJ and the quarterly report print them, from plain records.
import { describe, expect, it } from "vitest";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { TARGET_RENSTRA } from "../../../src/core/model/renstra";
import { TEMPLATE_TRIWULAN } from "../../../src/reports/bawaan";
import { tabelRenstraTahunan } from "../../../src/reports/laporan/renstra";
import { dataTriwulan } from "../../../src/reports/laporan/triwulan";
import { capaianLaporan } from "../../../src/reports/laporan/umum";
import { isiTemplate } from "../../../src/reports/template";
import { bukuKerja, bukuKerjaDari, indikator, rekamanKosong, ttd } from "../../rekaman";

const baris = (b: number, kode: string, tahun: number, target: number | null, realisasi: number | null) => ({
  ...rekamanKosong(TARGET_RENSTRA, b),
  kode,
  tahun,
  target,
  realisasi,
});

// A "turun" indicator (days to finish a service): met when the realisasi is at or below target.
const hari = indikator({
  kode: "2",
  tingkat: "Sasaran",
  indikator: "Rata-rata hari penyelesaian layanan",
  satuan: "hari",
  arah: "TURUN",
  agregasi: "TERAKHIR",
  target: 3,
  realisasi: [null, null, null, 4],
  targetTahunLalu: 4,
  realisasiTahunLalu: 4,
});

function tabel(
  tahun: number,
  periode: { awal: number; akhir: number } | null,
  rows = [] as ReturnType<typeof baris>[],
) {
  const bk = bukuKerja({
    pengaturan: { tahun, periodeRenstra: periode },
    indikator: [hari],
    targetRenstra: rows,
  });
  return tabelRenstraTahunan(bk, [capaianLaporan(bk, hari, 4)], `pada tahun ${tahun}`);
}

describe("tabelRenstraTahunan", () => {
  it("fills the five columns, flags the k years up to the report year, and judges a turun indicator downwards", () => {
    const d = tabel(2023, { awal: 2019, akhir: 2023 }, [
      baris(2, "2", 2019, 6, 7),
      baris(3, "2", 2020, 5, 5),
      baris(4, "2", 2021, 5, 4),
    ]);
    expect(d.nilai).toMatchObject({
      adaRenstraTahunan: "ya",
      tahunRenstra1: "2019",
      tahunRenstra5: "2023",
      renstraSampai4: "",
      renstraSampai5: "ya",
    });
    expect(d.baris).toEqual([
      {
        no: "1",
        indikator: "Rata-rata hari penyelesaian layanan",
        ...{ target1: "6", realisasi1: "7", target2: "5", realisasi2: "5", target3: "5", realisasi3: "4" },
        ...{ target4: "4", realisasi4: "4", target5: "3", realisasi5: "4" },
      },
    ]);
    expect(d.nilai.kalimatTrenRenstra).toBe(
      "Realisasi Rata-rata hari penyelesaian layanan turun dari 7 pada tahun 2019 menjadi 4 pada tahun 2023 (turun 3 hari), sedangkan targetnya turun dari 6 menjadi 3; target tercapai pada 3 dari 5 tahun (belum tercapai: 2019, 2023).",
    );
  });

  it("in the period's second year flags two years: last year and this from Kinerja, '-' for what no sheet holds", () => {
    const d = tabel(2020, { awal: 2019, akhir: 2023 });
    expect(d.nilai).toMatchObject({ renstraSampai2: "ya", renstraSampai5: "" });
    expect(d.baris[0]).toMatchObject({
      ...{ target1: "4", realisasi1: "4", target2: "3", realisasi2: "4" },
      ...{ target3: "-", realisasi3: "-", target5: "-" },
    });
    expect(d.nilai.kalimatTrenRenstra).toBe(
      "Realisasi Rata-rata hari penyelesaian layanan tetap 4 pada tahun 2019 dan pada tahun 2020, sedangkan targetnya turun dari 4 menjadi 3; target tercapai pada 1 dari 2 tahun (belum tercapai: 2020).",
    );
  });

  it("prints a transitional Renstra's three years: its table of three, the later columns empty", () => {
    const d = tabel(2025, { awal: 2024, akhir: 2026 });
    expect(d.nilai).toMatchObject({
      adaRenstraTahunan: "ya",
      renstraLama3: "ya",
      renstraLama5: "",
      renstraSampai2: "ya",
      tahunRenstra1: "2024",
      tahunRenstra3: "2026",
      tahunRenstra4: "",
    });
    expect(d.baris[0]).toMatchObject({ target4: "", realisasi4: "", target5: "", realisasi5: "" });
  });

  it("gives nothing without a period, with a single year, or for a year outside it", () => {
    for (const d of [
      tabel(2023, null),
      tabel(2023, { awal: 2023, akhir: 2023 }),
      tabel(2025, { awal: 2019, akhir: 2023 }),
    ]) {
      expect(d.baris).toEqual([]);
      expect(d.nilai.adaRenstraTahunan).toBe("");
      expect([1, 2, 3, 4, 5].map((n) => d.nilai[`renstraSampai${n}` as "renstraSampai1"])).toEqual([
        "",
        "",
        "",
        "",
        "",
      ]);
    }
  });
});

describe("the trend before the year's end (quarterly report, TW III)", () => {
  it("does not judge the year to date against its annual target, and compares a JUMLAH indicator over whole years", () => {
    const bk = bukuKerjaDari(CONTOH_LUMAJANG_2021);
    const capaian = bk.indikator.map((i) => capaianLaporan(bk, i, 3));
    const kini = "sampai dengan triwulan III tahun 2021";
    const tw3 = tabelRenstraTahunan(bk, capaian, kini, false).nilai.kalimatTrenRenstra;
    expect(tw3).toContain("menjadi 87,28 sampai dengan triwulan III tahun 2021 (naik 0,58 poin)");
    expect(tw3).toContain("target tercapai pada 2 dari 2 tahun");
    expect(tabelRenstraTahunan(bk, capaian, kini, true).nilai.kalimatTrenRenstra).toContain(
      "target tercapai pada 3 dari 3 tahun",
    );
    // A count summed over the quarters: TW I-III of 2021 are not set against whole years.
    const jumlah = { ...bk, indikator: bk.indikator.map((i) => ({ ...i, agregasi: "JUMLAH" as const })) };
    const cj = jumlah.indikator.map((i) => capaianLaporan(jumlah, i, 3));
    const t = tabelRenstraTahunan(jumlah, cj, kini, false).nilai.kalimatTrenRenstra;
    expect(t).not.toContain("triwulan III tahun 2021");
    expect(t).toContain("pada tahun 2020");
  });
});

it("the quarterly report of a transitional Renstra (2020-2022) prints item 3 with its three years", () => {
  const bk = bukuKerjaDari(CONTOH_LUMAJANG_2021);
  const transisi = { ...bk, pengaturan: { ...bk.pengaturan, periodeRenstra: { awal: 2020, akhir: 2022 } } };
  const dok = isiTemplate(TEMPLATE_TRIWULAN, dataTriwulan(transisi, 3, ttd("8 Oktober 2021")));
  const tabel = dok.elemen.filter(
    (e) => e.jenis === "tabel" && e.baris.flat().includes("TARGET JANGKA MENENGAH"),
  );
  expect(tabel).toHaveLength(1);
  const t = tabel[0]!;
  if (t.jenis !== "tabel") throw new Error("bukan tabel");
  expect(t.baris[1]).toEqual(["", "", "TAHUN 2020", "TAHUN 2021", "TAHUN 2022", "2020", "2021"]);
  expect(JSON.stringify(dok)).not.toMatch(/\{\{|undefined|NaN/);
});
