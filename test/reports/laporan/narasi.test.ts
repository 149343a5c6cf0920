// narasiIndikator: the paragraph about each indicator, computed from the Kinerja sheet, as seed
// 001 (LKJ 3.1.1) and seed 003 (BAB III items 2-4) write it by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { arahUbah, narasiIndikator } from "../../../src/reports/laporan/narasi";
import { capaianLaporan } from "../../../src/reports/laporan/umum";
import { bukuKerja, bukuKerjaDari, indikator } from "../../rekaman";

describe("Kecamatan Klakah 2023 (seed 001)", () => {
  const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
  const pk = bk.indikator.filter((i) => i.tingkat !== "Program");
  const n = narasiIndikator(
    bk,
    pk.map((i) => capaianLaporan(bk, i, 4)),
    "tahun 2023",
  );

  it("states target, realisasi, capaian and predikat; the IKM below target", () => {
    expect(n[0]!.kalimat).toBe(
      "Indikator Nilai IKM Pelayanan Kecamatan Klakah pada tujuan Meningkatnya Kepuasan Masyarakat ditargetkan sebesar 90,00 dengan realisasi tahun 2023 sebesar 84,19, sehingga capaian kinerjanya 93,54 % dengan predikat Berhasil: target belum tercapai.",
    );
    expect(n[2]!.kalimat).toContain(
      "sebesar 95,23 % dengan realisasi tahun 2023 sebesar 100 %, sehingga capaian kinerjanya 105,01 % dengan predikat Sangat Berhasil: target telah tercapai.",
    );
  });

  it("compares with 2022 in points: the faskor realisation fell, as seed 001 says ('mengalami penurunan')", () => {
    expect(n[1]!.kalimatLalu).toBe(
      "Dibandingkan tahun 2022 (realisasi 95,45 %), realisasi tahun 2023 mengalami penurunan 0,21 poin; capaiannya turun dari 100,97 % menjadi 100,01 % (turun 0,96 poin).",
    );
    expect(n[0]!.kalimatLalu).toContain("mengalami penurunan 2,84 poin");
    expect(n[2]!.kalimatLalu).toContain("mengalami kenaikan 2,80 poin");
  });

  it("measures progress against the Renstra end target (seed 001 table 3.3)", () => {
    expect(n[0]!.kalimatRenstra).toBe(
      "Terhadap target akhir Renstra sebesar 90,00, realisasi tahun 2023 mencapai 93,54 %: target akhir Renstra belum tercapai (selisih 5,81 poin).",
    );
    expect(n[2]!.kalimatRenstra).toContain("target akhir Renstra telah tercapai.");
  });

  it("quotes the unit's own analysis and formula as typed (seed 001 tables 2.1 and 3.5)", () => {
    expect(n[1]).toMatchObject({
      formulasi:
        "Jumlah fasilitasi dan koordinasi yang ditindaklanjuti dibagi jumlah fasilitasi dan koordinasi dikali 100 %",
      penunjang:
        "Komunikasi dan koordinasi yang baik antara kecamatan dengan pemerintah desa dan Forkopimcam.",
      penghambat: "",
    });
    expect(n[1]!.penyebab).toMatch(/^Kompetensi aparatur kecamatan/);
  });
});

describe("from a few records", () => {
  const bk = bukuKerja({ pengaturan: { tahun: 2024 } });
  const satu = (isi: Parameters<typeof indikator>[0]) => {
    const ind = indikator({
      indikator: "Jumlah dokumen",
      satuan: "dokumen",
      arah: "NAIK",
      agregasi: "JUMLAH",
      target: 4,
      ...isi,
    });
    return narasiIndikator(bk, [capaianLaporan(bk, ind, 4)], "tahun 2024")[0]!;
  };

  it("says nothing of last year or the Renstra when the sheet lacks them (Periksa Data warns instead)", () => {
    const r = satu({ realisasi: [1, 1, 1, 1] });
    expect(r.kalimatLalu).toBe("");
    expect(r.kalimatRenstra).toBe("");
    expect(r.kalimat).toBe(
      "Indikator Jumlah dokumen ditargetkan sebesar 4 dengan realisasi tahun 2024 sebesar 4, sehingga capaian kinerjanya 100,00 % dengan predikat Sangat Berhasil: target telah tercapai.",
    );
  });

  it("states a change of a count in its unit, an unchanged realisation as the same", () => {
    expect(satu({ realisasi: [1, 1, 1, null], realisasiTahunLalu: 5, targetTahunLalu: 4 }).kalimatLalu).toBe(
      "Dibandingkan tahun 2023 (realisasi 5), realisasi tahun 2024 mengalami penurunan 2 dokumen; capaiannya turun dari 125,00 % menjadi 75,00 % (turun 50,00 poin).",
    );
    expect(satu({ realisasi: [1, 1, 1, 1], realisasiTahunLalu: 4, targetTahunLalu: 4 }).kalimatLalu).toBe(
      "Realisasi tahun 2024 sama dengan realisasi tahun 2023, yaitu 4; capaiannya tetap 100,00 %.",
    );
  });

  it("says a realisation not yet reported, with no capaian", () => {
    expect(satu({}).kalimat).toBe(
      "Indikator Jumlah dokumen ditargetkan sebesar 4; realisasinya tahun 2024 belum dilaporkan.",
    );
  });
});

it("states a change only between printed values that differ, and never as 0,00 poin (property)", () => {
  const bk = bukuKerja({ pengaturan: { tahun: 2024 } });
  const nilai = fc.integer({ min: 0, max: 100_000 }).map((x) => x / 1000);
  fc.assert(
    fc.property(nilai, nilai, (lalu, kini) => {
      const ind = indikator({ indikator: "X", satuan: "%", arah: "NAIK", agregasi: "TERAKHIR", target: 50 });
      const c = capaianLaporan(
        bk,
        { ...ind, realisasi: [null, null, null, kini], realisasiTahunLalu: lalu },
        4,
      );
      const k = narasiIndikator(bk, [c], "tahun 2024")[0]!.kalimatLalu;
      expect(k).not.toMatch(/ 0,00 poin/);
      expect(k.startsWith("Realisasi tahun 2024 sama dengan")).toBe(arahUbah(lalu, kini) === "tetap");
    }),
    { numRuns: 2000 },
  );
});
