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
  const [program] = d.daftar.evaluasi;

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

  it("offers exactly the fields its list names", () => {
    for (const r of d.daftar.evaluasi) expect(Object.keys(r)).toEqual([...d.kolomDaftar.evaluasi]);
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
