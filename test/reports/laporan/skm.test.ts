// The SKM report model (src/reports/laporan/skm.ts): the IPA chart computed in core, the quadrants
// included, so that the chart says what the IPA table says; the figures from respondents or a tally.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021, SKM_LUMAJANG_2021 } from "../../../src/contoh/lumajang2021";
import { NAMA_KUADRAN } from "../../../src/core/ikm";
import { bulatkan } from "../../../src/core/pembulatan";
import { parsePeriode } from "../../../src/core/skm";
import { TEMPLATE_POSTER, TEMPLATE_SKM } from "../../../src/reports/bawaan";
import { analisisBukuKerja, dataSkm, NAMA_KUADRAN_GRAFIK } from "../../../src/reports/laporan/skm";
import type { Dokumen, Tabel } from "../../../src/reports/model";
import { selGabung } from "../../../src/reports/tata";
import { isiTemplate } from "../../../src/reports/template";
import { bukuKerjaContoh } from "../../bantu";
import { bukuKerja, bukuKerjaDari, pertanyaan, ttd } from "../../rekaman";

describe("dataSkm: the IPA chart (Kecamatan Klakah 2023, seed 001)", () => {
  const bk = bukuKerjaContoh(CONTOH_KLAKAH_2023);
  const periode = parsePeriode("TAHUN");
  const data = dataSkm(bk, periode, ttd("15 Januari 2024", "Klakah"));
  const ipa = analisisBukuKerja(bk, periode).ipa!;
  const sebar = data.grafik.ipa!.sebar!;

  it("gives each unsur the quadrant of the IPA table, as core's kuadranIpa put it", () => {
    expect(sebar.kuadran).toEqual(ipa.baris.map((b) => b.kuadran));
    expect(sebar.kuadran).toEqual(data.daftar.ipa!.map((r) => r.kuadran));
    // The year's NRR is the mean of its quarters' (IKM Tahunan, seed 001): unsur 8 prints 3,37
    // beside a mean that prints 3,37, yet lies just above the mean: IV, not III.
    expect(data.daftar.ipa![7]!.kinerja).toBe("3,37");
    expect(data.nilai.rataKinerja).toBe("3,37");
    expect(ipa.baris[7]!.kinerja).toBeGreaterThan(ipa.rataKinerja);
    expect(sebar.kuadran[7]).toBe("IV");
  });

  it("and with the year's respondents taken at once, unsur 8 prints 3,36 beside 3,36 yet lies below: III", () => {
    bk.pengaturan.ikmTahunan = "SELURUH_RESPONDEN";
    try {
      const d = dataSkm(bk, periode, ttd("15 Januari 2024", "Klakah"));
      const a = analisisBukuKerja(bk, periode).ipa!;
      expect([d.daftar.ipa![7]!.kinerja, d.nilai.rataKinerja]).toEqual(["3,36", "3,36"]);
      expect(a.baris[7]!.kinerja).toBeLessThan(a.rataKinerja);
      expect(d.grafik.ipa!.sebar!.kuadran[7]).toBe("III");
      expect(d.grafik.ipa!.sebar!.kuadran).toEqual(d.daftar.ipa!.map((r) => r.kuadran));
    } finally {
      bk.pengaturan.ikmTahunan = "RATA_RATA_TRIWULAN";
    }
  });

  it("names the quadrants with core's names, after their numerals", () => {
    expect(sebar.namaKuadran).toEqual({
      I: `I ${NAMA_KUADRAN.I}`,
      II: `II ${NAMA_KUADRAN.II}`,
      III: `III ${NAMA_KUADRAN.III}`,
      IV: `IV ${NAMA_KUADRAN.IV}`,
    });
    expect(NAMA_KUADRAN_GRAFIK.I).toBe("I Prioritas Perbaikan");
  });

  it("plots the NRR rounded as printed (half away from zero on the decimal), around the exact means", () => {
    expect(data.grafik.ipa!.nilai).toEqual(ipa.baris.map((b) => bulatkan(b.kinerja, 2)));
    expect(sebar.nilaiY).toEqual(ipa.baris.map((b) => bulatkan(b.kepentingan, 2)));
    expect(sebar.rataX).toBe(ipa.rataKinerja);
    expect(sebar.rataY).toBe(ipa.rataKepentingan);
    expect(data.grafik.ipa!.label).toEqual(ipa.baris.map((b) => b.unsur));
  });
});

