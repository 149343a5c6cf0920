// Periksa Data on the Renja sheet (seed 002, Kecamatan Jatiroto 2020).
import { describe, expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../../src/contoh/jatiroto2020";
import { hurufKolom, nomorKolom } from "../../../src/core/model/kolom";
import { RENJA } from "../../../src/core/model/renja";
import { bacaBukuKerja } from "../../../src/sheets/baca";
import { periksaBukuKerja } from "../../../src/sheets/periksa";
import { siapkanBukuKerja } from "../../../src/sheets/siapkan";
import { google, googleContoh } from "../../bantu";
import type { FakeGoogle } from "../../fakes";

/** The Renja sheet's own findings (the whole Renja's, about its Bab II 2.1, in renjaDokumen.test.ts). */
const periksa = (g: FakeGoogle) =>
  periksaBukuKerja(bacaBukuKerja(g.spreadsheet)).filter(
    (m) => m.lembar === "Renja" && !m.pesan.includes("tidak masuk evaluasi Bab II 2.1"),
  );
const sel = (judul: string, baris: number) => `${hurufKolom(nomorKolom(RENJA, judul))}${baris}`;
/** The sheet row holding an indicator. */
const barisIndikator = (g: FakeGoogle, indikator: string) =>
  g.sheetValues("Renja").findIndex((r) => r[nomorKolom(RENJA, "Indikator") - 1] === indikator) + 1;

/** T-C.29's count rows whose realisations the seed prints in percent (rows 2, 4, 5, 7-11). */
const DALAM_PERSEN = [
  "Jumlah jenis pelayanan administrasi dan operasional perkantoran",
  "Jumlah sarana dan prasarana aparatur yang disediakan",
  "Jumlah sarana dan prasarana aparatur yang terpelihara",
  "Jumlah Dokumen LAKIP yang tersusun",
  "Jumlah dokumen Laporan Keuangan Akhir Tahun yang tersusun",
  "Jumlah dokumen Laporan Indeks Kepuasan Masyarakat yang tersusun",
  "Jumlah dokumen Rencana Kerja yang tersusun",
  "Jumlah dokumen Rencana Kerja dan Anggaran (RKA) SKPD yang tersusun",
];
const LAKIP = "Jumlah Dokumen LAKIP yang tersusun";

describe("Periksa Data, a realisation K in another unit than its target", () => {
  it("the sample as seed 002 prints it (Satuan Realisasi %): no galat, a peringatan on each of the eight rows", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    const m = periksa(g);
    expect(m.filter((x) => x.tingkat === "galat")).toEqual([]);
    expect(m.map((x) => x.sel)).toEqual(
      DALAM_PERSEN.map((i) => sel("Satuan Realisasi", barisIndikator(g, i))),
    );
    const r = barisIndikator(g, LAKIP);
    expect(m[3]).toEqual({
      tingkat: "peringatan",
      lembar: "Renja",
      baris: r,
      kolom: "Satuan Realisasi",
      sel: sel("Satuan Realisasi", r),
      pesan:
        "Realisasi (K) Jumlah Dokumen LAKIP yang tersusun ditulis dalam %, targetnya dalam Dok: tingkat capaian K tidak dihitung dan tidak diberi predikat.",
      saran:
        "Bila realisasinya dalam Dok diketahui, tulis di kolom realisasi (K) dan kosongkan Satuan Realisasi.",
    });
  });

  it("the seed's figures typed without Satuan Realisasi (4 Dok against 100): a galat at the realisation cell", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    for (const i of DALAM_PERSEN)
      g.sheet("Renja")
        .getRange(sel("Satuan Realisasi", barisIndikator(g, i)))
        .setValue("");
    const m = periksa(g);
    expect(m.every((x) => x.tingkat === "galat")).toBe(true);
    expect(m.map((x) => x.baris)).toEqual(DALAM_PERSEN.map((i) => barisIndikator(g, i)));
    const r = barisIndikator(g, LAKIP);
    expect(m[3]).toEqual({
      tingkat: "galat",
      lembar: "Renja",
      baris: r,
      kolom: "Realisasi s.d. n-2 (K)",
      sel: sel("Realisasi s.d. n-2 (K)", r),
      pesan:
        "Jumlah Dokumen LAKIP yang tersusun: Realisasi s.d. n-2 (K) 100 lebih dari dua kali Target Renstra (K) 4 Dok. Realisasi tampaknya ditulis dalam satuan lain (misalnya %), dan capaian dari dua satuan yang berbeda tidak bermakna.",
      saran:
        "Tulis realisasi dalam Dok, atau tulis satuannya di kolom Satuan Realisasi (misalnya %; tingkat capaian K lalu tidak dihitung). Bila angkanya memang dalam Dok, tulis Dok di kolom Satuan Realisasi.",
    });
    // Row 5 of T-C.29: both cells named, at the first.
    expect(m[2]!.kolom).toBe("Realisasi s.d. n-2 (K)");
    expect(m[2]!.pesan).toBe(
      "Jumlah sarana dan prasarana aparatur yang terpelihara: Realisasi s.d. n-2 (K) 97,37 lebih dari dua kali Target Renstra (K) 30 Jenis; Realisasi TW II (K) 44,01 lebih dari dua kali Target n-1 (K) 8 Jenis. Realisasi tampaknya ditulis dalam satuan lain (misalnya %), dan capaian dari dua satuan yang berbeda tidak bermakna.",
    );
  });

  it("a count confirmed in its own unit passes, however far above its target", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    const r = barisIndikator(g, LAKIP);
    g.sheet("Renja").getRange(sel("Satuan Realisasi", r)).setValue("dokumen");
    expect(periksa(g).filter((x) => x.baris === r)).toEqual([]);
  });
});

