// Table requests: insertTable, insertTableRow, deleteTableRow, mergeTableCells,
// pinTableHeaderRows, updateTableColumnProperties, updateTableCellStyle
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request).
import { FakeParagraph } from "../../docs/paragraph";
import type { CellMerge, FakeTable, FakeTableCell } from "../../docs/table";
import { emptyRow, emptyTable, insertStyle, isEmptyCell, splitParagraph } from "../edit";
import {
  fieldMask,
  fields,
  hexColor,
  int,
  invalid,
  notModelled,
  points,
  bool as readBool,
  text as readText,
  type Where,
} from "../schema";
import type { Blocks, Model } from "../structure";
import { insertionPoint, paragraphAt } from "./text";

type Reply = GoogleAppsScript.Docs.Schema.Response;

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest
/**
 * "Inserts a table at the specified location. A newline character will be inserted before the
 * inserted table." With a location: "A newline character will be inserted before the inserted
 * table, therefore the table start index will be at the specified location index + 1. The table
 * must be inserted inside the bounds of an existing Paragraph. For instance, it cannot be inserted
 * at a table's start index (i.e. between an existing table and its preceding paragraph)." So the
 * paragraph is split where the newline goes, and the table sits between its two parts. Each cell
 * holds one empty paragraph. A table inside a table cell is not modelled.
 */
export function insertTable(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["rows", "columns", "location", "endOfSegmentLocation"]);
  const rows = int(req.rows, `${path}.rows`);
  const columns = int(req.columns, `${path}.columns`);
  if (rows < 1 || columns < 1) throw invalid(at, "A table must have at least one row and one column.");
  const { seg, index } = insertionPoint(model, req, path, at);
  const pos = paragraphAt(model, seg, index, at);
  if (pos.cell !== null) throw notModelled("tabel di dalam sel tabel");
  const after = splitParagraph(pos.container, pos.para, pos.offset, insertStyle(pos.para, pos.offset));
  pos.container.place(pos.container.children.indexOf(after), emptyTable(model.ctx, rows, columns));
  model.touch(pos.para);
  model.touch(pos.container);
  return {};
}

/** A table by its start location, and a cell of it ("Location of a single cell within a table."). */
function cellLocation(
  model: Model,
  value: unknown,
  path: string,
  at: Where,
): { table: FakeTable; row: number; column: number; container: Blocks } {
  const loc = fields(value, path, ["tableStartLocation", "rowIndex", "columnIndex"]);
  const { table, container } = tableAt(model, loc.tableStartLocation, `${path}.tableStartLocation`, at);
  const row = int(loc.rowIndex, `${path}.rowIndex`);
  const column = int(loc.columnIndex, `${path}.columnIndex`);
  const cells = table.children[row]?.children.length ?? 0;
  if (row < 0 || column < 0 || column >= cells) {
    throw invalid(at, `The table cell location (row ${row}, column ${column}) is outside the table.`);
  }
  return { table, row, column, container };
}

function tableAt(
  model: Model,
  value: unknown,
  path: string,
  at: Where,
): { table: FakeTable; container: Blocks } {
  const loc = fields(value, path, ["index", "segmentId"]);
  const seg = model.segment(loc.segmentId, at);
  return model.tableAt(seg, int(loc.index, `${path}.index`), at);
}

