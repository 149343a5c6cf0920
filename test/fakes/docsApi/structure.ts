// A Google Doc as the Docs REST API sees it: segments (the body, the header, the footer) of
// structural elements laid out on indexes. The content is the DocumentApp fake's own element tree
// (test/fakes/docs), so both services read and write one store; this module only measures it.
//
// "Indexes are measured in UTF-16 code units. The indexes of the elements within a segment are
// relative to the beginning of that segment. A segment is the body, header, footer, or footnote
// containing structural or content elements." (developers.google.com/docs/api/concepts/structure)
// What takes an index:
// - the body "always begins with a section break" (SectionBreak), at 0..1; "The indexes for the
//   body's content begin at zero", a header's or footer's content at zero too (no section break);
// - a paragraph: its elements, then its newline ("A paragraph is a range of content that's
//   terminated with a newline character."): a text character, an inline image or a page break
//   takes one index each (JavaScript strings count UTF-16 code units, as the API does);
// - a section break after a paragraph (SectionBreak, "A section is a range of content that has the
//   same SectionStyle"): one index, right after the paragraph's newline;
// - a table: one index where it starts, one where each row starts, one where each cell starts,
//   the cells' content, and one where it ends. So a 1x1 table inserted at 1 in an empty document
//   starts at 2 ("the table start index will be at the specified location index + 1"), its row at
//   3, its cell at 4, the cell's paragraph at 5..6, and the table ends at 7, where the paragraph
//   after it starts: the indexes scripts compute for cells (5, 7, 9 in a first row...).
import type { BlockContainer, BlockNode } from "../docs/block";
import type { DocContent } from "../docs/document";
import type { AnyNode, DocsContext } from "../docs/node";
import { FakeListItem, FakeParagraph, type InlineNode, type ParagraphLike } from "../docs/paragraph";
import { FakeBody, FakeFooter, FakeHeader } from "../docs/section";
import { FakeTable, type FakeTableCell, type FakeTableRow } from "../docs/table";
import { FakeText } from "../docs/text";
import { invalid, notModelled, type Where } from "./schema";

export type Para = FakeParagraph | FakeListItem;
export type Blocks = BlockContainer<object>;

/** The ids Documents.get gives the header and the footer (a Doc of the fake has at most one each). */
export const HEADER_ID = "kix.fakeHeader";
export const FOOTER_ID = "kix.fakeFooter";

/** A segment: its root and the index its first structural element starts at. */
export interface Segment {
  readonly id: string;
  readonly root: Blocks;
  readonly start: number;
}

/** The table cell a position is in: the table, the cell's row and column, where the cell starts. */
export interface CellAt {
  readonly table: FakeTable;
  readonly row: number;
  readonly column: number;
  readonly cell: FakeTableCell;
  readonly start: number;
}

/** An index inside a paragraph: `offset` counts from the paragraph's start. */
export interface InParagraph {
  readonly kind: "paragraph";
  readonly para: Para;
  readonly start: number;
  readonly offset: number;
  readonly container: Blocks;
  readonly cell: CellAt | null;
}

/** An index on a table's own structure: where it, a row or a cell starts, or where it ends. */
export interface OnTable {
  readonly kind: "tableStart" | "rowStart" | "cellStart" | "tableEnd";
  readonly table: FakeTable;
  readonly start: number;
  readonly container: Blocks;
  readonly cell: CellAt | null;
}

/** An index on a section break (the one after a paragraph's newline). */
export interface OnSectionBreak {
  readonly kind: "sectionBreak";
  readonly para: Para;
  readonly start: number;
  readonly container: Blocks;
  readonly cell: null;
}

export type Position = InParagraph | OnTable | OnSectionBreak;

export function isPara(b: BlockNode): b is Para {
  return b instanceof FakeParagraph || b instanceof FakeListItem;
}

export function inlineLength(n: InlineNode): number {
  return n instanceof FakeText ? n.chars.length : 1;
}

/** A paragraph's elements without its newline. */
export function contentLength(p: ParagraphLike<object>): number {
  let n = 0;
  for (const c of p.children) n += inlineLength(c);
  return n;
}

/**
 * One Doc's sections as the API edits them, with each element's length cached: a batch of
 * thousands of requests on a table of thousands of cells finds an index by walking down the tree
 * over cached lengths, and an edit forgets the lengths of the element and its ancestors only.
 */
export class Model {
  readonly #lengths = new WeakMap<object, number>();

  constructor(
    readonly ctx: DocsContext,
    readonly body: FakeBody,
    readonly header: FakeHeader | null,
    readonly footer: FakeFooter | null,
  ) {}

  /** The live sections of a document. */
  static of(doc: DocContent): Model {
    return new Model(doc.ctx, doc.body, doc.header, doc.footer);
  }

  /** A detached deep copy: a batch is applied to it first, and to the document only if it all passes. */
  static copyOf(doc: DocContent): Model {
    const copy = <S extends Blocks>(from: Blocks, to: S): S => {
      to.attrs = { ...from.attrs };
      for (const c of from.children) to.place(to.children.length, c.clone() as BlockNode);
      return to;
    };
    return new Model(
      doc.ctx,
      copy(doc.body, new FakeBody(doc.ctx, doc)),
      doc.header ? copy(doc.header, new FakeHeader(doc.ctx, doc)) : null,
      doc.footer ? copy(doc.footer, new FakeFooter(doc.ctx, doc)) : null,
    );
  }

