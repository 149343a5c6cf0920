// The menu and its handlers, end to end through the built bundle in the emulated workbook.

import { describe, expect, it } from "vitest";
import { dataContoh } from "../src/contoh/daftar";
import { muat } from "./bantu";
import { dialog, fn } from "./bundle";

describe("the add-on menu", () => {
  it("onOpen builds the Indonesian menu, and every item's handler is a global of the bundle", () => {
    const { g, b } = muat();
    g.counts.reset();
    fn(b, "onOpen")({ authMode: "NONE" });
    const items = g.ui.menuItems();
    expect(items.map((i) => i.caption)).toEqual([
      "Siapkan Lembar Kerja",
      "Isi Contoh Data",
      "Periksa Data",
      "Buat Laporan",
      "Buat Semua RKA/KAK",
      "Buat Kuesioner SKM",
      "Rekap Kabupaten",
      "Buat LHE Semua Unit (Rekap)",
      "Isi Bukti Otomatis (LKE)",
      "Kunci & Catat Status LKE",
      "Bantuan",
    ]);
    for (const i of items) expect(typeof b[i.functionName], i.functionName).toBe("function");
    // AuthMode.NONE: nothing but the Ui may be touched.
    expect(
      Object.keys(g.counts.snapshot()).every((k) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k)),
    ).toBe(true);
  });

  it("onInstall builds the same menu", () => {
    const { g, b } = muat();
    fn(b, "onInstall")({});
    expect(g.ui.menuItems()).toHaveLength(11);
  });

  it("Bantuan opens the Indonesian help dialog", () => {
    const { g, b } = muat();
    fn(b, "tampilkanBantuan")();
    expect(g.ui.lastDialog().title).toBe("Bantuan SAKIP Sheets");
    expect(g.ui.lastDialog().content).toContain("=CAPAIAN(H2:H; G2:G; F2:F)");
  });
});

describe("from an empty spreadsheet to a checked sample, through the menu", () => {
  const { g, b } = muat();

  it("Siapkan Lembar Kerja creates the sheets under the document lock and says what it did", () => {
    fn(b, "siapkanLembarKerja")();
    expect(g.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Pengaturan",
      "Kinerja",
      "Anggaran",
      "SKM",
      "SKM Pertanyaan",
      "SKM Tindak Lanjut",
      "RKA",
      "RKA Rincian",
      "Renja",
      "Kinerja Pelayanan",
      "Review RKPD",
      "Usulan Pemangku Kepentingan",
      "Profil Unit",
      "Rencana Aksi",
      "IKU",
      "Pohon Kinerja",
      "Pembanding",
      "Target Renstra",
      "Ringkasan",
      "Kriteria LKE",
      "Jawaban LKE",
      "Skala LKE",
      "Log Status LKE",
      "Nilai LKE",
    ]);
    expect(g.locks.document.acquisitions()).toBe(1);
    expect(g.locks.document.held).toBe(false);
    expect(g.ui.alerts.at(-1)!.prompt).toMatch(
      /^Lembar dibuat: Pengaturan, Kinerja, Anggaran, SKM, SKM Pertanyaan, SKM Tindak Lanjut, RKA, RKA Rincian, Renja, Kinerja Pelayanan, Review RKPD, Usulan Pemangku Kepentingan, Profil Unit, Rencana Aksi, IKU, Pohon Kinerja, Pembanding, Target Renstra, Ringkasan, Kriteria LKE, Jawaban LKE, Skala LKE, Log Status LKE, Nilai LKE\./,
    );
  });

  it("Isi Contoh Data offers both samples and fills the chosen one", () => {
    fn(b, "tampilkanContohData")();
    expect(g.ui.lastDialog().content).toContain("Kecamatan Lumajang 2021, triwulan III");
    const pesan = dialog(b, "isiContohData")(dataContoh("lumajang-2021"));
    expect(pesan).toMatch(/3 indikator, 34 baris anggaran, 14 pertanyaan SKM, 188 responden/);
    expect(g.sheetValues("Kinerja")[1]!.slice(0, 4)).toEqual([
      "1.1",
      "Sasaran",
      expect.any(String),
      "Nilai IKM Kecamatan",
    ]);
    expect(g.toasts.at(-1)!.message).toBe(pesan);
  });

  it("refuses to fill a sample over data, and changes nothing", () => {
    const sebelum = g.sheetValues("Kinerja");
    expect(() => dialog(b, "isiContohData")(dataContoh("lumajang-2021"))).toThrow(
      /hanya diisi ke buku kerja yang masih kosong/,
    );
    expect(g.sheetValues("Kinerja")).toEqual(sebelum);
  });

  it("Periksa Data shows the findings in a sidebar, and a click selects the cell", () => {
    g.sheet("Kinerja").getRange("H3").setValue("sembilan puluh");
    fn(b, "periksaData")();
    const d = g.ui.lastDialog();
    expect(d.kind).toBe("sidebar");
    expect(d.title).toBe("Periksa Data");
    expect(d.content).toContain('"sel":"H3"');
    // Seed 003's three warnings, the fungsi its LKJ lacks and its tree's five unmeasured nodes
    // (test/sheets/periksa.test.ts).
    expect(g.toasts.at(-1)!.message).toBe("1 galat dan 9 peringatan ditemukan.");
    dialog(b, "pilihSel")("Kinerja", "H3");
    expect(g.spreadsheet.getActiveSheet().getName()).toBe("Kinerja");
  });
});