describe("dataSkm: Kecamatan Lumajang triwulan III 2021 (seed 003), from its respondents' records", () => {
  const bk = bukuKerjaDari(CONTOH_LUMAJANG_2021);
  const d = dataSkm(bk, parsePeriode("TW3"), ttd("18 Oktober 2021"));

  it("publishes the seed's 87,28 (mean over its 14 questions, as set in Pengaturan), mutu B", () => {
    expect(d.nilai).toMatchObject({
      periode: "Triwulan III Tahun 2021",
      periodeKapital: "TRIWULAN III TAHUN 2021",
      periodeSurvei: "Juli 2021 s.d. September 2021",
      ikm: "87,28",
      mutu: "B",
      kinerjaMutu: "Baik",
      bobot: "per pertanyaan (rata-rata seluruh pertanyaan)",
      jumlahUnsur: "9",
      jumlahPertanyaan: "14",
      jumlahResponden: "188",
      populasi: "2.800",
      sampelMinimal: "338",
      jenisLayanan: "Perizinan, Non Perizinan",
      adaIpa: "",
      rataKinerja: "-",
    });
    expect(d.nilai.kalimatSampel).toMatch(
      /^Jumlah responden 188 orang belum memenuhi sampel minimal 338 orang/,
    );
  });

  it("names the lowest unsur and its weakest question", () => {
    expect(d.nilai.unsurTerendah).toBe("Penanganan Pengaduan, Saran dan Masukan");
    expect(d.nilai.nrrTerendah).toBe("3,36");
    expect(d.nilai.pertanyaanTerendah).toMatch(/^Ketepatan penanganan pengaduan \(NRR 3,22\); /);
  });

  it("lists each question's sum of scores (question 1 read as 632, not the impossible 1018), the profile and the follow-up", () => {
    expect(d.daftar.pertanyaan[0]).toMatchObject({
      no: "1",
      kode: "P1",
      unsur: "Persyaratan",
      jumlahNilai: "632",
      rtmk: "0",
    });
    expect(d.daftar.pertanyaan).toHaveLength(14);
    expect(d.daftar.profil[0]).toEqual({
      kategori: "Jenis Kelamin",
      uraian: "Laki-laki",
      jumlah: "98",
      persen: "52,13 %",
    });
    expect(d.daftar.profil[1]).toMatchObject({ kategori: "", uraian: "Perempuan", jumlah: "90" });
    expect(d.daftar.tindakLanjut[0]!.rencana).toContain("petugas khusus penanganan pengaduan");
    expect(d.daftar.ipa).toEqual([]);
    expect(d.grafik.ipa!.label).toEqual([]);
  });

  it("prints the rekap form of seed 003: each question beside the value of its unsur (3,41 ... 3,36)", () => {
    // Seed 003 lines 384-398: 3,41 3,41 3,48 3,73 3,44 3,57 3,44 3,53 3,37. Persyaratan is
    // (632 + 653) / (2 x 188) = 3,42: the seed's 3,41 came from its impossible 1018 (domain.md);
    // Penanganan Pengaduan (657 + 605) / 376 = 3,356 is 3,36, the seed rounded it to 3,37.
    const perUnsur = d.daftar.pertanyaan.map((q) => [q.unsur, q.nrrUnsur] as const);
    expect([...new Map(perUnsur)].map(([, n]) => n)).toEqual([
      "3,42",
      "3,41",
      "3,48",
      "3,73",
      "3,44",
      "3,57",
      "3,44",
      "3,53",
      "3,36",
    ]);
    // Every question of an unsur carries its unsur's value (the form merges it over them).
    expect(perUnsur.slice(0, 2)).toEqual([
      ["Persyaratan", "3,42"],
      ["Persyaratan", "3,42"],
    ]);
    expect(d.daftar.pertanyaan.map((q) => q.rtmk)).toEqual(Array(14).fill("0"));
  });

  it("recapitulates the rest as seed 003 does, from Pengaturan and the SKM sheet", () => {
    // Seed 003 lines 406-413: populasi 2.800, 188 respondents, 30-39 years, SLTA, Laki-laki,
    // Pegawai Swasta; the seed gives no ages, the sample puts half of them in its band.
    expect(d.daftar.rekapLain).toEqual([
      { uraian: "Perkiraan jumlah populasi", nilai: "2.800" },
      { uraian: "Jumlah responden", nilai: "188" },
      { uraian: "Usia responden terbanyak", nilai: "30-39 tahun" },
      { uraian: "Pendidikan terakhir responden terbanyak", nilai: "SMA" },
      { uraian: "Jenis kelamin responden terbanyak", nilai: "Laki-laki" },
      { uraian: "Pekerjaan responden terbanyak", nilai: "Pegawai Swasta" },
      {
        uraian: "Jenis layanan yang disurvei",
        nilai: "Perizinan (94 responden); Non Perizinan (94 responden)",
      },
    ]);
  });

  it("gives the poster its respondent profile: L 98, P 90; SD 0, SMP 17, SMA 116, DIII 14, S1 40, S2 1", () => {
    expect([d.nilai.adaProfil, d.nilai.jumlahLaki, d.nilai.jumlahPerempuan]).toEqual(["ya", "98", "90"]);
    expect(d.daftar.pendidikan.map((p) => [p.uraian, p.jumlah])).toEqual([
      ["SD", "0"],
      ["SMP", "17"],
      ["SMA", "116"],
      ["D1-D3", "14"],
      ["D4/S1", "40"],
      ["S2", "1"],
      ["S3", "0"],
    ]);
  });

  it("offers exactly the fields its lists name", () => {
    for (const [nama, daftar] of Object.entries(d.daftar)) {
      const kolom = d.kolomDaftar[nama as keyof typeof d.kolomDaftar];
      for (const r of daftar) expect(Object.keys(r)).toEqual([...kolom]);
    }
  });
});