  /** "An empty segment ID signifies the document's body." */
  segment(segmentId: unknown, at: Where): Segment {
    if (segmentId === undefined || segmentId === null || segmentId === "") {
      return { id: "", root: this.body, start: 1 };
    }
    if (segmentId === HEADER_ID && this.header) return { id: HEADER_ID, root: this.header, start: 0 };
    if (segmentId === FOOTER_ID && this.footer) return { id: FOOTER_ID, root: this.footer, start: 0 };
    throw invalid(at, `The segment ID ${JSON.stringify(segmentId)} does not exist in the document.`);
  }

  segments(): Segment[] {
    const out: Segment[] = [{ id: "", root: this.body, start: 1 }];
    if (this.header) out.push({ id: HEADER_ID, root: this.header, start: 0 });
    if (this.footer) out.push({ id: FOOTER_ID, root: this.footer, start: 0 });
    return out;
  }

  /** The segment's end index: one past its last newline. */
  end(seg: Segment): number {
    return seg.start + this.length(seg.root);
  }

  /** Indexes an element takes (a section or a cell: its content). */
  length(node: Blocks | BlockNode | FakeTableRow): number {
    const cached = this.#lengths.get(node);
    if (cached !== undefined) return cached;
    let n: number;
    // A paragraph followed by a section break: the break takes one index after the newline.
    if (node instanceof FakeParagraph || node instanceof FakeListItem)
      n = contentLength(node) + 1 + (node.sectionAfter ? 1 : 0);
    else if (node instanceof FakeTable) {
      n = 2;
      for (const r of node.children) n += this.length(r);
    } else {
      // A row: one index, then its cells; a cell: one index, then its content; a section: its content.
      n = node.type === "TABLE_ROW" || node.type === "TABLE_CELL" ? 1 : 0;
      for (const c of (node as Blocks).children) n += this.length(c as BlockNode);
    }
    this.#lengths.set(node, n);
    return n;
  }

  /** Forgets the lengths of an edited element and of everything holding it. */
  touch(node: AnyNode | null): void {
    for (let n = node; n !== null; n = n.parent) this.#lengths.delete(n);
  }

  /** Where an index is, or null when it is not inside the segment's content. */
  locate(seg: Segment, index: number): Position | null {
    if (index < seg.start) return null;
    return this.#within(seg.root, seg.start, index, null);
  }

  #within(container: Blocks, base: number, index: number, cell: CellAt | null): Position | null {
    let b = base;
    for (const block of container.children) {
      const len = this.length(block);
      if (index < b + len) {
        if (isPara(block)) {
          const n = contentLength(block) + 1;
          if (index - b >= n && cell === null)
            return { kind: "sectionBreak", para: block, start: b + n, container, cell: null };
          return { kind: "paragraph", para: block, start: b, offset: index - b, container, cell };
        }
        return this.#inTable(block as FakeTable, b, index, container, cell);
      }
      b += len;
    }
    return null;
  }

  #inTable(
    table: FakeTable,
    start: number,
    index: number,
    container: Blocks,
    outer: CellAt | null,
  ): Position {
    const on = (kind: OnTable["kind"]): OnTable => ({ kind, table, start, container, cell: outer });
    if (index === start) return on("tableStart");
    let r = start + 1;
    for (const [i, row] of table.children.entries()) {
      const rowLen = this.length(row);
      if (index < r + rowLen) {
        if (index === r) return on("rowStart");
        let c = r + 1;
        for (const [j, cell] of row.children.entries()) {
          const cellLen = this.length(cell);
          if (index < c + cellLen) {
            if (index === c) return on("cellStart");
            const at: CellAt = { table, row: i, column: j, cell, start: c };
            const found = this.#within(cell, c + 1, index, at);
            if (found) return found;
          }
          c += cellLen;
        }
      }
      r += rowLen;
    }
    return on("tableEnd");
  }

  /** The table starting at this index ("The location where the table starts in the document."). */
  tableAt(seg: Segment, index: number, at: Where): { table: FakeTable; container: Blocks; start: number } {
    const pos = this.locate(seg, index);
    if (pos === null || pos.kind !== "tableStart") {
      throw invalid(at, `The provided table start location ${index} is not the start index of a table.`);
    }
    return { table: pos.table, container: pos.container, start: pos.start };
  }

  /** Every paragraph overlapping [start, end), cells' included, with where each starts. */
  paragraphsIn(seg: Segment, start: number, end: number): { para: Para; start: number }[] {
    const out: { para: Para; start: number }[] = [];
    const walk = (container: Blocks, base: number): void => {
      let b = base;
      for (const block of container.children) {
        const len = this.length(block);
        if (b >= end) return;
        if (b + len > start) {
          if (isPara(block)) out.push({ para: block, start: b });
          else {
            let r = b + 1;
            for (const row of (block as FakeTable).children) {
              let c = r + 1;
              for (const cell of row.children) {
                const cellLen = this.length(cell);
                if (c < end && c + cellLen > start) walk(cell, c + 1);
                c += cellLen;
              }
              r += this.length(row);
            }
          }
        }
        b += len;
      }
    };
    walk(seg.root, seg.start);
    return out;
  }

  /** Where each row and cell of a table starts. */
  cellStarts(table: FakeTable, start: number): number[][] {
    let r = start + 1;
    return table.children.map((row) => {
      let c = r + 1;
      const starts = row.children.map((cell) => {
        const s = c;
        c += this.length(cell);
        return s;
      });
      r += this.length(row);
      return starts;
    });
  }
}

/** Refuses an index inside a merged-away cell: the API hides that cell; what it does there is unknown. */
export function refuseCovered(cell: CellAt | null): void {
  if (cell === null) return;
  const m = cell.table.mergeAt(cell.row, cell.column);
  if (m !== null && (m.row !== cell.row || m.column !== cell.column)) {
    throw notModelled("menyunting sel yang tergabung ke sel lain (mergeTableCells)");
  }
}
