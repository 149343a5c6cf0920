// Text requests: insertText, deleteContentRange, replaceAllText
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request).
import { FakePageBreak } from "../../docs/paragraph";
import { FakeTable } from "../../docs/table";
import {
  cutsSurrogatePair,
  deleteInline,
  insertInline,
  insertStyle,
  joinInto,
  removeBlocks,
  splitParagraph,
  styleAt,
} from "../edit";
import { fields, int, invalid, notModelled, bool as readBool, text as readText, type Where } from "../schema";
import {
  type Blocks,
  contentLength,
  type InParagraph,
  isPara,
  type Model,
  type Para,
  refuseCovered,
  type Segment,
} from "../structure";

type Reply = GoogleAppsScript.Docs.Schema.Response;

/**
 * "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
 * Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text."
 * (InsertTextRequest.text). A vertical tab (U+000B) is a line break inside the paragraph, which
 * DocumentApp (and so the shared store) holds as "\r".
 */
export function cleanText(value: string): string {
  let out = "";
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (c <= 0x08 || (c >= 0x0c && c <= 0x1f) || (c >= 0xe000 && c <= 0xf8ff)) continue;
    out += c === 0x0b ? "\r" : ch;
  }
  return out;
}

/** The index a request inserts at: its location, or the end of its segment. */
export function insertionPoint(
  model: Model,
  req: { location?: unknown; endOfSegmentLocation?: unknown },
  path: string,
  at: Where,
): { seg: Segment; index: number } {
  if ((req.location === undefined) === (req.endOfSegmentLocation === undefined)) {
    throw invalid(at, "Exactly one of location or endOfSegmentLocation must be set.");
  }
  if (req.location !== undefined) {
    const loc = fields(req.location, `${path}.location`, ["index", "segmentId"]);
    return { seg: model.segment(loc.segmentId, at), index: int(loc.index, `${path}.location.index`) };
  }
  // "Location at the end of a body, header, footer or footnote. The location is immediately
  // before the last newline in the document segment." (EndOfSegmentLocation)
  const eos = fields(req.endOfSegmentLocation, `${path}.endOfSegmentLocation`, ["segmentId"]);
  const seg = model.segment(eos.segmentId, at);
  return { seg, index: model.end(seg) - 1 };
}

/**
 * The paragraph an insertion goes into. "Text must be inserted inside the bounds of an existing
 * Paragraph. For instance, text cannot be inserted at a table's start index (i.e. between the
 * table and its preceding paragraph). The text must be inserted in the preceding paragraph."
 * (InsertTextRequest.location): the index must be one of a paragraph's, its newline's included,
 * in the segment or in a table cell; not the section break, a table's, a row's or a cell's own.
 */
