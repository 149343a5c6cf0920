// One annual IKM per unit (issue 12): the SKM report, the LKJ and the quarterly report print the
// same figure, by the rule Pengaturan names (IKM Tahunan), and say which rule they used where the
// seed does. Before, Klakah 2023 printed 84,08 in the SKM report (its 499 respondents at once)
// and 84,19 in the LKJ and the quarterly report (the mean of the Kinerja sheet's four quarters).
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import type { IkmTahunan } from "../../../src/core/ikm";
import type { BukuKerja } from "../../../src/core/model/bukuKerja";
import { parsePeriode } from "../../../src/core/skm";
import { dataLkj } from "../../../src/reports/laporan/lkj";
import { dataPk } from "../../../src/reports/laporan/pk";
import { dataSkm } from "../../../src/reports/laporan/skm";
import { dataTriwulan } from "../../../src/reports/laporan/triwulan";
import { bukuKerjaDari, ttd } from "../../rekaman";

const TANGGAL = ttd("31 Januari 2024", "Klakah");

function klakah(ikmTahunan?: IkmTahunan): BukuKerja {
  const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
  if (ikmTahunan) bk.pengaturan.ikmTahunan = ikmTahunan;
  return bk;
}

/** The figure each report prints as the unit's IKM for the year (or up to quarter tw). */
function ikmDiSetiapLaporan(bk: BukuKerja, tw = 4) {
  const periode = parsePeriode(tw === 4 ? "TAHUN" : tw === 2 ? "S1" : `TW${tw}`);
  return {
    skm: dataSkm(bk, periode, TANGGAL).nilai.ikm,
    triwulan: dataTriwulan(bk, tw, TANGGAL).daftar.indikator[0]!.realisasi,
    ...(tw === 4 ? { lkj: dataLkj(bk, TANGGAL).daftar.indikator[0]!.realisasi } : {}),
  };
}

describe("Kecamatan Klakah 2023 (seed 001): one annual IKM", () => {
  it("prints 84,19 everywhere by default, the seed's rule: the mean of the four quarters", () => {
    const bk = klakah();
    expect(bk.pengaturan.ikmTahunan).toBe("RATA_RATA_TRIWULAN");
    expect(ikmDiSetiapLaporan(bk)).toEqual({ skm: "84,19", triwulan: "84,19", lkj: "84,19" });
  });

  it("prints 84,08 everywhere when the unit takes the year's 499 respondents at once", () => {
    expect(ikmDiSetiapLaporan(klakah("SELURUH_RESPONDEN"))).toEqual({
      skm: "84,08",
      triwulan: "84,08",
      lkj: "84,08",
    });
  });

  it("rates the LKJ's capaian on that one figure: 84,08 / 90 = 93,42 %", () => {
    const ind = dataLkj(klakah("SELURUH_RESPONDEN"), TANGGAL).daftar.indikator[0]!;
    expect(ind).toMatchObject({ realisasi: "84,08", capaian: "93,42 %", capaianRenstra: "93,42 %" });
  });

  it("agrees up to a quarter too: semester I against the report of triwulan II", () => {
    // (81,25 + 89,51) / 2 = 85,38; the 240 respondents at once: 7.365 / (9 x 240) x 25 = 85,24.
    expect(ikmDiSetiapLaporan(klakah(), 2)).toEqual({ skm: "85,38", triwulan: "85,38" });
    expect(ikmDiSetiapLaporan(klakah("SELURUH_RESPONDEN"), 2)).toEqual({ skm: "85,24", triwulan: "85,24" });
  });

  it("the SKM report states the rule with the seed's own computation", () => {
    expect(dataSkm(klakah(), parsePeriode("TAHUN"), TANGGAL).nilai.kalimatIkmTahunan).toBe(
      "IKM Tahun 2023 adalah rata-rata IKM Triwulan I s.d. IV: (81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19. NRR setiap unsur dan pertanyaan untuk Tahun 2023 adalah rata-rata NRR keempat triwulan tersebut.",
    );
    expect(dataSkm(klakah("SELURUH_RESPONDEN"), parsePeriode("TAHUN"), TANGGAL).nilai.kalimatIkmTahunan).toBe(
      "IKM Tahun 2023 dihitung dari seluruh 499 responden Triwulan I s.d. IV sekaligus: 84,08.",
    );
    // One quarter is its own survey: no rule to state.
    expect(dataSkm(klakah(), parsePeriode("TW3"), TANGGAL).nilai.kalimatIkmTahunan).toBe("");
  });

  it("the LKJ states it where the seed does (section 3.1: 'nilai rata-rata IKM Tribulan 1 s/d Tribulan IV')", () => {
    expect(dataLkj(klakah(), TANGGAL).nilai.kalimatIkm).toBe(
      "Realisasi indikator Nilai IKM Pelayanan Kecamatan Klakah adalah rata-rata IKM hasil Survei Kepuasan Masyarakat Triwulan I s.d. IV: (81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19.",
    );
    expect(dataLkj(klakah("SELURUH_RESPONDEN"), TANGGAL).nilai.kalimatIkm).toBe(
      "Realisasi indikator Nilai IKM Pelayanan Kecamatan Klakah adalah IKM seluruh 499 responden Survei Kepuasan Masyarakat Triwulan I s.d. IV sekaligus: 84,08.",
    );
  });

  it("the quarterly report states it once it combines quarters", () => {
    expect(dataTriwulan(klakah(), 2, TANGGAL).nilai.kalimatIkm).toBe(
      "Realisasi indikator Nilai IKM Pelayanan Kecamatan Klakah adalah rata-rata IKM hasil Survei Kepuasan Masyarakat Triwulan I dan II: (81,25 + 89,51) / 2 = 85,38.",
    );
    expect(dataTriwulan(klakah(), 1, TANGGAL).nilai.kalimatIkm).toBe("");
  });

  it("the PK shows no IKM: seed 001's PK lampiran (lines 775-777) lists the sasaran, the IKM is the tujuan's", () => {
    const pk = dataPk(klakah(), TANGGAL);
    expect(pk.daftar.sasaran.map((s) => s.indikator).filter((i) => /IKM/.test(i))).toEqual([]);
  });
});

describe("Kecamatan Lumajang triwulan III 2021 (seed 003): one quarter, nothing changes", () => {
  const bk = bukuKerjaDari(CONTOH_LUMAJANG_2021);
  it("prints its 87,28 in the SKM and the quarterly report, with no rule to state", () => {
    expect(dataSkm(bk, parsePeriode("TW3"), TANGGAL).nilai).toMatchObject({
      ikm: "87,28",
      kalimatIkmTahunan: "",
    });
    const tw = dataTriwulan(bk, 3, TANGGAL);
    expect(tw.daftar.indikator[0]!.realisasi).toBe("87,28");
    expect(tw.nilai.kalimatIkm).toBe("");
    expect(dataLkj(bk, TANGGAL).daftar.indikator[0]!.realisasi).toBe("87,28");
  });
});
