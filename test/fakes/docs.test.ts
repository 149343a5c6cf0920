import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createFakeGoogle,
  DOC_MIME,
  DOCUMENT_CLOSED,
  type DokumenDump,
  FOLDER_MIME,
  LAST_PARAGRAPH,
  MUST_BE_DETACHED,
  type ParagraphDump,
  pngSize,
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
          "{{grafik:capaian}}",
        ],
        footer: ["Halaman kaki {{unit}}"],
      },
    },
    drive: [
      { id: "folderPengguna", name: "Arsip Pribadi", mimeType: FOLDER_MIME },
      { id: "pdfPengguna", name: "LKj 2020.pdf", mimeType: "application/pdf", content: "%PDF lama" },
    ],
  });
}

type Fake = ReturnType<typeof fake>;

/** The recorder's view of a document (not counted). */
function dumpOf(g: Fake, doc: GoogleAppsScript.Document.Document): DokumenDump {
  return g.document(doc.getId()).__dump();
}

/** Scripts pass null as the media to reach optionalArgs (the types want a Blob there). */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function body(dump: DokumenDump): string[] {
  return dump.body.map((b) =>
    b.type === "table" ? `[tabel ${b.rows.length}x${b.rows[0]?.cells.length}]` : b.text,
  );
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
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    const file = g.driveFiles().find((f) => f.id === doc.getId());
    expect(file).toMatchObject({
      name: "Laporan Kinerja 2021",
      mimeType: DOC_MIME,
      parents: [ROOT_ID],
      createdByApp: true,
    });
    expect(g.documents().map((d) => d.getId())).toEqual([doc.getId()]);
  });

  it("refuses to remove the last paragraph of a section, by removeChild or removeFromParent", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    expect(() => b.removeChild(b.getChild(0))).toThrow(LAST_PARAGRAPH);
    expect(() => b.getChild(0).asParagraph().removeFromParent()).toThrow(LAST_PARAGRAPH);
    const kedua = b.appendParagraph("Kedua");
    expect(() => kedua.removeFromParent()).toThrow(LAST_PARAGRAPH);
    b.getChild(0).asParagraph().removeFromParent();
    expect(b.getNumChildren()).toBe(1);
    expect(b.getText()).toBe("Kedua");
    expect(kedua.getParent()).not.toBeNull();
  });

  it("insertTable(index, String[][]) makes rows and cells holding that text", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    b.appendParagraph("Penutup");
    const t = b.insertTable(1, [["Indikator", "Target", "Realisasi", "Capaian (%)"], ...INDIKATOR]);
    expect(b.getChildIndex(t)).toBe(1);
    expect(t.getNumRows()).toBe(3);
    expect(t.getRow(1).getNumCells()).toBe(4);
    expect(t.getCell(1, 2).getText()).toBe("87,28");
    expect(t.getCell(2, 0).getChild(0).asParagraph().getText()).toBe("Persentase fasilitasi ditindaklanjuti");
    expect(t.getCell(0, 0).getColSpan()).toBe(1);
    expect(t.getCell(0, 0).getParentRow().getParentTable().getNumRows()).toBe(3);
    expect(b.getNumChildren()).toBe(3);
    // A table that would end the section gets the empty paragraph Docs puts after it.
    b.appendTable([["a"]]);
    expect(b.getNumChildren()).toBe(5);
    expect(b.getChild(4).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(() => b.appendTable([["a", "b"], ["c"]])).toThrow("persegi");
    // @ts-expect-error cells are strings: a number does not compile
    expect(() => b.appendTable([[86.4]])).toThrow("persegi");
    expect(() => b.insertTable(9, [["a"]])).toThrow(
      "Child index (9) must be less than or equal to the number of child elements (5).",
    );
  });

  it("copy() of a row is detached; appendTableRow(copy) attaches it, an attached row is refused", () => {
    const g = fake();
    const t = g.DocumentApp.create("x")
      .getBody()
      .appendTable([
        ["No", "Indikator"],
        ["{{no}}", "{{nama}}"],
      ]);
    const template = t.getRow(1);
    const copy = template.copy();
    expect(copy.getParent()).toBeNull();
    expect(copy.getText()).toBe("{{no}}\t{{nama}}");
    copy.replaceText("\\{\\{nama\\}\\}", "Nilai IKM");
    expect(template.getCell(1).getText()).toBe("{{nama}}");
    const attached = t.appendTableRow(copy);
    expect(attached.getParentTable().getNumRows()).toBe(3);
    expect(t.getCell(2, 1).getText()).toBe("Nilai IKM");
    expect(() => t.appendTableRow(template)).toThrow(MUST_BE_DETACHED);
    const removed = t.removeRow(1);
    expect(removed.getParent()).toBeNull();
    expect(t.getNumRows()).toBe(2);
    expect(t.insertTableRow(1, removed).getCell(0).getText()).toBe("{{no}}");
  });

  it("replaceText takes an RE2 pattern: escaped special characters work, lookahead and backreferences are refused", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    b.appendParagraph("Capaian (%) = {{capaian}} [TW III] $x");
    b.replaceText(escapeRe2("{{capaian}}"), "101,02");
    b.replaceText(escapeRe2("(%)"), "persen");
    b.replaceText(escapeRe2("[TW III] $x"), "triwulan III");
    expect(b.getChild(1).asParagraph().getText()).toBe("Capaian persen = 101,02 triwulan III");
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
        const p = b.appendParagraph(teks);
        b.replaceText(escapeRe2(cari), ganti);
        expect(p.getText()).toBe(teks.split(cari).join(ganti));
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

  it("findText gives RangeElements in order and null after the last", () => {
    const g = fake();
    const b = g.DocumentApp.openById(TEMPLATE).getBody();
    const found: string[] = [];
    for (let r = b.findText("\\{\\{[^}]*\\}\\}"); r !== null; r = b.findText("\\{\\{[^}]*\\}\\}", r)) {
      const text = r.getElement().asText().getText();
      found.push(text.slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1));
    }
    expect(found).toEqual([
      "{{tahun}}",
      "{{unit}}",
      "{{i.nama}}",
      "{{i.target}}",
      "{{i.realisasi}}",
      "{{i.capaian}}",
      "{{grafik:capaian}}",
    ]);
    const r = b.findText("grafik");
    expect(r.isPartial()).toBe(true);
    expect(r.getElement().getParent().getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(b.findText("tidak ada")).toBeNull();
  });

  it("records headings, alignment and bold runs; appended text carries the formatting on", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    const judul = b.appendParagraph("BAB I PENDAHULUAN").setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
    judul.setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    const p = b.appendParagraph("Capaian: ");
    p.appendText("101,02%").setBold(true);
    p.appendText(" (sangat baik)").setBold(false);
    p.editAsText().setFontSize(0, 7, 12);
    expect(p.getText()).toBe("Capaian: 101,02% (sangat baik)");
    expect(p.editAsText().isBold(10)).toBe(true);
    expect(p.editAsText().isBold()).toBeNull();
    const dump = dumpOf(g, doc);
    expect(dump.body[1]).toMatchObject({ type: "paragraph", heading: "HEADING1", alignment: "CENTER" });
    expect((dump.body[2] as ParagraphDump).content).toEqual([
      { type: "text", text: "Capaian:", fontSize: 12 },
      { type: "text", text: " " },
      { type: "text", text: "101,02%", bold: true },
      { type: "text", text: " (sangat baik)" },
    ]);
    const multi = b.appendParagraph("baris satu\nbaris dua");
    expect(multi.getText()).toBe("baris satu\rbaris dua");
  });

  it("sets table attributes: borders, column widths, cell shading and alignment", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const t = doc.getBody().appendTable([
      ["Uraian", "Pagu"],
      ["Belanja Pegawai", "1.234.567"],
    ]);
    t.setBorderWidth(0).setColumnWidth(1, 120);
    t.getCell(0, 0).setBackgroundColor("#DDD").editAsText().setBold(true);
    t.getCell(1, 1).getChild(0).asParagraph().setAlignment(g.DocumentApp.HorizontalAlignment.RIGHT);
    t.getRow(0).setMinimumHeight(20);
    const attrs: Record<string, unknown> = {};
    attrs[g.DocumentApp.Attribute.VERTICAL_ALIGNMENT] = g.DocumentApp.VerticalAlignment.CENTER;
    attrs[g.DocumentApp.Attribute.FONT_SIZE] = 10;
    t.getCell(1, 0).setAttributes(attrs);
    expect(() => t.setAttributes({ [g.DocumentApp.Attribute.HEADING]: "HEADING1" })).toThrow("tidak berlaku");
    expect(() => t.setColumnWidth(2, 10)).toThrow("di luar tabel");
    expect(t.getCell(0, 0).getBackgroundColor()).toBe("#dddddd");
    expect(t.getCell(0, 1).getBackgroundColor()).toBeNull();
    const table = dumpOf(g, doc).body[1] as TableDump;
    expect(table).toMatchObject({ type: "table", borderWidth: 0, columnWidths: [null, 120] });
    expect(table.rows[0]?.minimumHeight).toBe(20);
    expect(table.rows[0]?.cells[0]).toMatchObject({ text: "Uraian", background: "#dddddd" });
    expect(table.rows[0]?.cells[0]?.content[0]).toMatchObject({ content: [{ text: "Uraian", bold: true }] });
    expect(table.rows[1]?.cells[1]?.content[0]).toMatchObject({ alignment: "RIGHT" });
    expect(table.rows[1]?.cells[0]).toMatchObject({ verticalAlignment: "CENTER" });
    expect(table.rows[1]?.cells[0]?.content[0]).toMatchObject({
      content: [{ text: "Belanja Pegawai", fontSize: 10 }],
    });
  });

  it("puts page breaks and images in new paragraphs of the body; no page break in a cell", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    const pb = b.appendPageBreak();
    expect(pb.getParent().getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    const img = b.appendImage(g.Utilities.newBlob([], "image/png").setBytes(Array.from(pngBytes(40, 30))));
    expect(img.getParent().getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect([img.getWidth(), img.getHeight()]).toEqual([40, 30]);
    img.setWidth(20).setHeight(15);
    const cell = b.appendTable([["a"]]).getCell(0, 0);
    expect(() => cell.getChild(0).asParagraph().appendPageBreak()).toThrow("PageBreak tidak boleh");
    expect(() => b.appendImage(g.Utilities.newBlob("bukan gambar"))).toThrow("selain PNG");
    expect(dumpOf(g, doc).body.slice(1, 3)).toEqual([
      expect.objectContaining({ content: [{ type: "pageBreak" }] }),
      expect.objectContaining({
        content: [
          expect.objectContaining({
            type: "image",
            width: 20,
            height: 15,
            contentType: "image/png",
            chart: null,
          }),
        ],
      }),
    ]);
  });

  it("list items share a list while adjacent", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    const a = b.appendListItem("Sasaran 1").setGlyphType(g.DocumentApp.GlyphType.NUMBER);
    const c = b.appendListItem("Sasaran 2");
    expect(c.getListId()).toBe(a.getListId());
    expect(c.getText()).toBe("Sasaran 2");
    expect(dumpOf(g, doc).body[1]).toMatchObject({
      type: "listItem",
      glyphType: "NUMBER",
      nestingLevel: 0,
      text: "Sasaran 1",
    });
  });

  it("saveAndClose closes the document; openById opens it again", () => {
    const g = fake();
    const doc = g.DocumentApp.create("x");
    const b = doc.getBody();
    b.appendParagraph("a");
    doc.saveAndClose();
    expect(() => b.appendParagraph("b")).toThrow(DOCUMENT_CLOSED);
    expect(b.getText()).toBe("\na");
    const again = g.DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph("b");
    expect(again.getBody().getText()).toBe("\na\nb");
    expect(() => g.DocumentApp.openById("tidakAda")).toThrow("tidak ada dokumen");
  });

  it('getAs("application/pdf") gives a PDF blob of the saved document; other types and unsaved edits are refused', () => {
    const g = fake();
    const doc = g.DocumentApp.create("LKj Kec. Lumajang 2021");
    doc.addHeader().appendParagraph("Kecamatan Lumajang");
    doc.getBody().appendParagraph("Capaian 101,02%").setHeading(g.DocumentApp.ParagraphHeading.HEADING2);
    doc.getBody().appendTable([["Nilai IKM", "87,28"]]);
    expect(() => doc.getAs("application/pdf")).toThrow("sebelum saveAndClose");
    doc.saveAndClose();
    const pdf = doc.getAs("application/pdf");
    expect(pdf.getContentType()).toBe("application/pdf");
    expect(pdf.getName()).toBe("LKj Kec. Lumajang 2021.pdf");
    const text = pdf.getDataAsString();
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text).toContain(
      "[kepala]\n\nKecamatan Lumajang\n[isi]\n\n[HEADING2] Capaian 101,02%\n| Nilai IKM | 87,28 |\n",
    );
    expect(text.endsWith("%%EOF\n")).toBe(true);
    expect(() =>
      doc.getAs("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ).toThrow('hanya "application/pdf"');
    expect(() => doc.getAs("text/plain")).toThrow('hanya "application/pdf"');
  });
});

