// Renja tables of seed 002 (Kecamatan Jatiroto 2020) through the built bundle.
import { describe, expect, it } from "vitest";
import type { Dokumen } from "../../src/reports/model";
import { muat } from "../bantu";
import { dialog, fn } from "../bundle";
import { urutanBagian } from "../dokumen-dump";

describe("T-C.29, T-C.30, T-C.33 of Kecamatan Jatiroto 2020", () => {
  const { g, b } = muat("renja-jatiroto-2020");

  it("T-C.29 computes columns 12-14: 342.181.137,68 + 126.461.076 = 468.642.213,68, 25,83 % of the Renstra", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
    const t = g.document(h.idDoc).__text();
    expect(h.nama).toBe("Renja T-C.29 2020 - Kecamatan Jatiroto");
    expect(t).toContain("342.181.137,68");
    expect(t).toContain("468.642.213,68");
    expect(t).toContain("25,83 %");
    expect(t).toContain("13 = 6 + 12");
    // The seed's group row, right under the column numbers, then its item 1.
    expect(t).toMatch(
      /\| 15 \|\n\| A \| {2}\| Pemerintahan Umum \|( +\|){22}\n\| 1 \| Kecamatan Jatiroto \|/,
    );
    // The wide table is set on A4 landscape, copied from the template's page.
    const page = g.document(h.idDoc).__dump().page;
    expect(page.width).toBeCloseTo(841.89, 1);
    expect(page.height).toBeCloseTo(595.28, 1);
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });

  it("T-C.33 lists the plan with program totals and the forward year", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc33" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("Prakiraan Maju Tahun 2021");
    expect(t).toMatch(
      /Program Peningkatan Sarana dan Prasarana Aparatur[^\n]*3\.295\.000\.000[^\n]*260\.000\.000/,
    );
    // The programs' pagu for 2020 add up to 4.175.000.000.
    expect(t).toMatch(/\| JUMLAH \|[^\n]*4\.175\.000\.000/);
  });

  it("T-C.30 shows the service indicators over the years", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc30" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("TARGET 2015");
    expect(t).toContain("Nilai IKM Kecamatan");
  });

  it("T-C.29 rates no capaian from two units: seed 002's 100 % against 4 Dok prints '-' where it printed 2.500,00 % Sangat Tinggi", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toMatch(
      /\| Jumlah Dokumen LAKIP yang tersusun \| 4 Dok \| 9\.000\.000 \| 100 % \|[^\n]*\| - \| 6,08 % \| - \|/,
    );
    expect(t).not.toContain("2.500,00 %");
  });

  it("refuses T-C.29 while a realisation's unit is in doubt: the seed's 100 against 4 Dok typed without Satuan Realisasi", () => {
    const { g: g2, b: b2 } = muat("renja-jatiroto-2020");
    const v = g2.sheetValues("Renja");
    const r = v.findIndex((x) => x[v[0]!.indexOf("Indikator")] === "Jumlah Dokumen LAKIP yang tersusun") + 1;
    g2.sheet("Renja")
      .getRange(r, v[0]!.indexOf("Satuan Realisasi") + 1)
      .setValue("");
    expect(() => dialog(b2, "buatLaporan")({ jenis: "tc29" }, true)).toThrow(
      `Laporan belum dapat dibuat: 1 galat di data. Perbaiki dulu (menu Periksa Data):\n- Lembar Renja, baris ${r}, kolom Realisasi s.d. n-2 (K): Jumlah Dokumen LAKIP yang tersusun: Realisasi s.d. n-2 (K) 100 lebih dari dua kali Target Renstra (K) 4 Dok.`,
    );
  });

  it("Periksa Data finds a program pagu that is not the sum of its kegiatan", () => {
    const v = g.sheetValues("Renja");
    const r = v.findIndex((x) => String(x[2]).startsWith("Program Peningkatan Sarana")) + 1;
    const kolom = v[0]!.indexOf("Pagu n") + 1;
    g.sheet("Renja").getRange(r, kolom).setValue(3_300_000_000);
    fn(b, "periksaData")();
    expect(g.ui.lastDialog().content).toContain(
      "Pagu n Program Peningkatan Sarana dan Prasarana Aparatur tertulis Rp 3.300.000.000, padahal jumlah kegiatannya Rp 3.295.000.000.",
    );
  });
});

