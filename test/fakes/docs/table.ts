// Tables: Table (borders, column widths, its attributes carried to another table), TableRow and
// TableCell (shading; a cell is a container of paragraphs). A table is made in one call from a
// rectangle of strings, whatever its size.
import { ATTRIBUTE, attrValue, checkIndex, childIndexError, numberAttr, TEXT_ATTRS } from "./attributes";
import { BlockContainer, type BlockNode } from "./block";
import { Container, type DocsContext, IFACE, type Segment, uniform } from "./node";
import { FakeText } from "./text";

type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type ElementType = GoogleAppsScript.Document.ElementType;

type CellImpl = Pick<
  TableCell,
  "editAsText" | "getBackgroundColor" | "getChild" | "getNumChildren" | "getText" | "setBackgroundColor"
>;

// https://developers.google.com/apps-script/reference/document/table-cell
export class FakeTableCell extends BlockContainer<TableCell> implements CellImpl {
  readonly type = "TABLE_CELL";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.TableCell);
  }

  static of(ctx: DocsContext, text: string): FakeTableCell {
    const c = new FakeTableCell(ctx);
    c.fill(text);
    return c;
  }

  clone(): FakeTableCell {
    const c = new FakeTableCell(this.ctx);
    c.attrs = { ...this.attrs };
    for (const b of this.children) c.place(c.children.length, b.clone() as BlockNode);
    return c;
  }

  editAsText(): Text {
    return new FakeText(this.ctx, this).proxy;
  }

  /** null unless set ("String|null"). The cell's shading, not the text's highlight. */
  getBackgroundColor(): string {
    return (this.attrs.BACKGROUND_COLOR ?? null) as string;
  }

  setBackgroundColor(color: string): TableCell {
    this.mutate();
    this.attrs.BACKGROUND_COLOR = attrValue("BACKGROUND_COLOR", color);
    return this.self;
  }
}

// https://developers.google.com/apps-script/reference/document/table-row
export class FakeTableRow
  extends Container<TableRow, FakeTableCell>
  implements Pick<TableRow, "editAsText" | "getCell" | "getNumCells">
{
  readonly type = "TABLE_ROW";

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.TableRow);
  }

  clone(): FakeTableRow {
    const r = new FakeTableRow(this.ctx);
    r.attrs = { ...this.attrs };
    for (const c of this.children) r.place(r.children.length, c.clone());
    return r;
  }

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((c, i) => {
      if (i > 0) out.push("\t");
      out.push(...c.segments());
    });
    return out;
  }

  editAsText(): Text {
    return new FakeText(this.ctx, this).proxy;
  }

  getNumCells(): number {
    return this.children.length;
  }

  getCell(cellIndex: number): TableCell {
    const i = checkIndex(cellIndex, "cellIndex");
    const cell = this.children[i];
    if (i < 0 || cell === undefined) throw childIndexError(i, this.children.length, false);
    return cell.proxy;
  }
}

type TableImpl = Pick<
  Table,
  | "asTable"
  | "copy"
  | "getAttributes"
  | "getColumnWidth"
  | "getNumRows"
  | "getRow"
  | "getType"
  | "setAttributes"
  | "setBorderWidth"
  | "setColumnWidth"
>;

/**
 * Merged cells, as the Docs API makes them (mergeTableCells): the head cell at (row, column)
 * spans `rows` x `columns` cells; the cells it covers stay in the table, empty.
 */
export interface CellMerge {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

// https://developers.google.com/apps-script/reference/document/table
export class FakeTable extends Container<Table, FakeTableRow> implements TableImpl {
  readonly type = "TABLE";
  readonly columnWidths = new Map<number, number>();
  /** Merged cells (Docs API only: DocumentApp cannot merge). */
  merges: CellMerge[] = [];
  /** How many first rows repeat on each page (Docs API pinTableHeaderRows; 0: none). */
  pinnedHeaderRows = 0;

  constructor(ctx: DocsContext) {
    super(ctx, IFACE.Table);
  }

