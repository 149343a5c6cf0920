// Buat Laporan end to end through the built bundle, in emulated Sheets, Docs and Drive.

import { describe, expect, it } from "vitest";
import { TEMPLATE_RENJA } from "../../src/reports/bawaan";
import { renderHtml } from "../../src/reports/html";
import type { Dokumen, Elemen } from "../../src/reports/model";
import { halamanElemen, lebarGuna, PADDING_RAPAT } from "../../src/reports/tata";
import { isiIndikatorUji, muat } from "../bantu";
import { dialog } from "../bundle";
import { dumpKeDokumen, urutanBagian } from "../dokumen-dump";
import type { FakeGoogle } from "../fakes";

const teksDoc = (g: FakeGoogle, id: string) => g.document(id).__text();

describe("Laporan Kinerja Triwulan III 2021 of Kecamatan Lumajang, as a Google Doc", () => {
  const { g, b } = muat("lumajang-2021");
  const hasil = dialog(b, "buatLaporan")({ jenis: "triwulan", pdf: true }, true);
  const folder = g.driveFiles().find((f) => f.name === "Laporan SAKIP - Kecamatan Lumajang")!;

  it("is a new Doc named for its triwulan, in the add-on's report folder, with a PDF beside it", () => {
    expect(hasil.nama).toBe("Laporan Kinerja Triwulan III 2021 - Kecamatan Lumajang");
    expect(folder).toBeDefined();
    const doc = g.driveFiles().find((f) => f.id === hasil.idDoc)!;
    expect(doc.parents).toEqual([folder.id]);
    const pdf = g.driveFiles().find((f) => f.name === `${hasil.nama}.pdf`)!;
    expect(pdf.parents).toEqual([folder.id]);
    expect(pdf.mimeType).toBe("application/pdf");
    expect(hasil.urlPdf).toContain(pdf.id);
  });

  it("holds the seed's figures, computed, and nothing left unfilled", () => {
    const t = teksDoc(g, hasil.idDoc);
    for (const angka of [
      "101,02 %",
      "111,11 %",
      "117,65 %",
      "66,44 %",
      "6.255.403.861",
      "4.156.201.042",
      "2.099.202.819",
    ]) {
      expect(t).toContain(angka);
    }
    expect(t).toContain("LAPORAN KINERJA TRIWULAN III");
    expect(t).toContain("Lumajang, 8 Oktober 2021");
    expect(t).not.toMatch(/\{\{|\}\}|undefined|NaN/);
  });

  it("keeps the default template in the folder, and never changes it", () => {
    const template = g
      .driveFiles()
      .find((f) => f.name === "Template Laporan Kinerja Triwulan (SAKIP Sheets)")!;
    expect(template.parents).toEqual([folder.id]);
    const sebelum = JSON.stringify(g.document(template.id).__dump().body);
    const kedua = dialog(b, "buatLaporan")({ jenis: "triwulan" }, true);
    expect(kedua.nama).toBe("Laporan Kinerja Triwulan III 2021 - Kecamatan Lumajang (versi 2)");
    expect(JSON.stringify(g.document(template.id).__dump().body)).toBe(sebelum);
    expect(g.driveFiles().filter((f) => f.name.startsWith("Template Laporan Kinerja Triwulan"))).toHaveLength(
      1,
    );
  });

  it("renders back to HTML with the same words (what the demo shows)", () => {
    const html = renderHtml(dumpKeDokumen(g.document(hasil.idDoc).__dump()));
    expect(html).toContain("101,02 %");
    expect(html).toContain("<table");
  });
});

