// The report registry: each report once, its sheets from the contract, its data complete for its
// default template, on the sample it is made from.
import { describe, expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../../src/contoh/jatiroto2020";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { CONTOH_RKA_LUMAJANG_2020 } from "../../../src/contoh/rka2020";
import { LEMBAR, NAMA_PENGATURAN } from "../../../src/core/model/bukuKerja";
import { NAMA_PENGATURAN_REKAP, UNIT_REKAP } from "../../../src/core/model/rekap";
import { parsePeriode } from "../../../src/core/skm";
import { TEMPLATE_BAWAAN } from "../../../src/reports/bawaan";
import { cariLaporan, DAFTAR_LAPORAN, type JenisLaporan, NAMA_LAPORAN } from "../../../src/reports/laporan";
import type { KonteksData } from "../../../src/reports/laporan/jenis";
import { periksaTemplate } from "../../../src/reports/template";
import { bukuKerjaDari, ttd } from "../../rekaman";
import { rekapBuatan } from "../../rekapContoh";

const CONTOH: Record<JenisLaporan, typeof CONTOH_KLAKAH_2023> = {
  triwulan: CONTOH_LUMAJANG_2021,
  pk: CONTOH_KLAKAH_2023,
  // No seed holds a PK Perubahan: Klakah's PK with one target revised.
  pkPerubahan: {
    ...CONTOH_KLAKAH_2023,
    indikator: CONTOH_KLAKAH_2023.indikator.map((i, k) => (k === 1 ? { ...i, targetPerubahan: 97 } : i)),
  },
  lkj: CONTOH_KLAKAH_2023,
  skm: CONTOH_KLAKAH_2023,
  poster: CONTOH_LUMAJANG_2021,
  rka: CONTOH_RKA_LUMAJANG_2020,
  kak: CONTOH_RKA_LUMAJANG_2020,
  renja: CONTOH_RENJA_JATIROTO_2020,
  tc29: CONTOH_RENJA_JATIROTO_2020,
  tc30: CONTOH_RENJA_JATIROTO_2020,
  tc31: CONTOH_RENJA_JATIROTO_2020,
  tc32: CONTOH_RENJA_JATIROTO_2020,
  tc33: CONTOH_RENJA_JATIROTO_2020,
  iku: CONTOH_KLAKAH_2023,
  renaksi: CONTOH_KLAKAH_2023,
  pohon: CONTOH_KLAKAH_2023,
  notaSakip: CONTOH_LUMAJANG_2021,
  ikmKabupaten: CONTOH_LUMAJANG_2021,
  rekapCapaian: CONTOH_LUMAJANG_2021,
  lheUnit: CONTOH_LUMAJANG_2021,
  kke: CONTOH_KLAKAH_2023,
  lhe: CONTOH_KLAKAH_2023,
  perbaikan: CONTOH_KLAKAH_2023,
};

function konteks(jenis: JenisLaporan): KonteksData {
  return {
    bk: bukuKerjaDari(CONTOH[jenis]),
    opsi: { jenis },
    tw: 3,
    periode: parsePeriode("TW3"),
    ttd: ttd("31 Januari 2024"),
    // The kabupaten's documents read a rekap (12 generated units), not the workbook.
    ...(cariLaporan(jenis).rekap ? { rekap: rekapBuatan(12) } : {}),
  };
}

it("holds each report once, named for the dialog", () => {
  const jenis = DAFTAR_LAPORAN.map((l) => l.jenis);
  expect(new Set(jenis).size).toBe(jenis.length);
  expect(Object.keys(NAMA_LAPORAN)).toEqual(jenis);
  expect(NAMA_LAPORAN.triwulan).toBe("Laporan Kinerja Triwulan");
  expect(Object.keys(TEMPLATE_BAWAAN).sort()).toEqual([...jenis].sort());
});

it("finds a report by its key, and refuses a stale or tampered key in Indonesian", () => {
  for (const l of DAFTAR_LAPORAN) expect(cariLaporan(l.jenis)).toBe(l);
  expect(() => cariLaporan("laporanLama")).toThrow('Jenis laporan "laporanLama" tidak dikenal.');
  expect(() => cariLaporan(undefined)).toThrow('Jenis laporan "undefined" tidak dikenal.');
});

describe.each(DAFTAR_LAPORAN.map((l) => [l.jenis, l] as const))("%s", (jenis, l) => {
  it("reads Pengaturan and sheets of the contract only (a rekap's, Pengaturan Rekap and Rekap Unit)", () => {
    const nama = l.rekap
      ? [NAMA_PENGATURAN_REKAP, UNIT_REKAP.nama]
      : [NAMA_PENGATURAN, ...LEMBAR.map((s) => s.nama)];
    expect(l.lembar[0]).toBe(l.rekap ? NAMA_PENGATURAN_REKAP : NAMA_PENGATURAN);
    for (const s of l.lembar) expect(nama).toContain(s);
  });

  it("gives its default template every placeholder, and each list exactly the fields it names", () => {
    const d = l.data(konteks(jenis));
    expect(periksaTemplate(TEMPLATE_BAWAAN[jenis], d)).toEqual([]);
    expect(Object.keys(d.kolomDaftar).sort()).toEqual(Object.keys(d.daftar).sort());
    for (const [nama, daftar] of Object.entries(d.daftar)) {
      for (const r of daftar)
        expect(Object.keys(r).filter((k) => k !== "_tebal")).toEqual([...d.kolomDaftar[nama]!]);
    }
    expect(JSON.stringify(d)).not.toMatch(/undefined|NaN|null|\[object/);
  });
});
