import { describe, expect, it } from "vitest";
import { layoutOf } from "./docsApiLayout";
import {
  createFakeGoogle,
  DOC_MIME,
  DOCUMENT_CLOSED,
  type DocsRequest,
  FOOTER_ID,
  HEADER_ID,
  type ParagraphDump,
  type TableDump,
} from "./index";

type Document = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

const TEMPLATE = "tplRekap";

/** A user's template: a title, a line, a table, a list item, a closing line, a header and a footer. */
function fake() {
  return createFakeGoogle({
    documents: {
      [TEMPLATE]: {
        name: "Rekap SKM",
        header: ["Kop {{unit}}"],
        body: [
          { text: "LAPORAN {{tahun}}", heading: "TITLE", alignment: "CENTER", bold: true },
          "Unit: {{unit}}",
          {
            table: [
              ["Unsur", "NRR"],
              ["U1", "3,45"],
            ],
          },
          { listItem: "Sasaran" },
          "Akhir",
        ],
        footer: ["Kaki"],
      },
    },
  });
}

type Fake = ReturnType<typeof fake>;

function get(g: Fake, id = TEMPLATE): Document {
  return g.Docs.Documents.get(id);
}

function batch(g: Fake, requests: DocsRequest[], id = TEMPLATE) {
  return g.Docs.Documents.batchUpdate(
    { requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    id,
  );
}

function content(d: Document): StructuralElement[] {
  return d.body?.content ?? [];
}

/** [startIndex, endIndex] of each structural element (startIndex 0 reads as absent). */
function spans(els: StructuralElement[]): [number, number][] {
  return els.map((e) => [e.startIndex ?? 0, e.endIndex ?? 0]);
}

/** A paragraph's text, its runs joined. */
function textOf(el: StructuralElement | undefined): string {
  return (el?.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? "").join("");
}

/** The body's paragraphs' texts, a table as its cells' texts. */
function bodyTexts(d: Document): (string | string[][])[] {
  return content(d)
    .slice(1)
    .map((el) =>
      el.table
        ? (el.table.tableRows ?? []).map((r) =>
            (r.tableCells ?? []).map((c) => (c.content ?? []).map(textOf).join("")),
          )
        : textOf(el),
    );
}

function tableEl(d: Document, n = 0): StructuralElement {
  const t = content(d).filter((e) => e.table)[n];
  if (!t) throw new Error(`no table ${n}`);
  return t;
}

/** Where the first paragraph of a cell starts: where a script inserts a cell's text. */
function cellIndex(d: Document, row: number, column: number, n = 0): number {
  const cell = tableEl(d, n).table?.tableRows?.[row]?.tableCells?.[column];
  return cell?.content?.[0]?.startIndex ?? -1;
}

/** A refused batch: it throws, and the document is as it was (same content, same revision). */
function refused(g: Fake, requests: DocsRequest[], message: string | RegExp, id = TEMPLATE): void {
  const before = get(g, id);
  expect(() => batch(g, requests, id)).toThrow(message);
  expect(get(g, id)).toEqual(before);
}

describe("Documents.get: the structure and its indexes", () => {
  it("lays a document out as the reference does: section break, paragraphs ending in \\n, tables", () => {
    const g = fake();
    const d = get(g);
    expect(d).toMatchObject({
      documentId: TEMPLATE,
      title: "Rekap SKM",
      suggestionsViewMode: "SUGGESTIONS_INLINE",
    });
    expect(d.revisionId).toMatch(/^fakeRev[0-9a-f]{8}$/);
    // 0..1 section break, "LAPORAN {{tahun}}\n" 1..19, "Unit: {{unit}}\n" 19..34, the table 34..60,
    // "Sasaran\n" 60..68, "Akhir\n" 68..74.
    expect(spans(content(d))).toEqual([
      [0, 1],
      [1, 19],
      [19, 34],
      [34, 60],
      [60, 68],
      [68, 74],
    ]);
    expect(content(d)[0]).toEqual({
      endIndex: 1,
      sectionBreak: {
        sectionStyle: {
          columnSeparatorStyle: "NONE",
          contentDirection: "LEFT_TO_RIGHT",
          sectionType: "CONTINUOUS",
        },
      },
    });
    const table = tableEl(d).table;
    // One index where the table starts (34), one per row (35, 48), one per cell (36, 43, 49, 53),
    // and one where it ends (59).
    expect(table?.tableRows?.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [35, 48],
      [48, 59],
    ]);
    expect(table?.tableRows?.map((r) => r.tableCells?.map((c) => [c.startIndex, c.endIndex]))).toEqual([
      [
        [36, 43],
        [43, 48],
      ],
      [
        [49, 53],
        [53, 59],
      ],
    ]);
    expect([cellIndex(d, 0, 0), cellIndex(d, 0, 1), cellIndex(d, 1, 0), cellIndex(d, 1, 1)]).toEqual([
      37, 44, 50, 54,
    ]);
    expect(table).toMatchObject({
      rows: 2,
      columns: 2,
      tableStyle: {
        tableColumnProperties: [{ widthType: "EVENLY_DISTRIBUTED" }, { widthType: "EVENLY_DISTRIBUTED" }],
      },
    });
    expect(bodyTexts(d)).toEqual([
      "LAPORAN {{tahun}}\n",
      "Unit: {{unit}}\n",
      [
        ["Unsur\n", "NRR\n"],
        ["U1\n", "3,45\n"],
      ],
      "Sasaran\n",
      "Akhir\n",
    ]);
    expect(layoutOf(d).body).toBe(
      "§LAPORAN {{tahun}}\nUnit: {{unit}}\n┬├│Unsur\n│NRR\n├│U1\n│3,45\n┴Sasaran\nAkhir\n",
    );
  });

  it("gives styles, bullets, the header and the footer (their indexes begin at zero)", () => {
    const g = fake();
    const d = get(g);
    expect(content(d)[1]?.paragraph).toEqual({
      elements: [
        { startIndex: 1, endIndex: 18, textRun: { content: "LAPORAN {{tahun}}", textStyle: { bold: true } } },
        { startIndex: 18, endIndex: 19, textRun: { content: "\n", textStyle: {} } },
      ],
      paragraphStyle: { namedStyleType: "TITLE", alignment: "CENTER", direction: "LEFT_TO_RIGHT" },
    });
    expect(content(d)[4]?.paragraph?.bullet).toEqual({ listId: "kix.fakeList", textStyle: {} });
    expect(d.lists).toEqual({ "kix.fakeList": { listProperties: {} } });
    expect(d.documentStyle).toEqual({ defaultHeaderId: HEADER_ID, defaultFooterId: FOOTER_ID });
    const header = (d.headers as Record<string, { headerId: string; content: StructuralElement[] }>)[
      HEADER_ID
    ];
    expect(header?.headerId).toBe(HEADER_ID);
    expect(spans(header?.content ?? [])).toEqual([[0, 13]]);
    expect(header?.content[0]).not.toHaveProperty("startIndex");
    expect(layoutOf(d).headers).toEqual({ [HEADER_ID]: "Kop {{unit}}\n" });
    expect(layoutOf(d).footers).toEqual({ [FOOTER_ID]: "Kaki\n" });
  });

  it("is counted, and the service's other members throw", () => {
    const g = fake();
    get(g);
    batch(g, [{ insertText: { text: "x", location: { index: 1 } } }]);
    expect(g.counts.get("Documents.get")).toBe(1);
    expect(g.counts.get("Documents.batchUpdate")).toBe(1);
    expect(() => g.Docs.Documents.create({ title: "x" })).toThrow(
      "fake: Documents.create tidak diimplementasikan",
    );
    expect(() => g.Docs.newRequest()).toThrow("fake: Docs.newRequest tidak diimplementasikan");
  });

  it("answers an unknown document as the API does, and refuses options it does not model", () => {
    const g = fake();
    expect(() => g.Docs.Documents.get("tidakAda")).toThrow(
      "API call to docs.documents.get failed with error: Requested entity was not found.",
    );
    expect(() =>
      g.Docs.Documents.get(TEMPLATE, { suggestionsViewMode: "PREVIEW_WITHOUT_SUGGESTIONS" }),
    ).toThrow("tidak dimodelkan");
  });
});

