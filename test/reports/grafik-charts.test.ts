// grafikCharts (src/reports/googleDocs.ts) against the Charts fake: the chart images of the Google Doc.
import { afterEach, describe, expect, it, vi } from "vitest";
import { UNSUR_PERMENPANRB_14_2017 } from "../../src/core/ikm";
import { grafikCharts } from "../../src/reports/googleDocs";
import { NAMA_KUADRAN_GRAFIK } from "../../src/reports/laporan/skm";
import type { Grafik } from "../../src/reports/model";
import { blobOf } from "../fakes/blob";
import { type ChartDump, createFakeGoogle } from "../fakes/index";

// An IPA of real-looking NRR for the 9 unsur of PermenPANRB 14/2017; means 31,38 / 9 and 31,5 / 9.
const KINERJA = [3.41, 3.41, 3.48, 3.73, 3.44, 3.57, 3.44, 3.53, 3.37];
const KEPENTINGAN = [3.6, 3.5, 3.7, 3.2, 3.4, 3.5, 3.6, 3.3, 3.7];
const IPA: Grafik = {
  judul: "Importance-Performance Analysis, Tahun 2023",
  label: [...UNSUR_PERMENPANRB_14_2017],
  nilai: KINERJA,
  satuan: "Kinerja (NRR)",
  sebar: {
    nilaiY: KEPENTINGAN,
    satuanY: "Kepentingan",
    rataX: 31.38 / 9,
    rataY: 31.5 / 9,
    kuadran: ["I", "I", "I", "IV", "III", "II", "I", "IV", "I"],
    namaKuadran: NAMA_KUADRAN_GRAFIK,
  },
};

function gambar(g: Grafik): { dump: ChartDump; counts: Record<string, number> } {
  const google = createFakeGoogle();
  vi.stubGlobal("Charts", google.Charts);
  const gambar = grafikCharts(g)!;
  return { dump: blobOf(gambar.blob, "Blob").chart!, counts: google.counts.snapshot() };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("grafikCharts: the IPA as a Charts scatter", () => {
  const { dump, counts } = gambar(IPA);

  it("plots kinerja across and kepentingan up, one row per unsur", () => {
    expect(dump.kind).toBe("scatter");
    expect(dump.columns).toEqual([
      { type: "NUMBER", label: "Kinerja (NRR)" },
      { type: "NUMBER", label: "Kepentingan" },
    ]);
    expect(dump.rows).toEqual(KINERJA.map((x, i) => [x, KEPENTINGAN[i]]));
    expect(dump.xAxisTitle).toBe("Kinerja (NRR)");
    expect(dump.yAxisTitle).toBe("Kepentingan");
    expect(dump.legendPosition).toBe("NONE");
    expect(dump.pointStyle).toBe("MEDIUM");
    expect([dump.width, dump.height]).toEqual([600, 450]);
  });

  it("names the means in the title, the Indonesian way", () => {
    expect(dump.title).toBe(
      "Importance-Performance Analysis, Tahun 2023 (rata-rata kinerja 3,49; kepentingan 3,50)",
    );
  });

  it("sets both axis ranges around the points and the means, with room at the edges", () => {
    expect(dump.xRange).toEqual({ start: 3.3, end: 3.8 });
    expect(dump.yRange).toEqual({ start: 3.1, end: 3.8 });
    for (const [x, y] of dump.rows as number[][]) {
      expect(x! - dump.xRange!.start).toBeGreaterThan(0.02);
      expect(dump.xRange!.end - x!).toBeGreaterThan(0.02);
      expect(y! - dump.yRange!.start).toBeGreaterThan(0.02);
      expect(dump.yRange!.end - y!).toBeGreaterThan(0.02);
    }
  });

  it("uses a handful of service calls, however many unsur", () => {
    expect(counts["Charts.newScatterChart"]).toBe(1);
    expect(counts["DataTableBuilder.addRow"]).toBe(9);
    expect(counts["Chart.getAs"]).toBe(1);
  });

  it("includes a mean outside the points in the axis", () => {
    const { dump: d } = gambar({ ...IPA, sebar: { ...IPA.sebar!, rataX: 2.5, rataY: 3.95 } });
    expect(d.xRange!.start).toBeLessThan(2.5);
    expect(d.yRange!.end).toBeGreaterThan(3.95);
    expect(d.title).toMatch(/\(rata-rata kinerja 2,50; kepentingan 3,95\)$/);
  });

  it("gives equal values a range, and leaves out points and means that are not numbers", () => {
    const sama = gambar({
      ...IPA,
      label: ["a", "b"],
      nilai: [3.5, 3.5],
      sebar: { ...IPA.sebar!, nilaiY: [3.5, 3.5], rataX: 3.5, rataY: 3.5 },
    }).dump;
    expect(sama.xRange!.start).toBeLessThan(3.5);
    expect(sama.xRange!.end).toBeGreaterThan(3.5);
    const rusak = gambar({
      ...IPA,
      label: ["a", "b", "c"],
      nilai: [3.4, Number.NaN],
      sebar: { ...IPA.sebar!, nilaiY: [3.6, 3.5, 3.7], rataX: Number.NaN, rataY: 3.6 },
    }).dump;
    expect(rusak.rows).toEqual([[3.4, 3.6]]);
    expect(rusak.title).toBe("Importance-Performance Analysis, Tahun 2023 (rata-rata kepentingan 3,60)");
    expect(JSON.stringify(rusak)).not.toMatch(/NaN|null,"end"/);
  });

  it("keeps the column chart for bars", () => {
    const { dump: d } = gambar({
      judul: "Capaian",
      label: ["Nilai IKM"],
      nilai: [101.02],
      satuan: "Capaian (%)",
    });
    expect(d.kind).toBe("column");
    expect(d.rows).toEqual([["Nilai IKM", 101.02]]);
    expect(d.title).toBe("Capaian");
  });
});
