// The IPA scatter draws the quadrants the report model gives and computes none: src/reports/html/sebar.ts.
import { describe, expect, it } from "vitest";
import { kuadranIpa } from "../../../src/core/ikm";
import { svgSebar } from "../../../src/reports/html/sebar";
import { NAMA_KUADRAN_GRAFIK } from "../../../src/reports/laporan/skm";
import type { Grafik, Sebar } from "../../../src/reports/model";

const dekode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Each dot's <title>, one line per point. */
const judulTitik = (svg: string) =>
  [...svg.matchAll(/<g class="titik"><title>([^<]*)<\/title>/g)].flatMap((m) => dekode(m[1]!).split("\n"));

/** The captions in the corners, in the order drawn, with their colour. */
const namaPojok = (svg: string) =>
  [...svg.matchAll(/fill="([^"]+)" class="kuadran">(.*?)<\/text>/g)].map((m) => ({
    warna: m[1],
    teks: [...m[2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => dekode(t[1]!)).join(" "),
  }));

const titikDi = (svg: string) =>
  [...svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

function garisRata(svg: string): { x: number; y: number } {
  const garis = [
    ...svg.matchAll(/<line x1="([^"]+)" y1="([^"]+)" x2="([^"]+)" y2="([^"]+)" stroke="#404040"/g),
  ].map((m) => m.slice(1, 5).map(Number));
  return { x: garis.find(([x1, , x2]) => x1 === x2)![0]!, y: garis.find(([, y1, , y2]) => y1 === y2)![1]! };
}

const gambar = (g: Grafik) => svgSebar(g, g.sebar!);

function grafik(label: string[], nilai: number[], sebar: Sebar): Grafik {
  return { judul: "IPA", label, nilai, satuan: "Kinerja", sebar };
}

describe("svgSebar: the quadrants are the model's", () => {
  it("names each point's quadrant as the model gives it, where the float mean would say otherwise", () => {
    // Three equal NRR: their float mean is 3,7000000000000006, a hair above each of them. Core
    // counts a value equal to its mean as at or above it (II); "x >= rata" would say I.
    const kinerja = [3.7, 3.7, 3.7];
    const kepentingan = [3.3, 3.3, 3.3];
    const ipa = kuadranIpa(kinerja, kepentingan);
    expect(kinerja[0]! >= ipa.rataKinerja).toBe(false);
    expect(ipa.kuadran).toEqual(["II", "II", "II"]);
    const s = gambar(
      grafik(["Persyaratan", "Biaya/Tarif", "Sarana dan Prasarana"], kinerja, {
        nilaiY: kepentingan,
        satuanY: "Kepentingan",
        rataX: ipa.rataKinerja,
        rataY: ipa.rataKepentingan,
        kuadran: ipa.kuadran,
        namaKuadran: NAMA_KUADRAN_GRAFIK,
      }),
    );
    expect(judulTitik(s)).toEqual([
      "1. Persyaratan: Kinerja 3,70; Kepentingan 3,30 (kuadran II Pertahankan Prestasi)",
      "2. Biaya/Tarif: Kinerja 3,70; Kepentingan 3,30 (kuadran II Pertahankan Prestasi)",
      "3. Sarana dan Prasarana: Kinerja 3,70; Kepentingan 3,30 (kuadran II Pertahankan Prestasi)",
    ]);
  });

  it("draws each dot where its values are and says the model's quadrant, whatever side of the means it is on", () => {
    // Unsur 1 is left of and above the means (I by its place); the model says IV, and is obeyed.
    const s = gambar(
      grafik(["U1", "U2"], [3.2, 3.8], {
        nilaiY: [3.8, 3.2],
        satuanY: "Kepentingan",
        rataX: 3.5,
        rataY: 3.5,
        kuadran: ["IV", "I"],
        namaKuadran: NAMA_KUADRAN_GRAFIK,
      }),
    );
    const { x, y } = garisRata(s);
    const [satu, dua] = titikDi(s);
    expect(satu![0]).toBeLessThan(x);
    expect(satu![1]).toBeLessThan(y);
    expect(dua![0]).toBeGreaterThan(x);
    expect(dua![1]).toBeGreaterThan(y);
    expect(judulTitik(s)).toEqual([
      "1. U1: Kinerja 3,20; Kepentingan 3,80 (kuadran IV Berlebihan)",
      "2. U2: Kinerja 3,80; Kepentingan 3,20 (kuadran I Prioritas Perbaikan)",
    ]);
  });

  it("prints the model's captions in the corners, I top-left to IV bottom-right, and nothing it lacks", () => {
    const s = gambar(
      grafik(["U1", "U2", "U3"], [3.2, 3.8, 3.4], {
        nilaiY: [3.8, 3.2, 3.3],
        satuanY: "Kepentingan",
        rataX: 3.5,
        rataY: 3.5,
        kuadran: ["I", "IV", "III"],
        namaKuadran: { I: "Perbaiki", II: "Jaga", III: "", IV: "Kurangi" },
      }),
    );
    expect(namaPojok(s)).toEqual([
      { warna: "#a50000", teks: "Perbaiki" },
      { warna: "#1e6b24", teks: "Jaga" },
      { warna: "#8a4b00", teks: "Kurangi" },
    ]);
    // A quadrant without a caption is not named in its points' descriptions either.
    expect(judulTitik(s)).toEqual([
      "1. U1: Kinerja 3,20; Kepentingan 3,80 (kuadran Perbaiki)",
      "2. U2: Kinerja 3,80; Kepentingan 3,20 (kuadran Kurangi)",
      "3. U3: Kinerja 3,40; Kepentingan 3,30",
    ]);
  });

  it("draws a model without quadrants (sent by an older server) with its means and no quadrant names", () => {
    const lama = { nilaiY: [3.8, 3.2], satuanY: "Kepentingan", rataX: 3.5, rataY: 3.5 } as unknown as Sebar;
    const s = gambar(grafik(["U1", "U2"], [3.2, 3.8], lama));
    expect(s).not.toMatch(/NaN|Infinity|undefined/);
    expect(titikDi(s)).toHaveLength(2);
    expect(namaPojok(s)).toEqual([]);
    expect(judulTitik(s)).toEqual([
      "1. U1: Kinerja 3,20; Kepentingan 3,80",
      "2. U2: Kinerja 3,80; Kepentingan 3,20",
    ]);
    // The quadrants are still shaded: the means are drawn.
    expect(s).toContain('fill="#fbe5e3"');
    // A quadrant that is not one of I-IV is named nowhere.
    const aneh = gambar(
      grafik(["U1", "U2"], [3.2, 3.8], {
        ...lama,
        kuadran: ["V", "II"] as never,
        namaKuadran: NAMA_KUADRAN_GRAFIK,
      }),
    );
    expect(judulTitik(aneh)).toEqual([
      "1. U1: Kinerja 3,20; Kepentingan 3,80",
      "2. U2: Kinerja 3,80; Kepentingan 3,20 (kuadran II Pertahankan Prestasi)",
    ]);
  });
});
