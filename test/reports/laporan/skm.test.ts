// The IPA chart of the SKM report model (src/reports/laporan/skm.ts): every value computed in core,
// the quadrants included, so that the chart says what the IPA table says.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { NAMA_KUADRAN } from "../../../src/core/ikm";
import { bulatkan } from "../../../src/core/pembulatan";
import { parsePeriode } from "../../../src/core/skm";
import { analisisBukuKerja, dataSkm, NAMA_KUADRAN_GRAFIK } from "../../../src/reports/laporan/skm";
import { bukuKerjaContoh } from "../../bantu";

describe("dataSkm: the IPA chart (Kecamatan Klakah 2023, seed 001)", () => {
  const bk = bukuKerjaContoh(CONTOH_KLAKAH_2023);
  const periode = parsePeriode("TAHUN");
  const data = dataSkm(bk, periode, new Date(2024, 0, 15));
  const ipa = analisisBukuKerja(bk, periode).ipa!;
  const sebar = data.grafik.ipa!.sebar!;

  it("gives each unsur the quadrant of the IPA table, as core's kuadranIpa put it", () => {
    expect(sebar.kuadran).toEqual(ipa.baris.map((b) => b.kuadran));
    expect(sebar.kuadran).toEqual(data.daftar.ipa!.map((r) => r.kuadran));
    // Unsur 8 prints 3,36 beside a mean that prints 3,36, yet lies below the mean: III, not IV.
    expect(data.daftar.ipa![7]!.kinerja).toBe("3,36");
    expect(data.nilai.rataKinerja).toBe("3,36");
    expect(ipa.baris[7]!.kinerja).toBeLessThan(ipa.rataKinerja);
    expect(sebar.kuadran[7]).toBe("III");
  });

  it("names the quadrants with core's names, after their numerals", () => {
    expect(sebar.namaKuadran).toEqual({
      I: `I ${NAMA_KUADRAN.I}`,
      II: `II ${NAMA_KUADRAN.II}`,
      III: `III ${NAMA_KUADRAN.III}`,
      IV: `IV ${NAMA_KUADRAN.IV}`,
    });
    expect(NAMA_KUADRAN_GRAFIK.I).toBe("I Prioritas Perbaikan");
  });

  it("plots the NRR rounded as printed (half away from zero on the decimal), around the exact means", () => {
    expect(data.grafik.ipa!.nilai).toEqual(ipa.baris.map((b) => bulatkan(b.kinerja, 2)));
    expect(sebar.nilaiY).toEqual(ipa.baris.map((b) => bulatkan(b.kepentingan, 2)));
    expect(sebar.rataX).toBe(ipa.rataKinerja);
    expect(sebar.rataY).toBe(ipa.rataKepentingan);
    expect(data.grafik.ipa!.label).toEqual(ipa.baris.map((b) => b.unsur));
  });
});