describe("dataSkm from a tally in SKM Pertanyaan (the form seed 003 publishes)", () => {
  const tally = SKM_LUMAJANG_2021.pertanyaan.map(([unsur, teks, jumlahNilai], i) =>
    pertanyaan({ baris: i + 2, kode: `P${i + 1}`, unsur, pertanyaan: teks, jumlahNilai, jumlahRtmk: 0 }),
  );
  const tw3 = parsePeriode("TW3");

  it("gives 87,28 per question and 87,13 per unsur, the regulation's weighting", () => {
    const pengaturan = { namaUnit: "Kecamatan Lumajang", tahun: 2021, respondenRekap: 188 };
    const perTanya = dataSkm(
      bukuKerja({ pengaturan: { ...pengaturan, bobotIkm: "PERTANYAAN" }, pertanyaan: tally }),
      tw3,
      ttd("18 Oktober 2021"),
    );
    const perUnsur = dataSkm(bukuKerja({ pengaturan, pertanyaan: tally }), tw3, ttd("18 Oktober 2021"));
    expect([perTanya.nilai.ikm, perUnsur.nilai.ikm]).toEqual(["87,28", "87,13"]);
    expect(perUnsur.nilai).toMatchObject({
      jumlahResponden: "188",
      periodeSurvei: "Triwulan III Tahun 2021",
      jenisLayanan: "-",
      // Without a population the sample is not judged: Periksa Data says so, the report does not
      // tell its readers to fill Pengaturan.
      kalimatSampel: "",
    });
    expect(perUnsur.daftar.profil).toEqual([]);
    expect(perUnsur.daftar.tren).toEqual([]);
    // Without respondents' rows: no profile on the poster, and only what the tally tells.
    expect([perUnsur.nilai.adaProfil, perUnsur.daftar.pendidikan]).toEqual(["", []]);
    expect(perUnsur.daftar.rekapLain).toEqual([{ uraian: "Jumlah responden", nilai: "188" }]);
    expect(perUnsur.daftar.pertanyaan.map((q) => q.nrrUnsur).slice(0, 3)).toEqual(["3,42", "3,42", "3,41"]);
  });

  it("takes counts of answers 1-4 too, and refuses a survey with nothing to tally", () => {
    const hitungan = [
      pertanyaan({ kode: "P1", unsur: "Persyaratan", jumlahJawaban: [0, 10, 100, 78] }),
      pertanyaan({ kode: "P2", unsur: "Biaya/Tarif", jumlahJawaban: [null, null, null, 188] }),
    ];
    const d = dataSkm(bukuKerja({ pertanyaan: hitungan }), tw3, ttd("18 Oktober 2021"));
    // NRR (10x2 + 100x3 + 78x4) / 188 = 3,3617 and 4: IKM (3,3617 + 4) / 2 x 25 = 92,02.
    expect(d.daftar.unsur.map((u) => u.nrr)).toEqual(["3,36", "4,00"]);
    expect(d.nilai.ikm).toBe("92,02");
    expect(() => dataSkm(bukuKerja(), tw3, ttd("18 Oktober 2021"))).toThrow(
      "Belum ada data SKM: isi lembar SKM (per responden) atau rekap di SKM Pertanyaan.",
    );
  });
});