describe("the whole Renja of Kecamatan Jatiroto 2020 (seed 002) through the bundle", () => {
  const { g, b } = muat("renja-jatiroto-2020");

  it("writes Bab I-V with the five T-C tables in one Doc, portrait with the T-C tables on landscape pages, dated by Tanggal Renja, in a fixed number of calls", () => {
    g.counts.reset();
    const h = dialog(b, "buatLaporan")({ jenis: "renja" }, true);
    const panggilan = g.counts.snapshot();
    const t = g.document(h.idDoc).__text();
    expect(h.nama).toBe("Renja 2020 - Kecamatan Jatiroto");
    for (const s of [
      "PENGANTAR",
      "1.1. Latar Belakang",
      "1.2. Landasan Hukum",
      "2.1. Evaluasi Pelaksanaan Renja Tahun 2019 dan Capaian Renstra Kecamatan Jatiroto",
      "Program Peningkatan Sarana dan Prasarana Aparatur (capaian 67,71 %)",
      "Tidak terdapat program yang melebihi keluaran yang direncanakan.",
      "Tabel T-C.29",
      "Tabel T-C.30",
      "Tabel T-C.31",
      "Tabel T-C.32",
      "Tabel T-C.33",
      "Tabel 3.1",
      "3.2.4. Faktor-faktor Kunci Keberhasilan",
      "sebesar Rp 4.175.000.000",
      "PENUTUP",
    ])
      expect(t).toContain(s);
    expect(t).toContain("468.642.213,68");
    expect(t).toContain("Jatiroto, Juli 2019");
    expect(t).not.toMatch(/\{\{|undefined|NaN|belum diisi/);
    // Portrait A4, each T-C table on landscape pages of its own (a break before each), back to
    // portrait after the landscape runs (T-C.29-30, T-C.31-32, T-C.33).
    const dump = g.document(h.idDoc).__dump();
    expect(dump.page.width).toBeCloseTo(595.28, 1);
    expect(dump.page.height).toBeCloseTo(841.89, 1);
    // The breaks are the preview's (the exact sequence: laporan/renjaDokumen.test.ts).
    const putar = dump.body.flatMap((x) => (x.type !== "table" && x.sectionBreak ? [x.sectionBreak] : []));
    const pratinjau = dialog(b, "pratinjauLaporan")({ jenis: "renja" }).dokumen as Dokumen;
    expect(putar.length).toBeGreaterThan(0);
    expect(putar.map((x) => x.flipPageOrientation)).toEqual(urutanBagian(pratinjau));
    // The document is filled in one read and one batch, whatever its length.
    expect(panggilan["Documents.batchUpdate"] ?? 0).toBeLessThanOrEqual(3);
    expect(panggilan["Documents.get"] ?? 0).toBeLessThanOrEqual(3);
  });

  it("Periksa Data names a Renja section without data and a program 2.1 cannot sort, on its row", () => {
    const v = g.sheetValues("Profil Unit");
    const bagian = v[0]!.indexOf("Bagian");
    for (const [i, r] of v.entries())
      if (r[bagian] === "Penutup")
        g.sheet("Profil Unit")
          .getRange(i + 1, bagian + 1)
          .setValue("Visi");
    fn(b, "periksaData")();
    const isi = g.ui.lastDialog().content;
    expect(isi).toContain("Bagian Penutup belum diisi: Bab V Renja tidak memuatnya.");
    expect(isi).toContain(
      '"baris":8,"kolom":"Target n-1 (K)","sel":"K8","pesan":"Program \\"Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan\\" tidak masuk evaluasi Bab II 2.1 Renja',
    );
  });
});

describe("Ukuran Kertas F4 (Pengaturan): the add-on's templates on folio, 215 x 330 mm", () => {
  const { g, b } = muat("renja-jatiroto-2020");
  const baris = g.sheetValues("Pengaturan").findIndex((r) => r[0] === "Ukuran Kertas") + 1;
  g.sheet("Pengaturan").getRange(baris, 2).setValue("F4");
  const mm = (n: number) => (n * 72) / 25.4;

  it("makes T-C.29 on landscape F4, its 25 columns fitted to the wider page, in the preview as in the Doc", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
    const dump = g.document(h.idDoc).__dump();
    expect(dump.page.width).toBeCloseTo(mm(330), 0);
    expect(dump.page.height).toBeCloseTo(mm(215), 0);
    const lebar = dump.body.find((x) => x.type === "table" && x.rows[0]!.cells.length >= 25)!;
    const jumlah = lebar.type === "table" ? lebar.columnWidths.reduce((a, w) => a! + (w ?? 0), 0)! : 0;
    // The usable width: 330 mm less the 30 mm and 20 mm margins.
    expect(jumlah).toBeCloseTo(mm(280), -1);
    const pratinjau = dialog(b, "pratinjauLaporan")({ jenis: "tc29" }).dokumen as { kertas?: string };
    expect(pratinjau.kertas).toBe("F4");
  });

  it("keeps the A4 template Doc and writes an F4 one beside it, once", () => {
    const props = g.PropertiesService.getDocumentProperties();
    const f4 = props.getProperty("sakip.template.tc29.F4");
    expect(f4).not.toBeNull();
    expect(props.getProperty("sakip.template.tc29")).toBeNull();
    dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
    expect(props.getProperty("sakip.template.tc29.F4")).toBe(f4);
    expect(g.document(f4!).__dump().page.width).toBeCloseTo(mm(330), 0);
  });
});
