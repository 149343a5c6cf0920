// The planning chain's documents and the quarterly report's capaian per quarter (issue 15), on
// the samples built from seeds 003 and 001 and on small workbooks.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { IKU } from "../../../src/core/model/iku";
import { POHON_KINERJA } from "../../../src/core/model/pohonKinerja";
import { RENCANA_AKSI } from "../../../src/core/model/rencanaAksi";
import { svgPohon } from "../../../src/reports/html/pohon";
import { dataIku, dataPohon, dataRencanaAksi } from "../../../src/reports/laporan/perencanaan";
import { dataTriwulan } from "../../../src/reports/laporan/triwulan";
import { bukuKerja, bukuKerjaDari, indikator, rekamanKosong, ttd } from "../../rekaman";

const TTD = ttd("10 Januari 2023");

describe("the quarterly report's capaian against the Rencana Aksi", () => {
  it("Lumajang TW III (seed 003): each indicator's quarter as nilai akhir gives the seed's 101,02 / 111,11 / 117,65", () => {
    const d = dataTriwulan(bukuKerjaDari(CONTOH_LUMAJANG_2021), 3, TTD);
    expect(
      d.daftar.capaianRa.map((r) => [
        r.indikator,
        r.jenis,
        r.targetTw,
        r.realisasiTw,
        r.capaianTw,
        r.tw1,
        r.tw3,
        r.capaianTahun,
      ]),
    ).toEqual([
      ["Nilai IKM Kecamatan (IKU)", "TW III", "86,40", "87,28", "101,02 %", "-", "101,02 %", "101,02 %"],
      [
        "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti (IKU)",
        "TW III",
        "90 %",
        "100 %",
        "111,11 %",
        "-",
        "111,11 %",
        "111,11 %",
      ],
      [
        "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu (IKU)",
        "TW III",
        "85 %",
        "100 %",
        "117,65 %",
        "-",
        "117,65 %",
        "117,65 %",
      ],
    ]);
  });

  it("a kumulatif count pairs the sums to date, and a turun indicator follows the unit's rumus turun", () => {
    const ra = (kode: string, jenis: "KUMULATIF" | "NILAI AKHIR", target: number[], baris: number) => ({
      ...rekamanKosong(RENCANA_AKSI, baris),
      kode,
      jenis,
      target,
    });
    const bk = bukuKerja({
      pengaturan: { rumusTurun: "RASIO" },
      indikator: [
        indikator({
          kode: "1",
          tingkat: "Sasaran",
          indikator: "Dokumen",
          satuan: "dokumen",
          arah: "NAIK",
          agregasi: "JUMLAH",
          target: 4,
          realisasi: [1, 0, null, null],
        }),
        indikator({
          baris: 3,
          kode: "2",
          tingkat: "Sasaran",
          indikator: "Pengaduan",
          satuan: "kasus",
          arah: "TURUN",
          agregasi: "JUMLAH",
          target: 40,
          realisasi: [8, 12, null, null],
        }),
      ],
      rencanaAksi: [ra("1", "KUMULATIF", [1, 1, 1, 1], 2), ra("2", "KUMULATIF", [10, 10, 10, 10], 3)],
    });
    const d = dataTriwulan(bk, 2, TTD);
    expect(d.daftar.capaianRa.map((r) => [r.jenis, r.targetTw, r.realisasiTw, r.tw1, r.tw2, r.tw3])).toEqual([
      ["s.d. TW II", "2", "1", "100,00 %", "50,00 %", "-"],
      // T/R: 10 / 8 and 20 / 20.
      ["s.d. TW II", "20", "20", "125,00 %", "100,00 %", "-"],
    ]);
    expect(d.nilai).not.toHaveProperty("adaRencanaAksi");
  });

  it("leaves the table out of a workbook without Rencana Aksi", () => {
    expect(
      dataTriwulan(bukuKerja({ indikator: [indikator({ kode: "1", arah: "NAIK" })] }), 1, TTD).daftar
        .capaianRa,
    ).toEqual([]);
  });
});