function tableStart(model: Model, value: unknown, path: string, at: Where): FakeTable {
  return tableAt(model, value, path, at).table;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerowrequest
/**
 * "Inserts an empty row into a table." "A new row will be inserted above (or below) the row where
 * the reference cell is. If the reference cell is a merged cell, a new row will be inserted above
 * (or below) the merged cell." The new row has as many cells as the reference row, each holding one
 * empty paragraph (the fake copies no formatting: set it explicitly); a merge the new row cuts
 * through spans it too. A row inserted among pinned header rows is not modelled.
 */
export function insertTableRow(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["tableCellLocation", "insertBelow"]);
  const { table, row, column } = cellLocation(model, req.tableCellLocation, `${path}.tableCellLocation`, at);
  const below = readBool(req.insertBelow, `${path}.insertBelow`);
  const m = table.mergeAt(row, column);
  const top = m ? m.row : row;
  const bottom = m ? m.row + m.rows - 1 : row;
  const p = below ? bottom + 1 : top;
  if (p < table.pinnedHeaderRows)
    throw notModelled("menyisipkan baris di antara baris kepala yang disematkan");
  const cells = table.children[below ? bottom : top]?.children.length ?? 0;
  table.place(p, emptyRow(model.ctx, cells));
  table.merges = table.merges.map((x) =>
    x.row >= p ? { ...x, row: x.row + 1 } : x.row + x.rows > p ? { ...x, rows: x.rows + 1 } : x,
  );
  model.touch(table);
  return {};
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletetablerowrequest
/**
 * "Deletes a row from a table." "The row this cell spans will be deleted. If this is a merged cell
 * that spans multiple rows, all rows that the cell spans will be deleted. If no rows remain in the
 * table after this deletion, the whole table is deleted." Deleting rows that cut through another
 * merge, or pinned header rows, is not modelled.
 */
export function deleteTableRow(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["tableCellLocation"]);
  const { table, row, column, container } = cellLocation(
    model,
    req.tableCellLocation,
    `${path}.tableCellLocation`,
    at,
  );
  const m = table.mergeAt(row, column);
  const gone: CellMerge = { row: m ? m.row : row, rows: m ? m.rows : 1, column: 0, columns: table.columns() };
  if (gone.row < table.pinnedHeaderRows) throw notModelled("menghapus baris kepala yang disematkan");
  if (table.merges.some((x) => overlaps(x, gone) && !contains(gone, x))) {
    throw notModelled("menghapus baris yang memotong sel gabungan");
  }
  if (gone.rows === table.children.length) {
    container.children.splice(container.children.indexOf(table), 1);
    table.parent = null;
    model.touch(container);
    return {};
  }
  for (const r of table.children.splice(gone.row, gone.rows)) r.parent = null;
  table.merges = table.merges
    .filter((x) => !contains(gone, x))
    .map((x) => (x.row > gone.row ? { ...x, row: x.row - gone.rows } : x));
  model.touch(table);
  return {};
}

/** Cells of a table range: "The cell location where the table range starts", and its spans. */
function tableRange(
  model: Model,
  value: unknown,
  path: string,
  at: Where,
): { table: FakeTable; range: CellMerge } {
  const r = fields(value, path, ["tableCellLocation", "rowSpan", "columnSpan"]);
  const { table, row, column } = cellLocation(model, r.tableCellLocation, `${path}.tableCellLocation`, at);
  const rows = int(r.rowSpan, `${path}.rowSpan`);
  const columns = int(r.columnSpan, `${path}.columnSpan`);
  const inside =
    rows >= 1 &&
    columns >= 1 &&
    row + rows <= table.children.length &&
    table.children.slice(row, row + rows).every((x) => column + columns <= x.children.length);
  if (!inside) throw invalid(at, "The table range is outside the table.");
  return { table, range: { row, column, rows, columns } };
}

function cellsOf(table: FakeTable, r: CellMerge): FakeTableCell[] {
  return table.children
    .slice(r.row, r.row + r.rows)
    .flatMap((row) => row.children.slice(r.column, r.column + r.columns));
}

function overlaps(a: CellMerge, b: CellMerge): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function contains(outer: CellMerge, inner: CellMerge): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#mergetablecellsrequest
/**
 * "Merges cells in a Table." "Any text in the cells being merged will be concatenated and stored
 * in the "head" cell of the range. This is the upper-left cell of the range when the content
 * direction is left to right [...] If the range is non-rectangular (which can occur in some cases
 * where the range covers cells that are already merged or where the table is non-rectangular), a
 * 400 bad request error is returned." The fake appends the paragraphs of each non-empty cell, in
 * row order, to the head's (an empty head gives way to them); the merged-away cells stay in the
 * table (they keep their indexes), each with one empty paragraph.
 */
export function mergeTableCells(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["tableRange"]);
  const { table, range } = tableRange(model, req.tableRange, `${path}.tableRange`, at);
  if (table.merges.some((m) => overlaps(m, range) && !contains(range, m))) {
    throw invalid(at, "The table range is non-rectangular: it covers part of cells already merged.");
  }
  if (range.rows === 1 && range.columns === 1) return {};
  const [head, ...rest] = cellsOf(table, range);
  if (head === undefined) throw new Error("fake: rentang sel kosong");
  const moved = rest.filter((c) => !isEmptyCell(c)).flatMap((c) => c.children);
  if (moved.length > 0 && isEmptyCell(head)) {
    for (const b of head.children) b.parent = null;
    head.children = [];
  }
  for (const b of moved) head.place(head.children.length, b);
  for (const c of rest) {
    // A cell whose paragraphs went to the head is left with none: it gets an empty one.
    c.children = c.children.filter((b) => b.parent === c);
    if (c.children.length === 0) c.place(0, new FakeParagraph(model.ctx));
    model.touch(c);
  }
  table.merges = [...table.merges.filter((m) => !contains(range, m)), range];
  model.touch(head);
  return {};
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#pintableheaderrowsrequest
/** "Updates the number of pinned table header rows in a table." ("0 implies that all rows are unpinned.") */
export function pinTableHeaderRows(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["tableStartLocation", "pinnedHeaderRowsCount"]);
  const table = tableStart(model, req.tableStartLocation, `${path}.tableStartLocation`, at);
  const n = int(req.pinnedHeaderRowsCount, `${path}.pinnedHeaderRowsCount`);
  if (n < 0 || n > table.children.length) {
    throw invalid(
      at,
      `The number of pinned header rows (${n}) must be between 0 and the table's ${table.children.length} rows.`,
    );
  }
  table.pinnedHeaderRows = n;
  return {};
}