it("PK and LKJ come out of the Klakah sample, the LKJ with its chart", () => {
  const { g, b } = muat("klakah-2023");
  const pk = dialog(b, "buatLaporan")({ jenis: "pk" }, true);
  const tpk = teksDoc(g, pk.idDoc);
  expect(tpk).toContain("PERJANJIAN KINERJA TAHUN 2023");
  // Signed at the Bupati's in January (seed 001 lines 761, 797), not with the LKJ a year later.
  expect(tpk).toContain("Lumajang, 10 Januari 2023");
  expect(tpk).not.toContain("31 Januari 2024");
  const lkj = dialog(b, "buatLaporan")({ jenis: "lkj" }, true);
  const t = teksDoc(g, lkj.idDoc);
  expect(t).toContain("Klakah, 31 Januari 2024");
  expect(t).toContain("84,19");
  expect(t).toContain("93,54 %");
  expect(t).not.toContain("84,25");
  const dump = g.document(lkj.idDoc).__dump();
  const gambar = dump.body
    .flatMap((bl) => (bl.type === "paragraph" ? bl.content : []))
    .filter((c) => c.type === "image");
  expect(gambar).toHaveLength(1);
  expect(gambar[0]!.type === "image" && gambar[0]!.chart!.rows[0]![1]).toBe(93.54);
});

it("refuses a report while the data has galat, and writes nothing", () => {
  const { g, b } = muat("lumajang-2021");
  g.sheet("Kinerja").getRange("H2").setValue("abc");
  const sebelum = g.driveFiles().length;
  expect(() => dialog(b, "buatLaporan")({ jenis: "triwulan" }, true)).toThrow(
    /Laporan belum dapat dibuat: 1 galat/,
  );
  expect(g.driveFiles()).toHaveLength(sebelum);
});

it("asks for the peringatan to be read first", () => {
  const { b } = muat("lumajang-2021");
  expect(() => dialog(b, "buatLaporan")({ jenis: "triwulan" }, false)).toThrow(/Ada 2 peringatan/);
});

it("refuses a unit's template with an unknown placeholder before creating anything", () => {
  const { g, b } = muat("lumajang-2021", {
    documents: {
      "tpl-saya-0123456789": {
        name: "Template Saya",
        body: ["Laporan {{unit}} untuk {{kepalaDinas}}", { table: [["{{indikator.nama}}"]] }],
      },
    },
  });
  const sebelum = g.documents().length;
  expect(() =>
    dialog(b, "buatLaporan")({ jenis: "triwulan", template: "tpl-saya-0123456789" }, true),
  ).toThrow(
    /Template "Template Saya" tidak dapat dipakai; belum ada yang ditulis:\n- paragraf 1 .*\{\{kepalaDinas\}\} tidak dikenal/s,
  );
  expect(g.documents()).toHaveLength(sebelum);
});

it("refuses a unit's template whose section mark shares a paragraph (it would be printed as it is)", () => {
  const { g, b } = muat("lumajang-2021", {
    documents: {
      "tpl-saya-0123456789": {
        name: "Template Saya",
        body: ["Laporan {{unit}}", "Perubahan anggaran: {{#jika adaPerubahan}}", "ada", "{{/jika}}"],
      },
    },
  });
  const sebelum = g.documents().length;
  expect(() =>
    dialog(b, "buatLaporan")({ jenis: "triwulan", template: "tpl-saya-0123456789" }, true),
  ).toThrow(
    'paragraf 2 ("Perubahan anggaran: {{#jika adaPeruba..."): {{#jika adaPerubahan}} harus berdiri sendiri di satu paragraf.',
  );
  expect(g.documents()).toHaveLength(sebelum);
});

