// Style requests: updateParagraphStyle, updateTextStyle, updateDocumentStyle
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request). The styles are
// the DocumentApp fake's attributes, so both services show them: a paragraph's HORIZONTAL_ALIGNMENT
// and HEADING, a character's BOLD and FONT_SIZE, the body's PAGE_WIDTH, PAGE_HEIGHT and MARGIN_*.
// "To reset a property to its default value, include its field name in the field mask but leave
// the field itself unset." A style field the fake does not hold is refused as not modelled.
import type { Style } from "../../docs/attributes";
import { FakeText } from "../../docs/text";
import {
  ALIGNMENT,
  fieldMask,
  fields,
  invalid,
  NAMED_STYLE,
  notModelled,
  points,
  bool as readBool,
  text as readText,
  type Where,
} from "../schema";
import { contentLength, inlineLength, type Model, type Segment } from "../structure";

type Reply = GoogleAppsScript.Docs.Schema.Response;

const PARAGRAPH_STYLE_FIELDS = [
  "alignment",
  "avoidWidowAndOrphan",
  "borderBetween",
  "borderBottom",
  "borderLeft",
  "borderRight",
  "borderTop",
  "direction",
  "headingId",
  "indentEnd",
  "indentFirstLine",
  "indentStart",
  "keepLinesTogether",
  "keepWithNext",
  "lineSpacing",
  "namedStyleType",
  "pageBreakBefore",
  "shading",
  "spaceAbove",
  "spaceBelow",
  "spacingMode",
  "tabStops",
] as const;

const TEXT_STYLE_FIELDS = [
  "backgroundColor",
  "baselineOffset",
  "bold",
  "fontSize",
  "foregroundColor",
  "italic",
  "link",
  "smallCaps",
  "strikethrough",
  "underline",
  "weightedFontFamily",
] as const;

const DOCUMENT_STYLE_FIELDS = [
  "background",
  "defaultFooterId",
  "defaultHeaderId",
  "evenPageFooterId",
  "evenPageHeaderId",
  "firstPageFooterId",
  "firstPageHeaderId",
  "flipPageOrientation",
  "marginBottom",
  "marginFooter",
  "marginHeader",
  "marginLeft",
  "marginRight",
  "marginTop",
  "pageNumberStart",
  "pageSize",
  "useCustomHeaderFooterMargins",
  "useEvenPageHeaderFooter",
  "useFirstPageHeaderFooter",
] as const;

/**
 * The fields a request updates, of those the fake holds. "A single `"*"` can be used as
 * short-hand for listing every field": every field the fake holds, and only when the style sets
 * no other (it would set what the fake does not hold).
 */
function updated(mask: string[], held: readonly string[], style: object, what: string): Set<string> {
  const out = new Set<string>();
  for (const f of mask) {
    if (f === "*") {
      for (const k of Object.keys(style)) if (!held.includes(k)) throw notModelled(`${what} ${k}`);
      for (const h of held) out.add(h);
    } else if (held.includes(f)) out.add(f);
    else throw notModelled(`${what} field ${f}`);
  }
  return out;
}