describe("Penetapan IKU (Klakah 2023, seed 001)", () => {
  it("lists the IKU in Kinerja's order with their formula and data source", () => {
    const d = dataIku(bukuKerjaDari(CONTOH_KLAKAH_2023), TTD);
    expect(d.daftar.iku.map((r) => [r.no, r.indikator, r.sumberData])).toEqual([
      ["1", "Nilai IKM Pelayanan Kecamatan Klakah", "Hasil SKM Kecamatan Klakah, rata-rata TW I-IV"],
      [
        "2",
        "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        "Rekap fasilitasi dan koordinasi kecamatan",
      ],
      [
        "3",
        "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa yang tepat waktu",
        "Rekap dokumen administrasi pemerintahan desa",
      ],
    ]);
    expect(d.daftar.iku[0]!.sasaran).toBe("Meningkatnya Kepuasan Masyarakat");
  });

  it("leaves out a row whose indicator is not in Kinerja (Periksa Data names it)", () => {
    const bk = bukuKerja({
      indikator: [indikator({ kode: "1" })],
      iku: [{ ...rekamanKosong(IKU), kode: "9" }],
    });
    expect(dataIku(bk, TTD).daftar.iku).toEqual([]);
  });
});

describe("Rencana Aksi (Klakah 2023)", () => {
  const d = dataRencanaAksi(bukuKerjaDari(CONTOH_KLAKAH_2023), TTD);

  it("prints each indicator's quarterly targets once, then its actions with their budget per quarter", () => {
    const ikm = d.daftar.aksi[0]!;
    expect([ikm.no, ikm.indikator, ikm.target, ikm.jenis, ikm.tw1, ikm.tw4, ikm.aksi]).toEqual([
      "1",
      "Nilai IKM Pelayanan Kecamatan Klakah (IKU)",
      "90,00",
      "Nilai akhir",
      "90,00",
      "90,00",
      "",
    ]);
    const penunjang = d.daftar.aksi
      .filter((r) => r.no === "4" || (r.no === "" && r.indikator === ""))
      .slice(0, 5);
    expect(penunjang.map((r) => [r.no, r.aksi, r.ang1, r.ang4])).toEqual([
      ["4", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "1.535.000", "1.535.000"],
      ["", "Administrasi Keuangan Perangkat Daerah", "393.495.861", "393.495.863"],
      ["", "Administrasi Umum Perangkat Daerah", "18.384.533", "18.384.536"],
      ["", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "57.777.300", "57.777.300"],
      [
        "",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        "38.308.450",
        "38.308.450",
      ],
    ]);
  });

  it("totals each quarter's budget from the actions: the year's pagu of the sample's kegiatan", () => {
    const jumlah = [d.nilai.jumlah1, d.nilai.jumlah2, d.nilai.jumlah3, d.nilai.jumlah4].map((x) =>
      Number(x.replace(/\./g, "")),
    );
    // Seed 001's budget table: 2.486.022.481 for the year.
    expect(jumlah.reduce((a, b) => a + b, 0)).toBe(2_486_022_481);
  });
});