describe("batchUpdate: each request's effect", () => {
  it("insertText: at an index (the text takes the style before it), at the end of a segment, in a cell", () => {
    const g = fake();
    const r = batch(g, [
      { insertText: { text: "Akhir ", endOfSegmentLocation: {} } },
      { insertText: { text: " 2023", location: { index: 18 } } },
      // The cell's "3,45\n" was at 54..59; " 2023" moved it by 5: its newline is at 63.
      { insertText: { text: "Unsur pelayanan", location: { index: 63 } } },
      { insertText: { text: "Kop: ", location: { index: 0, segmentId: HEADER_ID } } },
    ]);
    expect(r).toEqual({
      documentId: TEMPLATE,
      replies: [{}, {}, {}, {}],
      writeControl: { requiredRevisionId: get(g).revisionId },
    });
    const d = get(g);
    expect(bodyTexts(d)).toEqual([
      "LAPORAN {{tahun}} 2023\n",
      "Unit: {{unit}}\n",
      [
        ["Unsur\n", "NRR\n"],
        ["U1\n", "3,45Unsur pelayanan\n"],
      ],
      "Sasaran\n",
      "AkhirAkhir \n",
    ]);
    expect(content(d)[1]?.paragraph?.elements?.[0]?.textRun).toEqual({
      content: "LAPORAN {{tahun}} 2023",
      textStyle: { bold: true },
    });
    expect(layoutOf(d).headers[HEADER_ID]).toBe("Kop: Kop {{unit}}\n");
  });

  it("insertText: a newline makes a paragraph with the same paragraph style; a vertical tab a line break", () => {
    const g = fake();
    batch(g, [
      { insertText: { text: "A\nB", location: { index: 4 } } },
      // "Unit: {{unit}}" moved from 19 to 22: "{{unit}}" starts at 28.
      { insertText: { text: "baris\u000bdua\u0001", location: { index: 28 } } },
    ]);
    const d = get(g);
    expect(bodyTexts(d).slice(0, 3)).toEqual([
      "LAPA\n",
      "BORAN {{tahun}}\n",
      "Unit: baris\u000bdua{{unit}}\n",
    ]);
    expect(content(d)[1]?.paragraph?.paragraphStyle).toMatchObject({
      namedStyleType: "TITLE",
      alignment: "CENTER",
    });
    expect(content(d)[2]?.paragraph?.paragraphStyle).toMatchObject({
      namedStyleType: "TITLE",
      alignment: "CENTER",
    });
    // DocumentApp sees the line break as "\r", and the stripped control character is gone.
    const body = g.DocumentApp.openById(TEMPLATE).getBody();
    expect(body.getChild(2).asParagraph().getText()).toBe("Unit: baris\rdua{{unit}}");
  });

  it("deleteContentRange: inside a paragraph, across paragraphs (they join), a whole table with the newline before it, a cell's content", () => {
    const g = fake();
    batch(g, [
      { deleteContentRange: { range: { startIndex: 50, endIndex: 52 } } },
      // "LAPORAN {" + "{unit}}": the first paragraph keeps its style (TITLE), the second's text joins it.
      { deleteContentRange: { range: { startIndex: 10, endIndex: 26 } } },
    ]);
    let d = get(g);
    expect(bodyTexts(d)).toEqual([
      "LAPORAN {{unit}}\n",
      [
        ["Unsur\n", "NRR\n"],
        ["\n", "3,45\n"],
      ],
      "Sasaran\n",
      "Akhir\n",
    ]);
    expect(content(d)[1]?.paragraph?.paragraphStyle).toMatchObject({ namedStyleType: "TITLE" });
    expect(content(d)[1]?.paragraph?.elements?.map((e) => e.textRun)).toEqual([
      { content: "LAPORAN {", textStyle: { bold: true } },
      { content: "{unit}}\n", textStyle: {} },
    ]);
    const t = tableEl(d);
    batch(g, [
      { deleteContentRange: { range: { startIndex: (t.startIndex ?? 0) - 1, endIndex: t.endIndex ?? 0 } } },
    ]);
    d = get(g);
    // The list item after the table joined the title: the title's kind and style stay.
    expect(bodyTexts(d)).toEqual(["LAPORAN {{unit}}Sasaran\n", "Akhir\n"]);
    expect(content(d)[1]?.paragraph).not.toHaveProperty("bullet");
  });

  it("replaceAllText: literal, in every segment and cell, case-insensitive unless matchCase; the reply counts", () => {
    const g = fake();
    const r = batch(g, [
      { insertText: { text: "Unit lagi: {{UNIT}}", endOfSegmentLocation: {} } },
      { replaceAllText: { containsText: { text: "{{unit}}", matchCase: true }, replaceText: "Klakah" } },
      // matchCase absent: "{{Unit}}" finds "{{UNIT}}", which matchCase: true passed over.
      { replaceAllText: { containsText: { text: "{{Unit}}" }, replaceText: "Klakah $1 (.*)" } },
      { replaceAllText: { containsText: { text: "3,45" }, replaceText: "3,50" } },
      { replaceAllText: { containsText: { text: "tidak ada" }, replaceText: "x" } },
    ]);
    expect(r.replies).toEqual([
      {},
      { replaceAllText: { occurrencesChanged: 2 } },
      { replaceAllText: { occurrencesChanged: 1 } },
      { replaceAllText: { occurrencesChanged: 1 } },
      { replaceAllText: {} },
    ]);
    const d = get(g);
    expect(bodyTexts(d)).toEqual([
      "LAPORAN {{tahun}}\n",
      "Unit: Klakah\n",
      [
        ["Unsur\n", "NRR\n"],
        ["U1\n", "3,50\n"],
      ],
      "Sasaran\n",
      "AkhirUnit lagi: Klakah $1 (.*)\n",
    ]);
    expect(layoutOf(d).headers[HEADER_ID]).toBe("Kop Klakah\n");
  });

  it("replaceAllText: the replacement takes the matched text's formatting", () => {
    const g = fake();
    batch(g, [{ replaceAllText: { containsText: { text: "{{tahun}}" }, replaceText: "2023" } }]);
    expect(content(get(g))[1]?.paragraph?.elements?.[0]?.textRun).toEqual({
      content: "LAPORAN 2023",
      textStyle: { bold: true },
    });
  });

  it("insertTable: a newline goes before it (the table starts at index + 1), the paragraph splits around it", () => {
    const g = fake();
    batch(g, [{ insertTable: { rows: 2, columns: 3, location: { index: 25 } } }]);
    let d = get(g);
    expect(bodyTexts(d).slice(1, 4)).toEqual([
      "Unit: \n",
      [
        ["\n", "\n", "\n"],
        ["\n", "\n", "\n"],
      ],
      "{{unit}}\n",
    ]);
    expect(tableEl(d).startIndex).toBe(26);
    // Filled from the last cell back, so each index read before the batch stays right.
    const cells = [
      [0, 0, "No"],
      [0, 1, "Unsur"],
      [0, 2, "NRR"],
      [1, 0, "1"],
      [1, 1, "Persyaratan"],
      [1, 2, "3,45"],
    ] as const;
    batch(
      g,
      cells
        .map(([r, c, text]) => ({ insertText: { text, location: { index: cellIndex(d, r, c) } } }))
        .reverse(),
    );
    d = get(g);
    expect(bodyTexts(d)[2]).toEqual([
      ["No\n", "Unsur\n", "NRR\n"],
      ["1\n", "Persyaratan\n", "3,45\n"],
    ]);
    // At the end of the body: after its last paragraph's text, before an empty last paragraph.
    batch(g, [{ insertTable: { rows: 1, columns: 1, endOfSegmentLocation: {} } }]);
    d = get(g);
    expect(bodyTexts(d).slice(-3)).toEqual(["Akhir\n", [["\n"]], "\n"]);
  });

  it("insertTableRow: below or above the reference cell's row, cells empty, in a table the DocumentApp fake sees", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex;
    batch(g, [
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 1, columnIndex: 0 },
          insertBelow: true,
        },
      },
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 1, columnIndex: 1 },
        },
      },
    ]);
    const d = get(g);
    expect(bodyTexts(d)[2]).toEqual([
      ["Unsur\n", "NRR\n"],
      ["\n", "\n"],
      ["U1\n", "3,45\n"],
      ["\n", "\n"],
    ]);
    const t = g.DocumentApp.openById(TEMPLATE).getBody().getChild(2).asTable();
    expect(t.getNumRows()).toBe(4);
    expect(t.getRow(2).getCell(1).getText()).toBe("3,45");
  });

  it("mergeTableCells: the head spans the range, the others stay empty in place, the text joins the head", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex;
    batch(g, [
      {
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 0, columnIndex: 0 },
            rowSpan: 1,
            columnSpan: 2,
          },
        },
      },
    ]);
    const d = get(g);
    const rows = tableEl(d).table?.tableRows ?? [];
    expect(rows[0]?.tableCells?.map((c) => c.tableCellStyle)).toEqual([
      { contentAlignment: "TOP", rowSpan: 1, columnSpan: 2 },
      { contentAlignment: "TOP" },
    ]);
    expect(rows[1]?.tableCells?.[0]?.tableCellStyle).toMatchObject({ rowSpan: 1, columnSpan: 1 });
    expect(bodyTexts(d)[2]).toEqual([
      ["Unsur\nNRR\n", "\n"],
      ["U1\n", "3,45\n"],
    ]);
    const table = g.document(TEMPLATE).__dump().body[2] as TableDump;
    expect(table.rows[0]?.cells).toMatchObject([
      { text: "Unsur\nNRR", rowSpan: 1, colSpan: 2 },
      { text: "", merged: true },
    ]);
    expect(table.rows[1]?.cells[0]).not.toHaveProperty("rowSpan");
    // A merge taking in an earlier one; a row inserted above a merged cell goes above all its rows.
    batch(g, [
      {
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 0, columnIndex: 0 },
            rowSpan: 2,
            columnSpan: 2,
          },
        },
      },
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: start }, rowIndex: 1, columnIndex: 1 },
        },
      },
    ]);
    const merged = g.document(TEMPLATE).__dump().body[2] as TableDump;
    expect(
      merged.rows.map((r) => r.cells.map((c) => (c.merged ? "x" : `${c.rowSpan ?? 1}x${c.colSpan ?? 1}`))),
    ).toEqual([
      ["1x1", "1x1"],
      ["2x2", "x"],
      ["x", "x"],
    ]);
    expect(merged.rows[1]?.cells[0]?.text).toBe("Unsur\nNRR\nU1\n3,45");
  });

  it("insertTableRow through a vertical merge: the merge spans the new row too", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex;
    const at = (rowIndex: number, columnIndex: number) => ({
      tableStartLocation: { index: start },
      rowIndex,
      columnIndex,
    });
    batch(g, [
      { mergeTableCells: { tableRange: { tableCellLocation: at(0, 0), rowSpan: 2, columnSpan: 1 } } },
      { insertTableRow: { tableCellLocation: at(0, 1), insertBelow: true } },
    ]);
    const t = g.document(TEMPLATE).__dump().body[2] as TableDump;
    expect(
      t.rows.map((r) =>
        r.cells.map((c) => (c.merged ? "x" : `${c.rowSpan ?? 1}x${c.colSpan ?? 1}:${c.text}`)),
      ),
    ).toEqual([
      ["3x1:Unsur\nU1", "1x1:NRR"],
      ["x", "1x1:"],
      ["x", "1x1:3,45"],
    ]);
  });

  it("updateTableColumnProperties, updateTableCellStyle, pinTableHeaderRows: what DocumentApp and the dump show", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex;
    const table = { tableStartLocation: { index: start } };
    batch(g, [
      {
        updateTableColumnProperties: {
          ...table,
          columnIndices: [0],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 200, unit: "PT" } },
          fields: "width,widthType",
        },
      },
      {
        updateTableColumnProperties: {
          ...table,
          columnIndices: [1],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 60, unit: "PT" } },
          fields: "*",
        },
      },
      {
        updateTableCellStyle: {
          tableRange: {
            tableCellLocation: { ...table, rowIndex: 0, columnIndex: 0 },
            rowSpan: 1,
            columnSpan: 2,
          },
          tableCellStyle: {
            backgroundColor: { color: { rgbColor: { red: 0.85, green: 0.85, blue: 0.85 } } },
          },
          fields: "backgroundColor",
        },
      },
      { pinTableHeaderRows: { ...table, pinnedHeaderRowsCount: 1 } },
    ]);
    const d = get(g);
    const t = tableEl(d).table;
    expect(t?.tableStyle?.tableColumnProperties).toEqual([
      { widthType: "FIXED_WIDTH", width: { magnitude: 200, unit: "PT" } },
      { widthType: "FIXED_WIDTH", width: { magnitude: 60, unit: "PT" } },
    ]);
    expect(t?.tableRows?.map((r) => (r.tableRowStyle as { tableHeader?: boolean }).tableHeader)).toEqual([
      true,
      undefined,
    ]);
    expect(t?.tableRows?.[0]?.tableCells?.[0]?.tableCellStyle?.backgroundColor).toEqual({
      color: { rgbColor: { red: 217 / 255, green: 217 / 255, blue: 217 / 255 } },
    });
    const dt = g.DocumentApp.openById(TEMPLATE).getBody().getChild(2).asTable();
    expect([dt.getColumnWidth(0), dt.getColumnWidth(1)]).toEqual([200, 60]);
    expect(dt.getRow(0).getCell(1).getBackgroundColor()).toBe("#d9d9d9");
    expect(dt.getRow(1).getCell(1).getBackgroundColor()).toBeNull();
    const dump = g.document(TEMPLATE).__dump().body[2] as TableDump;
    expect(dump).toMatchObject({ columnWidths: [200, 60], headerRows: 1 });
    // Back to evenly distributed, and no shading.
    batch(g, [
      {
        updateTableColumnProperties: {
          ...table,
          tableColumnProperties: { widthType: "EVENLY_DISTRIBUTED" },
          fields: "widthType",
        },
      },
      { updateTableCellStyle: { ...table, tableCellStyle: {}, fields: "backgroundColor" } },
      { pinTableHeaderRows: { ...table, pinnedHeaderRowsCount: 0 } },
    ]);
    expect(g.document(TEMPLATE).__dump().body[2]).toMatchObject({ columnWidths: [null, null] });
    expect(g.document(TEMPLATE).__dump().body[2]).not.toHaveProperty("headerRows");
  });

  it("updateTableCellStyle paddings: Documents.get returns them as Dimensions (PT), DocumentApp's dump as set", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex;
    const table = { tableStartLocation: { index: start } };
    const padding = (d: GoogleAppsScript.Docs.Schema.Document) =>
      (tableEl(d).table?.tableRows ?? []).map((r) =>
        (r.tableCells ?? []).map((c) => {
          const s = c.tableCellStyle as { paddingLeft?: unknown; paddingRight?: unknown };
          return [s.paddingLeft, s.paddingRight];
        }),
      );
    // Unset: nothing is returned (an unset style is inherited).
    for (const row of padding(get(g))) for (const cell of row) expect(cell).toEqual([undefined, undefined]);
    batch(g, [
      {
        updateTableCellStyle: {
          ...table,
          tableCellStyle: {
            paddingLeft: { magnitude: 1.5, unit: "PT" },
            paddingRight: { magnitude: 2, unit: "PT" },
          },
          fields: "paddingLeft,paddingRight",
        },
      },
    ]);
    const semua = padding(get(g));
    expect(semua.length).toBeGreaterThan(1);
    for (const row of semua)
      for (const cell of row)
        expect(cell).toEqual([
          { magnitude: 1.5, unit: "PT" },
          { magnitude: 2, unit: "PT" },
        ]);
    expect((g.document(TEMPLATE).__dump().body[2] as TableDump).rows[0]?.cells[0]?.padding).toEqual([1.5, 2]);
    // One cell: the left padding named in the mask but unset goes back to the default; zero is a Dimension without magnitude.
    batch(g, [
      {
        updateTableCellStyle: {
          tableRange: {
            tableCellLocation: { ...table, rowIndex: 0, columnIndex: 1 },
            rowSpan: 1,
            columnSpan: 1,
          },
          tableCellStyle: { paddingRight: { magnitude: 0, unit: "PT" } },
          fields: "paddingLeft,paddingRight",
        },
      },
    ]);
    const sel = padding(get(g));
    expect(sel[0]?.[1]).toEqual([undefined, { unit: "PT" }]);
    expect(sel[0]?.[0]).toEqual([
      { magnitude: 1.5, unit: "PT" },
      { magnitude: 2, unit: "PT" },
    ]);
  });

  it("updateParagraphStyle and updateTextStyle: alignment, heading, bold and font size, as DocumentApp shows them", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex ?? 0;
    batch(g, [
      // Every paragraph the range overlaps: the numbers' column of the table.
      {
        updateParagraphStyle: {
          range: { startIndex: start, endIndex: tableEl(get(g)).endIndex },
          paragraphStyle: { alignment: "END" },
          fields: "alignment",
        },
      },
      {
        updateParagraphStyle: {
          range: { startIndex: 19, endIndex: 20 },
          paragraphStyle: { namedStyleType: "HEADING_1", alignment: "JUSTIFIED" },
          fields: "*",
        },
      },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: {},
          fields: "alignment",
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: start, endIndex: tableEl(get(g)).endIndex },
          textStyle: { fontSize: { magnitude: 8, unit: "PT" } },
          fields: "fontSize",
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: 19, endIndex: 23 },
          textStyle: { bold: true },
          fields: "bold",
        },
      },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 8 }, textStyle: {}, fields: "bold" } },
    ]);
    const dump = g.document(TEMPLATE).__dump();
    expect(dump.body[0]).toMatchObject({ heading: "TITLE", alignment: null });
    expect((dump.body[0] as ParagraphDump).content).toEqual([
      { type: "text", text: "LAPORAN" },
      { type: "text", text: " {{tahun}}", bold: true },
    ]);
    expect(dump.body[1]).toMatchObject({ heading: "HEADING1", alignment: "JUSTIFY" });
    expect((dump.body[1] as ParagraphDump).content).toEqual([
      { type: "text", text: "Unit", bold: true },
      { type: "text", text: ": {{unit}}" },
    ]);
    const cell = (dump.body[2] as TableDump).rows[1]?.cells[1]?.content[0] as ParagraphDump;
    expect(cell).toMatchObject({
      alignment: "RIGHT",
      content: [{ type: "text", text: "3,45", fontSize: 8 }],
    });
    const d = get(g);
    expect(tableEl(d).table?.tableRows?.[1]?.tableCells?.[1]?.content?.[0]?.paragraph).toMatchObject({
      elements: [{ textRun: { content: "3,45\n", textStyle: { fontSize: { magnitude: 8, unit: "PT" } } } }],
      paragraphStyle: { alignment: "END" },
    });
    // Text typed into a cell emptied of its styled text takes the style of the cell's newline.
    const c00 = cellIndex(d, 0, 0);
    batch(g, [
      { deleteContentRange: { range: { startIndex: c00, endIndex: c00 + 5 } } },
      { insertText: { text: "x", location: { index: c00 } } },
    ]);
    expect(tableEl(get(g)).table?.tableRows?.[0]?.tableCells?.[0]?.content?.[0]?.paragraph?.elements).toEqual(
      [
        {
          startIndex: c00,
          endIndex: c00 + 2,
          textRun: { content: "x\n", textStyle: { fontSize: { magnitude: 8, unit: "PT" } } },
        },
      ],
    );
  });

  it("updateDocumentStyle: page size (landscape by swapping it) and margins, as DocumentApp's Body reads them", () => {
    const g = fake();
    batch(g, [
      {
        updateDocumentStyle: {
          documentStyle: {
            pageSize: { width: { magnitude: 935.4, unit: "PT" }, height: { magnitude: 609.4, unit: "PT" } },
            marginLeft: { magnitude: 56.7, unit: "PT" },
            marginTop: { magnitude: 0, unit: "PT" },
          },
          fields: "pageSize,margin_left,marginTop",
        },
      },
    ]);
    expect(get(g).documentStyle).toMatchObject({
      pageSize: { width: { magnitude: 935.4, unit: "PT" }, height: { magnitude: 609.4, unit: "PT" } },
      marginLeft: { magnitude: 56.7, unit: "PT" },
      marginTop: { unit: "PT" },
    });
    const body = g.DocumentApp.openById(TEMPLATE).getBody();
    expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft(), body.getMarginTop()]).toEqual([
      935.4, 609.4, 56.7, 0,
    ]);
    expect(g.document(TEMPLATE).__dump().page).toMatchObject({ width: 935.4, height: 609.4 });
  });

  it("deleteTableRow: the row (all rows of a merged cell), the whole table when none remains", () => {
    const g = fake();
    const start = tableEl(get(g)).startIndex;
    const loc = (rowIndex: number) => ({
      tableCellLocation: { tableStartLocation: { index: start }, rowIndex, columnIndex: 0 },
    });
    batch(g, [{ deleteTableRow: loc(0) }]);
    expect(bodyTexts(get(g))[2]).toEqual([["U1\n", "3,45\n"]]);
    batch(g, [{ deleteTableRow: loc(0) }]);
    expect(bodyTexts(get(g))).toEqual(["LAPORAN {{tahun}}\n", "Unit: {{unit}}\n", "Sasaran\n", "Akhir\n"]);
  });
});