export function paragraphAt(model: Model, seg: Segment, index: number, at: Where): InParagraph {
  const end = model.end(seg);
  if (index >= end)
    throw invalid(at, `Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const pos = model.locate(seg, index);
  if (pos === null || pos.kind !== "paragraph") {
    throw invalid(at, "The insertion index must be inside the bounds of an existing paragraph.");
  }
  refuseCovered(pos.cell);
  if (cutsSurrogatePair(pos.para, pos.offset))
    throw notModelled("menyisipkan di tengah pasangan surrogate UTF-16");
  return pos;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
export function insertText(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["text", "location", "endOfSegmentLocation"]);
  const raw = readText(req.text, `${path}.text`);
  if (raw === "") throw notModelled("insertText dengan teks kosong");
  const { seg, index } = insertionPoint(model, req, path, at);
  const pos = paragraphAt(model, seg, index, at);
  // "Inserting a newline character will implicitly create a new Paragraph at that index."
  const lines = cleanText(raw).split("\n");
  const style = insertStyle(pos.para, pos.offset);
  let para: Para = pos.para;
  let offset = pos.offset;
  lines.forEach((line, k) => {
    if (k > 0) {
      para = splitParagraph(pos.container, para, offset, style);
      offset = 0;
    }
    insertInline(para, offset, line, style);
    offset += line.length;
  });
  model.touch(pos.para);
  model.touch(pos.container);
  return {};
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertpagebreakrequest
/**
 * "Inserts a page break followed by a newline at the specified location." "The page break must be
 * inserted inside the bounds of an existing Paragraph. For instance, it cannot be inserted at a
 * table's start index (i.e. between the table and its preceding paragraph). Page breaks cannot be
 * inserted inside a table, equation, footnote, header or footer. Since page breaks can only be
 * inserted inside the body, the segment ID field must be empty." The paragraph is split after the
 * break: the break ends the first part, the rest follows in a paragraph of the same style.
 */
export function insertPageBreak(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["location", "endOfSegmentLocation"]);
  const { seg, index } = insertionPoint(model, req, path, at);
  if (seg.id !== "") throw invalid(at, "Page breaks can only be inserted inside the body.");
  const pos = paragraphAt(model, seg, index, at);
  if (pos.cell !== null) throw invalid(at, "Page breaks cannot be inserted inside a table.");
  const style = insertStyle(pos.para, pos.offset);
  splitParagraph(pos.container, pos.para, pos.offset, style);
  pos.para.place(pos.para.children.length, new FakePageBreak(model.ctx));
  model.touch(pos.para);
  model.touch(pos.container);
  return {};
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
/**
 * "Attempting to delete certain ranges can result in an invalid document structure in which case a
 * 400 bad request error is returned. Some examples of invalid delete requests include: * Deleting
 * one code unit of a surrogate pair. * Deleting the last newline character of a Body, Header,
 * Footer, Footnote, TableCell or TableOfContents. * Deleting the start or end of a Table,
 * TableOfContents or Equation without deleting the entire element. * Deleting the newline
 * character before a Table, TableOfContents or SectionBreak without deleting the element. *
 * Deleting individual rows or cells of a table. Deleting the content within a table cell is
 * allowed." A range across paragraphs joins the first and the last ("Deleting text that crosses a
 * paragraph boundary may result in changes to paragraph styles ... as the two paragraphs are
 * merged"): the fake keeps the first one's style when part of it stays, else the last one's.
 */
export function deleteContentRange(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["range"]);
  const range = fields(req.range, `${path}.range`, ["startIndex", "endIndex", "segmentId"]);
  const seg = model.segment(range.segmentId, at);
  const s = int(range.startIndex, `${path}.range.startIndex`);
  const e = int(range.endIndex, `${path}.range.endIndex`);
  const end = model.end(seg);
  if (e === s) throw invalid(at, "The range should not be empty.");
  if (e < s) throw invalid(at, "The range's end index must be greater than its start index.");
  if (e > end)
    throw invalid(at, `Index ${e} must be less than the end index of the referenced segment, ${end}.`);
  if (e === end)
    throw invalid(at, "The range cannot include the newline character at the end of the segment.");
  if (s < seg.start) {
    throw invalid(
      at,
      seg.start === 1 ? "The range cannot include the section break at index 0." : `Index ${s} is negative.`,
    );
  }
  for (const i of [s, e]) {
    const pos = model.locate(seg, i);
    if (pos?.kind === "paragraph" && cutsSurrogatePair(pos.para, pos.offset)) {
      throw invalid(at, "Invalid deletion range: it would delete one code unit of a surrogate pair.");
    }
  }
  deleteIn(model, seg.root, seg.start, s, e, at);
  return {};
}

/** Deletes [s, e) from a container's content starting at `base`; e is before its last newline. */
function deleteIn(model: Model, container: Blocks, base: number, s: number, e: number, at: Where): void {
  const blocks = container.children;
  const starts: number[] = [];
  let first = -1;
  let last = -1;
  let b = base;
  for (const [k, block] of blocks.entries()) {
    starts[k] = b;
    const len = model.length(block);
    if (first < 0 && s < b + len) first = k;
    if (e < b + len) {
      last = k;
      break;
    }
    b += len;
  }
  const head = blocks[first];
  const startOf = (k: number): number => starts[k] ?? 0;
  if (head instanceof FakeTable && s > startOf(first)) {
    // Begins inside a table: only the content of one of its cells may go.
    const cellStarts = model.cellStarts(head, startOf(first));
    for (const [i, row] of head.children.entries()) {
      for (const [j, cell] of row.children.entries()) {
        const c = cellStarts[i]?.[j] ?? 0;
        const cellEnd = c + model.length(cell);
        if (s <= c || s >= cellEnd) continue;
        if (e > cellEnd)
          throw invalid(
            at,
            "Invalid deletion range: it would delete rows or cells of a table, or its start or end, without the whole table.",
          );
        if (e === cellEnd)
          throw invalid(
            at,
            "Invalid deletion range: it would delete the last newline character of a table cell.",
          );
        deleteIn(model, cell, c + 1, s, e, at);
        return;
      }
    }
    throw invalid(
      at,
      "Invalid deletion range: it would delete the start of a table, a row or a cell without the whole table.",
    );
  }
  const tail = blocks[last];
  if (tail instanceof FakeTable) {
    // The first index kept is inside a table the range reaches into.
    throw invalid(
      at,
      e === startOf(last)
        ? "Invalid deletion range: it would delete the newline character before a table without the table."
        : "Invalid deletion range: it would delete the start of a table without the whole table.",
    );
  }
  if (tail === undefined || head === undefined || !isPara(tail))
    throw new Error("fake: rentang hapus tak terduga");
  // A section break is one index after its paragraph's newline. "Deleting the newline character
  // before a Table, TableOfContents or SectionBreak without deleting the element" is refused; a
  // range from the break itself, keeping the newline before it, is not modelled (the reference
  // does not say what it merges).
  if (isPara(head) && head.sectionAfter && s === startOf(first) + contentLength(head) + 1)
    throw notModelled("menghapus pemisah bagian (section break) tanpa baris baru sebelumnya");
  const kept = e - startOf(last);
  if (tail.sectionAfter && kept > contentLength(tail))
    throw invalid(
      at,
      "Invalid deletion range: it would delete the newline character before a section break without the section break.",
    );
  if (first === last) {
    deleteInline(tail, s - startOf(first), kept);
    model.touch(tail);
    return;
  }
  if (isPara(head) && s > startOf(first)) {
    deleteInline(head, s - startOf(first), contentLength(head));
    deleteInline(tail, 0, kept);
    joinInto(head, tail);
    removeBlocks(container, first + 1, last + 1);
    model.touch(head);
  } else {
    deleteInline(tail, 0, kept);
    removeBlocks(container, first, last);
    model.touch(tail);
  }
  model.touch(container);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#replacealltextrequest
/**
 * "Replaces all instances of text matching a criteria with replace text." The text is matched
 * literally (no pattern), case-sensitively only with matchCase ("`False`: the search is case
 * insensitive", and false is what an absent boolean reads), in every segment, within each
 * paragraph (an image or a page break in between breaks a match). The replacement takes the
 * formatting of the matched text's first character. Text with a newline, on either side, is not
 * modelled (whether a match may cross paragraphs, and what a newline in the replacement makes).
 */
export function replaceAllText(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["containsText", "replaceText"]);
  const criteria = fields(req.containsText, `${path}.containsText`, ["text", "matchCase"]);
  const search = readText(criteria.text, `${path}.containsText.text`).split("\u000b").join("\r");
  const matchCase = readBool(criteria.matchCase, `${path}.containsText.matchCase`);
  const replacement = cleanText(readText(req.replaceText, `${path}.replaceText`));
  if (search === "") throw invalid(at, "The text to search for (containsText.text) must not be empty.");
  if (search.includes("\n") || replacement.includes("\n"))
    throw notModelled("replaceAllText dengan baris baru");
  if (/[\ue000-\uf8ff]/.test(search)) throw notModelled("replaceAllText mencari karakter Private Use Area");
  const re = new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), matchCase ? "g" : "gi");
  let count = 0;
  for (const seg of model.segments()) {
    for (const { para } of model.paragraphsIn(seg, seg.start, model.end(seg))) {
      // Non-text elements read as U+E907, as TextRun.content shows them: nothing searched matches it.
      const chars = para.children.map((c) => ("chars" in c ? c.chars : "\ue907")).join("");
      const matches = [...chars.matchAll(re)];
      if (matches.length === 0) continue;
      for (const m of matches.reverse()) {
        const from = m.index ?? 0;
        const style = styleAt(para, from);
        deleteInline(para, from, from + m[0].length);
        insertInline(para, from, replacement, style);
      }
      count += matches.length;
      model.touch(para);
    }
  }
  return { replaceAllText: count === 0 ? {} : { occurrencesChanged: count } };
}