describe("Pohon Kinerja (Klakah 2023)", () => {
  const d = dataPohon(bukuKerjaDari(CONTOH_KLAKAH_2023), TTD);

  it("cascades the tujuan to its sasaran and programs, each with its indicators and codes", () => {
    expect(
      d.daftar.kaskade.slice(0, 4).map((r) => [r.kode, r.induk, r.level, r.kodeKinerja, r.kodeAnggaran]),
    ).toEqual([
      ["T1", "", "Tujuan", "1", ""],
      ["S1", "T1", "Sasaran", "1.1", ""],
      ["P1", "S1", "Program", "1.1.1", "7.01.01"],
      ["P2", "S1", "Program", "1.1.2", "7.01.02"],
    ]);
    // Program 7.01.06 measured by three indicators: one node, three rows.
    const p6 = d.daftar.kaskade.findIndex((r) => r.kodeAnggaran === "7.01.06");
    expect(d.daftar.kaskade.slice(p6, p6 + 3).map((r) => [r.kode, r.kodeKinerja])).toEqual([
      ["P6", "1.2.1"],
      ["", "1.2.2"],
      ["", "1.2.3"],
    ]);
    expect(d.nilai.jumlahSimpul).toBe("9");
  });

  it("gives the drawing its nodes depth first, each with its parent", () => {
    const g = d.grafik.pohon;
    expect(g.nilai).toEqual([0, 1, 2, 2, 2, 2, 2, 1, 2]);
    expect(d.daftar.kaskade.filter((r) => r.kode !== "").map((r) => r.induk)).toEqual([
      "",
      "T1",
      "S1",
      "S1",
      "S1",
      "S1",
      "S1",
      "T1",
      "S2",
    ]);
    const svg = svgPohon(g, g.pohon!);
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg.match(/<rect [^>]*rx="4"/g)).toHaveLength(9);
    expect(svg).toContain("Program Pembinaan dan Pengawasan");
  });

  it("packs many small roots onto shared pages rather than one page each", () => {
    const s = (baris: number, kode: string) => ({
      ...rekamanKosong(POHON_KINERJA, baris),
      kode,
      uraian: kode,
      indikator: "i",
    });
    const g = dataPohon(
      bukuKerja({ pohon: Array.from({ length: 20 }, (_, i) => s(i + 2, `R${i + 1}`)) }),
      TTD,
    ).grafik.pohon;
    const svg = svgPohon(g, g.pohon!);
    // 20 one-leaf roots: 14 on the first page, 6 on the second.
    expect(svg.match(/<svg /g)).toHaveLength(2);
    expect(svg.match(/<rect [^>]*rx="4"/g)).toHaveLength(20);
  });

  it("draws a node on a cycle or under a missing parent as a root, each node once", () => {
    const s = (baris: number, kode: string, induk: string) => ({
      ...rekamanKosong(POHON_KINERJA, baris),
      kode,
      induk,
      indikator: "i",
    });
    const bk = bukuKerja({ pohon: [s(2, "A", "B"), s(3, "B", "A"), s(4, "C", "X"), s(5, "D", "C")] });
    const g = dataPohon(bk, TTD).grafik.pohon;
    expect(g.pohon!.kode).toEqual(["A", "B", "C", "D"]);
    expect(g.nilai).toEqual([0, 0, 0, 1]);
  });

  it("splits a tree of more than 14 leaves into pages by branch, each page with its root", () => {
    const s = (baris: number, kode: string, induk: string, level: "Sasaran" | "Program" | "Kegiatan") => ({
      ...rekamanKosong(POHON_KINERJA, baris),
      kode,
      induk,
      level,
      uraian: kode,
      indikator: "i",
    });
    const baris = [s(2, "S", "", "Sasaran")];
    for (let p = 1; p <= 3; p++) {
      baris.push(s(baris.length + 2, `P${p}`, "S", "Program"));
      for (let k = 1; k <= 8; k++) baris.push(s(baris.length + 2, `K${p}.${k}`, `P${p}`, "Kegiatan"));
    }
    const g = dataPohon(bukuKerja({ pohon: baris }), TTD).grafik.pohon;
    const svg = svgPohon(g, g.pohon!);
    // 24 leaves: three branches of 8 go two pages (8 + 8 > 14, so one branch each), each drawing S.
    expect(svg.match(/<svg /g)).toHaveLength(3);
    expect(svg).toContain("Pohon Kinerja (1/3)");
    expect(svg.match(/>S · Sasaran</g)).toHaveLength(3);
  });
});