/** A PNG of the given size, via Charts (the only PNG source of the fakes). */
function pngBytes(width: number, height: number): Uint8Array {
  const g = createFakeGoogle();
  const table = g.Charts.newDataTable().addColumn(g.Charts.ColumnType.STRING, "x").addRow(["a"]);
  const blob = g.Charts.newBarChart()
    .setDataTable(table)
    .setDimensions(width, height)
    .build()
    .getAs("image/png");
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}

describe("Charts and Utilities.newBlob", () => {
  it("builds a column chart whose PNG has the chart's size and whose dump shows its data", () => {
    const g = fake();
    const data = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, "Indikator")
      .addColumn(g.Charts.ColumnType.NUMBER, "Capaian (%)");
    for (const [nama, , , capaian] of INDIKATOR) data.addRow([nama, Number(capaian?.replace(",", "."))]);
    expect(() => data.addRow(["x", "101,02"])).toThrow("bukan NUMBER");
    const chart = g.Charts.newColumnChart()
      .setDataTable(data)
      .setTitle("Capaian Kinerja 2021")
      .setYAxisTitle("Capaian (%)")
      .setColors(["#1a73e8"])
      .setRange(0, 120)
      .setOption("legend", { position: "none" })
      .setDimensions(640, 360)
      .build();
    const png = chart.getAs("image/png");
    expect(png.getContentType()).toBe("image/png");
    expect(pngSize(Uint8Array.from(png.getBytes(), (b) => b & 0xff))).toEqual({ width: 640, height: 360 });
    expect(() => chart.getAs("image/jpeg")).toThrow("tidak dimodelkan");
    const doc = g.DocumentApp.create("x");
    const img = doc.getBody().appendImage(chart);
    expect([img.getWidth(), img.getHeight()]).toEqual([640, 360]);
    const image = (dumpOf(g, doc).body[1] as ParagraphDump).content[0];
    expect(image).toMatchObject({
      type: "image",
      chart: {
        kind: "column",
        title: "Capaian Kinerja 2021",
        yAxisTitle: "Capaian (%)",
        range: { start: 0, end: 120 },
        options: { legend: { position: "none" } },
        columns: [
          { type: "STRING", label: "Indikator" },
          { type: "NUMBER", label: "Capaian (%)" },
        ],
        rows: [
          ["Nilai IKM", 101.02],
          ["Persentase fasilitasi ditindaklanjuti", 111.11],
        ],
      },
    });
    expect(() => g.Charts.newPieChart()).toThrow("fake: Charts.newPieChart tidak diimplementasikan");
  });

  it("newBlob keeps bytes as Apps Script's signed bytes, with type and name", () => {
    const g = fake();
    const blob = g.Utilities.newBlob("Capaian 101,02% — baik", "text/plain", "catatan.txt");
    expect(g.Utilities.newBlob("— baik").getBytes()).toEqual([-30, -128, -108, 32, 98, 97, 105, 107]);
    expect(blob.getDataAsString()).toBe("Capaian 101,02% — baik");
    expect([blob.getContentType(), blob.getName()]).toEqual(["text/plain", "catatan.txt"]);
    const copy = blob.copyBlob().setName("salinan.txt");
    expect([blob.getName(), copy.getName()]).toEqual(["catatan.txt", "salinan.txt"]);
    expect(g.Utilities.newBlob([-61, -87]).getDataAsString()).toBe("é");
    expect(g.Utilities.newBlob("x").getContentType()).toBeNull();
    expect(() => g.Utilities.newBlob([300])).toThrow("-128..255");
    expect(() => g.Utilities.formatDate(new Date(), "Asia/Jakarta", "yyyy")).toThrow(
      "fake: Utilities.formatDate tidak diimplementasikan",
    );
  });
});

