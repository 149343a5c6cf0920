// Strict fakes of the Charts service as src/reports/googleDocs.ts uses it: a data table, column and
// scatter charts, and the chart image (a real, blank PNG of the chart's size, so InlineImage
// reads its size from the bytes as Docs does). What the chart shows travels with its blob as a
// ChartDump for the demo's renderer.
import { deflateSync } from "node:zlib";
import { createBlob } from "./blob";
import { type CallCounter, enumObject, Fake, type Iface, strict, unwrap } from "./core";

type Charts = GoogleAppsScript.Charts.Charts;
type Chart = GoogleAppsScript.Charts.Chart;
type ColumnType = GoogleAppsScript.Charts.ColumnType;
type DataTableBuilder = GoogleAppsScript.Charts.DataTableBuilder;
type DataTableSource = GoogleAppsScript.Charts.DataTableSource;
type ColumnChartBuilder = GoogleAppsScript.Charts.ColumnChartBuilder;
type ScatterChartBuilder = GoogleAppsScript.Charts.ScatterChartBuilder;
type PointStyle = GoogleAppsScript.Charts.PointStyle;
type Position = GoogleAppsScript.Charts.Position;
type Blob = GoogleAppsScript.Base.Blob;

const IFACE = {
  Charts: { file: "charts", name: "Charts" },
  Chart: { file: "charts", name: "Chart" },
  DataTableBuilder: { file: "charts", name: "DataTableBuilder" },
  ColumnChartBuilder: { file: "charts", name: "ColumnChartBuilder" },
  ScatterChartBuilder: { file: "charts", name: "ScatterChartBuilder" },
} as const satisfies Record<string, Iface>;

export type ChartCell = string | number | Date;

/** Scatter: column 0 is x, each further NUMBER column a series of y. */
export type ChartKind = "column" | "scatter";

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
  /** setColors (scatter). */
  readonly colors: readonly string[] | null;
  /** setXAxisRange / setYAxisRange (scatter). */
  readonly xRange: AxisRange | null;
  readonly yRange: AxisRange | null;
  /** setPointStyle (scatter): the Charts.PointStyle name, e.g. "MEDIUM". */
  readonly pointStyle: string | null;
  /** setLegendPosition (scatter): the Charts.Position name, e.g. "NONE". */
  readonly legendPosition: string | null;
  readonly width: number;
  readonly height: number;
  readonly columns: readonly { readonly type: string; readonly label: string }[];
  readonly rows: readonly (readonly ChartCell[])[];
}

/**
 * Size of a chart built without setDimensions. NOT verified: the reference does not state the
 * default; 600 x 400 is an assumption of this fake.
 */
const DEFAULT_CHART_SIZE = { width: 600, height: 400 } as const;

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

const COLUMN_TYPES = enumObject<typeof GoogleAppsScript.Charts.ColumnType>("charts", "ColumnType");

function copyCell(v: ChartCell): ChartCell {
  return isDate(v) ? new Date(v.getTime()) : v;
}

// https://developers.google.com/apps-script/reference/charts/data-table-builder
// Product code hands the builder itself to setDataTable (a DataTableSource): build() is not
// modelled, the chart reads the builder when it is built.
class FakeDataTableBuilder
  extends Fake<DataTableBuilder>
  implements Pick<DataTableBuilder, "addColumn" | "addRow">
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
}

// --- Chart ---------------------------------------------------------------------------------

// https://developers.google.com/apps-script/reference/charts/chart
class FakeChart extends Fake<Chart> implements Pick<Chart, "getAs"> {
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
    return createBlob(this.counts, blankPng(this.dump.width, this.dump.height), "image/png", null, this.dump);
  }
}

function axisRange(method: string, start: number, end: number): AxisRange {
  if (typeof start !== "number" || typeof end !== "number" || !(start < end)) {
    throw new Error(`fake: ${method}: perlu start < end, bukan ${String(start)}..${String(end)}`);
  }
  return { start, end };
}

type ColumnChartImpl = Pick<
  ColumnChartBuilder,
  "build" | "setDataTable" | "setDimensions" | "setTitle" | "setYAxisTitle"
>;

/** The members both builders here share, and the chart they build. */
abstract class FakeChartBuilder<B extends object> extends Fake<B> {
  private table: FakeDataTableBuilder | undefined;
  private title: string | null = null;
  protected xAxisTitle: string | null = null;
  private yAxisTitle: string | null = null;
  protected colors: string[] | null = null;
  protected xRange: AxisRange | null = null;
  protected yRange: AxisRange | null = null;
  protected pointStyle: string | null = null;
  protected legendPosition: string | null = null;
  private size: { width: number; height: number } = { ...DEFAULT_CHART_SIZE };

