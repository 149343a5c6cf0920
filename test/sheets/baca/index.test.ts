// bacaBukuKerja: the whole workbook into the core model, each sheet read once.

import { describe, expect, it } from "vitest";
import { CONTOH } from "../../../src/contoh/daftar";
import { LEMBAR, NAMA_PENGATURAN } from "../../../src/core/model/bukuKerja";
import { KINERJA } from "../../../src/core/model/kinerja";
import { RINGKASAN } from "../../../src/core/model/ringkasan";
import { PERTANYAAN_BAKU, SKM } from "../../../src/core/model/skm";
import { bacaBukuKerja } from "../../../src/sheets/baca";
import { siapkanBukuKerja } from "../../../src/sheets/siapkan";
import { bukuKerjaContoh, google, spreadsheetMini } from "../../bantu";
import { bukuKerja, bukuKerjaDari, indikator, lkeSetup, pertanyaan } from "../../rekaman";

describe("a sample written by Isi Contoh Data reads back as the records it was written from", () => {
  it.each(CONTOH.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    expect(bukuKerjaContoh(c)).toEqual({
      ...bukuKerjaDari(c),
      lembarAda: ["Sheet1", NAMA_PENGATURAN, ...LEMBAR.map((s) => s.nama), "Nilai LKE"],
    });
  });
});

it("reads a workbook fresh from Siapkan Lembar Kerja as blank settings, the standard questions, no rows", () => {
  const g = google();
  siapkanBukuKerja(g.SpreadsheetApp, g.spreadsheet);
  expect(bacaBukuKerja(g.spreadsheet)).toEqual(
    bukuKerja({
      pertanyaan: PERTANYAAN_BAKU.map((p, i) => pertanyaan({ ...p, baris: i + 2 })),
      lembarAda: ["Sheet1", NAMA_PENGATURAN, ...LEMBAR.map((s) => s.nama), "Nilai LKE"],
      lke: lkeSetup(),
    }),
  );
});

it("names each sheet every workbook needs when it is missing, and not the optional ones", () => {
  const { ss } = spreadsheetMini({ Sheet1: [] });
  const bk = bacaBukuKerja(ss);
  expect(bk.masalah).toEqual(
    ["Pengaturan", "Kinerja", "Anggaran", "SKM Pertanyaan", "SKM"].map((nama) => ({
      tingkat: "galat",
      lembar: nama,
      pesan: `Lembar "${nama}" tidak ada.`,
      saran: "Jalankan menu Siapkan Lembar Kerja untuk membuatnya.",
    })),
  );
  expect(bk).toEqual(bukuKerja({ masalah: bk.masalah, lembarAda: ["Sheet1"] }));
});

it("reads each sheet once, a form's response sheet too, and nothing else (Ringkasan is written, not read)", () => {
  const judul = (s: { kolom: readonly { judul: string }[] }) => s.kolom.map((k) => k.judul);
  const lembar: Record<string, unknown[][]> = Object.fromEntries(
    LEMBAR.map((s) => [s.nama, [s === SKM ? [...judul(s), "P1"] : judul(s)]]),
  );
  lembar[NAMA_PENGATURAN] = [["Pengaturan", "Nilai"]];
  lembar["Jawaban Formulir 1"] = [["Stempel waktu", "P1. Persyaratan"]];
  lembar.Catatan = [["bukan lembar kontrak"]];
  const { ss, bacaan } = spreadsheetMini(lembar);
  bacaBukuKerja(ss);
  expect(Object.fromEntries(bacaan)).toEqual(
    Object.fromEntries(
      Object.keys(lembar).flatMap((n) => (n === "Catatan" || n === RINGKASAN.nama ? [] : [[n, 1]])),
    ),
  );
});

it("gathers the problems of every sheet, each at its cell", () => {
  const kinerja = [KINERJA.kolom.map((k) => k.judul), KINERJA.kolom.map(() => "")];
  kinerja[1]![0] = "1.1";
  kinerja[1]![3] = "Nilai IKM";
  kinerja[1]![5] = "NAIK";
  kinerja[1]![6] = "RATA-RATA";
  kinerja[1]![7] = "sembilan puluh";
  const { ss } = spreadsheetMini({
    Pengaturan: [
      ["Pengaturan", "Nilai"],
      ["Tahun", "dua ribu"],
    ],
    Kinerja: kinerja,
  });
  const bk = bacaBukuKerja(ss);
  expect(bk.masalah.filter((m) => m.sel !== undefined).map((m) => [m.lembar, m.sel])).toEqual([
    ["Pengaturan", "B2"],
    ["Kinerja", "H2"],
  ]);
  expect(bk.indikator).toEqual([
    indikator({ kode: "1.1", indikator: "Nilai IKM", arah: "NAIK", agregasi: "RATA-RATA" }),
  ]);
});
