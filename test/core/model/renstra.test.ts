// Target Renstra (issue 12): the period, the years of the tables, one series merged from two sheets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deretRenstra,
  padananKinerja,
  parsePeriodeRenstra,
  TARGET_RENSTRA,
  tahunTabelRenstra,
  targetKinerjaKini,
} from "../../../src/core/model/renstra";
import { indikator, rekamanKosong } from "../../rekaman";

describe("parsePeriodeRenstra", () => {
  it("reads the period as users write it", () => {
    for (const v of [
      "2019-2023",
      " 2019 – 2023 ",
      "2019 s.d. 2023",
      "2019 s/d 2023",
      "2019/2023",
      "2019 sampai 2023",
    ])
      expect(parsePeriodeRenstra(v), v).toEqual({ awal: 2019, akhir: 2023 });
  });
  it("refuses what is not a period, in Indonesian", () => {
    expect(() => parsePeriodeRenstra("2019")).toThrow(/bukan periode.*2019-2023/);
    expect(() => parsePeriodeRenstra("2023-2019")).toThrow("tahun akhir 2019 sebelum tahun awal 2023.");
    expect(() => parsePeriodeRenstra(2019)).toThrow(/bukan periode/);
  });
  it("gives back any two years written with a dash, and refuses them reversed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1900, max: 2200 }), (a, b) => {
        if (a <= b) expect(parsePeriodeRenstra(`${a}-${b}`)).toEqual({ awal: a, akhir: b });
        else expect(() => parsePeriodeRenstra(`${a}-${b}`)).toThrow();
      }),
    );
  });
});

describe("tahunTabelRenstra", () => {
  it("is the five years of a five-year period", () => {
    expect(tahunTabelRenstra({ awal: 2019, akhir: 2023 })).toEqual([2019, 2020, 2021, 2022, 2023]);
  });
  it("is the last five of a longer one (seed 001: table '2018-2023' printing 2019-2023)", () => {
    expect(tahunTabelRenstra({ awal: 2018, akhir: 2023 })).toEqual([2019, 2020, 2021, 2022, 2023]);
  });
  it("is a transitional Renstra's own years (2024-2026), none for a single year or none at all", () => {
    expect(tahunTabelRenstra({ awal: 2024, akhir: 2026 })).toEqual([2024, 2025, 2026]);
    expect(tahunTabelRenstra({ awal: 2025, akhir: 2026 })).toEqual([2025, 2026]);
    expect(tahunTabelRenstra({ awal: 2026, akhir: 2026 })).toBeNull();
    expect(tahunTabelRenstra(null)).toBeNull();
  });
});

describe("deretRenstra: one figure, one source", () => {
  const periode = { awal: 2019, akhir: 2023 };
  const ind = indikator({
    kode: "1.1",
    target: 86.4,
    targetTahunLalu: 86.32,
    realisasiTahunLalu: 87.01,
    targetAkhirRenstra: 86.5,
  });
  const baris = (b: number, isi: Partial<ReturnType<typeof rekamanKosong<typeof TARGET_RENSTRA>>>) => ({
    ...rekamanKosong(TARGET_RENSTRA, b),
    ...isi,
  });
  const tahun = [2019, 2020, 2021, 2022, 2023];

  it("takes this year from the report, last year and the end target from Kinerja, the rest from Target Renstra", () => {
    const d = deretRenstra(
      ind,
      [
        baris(2, { kode: "1.1", tahun: 2019, target: 86.32, realisasi: 86.7 }),
        baris(3, { kode: " 1.1", tahun: 2022, target: 86.45 }),
        baris(4, { kode: "9.9", tahun: 2019, target: 1, realisasi: 1 }),
      ],
      tahun,
      2021,
      periode,
      { target: 86.4, realisasi: 87.28 },
    );
    expect(d).toEqual([
      { tahun: 2019, target: 86.32, realisasi: 86.7 },
      { tahun: 2020, target: 86.32, realisasi: 87.01 },
      { tahun: 2021, target: 86.4, realisasi: 87.28 },
      { tahun: 2022, target: 86.45, realisasi: null },
      { tahun: 2023, target: 86.5, realisasi: null },
    ]);
  });

  it("never takes a typed realisasi of this year or a later one, nor a typed target of this year", () => {
    const d = deretRenstra(
      ind,
      [
        baris(2, { kode: "1.1", tahun: 2021, target: 99, realisasi: 99 }),
        baris(3, { kode: "1.1", tahun: 2022, target: 86.45, realisasi: 99 }),
      ],
      tahun,
      2021,
      periode,
      { target: 86.4, realisasi: null },
    );
    expect(d[2]).toEqual({ tahun: 2021, target: 86.4, realisasi: null });
    expect(d[3]).toEqual({ tahun: 2022, target: 86.45, realisasi: null });
  });

  it("names the Kinerja cell of each year it holds: the target in force this year (a PK Perubahan's)", () => {
    expect(padananKinerja(ind, 2021, 2021, periode, targetKinerjaKini(ind))).toEqual([
      { bidang: "target", kolom: "Target", nilai: 86.4 },
    ]);
    const berubah = { ...ind, targetPerubahan: 87 };
    expect(padananKinerja(berubah, 2021, 2021, periode, targetKinerjaKini(berubah))).toEqual([
      { bidang: "target", kolom: "Target PK Perubahan", nilai: 87 },
    ]);
    expect(padananKinerja(ind, 2020, 2021, periode, targetKinerjaKini(ind)).map((p) => p.kolom)).toEqual([
      "Target Tahun Lalu",
      "Realisasi Tahun Lalu",
    ]);
    expect(padananKinerja(ind, 2023, 2021, periode, targetKinerjaKini(ind))).toEqual([
      { bidang: "target", kolom: "Target Akhir Renstra", nilai: 86.5 },
    ]);
    expect(padananKinerja(ind, 2019, 2021, periode, targetKinerjaKini(ind))).toEqual([]);
  });
});
