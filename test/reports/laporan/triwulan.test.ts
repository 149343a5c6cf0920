// dataTriwulan: the figures of the Laporan Kinerja Triwulan, from plain records.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
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
      d.daftar.perubahan.reduce(
        (a, b) => a + (b[k] === "-" ? 0 : Number((b[k] ?? "").replace(/\./g, ""))),
        0,
      );
    expect([jumlah("paguAwal"), jumlah("pagu"), jumlah("pengurangan")]).toEqual([
      6_420_166_069, 6_255_403_861, 164_762_208,
    ]);
    expect([d.nilai.totalPaguAwal, d.nilai.totalPagu]).toEqual(["6.420.166.069", "6.255.403.861"]);
  });

  it("compares 2021 with 2020 as BAB III 2 does: target, realisasi and capaian of both years", () => {
    expect(d.nilai.tahunLalu).toBe("2020");
    expect(d.nilai.adaPerbandingan).toBe("ya");
    expect(
      d.daftar.perbandingan.map((r) => [
        r.no,
        r.targetLalu,
        r.realisasiLalu,
        r.capaianLalu,
        r.target,
        r.realisasi,
        r.capaian,
      ]),
    ).toEqual([
      ["1", "86,32", "87,01", "100,80 %", "86,40", "87,28", "101,02 %"],
      ["2", "80 %", "96,07 %", "120,09 %", "90 %", "100 %", "111,11 %"],
      ["3", "85 %", "100 %", "117,65 %", "85 %", "100 %", "117,65 %"],
    ]);
    expect(d.nilai.kalimatPerbandingan).toBe(
      [
        "Realisasi Nilai IKM Kecamatan naik dari 87,01 pada tahun 2020 menjadi 87,28 sampai dengan triwulan III tahun 2021 (naik 0,27 poin); capaiannya naik dari 100,80 % menjadi 101,02 %.",
        "Realisasi Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti naik dari 96,07 % pada tahun 2020 menjadi 100 % sampai dengan triwulan III tahun 2021 (naik 3,93 poin); capaiannya turun dari 120,09 % menjadi 111,11 %.",
        "Realisasi Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu tetap 100 % pada tahun 2020 dan sampai dengan triwulan III tahun 2021; capaiannya tetap 117,65 %.",
      ].join(" "),
    );
  });

  it("measures the realisation against the Renstra end target as BAB III 3 does: 100,90 %, 105,26 %, 100,00 %", () => {
    expect(d.nilai.adaRenstra).toBe("ya");
    expect(d.daftar.renstra.map((r) => [r.no, r.targetRenstra, r.realisasi, r.capaianRenstra])).toEqual([
      ["1", "86,50", "87,28", "100,90 %"],
      ["2", "95 %", "100 %", "105,26 %"],
      ["3", "100 %", "100 %", "100,00 %"],
    ]);
    expect(d.nilai.kalimatRenstra).toBe(
      "Sampai dengan triwulan III tahun 2021, 3 dari 3 indikator telah memenuhi target akhir Renstra.",
    );
  });

  it("states the efficiency as BAB III 5 measures it: capaian kinerja 109,93 % against serapan 66,44 %", () => {
    // (101,02 + 111,11 + 117,65) / 3 = 109,93; 109,93 - 66,44 = 43,48 (from the unrounded figures).
    expect(d.nilai.kalimatEfisiensi).toBe(
      "Rata-rata capaian 3 indikator kinerja sampai dengan triwulan III tahun 2021 adalah 109,93 %, sedangkan serapan anggaran Rp 4.156.201.042 dari pagu Rp 6.255.403.861 adalah 66,44 %. Efisiensi (capaian kinerja dikurangi serapan anggaran) sebesar 43,48 %: capaian kinerja lebih tinggi dari serapan anggaran.",
    );
    // Seed 003 has no program indicator: no program row can be rated, the table is left out.
    expect(d.nilai.adaEfisiensiProgram).toBe("");
    expect(d.daftar.efisiensi).toEqual([]);
  });

  it("analyses the IKM's cause and solution as BAB III 4 does (seed 003 line 283), the others having none", () => {
    expect(d.nilai.adaAnalisis).toBe("ya");
    expect(d.daftar.analisis).toEqual([
      {
        no: "1",
        indikator: "Nilai IKM Kecamatan",
        capaian: "101,02 %",
        penyebab:
          "Semakin tingginya standar pelayanan yang diinginkan oleh masyarakat atas berbagai pelayanan yang ada di Kecamatan Lumajang.",
        solusi:
          "Kami akan selalu berusaha meningkatkan pelayanan kepada masyarakat untuk meningkatkan nilai IKM. Dari hasil survey, ketepatan penanganan pengaduan perlu mendapat perhatian agar kualitas pelayanan semakin meningkat.",
      },
    ]);
  });

  it("names the supporting and hindering programs of BAB III 6 (lines 306-308) once for the three indicators they serve", () => {
    expect(d.nilai.adaProgramKinerja).toBe("ya");
    expect(d.daftar.programKinerja).toHaveLength(1);
    const [r] = d.daftar.programKinerja;
    expect(r!.no).toBe("1");
    expect(r!.indikator).toBe(
      "Nilai IKM Kecamatan; Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti; Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
    );
    expect(r!.penunjang).toMatch(/^Program Penunjang Urusan Pemerintahan Daerah Kabupaten\/Kota/);
    expect(r!.penunjang).toContain(
      "Faktor yang menunjang keberhasilan kegiatan ini adalah ketepatan waktu dalam pembayaran gaji dan tunjangan serta TPP.",
    );
    expect(r!.penghambat).toBe(
      "Adanya refocusing anggaran yang menyebabkan beberapa sub kegiatan tidak bisa dilakukan atau hanya dilaksanakan sebagian.",
    );
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

  it("lists BAB III 4 and 6 for the indicators that have the text, each distinct pair of programs once", () => {
    const lain = indikator({ ...dokumen, kode: "1.3", indikator: "Desa tertib" });
    const bk = bukuKerja({
      pengaturan,
      indikator: [
        { ...pengaduan, penyebab: "Petugas baru belum terlatih.", programPenghambat: "Refocusing anggaran." },
        { ...dokumen, solusi: "Jadwal penyusunan dimajukan.", programPenunjang: "Program Perencanaan" },
        { ...lain, programPenunjang: "Program Perencanaan" },
      ],
    });
    const d = dataTriwulan(bk, 2, TANGGAL);
    expect(d.daftar.analisis).toEqual([
      {
        no: "1",
        indikator: "Jumlah pengaduan",
        capaian: "150,00 %",
        penyebab: "Petugas baru belum terlatih.",
        solusi: "",
      },
      {
        no: "2",
        indikator: "Dokumen perencanaan",
        capaian: "50,00 %",
        penyebab: "",
        solusi: "Jadwal penyusunan dimajukan.",
      },
    ]);
    expect(d.daftar.programKinerja).toEqual([
      { no: "1", indikator: "Jumlah pengaduan", penunjang: "", penghambat: "Refocusing anggaran." },
      {
        no: "2",
        indikator: "Dokumen perencanaan; Desa tertib",
        penunjang: "Program Perencanaan",
        penghambat: "",
      },
    ]);
  });

  it("rates a program's efficiency from its program indicators: capaian kinerja - serapan", () => {
    const program = indikator({
      ...dokumen,
      kode: "2.1",
      tingkat: "Program",
      sasaran: "Program Pelayanan",
      indikator: "Persentase layanan selesai",
      satuan: "%",
      agregasi: "TERAKHIR",
      target: 80,
      realisasi: [40, 80, null, null],
    });
    const bk = bukuKerja({
      pengaturan,
      indikator: [dokumen, program],
      anggaran: [
        barisAnggaran({
          kode: "7.01.02",
          uraian: "Program Pelayanan",
          paguAwal: 1000,
          realisasi: [200, 300, null, null],
        }),
        barisAnggaran({
          kode: "7.01.03",
          uraian: "Program Lain",
          paguAwal: 500,
          realisasi: [100, null, null, null],
        }),
      ],
    });
    const d = dataTriwulan(bk, 2, TANGGAL);
    // 80 / 80 = 100 %; realisasi s.d. TW II (cumulative) 300 / 1000 = 30 %; 100 - 30 = 70.
    // "Program Lain" has no indicator: it cannot be rated.
    expect(d.nilai.adaEfisiensiProgram).toBe("ya");
    expect(d.daftar.efisiensi).toEqual([
      {
        no: "1",
        program: "Program Pelayanan",
        pagu: "1.000",
        realisasi: "300",
        capaianAnggaran: "30,00 %",
        capaianKinerja: "100,00 %",
        efisiensi: "70,00 %",
      },
    ]);
    // Without last year's figures nor a Renstra end target, the comparisons are left out.
    expect(d.nilai).toMatchObject({
      adaPerbandingan: "",
      adaRenstra: "",
      kalimatPerbandingan: "",
      kalimatRenstra: "",
    });
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
    expect([d.nilai.adaAnalisis, d.nilai.adaProgramKinerja]).toEqual(["", ""]);
    // The row is listed, but the section is left out of the document (adaPerubahan is empty).
    expect(d.daftar.perubahan.map((b) => b.pengurangan)).toEqual(["-"]);
  });
});

