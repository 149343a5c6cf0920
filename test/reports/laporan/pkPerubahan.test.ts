// Perjanjian Kinerja Perubahan (issue 12, "the PK as signed"): the signed PK keeps its date and
// targets; the revised agreement has its own date and prints the revised targets beside them.
// Klakah's PK 2023 (seed 001) as the sample holds it: the second sasaran signed 85,23 % and
// revised to 95,23 % (table 2.2, line 256), dated 2 Oktober 2023 (illustrative: the seed prints
// no date); below, one more sasaran target and one program target revised as well.
import { describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../../src/contoh/klakah2023";
import { parseTanggalDokumen } from "../../../src/core/format";
import type { BukuKerja } from "../../../src/core/model/bukuKerja";
import { TEMPLATE_PK, TEMPLATE_PK_PERUBAHAN } from "../../../src/reports/bawaan";
import { dataPk, dataPkPerubahan, LAPORAN_PK, LAPORAN_PK_PERUBAHAN } from "../../../src/reports/laporan/pk";
import { penandatanganan, peringatanTanggal } from "../../../src/reports/tanggal";
import { isiTemplate, periksaTemplate } from "../../../src/reports/template";
import { periksaBukuKerja } from "../../../src/sheets/periksa";
import { bukuKerja, bukuKerjaDari, indikator } from "../../rekaman";

const HARI_INI = new Date(2026, 11, 1);
const tgl = parseTanggalDokumen;

/** Klakah 2023 with its PK revised further: 95,23 % -> 97 % (row 3), 95,23 % -> 100 % (row 12). */
function klakahBerubah(tanggal: string | null = "2 Oktober 2023"): BukuKerja {
  const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
  return {
    ...bk,
    pengaturan: { ...bk.pengaturan, tanggalPkPerubahan: tanggal === null ? null : tgl(tanggal) },
    indikator: bk.indikator.map((i) =>
      i.baris === 3 ? { ...i, targetPerubahan: 97 } : i.baris === 12 ? { ...i, targetPerubahan: 100 } : i,
    ),
  };
}

/** Klakah 2023 had its PK never revised: no Target PK Perubahan, no Tanggal PK Perubahan. */
function tanpaPerubahan(): BukuKerja {
  const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
  return {
    ...bk,
    pengaturan: { ...bk.pengaturan, tanggalPkPerubahan: null },
    indikator: bk.indikator.map((i) => ({ ...i, targetPerubahan: null })),
  };
}

const teks = (bk: BukuKerja, jenis: typeof LAPORAN_PK | typeof LAPORAN_PK_PERUBAHAN) => {
  const ttd = penandatanganan(bk, jenis, HARI_INI);
  const dok =
    jenis === LAPORAN_PK
      ? isiTemplate(TEMPLATE_PK, dataPk(bk, ttd))
      : isiTemplate(TEMPLATE_PK_PERUBAHAN, dataPkPerubahan(bk, ttd));
  return dok.elemen
    .map((e) =>
      e.jenis === "paragraf"
        ? e.teks
        : e.jenis === "tabel"
          ? e.baris.map((b) => b.join(" | ")).join("\n")
          : "",
    )
    .join("\n");
};

describe("a PK Perubahan beside the signed PK (Klakah 2023, seed 001)", () => {
  const bk = klakahBerubah();

  it("keeps the signed PK as signed: Lumajang, 10 Januari 2023, 95,23 %, JUMLAH Rp 2.614.880.463", () => {
    const t = teks(bk, LAPORAN_PK);
    expect(t).toContain("Lumajang, 10 Januari 2023");
    expect(t).toMatch(/ditindaklanjuti \(IKU\) \| 95,23 %$/m);
    expect(t).not.toContain("97 %");
    expect(t).toContain("JUMLAH | Rp 2.614.880.463");
  });

  it("dates the PK Perubahan by its own setting, signed where the PK is", () => {
    expect(penandatanganan(bk, LAPORAN_PK_PERUBAHAN, HARI_INI)).toEqual({
      tempat: "Lumajang",
      tanggal: tgl("2 Oktober 2023"),
    });
  });

  it("prints each target as signed beside the revised one; an unchanged target stays in force", () => {
    const d = dataPkPerubahan(bk, penandatanganan(bk, LAPORAN_PK_PERUBAHAN, HARI_INI));
    expect(d.daftar.sasaran.map((r) => [r.target, r.targetPerubahan])).toEqual([
      ["95,23 %", "97 %"],
      ["85,23 %", "95,23 %"],
    ]);
    expect(d.daftar.sasaranProgram.map((r) => r.targetPerubahan).at(-1)).toBe("100 %");
    expect(d.daftar.sasaranProgram.map((r) => r.target).at(-1)).toBe("95,23 %");
    // The budgets as signed (seed 001's JUMLAH) beside the pagu in force after the change.
    expect([d.nilai.totalProgram, d.nilai.totalProgramPerubahan]).toEqual([
      "Rp 2.614.880.463",
      "Rp 2.486.022.481",
    ]);
    expect(periksaTemplate(TEMPLATE_PK_PERUBAHAN, d)).toEqual([]);
  });

  it("reads as a revised agreement: its title, its date, the PK it changes, both target columns", () => {
    const t = teks(bk, LAPORAN_PK_PERUBAHAN);
    expect(t).toContain("PERJANJIAN KINERJA PERUBAHAN TAHUN 2023");
    expect(t).toContain("Lumajang, 2 Oktober 2023");
    expect(t).toContain(
      "mengubah target Perjanjian Kinerja Tahun 2023 yang ditandatangani pada tanggal 10 Januari 2023",
    );
    expect(t).toContain("NO | SASARAN STRATEGIS | INDIKATOR KINERJA | TARGET PK AWAL | TARGET PK PERUBAHAN");
    expect(t).toMatch(/ditindaklanjuti \(IKU\) \| 95,23 % \| 97 %$/m);
    expect(t).toMatch(/^ \| JUMLAH \| Rp 2\.614\.880\.463 \| Rp 2\.486\.022\.481 \| $/m);
    expect(t).not.toMatch(/\{\{|\}\}|undefined|NaN|null/);
  });

  it("says nothing of the PK it changes when Tanggal PK is blank (no text stands in for it)", () => {
    const tanpa = { ...bk, pengaturan: { ...bk.pengaturan, tanggalPk: null } };
    expect(teks(tanpa, LAPORAN_PK_PERUBAHAN)).not.toContain("mengubah target");
  });
});

describe("Periksa Data on the PK Perubahan", () => {
  // The Rencana Aksi's own check of its TW IV against a revised target is test/sheets/periksa.
  const pesan = (bk: BukuKerja) =>
    [...periksaBukuKerja(bk), ...peringatanTanggal(bk)]
      .filter((m) => /Perubahan/.test(m.pesan) && m.lembar !== "Rencana Aksi")
      .map((m) => [m.tingkat, m.lembar, m.kolom ?? "", m.pesan]);

  it("is refused, in Indonesian, to a unit that revised no target", () => {
    const tanpa = tanpaPerubahan();
    expect(() => dataPkPerubahan(tanpa, penandatanganan(tanpa, LAPORAN_PK_PERUBAHAN, HARI_INI))).toThrow(
      "Belum ada Target PK Perubahan di lembar Kinerja: isi target yang diubah pada indikatornya untuk membuat Perjanjian Kinerja Perubahan.",
    );
  });

  it("has nothing to say of a unit without one, nor of the sample's own (dated) one", () => {
    expect(pesan(tanpaPerubahan())).toEqual([]);
    expect(LAPORAN_PK_PERUBAHAN.berisi(tanpaPerubahan())).toBe(false);
    expect(LAPORAN_PK_PERUBAHAN.berisi(bukuKerjaDari(CONTOH_KLAKAH_2023))).toBe(true);
    expect(pesan(bukuKerjaDari(CONTOH_KLAKAH_2023))).toEqual([]);
    expect(pesan(klakahBerubah())).toEqual([]);
  });

  it("a revised target without Tanggal PK Perubahan: the document would be dated the day it is made", () => {
    expect(pesan(klakahBerubah(null))).toEqual([
      [
        "peringatan",
        "Pengaturan",
        "",
        "Perjanjian Kinerja Perubahan akan bertanggal hari pembuatannya: Tanggal PK Perubahan di Pengaturan kosong.",
      ],
    ]);
  });

  it("a Tanggal PK Perubahan without any revised target, and one not after the PK's", () => {
    const bk = bukuKerja({
      pengaturan: { tanggalPk: tgl("10 Januari 2023"), tanggalPkPerubahan: tgl("10 Januari 2023") },
      indikator: [indikator({ indikator: "Nilai IKM", target: 90 })],
    });
    expect(pesan(bk)).toEqual([
      [
        "peringatan",
        "Pengaturan",
        "Tanggal PK Perubahan",
        "Tanggal PK Perubahan diisi (10 Januari 2023), tetapi tidak ada indikator dengan Target PK Perubahan di lembar Kinerja: Perjanjian Kinerja Perubahan tidak dapat dibuat.",
      ],
      [
        "peringatan",
        "Pengaturan",
        "Tanggal PK Perubahan",
        "Tanggal PK Perubahan (10 Januari 2023) tidak sesudah Tanggal PK (10 Januari 2023): PK Perubahan ditandatangani sesudah PK yang diubahnya.",
      ],
    ]);
  });

  it("a revised target of 0 is a galat at its cell", () => {
    const bk = bukuKerja({
      pengaturan: { tanggalPkPerubahan: tgl("2 Oktober 2023") },
      indikator: [indikator({ indikator: "Nilai IKM", target: 90, targetPerubahan: 0 })],
    });
    const m = periksaBukuKerja(bk).filter((x) => x.kolom === "Target PK Perubahan");
    expect(m.map((x) => [x.tingkat, x.baris, x.pesan])).toEqual([
      ["galat", 2, "Target PK Perubahan indikator Nilai IKM 0: capaian tidak dapat dihitung."],
    ]);
    expect(m[0]!.sel).toMatch(/^[A-Z]+2$/);
  });
});

it("Periksa Data: a Tanggal PK Perubahan outside the report year is a galat (the reports and the Capaian column would differ)", () => {
  const galat = (tanggal: string) =>
    periksaBukuKerja({
      ...bukuKerjaDari(CONTOH_KLAKAH_2023),
      pengaturan: { ...bukuKerjaDari(CONTOH_KLAKAH_2023).pengaturan, tanggalPkPerubahan: tgl(tanggal) },
    }).filter((m) => m.tingkat === "galat" && m.kolom === "Tanggal PK Perubahan");
  expect(galat("2 Oktober 2023")).toEqual([]);
  expect(galat("2 Januari 2024").map((m) => m.pesan)).toEqual([
    "Tanggal PK Perubahan (2 Januari 2024) di luar Tahun 2023: Perjanjian Kinerja Perubahan mengubah target tahun yang sedang berjalan.",
  ]);
});