describe("batchUpdate: page breaks and borders (issue 13)", () => {
  it("insertPageBreak: a break then a newline, in the body only, not in a table", () => {
    const g = fake();
    batch(g, [{ insertPageBreak: { location: { index: 1 } } }]);
    const d = get(g);
    // The break stands alone in its paragraph; the title follows in its own.
    expect(layoutOf(d).body.slice(0, 4)).toBe("§□\nL");
    expect(g.document(TEMPLATE).__dump().body[0]).toMatchObject({ type: "paragraph", text: "" });
    refused(g, [{ insertPageBreak: { location: { index: cellIndex(get(g), 0, 0) } } }], /inside a table/);
    refused(
      g,
      [{ insertPageBreak: { location: { index: 0, segmentId: HEADER_ID } } }],
      /only be inserted inside the body/,
    );
  });

  it("updateTableCellStyle borders: the four borders of every cell at one width is Table.setBorderWidth", () => {
    const g = fake();
    const tableStartLocation = { index: tableEl(get(g)).startIndex ?? 0 };
    const garis = { width: { unit: "PT" }, dashStyle: "SOLID", color: { color: { rgbColor: {} } } };
    batch(g, [
      {
        updateTableCellStyle: {
          tableStartLocation,
          tableCellStyle: { borderTop: garis, borderBottom: garis, borderLeft: garis, borderRight: garis },
          fields: "borderTop,borderBottom,borderLeft,borderRight",
        },
      },
    ]);
    const t = g
      .document(TEMPLATE)
      .__dump()
      .body.find((b) => b.type === "table") as TableDump;
    expect(t.borderWidth).toBe(0);
    refused(
      g,
      [
        {
          updateTableCellStyle: {
            tableStartLocation,
            tableCellStyle: { borderTop: garis },
            fields: "borderTop",
          },
        },
      ],
      /tidak dimodelkan/,
    );
  });
});