const FIXED = "FIXED_WIDTH";
const EVEN = "EVENLY_DISTRIBUTED";

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablecolumnpropertiesrequest
/**
 * "Updates the TableColumnProperties of columns in a table." "If no indices are specified, all
 * columns will be updated." "If the value of `table_column_properties#width` is less than 5 points
 * (5/72 inch), a 400 bad request error is returned." A width is "Set when the column's
 * `width_type` is FIXED_WIDTH": a fixed column needs a width, and a width given to an evenly
 * distributed column is refused (not modelled). The width is the DocumentApp fake's
 * Table.getColumnWidth, in points.
 */
export function updateTableColumnProperties(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["tableStartLocation", "columnIndices", "tableColumnProperties", "fields"]);
  const table = tableStart(model, req.tableStartLocation, `${path}.tableStartLocation`, at);
  const mask = fieldMask(req.fields, at);
  const all = mask.includes("*");
  for (const f of mask)
    if (f !== "*" && f !== "width" && f !== "widthType")
      throw notModelled(`updateTableColumnProperties field ${f}`);
  const props = fields(req.tableColumnProperties, `${path}.tableColumnProperties`, ["width", "widthType"]);
  const width =
    props.width === undefined ? null : points(props.width, `${path}.tableColumnProperties.width`, at);
  if (width !== null && width < 5) throw invalid(at, "The column width must be at least 5 points.");
  const type = readText(props.widthType, `${path}.tableColumnProperties.widthType`);
  const setType = all || mask.includes("widthType");
  const setWidth = all || mask.includes("width");
  if (setType && type !== FIXED && type !== EVEN) throw notModelled(`widthType ${type || "(kosong)"}`);
  const columns = table.columns();
  let indices: number[];
  if (req.columnIndices === undefined) indices = Array.from({ length: columns }, (_, i) => i);
  else if (Array.isArray(req.columnIndices))
    indices = req.columnIndices.map((v, k) => int(v, `${path}.columnIndices[${k}]`));
  else throw invalid(at, "columnIndices must be a list of column indices.");
  for (const i of indices)
    if (i < 0 || i >= columns)
      throw invalid(at, `Column index ${i} is outside the table's ${columns} columns.`);
  for (const i of indices) {
    const fixed = setType ? type === FIXED : table.columnWidths.has(i);
    const w = setWidth ? width : (table.columnWidths.get(i) ?? null);
    if (fixed) {
      if (w === null) throw invalid(at, "A FIXED_WIDTH column needs a width.");
      table.columnWidths.set(i, w);
    } else {
      if (setWidth && width !== null) throw notModelled("lebar untuk kolom EVENLY_DISTRIBUTED");
      table.columnWidths.delete(i);
    }
  }
  return {};
}

const CELL_STYLE_FIELDS = [
  "backgroundColor",
  "borderBottom",
  "borderLeft",
  "borderRight",
  "borderTop",
  "columnSpan",
  "contentAlignment",
  "paddingBottom",
  "paddingLeft",
  "paddingRight",
  "paddingTop",
  "rowSpan",
] as const;

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablecellstylerequest
/**
 * "Updates the style of a range of table cells." The fake holds a cell's background (DocumentApp's
 * TableCell.setBackgroundColor); other fields are not modelled. A tableStartLocation instead of a
 * tableRange: "When specified, the updates are applied to all the cells in the table." A field
 * named but left unset resets it ("To reset a property to its default value, include its field
 * name in the field mask but leave the field itself unset."): no shading.
 */