it("fills a unit's own template, keeping its letterhead, and a value with a dollar sign literally", () => {
  const { g, b } = muat("lumajang-2021", {
    documents: {
      "tpl-saya-0123456789": {
        name: "Template Saya",
        header: ["PEMERINTAH {{kabupatenKapital}}"],
        body: [
          { text: "LAPORAN {{unitKapital}} TW {{triwulan}}", heading: "TITLE", alignment: "CENTER" },
          {
            table: [
              ["NO", "INDIKATOR", "CAPAIAN"],
              ["{{indikator.no}}", "{{indikator.indikator}}", "{{indikator.capaian}}"],
              ["", "Jumlah indikator", "{{jumlahIndikator}}"],
            ],
          },
          "Ditandatangani di {{tempat}}",
        ],
      },
    },
  });
  g.sheet("Pengaturan").getRange("B2").setValue("Kecamatan $ Lumajang");
  const h = dialog(b, "buatLaporan")(
    { jenis: "triwulan", template: "https://docs.google.com/document/d/tpl-saya-0123456789/edit" },
    true,
  );
  const dump = g.document(h.idDoc).__dump();
  // The copied letterhead, then the new header's own empty paragraph (a section keeps its last one).
  expect(dump.header!.map((x) => (x.type === "paragraph" ? x.text : ""))).toEqual([
    "PEMERINTAH KABUPATEN LUMAJANG",
    "",
  ]);
  const t = g.document(h.idDoc).__text();
  expect(t).toContain("LAPORAN KECAMATAN $ LUMAJANG TW III");
  const tabel = dump.body.find((x) => x.type === "table")!;
  expect(tabel.type === "table" && tabel.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
    ["NO", "INDIKATOR", "CAPAIAN"],
    // Seed 003 heads these "Indikator Kinerja Utama (IKU)": the sample's IKU sheet lists all three.
    ["1.", "Nilai IKM Kecamatan (IKU)", "101,02 %"],
    ["", "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti (IKU)", "111,11 %"],
    [
      "",
      "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu (IKU)",
      "117,65 %",
    ],
    ["", "Jumlah indikator", "3"],
  ]);
  // The template itself is untouched.
  expect(g.document("tpl-saya-0123456789").__text()).toContain("{{indikator.capaian}}");
});

it("makes the same Docs and Sheets calls for 10 and 1 000 indicator rows", () => {
  const hitung = (n: number) => {
    const { g, b } = muat();
    isiIndikatorUji(g, b, n);
    dialog(b, "buatLaporan")({ jenis: "triwulan" }, true); // the first run also writes the template
    g.counts.reset();
    const h = dialog(b, "buatLaporan")({ jenis: "triwulan" }, true);
    expect(g.document(h.idDoc).__text()).toContain(`Indikator ${n - 1}`);
    return g.counts.snapshot();
  };
  const kecil = hitung(10);
  expect(hitung(1000)).toEqual(kecil);
  // One read of the copy and of the template, the filling in one batch.
  expect(kecil["Documents.get"]).toBe(2);
  expect(kecil["Documents.batchUpdate"]).toBe(1);
});

it("narrows the cells' padding of T-C.29 (25 columns) in the Doc as in the preview; other tables keep theirs", () => {
  const { g, b } = muat("renja-jatiroto-2020");
  const h = dialog(b, "buatLaporan")({ jenis: "tc29" }, true);
  const tabel = g
    .document(h.idDoc)
    .__dump()
    .body.filter((bl) => bl.type === "table");
  const lebar = tabel.find((t) => t.type === "table" && t.rows[0]!.cells.length >= 25)!;
  // Both sides of every cell, as DocumentApp and the Docs API read them back.
  const sel = lebar.type === "table" ? lebar.rows.flatMap((r) => r.cells) : [];
  expect(sel.length).toBeGreaterThanOrEqual(25);
  for (const c of sel) expect(c.padding).toEqual([PADDING_RAPAT, PADDING_RAPAT]);
  const api = (g.Docs.Documents.get(h.idDoc).body?.content ?? []).find(
    (e) => (e.table?.columns ?? 0) >= 25,
  )?.table;
  const selApi = (api?.tableRows ?? []).flatMap((r) => r.tableCells ?? []);
  expect(selApi.length).toBe(sel.length);
  for (const c of selApi) {
    const st = c.tableCellStyle as { paddingLeft?: unknown; paddingRight?: unknown };
    expect([st.paddingLeft, st.paddingRight]).toEqual([
      { magnitude: PADDING_RAPAT, unit: "PT" },
      { magnitude: PADDING_RAPAT, unit: "PT" },
    ]);
  }
  const lain = tabel.filter((t) => t !== lebar);
  expect(lain.length).toBeGreaterThan(0);
  expect(lain.every((t) => t.type === "table" && t.rows.every((r) => r.cells.every((c) => !c.padding)))).toBe(
    true,
  );
  const pratinjau = renderHtml(dumpKeDokumen(g.document(h.idDoc).__dump()));
  expect(pratinjau).toContain('style="padding: 3pt 1.5pt"');
});

