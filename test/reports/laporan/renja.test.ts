// The Renja tables T-C.29, T-C.30, T-C.33 (seed 002), every computed column computed here.
import { describe, expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../../src/contoh/jatiroto2020";
import { TEMPLATE_TC29 } from "../../../src/reports/bawaan";
import { dataTc29, dataTc30, dataTc33 } from "../../../src/reports/laporan/renja";
import { isiTemplate } from "../../../src/reports/template";
import { barisRenja, bukuKerja, bukuKerjaDari, kinerjaPelayanan, ttd } from "../../rekaman";

const TANGGAL = ttd("Juli 2019", "Jatiroto");
const jatiroto = bukuKerjaDari(CONTOH_RENJA_JATIROTO_2020);

describe("T-C.29, Kecamatan Jatiroto 2020 (seed 002)", () => {
  const d = dataTc29(jatiroto, TANGGAL);
  const [, program] = d.daftar.evaluasi;

  it("computes columns 12-14: 342.181.137,68 + 126.461.076 = 468.642.213,68, 25,83 % of the Renstra", () => {
    expect(program).toMatchObject({
      no: "1",
      programKegiatan: "Program Pelayanan administrasi dan Operasional Perkantoran",
      rp5: "1.814.088.000",
      rp6: "342.181.137,68",
      rp9: "126.461.076",
      rp10: "-",
      rp12: "126.461.076",
      rp13: "468.642.213,68",
      rp14: "25,83 %",
    });
  });

  it("takes K of column 13 by the indicator's agregasi: a percentage is the mean (99,34 + 41,59) / 2, rated Permendagri 86/2017", () => {
    expect(program).toMatchObject({
      k6: "99,34 %",
      k12: "41,59 %",
      k13: "70,47 %",
      k14: "78,29 %",
      predikat: "Tinggi",
    });
    expect(d.nilai).toMatchObject({ tahunN1: "2019", tahunN2: "2018" });
  });

  it("offers exactly the fields its list names (and _tebal on a group row)", () => {
    for (const r of d.daftar.evaluasi)
      expect(Object.keys(r).filter((k) => k !== "_tebal")).toEqual([...d.kolomDaftar.evaluasi]);
  });

  it("opens with the seed's group row 'A Pemerintahan Umum', bold and otherwise blank; items numbered 1-37 under it", () => {
    const [kelompok, pertama] = d.daftar.evaluasi;
    expect(kelompok).toEqual({
      ...Object.fromEntries(d.kolomDaftar.evaluasi.map((k) => [k, ""])),
      no: "A",
      programKegiatan: "Pemerintahan Umum",
      _tebal: "ya",
    });
    expect(pertama!.no).toBe("1");
    expect(d.daftar.evaluasi.filter((r) => r.no !== "").map((r) => r.no)).toEqual([
      "A",
      ...Array.from({ length: 37 }, (_, i) => String(i + 1)),
    ]);
  });

  it("is set on a landscape page, in the dialog's preview too", () => {
    expect(isiTemplate(TEMPLATE_TC29, d).lanskap).toBe(true);
  });
});

it("T-C.33: the plan with the forward year, programs bold and their pagu totalled (4.175.000.000)", () => {
  const d = dataTc33(jatiroto, TANGGAL);
  expect(d.nilai).toMatchObject({ tahunDepan: "2021", totalPaguN: "4.175.000.000" });
  expect(d.daftar.rencana[2]).toMatchObject({
    no: "3",
    programKegiatan: "Program Peningkatan Sarana dan Prasarana Aparatur",
    paguN: "3.295.000.000",
    paguN1: "260.000.000",
    _tebal: "ya",
  });
  expect(d.daftar.rencana[3]).not.toHaveProperty("_tebal");
});

it("T-C.30: the service indicators over n-5 ... n+1", () => {
  const d = dataTc30(jatiroto, TANGGAL);
  expect(d.nilai).toMatchObject({
    tahunN5: "2015",
    tahunN4: "2016",
    tahunN3: "2017",
    tahunN2: "2018",
    tahunN1: "2019",
    tahunDepan: "2021",
  });
  expect(d.daftar.pelayanan[0]).toEqual({
    no: "1",
    indikator: "Nilai IKM Kecamatan",
    t1: "75,00",
    t2: "80,00",
    t3: "83,00",
    t4: "85,00",
    realisasiN2: "85,00",
    realisasiN1: "-",
    proyeksiN: "87,00",
    proyeksiN1: "88,00",
    catatan: "",
  });
});

describe("K values keep their unit, as seed 002 prints them", () => {
  const d29 = dataTc29(jatiroto, TANGGAL);
  const d33 = dataTc33(jatiroto, TANGGAL);
  const evaluasi = (indikator: string) => d29.daftar.evaluasi.find((r) => r.indikator === indikator)!;
  const rencana = (indikator: string) => d33.daftar.rencana.find((r) => r.indikator === indikator)!;

  it("T-C.29: targets in the indicator's satuan (23 Jenis, 4 Dok, 6 Desa, 490 orang, 5 kelompok), percentages with %", () => {
    expect(evaluasi("Jumlah jenis pelayanan administrasi dan operasional perkantoran")).toMatchObject({
      k5: "23 Jenis",
      k7: "23 Jenis",
    });
    expect(evaluasi("Jumlah Dokumen LAKIP yang tersusun")).toMatchObject({ k5: "4 Dok", k7: "-" });
    expect(evaluasi("Jumlah desa yang menyusun administrasi pemerintahan dan keuangan desa")).toMatchObject({
      k5: "6 Desa",
      k7: "6 Desa",
      k8: "6 Desa",
      k9: "6 Desa",
      k12: "6 Desa",
      k13: "6 Desa",
    });
    expect(evaluasi("Jumlah koordinasi bidang pemerintahan yang difasilitasi (Audiensi)")).toMatchObject({
      k5: "490 orang",
      k7: "90 orang",
    });
    expect(evaluasi("Jumlah masyarakat terfasilitasi pembinaan pemberdayaan")).toMatchObject({
      k5: "1.476 orang",
      k9: "30 orang",
    });
    expect(evaluasi("Jumlah kelompok masyarakat terfasilitasi pembinaan pemberdayaan")).toMatchObject({
      k5: "5 kelompok",
    });
    expect(evaluasi("Persentase pemenuhan pelaporan capaian kinerja dan keuangan")).toMatchObject({
      k5: "100 %",
      k6: "100 %",
    });
  });

  it("T-C.33: targets of 2020 and 2021 with their unit (23 Jenis, 1 Dok, 250 orang, 87 %)", () => {
    expect(rencana("Jumlah jenis pelayanan administrasi dan operasional perkantoran")).toMatchObject({
      targetN: "23 Jenis",
      targetN1: "23 Jenis",
    });
    expect(rencana("Jumlah Dokumen LAKIP yang tersusun")).toMatchObject({
      targetN: "1 Dok",
      targetN1: "1 Dok",
    });
    expect(rencana("Jumlah LINMAS terfasilitasi pembinaan ketentraman dan ketertiban")).toMatchObject({
      targetN: "250 orang",
      targetN1: "300 orang",
    });
    expect(rencana("Persentase pemenuhan pelayanan dan operasional perkantoran")).toMatchObject({
      targetN: "87 %",
      targetN1: "88 %",
    });
    expect(rencana("Jumlah Desa Yang Melaksanakan Pilkades")).toMatchObject({
      targetN: "-",
      targetN1: "2 Desa",
    });
  });

  it("T-C.30: a count with its unit; an index without one, a percentage with %", () => {
    const d = dataTc30(
      bukuKerja({
        kinerjaPelayanan: [
          kinerjaPelayanan({
            indikator: "Jenis layanan",
            satuan: "Jenis",
            target: [20, 21, 22, 23],
            proyeksiN: 23,
          }),
          kinerjaPelayanan({ indikator: "IKM", satuan: "indeks", target: [75, null, null, null] }),
          kinerjaPelayanan({ indikator: "Persentase", satuan: "%", target: [44, null, null, null] }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.pelayanan.map((p) => [p.t1, p.t4, p.proyeksiN])).toEqual([
      ["20 Jenis", "23 Jenis", "23 Jenis"],
      ["75,00", "-", "-"],
      ["44 %", "-", "-"],
    ]);
  });
});

describe("T-C.29: no capaian from two units (seed 002's count rows realised in %)", () => {
  const d = dataTc29(jatiroto, TANGGAL);
  const evaluasi = (indikator: string) => d.daftar.evaluasi.find((r) => r.indikator === indikator)!;

  it("prints the realisation in its own unit, and column 14 K and the predikat as '-' (row 2: 23 Jenis, 99,34 %)", () => {
    expect(evaluasi("Jumlah jenis pelayanan administrasi dan operasional perkantoran")).toMatchObject({
      k5: "23 Jenis",
      k6: "99,34 %",
      k7: "23 Jenis",
      k8: "21,96 %",
      k9: "41,59 %",
      k12: "41,59 %",
      k13: "70,47 %",
      k14: "-",
      rp14: "25,83 %",
      predikat: "-",
    });
    // Row 7: 100 % against 4 Dok, printed today as 2.500,00 %, "Sangat Tinggi".
    expect(evaluasi("Jumlah Dokumen LAKIP yang tersusun")).toMatchObject({
      k5: "4 Dok",
      k6: "100 %",
      k13: "100 %",
      k14: "-",
      rp14: "6,08 %",
      predikat: "-",
    });
  });

  it("rates only a capaian of one unit: the rows with a predikat", () => {
    expect(
      d.daftar.evaluasi
        .filter((r) => r.predikat !== "-" && r.no !== "A")
        .map((r) => [r.indikator, r.k14, r.predikat]),
    ).toEqual([
      ["Persentase pemenuhan pelayanan dan operasional perkantoran", "78,29 %", "Tinggi"],
      ["Persentase pemenuhan sarana dan prasarana aparatur", "77,23 %", "Tinggi"],
      ["Persentase pemenuhan pelaporan capaian kinerja dan keuangan", "100,00 %", "Sangat Tinggi"],
      [
        "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti dan presentase desa yang menyusun dokumen keuangan desa yang tepat waktu",
        "95,56 %",
        "Sangat Tinggi",
      ],
      ["Jumlah desa yang menyusun administrasi pemerintahan dan keuangan desa", "100,00 %", "Sangat Tinggi"],
      ["Jumlah LINMAS terfasilitasi pembinaan ketentraman dan ketertiban", "54,17 %", "Rendah"],
      ["Jumlah kelompok masyarakat terfasilitasi pembinaan pemberdayaan", "100,00 %", "Sangat Tinggi"],
      ["Jumlah masyarakat terfasilitasi pembinaan pemberdayaan", "2,03 %", "Sangat Rendah"],
      ["Presentase keterpenuhan unsur dalam Musrenbang", "100,00 %", "Sangat Tinggi"],
      ["Persentase Usulan yang difasilitasi", "100,00 %", "Sangat Tinggi"],
      [
        "Jumlah desa yang melaksanakan tahapan verifikasi dan penyaluran bantuan sosial",
        "100,00 %",
        "Sangat Tinggi",
      ],
      [
        "Persentase pelayanan administrasi Terpadu Kecamatan yang ditindak lanjuti",
        "48,55 %",
        "Sangat Rendah",
      ],
    ]);
  });

  it("rates no capaian whose units are in doubt (no Satuan Realisasi, 100 against 4 Dok), in the preview either", () => {
    const lakip = barisRenja({
      kode: "3.1",
      programKegiatan: "LAKIP",
      indikator: "Jumlah Dokumen LAKIP yang tersusun",
      satuan: "Dok",
      agregasi: "RATA-RATA",
      targetRenstraK: 4,
      targetRenstraRp: 9_000_000,
      realisasiSampaiN2K: 100,
      realisasiSampaiN2Rp: 547_000,
    });
    const [r] = dataTc29(bukuKerja({ renja: [lakip] }), TANGGAL).daftar.evaluasi;
    expect(r).toMatchObject({ k5: "4 Dok", k6: "100 Dok", k14: "-", predikat: "-", rp14: "6,08 %" });
  });
});

describe("from a few records", () => {
  const program = barisRenja({
    kode: "1",
    sasaran: "Sasaran A",
    programKegiatan: "Program A",
    indikator: "Persentase layanan",
    satuan: "%",
    agregasi: "TERAKHIR",
    targetRenstraK: 100,
    targetRenstraRp: 1_000_000,
    realisasiSampaiN2Rp: 200_000,
    realisasiTwK: [20, 40, null, null],
    realisasiTwRp: [100_000, 300_000, null, null],
    targetN: 90,
    paguN: 1_000_000,
  });
  const tambahan = barisRenja({
    indikator: "Jumlah dokumen",
    satuan: "Dok",
    targetN: 2,
    realisasiSampaiN2K: 1,
  });
  const kegiatan = barisRenja({
    kode: "1.1",
    programKegiatan: "Kegiatan A.1",
    indikator: "Dokumen",
    paguN: 400_000,
    paguN1Maju: 500_000,
  });
  const rencanaSaja = barisRenja({ kode: "2", programKegiatan: "Program B", paguN: 250_000 });

  it("T-C.29 leaves out the rows without evaluation figures and blanks a further indicator's names", () => {
    const d = dataTc29(bukuKerja({ renja: [program, tambahan, kegiatan, rencanaSaja] }), TANGGAL);
    expect(d.daftar.evaluasi.map((r) => [r.no, r.sasaran, r.programKegiatan, r.indikator])).toEqual([
      ["1", "Sasaran A", "Program A", "Persentase layanan"],
      ["", "", "", "Jumlah dokumen"],
    ]);
    // TERAKHIR: column 13 K is column 12 (40 %); Rp 200.000 + 300.000 = 500.000 of 1.000.000.
    expect(d.daftar.evaluasi[0]).toMatchObject({
      k12: "40 %",
      k13: "40 %",
      k14: "40,00 %",
      predikat: "Sangat Rendah",
      rp13: "500.000",
      rp14: "50,00 %",
    });
    expect(d.nilai).toMatchObject({ tahunN1: "", tahunN2: "" });
  });

  it("T-C.29 prints a group row above its first printed row, not numbered; a group with nothing evaluated is left out", () => {
    const a = barisRenja({ kode: "A", programKegiatan: "Pemerintahan Umum" });
    const b = barisRenja({ kode: "B", programKegiatan: "Urusan Tanpa Evaluasi" });
    const c = barisRenja({ kode: "C", programKegiatan: "Pemberdayaan Masyarakat" });
    const program3 = barisRenja({ ...program, kode: "3", programKegiatan: "Program C" });
    const d = dataTc29(
      bukuKerja({ renja: [a, program, tambahan, kegiatan, b, rencanaSaja, c, program3] }),
      TANGGAL,
    );
    expect(
      d.daftar.evaluasi.map((r) => [r.no, r.programKegiatan, r.indikator, "_tebal" in r ? r._tebal : ""]),
    ).toEqual([
      ["A", "Pemerintahan Umum", "", "ya"],
      ["1", "Program A", "Persentase layanan", ""],
      ["", "", "Jumlah dokumen", ""],
      ["C", "Pemberdayaan Masyarakat", "", "ya"],
      ["2", "Program C", "Persentase layanan", ""],
    ]);
  });

  it("T-C.33 prints no group row (seed 002's has none), and a group is neither a program nor in the total", () => {
    const d = dataTc33(
      bukuKerja({
        renja: [
          barisRenja({ kode: "A", programKegiatan: "Pemerintahan Umum" }),
          program,
          kegiatan,
          rencanaSaja,
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.rencana.map((r) => r.no)).toEqual(["1", "2", "3"]);
    expect(d.nilai.totalPaguN).toBe("1.250.000");
  });

  it("T-C.33 estimates n+1 at 110 % unless typed, totals the programs only, and blanks a further indicator's pagu", () => {
    const d = dataTc33(
      bukuKerja({ pengaturan: { tahun: 2025 }, renja: [program, tambahan, kegiatan, rencanaSaja] }),
      TANGGAL,
    );
    expect(d.daftar.rencana.map((r) => [r.no, r.paguN, r.paguN1, r._tebal ?? ""])).toEqual([
      ["1", "1.000.000", "1.100.000", "ya"],
      ["", "", "", ""],
      ["2", "400.000", "500.000", ""],
      ["3", "250.000", "275.000", "ya"],
    ]);
    expect(d.nilai).toMatchObject({ tahunDepan: "2026", totalPaguN: "1.250.000", totalPaguN1: "1.375.000" });
  });

  it("T-C.30 prints '-' for a year without a figure", () => {
    const d = dataTc30(
      bukuKerja({
        kinerjaPelayanan: [
          kinerjaPelayanan({ indikator: "IKM", satuan: "indeks", target: [80, null, null, 85] }),
        ],
      }),
      TANGGAL,
    );
    expect(d.daftar.pelayanan[0]).toMatchObject({
      t1: "80,00",
      t2: "-",
      t3: "-",
      t4: "85,00",
      realisasiN2: "-",
    });
    expect(d.nilai.tahunN5).toBe("");
  });
});
