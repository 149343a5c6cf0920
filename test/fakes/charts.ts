// Strict fakes of the Charts service: a data table, bar, column and scatter charts, and the chart image
// (a real, blank PNG of the chart's size, so InlineImage reads its size from the bytes as Docs
// does). What the chart shows travels with its blob as a ChartDump for the demo's renderer.
import { deflateSync } from "node:zlib";
import { createBlob } from "./blob";
import { type CallCounter, enumObject, Fake, type Iface, strict, unwrap } from "./core";

type Charts = GoogleAppsScript.Charts.Charts;
type Chart = GoogleAppsScript.Charts.Chart;
type ColumnType = GoogleAppsScript.Charts.ColumnType;
type DataTable = GoogleAppsScript.Charts.DataTable;
type DataTableBuilder = GoogleAppsScript.Charts.DataTableBuilder;
type DataTableSource = GoogleAppsScript.Charts.DataTableSource;
type BarChartBuilder = GoogleAppsScript.Charts.BarChartBuilder;
type ColumnChartBuilder = GoogleAppsScript.Charts.ColumnChartBuilder;
type ScatterChartBuilder = GoogleAppsScript.Charts.ScatterChartBuilder;
type PointStyle = GoogleAppsScript.Charts.PointStyle;
type Position = GoogleAppsScript.Charts.Position;
type Blob = GoogleAppsScript.Base.Blob;

const IFACE = {
  Charts: { file: "charts", name: "Charts" },
  Chart: { file: "charts", name: "Chart" },
  DataTableBuilder: { file: "charts", name: "DataTableBuilder" },
  BarChartBuilder: { file: "charts", name: "BarChartBuilder" },
  ColumnChartBuilder: { file: "charts", name: "ColumnChartBuilder" },
  ScatterChartBuilder: { file: "charts", name: "ScatterChartBuilder" },
} as const satisfies Record<string, Iface>;

export type ChartCell = string | number | Date;

/** Scatter: column 0 is x, each further NUMBER column a series of y. */
export type ChartKind = "bar" | "column" | "scatter";

export interface AxisRange {
  readonly start: number;
  readonly end: number;
}

