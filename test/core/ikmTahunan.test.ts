// The one rule for an IKM over several quarters (issue 12): seed 001 (LKJ Kec. Klakah 2023)
// publishes four quarterly IKM, 81,25 / 89,51 / 83,84 / 82,14 (the Bagian Organisasi letters of
// 8 May, 21 August, 13 November and the evaluation table), and says the year's realisation "adalah
// nilai rata-rata IKM Tribulan 1 s/d Tribulan IV" (section 3.1, seed line 316), computed in its
// evaluation table as (81,25 + 89,51 + 83,84 + 82,14) / 4 (seed line 729): 84,185, printed 84,19.
// The same year's 499 respondents taken at once give 84,08: that is what the SKM report printed.
import { describe, expect, it } from "vitest";
import { SKM_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import {
  hitungIkmDariRekap,
  ikmGabungan,
  NAMA_IKM_TAHUNAN,
  parseIkmTahunan,
  rataIkmTriwulan,
  UNSUR_PERMENPANRB_14_2017,
} from "../../src/core/ikm";
import { bulatkan } from "../../src/core/pembulatan";

/** Each quarter of the Klakah sample as its tally: sums of scores per question, every question answered. */
const TRIWULAN = SKM_KLAKAH_2023.map((t) => ({
  rekap: t.jumlahNilai.map((s, k) => ({
    unsur: UNSUR_PERMENPANRB_14_2017[k]!,
    jumlahNilai: s,
    jumlahJawaban: t.responden,
  })),
  jumlahResponden: t.responden,
}));

describe("rataIkmTriwulan: the mean of the quarters' IKM as published", () => {
  it("gives seed 001's year: (81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,185, printed 84,19", () => {
    const ikm = rataIkmTriwulan([81.25, 89.51, 83.84, 82.14])!;
    expect(ikm).toBeCloseTo(84.185, 9);
    expect(bulatkan(ikm, 2)).toBe(84.19);
  });

  it("averages each quarter at its published two decimals, so a survey's 89,5114... counts as the letter's 89,51", () => {
    expect(rataIkmTriwulan([81.25, 89.51149425287356, 83.84223918575063, 82.13975694444444])).toBe(
      rataIkmTriwulan([81.25, 89.51, 83.84, 82.14]),
    );
  });

  it("leaves out the quarters not reported yet, and has nothing to say without one", () => {
    expect(bulatkan(rataIkmTriwulan([81.25, 89.51, null, null])!, 2)).toBe(85.38);
    expect(rataIkmTriwulan([null, null, 87.28, null])).toBe(87.28);
    expect(rataIkmTriwulan([null, null, null, null])).toBeNull();
    expect(rataIkmTriwulan([])).toBeNull();
  });
});

describe("ikmGabungan: the IKM of several quarters' surveys by the unit's rule", () => {
  it("each Klakah quarter's tally gives the IKM its letter publishes", () => {
    expect(TRIWULAN.map((t) => bulatkan(hitungIkmDariRekap(t.rekap).ikm, 2))).toEqual([
      81.25, 89.51, 83.84, 82.14,
    ]);
  });

  it("RATA_RATA_TRIWULAN (the seed's): 84,19, the LKJ's figure, from the same 499 respondents", () => {
    const h = ikmGabungan(TRIWULAN, "RATA_RATA_TRIWULAN");
    expect(bulatkan(h.ikm, 2)).toBe(84.19);
    expect(h.jumlahResponden).toBe(499);
    expect(h.mutu).toEqual({ huruf: "B", kinerja: "Baik" });
  });

  it("SELURUH_RESPONDEN: 15.104 / (9 × 499) × 25 = 84,08, what the SKM report printed before", () => {
    const h = ikmGabungan(TRIWULAN, "SELURUH_RESPONDEN");
    expect(bulatkan(h.ikm, 2)).toBe(84.08);
    expect(h.ikm).toBeCloseTo((15104 / (9 * 499)) * 25, 9);
    expect(h.jumlahResponden).toBe(499);
  });

  it("averages each unsur's and question's NRR over the quarters under the mean rule, so the table agrees with the IKM", () => {
    const h = ikmGabungan(TRIWULAN, "RATA_RATA_TRIWULAN");
    const hasil = TRIWULAN.map((t) => hitungIkmDariRekap(t.rekap));
    h.nrrUnsur.forEach((u, k) => {
      expect(u.nrr).toBeCloseTo(hasil.reduce((a, x) => a + x.nrrUnsur[k]!.nrr, 0) / 4, 12);
      expect(u.jumlahNilai).toBe(SKM_KLAKAH_2023.reduce((a, t) => a + t.jumlahNilai[k]!, 0));
      expect(u.jumlahJawaban).toBe(499);
    });
    const dariTabel = (h.nrrUnsur.reduce((a, u) => a + u.nrr, 0) / h.nrrUnsur.length) * 25;
    expect(bulatkan(dariTabel, 2)).toBe(bulatkan(h.ikm, 2));
    expect(h.nrrPertanyaan).toHaveLength(9);
  });

  it("is the quarter itself for one quarter, whichever the rule", () => {
    const satu = [TRIWULAN[2]!];
    expect(bulatkan(ikmGabungan(satu, "RATA_RATA_TRIWULAN").ikm, 2)).toBe(83.84);
    expect(bulatkan(ikmGabungan(satu, "SELURUH_RESPONDEN").ikm, 2)).toBe(83.84);
  });

  it("keeps the unit's weighting (per question, seed 003) and says so in Indonesian when there is no quarter", () => {
    const h = ikmGabungan(TRIWULAN, "RATA_RATA_TRIWULAN", { bobot: "PERTANYAAN" });
    expect(h.bobot).toBe("PERTANYAAN");
    expect(() => ikmGabungan([], "RATA_RATA_TRIWULAN")).toThrow("Tidak ada triwulan survei untuk dihitung.");
  });
});

describe("parseIkmTahunan: the Pengaturan choice", () => {
  it("defaults to the mean of the quarters (seed 001), and reads the words users type", () => {
    expect(parseIkmTahunan("")).toBe("RATA_RATA_TRIWULAN");
    expect(parseIkmTahunan(null)).toBe("RATA_RATA_TRIWULAN");
    expect(parseIkmTahunan("Rata-rata Triwulan")).toBe("RATA_RATA_TRIWULAN");
    expect(parseIkmTahunan("RATA-RATA IKM TRIWULAN")).toBe("RATA_RATA_TRIWULAN");
    expect(parseIkmTahunan("seluruh responden")).toBe("SELURUH_RESPONDEN");
    expect(parseIkmTahunan("Seluruh Responden Setahun")).toBe("SELURUH_RESPONDEN");
    expect(() => parseIkmTahunan("median")).toThrow(/IKM Tahunan "median" tidak dikenal/);
  });

  it("names each rule the way a report states it", () => {
    expect(NAMA_IKM_TAHUNAN).toEqual({
      RATA_RATA_TRIWULAN: "rata-rata IKM triwulan",
      SELURUH_RESPONDEN: "IKM seluruh responden",
    });
  });
});
