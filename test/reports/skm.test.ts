// SKM end to end through the built bundle: the questionnaire, its responses flowing into the
// IKM, the IKM report and poster from both samples.

import { describe, expect, it } from "vitest";
import { muat } from "../bantu";
import { dialog, fn } from "../bundle";
import type { FakeGoogle } from "../fakes";

/** The bundle over a workbook that Siapkan Lembar Kerja has set up, with no data yet. */
function siap() {
  const m = muat();
  fn(m.b, "siapkanLembarKerja")();
  return m;
}

const teks = (g: FakeGoogle, id: string) => g.document(id).__text();

describe("Laporan SKM/IKM, Kecamatan Lumajang triwulan III 2021 (seed 003)", () => {
  const { g, b } = muat("lumajang-2021");
  const h = dialog(b, "buatLaporan")({ jenis: "skm", periode: "TW3" }, true);
  const t = teks(g, h.idDoc);

  it("publishes the seed's IKM 87,28 (its per-question weighting, stated) with mutu B", () => {
    expect(h.nama).toBe("Laporan SKM Triwulan III Tahun 2021 - Kecamatan Lumajang");
    expect(t).toContain(
      "Nilai IKM Kecamatan Lumajang Triwulan III Tahun 2021 adalah 87,28, dengan mutu pelayanan B (Baik).",
    );
    expect(t).toContain("per pertanyaan (rata-rata seluruh pertanyaan)");
    expect(t).toMatch(/Juli 2021 s\.d\. September 2021 terhadap 188 responden/);
    expect(t).toContain("sampel minimal 338");
  });

  it("lists the profile, the NRR of each unsur and question, and the lowest unsur with its questions", () => {
    expect(t).toContain("| Jenis Kelamin | Laki-laki | 98 | 52,13 % |");
    for (const u of ["Persyaratan", "Waktu Penyelesaian", "Penanganan Pengaduan, Saran dan Masukan"])
      expect(t).toContain(u);
    expect(t).toContain("Ketepatan penanganan pengaduan");
    expect(t).toMatch(
      /Unsur dengan nilai terendah adalah Penanganan Pengaduan, Saran dan Masukan \(NRR 3,36\), terutama pada pertanyaan: Ketepatan penanganan pengaduan \(NRR 3,22\)/,
    );
    expect(t).toContain("Menunjuk petugas khusus penanganan pengaduan");
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });

  it("carries the NRR chart", () => {
    const gambar = g
      .document(h.idDoc)
      .__dump()
      .body.flatMap((x) => (x.type === "paragraph" ? x.content : []))
      .filter((c) => c.type === "image");
    expect(gambar).toHaveLength(1);
  });
});

describe("Kecamatan Klakah 2023 (seed 001): the year, its trend, IPA, and the poster", () => {
  const { g, b } = muat("klakah-2023");

  it("shows the four quarters 81,25 / 89,51 / 83,84 / 82,14 and the IPA quadrants with a scatter", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "skm", periode: "TAHUN" }, true);
    const t = teks(g, h.idDoc);
    for (const [tw, ikm] of [
      ["Triwulan I", "81,25"],
      ["Triwulan II", "89,51"],
      ["Triwulan III", "83,84"],
      ["Triwulan IV", "82,14"],
    ]) {
      expect(t).toMatch(new RegExp(`\\| ${tw} \\| \\d+ \\| ${ikm} \\|`));
    }
    // The year by the seed's rule (IKM Tahunan in Pengaturan), the LKJ's figure: never 84,08.
    expect(t).toContain(
      "Nilai IKM Kecamatan Klakah Tahun 2023 adalah 84,19, dengan mutu pelayanan B (Baik).",
    );
    expect(t).toContain("(81,25 + 89,51 + 83,84 + 82,14) / 4 = 84,19");
    expect(t).not.toContain("84,08");
    expect(t).toContain("Importance-Performance Analysis");
    expect(t).toMatch(/\| Persyaratan \| [\d,]+ \| [\d,]+ \| I \| Prioritas Perbaikan \|/);
    const charts = g
      .document(h.idDoc)
      .__dump()
      .body.flatMap((x) => (x.type === "paragraph" ? x.content : []))
      .flatMap((c) => (c.type === "image" && c.chart ? [c.chart.kind] : []));
    expect(charts).toEqual(["column", "scatter"]);
  });

  it("makes the one-page poster of triwulan IV: IKM 82,14, mutu B", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "poster", periode: "TW4" }, true);
    const t = teks(g, h.idDoc);
    expect(h.nama).toBe("Poster IKM Triwulan IV Tahun 2023 - Kecamatan Klakah");
    expect(t).toContain("82,14");
    expect(t).toContain("MUTU PELAYANAN: B (BAIK)");
    expect(t).toContain("128 orang");
  });
});

