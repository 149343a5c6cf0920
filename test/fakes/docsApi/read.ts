// Documents.get: the shared element tree as the Docs REST API's Document resource
// (https://developers.google.com/docs/api/reference/rest/v1/documents), with the start and end
// indexes of structure.ts. As the API's JSON does (proto3), a field at its default is left out:
// no startIndex where it is 0 (the section break, a header's first paragraph), no false, no 0.
// Not modelled, so absent: namedStyles, lists' nesting levels, suggestions, named ranges, tabs.
import type { Style } from "../docs/attributes";
import type { BlockNode } from "../docs/block";
import type { DocContent } from "../docs/document";
import { FakeInlineImage, FakeListItem, FakePageBreak, type SectionBreakStyle } from "../docs/paragraph";
import type { FakeTable } from "../docs/table";
import { FakeText } from "../docs/text";
import { ALIGNMENT, dimension, NAMED_STYLE, optionalColor, type TableRowStyle } from "./schema";
import { FOOTER_ID, HEADER_ID, isPara, type Model, type Para } from "./structure";

type Schema = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type ParagraphElement = GoogleAppsScript.Docs.Schema.ParagraphElement;
type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
type InlineObject = GoogleAppsScript.Docs.Schema.InlineObject;

/** The one list id every list item gets (DocumentApp's list ids are not modelled). */
export const LIST_ID = "kix.fakeList";

const FROM_ALIGNMENT = Object.fromEntries(Object.entries(ALIGNMENT).map(([k, v]) => [v, k]));
const FROM_HEADING = Object.fromEntries(Object.entries(NAMED_STYLE).map(([k, v]) => [v, k]));

/** startIndex (left out at 0) and endIndex. */
function span(start: number, end: number): { startIndex?: number; endIndex: number } {
  return start === 0 ? { endIndex: end } : { startIndex: start, endIndex: end };
}

function textStyle(s: Style): TextStyle {
  const out: TextStyle = {};
  if (s.BOLD === true) out.bold = true;
  if (typeof s.FONT_SIZE === "number") out.fontSize = dimension(s.FONT_SIZE);
  return out;
}

class Reader {
  readonly inlineObjects: Record<string, InlineObject> = {};
  lists = false;

  constructor(readonly model: Model) {}

  blocks(blocks: readonly BlockNode[], start: number): StructuralElement[] {
    let at = start;
    return blocks.flatMap((b) => {
      const el = isPara(b) ? this.paragraph(b, at) : this.table(b as FakeTable, at);
      at += this.model.length(b);
      // "sectionBreak: A section break type of structural element.", one index after the newline.
      if (isPara(b) && b.sectionAfter) return [el, sectionBreak(at - 1, b.sectionAfter)];
      return [el];
    });
  }

  /**
   * Its elements: runs of text sharing one style ("A ParagraphElement that represents a run of
   * text that all has the same styling."), the newline ending the last; an image
   * (inlineObjectElement) or a page break stands alone. A line break ("\r" in DocumentApp) reads
   * as the vertical tab the API gives it (U+000B).
   */
  paragraph(p: Para, start: number): StructuralElement {
    const elements: ParagraphElement[] = [];
    let at = start;
    let run: { start: number; content: string; key: string; style: TextStyle } | null = null;
    const close = (): void => {
      if (run === null) return;
      elements.push({ ...span(run.start, at), textRun: { content: run.content, textStyle: run.style } });
      run = null;
    };
    const char = (ch: string, s: Style): void => {
      const style = textStyle(s);
      const key = JSON.stringify(style);
      if (run === null || run.key !== key) {
        close();
        run = { start: at, content: "", key, style };
      }
      run.content += ch === "\r" ? "\u000b" : ch;
      at++;
    };
    for (const c of p.children) {
      if (c instanceof FakeText) {
        for (let i = 0; i < c.chars.length; i++) char(c.chars[i] ?? "", c.styles[i] ?? {});
        continue;
      }
      close();
      if (c instanceof FakePageBreak) elements.push({ ...span(at, at + 1), pageBreak: { textStyle: {} } });
      else if (c instanceof FakeInlineImage)
        elements.push({ ...span(at, at + 1), inlineObjectElement: this.image(c) });
      at++;
    }
    char("\n", p.newlineStyle);
    close();
    const paragraphStyle: GoogleAppsScript.Docs.Schema.ParagraphStyle = {
      namedStyleType: FROM_HEADING[String(p.attrs.HEADING ?? "NORMAL")] ?? "NORMAL_TEXT",
      direction: "LEFT_TO_RIGHT",
    };
    const align = FROM_ALIGNMENT[String(p.attrs.HORIZONTAL_ALIGNMENT)];
    if (align) paragraphStyle.alignment = align;
    const paragraph: GoogleAppsScript.Docs.Schema.Paragraph = { elements, paragraphStyle };
    if (p instanceof FakeListItem) {
      this.lists = true;
      paragraph.bullet = { listId: LIST_ID, textStyle: {} };
    }
    return { ...span(start, at), paragraph };
  }

