import { describe, expect, it } from "vitest";
import { KINERJA_PELAYANAN_JATIROTO_2020, RENJA_JATIROTO_2020 } from "../../src/contoh/jatiroto2020";
import { kodeInduk } from "../../src/core/anggaran";
import type { BarisRenjaContoh } from "../../src/core/model/contoh";
import type { KRp } from "../../src/core/model/renja";
import { bulatkan } from "../../src/core/pembulatan";

/** A row's T-C.29 columns as the seed prints them: K | Rp pairs. */
const kr = (b: BarisRenjaContoh) => ({
  targetRenstra: [b.targetRenstraK, b.targetRenstraRp] as KRp,
  realisasiSampaiN2: [b.realisasiSampaiN2K, b.realisasiSampaiN2Rp] as KRp,
  targetN1: [b.targetN1K, b.targetN1Rp] as KRp,
  realisasiTw: [0, 1, 2, 3].map((i) => [b.realisasiTwK[i] ?? null, b.realisasiTwRp[i] ?? null] as KRp) as [
    KRp,
    KRp,
    KRp,
    KRp,
  ],
});

const renja = RENJA_JATIROTO_2020;
const utama = renja.filter((b) => b.kode !== "" && !/^[A-Z]$/.test(b.kode));
const program = utama.filter((b) => kodeInduk(b.kode) === null);
const kegiatan = utama.filter((b) => kodeInduk(b.kode) !== null);
const baris = (kode: string) => renja.find((b) => b.kode === kode)!;
const anak = (p: BarisRenjaContoh) => kegiatan.filter((k) => kodeInduk(k.kode) === p.kode);
const jumlah = (nilai: readonly (number | null)[]) => nilai.reduce<number>((a, b) => a + (b ?? 0), 0);

/** The last reported quarter (T-C.29 prints the quarters cumulatively): the seed's column 12. */
function realisasiN1(b: BarisRenjaContoh, i: 0 | 1): number | null {
  const dilaporkan = kr(b)
    .realisasiTw.map((tw) => tw[i])
    .filter((v): v is number => v !== null);
  return dilaporkan[dilaporkan.length - 1] ?? null;
}

/** Column 13 as the figures follow it: realisation s.d. n-2 + realisation of n-1 ("-" as 0). */
const kolom13Rp = (b: BarisRenjaContoh) => (kr(b).realisasiSampaiN2[1] ?? 0) + (realisasiN1(b, 1) ?? 0);

/**
 * T-C.29 columns 13 K, 13 Rp and 14 Rp as printed, by the sample's code (T-C.29 rows 1-37 in
 * order); null where the seed prints "-". Counts without their unit (4.3: "6 Desa").
 */
const KOLOM_13_14: readonly [kode: string, k13: number, rp13: number, rp14: number | null][] = [
  ["1", 70.47, 468_642_214, 25.83],
  ["1.1", 70.47, 468_642_214, 25.83],
  ["2", 69.67, 346_069_625, 6.15],
  ["2.1", 46.64, 245_304_000, 4.84],
  ["2.2", 70.69, 100_765_625, 18.21],
  ["3", 50, 7_168_000, 10.19],
  ["3.1", 50, 547_000, 6.08],
  ["3.2", 50, 919_000, 5.6],
  ["3.3", 49.68, 613_000, 3.95],
  ["3.4", 50, 745_000, 6.34],
  ["3.5", 50, 4_344_000, 24.6],
  ["4", 86, 165_477_000, 5.1],
  ["4.1", 50, 41_934_000, 0],
  ["4.2", 50, 1_350_000, 0],
  ["4.3", 6, 64_850_000, 5.1],
  ["4.4", 195, 20_580_000, 6.27],
  ["4.5", 5, 14_750_000, 1.23],
  ["4.6", 75, 2_800_000, 2.19],
  ["4.7", 2087.5, 19_213_000, 5.98],
  ["5", 50, 313_238_000, 0],
  ["5.1", 50, 51_565_000, 0],
  ["5.2", 49.92, 15_015_000, 0],
  ["5.3", 50, 15_850_000, 0],
  ["5.4", 50, 6_150_000, 0],
  ["5.5", 50, 4_425_000, 0],
  ["5.6", 50, 2_550_000, 0],
  ["5.7", 50, 35_895_000, 0],
  ["5.8", 49.91, 84_038_000, 0],
  ["5.9", 50, 8_350_000, 0],
  ["5.10", 50, 15_375_000, 0],
  ["5.11", 50, 60_000_000, 0],
  ["5.12", 50, 11_075_000, 0],
  ["5.13", 50, 2_950_000, 0],
  ["6", 49.5, 125_300_000, 0],
  ["6.1", 49.4, 99_000_000, null],
  ["6.2", 50, 19_600_000, null],
  ["6.3", 50, 6_700_000, null],
];
const TERCETAK = new Map(KOLOM_13_14.map(([kode, ...nilai]) => [kode, nilai] as const));

