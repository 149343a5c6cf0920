import { describe, expect, it } from "vitest";
import { blobOf } from "./blob";
import { type ChartDump, createFakeGoogle, pngSize } from "./index";

// An IPA of seed-like NRR (unsur 1, 4 and 9 of PermenPANRB 14/2017): kinerja across, kepentingan up.
const TITIK: [string, number, number][] = [
  ["Persyaratan", 3.41, 3.6],
  ["Biaya/Tarif", 3.73, 3.2],
  ["Sarana dan Prasarana", 3.37, 3.7],
];

function data(g: ReturnType<typeof createFakeGoogle>) {
  const t = g.Charts.newDataTable()
    .addColumn(g.Charts.ColumnType.NUMBER, "Kinerja (NRR)")
    .addColumn(g.Charts.ColumnType.NUMBER, "Kepentingan");
  for (const [, x, y] of TITIK) t.addRow([x, y]);
  return t;
}

const dumpOf = (blob: GoogleAppsScript.Base.Blob): ChartDump => blobOf(blob, "Blob").chart!;

describe("Charts.newScatterChart", () => {
  it("records what the scatter shows, with the PNG of its size", () => {
    const g = createFakeGoogle();
    const chart = g.Charts.newScatterChart()
      .setDataTable(data(g))
      .setTitle("IPA 2023 (rata-rata kinerja 3,50; kepentingan 3,50)")
      .setXAxisTitle("Kinerja (NRR)")
      .setYAxisTitle("Kepentingan")
      .setXAxisRange(3.3, 3.8)
      .setYAxisRange(3.1, 3.8)
      .setPointStyle(g.Charts.PointStyle.MEDIUM)
      .setLegendPosition(g.Charts.Position.NONE)
      .setColors(["#4472c4"])
      .setDimensions(640, 480)
      .build();
    const png = chart.getAs("image/png");
    expect(blobOf(png, "Blob").contentType).toBe("image/png");
    expect(pngSize(blobOf(png, "Blob").bytes)).toEqual({ width: 640, height: 480 });
    expect(dumpOf(png)).toEqual({
      kind: "scatter",
      title: "IPA 2023 (rata-rata kinerja 3,50; kepentingan 3,50)",
      xAxisTitle: "Kinerja (NRR)",
      yAxisTitle: "Kepentingan",
      colors: ["#4472c4"],
      xRange: { start: 3.3, end: 3.8 },
      yRange: { start: 3.1, end: 3.8 },
      pointStyle: "MEDIUM",
      legendPosition: "NONE",
      width: 640,
      height: 480,
      columns: [
        { type: "NUMBER", label: "Kinerja (NRR)" },
        { type: "NUMBER", label: "Kepentingan" },
      ],
      rows: TITIK.map(([, x, y]) => [x, y]),
    });
    expect(() => chart.getAs("image/svg+xml")).toThrow("tidak dimodelkan");
  });

  it("goes into a Doc like any chart", () => {
    const g = createFakeGoogle();
    const chart = g.Charts.newScatterChart().setDataTable(data(g)).build();
    const doc = g.DocumentApp.create("IPA");
    doc.getBody().insertImage(0, chart.getAs("image/png"));
    const dump = g.document(doc.getId()).__dump();
    const gambar = dump.body.flatMap((b) => (b.type === "paragraph" ? b.content : []));
    expect(gambar).toMatchObject([
      { type: "image", width: 600, height: 400, chart: { kind: "scatter", pointStyle: null, xRange: null } },
    ]);
  });

  it("counts every call of the builder, the chart and the service", () => {
    const g = createFakeGoogle();
    g.Charts.newScatterChart()
      .setDataTable(data(g))
      .setXAxisRange(3, 4)
      .setPointStyle(g.Charts.PointStyle.LARGE)
      .build()
      .getAs("image/png");
    expect(g.counts.snapshot()).toEqual({
      "Chart.getAs": 1,
      "Charts.newDataTable": 1,
      "Charts.newScatterChart": 1,
      "DataTableBuilder.addColumn": 2,
      "DataTableBuilder.addRow": 3,
      "ScatterChartBuilder.build": 1,
      "ScatterChartBuilder.setDataTable": 1,
      "ScatterChartBuilder.setPointStyle": 1,
      "ScatterChartBuilder.setXAxisRange": 1,
    });
  });

  it("has the Charts enums the types declare", () => {
    const g = createFakeGoogle();
    expect(Object.keys(g.Charts.PointStyle)).toEqual(["NONE", "TINY", "MEDIUM", "LARGE", "HUGE"]);
    expect(Object.keys(g.Charts.Position)).toEqual(["TOP", "RIGHT", "BOTTOM", "NONE"]);
    expect(String(g.Charts.Position.BOTTOM)).toBe("BOTTOM");
  });

  it("refuses what the real builder would not take", () => {
    const g = createFakeGoogle();
    const b = g.Charts.newScatterChart();
    expect(() => b.setXAxisRange(4, 3)).toThrow("fake: setXAxisRange: perlu start < end, bukan 4..3");
    expect(() => b.setYAxisRange(3.5, 3.5)).toThrow("fake: setYAxisRange: perlu start < end");
    expect(() => b.setYAxisRange(Number.NaN, 4)).toThrow("perlu start < end");
    expect(() => b.setPointStyle("BESAR" as unknown as GoogleAppsScript.Charts.PointStyle)).toThrow(
      "fake: setPointStyle: PointStyle tidak dikenal: BESAR",
    );
    expect(() => b.setLegendPosition("LEFT" as unknown as GoogleAppsScript.Charts.Position)).toThrow(
      "fake: setLegendPosition: Position tidak dikenal: LEFT",
    );
    expect(() => b.setDimensions(640.5, 480)).toThrow("bilangan bulat positif");
    expect(() => b.build()).toThrow("fake: bagan dibangun tanpa setDataTable");
    // Labels as x: a scatter needs numbers (or dates) across and numbers up.
    const teks = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, "Unsur")
      .addColumn(g.Charts.ColumnType.NUMBER, "Kinerja")
      .addRow(["Persyaratan", 3.41]);
    expect(() => g.Charts.newScatterChart().setDataTable(teks).build()).toThrow(
      "fake: ScatterChartBuilder.build: kolom 0 harus NUMBER atau DATE dan kolom berikutnya NUMBER, bukan STRING, NUMBER",
    );
    const satu = g.Charts.newDataTable().addColumn(g.Charts.ColumnType.NUMBER, "Kinerja").addRow([3.41]);
    expect(() => g.Charts.newScatterChart().setDataTable(satu).build()).toThrow("bukan NUMBER");
  });

  it("is strict: members of the real builders it does not model throw", () => {
    const g = createFakeGoogle();
    const b = g.Charts.newScatterChart();
    expect(() => b.setXAxisLogScale()).toThrow(
      "fake: ScatterChartBuilder.setXAxisLogScale tidak diimplementasikan",
    );
    expect(() => b.setOption("pointSize", 7)).toThrow("tidak diimplementasikan");
    expect(() => g.Charts.newColumnChart().setRange(0, 120)).toThrow(
      "fake: ColumnChartBuilder.setRange tidak diimplementasikan",
    );
    expect(() => g.Charts.newColumnChart().setColors(["#fff"])).toThrow("tidak diimplementasikan");
    expect(() => g.Charts.newBarChart()).toThrow("fake: Charts.newBarChart tidak diimplementasikan");
    expect(() => g.Charts.newDataTable().build()).toThrow(
      "fake: DataTableBuilder.build tidak diimplementasikan",
    );
    expect(() => g.Charts.ChartType).toThrow("fake: Charts.ChartType tidak diimplementasikan");
  });
});