describe("batchUpdate: refusals fail the whole batch, nothing applied", () => {
  // A valid request before the refused one: it changes the document without moving an index.
  const first: DocsRequest = {
    updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: false }, fields: "bold" },
  };

  it("insertText outside a paragraph: the section break, a table's, a row's or a cell's own index, the segment's end", () => {
    const g = fake();
    const bounds = "The insertion index must be inside the bounds of an existing paragraph.";
    for (const index of [0, 34, 35, 36, 48, 49, 59]) {
      refused(
        g,
        [first, { insertText: { text: "x", location: { index } } }],
        `Invalid requests[1].insertText: ${bounds}`,
      );
    }
    refused(
      g,
      [first, { insertText: { text: "x", location: { index: 74 } } }],
      "Index 74 must be less than the end index of the referenced segment, 74.",
    );
    refused(
      g,
      [first, { insertText: { text: "x", location: { index: 13, segmentId: HEADER_ID } } }],
      "Index 13 must be less than the end index of the referenced segment, 13.",
    );
    refused(
      g,
      [first, { insertText: { text: "x", location: { index: 2, segmentId: "kix.tidakAda" } } }],
      "does not exist",
    );
  });

  it("deleteContentRange: the segment's last newline, an empty range, a table's structure, the newline before a table, a cell's last newline", () => {
    const g = fake();
    const del = (startIndex: number, endIndex: number, segmentId?: string): DocsRequest => ({
      deleteContentRange: { range: { startIndex, endIndex, ...(segmentId ? { segmentId } : {}) } },
    });
    refused(
      g,
      [first, del(68, 74)],
      "Invalid requests[1].deleteContentRange: The range cannot include the newline character at the end of the segment.",
    );
    refused(
      g,
      [first, del(5, 13, HEADER_ID)],
      "The range cannot include the newline character at the end of the segment.",
    );
    refused(
      g,
      [first, del(68, 75)],
      "Index 75 must be less than the end index of the referenced segment, 74.",
    );
    refused(g, [first, del(5, 5)], "The range should not be empty.");
    refused(g, [first, del(0, 3)], "section break");
    refused(g, [first, del(30, 34)], "the newline character before a table without the table");
    refused(g, [first, del(30, 40)], "the start of a table without the whole table");
    refused(g, [first, del(37, 45)], "rows or cells of a table");
    refused(g, [first, del(35, 50)], "the start of a table, a row or a cell");
    refused(g, [first, del(37, 43)], "the last newline character of a table cell");
    refused(g, [first, del(45, 65)], "rows or cells of a table");
  });

  it("deleteContentRange: half of a surrogate pair", () => {
    const g = fake();
    batch(g, [{ insertText: { text: "😀", location: { index: 1 } } }]);
    refused(g, [first, { deleteContentRange: { range: { startIndex: 1, endIndex: 2 } } }], "surrogate pair");
  });

  it("table requests: a location that is not a table's start, a cell or range outside it, a merge cutting another, too narrow a column", () => {
    const g = fake();
    const table = { tableStartLocation: { index: 34 } };
    refused(
      g,
      [first, { pinTableHeaderRows: { tableStartLocation: { index: 35 }, pinnedHeaderRowsCount: 1 } }],
      "is not the start index of a table",
    );
    refused(
      g,
      [first, { pinTableHeaderRows: { ...table, pinnedHeaderRowsCount: 3 } }],
      "between 0 and the table's 2 rows",
    );
    refused(
      g,
      [first, { insertTableRow: { tableCellLocation: { ...table, rowIndex: 2, columnIndex: 0 } } }],
      "outside the table",
    );
    refused(
      g,
      [
        first,
        {
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { ...table, rowIndex: 1, columnIndex: 1 },
              rowSpan: 1,
              columnSpan: 2,
            },
          },
        },
      ],
      "outside the table",
    );
    batch(g, [
      {
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { ...table, rowIndex: 0, columnIndex: 0 },
            rowSpan: 1,
            columnSpan: 2,
          },
        },
      },
    ]);
    refused(
      g,
      [
        first,
        {
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { ...table, rowIndex: 0, columnIndex: 1 },
              rowSpan: 2,
              columnSpan: 1,
            },
          },
        },
      ],
      "non-rectangular",
    );
    refused(
      g,
      [
        first,
        {
          updateTableColumnProperties: {
            ...table,
            tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 4.9, unit: "PT" } },
            fields: "*",
          },
        },
      ],
      "at least 5 points",
    );
    refused(
      g,
      [
        first,
        {
          updateTableColumnProperties: {
            ...table,
            tableColumnProperties: { widthType: "FIXED_WIDTH" },
            fields: "widthType",
          },
        },
      ],
      "A FIXED_WIDTH column needs a width.",
    );
    refused(
      g,
      [first, { insertTable: { rows: 0, columns: 2, location: { index: 1 } } }],
      "at least one row and one column",
    );
    refused(
      g,
      [first, { insertTable: { rows: 1, columns: 2, location: { index: 34 } } }],
      "inside the bounds of an existing paragraph",
    );
    refused(
      g,
      [first, { insertTable: { rows: 1, columns: 2, location: { index: 37 } } }],
      "fake: tabel di dalam sel tabel tidak dimodelkan",
    );
    refused(
      g,
      [first, { insertText: { text: "x", location: { index: cellIndex(get(g), 0, 1) } } }],
      "sel yang tergabung",
    );
  });

  it("a malformed batch: an unknown field, two requests in one, a kind the fake lacks, a field mask it does not hold", () => {
    const g = fake();
    const typo = { insertText: { text: "x", locaton: { index: 1 } } } as unknown as DocsRequest;
    refused(
      g,
      [first, typo],
      `Invalid JSON payload received. Unknown name "locaton" at 'requests[1].insertText': Cannot find field.`,
    );
    refused(
      g,
      [
        first,
        {
          insertText: { text: "x", location: { index: 1 } },
          deleteContentRange: { range: { startIndex: 1, endIndex: 2 } },
        },
      ],
      "oneof field 'request' is already set",
    );
    refused(
      g,
      [first, { createFootnote: { location: { index: 1 } } } as DocsRequest],
      "fake: permintaan Docs API createFootnote tidak dimodelkan",
    );
    refused(
      g,
      [
        first,
        {
          insertText: {
            text: "x",
            location: { index: 1, tabId: "t.0" } as GoogleAppsScript.Docs.Schema.Location,
          },
        },
      ],
      "tidak dimodelkan",
    );
    refused(
      g,
      [
        first,
        {
          updateTextStyle: {
            range: { startIndex: 1, endIndex: 3 },
            textStyle: { italic: true },
            fields: "italic",
          },
        },
      ],
      "fake: textStyle field italic tidak dimodelkan",
    );
    refused(
      g,
      [
        first,
        {
          updateTextStyle: {
            range: { startIndex: 1, endIndex: 3 },
            textStyle: { bold: true, italic: true },
            fields: "*",
          },
        },
      ],
      "fake: textStyle italic tidak dimodelkan",
    );
    refused(
      g,
      [first, { updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true } } }],
      "At least one field must be specified.",
    );
    refused(
      g,
      [
        first,
        {
          updateParagraphStyle: {
            range: { startIndex: 1, endIndex: 3 },
            paragraphStyle: { alignment: "LEFT" },
            fields: "alignment",
          },
        },
      ],
      "Invalid alignment LEFT.",
    );
    refused(
      g,
      [first, { replaceAllText: { containsText: { text: "" }, replaceText: "x" } }],
      "must not be empty",
    );
    refused(
      g,
      [
        first,
        {
          updateDocumentStyle: {
            documentStyle: { flipPageOrientation: true },
            fields: "flipPageOrientation",
          },
        },
      ],
      "tidak dimodelkan",
    );
  });

  it("a stale writeControl.requiredRevisionId", () => {
    const g = fake();
    const old = get(g).revisionId;
    batch(g, [first]);
    const stale = { requests: [first], writeControl: { requiredRevisionId: old } };
    expect(() => g.Docs.Documents.batchUpdate(stale, TEMPLATE)).toThrow(
      `API call to docs.documents.batchUpdate failed with error: The required revision ID '${old}' does not match the latest revision.`,
    );
    const now = get(g).revisionId;
    expect(now).not.toBe(old);
    g.Docs.Documents.batchUpdate({ requests: [first], writeControl: { requiredRevisionId: now } }, TEMPLATE);
  });

  it("the error carries the API's code and message, as Apps Script's exception does", () => {
    const g = fake();
    try {
      batch(g, [{ insertText: { text: "x", location: { index: 0 } } }]);
      expect.unreachable();
    } catch (e) {
      expect((e as { details?: unknown }).details).toEqual({
        code: 400,
        message:
          "Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.",
      });
    }
  });
});