/** T-C.29 rows without an RPJMD amount: column 14 Rp divides by nothing (printed 0,00 % or "-"). */
const TANPA_TARGET_RPJMD = [
  "4.1",
  "4.2",
  "5",
  ...Array.from({ length: 13 }, (_, i) => `5.${i + 1}`),
  "6",
  "6.1",
  "6.2",
  "6.3",
];

describe("Renja Kecamatan Jatiroto 2020 (seed 002): rows and codes", () => {
  it("holds T-C.29's group row, 37 items and 6 further indicators: 6 programs, 31 kegiatan", () => {
    expect(renja).toHaveLength(44);
    expect(renja[0]).toMatchObject({
      kode: "A",
      programKegiatan: "Pemerintahan Umum",
      sasaran: "",
      indikator: "",
    });
    expect(utama.map((b) => b.kode)).toEqual(KOLOM_13_14.map(([kode]) => kode));
    expect(program.map((b) => b.kode)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(kegiatan).toHaveLength(31);
    expect(renja.filter((b) => b.kode === "")).toHaveLength(6);
    expect(new Set(utama.map((b) => b.kode)).size).toBe(utama.length);
  });

  it("codes each kegiatan under the program above it, numbered from 1, further indicators after their item", () => {
    let programTerakhir = "";
    let nomor = 0;
    for (const [i, b] of renja.entries()) {
      if (b.kode === "A") continue;
      if (b.kode === "") {
        expect(i, "a further indicator has an item above").toBeGreaterThan(0);
        expect(b.programKegiatan).toBe("");
        expect(b.sasaran).toBe("");
        continue;
      }
      const induk = kodeInduk(b.kode);
      if (induk === null) {
        programTerakhir = b.kode;
        nomor = 0;
        expect(b.programKegiatan).toMatch(/^Program /);
      } else {
        expect(induk).toBe(programTerakhir);
        expect(b.kode).toBe(`${induk}.${++nomor}`);
        expect(b.programKegiatan).not.toMatch(/^(Program|Kegiatan) /);
      }
    }
  });

  it("keeps the indicators of kegiatan 4.3-4.6 in the seed's order", () => {
    const i = renja.findIndex((b) => b.kode === "4.3");
    expect(renja.slice(i, i + 10).map((b) => [b.kode, b.satuan])).toEqual([
      ["4.3", "Desa"],
      ["", "Desa"],
      ["", "orang"],
      ["4.4", "orang"],
      ["", "Desa"],
      ["4.5", "kelompok"],
      ["", "orang"],
      ["4.6", "%"],
      ["", "%"],
      ["", "Desa"],
    ]);
  });

  it("writes in Satuan Realisasi the % in which T-C.29 prints the realisations of its count rows 2, 4, 5, 7-11", () => {
    expect(
      renja.filter((b) => b.satuanRealisasi !== "").map((b) => [b.kode, b.satuan, b.satuanRealisasi]),
    ).toEqual([
      ["1.1", "Jenis", "%"],
      ["2.1", "Jenis", "%"],
      ["2.2", "Jenis", "%"],
      ["3.1", "Dok", "%"],
      ["3.2", "Dok", "%"],
      ["3.3", "Dok", "%"],
      ["3.4", "Dok", "%"],
      ["3.5", "Dok", "%"],
    ]);
  });

  it("combines realisations in % RATA-RATA, counts TERAKHIR, or JUMLAH where the Renstra target sums the years", () => {
    for (const b of renja) {
      if ((b.satuanRealisasi || b.satuan) === "%") expect(b.agregasi, b.indikator).toBe("RATA-RATA");
      else expect(b.agregasi, b.indikator).not.toBe("RATA-RATA");
    }
    expect(renja.filter((b) => b.agregasi === "JUMLAH").map((b) => b.indikator)).toEqual([
      "Jumlah koordinasi bidang pemerintahan yang difasilitasi (Audiensi)",
      "Jumlah masyarakat terfasilitasi pembinaan pemberdayaan",
    ]);
    // 490 orang = 90 + 200 + 200; 1476 orang = 276 + 4 x 300.
    const [audiensi, masyarakat] = renja.filter((b) => b.agregasi === "JUMLAH");
    expect(kr(audiensi!).targetN1[0]! + audiensi!.targetN! + audiensi!.targetN1Maju!).toBe(
      kr(audiensi!).targetRenstra[0],
    );
    expect(kr(masyarakat!).targetN1[0]! + 4 * masyarakat!.targetN!).toBe(kr(masyarakat!).targetRenstra[0]);
  });

  it("puts no amount on a further indicator, which belongs to its kegiatan", () => {
    for (const b of renja.filter((x) => x.kode === "")) {
      const rp = [kr(b).targetRenstra, kr(b).realisasiSampaiN2, kr(b).targetN1, ...kr(b).realisasiTw].map(
        (k) => k[1],
      );
      expect(rp.every((v) => v === null)).toBe(true);
      expect([b.paguN, b.paguN1Maju, b.lokasi]).toEqual([null, null, ""]);
    }
  });
});

describe("T-C.33: the 2020 plan and the 2021 forward estimate", () => {
  const direncanakan = utama.filter((b) => b.paguN !== null);

  it("plans T-C.33's 17 items, drops programs 5 and 6 and kegiatan 4.1 and 4.2", () => {
    expect(direncanakan).toHaveLength(17);
    // The items the plan drops are exactly those without an RPJMD target.
    expect(utama.filter((b) => b.paguN === null).map((b) => b.kode)).toEqual(TANPA_TARGET_RPJMD);
    for (const b of direncanakan) {
      expect([b.lokasi, b.sumberDana, b.catatan]).toEqual(["Kec. Jatiroto", "DAU", ""]);
      expect(b.paguN1Maju).not.toBeNull();
    }
    expect(renja.filter((b) => b.sumberDana === "DAU")).toHaveLength(23);
  });

  it("has each program's pagu equal to the sum of its kegiatan, for 2020 and 2021", () => {
    const dicek = program
      .filter((p) => p.paguN !== null)
      .map((p) => [
        p.kode,
        p.paguN,
        jumlah(anak(p).map((k) => k.paguN)),
        p.paguN1Maju,
        jumlah(anak(p).map((k) => k.paguN1Maju)),
      ]);
    expect(dicek).toEqual([
      ["1", 350_000_000, 350_000_000, 375_000_000, 375_000_000],
      ["2", 3_295_000_000, 3_295_000_000, 260_000_000, 260_000_000],
      ["3", 15_000_000, 15_000_000, 17_500_000, 17_500_000],
      ["4", 515_000_000, 515_000_000, 665_000_000, 665_000_000],
    ]);
    expect(baris("2.1").paguN! + baris("2.2").paguN!).toBe(3_295_000_000);
  });

  it("totals half the Belanja Langsung of 'Alokasi Anggaran' (8.350.000.000): a seed inconsistency", () => {
    const total = jumlah(program.map((p) => p.paguN));
    expect(total).toBe(4_175_000_000);
    expect(total + jumlah(kegiatan.map((k) => k.paguN))).toBe(8_350_000_000);
  });

  it("reads '6 Des' as 6 Desa and leaves the Pilkades 2020 target blank", () => {
    expect(baris("4.3").targetN1Maju).toBe(6);
    const pilkades = renja.find((b) => b.indikator.includes("Pilkades"))!;
    expect([pilkades.targetN, pilkades.targetN1Maju]).toEqual([null, 2]);
  });
});

describe("T-C.29: evaluation up to 2019", () => {
  it("has each program's amounts equal to the sum of its kegiatan (columns 5, 6, 7, TW I, TW II)", () => {
    const kolom: ((b: BarisRenjaContoh) => number | null)[] = [
      (b) => kr(b).targetRenstra[1],
      (b) => kr(b).realisasiSampaiN2[1],
      (b) => kr(b).targetN1[1],
      (b) => kr(b).realisasiTw[0][1],
      (b) => kr(b).realisasiTw[1][1],
    ];
    for (const p of program) {
      for (const [i, ambil] of kolom.entries()) {
        expect(ambil(p) ?? 0, `program ${p.kode}, kolom ${i}`).toBe(jumlah(anak(p).map(ambil)));
      }
    }
    expect(kr(baris("4")).realisasiTw[0][1]).toBe(60_737_000);
    expect(kr(baris("5")).realisasiSampaiN2[1]).toBe(313_238_000);
  });

  it("reproduces column 13 Rp as column 6 + column 12 (not the header's 7 + 12), within 1 rupiah", () => {
    expect(kolom13Rp(baris("1"))).toBeCloseTo(468_642_213.68, 2);
    for (const b of utama) {
      expect(Math.abs(kolom13Rp(b) - TERCETAK.get(b.kode)![1]), b.kode).toBeLessThanOrEqual(1);
    }
    // The header's formula would give 304.088.000 + 126.461.076 for program 1.
    expect((kr(baris("1")).targetN1[1] ?? 0) + (realisasiN1(baris("1"), 1) ?? 0)).not.toBe(468_642_214);
  });

  it("reproduces column 14 Rp as column 13 / column 5 x 100 (not the header's 13 / 6) wherever column 5 has an amount", () => {
    expect(bulatkan((kolom13Rp(baris("1")) / kr(baris("1")).targetRenstra[1]!) * 100, 2)).toBe(25.83);
    const tidakMengikuti: string[] = [];
    for (const b of utama) {
      const pagu = kr(b).targetRenstra[1];
      const tercetak = TERCETAK.get(b.kode)![2];
      if (pagu === null) {
        tidakMengikuti.push(b.kode);
        expect(tercetak === null || tercetak === 0, b.kode).toBe(true);
      } else {
        expect(bulatkan((kolom13Rp(b) / pagu) * 100, 2), b.kode).toBe(tercetak);
      }
    }
    expect(tidakMengikuti).toEqual(TANPA_TARGET_RPJMD);
  });

  it("reproduces column 13 K of the percentages as the mean of columns 6 and 12 ('-' as 0), except rows 3 and 19", () => {
    const rataRata = (b: BarisRenjaContoh) =>
      bulatkan(((kr(b).realisasiSampaiN2[0] ?? 0) + (realisasiN1(b, 0) ?? 0)) / 2, 2);
    expect(rataRata(baris("1"))).toBe(70.47);
    const berbeda = utama
      .filter((b) => b.agregasi === "RATA-RATA" && rataRata(b) !== TERCETAK.get(b.kode)![0])
      .map((b) => [b.kode, rataRata(b), TERCETAK.get(b.kode)![0]]);
    // Row 3: no formula found; row 19: 20,875 printed x 100.
    expect(berbeda).toEqual([
      ["2", 69.51, 69.67],
      ["4.7", 20.88, 2087.5],
    ]);
    // The count rows that print capaian % (rows 2, 4, 5, 7-11) follow the same mean in the seed.
    for (const kode of ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5"]) {
      expect(rataRata(baris(kode)), kode).toBe(TERCETAK.get(kode)![0]);
    }
  });

  it("reproduces column 13 K of the rows that print counts (rows 15-17) as the last realisation", () => {
    for (const kode of ["4.3", "4.4", "4.5"]) {
      const b = baris(kode);
      expect(b.agregasi).toBe("TERAKHIR");
      expect(realisasiN1(b, 0), kode).toBe(TERCETAK.get(kode)![0]);
    }
  });

  it("reads the shifted rows 15 and 16 with TW I and II in place", () => {
    expect(kr(baris("4.3")).realisasiTw).toEqual([
      [6, 25_475_000],
      [6, 64_850_000],
      [null, null],
      [null, null],
    ]);
    expect(kr(baris("4.4")).realisasiTw.slice(0, 2)).toEqual([
      [195, 18_115_000],
      [195, 20_580_000],
    ]);
  });

  it("reports no TW III or IV (the Renja was written in July 2019)", () => {
    for (const b of renja)
      expect(kr(b).realisasiTw.slice(2)).toEqual([
        [null, null],
        [null, null],
      ]);
  });

  it("keeps decimals and blanks as printed", () => {
    expect(kr(baris("1")).realisasiSampaiN2).toEqual([99.34, 342_181_137.68]);
    expect(kr(baris("3.1")).targetN1).toEqual([null, null]);
    expect(kr(baris("4.6")).realisasiSampaiN2).toEqual([75, null]);
    expect(baris("4.1").sasaran).toBe("Aparatur Kecamatan Jatiroto");
  });
});

describe("T-C.30: service indicators", () => {
  it("holds the three indicators with targets 2015-2018, realisations 2018-2019 and projections 2020-2021", () => {
    expect(
      KINERJA_PELAYANAN_JATIROTO_2020.map((k) => [
        k.satuan,
        ...k.target,
        k.realisasiN2,
        k.realisasiN1,
        k.proyeksiN,
        k.proyeksiN1,
      ]),
    ).toEqual([
      ["indeks", 75, 80, 83, 85, 85, null, 87, 88],
      ["%", 44, 56, 78, 89, 89, null, 88, 90],
      ["%", 100, 100, 100, 100, 100, null, 88, 90],
    ]);
  });
});
