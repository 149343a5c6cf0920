// Section requests: insertSectionBreak, updateSectionStyle
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request). A section break
// is held by the paragraph before it (`sectionAfter`): "A newline character will be inserted
// before the section break", so a break always follows a paragraph's newline.
import { insertStyle, splitParagraph } from "../edit";
import {
  fieldMask,
  fields,
  int,
  invalid,
  notModelled,
  bool as readBool,
  text as readText,
  type Where,
} from "../schema";
import { isPara, type Model, type Para } from "../structure";
import { insertionPoint, paragraphAt } from "./text";

type Reply = GoogleAppsScript.Docs.Schema.Response;

const SECTION_TYPES = ["SECTION_TYPE_UNSPECIFIED", "CONTINUOUS", "NEXT_PAGE"] as const;

/** SectionStyle's members (the reference's); only sectionType and flipPageOrientation are modelled. */
const SECTION_STYLE_FIELDS = [
  "columnProperties",
  "columnSeparatorStyle",
  "contentDirection",
  "marginTop",
  "marginBottom",
  "marginRight",
  "marginLeft",
  "marginHeader",
  "marginFooter",
  "sectionType",
  "defaultHeaderId",
  "defaultFooterId",
  "firstPageHeaderId",
  "firstPageFooterId",
  "evenPageHeaderId",
  "evenPageFooterId",
  "useFirstPageHeaderFooter",
  "pageNumberStart",
  "flipPageOrientation",
] as const;

function sectionType(value: unknown, path: string, at: Where): "NEXT_PAGE" | "CONTINUOUS" {
  const t = readText(value, path);
  if (t !== "" && !(SECTION_TYPES as readonly string[]).includes(t))
    throw invalid(at, `Invalid value at '${path}', "${t}".`);
  if (t === "" || t === "SECTION_TYPE_UNSPECIFIED")
    throw notModelled("sectionType tidak disebut (SECTION_TYPE_UNSPECIFIED)");
  return t as "NEXT_PAGE" | "CONTINUOUS";
}

/** The paragraphs of the body holding a section break, in order, with the break's index. */
function breaks(model: Model): { para: Para; index: number }[] {
  const out: { para: Para; index: number }[] = [];
  let b = 1;
  for (const block of model.body.children) {
    const len = model.length(block);
    if (isPara(block) && block.sectionAfter) out.push({ para: block, index: b + len - 1 });
    b += len;
  }
  return out;
}

/**
 * DocumentStyle.flipPageOrientation ("Indicates whether to flip the dimensions of the page_size"),
 * which an unset section's flipPageOrientation inherits. The fake does not model it
 * (updateDocumentStyle refuses the field as not modelled; a landscape document is its pageSize
 * swapped): it is always unset, that is false.
 */
function documentFlip(): boolean {
  return false;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertsectionbreakrequest
/**
 * "Inserts a section break at the given location. A newline character will be inserted before the
 * section break." location: "The section break must be inserted inside the bounds of an existing
 * Paragraph. For instance, it cannot be inserted at a table's start index (i.e. between the table
 * and its preceding paragraph). Section breaks cannot be inserted inside a table, equation,
 * footnote, header, or footer. Since section breaks can only be inserted inside the body, the
 * segment ID field must be empty." The new section's flipPageOrientation is unset, and
 * SectionStyle.flipPageOrientation: "If unset, the value inherits from DocumentStyle's
 * flip_page_orientation." (not from the section it was inserted in): see documentFlip.
 */
export function insertSectionBreak(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["location", "endOfSegmentLocation", "sectionType"]);
  const type = sectionType(req.sectionType, `${path}.sectionType`, at);
  const { seg, index } = insertionPoint(model, req, path, at);
  if (seg.id !== "") throw invalid(at, "Section breaks can only be inserted inside the body.");
  const pos = paragraphAt(model, seg, index, at);
  if (pos.cell !== null) throw invalid(at, "Section breaks cannot be inserted inside a table.");
  splitParagraph(pos.container, pos.para, pos.offset, insertStyle(pos.para, pos.offset));
  pos.para.sectionAfter = { sectionType: type, flipPageOrientation: documentFlip() };
  model.touch(pos.para);
  model.touch(pos.container);
  return {};
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatesectionstylerequest
/**
 * "Updates the SectionStyle." range: "The range overlapping the sections to style. Because section
 * breaks can only be inserted inside the body, the segment ID field must be empty." fields: "At
 * least one field must be specified. The root section_style is implied and must not be
 * specified." SectionStyle.flipPageOrientation: "Optional. Indicates whether to flip the dimensions
 * of DocumentStyle's page_size for this section, which allows changing the page orientation
 * between portrait and landscape." and "When updating this property, setting a concrete value is
 * required. Unsetting this property results in a 400 bad request error." SectionStyle.sectionType:
 * "The type of section. Output only.": a mask naming it is refused (the type is given when the
 * break is inserted, InsertSectionBreakRequest.sectionType). The first section (the body's opening
 * break, index 0) is styled through the document's style here: styling it is not modelled.
 */
export function updateSectionStyle(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["range", "sectionStyle", "fields"]);
  const range = fields(req.range, `${path}.range`, ["startIndex", "endIndex", "segmentId"]);
  if (range.segmentId !== undefined && range.segmentId !== "")
    throw invalid(at, "Section styles can only be updated in the body: the segment ID must be empty.");
  const s = int(range.startIndex, `${path}.range.startIndex`);
  const e = int(range.endIndex, `${path}.range.endIndex`);
  if (e <= s) throw invalid(at, "The range should not be empty.");
  const end = model.end({ id: "", root: model.body, start: 1 });
  if (s < 0 || e > end)
    throw invalid(at, `Index ${e} must be less than the end index of the referenced segment, ${end}.`);
  const mask = fieldMask(req.fields, at);
  if (mask.includes("*")) throw notModelled('updateSectionStyle dengan fields "*"');
  const style = fields(req.sectionStyle, `${path}.sectionStyle`, SECTION_STYLE_FIELDS);
  for (const f of mask) {
    if (f === "sectionStyle")
      throw invalid(at, "The root section_style is implied and must not be specified.");
    if (!(SECTION_STYLE_FIELDS as readonly string[]).includes(f))
      throw invalid(at, `Invalid field mask: ${f}.`);
    if (f === "sectionType")
      throw invalid(at, "Invalid field mask: sectionType is output only and cannot be updated.");
    if (f !== "flipPageOrientation") throw notModelled(`updateSectionStyle ${f}`);
  }
  if (style.flipPageOrientation === undefined || style.flipPageOrientation === null)
    throw invalid(
      at,
      "flipPageOrientation is in the field mask but unset: setting a concrete value is required.",
    );
  const flip = readBool(style.flipPageOrientation, `${path}.sectionStyle.flipPageOrientation`);
  // Section k runs from its break to the next one; the first from index 0.
  const all = breaks(model);
  const starts = [0, ...all.map((x) => x.index)];
  const hit = starts.flatMap((a, k) => {
    const z = starts[k + 1] ?? end;
    return a < e && z > s ? [k] : [];
  });
  if (hit.includes(0)) throw notModelled("updateSectionStyle pada bagian pertama dokumen");
  for (const k of hit) {
    all[k - 1]!.para.sectionAfter!.flipPageOrientation = flip;
  }
  return {};
}
