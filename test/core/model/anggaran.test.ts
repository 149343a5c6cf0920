// The budget rules on Anggaran's rows: pagu in force, realisation up to a quarter, the roll-up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANGGARAN_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import {
  anggaranSampai,
  paguBerlaku,
  realisasiTerakhir,
  totalAnggaran,
} from "../../../src/core/model/anggaran";
import { barisAnggaran } from "../../rekaman";

const lumajang = ANGGARAN_LUMAJANG_2021.map((b, i) => barisAnggaran({ ...b, baris: i + 2 }));

describe("anggaranSampai on Kecamatan Lumajang's budget (seed 003)", () => {
  const tw3 = anggaranSampai(lumajang, 3);

  it("totals TW III: pagu 6.255.403.861 (6.420.166.069 before refocusing), realisasi 4.156.201.042", () => {
    expect(totalAnggaran(tw3)).toEqual({
      paguAwal: 6_420_166_069,
      pagu: 6_255_403_861,
      realisasi: 4_156_201_042,
    });
  });

  it("sums each program and kegiatan from its lines, at its depth", () => {
    const perKode = new Map(tw3.map((b) => [b.kode, b]));
    expect(perKode.get("7.01.01.2.01")).toEqual({
      kode: "7.01.01.2.01",
      uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      tingkat: 2,
      paguAwal: 4_028_000,
      pagu: 3_392_000,
      realisasi: 2_620_000,
    });
    expect(perKode.get("7.01.01")).toMatchObject({
      tingkat: 1,
      pagu: 6_105_562_861,
      realisasi: 4_044_060_042,
    });
    expect(perKode.get("7.01.01.2.01.02")!.tingkat).toBe(3);
    expect(tw3.map((b) => b.kode)).toEqual(lumajang.map((b) => b.kode));
  });

  it("shows nothing realised before TW III, the only quarter the seed reports", () => {
    expect(totalAnggaran(anggaranSampai(lumajang, 2)).realisasi).toBe(0);
  });
});

describe("anggaranSampai from a few records", () => {
  it("forgives seed 003's trailing dot, keeps the first of a repeated code, skips a line that is not a code", () => {
    const hasil = anggaranSampai(
      [
        barisAnggaran({ kode: "7.01.06.2.01.02.", uraian: "Fasilitasi", paguAwal: 129_600_000 }),
        barisAnggaran({ kode: "7.01.06.2.01.02", uraian: "Lagi", paguAwal: 1 }),
        barisAnggaran({ kode: "Jumlah", uraian: "Total tertulis", paguAwal: 999 }),
      ],
      4,
    );
    expect(hasil).toEqual([
      {
        kode: "7.01.06.2.01.02",
        uraian: "Fasilitasi",
        tingkat: 1,
        paguAwal: 129_600_000,
        pagu: 129_600_000,
        realisasi: 0,
      },
    ]);
  });

  it("takes the cumulative realisation of the last quarter filled up to the one asked; pagu awal falls back to the changed pagu", () => {
    const b = barisAnggaran({ kode: "1", paguPerubahan: 500, realisasi: [100, null, 300, 450] });
    expect(anggaranSampai([b], 2)[0]).toMatchObject({ paguAwal: 500, pagu: 500, realisasi: 100 });
    expect(anggaranSampai([b], 3)[0]!.realisasi).toBe(300);
    expect(realisasiTerakhir(b)).toBe(450);
    expect(paguBerlaku(b)).toBe(500);
    expect(paguBerlaku({ paguAwal: 700, paguPerubahan: null })).toBe(700);
    expect(realisasiTerakhir(barisAnggaran())).toBeNull();
  });

  it("makes a parent the sum of its lines, whatever is typed on it, and the total that of the programs (property)", () => {
    const daun = fc.array(
      fc.record({
        program: fc.integer({ min: 1, max: 3 }),
        kegiatan: fc.integer({ min: 1, max: 3 }),
        pagu: fc.integer({ min: 0, max: 1e9 }),
        realisasi: fc.integer({ min: 0, max: 1e9 }),
      }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(daun, fc.integer({ min: 0, max: 1e6 }), (daftar, tertulis) => {
        const baris = daftar.map((d, i) =>
          barisAnggaran({
            kode: `7.01.0${d.program}.2.0${d.kegiatan}.${i + 1}`,
            paguAwal: d.pagu,
            realisasi: [d.realisasi, null, null, null],
          }),
        );
        const program = [...new Set(daftar.map((d) => d.program))].map((p) =>
          barisAnggaran({ kode: `7.01.0${p}`, paguAwal: tertulis }),
        );
        const hasil = anggaranSampai([...program, ...baris], 1);
        const jumlah = (f: (d: (typeof daftar)[number]) => number) => daftar.reduce((a, d) => a + f(d), 0);
        expect(totalAnggaran(hasil)).toEqual({
          paguAwal: jumlah((d) => d.pagu),
          pagu: jumlah((d) => d.pagu),
          realisasi: jumlah((d) => d.realisasi),
        });
      }),
      { numRuns: 300 },
    );
  });
});