  constructor(
    private readonly counts: CallCounter,
    private readonly kind: ChartKind,
  ) {
    super();
  }

  /** The DataTableBuilder, read when the chart is built. */
  setDataTable(table: DataTableBuilder | DataTableSource): B {
    this.table = unwrap(table, FakeDataTableBuilder, "DataTableBuilder");
    return this.self;
  }

  setTitle(chartTitle: string): B {
    this.title = String(chartTitle);
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

  /** Throws when the data cannot be drawn as this kind of chart. */
  protected checkTable(_columns: readonly { readonly type: string }[]): void {}

  build(): Chart {
    if (this.table === undefined) throw new Error("fake: bagan dibangun tanpa setDataTable");
    if (this.table.columns.length === 0) throw new Error("fake: bagan dengan tabel data tanpa kolom");
    const columns = this.table.columns.map((c) => ({ ...c }));
    this.checkTable(columns);
    const dump: ChartDump = {
      kind: this.kind,
      title: this.title,
      xAxisTitle: this.xAxisTitle,
      yAxisTitle: this.yAxisTitle,
      colors: this.colors === null ? null : [...this.colors],
      xRange: this.xRange === null ? null : { ...this.xRange },
      yRange: this.yRange === null ? null : { ...this.yRange },
      pointStyle: this.pointStyle,
      legendPosition: this.legendPosition,
      width: this.size.width,
      height: this.size.height,
      columns,
      rows: this.table.rows.map((r) => r.map(copyCell)),
    };
    return strict(new FakeChart(this.counts, dump), IFACE.Chart, this.counts);
  }
}

// https://developers.google.com/apps-script/reference/charts/column-chart-builder
class FakeColumnChartBuilder extends FakeChartBuilder<ColumnChartBuilder> implements ColumnChartImpl {}

const POINT_STYLES = enumObject<typeof GoogleAppsScript.Charts.PointStyle>("charts", "PointStyle");
const POSITIONS = enumObject<typeof GoogleAppsScript.Charts.Position>("charts", "Position");

function enumMember(method: string, value: unknown, members: object, what: string): string {
  const name = String(value);
  if (!Object.keys(members).includes(name))
    throw new Error(`fake: ${method}: ${what} tidak dikenal: ${name}`);
  return name;
}

type ScatterChartImpl = Pick<
  ScatterChartBuilder,
  | "build"
  | "setColors"
  | "setDataTable"
  | "setDimensions"
  | "setLegendPosition"
  | "setPointStyle"
  | "setTitle"
  | "setXAxisRange"
  | "setXAxisTitle"
  | "setYAxisRange"
  | "setYAxisTitle"
>;

// https://developers.google.com/apps-script/reference/charts/scatter-chart-builder
class FakeScatterChartBuilder extends FakeChartBuilder<ScatterChartBuilder> implements ScatterChartImpl {
  setXAxisTitle(title: string): ScatterChartBuilder {
    this.xAxisTitle = String(title);
    return this.self;
  }

  setColors(cssValues: string[]): ScatterChartBuilder {
    if (!Array.isArray(cssValues) || cssValues.some((c) => typeof c !== "string")) {
      throw new Error("fake: setColors: harus larik warna CSS");
    }
    this.colors = [...cssValues];
    return this.self;
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
  protected override checkTable(columns: readonly { readonly type: string }[]): void {
    const [x, ...ys] = columns;
    if (
      !x ||
      ys.length === 0 ||
      !["NUMBER", "DATE"].includes(x.type) ||
      ys.some((c) => c.type !== "NUMBER")
    ) {
      throw new Error(
        `fake: ScatterChartBuilder.build: kolom 0 harus NUMBER atau DATE dan kolom berikutnya NUMBER, bukan ${columns.map((c) => c.type).join(", ")}`,
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
      "ColumnType" | "PointStyle" | "Position" | "newDataTable" | "newColumnChart" | "newScatterChart"
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

  newColumnChart(): ColumnChartBuilder {
    return strict(new FakeColumnChartBuilder(this.counts, "column"), IFACE.ColumnChartBuilder, this.counts);
  }

  newScatterChart(): ScatterChartBuilder {
    return strict(
      new FakeScatterChartBuilder(this.counts, "scatter"),
      IFACE.ScatterChartBuilder,
      this.counts,
    );
  }
}

export function createCharts(counts: CallCounter): Charts {
  return strict(new FakeCharts(counts), IFACE.Charts, counts);
}