describe("the SKM documents of Kecamatan Lumajang triwulan III 2021 (seed 003)", () => {
  const d = dataSkm(bukuKerjaDari(CONTOH_LUMAJANG_2021), parsePeriode("TW3"), ttd("18 Oktober 2021"));
  const tabel = (dok: Dokumen, kepala: string) =>
    dok.elemen.find((e): e is Tabel => e.jenis === "tabel" && e.baris[0]!.includes(kepala))!;

  it("the rekap form: the unsur and its value merged over its questions, the IKM below, its keterangan", () => {
    const dok = isiTemplate(TEMPLATE_SKM, d);
    const t = tabel(dok, "NILAI UNSUR PELAYANAN");
    expect(t.baris).toHaveLength(16);
    expect(t.baris[1]!.slice(1)).toEqual([
      "Persyaratan",
      "Kesesuaian syarat dengan jenis pelayanan",
      "632",
      "0",
      "3,36",
      "3,42",
    ]);
    expect(t.baris.at(-1)).toEqual(["NILAI HASIL SURVEI (IKM)", "", "", "", "", "", "87,28"]);
    const gabung = selGabung(t);
    // Persyaratan (rows 1-2) and its 3,42; the last row's label over six columns.
    expect(gabung).toContainEqual({ baris: 1, kolom: 6, barisRentang: 2, kolomRentang: 1 });
    expect(gabung).toContainEqual({ baris: 15, kolom: 0, barisRentang: 1, kolomRentang: 6 });
    // The five unsur of two questions each (a one-row unsur needs no merge): rows 1, 4, 6, 11, 13.
    expect(gabung.filter((g) => g.kolom === 6).map((g) => [g.baris, g.barisRentang])).toEqual([
      [1, 2],
      [4, 2],
      [6, 2],
      [11, 2],
      [13, 2],
    ]);
    const teks = dok.elemen.map((e) => (e.jenis === "paragraf" ? e.teks : "")).join("\n");
    expect(teks).toContain("Jumlah RTMK: jumlah responden yang tidak menjawab pertanyaan itu.");
    expect(tabel(dok, "Perkiraan jumlah populasi").baris[0]).toEqual([
      "Perkiraan jumlah populasi",
      ": 2.800",
    ]);
  });

  it("the poster: L 98 and P 90, and every education level with its count", () => {
    const dok = isiTemplate(TEMPLATE_POSTER, d);
    expect(tabel(dok, "Jenis kelamin").baris).toEqual([["Jenis kelamin", ": L 98 orang, P 90 orang"]]);
    expect(tabel(dok, "PENDIDIKAN").baris.map((b) => b.join(" "))).toEqual([
      "PENDIDIKAN JUMLAH",
      "SD 0",
      "SMP 17",
      "SMA 116",
      "D1-D3 14",
      "D4/S1 40",
      "S2 1",
      "S3 0",
    ]);
  });
});
