// The demo's renderings (out/*.html): what a newcomer sees after `npm run demo`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buatSemuaLaporan } from "../scripts/laporan-demo";

it("renders every report of both samples with the seeds' figures and nothing unfilled", () => {
  const keluar = mkdtempSync(join(tmpdir(), "sakip-demo-"));
  const laporan = buatSemuaLaporan(keluar);
  const html = (berkas: string) => laporan.find((l) => l.berkas === berkas)!.html;
  expect(laporan.map((l) => l.berkas)).toHaveLength(15);
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
  for (const l of laporan) {
    expect(l.html, l.berkas).not.toMatch(/\{\{|\}\}|undefined|NaN/);
  }
});