describe("Charts.newColumnChart", () => {
  it("records the values by label, the scatter fields empty, 600 x 400 unless sized", () => {
    const g = createFakeGoogle();
    const t = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, "")
      .addColumn(g.Charts.ColumnType.NUMBER, "Capaian (%)")
      .addRow(["Nilai IKM", 101.02]);
    expect(() => t.addRow(["x", "101,02"])).toThrow("bukan NUMBER");
    expect(() => t.addRow(["x"])).toThrow("1 nilai untuk 2 kolom");
    expect(() => t.addColumn(g.Charts.ColumnType.NUMBER, "lagi")).toThrow("setelah addRow");
    const blob = g.Charts.newColumnChart()
      .setDataTable(t)
      .setTitle("Capaian")
      .setYAxisTitle("%")
      .build()
      .getAs("image/png");
    expect(dumpOf(blob)).toEqual({
      kind: "column",
      title: "Capaian",
      xAxisTitle: null,
      yAxisTitle: "%",
      colors: null,
      xRange: null,
      yRange: null,
      pointStyle: null,
      legendPosition: null,
      width: 600,
      height: 400,
      columns: [
        { type: "STRING", label: "" },
        { type: "NUMBER", label: "Capaian (%)" },
      ],
      rows: [["Nilai IKM", 101.02]],
    });
    expect(pngSize(blobOf(blob, "Blob").bytes)).toEqual({ width: 600, height: 400 });
    expect(() => g.Charts.newColumnChart().setDataTable(g.Charts.newDataTable()).build()).toThrow(
      "tanpa kolom",
    );
  });
});
