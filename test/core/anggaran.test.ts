import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUB_KEGIATAN_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import {
  efisiensi,
  gulungAnggaran,
  kodeInduk,
  normalisasiKode,
  prakiraanMaju,
  serapan,
  sisaAnggaran,
} from "../../src/core/anggaran";
import { bulatkan } from "../../src/core/pembulatan";

describe("serapan, sisa, efisiensi", () => {
  it("reproduces Kecamatan Lumajang TW III 2021: 66,44 %, sisa 2.099.202.819", () => {
    expect(bulatkan(serapan(4_156_201_042, 6_255_403_861), 2)).toBe(66.44);
    expect(sisaAnggaran(6_255_403_861, 4_156_201_042)).toBe(2_099_202_819);
  });
  it("Klakah 2023: 2.371.301.000 of 2.486.022.481 is 95,39 %", () => {
    expect(bulatkan(serapan(2_371_301_000, 2_486_022_481), 2)).toBe(95.39);
  });
  it("efisiensi is capaian kinerja minus capaian anggaran", () => {
    expect(bulatkan(efisiensi(93.54, 95.39), 2)).toBe(-1.85);
  });
  it("refuses a zero or negative pagu in Indonesian", () => {
    expect(() => serapan(5, 0)).toThrow(/Pagu 0/);
    expect(() => serapan(5, -5)).toThrow(/negatif/);
  });
  it("refuses a serapan beyond the largest double in Indonesian, never Infinity (defect 10)", () => {
    expect(() => serapan(1e308, 1e-308)).toThrow(/^Serapan terlalu besar untuk dihitung/);
    expect(() => serapan(1e308, 0.5)).toThrow(/periksa satuan realisasi dan pagu/);
    expect(() => serapan(-1e308, 0.5)).toThrow(/terlalu besar/);
    expect(serapan(1e308, 1e308)).toBe(100);
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
        (r, p) => {
          try {
            expect(Number.isFinite(serapan(r, p))).toBe(true);
          } catch (e) {
            expect((e as Error).message).toMatch(/terlalu besar/);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe("prakiraan maju", () => {
  it("is 110 % of year n by default (seed 004)", () => {
    expect(prakiraanMaju(551_204_390)).toBe(606_324_829);
    expect(prakiraanMaju(1000, 105)).toBe(1050);
  });
  it("is whole rupiah", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(Number.isInteger(prakiraanMaju(n))).toBe(true);
        expect(Math.abs(prakiraanMaju(n) - n * 1.1)).toBeLessThanOrEqual(0.5 + 1e-3);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("account codes", () => {
  it("forgives seed 003's trailing dot and rejects text", () => {
    expect(normalisasiKode("7.01.06.2.01.02.")).toBe("7.01.06.2.01.02");
    expect(normalisasiKode(" 7.01 ")).toBe("7.01");
    expect(normalisasiKode("7..01")).toBeNull();
    expect(normalisasiKode("Program")).toBeNull();
    expect(kodeInduk("7.01.01.2.02.01")).toBe("7.01.01.2.02");
    expect(kodeInduk("7")).toBeNull();
  });
});

describe("gulungAnggaran", () => {
  const baris = SUB_KEGIATAN_LUMAJANG_2021.map(([kode, , awal, refocusing, realisasi]) => ({
    kode: normalisasiKode(kode)!,
    nilai: [awal, refocusing, realisasi],
  }));

  it("sums seed 003's sub kegiatan into kegiatan, program and unit totals", () => {
    const kepala = [
      { kode: "7", nilai: [null, null, null] },
      { kode: "7.01.01", nilai: [null, null, null] },
      { kode: "7.01.01.2.02", nilai: [null, null, null] },
    ];
    const hasil = gulungAnggaran([...kepala, ...baris]);
    expect(hasil.get("7")!.nilai).toEqual([6_420_166_069, 6_255_403_861, 4_156_201_042]);
    expect(hasil.get("7.01.01")!.nilai).toEqual([6_263_525_069, 6_105_562_861, 4_044_060_042]);
    // Administrasi Keuangan Perangkat Daerah, table 3.2: 5.662.307.883 / 3.707.055.272.
    expect(hasil.get("7.01.01.2.02")!.nilai.slice(1)).toEqual([5_662_307_883, 3_707_055_272]);
    expect(hasil.get("7.01.01")!.anak).toContain("7.01.01.2.02");
    expect(hasil.get("7.01.01")!.anak).toContain("7.01.01.2.01.02");
  });

  it("flags seed 003's PK budget: programs sum to 6.339.676.351 under a stated 6.420.166.069", () => {
    const hasil = gulungAnggaran([
      { kode: "7", nilai: [6_420_166_069] },
      { kode: "7.01.01", nilai: [6_183_035_351] },
      { kode: "7.01.03", nilai: [23_441_000] },
      { kode: "7.01.04", nilai: [3_600_000] },
      { kode: "7.01.06", nilai: [129_600_000] },
    ]);
    expect(hasil.get("7")!.selisih).toEqual([
      { indeks: 0, tertulis: 6_420_166_069, jumlahAnak: 6_339_676_351 },
    ]);
  });

  it("rejects a code written twice", () => {
    expect(() =>
      gulungAnggaran([
        { kode: "7.01", nilai: [1] },
        { kode: "7.01", nilai: [2] },
      ]),
    ).toThrow(/7.01 tertulis lebih dari sekali/);
  });

  it("a parent always equals the sum of its leaves, whatever order the lines come in", () => {
    const kode = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 })
      .map((a) => a.join("."));
    fc.assert(
      fc.property(fc.uniqueArray(kode, { minLength: 1, maxLength: 25 }), fc.integer(), (kodes, seed) => {
        const lines = kodes.map((k, i) => ({ kode: k, nilai: [((seed + i * 7919) % 1000) + 1] }));
        const hasil = gulungAnggaran(lines);
        const punyaAnak = (k: string) => kodes.some((o) => o.startsWith(`${k}.`));
        for (const k of kodes) {
          const daun = kodes.filter((o) => (o === k || o.startsWith(`${k}.`)) && !punyaAnak(o));
          const jumlah = daun.reduce((s, d) => s + lines.find((l) => l.kode === d)!.nilai[0]!, 0);
          expect(hasil.get(k)!.nilai[0]).toBe(jumlah);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
