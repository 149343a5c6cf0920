// Repeated sections {{#ulang daftar}} ... {{/ulang}} in the Google Doc writer (issue 13, the spec
// shared with issue 12): paragraphs, a table with a record field, a {{#jika daftar.kolom}} block and
// a per-record chart, once per record, through the Docs API fake.
import { afterEach, describe, expect, it, vi } from "vitest";
import { buatDariTemplate, grafikCharts, salinDenganDocumentApp } from "../../src/reports/googleDocs";
import type { Grafik } from "../../src/reports/model";
import type { DataLaporan } from "../../src/reports/template";
import type { DocumentSeed } from "../fakes/docs";
import { createFakeGoogle, type FakeGoogle } from "../fakes/index";

const grafik = (judul: string, nilai: number): Grafik => ({
  judul,
  label: ["TW I", "TW II"],
  nilai: [nilai - 10, nilai],
  satuan: "Capaian (%)",
});

const DATA: DataLaporan = {
  nilai: { unit: "Kecamatan Uji" },
  daftar: {
    analisis: [
      { no: "1.", indikator: "Nilai IKM", capaian: "101,02 %", penyebab: "Pelatihan {{unit}} petugas" },
      { no: "2.", indikator: "Desa tepat waktu", capaian: "90,00 %", penyebab: " " },
    ],
    kosong: [],
  },
  kolomDaftar: { analisis: ["no", "indikator", "capaian", "penyebab"], kosong: ["no"] },
  grafik: { capaian: grafik("Capaian semua indikator", 95) },
  grafikRekaman: {
    analisis: [{ capaian: grafik("Capaian Nilai IKM", 101) }, { capaian: grafik("Capaian Desa", 90) }],
  },
};

const TEMPLATE: DocumentSeed = {
  name: "Template Analisis",
  body: [
    { text: "ANALISIS {{unit}}", heading: "TITLE" },
    "{{#ulang analisis}}",
    { text: "{{analisis.no}} {{analisis.indikator}}", heading: "HEADING2" },
    {
      table: [
        ["Capaian", "{{analisis.capaian}}"],
        ["Unit", "{{unit}}"],
      ],
    },
    "{{#jika analisis.penyebab}}",
    "Penyebab: {{analisis.penyebab}}",
    "{{/jika}}",
    "{{grafik:capaian}}",
    "{{/ulang}}",
    "Penutup {{unit}}",
  ],
};

function siapkan(body: DocumentSeed["body"]): FakeGoogle {
  const g = createFakeGoogle({ documents: { tplAnalisis0001: { ...TEMPLATE, body } } });
  vi.stubGlobal("Docs", g.Docs);
  vi.stubGlobal("DocumentApp", g.DocumentApp);
  vi.stubGlobal("Charts", g.Charts);
  return g;
}

