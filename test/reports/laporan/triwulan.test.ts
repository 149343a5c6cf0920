// dataTriwulan: the figures of the Laporan Kinerja Triwulan, from plain records.
import { describe, expect, it } from "vitest";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { parsePeriode } from "../../../src/core/skm";
import { dataTriwulan, LAPORAN_TRIWULAN } from "../../../src/reports/laporan/triwulan";
import { barisAnggaran, bukuKerja, bukuKerjaDari, indikator, ttd } from "../../rekaman";

const TANGGAL = ttd("8 Oktober 2021");

describe("Kecamatan Lumajang, triwulan III 2021 (seed 003)", () => {
  const d = dataTriwulan(bukuKerjaDari(CONTOH_LUMAJANG_2021), 3, TANGGAL);

  it("gives each PK indicator its realisation s.d. TW III, capaian and predikat: 101,02 %, 111,11 %, 117,65 %", () => {
    expect(d.daftar.indikator.map((r) => [r.no, r.target, r.realisasi, r.capaian, r.predikat])).toEqual([
      ["1.", "86,40", "87,28", "101,02 %", "Sangat Berhasil"],
      ["", "90 %", "100 %", "111,11 %", "Sangat Berhasil"],
      ["", "85 %", "100 %", "117,65 %", "Sangat Berhasil"],
    ]);
    expect(d.nilai).toMatchObject({
      triwulan: "III",
      jumlahIndikator: "3",
      jumlahTercapai: "3",
      kesimpulan: "Seluruh 3 indikator kinerja telah mencapai atau melampaui target.",
    });
  });

  it("totals the budget: pagu 6.255.403.861, realisasi 4.156.201.042, sisa 2.099.202.819, serapan 66,44 %", () => {
    expect(d.nilai).toMatchObject({
      totalPaguAwal: "6.420.166.069",
      totalPagu: "6.255.403.861",
      totalRealisasi: "4.156.201.042",
      totalSisa: "2.099.202.819",
      totalSerapan: "66,44 %",
      totalPaguRupiah: "Rp 6.255.403.861",
    });
  });

  it("lists every sub kegiatan in the refocusing table, its JUMLAH the sum of its rows (seed 003, BAB I C)", () => {
    expect(d.nilai.adaPerubahan).toBe("ya");
    expect(d.nilai.totalPengurangan).toBe("164.762.208");
    // The seed's 20 rows, unchanged ones included ("-" as the seed prints no reduction).
    expect(d.daftar.perubahan).toHaveLength(20);
    expect(d.daftar.perubahan[0]).toEqual({
      no: "1",
      kode: "7.01.01.2.01.02",
      uraian: "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
      paguAwal: "2.620.000",
      pagu: "2.620.000",
      pengurangan: "-",
    });
    expect(d.daftar.perubahan[1]).toMatchObject({
      no: "2",
      paguAwal: "1.408.000",
      pagu: "772.000",
      pengurangan: "636.000",
    });
    expect(d.daftar.perubahan[2]).toMatchObject({
      no: "3",
      uraian: "Penyediaan Gaji dan Tunjangan ASN",
      paguAwal: "5.651.946.797",
      pagu: "5.651.946.797",
      pengurangan: "-",
    });
    expect(d.daftar.perubahan[19]).toMatchObject({
      no: "20",
      uraian: "Fasilitasi Administrasi Tata Pemerintahan Desa",
      paguAwal: "129.600.000",
    });
    const jumlah = (k: "paguAwal" | "pagu" | "pengurangan") =>
      d.daftar.perubahan.reduce((a, b) => a + (b[k] === "-" ? 0 : Number(b[k].replace(/\./g, ""))), 0);
    expect([jumlah("paguAwal"), jumlah("pagu"), jumlah("pengurangan")]).toEqual([
      6_420_166_069, 6_255_403_861, 164_762_208,
    ]);
    expect([d.nilai.totalPaguAwal, d.nilai.totalPagu]).toEqual(["6.420.166.069", "6.255.403.861"]);
  });

  it("offers exactly the fields its lists name", () => {
    for (const [nama, daftar] of Object.entries(d.daftar)) {
      const kolom = d.kolomDaftar[nama as keyof typeof d.kolomDaftar];
      for (const r of daftar) expect(Object.keys(r).filter((k) => k !== "_tebal")).toEqual([...kolom]);
    }
  });
});