describe("the complete Renja (seed 002) as a Google Doc: portrait, its T-C tables on landscape pages", () => {
  const { g, b } = muat("renja-jatiroto-2020");
  dialog(b, "buatLaporan")({ jenis: "renja" }, true); // the first run also writes the template
  g.counts.reset();
  const h = dialog(b, "buatLaporan")({ jenis: "renja" }, true);
  const dump = g.document(h.idDoc).__dump();

  it("is filled with one read of the template, one of the copy and one batch", () => {
    const n = g.counts.snapshot();
    expect(n["Documents.get"]).toBe(2);
    expect(n["Documents.batchUpdate"]).toBe(1);
  });

  it("holds the preview's section breaks (each landscape run of T-C tables and back), on a portrait page", () => {
    expect(dump.page.width).toBeLessThan(dump.page.height!);
    const putar = dump.body.flatMap((bl) =>
      bl.type !== "table" && bl.sectionBreak ? [bl.sectionBreak.flipPageOrientation] : [],
    );
    // The exact sequence is the model's (laporan/renjaDokumen.test.ts); the Doc has the preview's.
    const pratinjau = dialog(b, "pratinjauLaporan")({ jenis: "renja" }).dokumen as Dokumen;
    expect(urutanBagian(pratinjau)).toContain(true);
    expect(urutanBagian(pratinjau)).toContain(false);
    expect(urutanBagian(dumpKeDokumen(dump))).toEqual(urutanBagian(pratinjau));
    // On a portrait page a landscape section is a flipped one.
    expect(putar).toEqual(urutanBagian(pratinjau));
    // Documents.get gives them as SectionBreak elements after the first.
    const api = g.Docs.Documents.get(h.idDoc);
    const sb = (api.body?.content ?? []).filter((e) => e.sectionBreak);
    expect(sb).toHaveLength(putar.length + 1);
    expect(
      sb.map(
        (e) =>
          (e.sectionBreak?.sectionStyle as { flipPageOrientation?: boolean }).flipPageOrientation === true,
      ),
    ).toEqual([false, ...putar]);
  });

  it("fits each table to its section's page: the T-C tables to the landscape width, the chapters' to the portrait", () => {
    const dok = dumpKeDokumen(dump);
    const halaman = halamanElemen(dok);
    const lebar = (e: Elemen) => (e.jenis === "tabel" ? (e.lebar ?? []).reduce((a, x) => a + x, 0) : 0);
    const tabel = dok.elemen.flatMap((e, i) =>
      e.jenis === "tabel" && !e.tanpaGaris ? [[e, halaman[i]!] as const] : [],
    );
    const tc = tabel.filter(([, hal]) => hal.lebar > hal.tinggi);
    expect(tc.length).toBe(5);
    for (const [e, hal] of tc) {
      expect(hal.lebar).toBeGreaterThan(hal.tinggi);
      expect(lebar(e)).toBeCloseTo(lebarGuna(hal), 0);
    }
    const potret = tabel.filter(([, hal]) => hal.lebar < hal.tinggi);
    expect(potret.length).toBeGreaterThan(2);
    for (const [e, hal] of potret) expect(lebar(e)).toBeCloseTo(lebarGuna(hal), 0);
    expect(lebarGuna(potret[0]![1])).toBeLessThan(500);
  });

  it("keeps the section breaks through the default template Doc, and the fake PDF text shows them", () => {
    const template = g
      .driveFiles()
      .find((f) => f.name === "Template Renja (dokumen lengkap Bab I-V) (SAKIP Sheets)")!;
    const t = g.document(template.id).__dump();
    // The template Doc holds every section of the default template, in its orientation.
    expect(urutanBagian(dumpKeDokumen(t))).toEqual(urutanBagian(TEMPLATE_RENJA));
    expect(urutanBagian(TEMPLATE_RENJA).length).toBeGreaterThan(
      urutanBagian(dumpKeDokumen(g.document(h.idDoc).__dump())).length,
    );
    expect(g.document(h.idDoc).__text()).toContain("[bagian baru, halaman diputar]");
  });
});