it("is the registry's 'triwulan': it reads Pengaturan, Kinerja, Anggaran and Target Renstra, and makes its data for the quarter asked", () => {
  expect(LAPORAN_TRIWULAN.lembar).toEqual(["Pengaturan", "Kinerja", "Anggaran", "Target Renstra"]);
  const bk = bukuKerjaDari(CONTOH_LUMAJANG_2021);
  const k = { bk, opsi: { jenis: "triwulan" }, tw: 2, periode: parsePeriode("TW2"), ttd: TANGGAL };
  expect(LAPORAN_TRIWULAN.data(k)).toEqual(dataTriwulan(bk, 2, TANGGAL));
});

describe("Klakah 2023 by quarter, around its PK Perubahan of 2 Oktober 2023 (seed 001 table 2.2)", () => {
  const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
  const desa = (tw: number) => dataTriwulan(bk, tw, ttd("10 Januari 2024", "Klakah")).daftar.indikator[2]!;

  it("measures TW III, ended before the change was signed, against the signed 85,23; TW IV against 95,23", () => {
    expect(desa(3)).toMatchObject({ target: "85,23 %" });
    expect(desa(4)).toMatchObject({ target: "95,23 %", realisasi: "100 %", capaian: "105,01 %" });
  });

  it("its Rencana Aksi table at TW III: the annual target in force then, no quarter after TW III", () => {
    const ra = (tw: number) => dataTriwulan(bk, tw, ttd("10 Januari 2024", "Klakah")).daftar.capaianRa;
    const desa3 = ra(3).find((r) => r.indikator.startsWith("Rata-rata persentase desa"))!;
    expect(desa3.targetTahun).toBe("85,23 %");
    expect(ra(3).every((r) => r.tw4 === "-")).toBe(true);
    const desa4 = ra(4).find((r) => r.indikator.startsWith("Rata-rata persentase desa"))!;
    expect([desa4.targetTahun, desa4.capaianTahun]).toEqual(["95,23 %", "105,01 %"]);
  });
});
