// What a fake Google Doc holds, as plain JSON (DokumenDump: test/dokumen-dump.ts draws it for the
// demo), and the text its fake PDF carries.
import type { ChartDump } from "../charts";
import { PLAIN } from "./attributes";
import type { BlockNode } from "./block";
import { FakeListItem, FakePageBreak, type FakeParagraph, type InlineNode } from "./paragraph";
import { FakeTable } from "./table";
import { FakeText } from "./text";

/** A run of characters sharing their formatting; absent keys are unset (false/default). */
export interface TextRunDump {
  readonly type: "text";
  readonly text: string;
  readonly bold?: true;
  readonly fontSize?: number;
}

export interface ImageDump {
  readonly type: "image";
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  readonly contentType: string | null;
  /** What the chart shows, when the image came from Charts (Chart.getAs). */
  readonly chart: ChartDump | null;
}

export interface PageBreakDump {
  readonly type: "pageBreak";
}

export type InlineDump = TextRunDump | ImageDump | PageBreakDump;

/** Unset attributes are null; the renderer applies Docs' defaults. */
export interface ParagraphDump {
  readonly type: "paragraph";
  /** ParagraphHeading name: NORMAL, TITLE, SUBTITLE, HEADING1..HEADING6. */
  readonly heading: string;
  /** HorizontalAlignment name (LEFT, CENTER, RIGHT, JUSTIFY) or null. */
  readonly alignment: string | null;
  /** getText(): the text runs joined ("\r" is a line break inside the paragraph). */
  readonly text: string;
  /** Text runs, images and page breaks in order. */
  readonly content: readonly InlineDump[];
  /** A section break after the paragraph (Docs API only): whether it flips the page's orientation. */
  readonly sectionBreak?: { readonly flipPageOrientation: boolean };
}

export interface ListItemDump extends Omit<ParagraphDump, "type"> {
  readonly type: "listItem";
}

export interface TableCellDump {
  readonly text: string;
  /** Cell shading, #rrggbb. */
  readonly background: string | null;
  readonly content: readonly BlockDump[];
  /** The head of merged cells (Docs API mergeTableCells): how many rows and columns it spans. */
  readonly rowSpan?: number;
  readonly colSpan?: number;
  /** A cell merged into another: hidden behind its head, empty. */
  readonly merged?: true;
  /** Side padding in points where it was set (TableCell.setPaddingLeft/Right); else the default. */
  readonly padding?: readonly [number, number];
}

export interface TableRowDump {
  readonly cells: readonly TableCellDump[];
}

export interface TableDump {
  readonly type: "table";
  /** Points; 0 for a table drawn without lines. */
  readonly borderWidth: number | null;
  /** Points per column; null where never set. */
  readonly columnWidths: readonly (number | null)[];
  readonly rows: readonly TableRowDump[];
  /** How many first rows repeat on each page (Docs API pinTableHeaderRows); absent when none. */
  readonly headerRows?: number;
}

export type BlockDump = ParagraphDump | ListItemDump | TableDump;

/** What a Google Doc of this fake holds, as plain JSON: the contract for the demo's HTML renderer. */
export interface DokumenDump {
  readonly id: string;
  readonly name: string;
  /** false while there are changes after the last saveAndClose() (or since creation). */
  readonly saved: boolean;
  /** Points; null where never set. */
  readonly page: {
    readonly width: number | null;
    readonly height: number | null;
    readonly marginTop: number | null;
    readonly marginBottom: number | null;
    readonly marginLeft: number | null;
    readonly marginRight: number | null;
  };
  readonly header: readonly BlockDump[] | null;
  readonly body: readonly BlockDump[];
  readonly footer: readonly BlockDump[] | null;
}

function runs(t: FakeText): TextRunDump[] {
  const out: TextRunDump[] = [];
  let key = "";
  for (let i = 0; i < t.chars.length; i++) {
    const style = t.styles[i] ?? PLAIN;
    const run: { type: "text"; text: string; bold?: true; fontSize?: number } = { type: "text", text: "" };
    if (style.BOLD === true) run.bold = true;
    if (typeof style.FONT_SIZE === "number") run.fontSize = style.FONT_SIZE;
    const k = JSON.stringify({ ...run, text: "" });
    const last = out.at(-1);
    if (last && k === key) (last as { text: string }).text += t.chars[i];
    else {
      run.text = t.chars[i] ?? "";
      out.push(run);
      key = k;
    }
  }
  return out;
}

