/**
 * The shapes of the Docs REST API v1 (the Advanced Docs service, `Docs`) that the writer sends,
 * as the reference gives them (developers.google.com/docs/api/reference/rest/v1/documents/request).
 * @types/google-apps-script describes an older API without mergeTableCells, pinTableHeaderRows,
 * updateTableColumnProperties, updateTableCellStyle, updateDocumentStyle or SectionStyle's
 * flipPageOrientation, so they are our own.
 */

export type Dokumen = GoogleAppsScript.Docs.Schema.Document;
export type Elemen = GoogleAppsScript.Docs.Schema.StructuralElement;
export type ParagrafApi = GoogleAppsScript.Docs.Schema.Paragraph;
export type TabelApi = GoogleAppsScript.Docs.Schema.Table;

interface Ukuran {
  magnitude?: number;
  unit: "PT";
}
interface Lokasi {
  index: number;
  segmentId?: string;
}
interface Rentang {
  startIndex: number;
  endIndex: number;
  segmentId?: string;
}
interface SelTabel {
  tableStartLocation: Lokasi;
  rowIndex: number;
  columnIndex: number;
}
interface Garis {
  width: Ukuran;
  dashStyle: "SOLID";
  color: { color: { rgbColor: Record<string, number> } };
}

/** One request of a batchUpdate: exactly one member is set. */
export interface Permintaan {
  insertText?: { text: string; location: Lokasi };
  insertPageBreak?: { location: Lokasi };
  insertSectionBreak?: { location: Lokasi; sectionType: "NEXT_PAGE" | "CONTINUOUS" };
  updateSectionStyle?: {
    range: Rentang;
    sectionStyle: { flipPageOrientation: boolean };
    fields: "flipPageOrientation";
  };
  insertTable?: { rows: number; columns: number; location: Lokasi };
  deleteContentRange?: { range: Rentang };
  mergeTableCells?: { tableRange: { tableCellLocation: SelTabel; rowSpan: number; columnSpan: number } };
  pinTableHeaderRows?: { tableStartLocation: Lokasi; pinnedHeaderRowsCount: number };
  updateTableColumnProperties?: {
    tableStartLocation: Lokasi;
    columnIndices: number[];
    tableColumnProperties: { widthType: "FIXED_WIDTH"; width: Ukuran };
    fields: string;
  };
  updateTableCellStyle?: {
    tableStartLocation?: Lokasi;
    tableRange?: { tableCellLocation: SelTabel; rowSpan: number; columnSpan: number };
    tableCellStyle: {
      backgroundColor?: { color: { rgbColor: { red: number; green: number; blue: number } } };
      borderTop?: Garis;
      borderBottom?: Garis;
      borderLeft?: Garis;
      borderRight?: Garis;
      paddingLeft?: Ukuran;
      paddingRight?: Ukuran;
    };
    fields: string;
  };
  updateParagraphStyle?: {
    range: Rentang;
    paragraphStyle: { namedStyleType?: string; alignment?: string };
    fields: string;
  };
  updateTextStyle?: {
    range: Rentang;
    textStyle: { bold?: boolean; fontSize?: Ukuran; link?: { url: string } };
    fields: string;
  };
  updateDocumentStyle?: {
    documentStyle: {
      pageSize: { width: Ukuran; height: Ukuran };
      marginTop: Ukuran;
      marginBottom: Ukuran;
      marginLeft: Ukuran;
      marginRight: Ukuran;
    };
    fields: string;
  };
}

export const pt = (magnitude: number): Ukuran => ({ magnitude, unit: "PT" });

function layanan(): GoogleAppsScript.Docs.Collection.DocumentsCollection {
  if (typeof Docs === "undefined" || !Docs?.Documents) {
    throw new Error(
      "Layanan Google Docs lanjutan belum aktif untuk add-on ini (appsscript.json: enabledAdvancedServices).",
    );
  }
  return Docs.Documents;
}

/** The whole document, indexes included, in one call. */
export function ambil(id: string): Dokumen {
  return layanan().get(id);
}

/** Every request in one call: all applied, or none ("If any request is not valid, ... nothing will be applied."). */
export function terapkan(id: string, permintaan: Permintaan[]): void {
  if (permintaan.length === 0) return;
  layanan().batchUpdate(
    { requests: permintaan } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    id,
  );
}
