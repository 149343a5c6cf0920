// The rekap spreadsheet (issue 16): setup in any spreadsheet, one IMPORTRANGE per unit, and each
// unit's status from what Sheets shows (test/fakes/importrange.ts models IMPORTRANGE as Sheets
// returns it: #REF! until the grant, #REF! for an unreachable workbook, the row once granted).
import { beforeAll, describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { KOLOM_IMPOR, rentangImpor } from "../../src/core/model/rekap";
import { RINGKASAN } from "../../src/core/model/ringkasan";
import { hasilKabupaten } from "../../src/core/rekapKabupaten";
import { periksaRekap } from "../../src/sheets/periksa/rekap";
import { bacaRekap, JUDUL_REKAP_UNIT, siapkanRekap } from "../../src/sheets/rekap";
import { google, tulisan } from "../bantu";
import { hitungImportRange, type SumberImpor } from "../fakes/importrange";
import { sumberContoh, urlSpreadsheet } from "../rekapContoh";

const ID = {
  lumajang: "1LumajangAAAAAAAAAAAAAAAAAAAAAA",
  klakah: "1KlakahBBBBBBBBBBBBBBBBBBBBBBBBB",
  hilang: "1HilangCCCCCCCCCCCCCCCCCCCCCCCCC",
};
let sumber: Record<string, SumberImpor>;
beforeAll(() => {
  sumber = {
    [ID.lumajang]: sumberContoh(CONTOH_LUMAJANG_2021),
    [ID.klakah]: sumberContoh(CONTOH_KLAKAH_2023),
  };
});

function rekapBaru() {
  const g = google();
  siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
  const p = g.spreadsheet.getSheetByName("Pengaturan Rekap")!;
  const isi = p.getDataRange().getValues();
  const tulis = (judul: string, v: unknown) =>
    p.getRange(isi.findIndex((b) => b[0] === judul) + 1, 2).setValue(v);
  tulis("Kabupaten/Kota", "Kabupaten Lumajang");
  tulis("Tahun", 2021);
  tulis("Triwulan", "III");
  g.spreadsheet
    .getSheetByName("Rekap Unit")!
    .getRange(2, 1, 5, 3)
    .setValues([
      ["Kecamatan Lumajang", "KECAMATAN", urlSpreadsheet(ID.lumajang)],
      ["Kecamatan Klakah", "KECAMATAN", urlSpreadsheet(ID.klakah)],
      ["Dinas Hilang", "OPD", urlSpreadsheet(ID.hilang)],
      ["Kecamatan Baru", "KECAMATAN", ""],
      ["Badan Salah Tautan", "OPD", "https://example.com/berkas.xlsx"],
    ]);
  return g;
}

describe("Rekap Kabupaten", () => {
  it("sets up in any spreadsheet: settings, the unit list under Ringkasan's headers, its own Ringkasan; a second run writes nothing", () => {
    const g = google();
    const h = siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    expect(h.dibuat).toEqual(["Pengaturan Rekap", "Rekap Unit", "Ringkasan"]);
    expect(g.sheetValues("Rekap Unit")[0]).toEqual(JUDUL_REKAP_UNIT);
    g.counts.reset();
    siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    expect(tulisan(g)).toEqual({});
  });

  it("writes one IMPORTRANGE per unit with a link, reading the link from its row", () => {
    const g = rekapBaru();
    const h = siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    expect(h.imporBaru).toBe(3);
    const f = g.spreadsheet.getSheetByName("Rekap Unit")!.getRange(2, KOLOM_IMPOR, 5, 1).getFormulas();
    expect(f.map((b) => b[0])).toEqual([
      `=IMPORTRANGE($C2;"${rentangImpor()}")`,
      `=IMPORTRANGE($C3;"${rentangImpor()}")`,
      `=IMPORTRANGE($C4;"${rentangImpor()}")`,
      "",
      "",
    ]);
    expect(rentangImpor()).toBe(`Ringkasan!A2:${"AE"}2`);
    expect(h.rekap.unit.map((u) => u.status)).toEqual([
      "MEMUAT",
      "MEMUAT",
      "MEMUAT",
      "TANPA_TAUTAN",
      "TAUTAN_SALAH",
    ]);
  });

  it("tells the units waiting for the grant, the unreachable, the other period, and reads the granted", () => {
    const g = rekapBaru();
    siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    // Nothing granted yet: every import shows #REF!.
    hitungImportRange(g, sumber, new Set());
    let rekap = siapkanRekap(g.SpreadsheetApp, g.spreadsheet).rekap;
    expect(rekap.unit.slice(0, 3).map((u) => u.status)).toEqual([
      "MENUNGGU_IZIN",
      "MENUNGGU_IZIN",
      "MENUNGGU_IZIN",
    ]);
    expect(g.sheetValues("Rekap Unit")[1]![3]).toMatch(/^Menunggu izin: klik sel kolom Versi Ringkasan/);
    // The user allows access to Lumajang and Klakah; Dinas Hilang's workbook does not exist.
    hitungImportRange(g, sumber, new Set([ID.lumajang, ID.klakah, ID.hilang]));
    rekap = siapkanRekap(g.SpreadsheetApp, g.spreadsheet).rekap;
    expect(rekap.unit.map((u) => u.status)).toEqual([
      "SIAP",
      "PERIODE_LAIN",
      "MENUNGGU_IZIN",
      "TANPA_TAUTAN",
      "TAUTAN_SALAH",
    ]);
    expect(rekap.unit[1]!.keterangan).toBe("Periode lain: tahun 2023 (rekap 2021), triwulan IV (rekap III).");
    const lumajang = rekap.unit[0]!.ringkasan!;
    expect([lumajang.unit, lumajang.ikm, lumajang.responden, lumajang.serapan]).toEqual([
      "Kecamatan Lumajang",
      87.28,
      188,
      66.44,
    ]);
    expect(lumajang.capaian).toBeCloseTo((101.0185 + 111.1111 + 117.6471) / 3, 2);
    expect(rekap.unit[0]!.terbaca).not.toBeNull();
    // Once read, a later #REF! is no longer a grant to wait for: the workbook became unreachable.
    hitungImportRange(g, {}, new Set([ID.lumajang]));
    expect(siapkanRekap(g.SpreadsheetApp, g.spreadsheet).rekap.unit[0]!.status).toBe("TIDAK_TERJANGKAU");
  });

  it("reads the rekap with one getValues per sheet, whatever the number of units", () => {
    const g = rekapBaru();
    siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    hitungImportRange(g, sumber, new Set([ID.lumajang, ID.klakah]));
    g.counts.reset();
    const r = bacaRekap(g.spreadsheet);
    expect(r.unit).toHaveLength(5);
    expect(g.counts.get("Range.getValues")).toBe(2);
    expect(hasilKabupaten(r.pengaturan, r.unit).ikm!.responden).toBe(188);
  });

  it("writes the kabupaten's own Ringkasan row in the units' layout, respondents carried up", () => {
    const g = rekapBaru();
    siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    hitungImportRange(g, sumber, new Set([ID.lumajang, ID.klakah]));
    siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    const baris = g.sheetValues("Ringkasan")[1]!;
    const di = (kunci: string) => baris[RINGKASAN.kolom.findIndex((k) => k.kunci === kunci)];
    expect([di("versi"), di("unit"), di("tahun"), di("triwulan"), di("ikm"), di("responden")]).toEqual([
      2,
      "Kabupaten Lumajang",
      2021,
      "III",
      87.28,
      188,
    ]);
  });
});

describe("Periksa Data on a rekap", () => {
  it("names a unit listed twice (galat), each unit not counted and why, a survey below its minimum sample", () => {
    const g = rekapBaru();
    const su = g.spreadsheet.getSheetByName("Rekap Unit")!;
    su.getRange(7, 1, 1, 3).setValues([["Kec. Lumajang (lagi)", "KECAMATAN", urlSpreadsheet(ID.lumajang)]]);
    siapkanRekap(g.SpreadsheetApp, g.spreadsheet);
    const kecil: SumberImpor = structuredClone(sumber[ID.lumajang]!);
    const iSampel = RINGKASAN.kolom.findIndex((k) => k.kunci === "sampelMinimal");
    kecil.lembar.Ringkasan![1]![iSampel] = 200;
    hitungImportRange(g, { ...sumber, [ID.lumajang]: kecil }, new Set([ID.lumajang, ID.klakah]));
    const m = periksaRekap(bacaRekap(g.spreadsheet));
    expect(m.filter((x) => x.tingkat === "galat").map((x) => [x.baris, x.pesan])).toEqual([
      [7, "Unit ini sama dengan baris 2 (buku kerjanya): akan terhitung dua kali."],
    ]);
    const pesan = m.map((x) => x.pesan);
    expect(pesan).toContain("Kecamatan Lumajang: responden SKM 188, kurang dari sampel minimal 200.");
    expect(pesan).toContain(
      "Kecamatan Klakah: Periode lain: tahun 2023 (rekap 2021), triwulan IV (rekap III).",
    );
    expect(pesan.some((p) => p.startsWith("Dinas Hilang: Menunggu izin"))).toBe(true);
    expect(pesan).toContain("Kecamatan Baru: Tautan buku kerja belum diisi.");
  });
});