  /** Ids by position in the document ("kix.fakeImage1"...): stable while no image is added before. */
  image(img: FakeInlineImage): GoogleAppsScript.Docs.Schema.InlineObjectElement {
    const id = `kix.fakeImage${Object.keys(this.inlineObjects).length + 1}`;
    // DocumentApp gives an image's size in pixels; the API in points (1 px = 0.75 pt at 96 dpi).
    const px = (v: unknown) => dimension((typeof v === "number" ? v : 0) * 0.75);
    this.inlineObjects[id] = {
      objectId: id,
      inlineObjectProperties: {
        embeddedObject: {
          size: { width: px(img.attrs.WIDTH), height: px(img.attrs.HEIGHT) },
          imageProperties: {},
        },
      },
    };
    return { inlineObjectId: id, textStyle: {} };
  }

  /**
   * "tableRows: The contents and style of each row."; a cell's tableCellStyle gives its spans
   * ("rowSpan: The row span of the cell. This property is read-only."): 1 and 1 for a plain cell,
   * the merge's for a head, none for a cell merged into another. Widths:
   * tableStyle.tableColumnProperties, FIXED_WIDTH with a width or EVENLY_DISTRIBUTED. A pinned
   * header row is a row with tableRowStyle.tableHeader. A cell's side padding, where set, is
   * tableCellStyle.paddingLeft/paddingRight in points.
   */
  table(t: FakeTable, start: number): StructuralElement {
    const border = typeof t.attrs.BORDER_WIDTH === "number" ? t.attrs.BORDER_WIDTH : null;
    let r = start + 1;
    const tableRows = t.children.map((row, i) => {
      let c = r + 1;
      const tableCells = row.children.map((cell, j) => {
        const len = this.model.length(cell);
        const style: GoogleAppsScript.Docs.Schema.TableCellStyle = { contentAlignment: "TOP" };
        const m = t.mergeAt(i, j);
        if (m === null) Object.assign(style, { rowSpan: 1, columnSpan: 1 });
        else if (m.row === i && m.column === j)
          Object.assign(style, { rowSpan: m.rows, columnSpan: m.columns });
        if (typeof cell.attrs.BACKGROUND_COLOR === "string")
          style.backgroundColor = optionalColor(cell.attrs.BACKGROUND_COLOR);
        // "paddingLeft: The left padding of the cell." / "paddingRight: The right padding of the
        // cell." (Dimension), where updateTableCellStyle set them; unset ones inherit, so are left out.
        for (const [attr, key] of [
          ["PADDING_LEFT", "paddingLeft"],
          ["PADDING_RIGHT", "paddingRight"],
        ] as const) {
          const v = cell.attrs[attr];
          if (typeof v === "number") style[key] = dimension(v);
        }
        if (border !== null) {
          const b = { width: dimension(border), dashStyle: "SOLID", color: { color: { rgbColor: {} } } };
          Object.assign(style, { borderTop: b, borderBottom: b, borderLeft: b, borderRight: b });
        }
        const out = {
          ...span(c, c + len),
          content: this.blocks(cell.children, c + 1),
          tableCellStyle: style,
        };
        c += len;
        return out;
      });
      const rowStyle: TableRowStyle = { minRowHeight: dimension(0) };
      if (i < t.pinnedHeaderRows) rowStyle.tableHeader = true;
      const out = { ...span(r, c), tableCells, tableRowStyle: rowStyle };
      r = c;
      return out;
    });
    const columns = t.columns();
    const tableColumnProperties = Array.from({ length: columns }, (_, i) => {
      const w = t.columnWidths.get(i);
      return w === undefined
        ? { widthType: "EVENLY_DISTRIBUTED" }
        : { widthType: "FIXED_WIDTH", width: dimension(w) };
    });
    return {
      ...span(start, r + 1),
      table: { rows: t.children.length, columns, tableRows, tableStyle: { tableColumnProperties } },
    };
  }
}