export function updateTableCellStyle(model: Model, value: unknown, path: string, at: Where): Reply {
  const req = fields(value, path, ["tableCellStyle", "fields", "tableRange", "tableStartLocation"]);
  const mask = fieldMask(req.fields, at);
  const style = fields(req.tableCellStyle, `${path}.tableCellStyle`, CELL_STYLE_FIELDS);
  if (mask.some((f) => BORDERS.includes(f))) return borders(model, req, mask, style, path, at);
  if (mask.some((f) => PADDINGS.includes(f))) return paddings(model, req, mask, style, path, at);
  for (const f of mask) if (f !== "backgroundColor") throw notModelled(`updateTableCellStyle field ${f}`);
  const color =
    style.backgroundColor === undefined
      ? null
      : hexColor(style.backgroundColor, `${path}.tableCellStyle.backgroundColor`, at);
  for (const c of cellsOfRequest(model, req, path, at)) {
    if (color === null) delete c.attrs.BACKGROUND_COLOR;
    else c.attrs.BACKGROUND_COLOR = color;
  }
  return {};
}

/**
 * The cells a request names: a tableRange's, or with tableStartLocation "all the cells in the
 * table"; exactly one of the two.
 */
function cellsOfRequest(
  model: Model,
  req: Partial<Record<"tableRange" | "tableStartLocation", unknown>>,
  path: string,
  at: Where,
): FakeTableCell[] {
  if ((req.tableRange === undefined) === (req.tableStartLocation === undefined)) {
    throw invalid(at, "Exactly one of tableRange or tableStartLocation must be set.");
  }
  if (req.tableRange !== undefined) {
    const { table, range } = tableRange(model, req.tableRange, `${path}.tableRange`, at);
    return cellsOf(table, range);
  }
  return tableStart(model, req.tableStartLocation, `${path}.tableStartLocation`, at).children.flatMap(
    (r) => r.children,
  );
}

const BORDERS = ["borderTop", "borderBottom", "borderLeft", "borderRight"];

const PADDINGS = ["paddingLeft", "paddingRight"];

/**
 * A cell's side padding, as DocumentApp holds it (TableCell.setPaddingLeft/setPaddingRight,
 * Attribute PADDING_LEFT/PADDING_RIGHT): "paddingLeft: The left padding of the cell.",
 * "paddingRight: The right padding of the cell." (TableCellStyle, a Dimension). Left and right
 * together over the whole table or a range are modelled; with other fields they are not. The
 * reference states no bound (TableCellStyle: "The left padding of the cell."; Dimension: "A
 * magnitude in a single direction in the specified units."), so a negative padding is not refused:
 * where the reference is silent the fake does not invent a refusal.
 */
function paddings(
  model: Model,
  req: Partial<Record<"tableCellStyle" | "fields" | "tableRange" | "tableStartLocation", unknown>>,
  mask: string[],
  style: Partial<Record<(typeof CELL_STYLE_FIELDS)[number], unknown>>,
  path: string,
  at: Where,
): Reply {
  if (!mask.every((f) => PADDINGS.includes(f)))
    throw notModelled(`updateTableCellStyle fields ${mask.join(",")}`);
  const cells = cellsOfRequest(model, req, path, at);
  for (const f of mask) {
    const v = style[f as keyof typeof style];
    const attr = f === "paddingLeft" ? "PADDING_LEFT" : "PADDING_RIGHT";
    for (const c of cells) {
      // "include its field name in the field mask but leave the field itself unset": the default.
      if (v === undefined) delete c.attrs[attr];
      else c.attrs[attr] = points(v, `${path}.tableCellStyle.${f}`, at);
    }
  }
  return {};
}

/**
 * Borders, as far as the DocumentApp fake holds them: one width for the whole table
 * (Table.setBorderWidth). "borderTop: The top border of the cell." with TableCellBorder.width
 * ("The width of the border."); the four borders of every cell (tableStartLocation) at one width
 * are modelled, any other set is not.
 */
function borders(
  model: Model,
  req: Partial<Record<"tableCellStyle" | "fields" | "tableRange" | "tableStartLocation", unknown>>,
  mask: string[],
  style: Partial<Record<(typeof CELL_STYLE_FIELDS)[number], unknown>>,
  path: string,
  at: Where,
): Reply {
  if (req.tableRange !== undefined || req.tableStartLocation === undefined)
    throw notModelled("garis sebagian sel tabel");
  if (mask.length !== BORDERS.length || !BORDERS.every((b) => mask.includes(b)))
    throw notModelled(`updateTableCellStyle fields ${mask.join(",")}`);
  const widths = BORDERS.map((b) => {
    const border = fields(style[b as keyof typeof style], `${path}.tableCellStyle.${b}`, [
      "color",
      "width",
      "dashStyle",
    ]);
    return border.width === undefined ? 0 : points(border.width, `${path}.tableCellStyle.${b}.width`, at);
  });
  if (new Set(widths).size !== 1) throw notModelled("lebar garis yang berbeda per sisi");
  const table = tableStart(model, req.tableStartLocation, `${path}.tableStartLocation`, at);
  table.attrs.BORDER_WIDTH = widths[0]!;
  return {};
}
