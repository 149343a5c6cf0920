import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { TEMPLATE_LKJ, TEMPLATE_PK, TEMPLATE_TRIWULAN } from "../../src/reports/bawaan";
import { dataLkj } from "../../src/reports/laporan/lkj";
import { dataPk } from "../../src/reports/laporan/pk";
import { dataTriwulan } from "../../src/reports/laporan/triwulan";
import type { Dokumen } from "../../src/reports/model";
import { isiTemplate, periksaTemplate } from "../../src/reports/template";
import { bukuKerjaContoh } from "../bantu";
import { ttd } from "../rekaman";

/** Every text of a filled document, one string, for searching. */
function teks(d: Dokumen): string {
  return d.elemen
    .map((e) =>
      e.jenis === "paragraf"
        ? e.teks
        : e.jenis === "tabel"
          ? e.baris.map((b) => b.join(" | ")).join("\n")
          : "",
    )
    .join("\n");
}

function bersih(t: string): void {
  expect(t).not.toMatch(/\{\{|\}\}|undefined|NaN|null|\[object/);
}

const TANGGAL = ttd("8 Oktober 2021");

describe("Laporan Kinerja Triwulan III 2021, Kecamatan Lumajang (seed 003)", () => {
  const bk = bukuKerjaContoh(CONTOH_LUMAJANG_2021);
  const dok = isiTemplate(TEMPLATE_TRIWULAN, dataTriwulan(bk, 3, TANGGAL));
  const t = teks(dok);

  it("is named and headed by the triwulan chosen, everywhere (the seed says 'triwulan II' inside)", () => {
    expect(dok.judul).toBe("Laporan Kinerja Triwulan III 2021 - Kecamatan Lumajang");
    expect(t).toContain("LAPORAN KINERJA TRIWULAN III");
    expect(t).not.toMatch(/triwulan II\b/i);
  });

  it("describes the organisation in BAB I B as seed 003 does (lines 37-49), then the pagu's change as C", () => {
    const i = (x: string) => t.indexOf(x);
    expect(i("B. Gambaran Umum Organisasi")).toBeGreaterThan(i("A. Latar Belakang"));
    expect(t).toContain("Susunan organisasi Kecamatan Lumajang terdiri atas:");
    expect(t).toContain("a. Sub Bagian Umum dan Kepegawaian");
    expect(i("C. Perubahan Pagu Anggaran")).toBeGreaterThan(i("B. Gambaran Umum Organisasi"));
  });

  it("letters the pagu's change B when the unit has no Profil Unit: no letter is skipped", () => {
    const tanpa = teks(isiTemplate(TEMPLATE_TRIWULAN, dataTriwulan({ ...bk, profil: [] }, 3, TANGGAL)));
    expect(tanpa).not.toContain("Gambaran Umum Organisasi");
    expect(tanpa).toContain("B. Perubahan Pagu Anggaran");
  });

  it("computes the seed's capaian: 101,02 %, 111,11 %, 117,65 %", () => {
    const tabel = dok.elemen.filter((e) => e.jenis === "tabel").find((e) => e.baris[0]![5] === "CAPAIAN")!;
    expect(tabel.baris.slice(1).map((b) => [b[3], b[4], b[5], b[6]])).toEqual([
      ["86,40", "87,28", "101,02 %", "Sangat Berhasil"],
      ["90 %", "100 %", "111,11 %", "Sangat Berhasil"],
      ["85 %", "100 %", "117,65 %", "Sangat Berhasil"],
    ]);
  });

  it("totals the budget from its lines: 6.255.403.861, 4.156.201.042, sisa 2.099.202.819, 66,44 %", () => {
    const tabel = dok.elemen.filter((e) => e.jenis === "tabel").find((e) => e.baris[1]?.[1] === "TOTAL")!;
    expect(tabel.baris[1]).toEqual([
      "",
      "TOTAL",
      "6.255.403.861",
      "4.156.201.042",
      "2.099.202.819",
      "66,44 %",
    ]);
    // Program A as in the seed's table 3.2, then its first kegiatan and sub kegiatan.
    expect(tabel.baris[2]).toEqual([
      "A",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "6.105.562.861",
      "4.044.060.042",
      "2.061.502.819",
      "66,24 %",
    ]);
    expect(tabel.baris[3]!.slice(0, 4)).toEqual([
      "I",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "3.392.000",
      "2.620.000",
    ]);
    expect(tabel.baris[4]!.slice(0, 2)).toEqual(["1", "Koordinasi dan Penyusunan Dokumen RKA-SKPD"]);
    expect(tabel.tebal).toContain(2);
  });

  it("shows the refocusing table: 6.420.166.069 -> 6.255.403.861, less 164.762.208", () => {
    expect(t).toContain("dari Rp 6.420.166.069 menjadi Rp 6.255.403.861");
    expect(t).toContain("164.762.208");
    const tabel = dok.elemen
      .filter((e) => e.jenis === "tabel")
      .find((e) => e.baris[0]![0] === "NO" && e.baris[0]![1] === "KODE SUB KEGIATAN")!;
    expect(tabel.baris).toHaveLength(22);
    expect(tabel.baris[21]).toEqual([
      "",
      "",
      "JUMLAH SELURUH SUB KEGIATAN",
      "6.420.166.069",
      "6.255.403.861",
      "164.762.208",
    ]);
  });

  it("has BAB III items 1 to 6 of the seed, in its order, with their tables", () => {
    const butir = [
      "1. Capaian indikator antara target dengan realisasi kinerja",
      "2. Perbandingan antara realisasi kinerja serta capaian kinerja tahun 2021 dengan tahun 2020",
      "3. Perbandingan realisasi kinerja sampai dengan tahun 2021 dengan target jangka menengah",
      "4. Analisis Penyebab Keberhasilan/ Kegagalan atau Peningkatan/ Penurunan Kinerja serta Alternatif Solusi yang telah dilakukan",
      "5. Analisis atas efisiensi penggunaan sumber daya",
      "6. Analisis program / kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian perjanjian kinerja",
      "3.2. Realisasi Anggaran",
    ].map((b) => t.indexOf(b));
    expect(butir.every((i) => i > t.indexOf("BAB III"))).toBe(true);
    expect([...butir].sort((a, b) => a - b)).toEqual(butir);
    const tabel = (kepala: string) =>
      dok.elemen.filter((e) => e.jenis === "tabel").filter((e) => e.baris[0]!.join("|").includes(kepala));
    const [targetRealisasi, realisasiCapaian] = tabel("TAHUN 2020");
    expect(targetRealisasi!.baris[0]).toEqual([
      "NO",
      "INDIKATOR KINERJA",
      "TARGET TAHUN 2020",
      "REALISASI TAHUN 2020",
      "TARGET TAHUN 2021",
      "REALISASI S.D. TW III TAHUN 2021",
    ]);
    expect(targetRealisasi!.baris.at(-3)).toEqual([
      "1",
      "Nilai IKM Kecamatan",
      "86,32",
      "87,01",
      "86,40",
      "87,28",
    ]);
    expect(realisasiCapaian!.baris.at(-1)).toEqual([
      "3",
      "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
      "100 %",
      "117,65 %",
      "100 %",
      "117,65 %",
    ]);
    // Item 3 as seed 003 lines 273-279: the target of 2019-2023, the realisasi of 2019-2021 (the
    // Renstra's years from Target Renstra and Kinerja); the end-target table only without them.
    expect(tabel("TARGET AKHIR RENSTRA")).toEqual([]);
    const [jangkaMenengah, ...lain] = tabel("TARGET JANGKA MENENGAH");
    expect(lain).toEqual([]);
    expect(jangkaMenengah!.baris.slice(1)).toEqual([
      ["", "", "TAHUN 2019", "TAHUN 2020", "TAHUN 2021", "TAHUN 2022", "TAHUN 2023", "2019", "2020", "2021"],
      ["1", "Nilai IKM Kecamatan", "86,32", "86,32", "86,40", "86,45", "86,50", "86,70", "87,01", "87,28"],
      [
        "2",
        "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        "75 %",
        "80 %",
        "90 %",
        "90 %",
        "95 %",
        "93 %",
        "96,07 %",
        "100 %",
      ],
      [
        "3",
        "Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
        "80 %",
        "85 %",
        "85 %",
        "95 %",
        "100 %",
        "100 %",
        "100 %",
        "100 %",
      ],
    ]);
    expect(t).toContain(
      "Realisasi Nilai IKM Kecamatan naik dari 86,70 pada tahun 2019 menjadi 87,28 sampai dengan triwulan III tahun 2021 (naik 0,58 poin), sedangkan targetnya naik dari 86,32 menjadi 86,40; target tercapai pada 2 dari 2 tahun.",
    );
    expect(t).toContain(
      "Realisasi Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu tetap 100 % pada tahun 2019 dan sampai dengan triwulan III tahun 2021, sedangkan targetnya naik dari 80 % menjadi 85 %;",
    );
    expect(t).toContain("capaiannya turun dari 120,09 % menjadi 111,11 %");
    expect(t).toContain("3 dari 3 indikator telah memenuhi target akhir Renstra");
    expect(t).toContain("Efisiensi (capaian kinerja dikurangi serapan anggaran) sebesar 43,48 %");
    // No program indicator in seed 003: no efficiency table per program.
    expect(tabel("EFISIENSI")).toEqual([]);
    // Item 4 (seed 003 line 283) is the narrative per indicator (tested below), not a table.
    expect(tabel("PENYEBAB")).toEqual([]);
    // Item 6 (lines 306-308): the programs, once.
    const program = tabel("MENUNJANG")[0]!.baris;
    expect(program[0]).toEqual([
      "NO",
      "INDIKATOR KINERJA",
      "PROGRAM/KEGIATAN YANG MENUNJANG",
      "PROGRAM/KEGIATAN YANG MENGHAMBAT",
    ]);
    expect(program).toHaveLength(2);
    expect(program[1]![2]).toContain("Administrasi Keuangan Perangkat Daerah");
    expect(program[1]![3]).toContain("refocusing anggaran");
  });

  it("item 4 speaks of each indicator by the LKJ's rule: the quarter, last year, the Renstra end target, the causes typed", () => {
    const awal = t.indexOf("4. Analisis Penyebab");
    const bagian = t.slice(awal, t.indexOf("5. Analisis atas efisiensi"));
    expect(bagian.match(/^Indikator \d: .*$/gm)).toEqual([
      "Indikator 1: Nilai IKM Kecamatan (IKU)",
      "Indikator 2: Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti (IKU)",
      "Indikator 3: Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu (IKU)",
    ]);
    // Seed 003 BAB III 1-3: 87,28 against 86,40 (101,02 %); 87,01 in 2020 (100,80 %); Renstra 2023 86,50.
    expect(bagian).toContain(
      "ditargetkan sebesar 86,40 dengan realisasi sampai dengan triwulan III tahun 2021 sebesar 87,28, sehingga capaian kinerjanya 101,02 % dengan predikat Sangat Berhasil: target telah tercapai.",
    );
    expect(bagian).toContain(
      "Dibandingkan tahun 2020 (realisasi 87,01), realisasi sampai dengan triwulan III tahun 2021 mengalami kenaikan 0,27 poin; capaiannya naik dari 100,80 % menjadi 101,02 % (naik 0,22 poin).",
    );
    expect(bagian).toContain(
      "Terhadap target akhir Renstra sebesar 86,50, realisasi sampai dengan triwulan III tahun 2021 mencapai 100,90 %: target akhir Renstra telah tercapai.",
    );
    // Seed 003 line 283, as the unit typed it; only the IKM indicator has a cause.
    expect(bagian.match(/^Kendala atau penyebab: .*$/gm)).toEqual([
      "Kendala atau penyebab: Semakin tingginya standar pelayanan yang diinginkan oleh masyarakat atas berbagai pelayanan yang ada di Kecamatan Lumajang.",
    ]);
    // The same rule as the LKJ's: the LKJ of the same workbook says the same of each indicator,
    // over the year instead of up to the quarter (the sample's IKM is the TW III survey either way).
    const lkj = dataLkj(bk, TANGGAL).daftar.narasi.map((n) => n.kalimat.replace("tahun 2021", "X"));
    const tw = dataTriwulan(bk, 3, TANGGAL).daftar.narasi.map((n) =>
      n.kalimat.replace("sampai dengan triwulan III tahun 2021", "X"),
    );
    expect(tw).toEqual(lkj);
  });

  it("reads cleanly: no placeholder, undefined or NaN left", () => bersih(t));
});

describe("Perjanjian Kinerja 2021, Kecamatan Lumajang", () => {
  const bk = bukuKerjaContoh(CONTOH_LUMAJANG_2021);
  const dok = isiTemplate(TEMPLATE_PK, dataPk(bk, ttd("11 Januari 2021")));
  const t = teks(dok);
  it("states both parties, the place and date, and the program budgets as signed with their total", () => {
    expect(t).toContain("Lumajang, 11 Januari 2021");
    expect(t).toContain("H. THORIQUL HAQ, M.ML");
    expect(t).toContain("NIP 19701218 199101 1 002");
    // The program budgets as signed (Anggaran PK, seed 003 line 218); JUMLAH the sum of the rows,
    // not the seed's 6.420.166.069 (line 222), which is the pagu awal of all sub kegiatan.
    expect(t).toContain("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Rp 6.183.035.351");
    expect(t).toContain("JUMLAH | Rp 6.339.676.351");
    // No program indicators in seed 003: no Sasaran Program table.
    expect(t).not.toContain("SASARAN PROGRAM");
    bersih(t);
  });
  it("prints a sasaran once over its indicators (merged cells in the seed)", () => {
    const tabel = dok.elemen
      .filter((e) => e.jenis === "tabel")
      .find((e) => e.baris[0]![1] === "SASARAN STRATEGIS")!;
    expect(tabel.baris.slice(1).map((b) => b[0])).toEqual(["1.", "", ""]);
  });
});

describe("LKJ 2023 Bab III, Kecamatan Klakah (seed 001)", () => {
  const bk = bukuKerjaContoh(CONTOH_KLAKAH_2023);
  const data = dataLkj(bk, ttd("31 Januari 2024", "Klakah"));
  const dok = isiTemplate(TEMPLATE_LKJ, data);
  const t = teks(dok);
  it("annual IKM is the mean of the quarters, 84,19, capaian 93,54 % (never the seed's 84,25)", () => {
    expect(t).toMatch(/Nilai IKM[^\n]*\| indeks \| 90,00 \| 84,19 \| 93,54 % \| Berhasil/);
    expect(t).not.toContain("84,25");
  });
  it("budget 2.486.022.481 with realisation 2.371.301.000", () => {
    expect(t).toContain(
      "pagu anggaran Kecamatan Klakah sebesar Rp 2.486.022.481 dengan realisasi Rp 2.371.301.000",
    );
    expect(t).toContain("95,39 %");
  });
  it("3.1.2 prints 2019-2023 as seed 001 lines 380-384 (2022 and 2023 from Kinerja, 2023's IKM the computed 84,19), then the trend", () => {
    const tabel = dok.elemen.filter((e) => e.jenis === "tabel").filter((e) => e.baris[0]!.includes("2019"));
    expect(tabel).toHaveLength(1);
    expect(tabel[0]!.baris[0]).toEqual([
      "NO",
      "INDIKATOR KINERJA",
      "2019",
      "",
      "2020",
      "",
      "2021",
      "",
      "2022",
      "",
      "2023",
      "",
    ]);
    expect(tabel[0]!.baris.slice(2).map((b) => b.slice(2))).toEqual([
      ["85,25", "78,60", "85,50", "82,34", "85,50", "82,34", "86,75", "87,03", "90,00", "84,19"],
      ["90 %", "100 %", "95 %", "93,33 %", "95 %", "93,33 %", "94,53 %", "95,45 %", "95,23 %", "95,24 %"],
      ["91 %", "97,80 %", "100 %", "83,33 %", "100 %", "83,33 %", "84,53 %", "97,20 %", "95,23 %", "100 %"],
    ]);
    expect(t).toContain(
      "Realisasi Nilai IKM Pelayanan Kecamatan Klakah naik dari 78,60 pada tahun 2019 menjadi 84,19 pada tahun 2023 (naik 5,59 poin), sedangkan targetnya naik dari 85,25 menjadi 90,00; target tercapai pada 1 dari 5 tahun (belum tercapai: 2019, 2020, 2021, 2023).",
    );
  });
  it("in the Renstra's third year, 3.1.2 prints the three years up to the report year", () => {
    const p = { ...CONTOH_KLAKAH_2023.pengaturan, periodeRenstra: "2021-2025" };
    const d = dataLkj(bukuKerjaContoh({ ...CONTOH_KLAKAH_2023, pengaturan: p }), ttd("31 Januari 2024"));
    const tabel = isiTemplate(TEMPLATE_LKJ, d)
      .elemen.filter((e) => e.jenis === "tabel")
      .filter((e) => e.baris[0]!.includes("2021"));
    expect(tabel.map((e) => e.baris[0])).toEqual([
      ["NO", "INDIKATOR KINERJA", "2021", "", "2022", "", "2023", ""],
    ]);
    expect(tabel[0]!.baris[2]!.slice(2)).toEqual(["85,50", "82,34", "86,75", "87,03", "90,00", "84,19"]);
  });
  it("has the capaian chart, computed from the same figures", () => {
    const g = dok.elemen.find((e) => e.jenis === "grafik");
    expect(g).toBeDefined();
    expect(g!.jenis === "grafik" && g!.grafik.nilai[0]).toBe(93.54);
    bersih(t);
  });
});

it("item 3 prints this year's target in force: a PK Perubahan's (targetBerlaku), as the capaian uses", () => {
  const ubah = {
    ...CONTOH_LUMAJANG_2021,
    indikator: CONTOH_LUMAJANG_2021.indikator.map((i, k) => (k === 0 ? { ...i, targetPerubahan: 86.6 } : i)),
  };
  const d = dataTriwulan(bukuKerjaContoh(ubah), 3, TANGGAL);
  expect(d.daftar.renstraTahunan[0]).toMatchObject({
    target2: "86,32",
    target3: "86,60",
    realisasi3: "87,28",
  });
  expect(d.daftar.indikator[0]).toMatchObject({ capaian: "100,79 %" });
});

it("without Periode Renstra, item 3 keeps the Renstra end target alone and 3.1.2 the last year only", () => {
  const { periodeRenstra: _, ...p } = CONTOH_LUMAJANG_2021.pengaturan;
  const bk = bukuKerjaContoh({ ...CONTOH_LUMAJANG_2021, pengaturan: p });
  const t = teks(isiTemplate(TEMPLATE_TRIWULAN, dataTriwulan(bk, 3, TANGGAL)));
  expect(t).not.toContain("TARGET JANGKA MENENGAH");
  expect(t).toContain("TARGET AKHIR RENSTRA");
  expect(t).toContain(
    "3 | Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu | 100 % | 100 % | 100,00 %",
  );
  bersih(t);
  const lkj = teks(isiTemplate(TEMPLATE_LKJ, dataLkj(bk, TANGGAL)));
  expect(lkj).toContain("TARGET 2020 | REALISASI 2020");
  expect(lkj).not.toMatch(/Target \| Realisasi/);
  bersih(lkj);
});

it("leaves BAB III items 4 and 6 out when no indicator has their text", () => {
  const tanpa = {
    ...CONTOH_LUMAJANG_2021,
    indikator: CONTOH_LUMAJANG_2021.indikator.map((i) => ({
      ...i,
      penyebab: "",
      solusi: "",
      programPenunjang: "",
      programPenghambat: "",
    })),
  };
  const t = teks(isiTemplate(TEMPLATE_TRIWULAN, dataTriwulan(bukuKerjaContoh(tanpa), 3, TANGGAL)));
  expect(t).toContain("5. Analisis atas efisiensi penggunaan sumber daya");
  // Item 4 still speaks of each indicator's figures, without a label before a missing text.
  expect(t).toContain("4. Analisis Penyebab");
  expect(t).not.toMatch(/^6\. Analisis/m);
  expect(t).not.toMatch(/PENYEBAB|MENUNJANG|Kendala atau penyebab|Upaya yang telah|program penunjang/);
});

describe("templates", () => {
  const bk = bukuKerjaContoh(CONTOH_LUMAJANG_2021);
  const data = dataTriwulan(bk, 3, TANGGAL);
  it("the default templates use only placeholders their report has", () => {
    expect(periksaTemplate(TEMPLATE_TRIWULAN, data)).toEqual([]);
    expect(periksaTemplate(TEMPLATE_PK, dataPk(bk, TANGGAL))).toEqual([]);
    expect(periksaTemplate(TEMPLATE_LKJ, dataLkj(bk, TANGGAL))).toEqual([]);
  });
  it("refuses a template with an unknown placeholder, naming it and where, before writing", () => {
    const salah: Dokumen = {
      judul: "x",
      elemen: [
        { jenis: "paragraf", teks: "Kepada {{kepalaDinas}}" },
        { jenis: "tabel", baris: [["{{indikator.nama}}", "{{anggaran.pagu}}"]] },
        { jenis: "paragraf", teks: "{{#jika adaPerubahan}}" },
      ],
    };
    expect(() => isiTemplate(salah, data, "Template Saya")).toThrow(
      /Template "Template Saya" tidak dapat dipakai; belum ada yang ditulis:\n- paragraf 1 \("Kepada \{\{kepalaDinas\}\}"\): Placeholder \{\{kepalaDinas\}\} tidak dikenal/,
    );
    const temuan = periksaTemplate(salah, data).map((x) => x.pesan);
    expect(temuan).toContain(
      "Satu baris tabel hanya boleh mengulang satu daftar, bukan indikator dan anggaran.",
    );
    expect(temuan).toContain("Ada {{#jika ...}} yang tidak ditutup dengan {{/jika}}.");
  });
  it("drops an optional section whose condition is false", () => {
    const tanpa = { ...data, nilai: { ...data.nilai, adaPerubahan: "" } };
    expect(teks(isiTemplate(TEMPLATE_TRIWULAN, tanpa))).not.toContain("Perubahan Pagu Anggaran");
  });
});