describe("from a few records", () => {
  const pengaturan = { namaUnit: "Kecamatan Uji", tahun: 2024 };
  const pengaduan = indikator({
    kode: "1.1",
    tingkat: "Sasaran",
    sasaran: "Pelayanan prima",
    indikator: "Jumlah pengaduan",
    satuan: "kasus",
    arah: "TURUN",
    agregasi: "JUMLAH",
    target: 10,
    realisasi: [3, 2, null, null],
  });
  const dokumen = indikator({
    kode: "1.2",
    tingkat: "Sasaran",
    sasaran: "Pelayanan prima",
    indikator: "Dokumen perencanaan",
    satuan: "dokumen",
    arah: "NAIK",
    agregasi: "JUMLAH",
    target: 4,
    realisasi: [1, 1, 1, null],
  });

  it("sums a count up to the quarter asked, and rates a TURUN indicator by the unit's rule", () => {
    const bk = bukuKerja({ pengaturan, indikator: [pengaduan, dokumen] });
    const tw2 = dataTriwulan(bk, 2, TANGGAL);
    // (2 x 10 - 5) / 10 = 150 %; 2 of 4 documents = 50 %.
    expect(tw2.daftar.indikator.map((r) => [r.realisasi, r.capaian, r.predikat])).toEqual([
      ["5", "150,00 %", "Sangat Berhasil"],
      ["2", "50,00 %", "Cukup Berhasil"],
    ]);
    expect(tw2.nilai.kesimpulan).toBe("1 dari 2 indikator kinerja telah mencapai atau melampaui target.");
    expect(tw2.nilai.triwulan).toBe("II");
    // T/R: 10 / 5 = 200 %.
    const rasio = dataTriwulan(
      bukuKerja({ pengaturan: { ...pengaturan, rumusTurun: "RASIO" }, indikator: [pengaduan] }),
      2,
      TANGGAL,
    );
    expect(rasio.daftar.indikator[0]!.capaian).toBe("200,00 %");
  });

  it("shows '-' for a quarter not reported yet, and counts it as not reached", () => {
    const d = dataTriwulan(
      bukuKerja({ pengaturan, indikator: [{ ...dokumen, realisasi: [null, null, null, null] }] }),
      1,
      TANGGAL,
    );
    expect(d.daftar.indikator[0]).toMatchObject({ realisasi: "-", capaian: "-", predikat: "-" });
    expect(d.nilai.jumlahTercapai).toBe("0");
  });

  it("reports only the PK's tujuan and sasaran, program indicators left for the LKJ", () => {
    const program = indikator({ ...dokumen, kode: "1.2.1", tingkat: "Program", indikator: "Program" });
    const d = dataTriwulan(bukuKerja({ pengaturan, indikator: [dokumen, program] }), 3, TANGGAL);
    expect(d.daftar.indikator.map((r) => r.indikator)).toEqual(["Dokumen perencanaan"]);
  });

  it("says so when there is no indicator, and has no refocusing without a changed pagu", () => {
    const d = dataTriwulan(
      bukuKerja({
        pengaturan,
        anggaran: [
          barisAnggaran({
            kode: "7.01.01",
            uraian: "Program",
            paguAwal: 1000,
            realisasi: [100, 300, null, null],
          }),
        ],
      }),
      2,
      TANGGAL,
    );
    expect(d.nilai).toMatchObject({
      kesimpulan: "Belum ada indikator kinerja yang diukur.",
      adaPerubahan: "",
      totalPengurangan: "0",
      totalRealisasi: "300",
      totalSerapan: "30,00 %",
      unit: "Kecamatan Uji",
      unitKapital: "KECAMATAN UJI",
      tahun: "2024",
      tanggal: "8 Oktober 2021",
    });
    // The row is listed, but the section is left out of the document (adaPerubahan is empty).
    expect(d.daftar.perubahan.map((b) => b.pengurangan)).toEqual(["-"]);
  });
});

it("is the registry's 'triwulan': it reads Pengaturan, Kinerja and Anggaran, and makes its data for the quarter asked", () => {
  expect(LAPORAN_TRIWULAN.lembar).toEqual(["Pengaturan", "Kinerja", "Anggaran"]);
  const bk = bukuKerjaDari(CONTOH_LUMAJANG_2021);
  const k = { bk, opsi: { jenis: "triwulan" }, tw: 2, periode: parsePeriode("TW2"), ttd: TANGGAL };
  expect(LAPORAN_TRIWULAN.data(k)).toEqual(dataTriwulan(bk, 2, TANGGAL));
});
