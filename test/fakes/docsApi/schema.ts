// The Docs REST API v1 as the fake reads and writes it: the request and document types (those of
// @types/google-apps-script's apis/docs_v1.d.ts, plus what that file lacks), how the API refuses
// (the error Apps Script throws), and the small readers every request handler shares: locations,
// ranges, field masks, dimensions, colours.
//
// @types/google-apps-script 2.0.13 describes an older API: its Request has no mergeTableCells,
// updateTableColumnProperties, pinTableHeaderRows, updateDocumentStyle or updateTableCellStyle,
// and its TableRowStyle no tableHeader. The members below are the reference's
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request), so a test can
// write them typed; product code will need the same declarations.
import { notModelled } from "../docs/attributes";

type Schema = GoogleAppsScript.Docs.Schema.Request;
export type Location = GoogleAppsScript.Docs.Schema.Location;
export type Range = GoogleAppsScript.Docs.Schema.Range;
export type Dimension = GoogleAppsScript.Docs.Schema.Dimension;
export type TableCellLocation = GoogleAppsScript.Docs.Schema.TableCellLocation;
export type OptionalColor = GoogleAppsScript.Docs.Schema.OptionalColor;

/** "A table range represents a reference to a subset of a table." */
export interface TableRange {
  tableCellLocation?: TableCellLocation;
  rowSpan?: number;
  columnSpan?: number;
}

export interface MergeTableCellsRequest {
  tableRange?: TableRange;
}

export interface PinTableHeaderRowsRequest {
  tableStartLocation?: Location;
  pinnedHeaderRowsCount?: number;
}

export interface TableColumnProperties {
  width?: Dimension;
  widthType?: string;
}

export interface UpdateTableColumnPropertiesRequest {
  tableStartLocation?: Location;
  columnIndices?: number[];
  tableColumnProperties?: TableColumnProperties;
  fields?: string;
}

export interface UpdateTableCellStyleRequest {
  tableCellStyle?: GoogleAppsScript.Docs.Schema.TableCellStyle;
  fields?: string;
  tableRange?: TableRange;
  tableStartLocation?: Location;
}

export interface DocumentStyle extends GoogleAppsScript.Docs.Schema.DocumentStyle {
  flipPageOrientation?: boolean;
}

export interface UpdateDocumentStyleRequest {
  documentStyle?: DocumentStyle;
  fields?: string;
}

/** SectionStyle as the reference has it now (the typings lack sectionType and flipPageOrientation). */
export interface SectionStyle extends GoogleAppsScript.Docs.Schema.SectionStyle {
  sectionType?: string;
  flipPageOrientation?: boolean;
}

export interface UpdateSectionStyleRequest {
  range?: Range;
  sectionStyle?: SectionStyle;
  fields?: string;
}

/** One update (the reference's Request: exactly one of its fields is set). */
export interface Request extends Schema {
  updateSectionStyle?: UpdateSectionStyleRequest;
  mergeTableCells?: MergeTableCellsRequest;
  pinTableHeaderRows?: PinTableHeaderRowsRequest;
  updateTableColumnProperties?: UpdateTableColumnPropertiesRequest;
  updateTableCellStyle?: UpdateTableCellStyleRequest;
  updateDocumentStyle?: UpdateDocumentStyleRequest;
}

export interface BatchUpdateDocumentRequest {
  requests?: Request[];
  writeControl?: GoogleAppsScript.Docs.Schema.WriteControl;
}

/** TableRowStyle as the API returns it now ("tableHeader: Whether the row is a table header."). */
export interface TableRowStyle extends GoogleAppsScript.Docs.Schema.TableRowStyle {
  tableHeader?: boolean;
}

/** The request kinds of the reference: a known kind the fake lacks is refused as not modelled. */
export const REQUEST_KINDS = [
  "createFooter",
  "createFootnote",
  "createHeader",
  "createNamedRange",
  "createParagraphBullets",
  "deleteContentRange",
  "deleteFooter",
  "deleteHeader",
  "deleteNamedRange",
  "deleteParagraphBullets",
  "deletePositionedObject",
  "deleteTableColumn",
  "deleteTableRow",
  "insertInlineImage",
  "insertPageBreak",
  "insertSectionBreak",
  "insertTable",
  "insertTableColumn",
  "insertTableRow",
  "insertText",
  "mergeTableCells",
  "pinTableHeaderRows",
  "replaceAllText",
  "replaceImage",
  "replaceNamedRangeContent",
  "unmergeTableCells",
  "updateDocumentStyle",
  "updateParagraphStyle",
  "updateSectionStyle",
  "updateTableCellStyle",
  "updateTableColumnProperties",
  "updateTableRowStyle",
  "updateTextStyle",
] as const;

/** ParagraphStyle.alignment to DocumentApp's HorizontalAlignment (left to right: START is LEFT). */
export const ALIGNMENT: Readonly<Record<string, string>> = {
  START: "LEFT",
  CENTER: "CENTER",
  END: "RIGHT",
  JUSTIFIED: "JUSTIFY",
};

