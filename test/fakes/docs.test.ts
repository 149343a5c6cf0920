import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blobOf } from "./blob";
import {
  createFakeGoogle,
  DOC_MIME,
  DOCUMENT_CLOSED,
  type DokumenDump,
  FOLDER_MIME,
  LAST_PARAGRAPH,
  MUST_BE_DETACHED,
  type ParagraphDump,
  ROOT_ID,
  type TableDump,
} from "./index";

// Real figures from the seeds: Laporan Triwulan III Kec. Lumajang 2021 (target, realisasi, capaian).
const INDIKATOR = [
  ["Nilai IKM", "86,40", "87,28", "101,02"],
  ["Persentase fasilitasi ditindaklanjuti", "90,00", "100,00", "111,11"],
];

/** What the report generator would escape before handing user text to replaceText (RE2). */
function escapeRe2(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const TEMPLATE = "tplLumajang";

function fake() {
  return createFakeGoogle({
    documents: {
      [TEMPLATE]: {
        name: "Template Laporan Kinerja",
        header: ["Kecamatan {{unit}}"],
        body: [
          { text: "LAPORAN KINERJA {{tahun}}", heading: "TITLE", alignment: "CENTER", bold: true },
          "Unit kerja: {{unit}}",
          {
            table: [
              ["Indikator", "Target", "Realisasi", "Capaian (%)"],
              ["{{i.nama}}", "{{i.target}}", "{{i.realisasi}}", "{{i.capaian}}"],
            ],
          },
          { listItem: "Sasaran {{unit}}" },
          "{{grafik:capaian}}",
        ],
        footer: ["Halaman kaki {{unit}}"],
      },
    },
  });
}

type Fake = ReturnType<typeof fake>;

/** The recorder's view of a document (not counted). */
function dumpOf(g: Fake, doc: GoogleAppsScript.Document.Document): DokumenDump {
  return g.document(doc.getId()).__dump();
}

/** A chart image as product code makes it (src/reports/docs.ts grafikCharts). */
function chartPng(g: Fake, width: number, height: number): GoogleAppsScript.Base.Blob {
  const data = g.Charts.newDataTable()
    .addColumn(g.Charts.ColumnType.STRING, "Indikator")
    .addColumn(g.Charts.ColumnType.NUMBER, "Capaian (%)")
    .addRow(["Nilai IKM", 101.02]);
  return g.Charts.newColumnChart()
    .setDataTable(data)
    .setTitle("Capaian")
    .setDimensions(width, height)
    .build()
    .getAs("image/png");
}

describe("Document and Body", () => {
  it("a new document has one empty paragraph, in My Drive, created by the app", () => {
    const g = fake();
    const doc = g.DocumentApp.create("Laporan Kinerja 2021");
    const b = doc.getBody();
    expect(b.getNumChildren()).toBe(1);
    expect(b.getChild(0).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(b.getChild(0).asParagraph().getText()).toBe("");
    expect(doc.getHeader()).toBeNull();
    const file = g.driveFiles().find((f) => f.id === doc.getId());
    expect(file).toMatchObject({
      name: "Laporan Kinerja 2021",
      mimeType: DOC_MIME,
      parents: [ROOT_ID],
      createdByApp: true,
    });
    expect(g.documents().map((d) => d.getId())).toEqual([doc.getId()]);
  });

  it("refuses to remove the last paragraph of a section", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    expect(() => b.removeChild(b.getChild(0))).toThrow(LAST_PARAGRAPH);
    b.insertParagraph(0, "Pertama");
    const kedua = b.getChild(1);
    expect(() => b.removeChild(kedua)).toThrow(LAST_PARAGRAPH);
    b.removeChild(b.getChild(0));
    expect(b.getNumChildren()).toBe(1);
    expect(() => b.removeChild(b.insertParagraph(0, "a").copy())).toThrow(
      "Element does not contain the specified child element.",
    );
  });

  it("insertTable(index, String[][]) makes rows and cells holding that text", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    b.insertParagraph(0, "Penutup");
    const t = b.insertTable(1, [["Indikator", "Target", "Realisasi", "Capaian (%)"], ...INDIKATOR]);
    expect(b.getChild(1).getType()).toBe(g.DocumentApp.ElementType.TABLE);
    expect(t.getNumRows()).toBe(3);
    expect(t.getRow(1).getNumCells()).toBe(4);
    expect(t.getRow(1).getCell(2).getText()).toBe("87,28");
    expect(t.getRow(2).getCell(0).getChild(0).asParagraph().getText()).toBe(
      "Persentase fasilitasi ditindaklanjuti",
    );
    // insertTable before the last paragraph: nothing added.
    expect(b.getNumChildren()).toBe(3);
    // A table that would end the section gets the empty paragraph Docs puts after it.
    b.insertTable(3, [["a"]]);
    expect(b.getNumChildren()).toBe(5);
    expect(b.getChild(4).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(() => b.insertTable(0, [["a", "b"], ["c"]])).toThrow("persegi");
    // @ts-expect-error cells are strings: a number does not compile
    expect(() => b.insertTable(0, [[86.4]])).toThrow("persegi");
    expect(() => b.insertTable(9, [["a"]])).toThrow(
      "Child index (9) must be less than or equal to the number of child elements (5).",
    );
    expect(() => t.getRow(3)).toThrow("Child index (3) must be less than the number of child elements (3).");
  });

  it("copy() is a detached deep copy: inserting it works once, an attached element is refused", () => {
    const g = fake();
    const template = g.DocumentApp.openById(TEMPLATE);
    const src = template.getBody();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    let k = 0;
    for (let i = 0; i < src.getNumChildren(); i++) {
      const child = src.getChild(i);
      const type = child.getType();
      if (type === g.DocumentApp.ElementType.TABLE) b.insertTable(k++, child.asTable().copy());
      else if (type === g.DocumentApp.ElementType.LIST_ITEM) b.insertListItem(k++, child.asListItem().copy());
      else b.insertParagraph(k++, child.asParagraph().copy());
    }
    expect(() => b.insertParagraph(0, b.getChild(0).asParagraph())).toThrow(MUST_BE_DETACHED);
    expect(() => b.insertTable(0, src.getChild(2).asTable())).toThrow(MUST_BE_DETACHED);
    b.replaceText(escapeRe2("{{unit}}"), "Lumajang");
    expect(b.getText()).toBe(
      "LAPORAN KINERJA {{tahun}}\nUnit kerja: Lumajang\nIndikator\tTarget\tRealisasi\tCapaian (%)\n" +
        "{{i.nama}}\t{{i.target}}\t{{i.realisasi}}\t{{i.capaian}}\nSasaran Lumajang\n{{grafik:capaian}}\n",
    );
    // The template is untouched; the copy kept heading, alignment and bold.
    expect(src.getText()).toContain("Unit kerja: {{unit}}");
    expect(dumpOf(g, doc).body[0]).toMatchObject({
      heading: "TITLE",
      alignment: "CENTER",
      content: [{ type: "text", text: "LAPORAN KINERJA {{tahun}}", bold: true }],
    });
    expect(dumpOf(g, doc).body[3]).toMatchObject({ type: "listItem", text: "Sasaran Lumajang" });
  });

  it("replaceText takes an RE2 pattern: escaped special characters work, lookahead and backreferences are refused", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    b.insertParagraph(0, "Capaian (%) = {{capaian}} [TW III] $x");
    b.replaceText(escapeRe2("{{capaian}}"), "101,02");
    b.replaceText(escapeRe2("(%)"), "persen");
    b.replaceText(escapeRe2("[TW III] $x"), "triwulan III");
    expect(b.getChild(0).asParagraph().getText()).toBe("Capaian persen = 101,02 triwulan III");
    expect(() => b.replaceText("Capaian(?= persen)", "x")).toThrow("Invalid regular expression");
    expect(() => b.replaceText("(?<!a)b", "x")).toThrow("Invalid regular expression");
    expect(() => b.replaceText("(a)\\1", "x")).toThrow("Invalid regular expression");
    expect(() => b.replaceText("(?i)capaian", "x")).toThrow("tidak dimodelkan");
    expect(() => b.replaceText("\\x{41}", "x")).toThrow("tidak dimodelkan");
    // What "$" and "\" mean in the replacement is not documented: refused, not guessed.
    expect(() => b.replaceText("persen", "US$ 5")).toThrow("tidak dimodelkan");
    expect(() => b.replaceText("x*", "y")).toThrow("teks kosong");
  });

  it("replaceText with escaped user text is a literal replacement", () => {
    const printable = fc.string({ minLength: 0, maxLength: 30 });
    fc.assert(
      fc.property(printable, fc.string({ minLength: 1, maxLength: 5 }), printable, (teks, cari, ganti) => {
        fc.pre(!/[$\\]/.test(ganti));
        const b = createFakeGoogle().DocumentApp.create("x").getBody();
        const p = b.insertParagraph(0, teks);
        b.replaceText(escapeRe2(cari), ganti);
        expect(p.getText()).toBe(teks.split(cari).join(ganti).replace(/\n/g, "\r"));
      }),
      { numRuns: 200 },
    );
  });

  it("replaceText on the body leaves header and footer alone; they have their own", () => {
    const g = fake();
    const doc = g.DocumentApp.openById(TEMPLATE);
    doc.getBody().replaceText("\\{\\{unit\\}\\}", "Lumajang");
    expect(doc.getBody().getText()).toContain("Unit kerja: Lumajang");
    expect(doc.getHeader().getText()).toBe("Kecamatan {{unit}}");
    doc.getHeader().replaceText("\\{\\{unit\\}\\}", "Lumajang");
    expect(doc.getHeader().getText()).toBe("Kecamatan Lumajang");
    expect(doc.getFooter().getText()).toBe("Halaman kaki {{unit}}");
  });

  it("findText gives RangeElements in order and null after the last; deleteText/insertText write text literally", () => {
    const g = fake();
    const b = g.DocumentApp.openById(TEMPLATE).getBody();
    const pattern = "\\{\\{[^}]*\\}\\}";
    const offsets: [number, number][] = [];
    for (let r = b.findText(pattern); r !== null; r = b.findText(pattern, r)) {
      offsets.push([r.getStartOffset(), r.getEndOffsetInclusive()]);
    }
    expect(offsets).toEqual([
      [16, 24],
      [12, 19],
      [0, 9],
      [0, 11],
      [0, 14],
      [0, 12],
      [8, 15],
      [0, 17],
    ]);
    expect(b.findText("tidak ada")).toBeNull();
    // What src/reports/docs.ts does for a value holding "$": each pass replaces the first match.
    for (let r = b.findText(escapeRe2("{{unit}}")); r !== null; r = b.findText(escapeRe2("{{unit}}"))) {
      const text = r.getElement().asText();
      text.deleteText(r.getStartOffset(), r.getEndOffsetInclusive());
      text.insertText(r.getStartOffset(), "Kec. $1 \\ Lumajang");
    }
    expect(b.getText()).toContain("Unit kerja: Kec. $1 \\ Lumajang\n");
    expect(b.getText()).toContain("Sasaran Kec. $1 \\ Lumajang\n");
    // The inserted text takes the formatting of the character before it.
    const judul = b.findText(escapeRe2("{{tahun}}"));
    judul.getElement().asText().deleteText(judul.getStartOffset(), judul.getEndOffsetInclusive());
    judul.getElement().asText().insertText(judul.getStartOffset(), "2021");
    expect(g.document(TEMPLATE).__dump().body[0]).toMatchObject({
      content: [{ type: "text", text: "LAPORAN KINERJA 2021", bold: true }],
    });
  });

  it("records headings, alignment, bold and font size; a new line in a paragraph becomes \\r", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    const judul = b
      .insertParagraph(0, "BAB I PENDAHULUAN")
      .setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
    judul.setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    const p = b.insertParagraph(1, "Capaian 101,02%");
    p.editAsText().setBold(true);
    p.editAsText().setFontSize(12);
    expect(p.editAsText().isBold()).toBe(true);
    p.setText("Capaian 111,11%");
    const multi = b.insertParagraph(2, "baris satu\nbaris dua");
    expect(multi.getText()).toBe("baris satu\rbaris dua");
    expect(b.getChild(2).asParagraph().editAsText().isBold()).toBeNull();
    const dump = dumpOf(g, doc);
    expect(dump.body[0]).toMatchObject({ type: "paragraph", heading: "HEADING1", alignment: "CENTER" });
    // setText keeps the formatting of the first character.
    expect((dump.body[1] as ParagraphDump).content).toEqual([
      { type: "text", text: "Capaian 111,11%", bold: true, fontSize: 12 },
    ]);
    expect(() => p.editAsText().setBold(0, 3, true)).toThrow("tidak dimodelkan");
    expect(() => p.setHeading("JUDUL" as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(
      "nilai tidak dikenal",
    );
  });

  it("sets table attributes: borders, column widths, cell shading and bold rows; getAttributes carries them", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    const t = b.insertTable(0, [
      ["Uraian", "Pagu"],
      ["Belanja Pegawai", "1.234.567"],
    ]);
    t.setBorderWidth(0).setColumnWidth(1, 120);
    t.getRow(0).getCell(0).setBackgroundColor("#DDD").editAsText().setBold(true);
    t.getRow(1).editAsText().setBold(true);
    t.getRow(1).getCell(1).getChild(0).asParagraph().setAlignment(g.DocumentApp.HorizontalAlignment.RIGHT);
    expect(() => t.setAttributes({ [g.DocumentApp.ParagraphHeading.TITLE]: "x" })).toThrow(
      "bukan DocumentApp.Attribute",
    );
    expect(() => t.setAttributes({ HEADING: "HEADING1" })).toThrow("tidak berlaku");
    expect(() => t.setColumnWidth(2, 10)).toThrow("di luar tabel");
    expect(() => t.getRow(0).getCell(0).setBackgroundColor("abu-abu")).toThrow("warna tidak sah");
    expect(t.getRow(0).getCell(0).getBackgroundColor()).toBe("#dddddd");
    expect(t.getRow(0).getCell(1).getBackgroundColor()).toBeNull();
    expect([t.getColumnWidth(0), t.getColumnWidth(1)]).toEqual([null, 120]);
    expect(t.getRow(1).editAsText().isBold()).toBe(true);
    // Bold everywhere but one cell: mixed, so getAttributes gives null and setAttributes skips it.
    expect(t.getAttributes()).toEqual({ BORDER_WIDTH: 0, BOLD: null, FONT_SIZE: null, LINK_URL: null });
    const baru = b.insertTable(0, [["a", "b"]]);
    baru.setAttributes(t.getAttributes());
    t.getRow(0).getCell(1).editAsText().setBold(true);
    b.insertTable(0, [["c"]]).setAttributes(t.getAttributes());
    const dump = dumpOf(g, doc);
    // Three tables inserted at 0: an empty paragraph keeps each apart (a table is followed by one).
    expect(dump.body.map((e) => e.type)).toEqual([
      "table",
      "paragraph",
      "table",
      "paragraph",
      "table",
      "paragraph",
    ]);
    const [c, ab, table] = dump.body.filter((e) => e.type === "table") as TableDump[];
    expect(table).toMatchObject({ type: "table", borderWidth: 0, columnWidths: [null, 120] });
    expect(table?.rows[0]?.cells[0]).toMatchObject({ text: "Uraian", background: "#dddddd" });
    expect(table?.rows[0]?.cells[0]?.content[0]).toMatchObject({ content: [{ text: "Uraian", bold: true }] });
    expect(table?.rows[1]?.cells[1]?.content[0]).toMatchObject({ alignment: "RIGHT" });
    expect(ab?.rows[0]?.cells[0]?.content[0]).toMatchObject({ content: [{ text: "a" }] });
    expect(ab?.borderWidth).toBe(0);
    expect(c?.rows[0]?.cells[0]?.content[0]).toMatchObject({ content: [{ text: "c", bold: true }] });
  });

  it("puts page breaks and images in new paragraphs of the body, images at their PNG size", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    b.insertPageBreak(0);
    const img = b.insertImage(1, chartPng(g, 640, 360));
    img.getParent().asParagraph().setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    const p = b.insertParagraph(2, "{{grafik}}");
    p.setText("");
    p.appendInlineImage(chartPng(g, 40, 30));
    doc.saveAndClose();
    const pdf = g.DocumentApp.openById(doc.getId()).getAs("application/pdf");
    expect(() => b.insertImage(0, pdf)).toThrow("selain PNG");
    expect(dumpOf(g, doc).body.slice(0, 3)).toEqual([
      expect.objectContaining({ content: [{ type: "pageBreak" }] }),
      expect.objectContaining({
        alignment: "CENTER",
        content: [
          expect.objectContaining({
            type: "image",
            width: 640,
            height: 360,
            contentType: "image/png",
            chart: expect.objectContaining({ kind: "column", title: "Capaian" }),
          }),
        ],
      }),
      expect.objectContaining({
        content: [expect.objectContaining({ type: "image", width: 40, height: 30 })],
      }),
    ]);
    expect(g.document(doc.getId()).__text()).toContain(
      "[isi]\n[halaman baru]\n[gambar 640x360: Capaian]\n[gambar 40x30: Capaian]\n",
    );
  });

  it("sets the page: size and margins in points, null until set", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    expect([b.getPageWidth(), b.getMarginTop()]).toEqual([null, null]);
    b.setPageWidth(842).setPageHeight(595).setMarginTop(72).setMarginBottom(72).setMarginLeft(0);
    b.setMarginRight(36);
    expect(() => b.setPageWidth(0)).toThrow("harus angka");
    expect(dumpOf(g, doc).page).toEqual({
      width: 842,
      height: 595,
      marginTop: 72,
      marginBottom: 72,
      marginLeft: 0,
      marginRight: 36,
    });
  });

  it("adds one header and one footer, each with its empty paragraph", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const h = doc.addHeader();
    h.insertParagraph(0, "PEMERINTAH KABUPATEN LUMAJANG");
    doc.addFooter().insertListItem(0, "Dicetak dari SAKIP Sheets");
    expect(() => doc.addHeader()).toThrow("sudah punya header");
    expect(() => doc.addFooter()).toThrow("sudah punya footer");
    expect(doc.getHeader().getNumChildren()).toBe(2);
    expect(doc.getFooter().getText()).toBe("Dicetak dari SAKIP Sheets\n");
    expect(g.document(doc.getId()).__text()).toBe(
      "== x ==\n[kepala]\nPEMERINTAH KABUPATEN LUMAJANG\n\n[isi]\n\n[kaki]\n• Dicetak dari SAKIP Sheets\n\n",
    );
  });

  it("saveAndClose closes the document; openById opens it again", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    b.insertParagraph(0, "a");
    doc.saveAndClose();
    expect(() => b.insertParagraph(0, "b")).toThrow(DOCUMENT_CLOSED);
    expect(() => doc.addHeader()).toThrow(DOCUMENT_CLOSED);
    expect(b.getText()).toBe("a\n");
    const again = g.DocumentApp.openById(doc.getId());
    again.getBody().insertParagraph(1, "b");
    expect(again.getBody().getText()).toBe("a\nb\n");
    expect(g.document(doc.getId()).__dump().saved).toBe(false);
    expect(() => g.DocumentApp.openById("tidakAda")).toThrow("tidak ada dokumen");
  });

  it('getAs("application/pdf") gives a PDF blob of the saved document; other types and unsaved edits are refused', () => {
    const g = fake();
    const doc = g.DocumentApp.create("LKj Kec. Lumajang 2021");
    doc.addHeader().insertParagraph(0, "Kecamatan Lumajang");
    doc.getBody().insertParagraph(0, "Capaian 101,02%").setHeading(g.DocumentApp.ParagraphHeading.HEADING2);
    doc.getBody().insertTable(1, [["Nilai IKM", "87,28"]]);
    expect(() => doc.getAs("application/pdf")).toThrow("sebelum saveAndClose");
    doc.saveAndClose();
    const pdf = blobOf(doc.getAs("application/pdf"), "Blob");
    expect([pdf.contentType, pdf.name]).toEqual(["application/pdf", "LKj Kec. Lumajang 2021.pdf"]);
    const text = new TextDecoder().decode(pdf.bytes);
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text).toContain(
      "[kepala]\nKecamatan Lumajang\n\n[isi]\n[HEADING2] Capaian 101,02%\n| Nilai IKM | 87,28 |\n\n",
    );
    expect(text.endsWith("%%EOF\n")).toBe(true);
    expect(() =>
      doc.getAs("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ).toThrow('hanya "application/pdf"');
    expect(() => doc.getAs("text/plain")).toThrow('hanya "application/pdf"');
  });
});