export function num(v: unknown): number | null {
  return typeof v === "number" ? v : null;
}

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

function dumpInline(n: InlineNode): InlineDump[] {
  if (n instanceof FakeText) return runs(n);
  if (n instanceof FakePageBreak) return [{ type: "pageBreak" }];
  return [
    {
      type: "image",
      width: n.attrs.WIDTH as number,
      height: n.attrs.HEIGHT as number,
      contentType: n.blob.contentType,
      chart: n.blob.chart ?? null,
    },
  ];
}

function dumpParagraph(p: FakeParagraph | FakeListItem): ParagraphDump | ListItemDump {
  return {
    type: p instanceof FakeListItem ? "listItem" : "paragraph",
    heading: str(p.attrs.HEADING) ?? "NORMAL",
    alignment: str(p.attrs.HORIZONTAL_ALIGNMENT),
    text: p.getText(),
    content: p.children.flatMap(dumpInline),
    ...(p.sectionAfter ? { sectionBreak: { flipPageOrientation: p.sectionAfter.flipPageOrientation } } : {}),
  };
}

/** A cell's merge, when it has one: the head's spans, or `merged` for a covered cell. */
function dumpMerge(
  t: FakeTable,
  row: number,
  column: number,
): Pick<TableCellDump, "rowSpan" | "colSpan" | "merged"> {
  const m = t.mergeAt(row, column);
  if (m === null) return {};
  if (m.row !== row || m.column !== column) return { merged: true };
  return { rowSpan: m.rows, colSpan: m.columns };
}

export function dumpBlock(b: BlockNode): BlockDump {
  if (!(b instanceof FakeTable)) return dumpParagraph(b);
  return {
    type: "table",
    borderWidth: num(b.attrs.BORDER_WIDTH),
    columnWidths: Array.from({ length: b.columns() }, (_, i) => b.columnWidths.get(i) ?? null),
    rows: b.children.map((r, i) => ({
      cells: r.children.map((c, j) => ({
        text: c.getText(),
        background: str(c.attrs.BACKGROUND_COLOR),
        content: c.children.map(dumpBlock),
        ...dumpMerge(b, i, j),
        ...(c.attrs.PADDING_LEFT !== undefined || c.attrs.PADDING_RIGHT !== undefined
          ? { padding: [num(c.attrs.PADDING_LEFT) ?? 5, num(c.attrs.PADDING_RIGHT) ?? 5] as const }
          : {}),
      })),
    })),
    ...(b.pinnedHeaderRows > 0 ? { headerRows: b.pinnedHeaderRows } : {}),
  };
}

/** The deterministic text of the fake PDF: one line per paragraph, "| a | b |" per table row. */
export function renderLines(blocks: readonly BlockNode[], indent = ""): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b instanceof FakeTable) {
      for (const r of b.children)
        lines.push(`${indent}| ${r.children.map((c) => c.getText().replace(/\n/g, " / ")).join(" | ")} |`);
      continue;
    }
    const heading = String(b.attrs.HEADING ?? "NORMAL");
    let line = b instanceof FakeListItem ? "• " : heading === "NORMAL" ? "" : `[${heading}] `;
    for (const c of b.children) {
      if (c instanceof FakeText) line += c.chars.replace(/\r/g, "\n");
      else if (c instanceof FakePageBreak) line += "[halaman baru]";
      else
        line += `[gambar ${c.attrs.WIDTH}x${c.attrs.HEIGHT}${c.blob.chart?.title ? `: ${c.blob.chart.title}` : ""}]`;
    }
    lines.push(indent + line);
    if (b.sectionAfter)
      lines.push(`${indent}[bagian baru${b.sectionAfter.flipPageOrientation ? ", halaman diputar" : ""}]`);
  }
  return lines;
}
