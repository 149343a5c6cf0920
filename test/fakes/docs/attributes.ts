// What the Docs fakes check of the values product code hands them: the DocumentApp enums, the
// attributes (text runs, paragraphs, tables, cells, the page) and their values, indexes, and the
// messages Apps Script gives when it refuses.
import { enumObject } from "../core";

export const ATTRIBUTE = enumObject<typeof GoogleAppsScript.Document.Attribute>("document", "Attribute");
export const ELEMENT_TYPE = enumObject<typeof GoogleAppsScript.Document.ElementType>(
  "document",
  "ElementType",
);
export const HORIZONTAL_ALIGNMENT = enumObject<typeof GoogleAppsScript.Document.HorizontalAlignment>(
  "document",
  "HorizontalAlignment",
);
export const PARAGRAPH_HEADING = enumObject<typeof GoogleAppsScript.Document.ParagraphHeading>(
  "document",
  "ParagraphHeading",
);

// Messages Apps Script gives, as observed in scripts that handle them.
/** After saveAndClose(): "A closed Document can't be edited." */
export const DOCUMENT_CLOSED = "Document is closed, its contents cannot be updated.";
/** A section (and a table cell) always ends with a paragraph. */
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
/** A table is always followed by a paragraph (a Doc's structure: see section.ts insertTable). */
export const PARAGRAPH_AFTER_TABLE = "Can't remove the paragraph that follows a table.";
export const MUST_BE_DETACHED = "Element must be detached.";
export const NOT_A_CHILD = "Element does not contain the specified child element.";

export function childIndexError(i: unknown, n: number, inclusive: boolean): Error {
  return new Error(
    inclusive
      ? `Child index (${String(i)}) must be less than or equal to the number of child elements (${n}).`
      : `Child index (${String(i)}) must be less than the number of child elements (${n}).`,
  );
}

export function notModelled(what: string): Error {
  return new Error(`fake: ${what} tidak dimodelkan`);
}

/**
 * The text attributes the fake holds, per character: the ones product code sets (Text.setBold,
 * setFontSize). Table.getAttributes reports them, so setAttributes carries them to another table.
 */
export const TEXT_ATTRS = ["BOLD", "FONT_SIZE", "LINK_URL"] as const;
export type TextAttr = (typeof TEXT_ATTRS)[number];
export type Style = Readonly<Partial<Record<TextAttr, number | boolean | string>>>;
export const PLAIN: Style = Object.freeze({});

function normalizeColor(v: unknown, attr: string): string {
  if (typeof v !== "string") throw new Error(`fake: ${attr} harus warna CSS "#rrggbb", bukan ${String(v)}`);
  const c = v.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  const full = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
  if (!/^#[0-9a-f]{6}$/.test(full)) throw new Error(`fake: ${attr}: warna tidak sah: ${v}`);
  return full;
}

function enumValue(v: unknown, values: object, attr: string): string {
  const s = String(v);
  if (!(s in values)) throw new Error(`fake: ${attr}: nilai tidak dikenal: ${s}`);
  return s;
}

export function numberAttr(v: unknown, attr: string, min: number): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min) {
    throw new Error(`fake: ${attr} harus angka >= ${min}, bukan ${String(v)}`);
  }
  return v;
}

/** A value checked against what the attribute takes, normalized (colors to #rrggbb). */
export function attrValue(attr: string, v: unknown): string | number | boolean {
  switch (attr) {
    case "BOLD":
      if (typeof v !== "boolean") throw new Error(`fake: ${attr} harus boolean, bukan ${String(v)}`);
      return v;
    case "FONT_SIZE":
      return numberAttr(v, attr, 1);
    case "LINK_URL":
      if (typeof v !== "string") throw new Error(`fake: ${attr} harus teks URL, bukan ${String(v)}`);
      return v;
    case "BACKGROUND_COLOR":
      return normalizeColor(v, attr);
    case "HEADING":
      return enumValue(v, PARAGRAPH_HEADING, attr);
    case "HORIZONTAL_ALIGNMENT":
      return enumValue(v, HORIZONTAL_ALIGNMENT, attr);
    case "PAGE_WIDTH":
    case "PAGE_HEIGHT":
      return numberAttr(v, attr, Number.MIN_VALUE);
    default:
      // BORDER_WIDTH, MARGIN_*: points, 0 allowed.
      return numberAttr(v, attr, 0);
  }
}

/** Paragraph text cannot hold "\n": "New-line characters ("\n") are converted to line-break characters ("\r")." */
export function paragraphText(text: unknown, what: string): string {
  if (typeof text !== "string") throw new Error(`fake: ${what}: teks harus string, bukan ${typeof text}`);
  return text.replace(/\n/g, "\r");
}

export function checkIndex(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`fake: ${what} harus bilangan bulat, bukan ${String(v)}`);
  }
  return v;
}