describe("strictness and counting", () => {
  it("members of the real interfaces the fakes lack throw", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    expect(() => b.appendParagraph("x")).toThrow("fake: Body.appendParagraph tidak diimplementasikan");
    expect(() => g.DocumentApp.getActiveDocument()).toThrow(
      "fake: DocumentApp.getActiveDocument tidak diimplementasikan",
    );
    expect(() => b.getChild(0).asTable()).toThrow("fake: Paragraph.asTable tidak diimplementasikan");
    expect(() => b.getChild(0).asEquation()).toThrow("fake: Paragraph.asEquation tidak diimplementasikan");
    expect(() => g.DocumentApp.PositionedLayout).toThrow(
      "fake: DocumentApp.PositionedLayout tidak diimplementasikan",
    );
    expect(() =>
      b
        .insertTable(0, [["a"]])
        .getRow(0)
        .getCell(0)
        .insertTable(0),
    ).toThrow("fake: TableCell.insertTable tidak diimplementasikan");
  });

  it("insertTable is one call whatever the table's size; building it counts nothing else", () => {
    for (const rows of [2, 2000]) {
      const g = createFakeGoogle();
      const b = g.DocumentApp.create("x").getBody();
      g.counts.reset();
      const cells = Array.from({ length: rows }, (_, i) => [`indikator ${i}`, String(i), String(i * 1.5)]);
      const t = b.insertTable(0, cells);
      expect(g.counts.snapshot()).toEqual({ "Body.insertTable": 1 });
      expect(t.getNumRows()).toBe(rows);
      expect(g.counts.get("Table.getNumRows")).toBe(1);
    }
  });

  it("counts chained calls, dump hooks are free", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    g.counts.reset();
    doc
      .getBody()
      .insertParagraph(0, "a")
      .setHeading(g.DocumentApp.ParagraphHeading.HEADING1)
      .editAsText()
      .setBold(true);
    expect(g.counts.snapshot()).toEqual({
      "Body.insertParagraph": 1,
      "Document.getBody": 1,
      "Paragraph.editAsText": 1,
      "Paragraph.setHeading": 1,
      "Text.setBold": 1,
    });
    g.documents()[0]?.__dump();
    g.documents()[0]?.__text();
    g.driveFiles();
    expect(g.counts.total()).toBe(5);
  });

  it("globals() carries DocumentApp, Drive and Charts into node:vm, still without functions", () => {
    const g = fake();
    const scope = g.globals();
    expect(Object.keys(scope).filter((k) => typeof scope[k] === "function")).toEqual([]);
    const context = vm.createContext({ ...scope });
    vm.runInContext(
      `var doc = DocumentApp.create("Dari vm");
       doc.getBody().insertTable(0, [["a", "b"]]).getRow(0).getCell(1).editAsText().setBold(true);
       doc.saveAndClose();
       var folder = Drive.Files.create({ name: "Laporan", mimeType: "${FOLDER_MIME}" });
       Drive.Files.create({ name: "Dari vm.pdf", parents: [folder.id] }, doc.getAs("application/pdf"));`,
      context,
    );
    const table = g.documents()[0]?.__dump().body[0] as TableDump;
    expect(table.rows[0]?.cells[1]?.content[0]).toMatchObject({ content: [{ text: "b", bold: true }] });
    expect(g.driveFiles().map((f) => f.name)).toEqual([
      "Template Laporan Kinerja",
      "Dari vm",
      "Laporan",
      "Dari vm.pdf",
    ]);
  });
});

describe("a Doc's tables never touch", () => {
  it("inserting a table next to a table puts an empty paragraph between, and that paragraph cannot be removed", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    b.insertTable(0, [["a"]]);
    b.insertTable(2, [["b"]]); // after the paragraph that follows the first table: no extra one
    expect(b.getNumChildren()).toBe(4);
    b.insertTable(1, [["c"]]); // right after table a, right before the paragraph
    const jenis = () => Array.from({ length: b.getNumChildren() }, (_, i) => String(b.getChild(i).getType()));
    expect(jenis()).toEqual(["TABLE", "PARAGRAPH", "TABLE", "PARAGRAPH", "TABLE", "PARAGRAPH"]);
    expect(() => b.removeChild(b.getChild(1))).toThrow("Can't remove the paragraph that follows a table.");
    expect(() => b.removeChild(b.getChild(5))).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });
});