describe("Buat Kuesioner SKM", () => {
  it("makes a published Form of the workbook's questions, whose responses flow into the IKM", () => {
    const { g, b } = siap();
    const pengaturan = g.sheetValues("Pengaturan");
    const baris = (judul: string) => pengaturan.findIndex((r) => r[0] === judul) + 1;
    g.sheet("Pengaturan").getRange(baris("Nama Unit Kerja"), 2).setValue("Kecamatan Uji");
    g.sheet("Pengaturan").getRange(baris("Tahun"), 2).setValue(2024);
    g.sheet("Pengaturan").getRange(baris("Jenis Layanan"), 2).setValue("KTP, Kartu Keluarga");
    fn(b, "buatKuesionerSkm")();
    const [form] = g.forms();
    const dump = form!.__dump();
    expect(dump.published).toBe(true);
    const judul = dump.items.map((i) => i.title);
    expect(judul).toContain("Jenis Layanan");
    expect(judul).toContain(
      "P1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    );
    expect(judul).toContain("K9. Seberapa penting: Sarana dan Prasarana?");
    const p4 = dump.items.find((i) => i.title.startsWith("P4."))!;
    expect(p4.choices).toEqual(["a. Sangat mahal", "b. Cukup mahal", "c. Murah", "d. Gratis"]);
    expect(g.ui.alerts.at(-1)!.prompt).toContain(form!.getPublishedUrl());

    // Two respondents answer; the IKM reads the response sheet.
    const skor = [4, 3];
    skor.forEach((s, r) => {
      const jawab: Record<string, string> = {
        "Jenis Layanan": "KTP",
        "Jenis Kelamin": r === 0 ? "Laki-laki" : "Perempuan",
        Usia: String(30 + r),
        Pendidikan: "SMA",
        Pekerjaan: "Wiraswasta",
      };
      for (const it of dump.items) {
        if (/^[PK]\d+\./.test(it.title)) jawab[it.title] = it.choices![s - 1]!;
      }
      form!.__submit(jawab, new Date(2024, 1, 10 + r));
    });
    const h = dialog(b, "buatLaporan")({ jenis: "poster", periode: "TW1" }, true);
    // Every answer 4 from one respondent and 3 from the other: NRR 3,5 everywhere, IKM 87,50.
    expect(teks(g, h.idDoc)).toContain("87,50");
    expect(teks(g, h.idDoc)).toContain("2 orang");
  });
});

it("makes the same service calls for 100 and 10 000 respondents (one read of the SKM sheet)", () => {
  const hitung = (n: number) => {
    const { g, b } = siap();
    const p = g.sheetValues("Pengaturan");
    const baris = (judul: string) => p.findIndex((r) => r[0] === judul) + 1;
    g.sheet("Pengaturan").getRange(baris("Nama Unit Kerja"), 2).setValue("Kecamatan Uji");
    g.sheet("Pengaturan").getRange(baris("Tahun"), 2).setValue(2024);
    const s = g.sheet("SKM");
    s.insertRowsAfter(s.getMaxRows(), n);
    s.getRange(2, 1, n, 16).setValues(
      Array.from({ length: n }, (_, i) => [
        new Date(2024, i % 12, 1 + (i % 27)),
        "KTP",
        i % 2 ? "Laki-laki" : "Perempuan",
        20 + (i % 40),
        "SMA",
        "Wiraswasta",
        "",
        ...Array.from({ length: 9 }, (_, k) => 1 + ((i + k) % 4)),
      ]),
    );
    dialog(b, "buatLaporan")({ jenis: "skm", periode: "TAHUN" }, true); // the first run also writes the template
    g.counts.reset();
    const h = dialog(b, "buatLaporan")({ jenis: "skm", periode: "TAHUN" }, true);
    expect(teks(g, h.idDoc)).toContain(`${n.toLocaleString("de-DE")} responden`);
    return g.counts.snapshot();
  };
  const kecil = hitung(100);
  expect(hitung(10_000)).toEqual(kecil);
});