describe("Advanced Drive service under drive.file", () => {
  it("does not see the user's files until the user picks them", () => {
    const g = fake();
    expect(() => g.Drive.Files.get("pdfPengguna")).toThrow(
      "API call to drive.files.get failed with error: File not found: pdfPengguna.",
    );
    expect(() => g.Drive.Files.copy({}, TEMPLATE)).toThrow("File not found: tplLumajang.");
    expect(() => g.Drive.Files.update({ name: "x" }, "pdfPengguna")).toThrow("File not found: pdfPengguna.");
    expect(() => g.Drive.Files.create({ name: "a.pdf", parents: ["folderPengguna"] })).toThrow(
      "File not found: folderPengguna.",
    );
    expect(g.Drive.Files.list({ q: "trashed = false" }).files).toEqual([]);
    // DocumentApp needs only the documents scope: the user's template opens.
    expect(g.DocumentApp.openById(TEMPLATE).getName()).toBe("Template Laporan Kinerja");
    g.Drive.__grantAccess(TEMPLATE);
    expect(g.Drive.Files.get(TEMPLATE)).toEqual({
      kind: "drive#file",
      id: TEMPLATE,
      name: "Template Laporan Kinerja",
      mimeType: DOC_MIME,
    });
  });

  it("creates a folder, saves the PDF, moves the Doc in, and finds them with q", () => {
    const g = fake();
    const doc = g.DocumentApp.create("LKj 2021");
    doc.getBody().appendParagraph("Isi");
    doc.saveAndClose();
    const folder = g.Drive.Files.create({ name: "Laporan SAKIP", mimeType: FOLDER_MIME });
    const folderId = folder.id ?? "";
    const pdf = g.Drive.Files.create(
      { name: "LKj 2021.pdf", parents: [folderId] },
      doc.getAs("application/pdf"),
      {
        fields: "id,name,mimeType,parents,size,webViewLink",
      },
    );
    expect(pdf).toMatchObject({ name: "LKj 2021.pdf", mimeType: "application/pdf", parents: [folderId] });
    expect(Number(pdf.size)).toBeGreaterThan(20);
    expect(() =>
      g.Drive.Files.update(
        { parents: [folderId] } as GoogleAppsScript.Drive_v3.Drive.V3.Schema.File,
        doc.getId(),
      ),
    ).toThrow("The parents field is not directly writable in update requests.");
    expect(() => g.Drive.Files.update({}, doc.getId(), NO_MEDIA, { addParents: folderId })).toThrow(
      "Increasing the number of parents is not allowed",
    );
    const moved = g.Drive.Files.update({}, doc.getId(), NO_MEDIA, {
      addParents: folderId,
      removeParents: "root",
      fields: "id,parents",
    });
    expect(moved).toEqual({ id: doc.getId(), parents: [folderId] });
    const inFolder = g.Drive.Files.list({
      q: `'${folderId}' in parents and trashed = false`,
      fields: "files(id,name,mimeType),nextPageToken",
    });
    expect(inFolder.files?.map((f) => f.name)).toEqual(["LKj 2021", "LKj 2021.pdf"]);
    const found = g.Drive.Files.list({ q: `name = 'Laporan SAKIP' and mimeType = '${FOLDER_MIME}'` });
    expect(found.files?.map((f) => f.id)).toEqual([folderId]);
    const stored = g.driveFiles().find((f) => f.id === pdf.id);
    expect(new TextDecoder().decode(stored?.bytes ?? new Uint8Array())).toContain("[isi]\n\nIsi\n");
    expect(() => g.Drive.Files.list({ q: "name contains 'LKj'" })).toThrow("tidak dimodelkan");
    expect(() => g.Drive.Files.list({ q: "name = 'a' or name = 'b'" })).toThrow("or/not tidak dimodelkan");
    expect(g.Drive.Files.list({ q: "name = 'Laporan or Rekap'" }).files).toEqual([]);
    expect(() => g.Drive.Files.get(folderId, { fields: "owners" })).toThrow("tidak dimodelkan");
    expect(() => g.Drive.Permissions).toThrow("fake: Drive.Permissions tidak diimplementasikan");
  });

  it("copies a picked template into a new Doc the app owns, with its content", () => {
    const g = fake();
    g.Drive.__grantAccess(TEMPLATE);
    const copy = g.Drive.Files.copy({}, TEMPLATE, { fields: "id,name,parents" });
    expect(copy.name).toBe("Copy of Template Laporan Kinerja");
    expect(copy.parents).toEqual([ROOT_ID]);
    const doc = g.DocumentApp.openById(copy.id ?? "");
    expect(doc.getBody().getText()).toBe(g.DocumentApp.openById(TEMPLATE).getBody().getText());
    doc.getBody().replaceText("\\{\\{unit\\}\\}", "Lumajang");
    expect(g.DocumentApp.openById(TEMPLATE).getBody().getText()).toContain("{{unit}}");
    expect(g.documents().map((d) => d.getId())).toEqual([copy.id]);
    // Drive copies what is saved: a Doc with unsaved edits is refused.
    const draft = g.DocumentApp.create("Draf");
    draft.getBody().appendParagraph("belum disimpan");
    expect(() => g.Drive.Files.copy({}, draft.getId())).toThrow("belum disimpan");
  });
});