const salin = (g: FakeGoogle) => () => {
  const id = g.DocumentApp.create("Laporan").getId();
  salinDenganDocumentApp("tplAnalisis0001", id);
  return id;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("{{#ulang analisis}} in the Doc writer", () => {
  it("writes the section once per record: heading, table, the jika block where the field is filled, its chart", () => {
    const g = siapkan(TEMPLATE.body);
    const id = buatDariTemplate("tplAnalisis0001", DATA, salin(g), grafikCharts);
    const t = g.document(id).__text();
    expect(t).toContain("ANALISIS Kecamatan Uji");
    const satu = t.indexOf("1. Nilai IKM");
    const dua = t.indexOf("2. Desa tepat waktu");
    expect(satu).toBeGreaterThan(0);
    expect(dua).toBeGreaterThan(satu);
    expect(t.slice(satu, dua)).toContain("| Capaian | 101,02 % |");
    expect(t.slice(satu, dua)).toContain("| Unit | Kecamatan Uji |");
    // The data goes in verbatim: a field holding "{{unit}}" is text.
    expect(t.slice(satu, dua)).toContain("Penyebab: Pelatihan {{unit}} petugas");
    expect(t.slice(dua)).toContain("| Capaian | 90,00 % |");
    expect(t.slice(dua)).not.toContain("Penyebab");
    expect(t).toContain("Penutup Kecamatan Uji");
    expect(t).not.toMatch(/\{\{#|\{\{\/|\{\{analisis|\{\{grafik|\[\[grafik/);
    // Each record's own chart, in order, as an image where its mark was.
    const dump = g.document(id).__dump();
    const judul = dump.body.flatMap((b) =>
      b.type === "paragraph" ? b.content.flatMap((c) => (c.type === "image" ? [c.chart?.title] : [])) : [],
    );
    expect(judul).toEqual(["Capaian Nilai IKM", "Capaian Desa"]);
    const kepala = dump.body.flatMap((b) =>
      b.type === "paragraph" && b.heading === "HEADING2" ? [b.text] : [],
    );
    expect(kepala).toEqual(["1. Nilai IKM", "2. Desa tepat waktu"]);
    // One read of the template and of the copy, one batch.
    expect(g.counts.snapshot()["Documents.batchUpdate"]).toBe(1);
  });

  it("writes nothing for an empty list, and falls back to the report's chart outside a record's own", () => {
    const g = siapkan([
      "Awal",
      "{{#ulang kosong}}",
      "Baris {{kosong.no}}",
      "{{/ulang}}",
      "{{#ulang analisis}}",
      "{{grafik:capaian}}",
      "{{/ulang}}",
      "Akhir",
    ]);
    const id = buatDariTemplate("tplAnalisis0001", { ...DATA, grafikRekaman: {} }, salin(g), grafikCharts);
    const dump = g.document(id).__dump();
    expect(g.document(id).__text()).not.toContain("Baris");
    const judul = dump.body.flatMap((b) =>
      b.type === "paragraph" ? b.content.flatMap((c) => (c.type === "image" ? [c.chart?.title] : [])) : [],
    );
    expect(judul).toEqual(["Capaian semua indikator", "Capaian semua indikator"]);
    expect(dump.body.map((b) => (b.type === "paragraph" ? b.text : "tabel")).filter((x) => x !== "")).toEqual(
      ["Awal", "Akhir"],
    );
  });

  it("refuses a nested or unclosed section, or an unknown field, before any Doc is made", () => {
    for (const [body, pesan] of [
      [["{{#ulang analisis}}", "{{#ulang kosong}}", "{{/ulang}}", "{{/ulang}}"], /tidak boleh bersarang/],
      [["{{#ulang analisis}}", "x"], /tidak ditutup dengan \{\{\/ulang\}\}/],
      [
        ["{{#ulang analisis}}", "{{analisis.sebab}}", "{{/ulang}}"],
        /analisis\.sebab|\{\{analisis\.sebab\}\}/,
      ],
      [["{{#ulang lain}}", "{{/ulang}}"], /daftar lain tidak dikenal/],
    ] as const) {
      const g = siapkan(body);
      const sebelum = g.documents().length;
      expect(() => buatDariTemplate("tplAnalisis0001", DATA, salin(g), grafikCharts)).toThrow(pesan);
      expect(g.documents()).toHaveLength(sebelum);
    }
  });
});

describe("charts drawn after the batch", () => {
  it("asks for the images in the document's order (the dialog's tree PNGs come so), and leaves a chart without one empty", () => {
    const g = siapkan([...TEMPLATE.body, "{{grafik:capaian}}"]);
    const diminta: string[] = [];
    const id = buatDariTemplate("tplAnalisis0001", DATA, salin(g), (x) => {
      diminta.push(x.judul);
      // As the dialog's tree without a PNG (src/ui/laporan.ts): no image to be had.
      return x.judul === "Capaian Desa" ? null : grafikCharts(x);
    });
    expect(diminta).toEqual(["Capaian Nilai IKM", "Capaian Desa", "Capaian semua indikator"]);
    const dump = g.document(id).__dump();
    const judul = dump.body.flatMap((b) =>
      b.type === "paragraph" ? b.content.flatMap((c) => (c.type === "image" ? [c.chart?.title] : [])) : [],
    );
    expect(judul).toEqual(["Capaian Nilai IKM", "Capaian semua indikator"]);
    expect(g.document(id).__text()).not.toMatch(/\[\[grafik|Tidak ada data/);
  });
});
