// The demo's renderings (out/*.html): what a newcomer sees after `npm run demo`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { type BerkasDemo, buatSemuaLaporan } from "../scripts/laporan-demo";

let laporan: BerkasDemo[];
const html = (berkas: string) => laporan.find((l) => l.berkas === berkas)!.html;

beforeAll(() => {
  laporan = buatSemuaLaporan(mkdtempSync(join(tmpdir(), "sakip-demo-")));
});

it("renders every report of both samples with the seeds' figures and nothing unfilled", () => {
  // 31 Docs: the five samples' documents (Jatiroto's whole Renja and its five tables), the SAKIP evaluation's
  // three (Klakah), the planning chain's three of each of 2 samples, and the tree's preview of
  // each (a Doc takes no SVG).
  expect(laporan.map((l) => l.berkas)).toHaveLength(31);
  const triwulan = html("lumajang-2021-triwulan.html");
  for (const angka of ["101,02 %", "111,11 %", "117,65 %", "66,44 %"]) expect(triwulan).toContain(angka);
  expect(html("klakah-2023-lkj.html")).toContain("84,19");
  // One annual IKM (issue 12): the SKM report of the year prints the LKJ's 84,19, never 84,08.
  expect(html("klakah-2023-skm.html")).toContain("adalah 84,19, dengan mutu pelayanan B (Baik)");
  expect(html("klakah-2023-skm.html")).not.toContain("84,08");
  expect(html("lumajang-2021-skm.html")).toContain("87,28");
  expect(html("klakah-2023-poster.html")).toContain("82,14");
  expect(html("rka-lumajang-2020-rka.html")).toContain("606.324.829,00 (ENAM RATUS ENAM JUTA");
  expect(html("renja-jatiroto-2020-tc29.html")).toContain("468.642.213,68");
  // The tree, drawn in the preview: nine boxes for Klakah's tujuan, two sasaran and six programs.
  expect(html("klakah-2023-pohon-pratinjau.html").match(/<rect [^>]*rx="4"/g)).toHaveLength(9);
  expect(html("klakah-2023-iku.html")).toContain("Survei Kepuasan Masyarakat (SKM) triwulanan");
  expect(html("klakah-2023-renaksi.html")).toContain("393.495.861");
  expect(html("kak-yosowilangun-2020-kak.html")).toContain("96.682.000");
  for (const l of laporan) {
    expect(l.html, l.berkas).not.toMatch(/\{\{|\}\}|undefined|NaN/);
  }
});

it("prints no instruction to the user inside a report: a gap in the data is a Periksa Data finding", () => {
  for (const l of laporan) expect(l.html, l.berkas).not.toMatch(/Pengaturan|belum diisi|Periksa Data/);
  // Klakah's seed gives no population: its SKM report says nothing of the sample, not "-".
  expect(html("klakah-2023-skm.html")).toContain("terhadap 499 responden.</p>");
  expect(html("klakah-2023-skm.html")).not.toMatch(/[Ss]ampel minimal/);
});

it("dates and places each document as its seed signs it, none of them today", () => {
  const ttd = (berkas: string) => [
    ...new Set(html(berkas).match(/(Lumajang|Klakah|Jatiroto), (\d{1,2} )?[A-Z][a-z]+ \d{4}/g)),
  ];
  expect(Object.fromEntries(laporan.map((l) => [l.berkas, ttd(l.berkas)]))).toEqual({
    // Seed 003: the report (line 20), the PK (lines 200, 224), the SKM rekap (line 435).
    "lumajang-2021-triwulan.html": ["Lumajang, 8 Oktober 2021"],
    "lumajang-2021-pk.html": ["Lumajang, 11 Januari 2021"],
    "lumajang-2021-lkj.html": ["Lumajang, 8 Oktober 2021"],
    "lumajang-2021-skm.html": ["Lumajang, 18 Oktober 2021"],
    "lumajang-2021-poster.html": [],
    // The planning documents are set with the PK (issue 15).
    "lumajang-2021-iku.html": ["Lumajang, 11 Januari 2021"],
    "lumajang-2021-renaksi.html": ["Lumajang, 11 Januari 2021"],
    "lumajang-2021-pohon.html": ["Lumajang, 11 Januari 2021"],
    "lumajang-2021-pohon-pratinjau.html": ["Lumajang, 11 Januari 2021"],
    // Seed 001: the LKJ (lines 44, 572), the PK signed at the Bupati's (lines 761, 797).
    "klakah-2023-triwulan.html": ["Klakah, 31 Januari 2024"],
    "klakah-2023-pk.html": ["Lumajang, 10 Januari 2023"],
    "klakah-2023-pkPerubahan.html": ["Lumajang, 2 Oktober 2023"],
    "klakah-2023-lkj.html": ["Klakah, 31 Januari 2024"],
    // The worksheet is not signed; the LHE is the Inspektorat's, the improvement plan the Camat's.
    "klakah-2023-kke.html": [],
    "klakah-2023-lhe.html": ["Lumajang, 30 April 2024"],
    "klakah-2023-perbaikan.html": ["Klakah, 30 April 2024"],
    "klakah-2023-skm.html": ["Klakah, 31 Januari 2024"],
    "klakah-2023-poster.html": [],
    "klakah-2023-iku.html": ["Lumajang, 10 Januari 2023"],
    // Revised with the PK Perubahan (its TW IV target follows it): that agreement's date.
    "klakah-2023-renaksi.html": ["Lumajang, 2 Oktober 2023"],
    "klakah-2023-pohon.html": ["Lumajang, 10 Januari 2023"],
    "klakah-2023-pohon-pratinjau.html": ["Lumajang, 10 Januari 2023"],
    // Seed 000's KAK of the same cycle (line 461); seed 004's forms print no date.
    "rka-lumajang-2020-rka.html": ["Lumajang, 1 Oktober 2019"],
    "rka-lumajang-2020-kak.html": ["Lumajang, 1 Oktober 2019"],
    // Seed 002, by month only (lines 20, 636).
    "renja-jatiroto-2020-renja.html": ["Jatiroto, Juli 2019"],
    "renja-jatiroto-2020-tc29.html": ["Jatiroto, Juli 2019"],
    "renja-jatiroto-2020-tc30.html": ["Jatiroto, Juli 2019"],
    "renja-jatiroto-2020-tc31.html": ["Jatiroto, Juli 2019"],
    "renja-jatiroto-2020-tc32.html": ["Jatiroto, Juli 2019"],
    "renja-jatiroto-2020-tc33.html": ["Jatiroto, Juli 2019"],
    // Seed 000 (line 461).
    "kak-yosowilangun-2020-kak.html": ["Lumajang, 1 Oktober 2019"],
  });
});