/** A range of a segment: "The zero-based start index ... The zero-based end index of this range, exclusive". */
function styleRange(
  model: Model,
  value: unknown,
  path: string,
  at: Where,
): { seg: Segment; s: number; e: number } {
  const r = fields(value, path, ["startIndex", "endIndex", "segmentId"]);
  const seg = model.segment(r.segmentId, at);
  const s = typeof r.startIndex === "number" ? r.startIndex : Number.NaN;
  const e = typeof r.endIndex === "number" ? r.endIndex : Number.NaN;
  // "In all current uses, a start index must be provided." (and an end index)
  if (!Number.isInteger(s) || !Number.isInteger(e))
    throw invalid(at, "The range must have a start and an end index.");
  if (e <= s) throw invalid(at, "The range should not be empty.");
  const end = model.end(seg);
  if (e > end)
    throw invalid(
      at,
      `Index ${e} must be less than or equal to the end index of the referenced segment, ${end}.`,
    );
  if (s < seg.start)
    throw invalid(
      at,
      s < 0 ? `Index ${s} is negative.` : "The range cannot include the section break at index 0.",
    );
  return { seg, s, e };
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest
/** "Update the styling of all paragraphs that overlap with the given range." (cells' included) */
export function updateParagraphStyle(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["range", "paragraphStyle", "fields"]);
  const { seg, s, e } = styleRange(model, req.range, `${path}.range`, at);
  const style = fields(req.paragraphStyle, `${path}.paragraphStyle`, PARAGRAPH_STYLE_FIELDS);
  const set = updated(fieldMask(req.fields, at), ["alignment", "namedStyleType"], style, "paragraphStyle");
  let alignment: string | null = null;
  if (set.has("alignment")) {
    const a = readText(style.alignment, `${path}.paragraphStyle.alignment`);
    // ALIGNMENT_UNSPECIFIED: "The paragraph alignment is inherited from the parent."
    if (a !== "" && a !== "ALIGNMENT_UNSPECIFIED" && !(a in ALIGNMENT))
      throw invalid(at, `Invalid alignment ${a}.`);
    alignment = ALIGNMENT[a] ?? null;
  }
  let heading: string | null = null;
  if (set.has("namedStyleType")) {
    const n = readText(style.namedStyleType, `${path}.paragraphStyle.namedStyleType`);
    if (n !== "" && n !== "NAMED_STYLE_TYPE_UNSPECIFIED" && !(n in NAMED_STYLE))
      throw invalid(at, `Invalid namedStyleType ${n}.`);
    heading = NAMED_STYLE[n] ?? null;
  }
  for (const { para } of model.paragraphsIn(seg, s, e)) {
    if (set.has("alignment")) {
      if (alignment === null) delete para.attrs.HORIZONTAL_ALIGNMENT;
      else para.attrs.HORIZONTAL_ALIGNMENT = alignment;
    }
    if (set.has("namedStyleType")) {
      if (heading === null) delete para.attrs.HEADING;
      else para.attrs.HEADING = heading;
    }
  }
  return {};
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetextstylerequest
/**
 * "Update the styling of text." Every character in the range, paragraphs' newlines included (the
 * fake does not extend the range: "The range may be extended to include adjacent newlines").
 * fontSize: "The size of the text's font." in points, at least 1 (DocumentApp's FONT_SIZE).
 */
export function updateTextStyle(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["range", "textStyle", "fields"]);
  const { seg, s, e } = styleRange(model, req.range, `${path}.range`, at);
  const style = fields(req.textStyle, `${path}.textStyle`, TEXT_STYLE_FIELDS);
  const set = updated(fieldMask(req.fields, at), ["bold", "fontSize", "link"], style, "textStyle");
  const change: { BOLD?: boolean | null; FONT_SIZE?: number | null; LINK_URL?: string | null } = {};
  // link: "The hyperlink destination of the text", a Link whose url is "An external URL".
  if (set.has("link")) {
    const link = style.link === undefined ? null : fields(style.link, `${path}.textStyle.link`, ["url"]);
    if (link !== null && typeof link.url !== "string") throw invalid(at, "Link url must be a string.");
    change.LINK_URL = link === null ? null : (link.url as string);
  }
  if (set.has("bold"))
    change.BOLD = style.bold === undefined ? null : readBool(style.bold, `${path}.textStyle.bold`);
  if (set.has("fontSize")) {
    const size =
      style.fontSize === undefined ? null : points(style.fontSize, `${path}.textStyle.fontSize`, at);
    if (size !== null && size < 1) throw invalid(at, "The font size must be at least 1 point.");
    change.FONT_SIZE = size;
  }
  const restyle = (old: Style): Style => {
    const next: Record<string, number | boolean | string> = { ...old };
    for (const [k, v] of Object.entries(change)) {
      if (v === null) delete next[k];
      else next[k] = v;
    }
    return next;
  };
  for (const { para, start } of model.paragraphsIn(seg, s, e)) {
    const from = Math.max(s, start) - start;
    const to = Math.min(e, start + contentLength(para) + 1) - start;
    let offset = 0;
    for (const c of para.children) {
      const len = inlineLength(c);
      if (c instanceof FakeText) {
        for (let i = Math.max(from - offset, 0); i < Math.min(to - offset, len); i++) {
          c.styles[i] = restyle(c.styles[i] ?? {});
        }
      }
      offset += len;
    }
    if (to > contentLength(para)) para.newlineStyle = restyle(para.newlineStyle);
  }
  return {};
}

const MARGINS = {
  marginTop: "MARGIN_TOP",
  marginBottom: "MARGIN_BOTTOM",
  marginLeft: "MARGIN_LEFT",
  marginRight: "MARGIN_RIGHT",
} as const;

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatedocumentstylerequest
/**
 * "Updates the DocumentStyle." The fake holds the page size (pageSize, or pageSize.width /
 * pageSize.height alone) and the four margins, in points: the DocumentApp fake's Body page
 * attributes. Orientation is the size: landscape is the width above the height (the newer
 * flipPageOrientation is not modelled). A size must be positive, a margin not negative.
 */
export function updateDocumentStyle(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["documentStyle", "fields"]);
  const style = fields(req.documentStyle, `${path}.documentStyle`, DOCUMENT_STYLE_FIELDS);
  const attrs = model.body.attrs;
  const size = fields(style.pageSize, `${path}.documentStyle.pageSize`, ["width", "height"]);
  const put = (attr: string, v: unknown, p: string, positive: boolean): void => {
    if (v === undefined) {
      delete attrs[attr];
      return;
    }
    const pt = points(v, p, at);
    if (positive ? pt <= 0 : pt < 0)
      throw invalid(at, `${p} must be ${positive ? "positive" : "at least 0"}.`);
    attrs[attr] = pt;
  };
  const mask = fieldMask(req.fields, at);
  for (const f of mask) {
    if (!["pageSize", "pageSize.width", "pageSize.height"].includes(f) && !(f in MARGINS)) {
      throw notModelled(`updateDocumentStyle field ${f}`);
    }
  }
  for (const f of mask) {
    const p = `${path}.documentStyle`;
    if (f === "pageSize" || f === "pageSize.width")
      put("PAGE_WIDTH", size.width, `${p}.pageSize.width`, true);
    if (f === "pageSize" || f === "pageSize.height")
      put("PAGE_HEIGHT", size.height, `${p}.pageSize.height`, true);
    if (f in MARGINS)
      put(MARGINS[f as keyof typeof MARGINS], style[f as keyof typeof MARGINS], `${p}.${f}`, false);
  }
  return {};
}
