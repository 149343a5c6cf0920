// Sections of their own orientation in one document (the Renja: portrait chapters, each T-C
// table on landscape pages): the model and its layout, the preview, the Doc written through the
// fakes, a unit's own template holding section breaks.
import { describe, expect, it } from "vitest";
import { dokumenDariApi } from "../../src/reports/googleDocs";
import { renderHtml } from "../../src/reports/html";
import { buangBagianKosong, type Dokumen, type Elemen, p, pisahkanTabel } from "../../src/reports/model";
import {
  dibalik,
  halamanBagian,
  halamanDokumen,
  halamanElemen,
  lebarGuna,
  tataTabel,
} from "../../src/reports/tata";
import { isiTemplate } from "../../src/reports/template";
import { muat } from "../bantu";
import { dialog } from "../bundle";
import { dumpKeDokumen, urutanBagian } from "../dokumen-dump";

const L: Elemen = { jenis: "bagian", lanskap: true };
const P: Elemen = { jenis: "bagian", lanskap: false };
const lebar: Elemen = {
  jenis: "tabel",
  baris: [Array.from({ length: 20 }, (_, i) => `KOLOM ${i + 1}`)],
  kepala: 1,
};

describe("the model: a section's page", () => {
  const a4 = halamanDokumen({});
  it("turns the document's page for a landscape section, margins kept; a table there takes its width", () => {
    const l = halamanBagian(a4, true);
    expect([l.lebar, l.tinggi]).toEqual([a4.tinggi, a4.lebar]);
    expect([l.atas, l.kiri]).toEqual([a4.atas, a4.kiri]);
    expect(halamanBagian(a4, false)).toBe(a4);
    expect(dibalik(a4, true)).toBe(true);
    expect(dibalik(l, true)).toBe(false);
    const dok: Dokumen = { judul: "x", elemen: [p("a"), lebar, L, p("b"), lebar, P, p("c"), lebar] };
    const h = halamanElemen(dok);
    const w = (i: number) => {
      const t = dok.elemen[i]!;
      return t.jenis === "tabel" ? tataTabel(t, lebarGuna(h[i]!)).lebar.reduce((x, y) => x + y, 0) : 0;
    };
    expect(w(1)).toBeCloseTo(lebarGuna(a4), 0);
    expect(w(4)).toBeCloseTo(lebarGuna(l), 0);
    expect(w(7)).toBeCloseTo(lebarGuna(a4), 0);
    expect(lebarGuna(l) - lebarGuna(a4)).toBeGreaterThan(200);
    // A landscape document's portrait section.
    expect(halamanElemen({ lanskap: true, elemen: [P, lebar] })[1]!.lebar).toBeCloseTo(a4.lebar, 5);
  });

  it("puts a paragraph before a break where Docs has one (after a table, at the start) and between a break and a table", () => {
    expect(pisahkanTabel([lebar, L, lebar]).map((e) => e.jenis)).toEqual([
      "tabel",
      "paragraf",
      "bagian",
      "paragraf",
      "tabel",
    ]);
    expect(pisahkanTabel([L, p("a")]).map((e) => e.jenis)).toEqual(["paragraf", "bagian", "paragraf"]);
    expect(pisahkanTabel([p("a"), L])).toHaveLength(2);
  });

  it("drops a section left empty by a hidden {{#jika}}: no empty landscape page", () => {
    expect(buangBagianKosong([p("a"), L, P, p("b")])).toEqual([p("a"), P, p("b")]);
    const tpl: Dokumen = {
      judul: "x",
      elemen: [p("a"), p("{{#jika ada}}"), L, lebar, P, p("{{/jika}}"), p("b")],
    };
    const data = (ada: string) => ({ nilai: { ada }, daftar: {}, kolomDaftar: {}, grafik: {} });
    expect(isiTemplate(tpl, data("")).elemen).toEqual([p("a"), p("b")]);
    expect(isiTemplate(tpl, data("ya")).elemen.map((e) => e.jenis)).toEqual([
      "paragraf",
      "bagian",
      "paragraf",
      "tabel",
      "paragraf",
      "bagian",
      "paragraf",
    ]);
  });

  it("draws each sheet of the preview in its section's orientation", () => {
    const html = renderHtml({ judul: "x", elemen: [p("a"), L, p("b"), P, p("c")] });
    const lembar = [...html.matchAll(/<section class="halaman( putar)?" style="width: ([\d.]+)pt/g)];
    expect(lembar.map((m) => [m[1] === " putar", Math.round(Number(m[2]))])).toEqual([
      [false, 595],
      [true, 842],
      [false, 595],
    ]);
    expect(html).toMatch(/@page putar \{ size: 841\.\d+pt 595\.\d+pt; \}/);
  });
});

/** Paragraph texts, tables' first rows and sections in order: what preview and Doc must share. */
function blok(d: Dokumen): string[] {
  return d.elemen.flatMap((e) =>
    e.jenis === "bagian"
      ? [e.lanskap ? "[lanskap]" : "[potret]"]
      : e.jenis === "paragraf" && e.teks !== ""
        ? [e.teks]
        : e.jenis === "tabel"
          ? [e.baris[0]!.join("|")]
          : [],
  );
}

describe("the Renja with a T-C section hidden", () => {
  it("leaves no empty section in the Doc, as in the preview (Usulan empty: T-C.31 returns to portrait with Bab III)", () => {
    const { g, b } = muat("renja-jatiroto-2020");
    const u = g.sheet("Usulan Pemangku Kepentingan");
    const n = u.getLastRow() - 1;
    u.getRange(2, 1, n, u.getLastColumn()).setValues(
      Array.from({ length: n }, () => Array.from({ length: u.getLastColumn() }, () => "")),
    );
    const pratinjau = dialog(b, "pratinjauLaporan")({ jenis: "renja" }).dokumen as Dokumen;
    const h = dialog(b, "buatLaporan")({ jenis: "renja" }, true);
    const doc = dumpKeDokumen(g.document(h.idDoc).__dump());
    expect(blok(doc)).toEqual(blok(pratinjau));
    expect(urutanBagian(doc)).toEqual(urutanBagian(pratinjau));
    expect(blok(doc).join("\n")).not.toContain("T-C.32");
    // No empty section: something is drawn between two breaks.
    const b2 = blok(doc);
    b2.forEach((x, i) => {
      if (x.startsWith("[") && i + 1 < b2.length) expect(b2[i + 1]!.startsWith("["), `${i}`).toBe(false);
    });
    // T-C.32's landscape section is gone, the rest is the full Renja's: one landscape section fewer.
    const penuh = muat("renja-jatiroto-2020");
    const semua = urutanBagian(dialog(penuh.b, "pratinjauLaporan")({ jenis: "renja" }).dokumen as Dokumen);
    const lanskap = (x: boolean[]) => x.filter(Boolean).length;
    expect(lanskap(urutanBagian(doc))).toBe(lanskap(semua) - 1);
  });
});

describe("a unit's own template holding section breaks", () => {
  const landscapeSebelumTabel = (g: ReturnType<typeof muat>["g"], id: string) => {
    // The unit turns the page before its table: a section break, landscape after it.
    const d = g.Docs.Documents.get(id);
    const tabel = (d.body?.content ?? []).find((e) => e.table)!;
    const i = (tabel.startIndex ?? 0) - 1;
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertSectionBreak: { location: { index: i }, sectionType: "NEXT_PAGE" } },
          {
            updateSectionStyle: {
              range: { startIndex: i + 2, endIndex: i + 3 },
              sectionStyle: { flipPageOrientation: true },
              fields: "flipPageOrientation",
            },
          },
        ],
      } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
      id,
    );
  };

  it("is filled keeping its sections when Drive may copy it (the add-on's template Doc, edited by the unit)", () => {
    const { g, b } = muat("lumajang-2021");
    dialog(b, "buatLaporan")({ jenis: "triwulan" }, true);
    const tpl = g.driveFiles().find((f) => f.name.startsWith("Template Laporan Kinerja Triwulan"))!;
    landscapeSebelumTabel(g, tpl.id);
    const h = dialog(b, "buatLaporan")({ jenis: "triwulan", template: tpl.id }, true);
    const dump = g.document(h.idDoc).__dump();
    const putar = dump.body.flatMap((x) => (x.type !== "table" && x.sectionBreak ? [x.sectionBreak] : []));
    expect(putar).toEqual([{ flipPageOrientation: true }]);
    // The filled tables after the break are fitted to the landscape page.
    const dok = dumpKeDokumen(dump);
    const h2 = halamanElemen(dok);
    const k = dok.elemen.findIndex((e) => e.jenis === "bagian");
    const t = dok.elemen.findIndex((e, i) => i > k && e.jenis === "tabel" && !e.tanpaGaris);
    const e = dok.elemen[t]!;
    expect(h2[t]!.lebar).toBeGreaterThan(h2[t]!.tinggi);
    expect(e.jenis === "tabel" && (e.lebar ?? []).reduce((x, y) => x + y, 0)).toBeCloseTo(
      lebarGuna(h2[t]!),
      0,
    );
    expect(g.document(h.idDoc).__text()).not.toMatch(/\{\{|\}\}/);
  });

  it("is refused before anything is made when only DocumentApp could copy it (it has no section break)", () => {
    const { g, b } = muat("lumajang-2021", {
      documents: {
        "tpl-saya-0123456789": {
          name: "Template Saya",
          body: ["Laporan {{unit}}", { table: [["{{indikator.no}}", "{{indikator.indikator}}"]] }, "Akhir"],
        },
      },
    });
    landscapeSebelumTabel(g, "tpl-saya-0123456789");
    const sebelum = g.documents().length;
    expect(() =>
      dialog(b, "buatLaporan")({ jenis: "triwulan", template: "tpl-saya-0123456789" }, true),
    ).toThrow(/Template "Template Saya" memiliki 1 pemisah bagian .*Belum ada dokumen yang dibuat/s);
    expect(g.documents()).toHaveLength(sebelum);
    expect(g.driveFiles().filter((f) => f.name.startsWith("Laporan Kinerja Triwulan"))).toEqual([]);
  });

  it("fills a landscape part whose repeated section has no record the same in the Doc as in the preview", () => {
    // The unit's template ends with a landscape part holding only {{#ulang efisiensi}}: Lumajang's
    // TW III report has no efficiency row (no program indicator matches its budget lines).
    const { g, b } = muat("lumajang-2021");
    dialog(b, "buatLaporan")({ jenis: "triwulan" }, true);
    const tpl = g.driveFiles().find((f) => f.name.startsWith("Template Laporan Kinerja Triwulan"))!;
    const d = g.Docs.Documents.get(tpl.id);
    const akhir = (d.body?.content ?? []).at(-1)!.endIndex!;
    const e = akhir;
    const req = (r: object[]) =>
      g.Docs.Documents.batchUpdate(
        { requests: r } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
        tpl.id,
      );
    req([
      {
        insertText: {
          location: { index: e - 1 },
          text: "\n{{#ulang efisiensi}}\n{{efisiensi.program}}\n{{/ulang}}\nAkhir",
        },
      },
    ]);
    req([
      { insertSectionBreak: { location: { index: e + 53 }, sectionType: "NEXT_PAGE" } },
      { insertSectionBreak: { location: { index: e - 1 }, sectionType: "NEXT_PAGE" } },
      {
        updateSectionStyle: {
          range: { startIndex: e + 1, endIndex: e + 2 },
          sectionStyle: { flipPageOrientation: true },
          fields: "flipPageOrientation",
        },
      },
    ]);
    const h = dialog(b, "buatLaporan")({ jenis: "triwulan", template: tpl.id }, true);
    const pratinjau = dialog(b, "pratinjauLaporan")({ jenis: "triwulan", template: tpl.id })
      .dokumen as Dokumen;
    const doc = dumpKeDokumen(g.document(h.idDoc).__dump());
    // Docs puts an empty paragraph after each inserted break, so the landscape part keeps it and
    // stays (as in the preview); the repeated section leaves nothing of its marks or row.
    const pemisah = (x: Dokumen) => blok(x).filter((t) => t.startsWith("["));
    expect(pemisah(doc)).toEqual(["[lanskap]", "[potret]"]);
    expect(pemisah(pratinjau)).toEqual(pemisah(doc));
    expect(blok(doc).slice(-3)).toEqual(["[lanskap]", "[potret]", "Akhir"]);
    expect(g.document(h.idDoc).__text()).not.toMatch(/\{\{|\}\}/);
  });
});

