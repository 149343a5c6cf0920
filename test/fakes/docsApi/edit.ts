// The edits the request handlers make to the shared element tree, on raw nodes (never through the
// DocumentApp proxies: nothing here is counted or marks the document unsaved). Offsets count a
// paragraph's elements as the API does: a character one, an image or a page break one.
import { PLAIN, type Style } from "../docs/attributes";
import type { DocsContext } from "../docs/node";
import { FakeListItem, FakeParagraph, type InlineNode } from "../docs/paragraph";
import { FakeTable, FakeTableCell, FakeTableRow } from "../docs/table";
import { FakeText } from "../docs/text";
import { type Blocks, contentLength, inlineLength, type Para } from "./structure";

/** A text character of a paragraph at an offset, or null (an image, a page break, the newline). */
function textAt(p: Para, offset: number): { node: FakeText; i: number } | null {
  let at = 0;
  for (const c of p.children) {
    const len = inlineLength(c);
    if (offset < at + len) return c instanceof FakeText ? { node: c, i: offset - at } : null;
    at += len;
  }
  return null;
}

/** The formatting of a character at an offset: a text character's, or the newline's at the end. */
export function styleAt(p: Para, offset: number): Style {
  const t = textAt(p, offset);
  if (t) return t.node.styles[t.i] ?? PLAIN;
  return offset >= contentLength(p) ? p.newlineStyle : PLAIN;
}

/**
 * The formatting inserted text takes: "In most cases, the text style for the inserted text will
 * match the text immediately before the insertion index" (InsertTextRequest.text). The fake takes
 * the character before it in the same paragraph, else the one after (at a paragraph's start,
 * the paragraph's first character, its newline when empty).
 */
export function insertStyle(p: Para, offset: number): Style {
  const before = offset > 0 ? textAt(p, offset - 1) : null;
  if (before) return before.node.styles[before.i] ?? PLAIN;
  return styleAt(p, offset);
}

/** A UTF-16 surrogate pair cut at this offset. */
export function cutsSurrogatePair(p: Para, offset: number): boolean {
  const before = offset > 0 ? textAt(p, offset - 1) : null;
  const after = textAt(p, offset);
  if (!before || !after || before.node !== after.node) return false;
  const hi = before.node.chars.charCodeAt(before.i);
  const lo = after.node.chars.charCodeAt(after.i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Puts text (no newline) with one formatting at an offset of a paragraph's elements. */
export function insertInline(p: Para, offset: number, text: string, style: Style): void {
  if (text === "") return;
  const styles = Array.from({ length: text.length }, () => style);
  let at = 0;
  for (const [k, c] of p.children.entries()) {
    const len = inlineLength(c);
    if (c instanceof FakeText && offset >= at && offset <= at + len) {
      const i = offset - at;
      c.chars = c.chars.slice(0, i) + text + c.chars.slice(i);
      c.styles.splice(i, 0, ...styles);
      return;
    }
    if (offset === at) {
      p.place(k, runOf(p.ctx, text, styles));
      return;
    }
    at += len;
  }
  p.place(p.children.length, runOf(p.ctx, text, styles));
}

function runOf(ctx: DocsContext, chars: string, styles: Style[]): FakeText {
  const t = new FakeText(ctx);
  t.chars = chars;
  t.styles = styles;
  return t;
}

/** Removes the elements at offsets [from, to) of a paragraph (not its newline). */
export function deleteInline(p: Para, from: number, to: number): void {
  if (to <= from) return;
  let at = 0;
  const kept: InlineNode[] = [];
  for (const c of p.children) {
    const len = inlineLength(c);
    const lo = Math.max(from, at);
    const hi = Math.min(to, at + len);
    if (lo < hi) {
      if (c instanceof FakeText) {
        c.chars = c.chars.slice(0, lo - at) + c.chars.slice(hi - at);
        c.styles.splice(lo - at, hi - lo);
        if (c.chars !== "") kept.push(c);
        else c.parent = null;
      } else c.parent = null;
    } else kept.push(c);
    at += len;
  }
  p.children = kept;
}

/** A new empty paragraph of the same kind with the same paragraph style. */
export function sameKind(p: Para): Para {
  const q = p instanceof FakeListItem ? new FakeListItem(p.ctx) : new FakeParagraph(p.ctx);
  q.attrs = { ...p.attrs };
  return q;
}

/**
 * Splits a paragraph before an offset: the elements from there on, and its newline, go into a new
 * paragraph of the same kind and style ("The paragraph style of the new paragraph will be copied
 * from the paragraph at the current insertion index, including lists and bullets."), placed after
 * it. The paragraph keeps the elements before the offset and ends with a new newline.
 */
export function splitParagraph(container: Blocks, p: Para, offset: number, newline: Style): Para {
  const q = sameKind(p);
  q.newlineStyle = p.newlineStyle;
  p.newlineStyle = newline;
  // The section break after the paragraph follows its newline, which goes to the new paragraph.
  q.sectionAfter = p.sectionAfter;
  p.sectionAfter = null;
  let at = 0;
  const kept: InlineNode[] = [];
  for (const c of p.children) {
    const len = inlineLength(c);
    if (at + len <= offset) kept.push(c);
    else if (at >= offset) q.place(q.children.length, c);
    else {
      // A text run across the offset: its end goes to the new paragraph.
      const t = c as FakeText;
      const i = offset - at;
      q.place(q.children.length, runOf(p.ctx, t.chars.slice(i), t.styles.slice(i)));
      t.chars = t.chars.slice(0, i);
      t.styles = t.styles.slice(0, i);
      kept.push(t);
    }
    at += len;
  }
  p.children = kept;
  container.place(container.children.indexOf(p) + 1, q);
  return q;
}

/** Moves a paragraph's elements to the end of another (their newline is deleted). */
export function joinInto(p: Para, q: Para): void {
  for (const c of q.children) p.place(p.children.length, c);
  q.children = [];
  p.newlineStyle = q.newlineStyle;
  p.sectionAfter = q.sectionAfter;
}

/** Takes blocks out of a container. */
export function removeBlocks(container: Blocks, from: number, to: number): void {
  for (const b of container.children.slice(from, to)) b.parent = null;
  container.children.splice(from, to - from);
}

/** A table of empty cells, each holding one empty paragraph. */
export function emptyTable(ctx: DocsContext, rows: number, columns: number): FakeTable {
  const t = new FakeTable(ctx);
  for (let i = 0; i < rows; i++) t.place(i, emptyRow(ctx, columns));
  return t;
}

export function emptyRow(ctx: DocsContext, cells: number): FakeTableRow {
  const r = new FakeTableRow(ctx);
  for (let j = 0; j < cells; j++) r.place(j, emptyCell(ctx));
  return r;
}

export function emptyCell(ctx: DocsContext): FakeTableCell {
  const c = new FakeTableCell(ctx);
  c.place(0, new FakeParagraph(ctx));
  return c;
}

/** A cell holding only one empty paragraph. */
export function isEmptyCell(c: FakeTableCell): boolean {
  const only = c.children[0];
  return c.children.length === 1 && only instanceof FakeParagraph && contentLength(only) === 0;
}