describe("one store, two services", () => {
  it("a Doc written by DocumentApp reads back through Documents.get: text, table, styles, page, images, page breaks", () => {
    const g = fake();
    const doc = g.DocumentApp.create("Laporan");
    const body = doc.getBody();
    body.setPageWidth(842).setPageHeight(595).setMarginLeft(36);
    body
      .insertParagraph(0, "Judul")
      .setAlignment(g.DocumentApp.HorizontalAlignment.RIGHT)
      .editAsText()
      .setBold(true);
    const t = body.insertTable(1, [["a", "b"]]);
    t.setColumnWidth(1, 90);
    t.getRow(0).getCell(0).setBackgroundColor("#ff0000");
    body.insertPageBreak(3);
    const png = g.Charts.newColumnChart()
      .setDataTable(
        g.Charts.newDataTable()
          .addColumn(g.Charts.ColumnType.STRING, "x")
          .addColumn(g.Charts.ColumnType.NUMBER, "y")
          .addRow(["a", 1]),
      )
      .setDimensions(400, 200)
      .build()
      .getAs("image/png");
    body.insertImage(4, png);
    expect(() => g.Docs.Documents.get(doc.getId())).toThrow("belum disimpan; panggil saveAndClose() dulu");
    doc.saveAndClose();
    const d = g.Docs.Documents.get(doc.getId());
    expect(layoutOf(d).body).toBe("§Judul\n┬├│a\n│b\n┴\n□\n□\n");
    expect(content(d)[1]?.paragraph).toMatchObject({
      elements: [
        { textRun: { content: "Judul", textStyle: { bold: true } } },
        { textRun: { content: "\n" } },
      ],
      paragraphStyle: { alignment: "END" },
    });
    expect(tableEl(d).table?.tableStyle?.tableColumnProperties).toEqual([
      { widthType: "EVENLY_DISTRIBUTED" },
      { widthType: "FIXED_WIDTH", width: { magnitude: 90, unit: "PT" } },
    ]);
    expect(tableEl(d).table?.tableRows?.[0]?.tableCells?.[0]?.tableCellStyle?.backgroundColor).toEqual({
      color: { rgbColor: { red: 1 } },
    });
    expect(content(d)[4]?.paragraph?.elements?.[0]).toEqual({
      startIndex: 17,
      endIndex: 18,
      pageBreak: { textStyle: {} },
    });
    const image = content(d)[5]?.paragraph?.elements?.[0]?.inlineObjectElement?.inlineObjectId ?? "";
    expect(
      (d.inlineObjects as Record<string, GoogleAppsScript.Docs.Schema.InlineObject>)[image]
        ?.inlineObjectProperties?.embeddedObject?.size,
    ).toEqual({
      width: { magnitude: 300, unit: "PT" },
      height: { magnitude: 150, unit: "PT" },
    });
    expect(d.documentStyle).toEqual({
      pageSize: { width: { magnitude: 842, unit: "PT" }, height: { magnitude: 595, unit: "PT" } },
      marginLeft: { magnitude: 36, unit: "PT" },
    });
  });

  it("a Doc written by the API reads back through DocumentApp; a Document opened before must be opened again", () => {
    const g = fake();
    const doc = g.DocumentApp.create("Rekap");
    const id = doc.getId();
    batch(
      g,
      [
        { insertText: { text: "Rekapitulasi\nUnsur", location: { index: 1 } } },
        { insertTable: { rows: 1, columns: 2, location: { index: 14 } } },
        {
          updateParagraphStyle: {
            range: { startIndex: 1, endIndex: 2 },
            paragraphStyle: { alignment: "CENTER" },
            fields: "alignment",
          },
        },
      ],
      id,
    );
    const d = get(g, id);
    batch(
      g,
      [
        { insertText: { text: "NRR", location: { index: cellIndex(d, 0, 1) } } },
        { insertText: { text: "U1", location: { index: cellIndex(d, 0, 0) } } },
      ],
      id,
    );
    expect(() => doc.getBody().insertParagraph(0, "x")).toThrow(DOCUMENT_CLOSED);
    const body = g.DocumentApp.openById(id).getBody();
    expect(body.getText()).toBe("Rekapitulasi\n\nU1\tNRR\nUnsur");
    expect(g.document(id).__dump().body[0]).toMatchObject({ text: "Rekapitulasi", alignment: "CENTER" });
    body.insertParagraph(0, "Kop");
    expect(() => get(g, id)).toThrow("belum disimpan");
  });

  it("a Doc made through Drive (Files.create, the Docs type) is the same Doc to both services", () => {
    const g = fake();
    const file = g.Drive.Files.create({ name: "Lewat Drive", mimeType: DOC_MIME });
    const id = file.id ?? "";
    expect(layoutOf(get(g, id)).body).toBe("§\n");
    batch(g, [{ insertText: { text: "Isi", endOfSegmentLocation: {} } }], id);
    expect(g.DocumentApp.openById(id).getBody().getText()).toBe("Isi");
    expect(get(g, id).title).toBe("Lewat Drive");
  });
});