  /** A table from a rectangle of strings (insertTable(index, cells)); built without a counted call. */
  static of(ctx: DocsContext, cells: unknown[]): FakeTable {
    const width = Array.isArray(cells[0]) ? cells[0].length : -1;
    for (const row of cells) {
      if (!Array.isArray(row) || row.length !== width || row.some((c) => typeof c !== "string")) {
        throw new Error("fake: insertTable perlu larik persegi berisi teks (String[][])");
      }
    }
    const t = new FakeTable(ctx);
    for (const row of cells as string[][]) {
      const r = t.place(t.children.length, new FakeTableRow(ctx));
      for (const text of row) r.place(r.children.length, FakeTableCell.of(ctx, text));
    }
    return t;
  }

  clone(): FakeTable {
    const t = new FakeTable(this.ctx);
    t.attrs = { ...this.attrs };
    for (const [k, v] of this.columnWidths) t.columnWidths.set(k, v);
    t.merges = [...this.merges];
    t.pinnedHeaderRows = this.pinnedHeaderRows;
    for (const r of this.children) t.place(t.children.length, r.clone());
    return t;
  }

  override segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((r, i) => {
      if (i > 0) out.push("\n");
      out.push(...r.segments());
    });
    return out;
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): Table {
    return this.clone().proxy;
  }

  getType(): ElementType {
    return this.type as unknown as ElementType;
  }

  asTable(): Table {
    return this.self;
  }

  /**
   * The table's own attributes and those of its text, each null where the characters differ
   * (https://developers.google.com/apps-script/reference/document/table#getAttributes()).
   */
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = { BORDER_WIDTH: this.attrs.BORDER_WIDTH ?? null };
    const nodes = this.textNodes();
    for (const a of TEXT_ATTRS) out[a] = uniform(nodes, a);
    return out;
  }

  /**
   * "each property name is an item in the DocumentApp.Attribute enumeration". A null value leaves
   * the attribute as it is (getAttributes gives null for what is unset or mixed); a text attribute
   * reaches all the table's text. An attribute that does not apply to a table is refused: the
   * fake does not guess whether Docs ignores it.
   */
  setAttributes(attributes: unknown): Table {
    if (typeof attributes !== "object" || attributes === null) {
      throw new Error("fake: setAttributes perlu objek atribut");
    }
    this.mutate();
    const text: Record<string, number | boolean> = {};
    for (const [key, raw] of Object.entries(attributes)) {
      if (!(key in ATTRIBUTE)) throw new Error(`fake: ${key} bukan DocumentApp.Attribute`);
      if (raw === null || raw === undefined) continue;
      const value = attrValue(key, raw);
      if (key === "BORDER_WIDTH") this.attrs[key] = value;
      else if ((TEXT_ATTRS as readonly string[]).includes(key)) text[key] = value as number | boolean;
      else throw new Error(`fake: atribut ${key} tidak berlaku untuk TABLE`);
    }
    for (const node of this.textNodes()) node.styleAll(text);
    return this.self;
  }

  getNumRows(): number {
    return this.children.length;
  }

  getRow(rowIndex: number): TableRow {
    const i = checkIndex(rowIndex, "rowIndex");
    const row = this.children[i];
    if (i < 0 || row === undefined) throw childIndexError(i, this.children.length, false);
    return row.proxy;
  }

  setBorderWidth(width: number): Table {
    this.mutate();
    this.attrs.BORDER_WIDTH = attrValue("BORDER_WIDTH", width);
    return this.self;
  }

  columns(): number {
    return Math.max(0, ...this.children.map((r) => r.children.length));
  }

  /** The merge a cell is part of (as its head or covered by it), or null. */
  mergeAt(row: number, column: number): CellMerge | null {
    return (
      this.merges.find(
        (m) => row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns,
      ) ?? null
    );
  }

  private column(columnIndex: unknown): number {
    const i = checkIndex(columnIndex, "columnIndex");
    if (i < 0 || i >= this.columns())
      throw new Error(`fake: kolom ${i} di luar tabel ${this.columns()} kolom`);
    return i;
  }

  /** In points; null for a column never set. */
  getColumnWidth(columnIndex: number): number {
    return (this.columnWidths.get(this.column(columnIndex)) ?? null) as number;
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    const i = this.column(columnIndex);
    this.mutate();
    this.columnWidths.set(i, numberAttr(width, "setColumnWidth", 0));
    return this.self;
  }
}