/** ParagraphStyle.namedStyleType to DocumentApp's ParagraphHeading. */
export const NAMED_STYLE: Readonly<Record<string, string>> = {
  NORMAL_TEXT: "NORMAL",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
  HEADING_1: "HEADING1",
  HEADING_2: "HEADING2",
  HEADING_3: "HEADING3",
  HEADING_4: "HEADING4",
  HEADING_5: "HEADING5",
  HEADING_6: "HEADING6",
};

// --- how the API refuses ------------------------------------------------------------------------

/**
 * What Apps Script throws when the API answers 400: "API call to docs.documents.batchUpdate failed
 * with error: Invalid requests[0].insertText: The insertion index must be inside the bounds of an
 * existing paragraph." (messages as seen in scripts that handle them; where none was seen the
 * sentence is the fake's own, in the same form). `details` is the exception's error body.
 */
export class DocsApiError extends Error {
  readonly details: { readonly code: number; readonly message: string };

  constructor(method: "get" | "batchUpdate", message: string, code = 400) {
    super(`API call to docs.documents.${method} failed with error: ${message}`);
    this.details = { code, message };
  }
}

/** A request the API refuses: the whole batch fails. */
export function invalid(at: Where, message: string): DocsApiError {
  return new DocsApiError("batchUpdate", `Invalid requests[${at.i}].${at.kind}: ${message}`);
}

/** Which request of the batch, for the error message. */
export interface Where {
  readonly i: number;
  readonly kind: string;
}

/** An unknown field name: the API rejects the whole payload. */
export function unknownField(path: string, name: string): DocsApiError {
  return new DocsApiError(
    "batchUpdate",
    `Invalid JSON payload received. Unknown name "${name}" at '${path}': Cannot find field.`,
  );
}

export { notModelled };

// --- readers ------------------------------------------------------------------------------------

/** An object whose keys are all known (a typo is an unknown field, as the API says). */
export function fields<K extends string>(
  value: unknown,
  path: string,
  known: readonly K[],
): Partial<Record<K, unknown>> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new DocsApiError("batchUpdate", `Invalid value at '${path}': ${JSON.stringify(value)}`);
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key === "tabId") throw notModelled(`${path}.tabId (tab dokumen)`);
    if (!(known as readonly string[]).includes(key)) throw unknownField(path, key);
  }
  return obj as Partial<Record<K, unknown>>;
}

/** An int32 field; absent reads 0, as proto3 does. */
export function int(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new DocsApiError(
      "batchUpdate",
      `Invalid value at '${path}' (TYPE_INT32), ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function bool(value: unknown, path: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") {
    throw new DocsApiError("batchUpdate", `Invalid value at '${path}' (TYPE_BOOL), ${JSON.stringify(value)}`);
  }
  return value;
}

export function text(value: unknown, path: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") {
    throw new DocsApiError(
      "batchUpdate",
      `Invalid value at '${path}' (TYPE_STRING), ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/**
 * A field mask: "alignment", "bold,fontSize", "*". "The root `paragraph_style` is implied and
 * should not be specified"; names come in either case (margin_left, marginLeft): read as camelCase.
 */
export function fieldMask(value: unknown, at: Where): string[] {
  const mask = typeof value === "string" ? value.trim() : "";
  // "The fields that should be updated. At least one field must be specified."
  if (mask === "") throw invalid(at, "At least one field must be specified.");
  return mask.split(",").map((f) => f.trim().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));
}

/** A length in points. "unit: The units for magnitude." (PT, "A point, 1/72 of an inch."). */
export function points(value: unknown, path: string, at: Where): number {
  const d = fields(value, path, ["magnitude", "unit"]);
  if (d.unit !== "PT") throw invalid(at, `${path}.unit must be PT.`);
  const m = d.magnitude ?? 0;
  if (typeof m !== "number" || !Number.isFinite(m)) throw invalid(at, `${path}.magnitude must be a number.`);
  return m;
}

export function dimension(pt: number): Dimension {
  return pt === 0 ? { unit: "PT" } : { magnitude: pt, unit: "PT" };
}

/** "#rrggbb" from an OptionalColor's rgbColor (components "from 0.0 to 1.0"); null: transparent. */
export function hexColor(value: unknown, path: string, at: Where): string | null {
  const opt = fields(value, path, ["color"]);
  if (opt.color === undefined) return null;
  const color = fields(opt.color, `${path}.color`, ["rgbColor"]);
  const rgb = fields(color.rgbColor, `${path}.color.rgbColor`, ["red", "green", "blue"]);
  const part = (v: unknown, name: string): string => {
    const x = v ?? 0;
    if (typeof x !== "number" || x < 0 || x > 1)
      throw invalid(at, `${path}.color.rgbColor.${name} must be in [0, 1].`);
    return Math.round(x * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${part(rgb.red, "red")}${part(rgb.green, "green")}${part(rgb.blue, "blue")}`;
}

/** An OptionalColor from "#rrggbb"; a zero component is left out, as proto3 JSON does. */
export function optionalColor(hex: string): OptionalColor {
  const rgb: Record<string, number> = {};
  ["red", "green", "blue"].forEach((name, i) => {
    const v = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    if (v !== 0) rgb[name] = v / 255;
  });
  return { color: { rgbColor: rgb } };
}