/** A chart as data: what the demo's HTML renderer draws in place of the image. */
export interface ChartDump {
  readonly kind: ChartKind;
  readonly title: string | null;
  readonly xAxisTitle: string | null;
  readonly yAxisTitle: string | null;
  readonly colors: readonly string[] | null;
  /** setRange(start, end) of the value axis (bar, column). */
  readonly range: AxisRange | null;
  /** setXAxisRange / setYAxisRange (scatter). */
  readonly xRange: AxisRange | null;
  readonly yRange: AxisRange | null;
  /** setPointStyle (scatter): the Charts.PointStyle name, e.g. "MEDIUM". */
  readonly pointStyle: string | null;
  /** setLegendPosition (scatter): the Charts.Position name, e.g. "NONE". */
  readonly legendPosition: string | null;
  /** setOption(path, value) calls, by path ("legend.position", "series.1.type"...). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly width: number;
  readonly height: number;
  readonly columns: readonly { readonly type: string; readonly label: string }[];
  readonly rows: readonly (readonly ChartCell[])[];
}

/**
 * Size of a chart built without setDimensions. NOT verified: the reference does not state the
 * default; 600 x 400 is an assumption of this fake.
 */
export const DEFAULT_CHART_SIZE = { width: 600, height: 400 } as const;

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

// --- PNG -----------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const pngCache = new Map<string, Uint8Array>();

/** A valid, white, 8-bit greyscale PNG of the given size: deterministic bytes. */
export function blankPng(width: number, height: number): Uint8Array {
  const key = `${width}x${height}`;
  const cached = pngCache.get(key);
  if (cached) return cached.slice();
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const row = width + 1;
  const raw = new Uint8Array(row * height).fill(0xff);
  for (let y = 0; y < height; y++) raw[y * row] = 0; // filter type "None" for each scanline
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", new Uint8Array(deflateSync(raw))),
    chunk("IEND", new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  pngCache.set(key, png);
  return png.slice();
}

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// --- DataTable -----------------------------------------------------------------------------

/**
 * DataTable has no methods ("a DataTable can be passed around, but not manipulated directly"),
 * so it is a frozen plain object, not a strict proxy.
 */
export class FakeDataTable {
  constructor(
    readonly columns: readonly { readonly type: string; readonly label: string }[],
    readonly rows: readonly (readonly ChartCell[])[],
  ) {
    Object.freeze(this);
  }
}

const COLUMN_TYPES = enumObject<typeof GoogleAppsScript.Charts.ColumnType>("charts", "ColumnType");

function copyCell(v: ChartCell): ChartCell {
  return isDate(v) ? new Date(v.getTime()) : v;
}

// https://developers.google.com/apps-script/reference/charts/data-table-builder
class FakeDataTableBuilder
  extends Fake<DataTableBuilder>
  implements Pick<DataTableBuilder, "addColumn" | "addRow" | "build">
{
  readonly columns: { type: string; label: string }[] = [];
  readonly rows: ChartCell[][] = [];

  addColumn(type: ColumnType, label: string): DataTableBuilder {
    const t = String(type);
    if (!(t in COLUMN_TYPES))
      throw new Error(`fake: DataTableBuilder.addColumn: jenis kolom tidak dikenal: ${t}`);
    if (this.rows.length > 0)
      throw new Error("fake: DataTableBuilder.addColumn setelah addRow tidak dimodelkan");
    this.columns.push({ type: t, label: String(label) });
    return this.self;
  }

  /** Each value must fit its column's type: a number for NUMBER, a string for STRING, a Date for DATE. */
  addRow(values: unknown[]): DataTableBuilder {
    if (!Array.isArray(values) || values.length !== this.columns.length) {
      throw new Error(
        `fake: DataTableBuilder.addRow: ${Array.isArray(values) ? values.length : "bukan larik"} nilai untuk ${this.columns.length} kolom`,
      );
    }
    const row = values.map((v, i) => {
      const type = this.columns[i]?.type;
      const ok =
        (type === "NUMBER" && typeof v === "number" && Number.isFinite(v)) ||
        (type === "STRING" && typeof v === "string") ||
        (type === "DATE" && isDate(v));
      if (!ok) throw new Error(`fake: DataTableBuilder.addRow: nilai ${String(v)} bukan ${String(type)}`);
      return copyCell(v as ChartCell);
    });
    this.rows.push(row);
    return this.self;
  }

  build(): DataTable {
    return this.snapshot();
  }

  snapshot(): FakeDataTable {
    if (this.columns.length === 0) throw new Error("fake: DataTableBuilder.build tanpa kolom");
    return new FakeDataTable(
      this.columns.map((c) => ({ ...c })),
      this.rows.map((r) => r.map(copyCell)),
    );
  }
}

// --- Chart ---------------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/charts/chart
export class FakeChart extends Fake<Chart> implements Pick<Chart, "getAs" | "getBlob"> {
  constructor(
    private readonly counts: CallCounter,
    readonly dump: ChartDump,
  ) {
    super();
  }

  /** The chart as a PNG image: the only conversion modelled. */
  getAs(contentType: string): Blob {
    if (contentType !== "image/png") {
      throw new Error(`fake: Chart.getAs("${String(contentType)}") tidak dimodelkan; hanya "image/png"`);
    }
    return this.image();
  }

  getBlob(): Blob {
    return this.image();
  }

  /** Not counted: what getBlob gives, for the other fakes (Body.appendImage(chart)). */
  image(): Blob {
    return createBlob(this.counts, blankPng(this.dump.width, this.dump.height), "image/png", null, this.dump);
  }
}

type ChartBuilderBaseImpl<B> = {
  setDataTable(table: DataTableBuilder | DataTableSource): B;
  setTitle(chartTitle: string): B;
  setXAxisTitle(title: string): B;
  setYAxisTitle(title: string): B;
  setDimensions(width: number, height: number): B;
  setColors(cssValues: string[]): B;
  setOption(option: string, value: unknown): B;
  build(): Chart;
};

type ChartBuilderImpl<B> = ChartBuilderBaseImpl<B> & { setRange(start: number, end: number): B };

type ScatterChartBuilderImpl = ChartBuilderBaseImpl<ScatterChartBuilder> &
  Pick<ScatterChartBuilder, "setXAxisRange" | "setYAxisRange" | "setPointStyle" | "setLegendPosition">;

function axisRange(method: string, start: number, end: number): AxisRange {
  if (typeof start !== "number" || typeof end !== "number" || !(start < end)) {
    throw new Error(`fake: ${method}: perlu start < end, bukan ${String(start)}..${String(end)}`);
  }
  return { start, end };
}

/** The members every builder here shares, and the chart they build. */
abstract class FakeChartBuilderBase<B extends object> extends Fake<B> implements ChartBuilderBaseImpl<B> {
  private table: FakeDataTableBuilder | FakeDataTable | undefined;
  private title: string | null = null;
  private xAxisTitle: string | null = null;
  private yAxisTitle: string | null = null;
  private colors: string[] | null = null;
  protected range: AxisRange | null = null;
  protected xRange: AxisRange | null = null;
  protected yRange: AxisRange | null = null;
  protected pointStyle: string | null = null;
  protected legendPosition: string | null = null;
  private size: { width: number; height: number } = { ...DEFAULT_CHART_SIZE };
  private readonly options: Record<string, unknown> = {};

  constructor(
    private readonly counts: CallCounter,
    private readonly kind: ChartKind,
  ) {
    super();
  }

  /** A DataTableBuilder (read when the chart is built) or a built DataTable. */
  setDataTable(table: DataTableBuilder | DataTableSource): B {
    this.table =
      table instanceof FakeDataTable
        ? table
        : unwrap(table, FakeDataTableBuilder, "DataTableBuilder/DataTable");
    return this.self;
  }

  setTitle(chartTitle: string): B {
    this.title = String(chartTitle);
    return this.self;
  }

  setXAxisTitle(title: string): B {
    this.xAxisTitle = String(title);
    return this.self;
  }

  setYAxisTitle(title: string): B {
    this.yAxisTitle = String(title);
    return this.self;
  }

  setDimensions(width: number, height: number): B {
    for (const v of [width, height]) {
      if (typeof v !== "number" || !Number.isInteger(v) || v <= 0) {
        throw new Error(`fake: setDimensions: ukuran harus bilangan bulat positif, bukan ${String(v)}`);
      }
    }
    this.size = { width, height };
    return this.self;
  }

  setColors(cssValues: string[]): B {
    if (!Array.isArray(cssValues) || cssValues.some((c) => typeof c !== "string")) {
      throw new Error("fake: setColors: harus larik warna CSS");
    }
    this.colors = [...cssValues];
    return this.self;
  }

  setOption(option: string, value: unknown): B {
    this.options[String(option)] = structuredClone(value);
    return this.self;
  }

  /** Throws when the data cannot be drawn as this kind of chart. */
  protected checkTable(_table: FakeDataTable): void {}

  build(): Chart {
    if (this.table === undefined) throw new Error("fake: bagan dibangun tanpa setDataTable");
    const table = this.table instanceof FakeDataTable ? this.table : this.table.snapshot();
    this.checkTable(table);
    const dump: ChartDump = {
      kind: this.kind,
      title: this.title,
      xAxisTitle: this.xAxisTitle,
      yAxisTitle: this.yAxisTitle,
      colors: this.colors === null ? null : [...this.colors],
      range: this.range === null ? null : { ...this.range },
      xRange: this.xRange === null ? null : { ...this.xRange },
      yRange: this.yRange === null ? null : { ...this.yRange },
      pointStyle: this.pointStyle,
      legendPosition: this.legendPosition,
      options: structuredClone(this.options),
      width: this.size.width,
      height: this.size.height,
      columns: table.columns,
      rows: table.rows,
    };
    const chart = new FakeChart(this.counts, dump);
    return strict(chart, IFACE.Chart, this.counts);
  }
}

// https://developers.google.com/apps-script/reference/charts/bar-chart-builder and
// https://developers.google.com/apps-script/reference/charts/column-chart-builder: the same members.
abstract class FakeChartBuilder<B extends object>
  extends FakeChartBuilderBase<B>
  implements ChartBuilderImpl<B>
{
  setRange(start: number, end: number): B {
    this.range = axisRange("setRange", start, end);
    return this.self;
  }
}

class FakeBarChartBuilder extends FakeChartBuilder<BarChartBuilder> {}
class FakeColumnChartBuilder extends FakeChartBuilder<ColumnChartBuilder> {}

const POINT_STYLES = enumObject<typeof GoogleAppsScript.Charts.PointStyle>("charts", "PointStyle");
const POSITIONS = enumObject<typeof GoogleAppsScript.Charts.Position>("charts", "Position");

function enumMember(method: string, value: unknown, members: object, what: string): string {
  const name = String(value);
  if (!Object.keys(members).includes(name))
    throw new Error(`fake: ${method}: ${what} tidak dikenal: ${name}`);
  return name;
}

// https://developers.google.com/apps-script/reference/charts/scatter-chart-builder
class FakeScatterChartBuilder
  extends FakeChartBuilderBase<ScatterChartBuilder>
  implements ScatterChartBuilderImpl
{
  constructor(counts: CallCounter) {
    super(counts, "scatter");
  }

  setXAxisRange(start: number, end: number): ScatterChartBuilder {
    this.xRange = axisRange("setXAxisRange", start, end);
    return this.self;
  }

  setYAxisRange(start: number, end: number): ScatterChartBuilder {
    this.yRange = axisRange("setYAxisRange", start, end);
    return this.self;
  }

  setPointStyle(style: PointStyle): ScatterChartBuilder {
    this.pointStyle = enumMember("setPointStyle", style, POINT_STYLES, "PointStyle");
    return this.self;
  }

  setLegendPosition(position: Position): ScatterChartBuilder {
    this.legendPosition = enumMember("setLegendPosition", position, POSITIONS, "Position");
    return this.self;
  }

  /**
   * A scatter plots numbers against numbers: column 0 is x (a NUMBER, or a DATE), every further
   * column a NUMBER series of y (Google Charts' ScatterChart data format). NOT verified how the
   * real service fails on a STRING column; this fake refuses it when the chart is built.
   */
  protected override checkTable(table: FakeDataTable): void {
    const [x, ...ys] = table.columns;
    if (
      !x ||
      ys.length === 0 ||
      !["NUMBER", "DATE"].includes(x.type) ||
      ys.some((c) => c.type !== "NUMBER")
    ) {
      throw new Error(
        `fake: ScatterChartBuilder.build: kolom 0 harus NUMBER atau DATE dan kolom berikutnya NUMBER, bukan ${table.columns.map((c) => c.type).join(", ")}`,
      );
    }
  }
}

// https://developers.google.com/apps-script/reference/charts/charts
class FakeCharts
  extends Fake<Charts>
  implements
    Pick<
      Charts,
      | "ColumnType"
      | "PointStyle"
      | "Position"
      | "newDataTable"
      | "newBarChart"
      | "newColumnChart"
      | "newScatterChart"
    >
{
  readonly ColumnType = COLUMN_TYPES;
  readonly PointStyle = POINT_STYLES;
  readonly Position = POSITIONS;

  constructor(private readonly counts: CallCounter) {
    super();
  }

  newDataTable(): DataTableBuilder {
    return strict(new FakeDataTableBuilder(), IFACE.DataTableBuilder, this.counts);
  }

  newBarChart(): BarChartBuilder {
    return strict(new FakeBarChartBuilder(this.counts, "bar"), IFACE.BarChartBuilder, this.counts);
  }

  newColumnChart(): ColumnChartBuilder {
    return strict(new FakeColumnChartBuilder(this.counts, "column"), IFACE.ColumnChartBuilder, this.counts);
  }

  newScatterChart(): ScatterChartBuilder {
    return strict(new FakeScatterChartBuilder(this.counts), IFACE.ScatterChartBuilder, this.counts);
  }
}

export function createCharts(counts: CallCounter): Charts {
  return strict(new FakeCharts(counts), IFACE.Charts, counts);
}

/** The chart behind a proxy, or undefined when the value is not one of ours. */
export function chartOf(value: unknown): FakeChart | undefined {
  try {
    return unwrap(value, FakeChart, "Chart");
  } catch {
    return undefined;
  }
}