describe("Periksa Data, group rows (seed 002's 'A Pemerintahan Umum')", () => {
  const isi = (g: FakeGoogle, judul: string, baris: number, v: unknown) =>
    g
      .sheet("Renja")
      .getRange(sel(judul, baris))
      .setValue(v as string);

  it("takes a letter in Kode as a group row, not a malformed code", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    expect(g.sheetValues("Renja")[1]!.slice(0, 3)).toEqual(["A", "", "Pemerintahan Umum"]);
    expect(periksa(g).filter((x) => x.baris === 2)).toEqual([]);
  });

  it("a group row holds its name only: a figure or an indicator typed there is a galat at that cell", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    isi(g, "Indikator", 2, "Persentase urusan");
    isi(g, "Pagu n", 2, 4_175_000_000);
    expect(periksa(g).filter((x) => x.baris === 2)).toEqual([
      {
        tingkat: "galat",
        lembar: "Renja",
        baris: 2,
        kolom: "Indikator",
        sel: sel("Indikator", 2),
        pesan: "Baris kelompok A (Pemerintahan Umum) berisi Indikator; baris kelompok hanya memuat namanya.",
        saran: "Pindahkan isian ini ke baris program atau kegiatan di bawahnya, atau kosongkan.",
      },
      {
        tingkat: "galat",
        lembar: "Renja",
        baris: 2,
        kolom: "Pagu n",
        sel: sel("Pagu n", 2),
        pesan: "Baris kelompok A (Pemerintahan Umum) berisi Pagu n; baris kelompok hanya memuat namanya.",
        saran: "Pindahkan isian ini ke baris program atau kegiatan di bawahnya, atau kosongkan.",
      },
    ]);
  });

  it("a group without a name, and a group letter used twice, are galat", () => {
    const g = googleContoh(CONTOH_RENJA_JATIROTO_2020);
    isi(g, "Program/Kegiatan", 2, "");
    const akhir = g.sheetValues("Renja").length + 1;
    isi(g, "Kode", akhir, "a");
    isi(g, "Program/Kegiatan", akhir, "Pemerintahan Umum");
    const galat = periksa(g).filter((x) => x.tingkat === "galat");
    expect(galat.map((x) => [x.sel, x.tingkat, x.pesan])).toEqual([
      [sel("Program/Kegiatan", 2), "galat", "Nama kelompok A kosong."],
      [sel("Kode", akhir), "galat", "Kode A sudah dipakai di baris 2."],
    ]);
  });
});

it("a Renja sheet set up before Satuan Realisasi: Periksa Data names the column, Siapkan Lembar Kerja adds it last", () => {
  const lama = RENJA.kolom.filter((k) => k.judul !== "Satuan Realisasi").map((k) => k.judul);
  const baris = lama.map((j) => ({ Kode: "1", "Program/Kegiatan": "Program A", Satuan: "Dok" })[j] ?? "");
  const g = google({ sheets: { Renja: [lama, baris] } });
  expect(periksa(g)).toContainEqual(
    expect.objectContaining({
      tingkat: "galat",
      kolom: "Satuan Realisasi",
      pesan: 'Kolom "Satuan Realisasi" tidak ditemukan di baris judul.',
    }),
  );
  const hasil = siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
  expect(hasil.ditambahkan).toContain("Renja: kolom Satuan Realisasi");
  expect(g.sheetValues("Renja")[0]).toEqual(RENJA.kolom.map((k) => k.judul));
  expect(g.sheetValues("Renja")[1]!.slice(0, lama.length)).toEqual(baris);
  expect(periksa(g)).toEqual([]);
  expect(bacaBukuKerja(g.spreadsheet).renja[0]).toMatchObject({
    kode: "1",
    satuan: "Dok",
    satuanRealisasi: "",
  });
});