describe("a report from the user's template, end to end", () => {
  it("copies the template's content, fills it, repeats the table row, inserts the chart, saves the PDF", () => {
    const g = fake();
    const template = g.DocumentApp.openById(TEMPLATE);
    const doc = g.DocumentApp.create("LKj Kec. Lumajang 2021");
    const b = doc.getBody();
    const src = template.getBody();
    for (let i = 0; i < src.getNumChildren(); i++) {
      const child = src.getChild(i);
      if (child.getType() === g.DocumentApp.ElementType.TABLE) b.appendTable(child.asTable().copy());
      else b.appendParagraph(child.asParagraph().copy());
    }
    doc.addHeader().appendParagraph(template.getHeader().getChild(0).asParagraph().copy());
    b.getChild(0).removeFromParent();
    for (const section of [b, doc.getHeader()]) {
      section.replaceText(escapeRe2("{{unit}}"), "Lumajang");
      section.replaceText(escapeRe2("{{tahun}}"), "2021");
    }
    const table = b.getTables()[0]!;
    const row = table.getRow(1);
    for (const [nama, target, realisasi, capaian] of INDIKATOR) {
      const r = table.appendTableRow(row.copy());
      r.replaceText(escapeRe2("{{i.nama}}"), nama ?? "");
      r.replaceText(escapeRe2("{{i.target}}"), target ?? "");
      r.replaceText(escapeRe2("{{i.realisasi}}"), realisasi ?? "");
      r.replaceText(escapeRe2("{{i.capaian}}"), capaian ?? "");
    }
    row.removeFromParent();
    const spot = b.findText(escapeRe2("{{grafik:capaian}}"));
    const para = spot.getElement().getParent().asParagraph();
    const data = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, "Indikator")
      .addColumn(g.Charts.ColumnType.NUMBER, "Capaian (%)")
      .addRow(["Nilai IKM", 101.02]);
    const chart = g.Charts.newBarChart().setDataTable(data).setTitle("Capaian").build();
    // The placeholder is the body's last paragraph, which Docs will not remove: the chart goes into it.
    expect(() => para.removeFromParent()).toThrow(LAST_PARAGRAPH);
    para.clear().appendInlineImage(chart.getAs("image/png"));
    doc.saveAndClose();
    const pdf = g.Drive.Files.create({ name: "LKj Kec. Lumajang 2021.pdf" }, doc.getAs("application/pdf"));

    const dump = g.documents()[0]!.__dump();
    expect(body(dump)).toEqual(["LAPORAN KINERJA 2021", "Unit kerja: Lumajang", "[tabel 3x4]", "", ""]);
    expect(dump.body[0]).toMatchObject({
      heading: "TITLE",
      alignment: "CENTER",
      content: [{ type: "text", text: "LAPORAN KINERJA 2021", bold: true }],
    });
    expect((dump.body[2] as TableDump).rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Indikator", "Target", "Realisasi", "Capaian (%)"],
      ...INDIKATOR,
    ]);
    expect((dump.body[4] as ParagraphDump).content).toMatchObject([
      { type: "image", width: 600, height: 400, chart: { kind: "bar", title: "Capaian" } },
    ]);
    expect(dump.header?.map((h) => (h.type === "table" ? "" : h.text))).toEqual(["", "Kecamatan Lumajang"]);
    expect(dump.saved).toBe(true);
    expect(g.driveFiles().find((f) => f.id === pdf.id)?.name).toBe("LKj Kec. Lumajang 2021.pdf");
    // The template is untouched.
    expect(g.DocumentApp.openById(TEMPLATE).getBody().getText()).toContain("{{i.nama}}");
  });
});

