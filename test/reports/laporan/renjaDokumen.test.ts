// The whole Renja (seed 002, Kecamatan Jatiroto 2020): its data computed from the sheets, the
// sections without data left out and the others moving up, and the default template filled.
import { describe, expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../../src/contoh/jatiroto2020";
import { TEMPLATE_RENJA } from "../../../src/reports/bawaan";
import { renderHtml } from "../../../src/reports/html";
import { dataRenja } from "../../../src/reports/laporan/renjaDokumen";
import type { Dokumen } from "../../../src/reports/model";
import { halamanElemen, lebarGuna, tataTabel } from "../../../src/reports/tata";
import { isiTemplate } from "../../../src/reports/template";
import { barisRenja, bukuKerjaDari, ttd } from "../../rekaman";

const TANGGAL = ttd("Juli 2019", "Jatiroto");
const jatiroto = bukuKerjaDari(CONTOH_RENJA_JATIROTO_2020);

/** Every text of a filled document, paragraphs and cells, one per line. */
const teks = (d: Dokumen) =>
  d.elemen
    .flatMap((e) => (e.jenis === "paragraf" ? [e.teks] : e.jenis === "tabel" ? e.baris.flat() : []))
    .join("\n");

describe("Renja Kecamatan Jatiroto 2020 (seed 002)", () => {
  const d = dataRenja(jatiroto, TANGGAL);

  it("sorts the programs of Bab II 2.1 by their output of 2019: TW II's realisation against the 2019 target", () => {
    expect(d.nilai.dasarEvaluasi).toBe("realisasi s.d. triwulan II tahun 2019 terhadap target tahun 2019");
    // 41,59 / 100 and 44,01 / 65 fall short; 86 / 86 meets it; none goes beyond (the seed's c.).
    expect(d.daftar.programTidakMemenuhi).toEqual([
      { no: "1.", uraian: "Program Pelayanan administrasi dan Operasional Perkantoran (capaian 41,59 %)" },
      { no: "2.", uraian: "Program Peningkatan Sarana dan Prasarana Aparatur (capaian 67,71 %)" },
    ]);
    expect(d.daftar.programMemenuhi.map((x) => x.uraian)).toEqual([
      "Program Penyelenggaraan Pemerintahan Kecamatan (capaian 100,00 %)",
    ]);
    expect(d.daftar.programMelebihi).toEqual([]);
    expect(d.nilai.tanpaMelebihi).toBe("Tidak terdapat program yang melebihi keluaran yang direncanakan.");
    expect(d.nilai.tanpaMemenuhi).toBe("");
  });

  it("numbers every section of the seed, the five T-C tables inside them", () => {
    expect(d.nilai).toMatchObject({
      babLatar: "1",
      babLandasan: "2",
      babMaksud: "3",
      babSistematika: "4",
      babEvaluasi: "1",
      babPelayanan: "2",
      babIsu: "3",
      babReview: "4",
      babUsulan: "5",
      babTelaah: "1",
      babTujuanSasaran: "2",
      babProgram: "3",
      babTujuan: "1",
      babFaktor: "4",
      babDaftarProgram: "5",
    });
    expect(d.daftar.landasanHukum).toHaveLength(23);
    expect(d.daftar.isu).toHaveLength(5);
    expect(d.daftar.evaluasi[0]).toMatchObject({ no: "A", programKegiatan: "Pemerintahan Umum" });
  });

  it("takes Tabel 3.1's tujuan and sasaran from Kinerja, strategies under their heading, the programs from the plan", () => {
    expect(d.nilai.tujuanUnit).toBe("Meningkatnya Kepuasan Masyarakat");
    expect(d.nilai).toMatchObject({ jumlahSasaran: "1", jumlahIndikatorSasaran: "3", jumlahProgram: "4" });
    expect(d.daftar.tujuanSasaran.map((r) => r.target)).toEqual(["87,00", "87,00", "88 %", "88 %"]);
    // No program with a target of n-1: no a-c headings standing alone (Periksa Data names them).
    const tanpaN1 = dataRenja(
      { ...jatiroto, renja: jatiroto.renja.map((r) => ({ ...r, targetN1K: null })) },
      TANGGAL,
    );
    expect(tanpaN1.nilai).toMatchObject({ adaEvaluasiProgram: "", tanpaMemenuhi: "" });
    expect(d.nilai.adaEvaluasiProgram).toBe("ya");
    expect(teks(isiTemplate(TEMPLATE_RENJA, tanpaN1))).not.toContain("a. Realisasi program");
    // Drawn up in July 2019: a PK Perubahan of 2020 does not reach back into its Tabel 3.1.
    const diubah = dataRenja(
      {
        ...jatiroto,
        indikator: jatiroto.indikator.map((i, k) => (k === 2 ? { ...i, targetPerubahan: 95 } : i)),
      },
      TANGGAL,
    );
    expect(diubah.daftar.tujuanSasaran.map((r) => r.target)).toEqual(["87,00", "87,00", "88 %", "88 %"]);
    expect(d.daftar.strategi.slice(0, 2)).toEqual([
      { no: "", uraian: "Meningkatkan kualitas pelayanan publik" },
      { no: "a.", uraian: "Pemenuhan administrasi pemerintahan desa yang sesuai dengan ketentuan" },
    ]);
    expect(d.daftar.program.map((p) => p.uraian)).toEqual([
      "Program Pelayanan administrasi dan Operasional Perkantoran",
      "Program Peningkatan Sarana dan Prasarana Aparatur",
      "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
      "Program Penyelenggaraan Pemerintahan Kecamatan",
    ]);
    // Program 4's five kegiatan (4.1 of the seed), in the sheet's order.
    expect(d.daftar.programUtama[3]!.kegiatan.split("\n")).toHaveLength(5);
  });

  it("allocates Bab IV 4.3 the sum of the programs' pagu (T-C.33's JUMLAH), with the forward year", () => {
    expect(d.nilai).toMatchObject({ totalPaguN: "4.175.000.000", tahunDepan: "2021" });
    const program3 = d.daftar.sasaranProgram.findIndex((r) =>
      r.uraian?.startsWith("Program Peningkatan Pengembangan"),
    );
    expect(d.daftar.sasaranProgram.slice(program3, program3 + 4)).toEqual([
      {
        no: "3.",
        uraian: "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
        target: "",
        _tebal: "ya",
      },
      { no: "", uraian: "Outcome:", target: "" },
      { no: "", uraian: "1. Persentase pemenuhan pelaporan capaian kinerja dan keuangan", target: "100 %" },
      { no: "", uraian: "Output:", target: "" },
    ]);
  });

  it("is portrait, each T-C table with its title on landscape pages of its own, as the kecamatan prints it", () => {
    const dok = isiTemplate(TEMPLATE_RENJA, d);
    expect(dok.lanskap).toBeFalsy();
    const halaman = halamanElemen(dok);
    // Each element's orientation, and where each T-C title and each chapter stands.
    const mendatar = (i: number) => halaman[i]!.lebar > halaman[i]!.tinggi;
    const di = (awal: string) =>
      dok.elemen.findIndex((e) => e.jenis === "paragraf" && e.teks.startsWith(awal));
    for (const tc of ["T-C.29", "T-C.30", "T-C.31", "T-C.32", "T-C.33"]) {
      const i = di(`Tabel ${tc}`);
      expect(i, tc).toBeGreaterThan(0);
      expect(mendatar(i), tc).toBe(true);
      // The table after its title is fitted to the landscape page's usable width (842 - 85 - 57 pt).
      const j = dok.elemen.findIndex((e, k) => k > i && e.jenis === "tabel");
      expect(mendatar(j)).toBe(true);
      const t = dok.elemen[j]!;
      if (t.jenis !== "tabel") throw new Error("bukan tabel");
      const w = tataTabel(t, lebarGuna(halaman[j]!)).lebar.reduce((a, b) => a + b, 0);
      expect(w).toBeCloseTo(lebarGuna(halaman[j]!), 0);
      expect(lebarGuna(halaman[j]!)).toBeGreaterThan(700);
    }
    for (const bab of ["PENGANTAR", "BAB I\n", "BAB II\n", "BAB III\n", "BAB IV\n", "BAB V\n"])
      expect(mendatar(di(bab)), bab).toBe(false);
    expect(mendatar(di("2.3. Isu-isu Penting"))).toBe(false);
    // Five T-C tables, each on landscape pages of its own with its subsection's heading; two
    // in a row (T-C.29 and T-C.30, T-C.31 and T-C.32) without an empty portrait section between.
    const bagian = dok.elemen.flatMap((e) => (e.jenis === "bagian" ? [e.lanskap] : []));
    expect(bagian).toEqual([true, true, false, true, true, false, true, false]);
    dok.elemen.forEach((e, i) => {
      if (e.jenis === "bagian") expect(dok.elemen[i - 1]?.jenis).toBe("paragraf");
    });
  });

  it("fills the default template, every chapter there, no placeholder left; the preview draws it", () => {
    const dok = isiTemplate(TEMPLATE_RENJA, d);
    const t = teks(dok);
    for (const s of [
      "PENGANTAR",
      "BAB I\nPENDAHULUAN",
      "BAB V\nPENUTUP",
      "Tabel T-C.29",
      "Tabel T-C.33",
      "Tabel 3.1",
    ])
      expect(t).toContain(s);
    expect(t).toContain("2.3. Isu-isu Penting Penyelenggaraan Tugas dan Fungsi Kecamatan Jatiroto");
    expect(t).toContain("TERWUJUDNYA MASYARAKAT LUMAJANG YANG MAKMUR, BERDAYA SAING, DAN BERMARTABAT");
    expect(t).toMatch(/Jatiroto, Juli 2019\nCAMAT JATIROTO/);
    expect(t).not.toMatch(/\{\{|undefined|NaN|belum diisi/);
    const html = renderHtml(dok);
    expect(html).toContain("4.3. Alokasi Anggaran");
    expect(html).not.toMatch(/\{\{|undefined|NaN/);
  });
});

describe("a Renja workbook holding only the Renja sheet", () => {
  const bk = {
    ...jatiroto,
    profil: [],
    indikator: [],
    kinerjaPelayanan: [],
    reviewRkpd: [],
    usulan: [],
  };
  const d = dataRenja(bk, TANGGAL);
  const t = teks(isiTemplate(TEMPLATE_RENJA, d));

  it("leaves out every section without data and moves the next up: 2.1 stays, the sistematika becomes 1.2", () => {
    expect(d.nilai).toMatchObject({
      babLandasan: "",
      babMaksud: "",
      babSistematika: "2",
      babIsu: "",
      babTelaah: "",
    });
    expect(t).toContain("1.2. Sistematika Penulisan");
    expect(t).not.toContain("Landasan Hukum");
    expect(t).not.toContain("Isu-isu Penting");
    expect(t).not.toContain("Tabel T-C.30");
    expect(t).not.toContain("Tabel 3.1");
    expect(t).not.toContain("A. Visi");
    // Bab III keeps the programs of the plan, numbered from 3.1.
    expect(t).toContain("3.1. Tujuan dan Sasaran Renja Kecamatan Jatiroto");
    expect(t).toContain("3.1.1. Program");
    expect(t).toContain("3.2. Program dan Kegiatan");
    expect(t).not.toMatch(/\{\{|undefined|NaN|belum diisi/);
  });

  it("says 'no program' under a, b or c only when some program was sorted", () => {
    const kosong = dataRenja(
      { ...bk, renja: [barisRenja({ kode: "1", programKegiatan: "Program X", paguN: 1000 })] },
      TANGGAL,
    );
    expect(kosong.nilai).toMatchObject({ tanpaTidakMemenuhi: "", tanpaMemenuhi: "", tanpaMelebihi: "" });
  });
});
