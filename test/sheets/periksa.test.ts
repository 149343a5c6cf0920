import { beforeEach, describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import type { Masalah } from "../../src/core/masalah";
import { bacaBukuKerja } from "../../src/sheets/baca";
import { periksaBukuKerja } from "../../src/sheets/periksa";
import { siapkanBukuKerja } from "../../src/sheets/siapkan";
import { google, googleContoh } from "../bantu";
import type { FakeGoogle } from "../fakes";

const lumajang = () => googleContoh(CONTOH_LUMAJANG_2021);

const periksa = (g: FakeGoogle) => periksaBukuKerja(bacaBukuKerja(g.spreadsheet));
const di = (masalah: Masalah[], lembar: string, sel: string) =>
  masalah.filter((m) => m.lembar === lembar && m.sel === sel);

/** The row of the Anggaran sheet holding a code. */
function barisKode(g: FakeGoogle, kode: string): number {
  const i = g.sheetValues("Anggaran").findIndex((b) => b[0] === kode);
  if (i < 0) throw new Error(kode);
  return i + 1;
}

describe("Periksa Data on the clean Lumajang sample", () => {
  it("finds no galat, the three warnings the seed itself deserves, the fungsi its LKJ lacks and its tree's unmeasured nodes", () => {
    const m = periksa(lumajang());
    expect(m.filter((x) => x.tingkat === "galat")).toEqual([]);
    expect(m.map((x) => x.pesan)).toEqual([
      // Seed 003's PK (line 218) signed the first program for neither its pagu awal nor its refocusing.
      "Anggaran PK program 7.01.01 tertulis Rp 6.183.035.351, sedangkan pagu awal menurut rinciannya Rp 6.263.525.069 (selisih -Rp 80.489.718); Perjanjian Kinerja mencetak Anggaran PK.",
      "Jumlah responden 188 kurang dari sampel minimal 338 untuk populasi 2.800 (Krejcie & Morgan, PermenPANRB 14/2017).",
      "IKM dengan bobot per unsur (87,13) berbeda dengan rata-rata per pertanyaan (87,28); laporan memakai rata-rata per pertanyaan sesuai Pengaturan.",
      // Seed 003 lists the organisation but no fungsi.
      "Bagian Fungsi belum diisi: Bab I 1.1 LKJ tidak memuatnya.",
      // Seed 003 gives its tujuan (section 2.2) and four programs (2.3) no indicator.
      ...["T1", "P1", "P2", "P3", "P4"].map((k) => `Simpul ${k} tidak punya indikator.`),
    ]);
  });
});

it("names each Klakah program whose signed PK budget differs from its pagu (seed 001 lines 788-794, the pagu after the change)", () => {
  const m = periksa(googleContoh(CONTOH_KLAKAH_2023)).filter((x) => x.kolom === "Anggaran PK");
  expect(m.map((x) => [x.tingkat, x.pesan])).toEqual([
    [
      "peringatan",
      "Anggaran PK program 7.01.01 tertulis Rp 2.104.137.463, sedangkan pagu awal menurut rinciannya Rp 2.038.004.581 (selisih Rp 66.132.882); Perjanjian Kinerja mencetak Anggaran PK.",
    ],
    [
      "peringatan",
      "Anggaran PK program 7.01.03 tertulis Rp 182.633.000, sedangkan pagu awal menurut rinciannya Rp 125.307.900 (selisih Rp 57.325.100); Perjanjian Kinerja mencetak Anggaran PK.",
    ],
    [
      "peringatan",
      "Anggaran PK program 7.01.05 tertulis Rp 7.800.000, sedangkan pagu awal menurut rinciannya Rp 2.400.000 (selisih Rp 5.400.000); Perjanjian Kinerja mencetak Anggaran PK.",
    ],
  ]);
});

it("says a survey without Populasi Penerima Layanan has its sample unjudged (the report does not)", () => {
  const g = lumajang();
  const r = g.sheetValues("Pengaturan").findIndex((b) => b[0] === "Populasi Penerima Layanan") + 1;
  g.sheet("Pengaturan").getRange(r, 2).setValue("");
  expect(periksa(g).filter((m) => m.pesan.startsWith("Populasi") || m.pesan.includes("sampel"))).toEqual([
    {
      tingkat: "peringatan",
      lembar: "Pengaturan",
      pesan:
        "Populasi Penerima Layanan kosong: kecukupan 188 responden terhadap sampel minimal (Krejcie & Morgan, PermenPANRB 14/2017) tidak dinilai.",
      saran: "Isi Populasi Penerima Layanan di Pengaturan: jumlah penerima layanan dalam periode survei.",
    },
  ]);
});

describe("Periksa Data catches each mistake, naming sheet, row and column", () => {
  let g: FakeGoogle;
  beforeEach(() => {
    g = lumajang();
  });
  const set = (lembar: string, a1: string, v: unknown) =>
    g
      .sheet(lembar)
      .getRange(a1)
      .setValue(v as string);

  it("an unreadable number", () => {
    set("Kinerja", "H3", "sembilan puluh");
    const [m] = di(periksa(g), "Kinerja", "H3");
    expect(m).toMatchObject({ tingkat: "galat", baris: 3, kolom: "Target" });
    expect(m!.pesan).toBe(
      'Target "sembilan puluh" bukan angka yang dapat dibaca. Tulis angka seperti 1.234.567,89 atau 95,23 %.',
    );
  });

  it("a missing target and a zero target", () => {
    set("Kinerja", "H4", "");
    set("Kinerja", "H2", 0);
    const m = periksa(g);
    expect(di(m, "Kinerja", "H4")[0]).toMatchObject({ tingkat: "galat", pesan: "Target kosong." });
    expect(di(m, "Kinerja", "H2")[0]).toMatchObject({
      tingkat: "galat",
      pesan: "Target 0: capaian tidak dapat dihitung.",
    });
  });

  it("arah and agregasi missing", () => {
    set("Kinerja", "F2", "");
    set("Kinerja", "G3", "");
    const m = periksa(g);
    expect(di(m, "Kinerja", "F2")[0]).toMatchObject({ tingkat: "galat", kolom: "Arah" });
    expect(di(m, "Kinerja", "G3")[0]).toMatchObject({ tingkat: "galat", kolom: "Agregasi Tahunan" });
  });

  it("a percent indicator with a fraction beside values in percent units", () => {
    set("Kinerja", "L3", 1);
    const [m] = di(periksa(g), "Kinerja", "L3");
    expect(m).toMatchObject({ tingkat: "peringatan", kolom: "Realisasi TW III" });
    expect(m!.pesan).toMatch(
      /^Nilai 1 tampak seperti pecahan \(100,00 %\), sedangkan Target ditulis dalam persen \(90,00\)/,
    );
  });

  it("a fraction typed as the PK Perubahan's target of a percent indicator", () => {
    set("Kinerja", "AA3", 0.9523);
    const [m] = di(periksa(g), "Kinerja", "AA3");
    expect(m).toMatchObject({ tingkat: "peringatan", kolom: "Target PK Perubahan" });
    expect(m!.pesan).toMatch(/^Nilai 0,9523 tampak seperti pecahan \(95,23 %\)/);
  });

  it("a realisation entered for a quarter after the one reported", () => {
    set("Kinerja", "M2", 87.5);
    const [m] = di(periksa(g), "Kinerja", "M2");
    expect(m).toMatchObject({ tingkat: "peringatan", kolom: "Realisasi TW IV" });
    expect(m!.pesan).toMatch(/triwulan yang dilaporkan TW III/);
  });

  it("a duplicate and a malformed kode", () => {
    set("Kinerja", "A4", "1.2");
    set("Kinerja", "A2", "1,1");
    const m = periksa(g);
    expect(di(m, "Kinerja", "A4")[0]!.pesan).toBe("Kode 1.2 sudah dipakai di baris 3.");
    expect(di(m, "Kinerja", "A2")[0]!.pesan).toBe('Kode "1,1" tidak sah.');
  });

  it("a parent budget line that differs from the sum of its children", () => {
    // Seed 003's PK prints 6.183.035.351 for the program its own sub kegiatan sum to 6.105.562.861.
    const r = barisKode(g, "7.01.01");
    set("Anggaran", `D${r}`, 6_183_035_351);
    const [m] = di(periksa(g), "Anggaran", `D${r}`);
    expect(m).toMatchObject({ tingkat: "galat", kolom: "Pagu Perubahan" });
    expect(m!.pesan).toMatch(
      /tertulis Rp 6\.183\.035\.351, padahal jumlah 7 rincian di bawahnya Rp 6\.105\.562\.861 \(selisih Rp 77\.472\.490\)/,
    );
  });

  it("an Anggaran PK on a line that is not a program", () => {
    const r = barisKode(g, "7.01.01.2.01");
    set("Anggaran", `M${r}`, 5_000_000);
    expect(di(periksa(g), "Anggaran", `M${r}`)).toEqual([
      expect.objectContaining({
        tingkat: "peringatan",
        kolom: "Anggaran PK",
        pesan:
          "Anggaran PK diisi pada 7.01.01.2.01, yang bukan baris program: Perjanjian Kinerja hanya memuat anggaran per program.",
      }),
    ]);
  });

  it("realisasi above pagu", () => {
    const r = barisKode(g, "7.01.01.2.01.02");
    set("Anggaran", `G${r}`, 2_620_001);
    expect(di(periksa(g), "Anggaran", `G${r}`)[0]).toMatchObject({
      tingkat: "peringatan",
      kolom: "Realisasi s.d. TW III",
    });
  });

  it('a typed sisa "-" where realisasi is below pagu (seed 003: 14.889.710 / 14.850.000 / -)', () => {
    const r = barisKode(g, "7.01.01.2.07.06");
    set("Anggaran", `J${r}`, "-");
    const [m] = di(periksa(g), "Anggaran", `J${r}`);
    expect(m).toMatchObject({ tingkat: "galat", kolom: "Sisa" });
    expect(m!.pesan).toBe(
      "Sisa tertulis Rp 0, padahal pagu Rp 14.889.710 dikurangi realisasi Rp 14.850.000 adalah Rp 39.710.",
    );
  });

  it("a typed serapan that disagrees", () => {
    const r = barisKode(g, "7.01.01.2.02.01");
    set("Anggaran", `K${r}`, 70);
    expect(di(periksa(g), "Anggaran", `K${r}`)[0]).toMatchObject({ tingkat: "galat", kolom: "Serapan (%)" });
  });

  it("SKM answers outside 1-4 / a-d", () => {
    set("SKM", "H5", 5);
    set("SKM", "I9", "e");
    const m = periksa(g);
    expect(di(m, "SKM", "H5")[0]).toMatchObject({ tingkat: "galat", kolom: "P1", baris: 5 });
    expect(di(m, "SKM", "I9")[0]!.pesan).toMatch(/Jawaban "e" tidak sah/);
  });

  it("a question not mapped to an unsur", () => {
    set("SKM Pertanyaan", "B4", "");
    const m = periksa(g);
    expect(di(m, "SKM Pertanyaan", "B4")[0]).toMatchObject({ tingkat: "galat", kolom: "Unsur" });
    expect(di(m, "SKM", "J1")[0]!.pesan).toBe("Pertanyaan P3 belum dipetakan ke unsur pelayanan.");
  });
});

describe("one annual IKM (issue 12): the Kinerja sheet's IKM indicator against the survey", () => {
  let g: FakeGoogle;
  beforeEach(() => {
    g = googleContoh(CONTOH_KLAKAH_2023);
  });
  /** Row of the IKM indicator (kode 1) in Kinerja, and a setting's row in Pengaturan. */
  const barisIkm = () => g.sheetValues("Kinerja").findIndex((b) => b[0] === "1") + 1;
  const setel = (judul: string, v: string) =>
    g
      .sheet("Pengaturan")
      .getRange(g.sheetValues("Pengaturan").findIndex((b) => b[0] === judul) + 1, 2)
      .setValue(v);
  const tentangIkm = (m: Masalah[]) => m.filter((x) => /IKM/.test(x.pesan));

  it("finds nothing on the clean Klakah sample: each quarter typed as its survey gives it", () => {
    expect(tentangIkm(periksa(g))).toEqual([]);
  });

  it("names the quarter's cell whose IKM differs from the survey's (TW II typed 89,50, the survey's 89,51)", () => {
    const r = barisIkm();
    g.sheet("Kinerja").getRange(`K${r}`).setValue(89.5);
    const m = tentangIkm(periksa(g));
    expect(m).toEqual([
      {
        tingkat: "peringatan",
        lembar: "Kinerja",
        baris: r,
        kolom: "Realisasi TW II",
        sel: `K${r}`,
        pesan:
          "Realisasi TW II indikator IKM tertulis 89,50, sedangkan IKM survei Triwulan II 2023 di lembar SKM 89,51 (116 responden).",
        saran:
          "Samakan dengan IKM hasil survei yang diumumkan, agar IKM tahunan sama di Laporan SKM, LKJ dan laporan triwulan.",
      },
    ]);
  });

  it("names the Realisasi Tahunan cell when the sheet's own roll-up is not the reports' IKM", () => {
    const r = barisIkm();
    g.sheet("Kinerja").getRange(`G${r}`).setValue("TERAKHIR");
    const [m] = tentangIkm(periksa(g));
    expect(m).toMatchObject({
      tingkat: "peringatan",
      lembar: "Kinerja",
      sel: `N${r}`,
      kolom: "Realisasi Tahunan",
    });
    expect(m!.pesan).toBe(
      "Realisasi Tahunan indikator IKM di lembar ini 82,14 (agregasi TERAKHIR), sedangkan laporan memakai 84,19 (IKM Tahunan: rata-rata IKM triwulan).",
    );
    expect(m!.saran).toBe('Pilih "RATA-RATA" di kolom Agregasi Tahunan indikator IKM.');
  });

  it("and when Pengaturan takes all the year's respondents at once, which the sheet's column cannot", () => {
    setel("IKM Tahunan", "SELURUH RESPONDEN");
    const [m] = tentangIkm(periksa(g));
    expect(m).toMatchObject({ tingkat: "peringatan", sel: `N${barisIkm()}` });
    expect(m!.pesan).toBe(
      "Realisasi Tahunan indikator IKM di lembar ini 84,19 (agregasi RATA-RATA), sedangkan laporan memakai 84,08 (IKM Tahunan: IKM seluruh responden).",
    );
  });
});

describe("a survey entered as a tally (seed 003's form)", () => {
  function rekap(baris: (number | string)[][], responden: number): FakeGoogle {
    const g = google();
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    const p = g.sheet("Pengaturan");
    const r = g.sheetValues("Pengaturan").findIndex((b) => b[0] === "Jumlah Responden (Rekap)") + 1;
    p.getRange(r, 2).setValue(responden);
    g.sheet("SKM Pertanyaan").getRange(2, 4, baris.length, 6).setValues(baris);
    return g;
  }

  it("flags a row whose counts do not add up to the respondents", () => {
    const baris = Array.from({ length: 9 }, () => [0, 10, 100, 78, "", ""] as (number | string)[]);
    baris[4] = [0, 10, 102, 78, "", ""];
    const [m] = di(periksa(rekap(baris, 188)), "SKM Pertanyaan", "D6");
    expect(m!.pesan).toBe("Jumlah jawaban pertanyaan P5 (190) tidak sama dengan jumlah responden 188.");
  });

  it("flags seed 003's impossible jumlah nilai 1018 for 188 respondents", () => {
    const baris = Array.from({ length: 9 }, () => ["", "", "", "", 650, 0] as (number | string)[]);
    baris[0] = ["", "", "", "", 1018, 0];
    const [m] = di(periksa(rekap(baris, 188)), "SKM Pertanyaan", "H2");
    expect(m!.pesan).toBe(
      "Jumlah nilai pertanyaan P1 tertulis 1.018, mustahil untuk 188 jawaban bernilai 1-4 (antara 188 dan 752).",
    );
  });
});

it("reads every sheet once, whatever its size: the same calls for 10 and 10 000 rows", () => {
  const hitung = (n: number) => {
    const g = google();
    siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
    const k = g.sheet("Kinerja");
    k.insertRowsAfter(k.getMaxRows(), n);
    k.getRange(2, 1, n, 8).setValues(
      Array.from({ length: n }, (_, i) => [
        `1.${i + 1}`,
        "Sasaran",
        "S",
        `Indikator ${i}`,
        "%",
        "NAIK",
        "TERAKHIR",
        90,
      ]),
    );
    const s = g.sheet("SKM");
    s.insertRowsAfter(s.getMaxRows(), n);
    s.getRange(2, 8, n, 9).setValues(Array.from({ length: n }, () => [4, 3, 3, 4, 3, 4, 3, 3, 4]));
    g.counts.reset();
    const m = periksa(g);
    expect(m.filter((x) => x.tingkat === "galat")).toEqual([]);
    return g.counts.snapshot();
  };
  const kecil = hitung(10);
  expect(hitung(10_000)).toEqual(kecil);
  // One read for each of the twenty-two sheets read: Profil Unit, the planning chain's Rencana
  // Aksi, IKU and Pohon Kinerja, Pembanding, Target Renstra, the evaluation's four LKE sheets,
  // Renja's Review RKPD and Usulan Pemangku Kepentingan (Ringkasan is written, not read).
  expect(kecil["Range.getValues"]).toBe(22);
});