/** "A StructuralElement representing a section break. [...] The document body always begins with a section break." */
const SECTION_BREAK: StructuralElement = {
  endIndex: 1,
  sectionBreak: {
    sectionStyle: {
      columnSeparatorStyle: "NONE",
      contentDirection: "LEFT_TO_RIGHT",
      sectionType: "CONTINUOUS",
    },
  } as GoogleAppsScript.Docs.Schema.SectionBreak,
};

/**
 * A section break after a paragraph: SectionBreak.sectionStyle, "The style of the section after
 * this section break." (flipPageOrientation left out when false, as proto3 JSON does).
 */
function sectionBreak(at: number, s: SectionBreakStyle): StructuralElement {
  return {
    startIndex: at,
    endIndex: at + 1,
    sectionBreak: {
      sectionStyle: {
        columnSeparatorStyle: "NONE",
        contentDirection: "LEFT_TO_RIGHT",
        sectionType: s.sectionType,
        ...(s.flipPageOrientation ? { flipPageOrientation: true } : {}),
      },
    } as GoogleAppsScript.Docs.Schema.SectionBreak,
  };
}

/** The Document resource, without its revisionId (the service adds it). */
export function readDocument(doc: DocContent, model: Model): Schema {
  const reader = new Reader(model);
  const body = { content: [SECTION_BREAK, ...reader.blocks(model.body.children, 1)] };
  const out: Schema = { documentId: doc.id, title: doc.file.name, body };
  const documentStyle: GoogleAppsScript.Docs.Schema.DocumentStyle = {};
  const a = model.body.attrs;
  const pt = (v: unknown) => (typeof v === "number" ? dimension(v) : undefined);
  const width = pt(a.PAGE_WIDTH);
  const height = pt(a.PAGE_HEIGHT);
  if (width || height)
    documentStyle.pageSize = { ...(width ? { width } : {}), ...(height ? { height } : {}) };
  const margins = {
    marginTop: a.MARGIN_TOP,
    marginBottom: a.MARGIN_BOTTOM,
    marginLeft: a.MARGIN_LEFT,
    marginRight: a.MARGIN_RIGHT,
  };
  for (const [k, v] of Object.entries(margins)) {
    const d = pt(v);
    if (d) (documentStyle as Record<string, unknown>)[k] = d;
  }
  if (model.header) {
    documentStyle.defaultHeaderId = HEADER_ID;
    out.headers = { [HEADER_ID]: { headerId: HEADER_ID, content: reader.blocks(model.header.children, 0) } };
  }
  if (model.footer) {
    documentStyle.defaultFooterId = FOOTER_ID;
    out.footers = { [FOOTER_ID]: { footerId: FOOTER_ID, content: reader.blocks(model.footer.children, 0) } };
  }
  out.documentStyle = documentStyle;
  if (Object.keys(reader.inlineObjects).length > 0) out.inlineObjects = reader.inlineObjects;
  if (reader.lists) out.lists = { [LIST_ID]: { listProperties: {} } };
  out.suggestionsViewMode = "SUGGESTIONS_INLINE";
  return out;
}