describe("strictness and counting", () => {
  it("members of the real interfaces the fakes lack throw", () => {
    const g = fake();
    const b = g.DocumentApp.create("x").getBody();
    expect(() => b.appendHorizontalRule()).toThrow("fake: Body.appendHorizontalRule tidak diimplementasikan");
    expect(() => g.DocumentApp.getActiveDocument()).toThrow(
      "fake: DocumentApp.getActiveDocument tidak diimplementasikan",
    );
    expect(() => b.getChild(0).asTable()).toThrow("tidak bisa dipakai sebagai TABLE");
    expect(() => b.getChild(0).asEquation()).toThrow("fake: Paragraph.asEquation tidak diimplementasikan");
    expect(() => g.DocumentApp.PositionedLayout).toThrow(
      "fake: DocumentApp.PositionedLayout tidak diimplementasikan",
    );
    expect(() =>
      b
        .appendTable([["a"]])
        .getCell(0, 0)
        .appendTable(),
    ).toThrow("fake: TableCell.appendTable tidak diimplementasikan");
  });

  it("appendTable is one call whatever the table's size; building it counts nothing else", () => {
    for (const rows of [2, 2000]) {
      const g = createFakeGoogle();
      const b = g.DocumentApp.create("x").getBody();
      g.counts.reset();
      const cells = Array.from({ length: rows }, (_, i) => [`indikator ${i}`, String(i), String(i * 1.5)]);
      const t = b.appendTable(cells);
      expect(g.counts.snapshot()).toEqual({ "Body.appendTable": 1 });
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
      .appendParagraph("a")
      .setHeading(g.DocumentApp.ParagraphHeading.HEADING1)
      .editAsText()
      .setBold(true);
    expect(g.counts.snapshot()).toEqual({
      "Body.appendParagraph": 1,
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
       doc.getBody().appendTable([["a", "b"]]).getCell(0, 1).editAsText().setBold(true);
       doc.saveAndClose();
       var folder = Drive.Files.create({ name: "Laporan", mimeType: "${FOLDER_MIME}" });
       Drive.Files.create({ name: "Dari vm.pdf", parents: [folder.id] }, doc.getAs("application/pdf"));`,
      context,
    );
    const table = g.documents()[0]?.__dump().body[1] as TableDump;
    expect(table.rows[0]?.cells[1]?.content[0]).toMatchObject({ content: [{ text: "b", bold: true }] });
    expect(g.driveFiles().map((f) => f.name)).toEqual([
      "Arsip Pribadi",
      "LKj 2020.pdf",
      "Template Laporan Kinerja",
      "Dari vm",
      "Laporan",
      "Dari vm.pdf",
    ]);
  });
});