describe("a template Doc turned landscape by DocumentStyle.flipPageOrientation", () => {
  // "flipPageOrientation: Indicates whether to flip the dimensions of the page_size"; a section's
  // "If unset, the value inherits from DocumentStyle's flip_page_orientation".
  const para = (i: number, t: string) => ({
    startIndex: i,
    endIndex: i + t.length + 1,
    paragraph: { elements: [{ startIndex: i, endIndex: i + t.length + 1, textRun: { content: `${t}\n` } }] },
  });
  const sb = (i: number, flip?: boolean) => ({
    startIndex: i,
    endIndex: i + 1,
    sectionBreak: { sectionStyle: flip === undefined ? {} : { flipPageOrientation: flip } },
  });
  const doc = {
    title: "Template",
    documentStyle: {
      pageSize: { width: { magnitude: 595, unit: "PT" }, height: { magnitude: 842, unit: "PT" } },
      flipPageOrientation: true,
    },
    body: { content: [sb(0), para(1, "A"), sb(3), para(4, "B"), sb(6, false), para(7, "C")] },
  } as unknown as Parameters<typeof dokumenDariApi>[0];

  it("reads the page landscape, a section that leaves the flag unset landscape too, one that clears it portrait", () => {
    const d = dokumenDariApi(doc);
    expect([d.halaman!.lebar, d.halaman!.tinggi]).toEqual([842, 595]);
    expect(d.elemen.flatMap((e) => (e.jenis === "bagian" ? [e.lanskap] : []))).toEqual([true, false]);
  });
});
