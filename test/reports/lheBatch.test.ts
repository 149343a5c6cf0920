// One LHE per unit from the rekap (issue 16): the Ringkasan carries the LHE's inputs (Rincian LKE),
// the rekap's batch makes one LHE per unit in resumable chunks, a unit whose Rincian is stale is
// reported and skipped, and the rekap's own Ringkasan lists what it made.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { bacaRincianLke, isiLhe, kurangDipakai, teksRincianLke } from "../../src/core/lhe";
import { RINGKASAN } from "../../src/core/model/ringkasan";
import { type KeadaanBatch, lanjutkanBatch, mulaiBatch } from "../../src/reports/batch";
import { bacaRekap } from "../../src/sheets/rekap";
import { bukuKerjaContoh, muat } from "../bantu";
import { dialog, fn } from "../bundle";
import type { FakeGoogle } from "../fakes";
import { isiRekap, type UnitContoh, unitContoh } from "../rekapContoh";

let unit: UnitContoh[];
beforeAll(() => {
  unit = unitContoh([CONTOH_LUMAJANG_2021, CONTOH_KLAKAH_2023], 6);
});

const kolomRingkasan = (kunci: string) => RINGKASAN.kolom.findIndex((k) => k.kunci === kunci);

/** The LHE's body from "B. HASIL EVALUASI" to the closing sentence: what does not depend on who signs. */
function isiHasil(teks: string): string {
  const awal = teks.indexOf("B. HASIL EVALUASI");
  const akhir = teks.indexOf("Kami menghargai upaya");
  expect(awal).toBeGreaterThan(0);
  expect(akhir).toBeGreaterThan(awal);
  return teks.slice(awal, akhir);
}

describe("Rincian LKE in the Ringkasan", () => {
  it("carries the four components and the criteria the LHE names, and reads back as written", () => {
    const bk = bukuKerjaContoh(CONTOH_KLAKAH_2023);
    const isi = isiLhe(bk.lke);
    const teks = teksRincianLke(isi, "Camat Klakah", "");
    const r = bacaRincianLke(teks);
    expect(r.komponen.map((k) => k.nama)).toEqual([
      "Perencanaan Kinerja",
      "Pengukuran Kinerja",
      "Pelaporan Kinerja",
      "Evaluasi Akuntabilitas Kinerja Internal",
    ]);
    expect(r.total.evaluator).toBeCloseTo(isi.total.evaluator!, 4);
    expect(r.kurang.map((k) => k.kode)).toEqual(kurangDipakai(isi).map((k) => k.kode));
    // Far under a cell's 50 000 characters whatever the criteria's texts.
    expect(teks.length).toBeLessThan(20_000);
    expect(teksRincianLke({ ...isi, komponen: [], total: { ...isi.total, jumlahKriteria: 0 } }, "", "")).toBe(
      "",
    );
  });

  it("refuses a cell that is not a Rincian, in Indonesian", () => {
    expect(() => bacaRincianLke("84,5")).toThrow("Kolom Rincian LKE di Ringkasan unit bukan rincian");
    expect(() => bacaRincianLke('{"komponen": 3}')).toThrow("Rincian LKE di Ringkasan unit tidak sah");
  });

  it("a workbook of the older layout gets the column and the new version from Siapkan Lembar Kerja", () => {
    const { g, b } = muat("klakah-2023");
    const sr = g.spreadsheet.getSheetByName("Ringkasan")!;
    const n = RINGKASAN.kolom.length;
    // Layout 1: no Rincian LKE column, the version formula =1.
    sr.getRange(1, n, 2, 1).setValues([[""], [""]]);
    sr.getRange(2, 1).setFormula("=1");
    fn(b, "siapkanLembarKerja")();
    expect(g.sheetValues("Ringkasan")[0]![n - 1]).toBe("Rincian LKE");
    expect(sr.getRange(2, 1).getFormulas()[0]![0]).toBe("=2");
    expect(bacaRincianLke(String(g.sheetValues("Ringkasan")[1]![n - 1])).jabatanPimpinan).toBe(
      "Camat Klakah",
    );
  });
});

describe("Buat LHE Semua Unit through the bundle", () => {
  it("makes one LHE per unit with an LKE, skips the others by name, and Klakah's says what its own LHE says", () => {
    const { g, b } = muat();
    isiRekap(g, () => fn(b, "rekapKabupaten")(), unit);
    fn(b, "tampilkanBatchLhe")();
    expect(g.ui.lastDialog().title).toBe("Buat LHE Semua Unit");
    const mulai = dialog(b, "mulaiRkaKak")();
    expect(mulai.kabar).toBe(
      "Akan dibuat 7 LHE SAKIP, satu per unit. 1 unit dilewati (belum terbaca, periode lain, atau tanpa nilai LKE): Kecamatan Lumajang.",
    );
    let k = dialog(b, "lanjutkanRkaKak")();
    while (!k.selesai) k = dialog(b, "lanjutkanRkaKak")();
    expect(k.kabar).toBe("Selesai: 7 dari 7 dokumen selesai.");
    const docs = g
      .driveFiles()
      .filter((f) => f.mimeType === "application/vnd.google-apps.document" && !f.name.startsWith("Template"));
    expect(docs.map((d) => d.name).sort()).toEqual(
      [
        "LHE SAKIP 2023 - Kecamatan Klakah",
        ...Array.from({ length: 6 }, (_, i) => `LHE SAKIP 2023 - Kecamatan Contoh ${i + 1}`),
      ].sort(),
    );
    const klakah = g.document(docs.find((d) => d.name.endsWith("Klakah"))!.id).__text();
    // Signed by the rekap's Inspektur, addressed to the unit's head.
    expect(klakah).toContain("INSPEKTUR KABUPATEN LUMAJANG");
    expect(klakah).toContain("Drs. Contoh Inspektur, M.Si.");
    expect(klakah).toContain("Camat Klakah");
    expect(klakah).toContain("Lumajang, 15 Januari 2024");

    // Klakah's own LHE, made in its workbook: the same scores, notes and recommendations.
    const sendiri = muat("klakah-2023");
    const h = dialog(sendiri.b, "buatLaporan")({ jenis: "lhe" }, true) as { idDoc: string };
    expect(isiHasil(klakah)).toBe(isiHasil(sendiri.g.document(h.idDoc).__text()));

    // The rekap's own Ringkasan lists the batch, then a Nota Dinas made with Buat Laporan.
    const dokumen = () => String(g.sheetValues("Ringkasan")[1]![kolomRingkasan("dokumen")]);
    expect(dokumen()).toMatch(/^Laporan Hasil Evaluasi SAKIP Unit \(\d\d\/\d\d\/\d{4}\)$/);
    dialog(b, "buatLaporan")({ jenis: "notaSakip" }, true);
    expect(dokumen()).toMatch(
      /^Laporan Hasil Evaluasi SAKIP Unit \([\d/]+\); Nota Dinas Rekapitulasi Evaluasi SAKIP \([\d/]+\)$/,
    );
    // A rekap refresh keeps the list.
    fn(b, "rekapKabupaten")();
    expect(dokumen()).toContain("Nota Dinas Rekapitulasi Evaluasi SAKIP");
  });

  it("is the rekap's menu: in a unit workbook it says where LHE are made", () => {
    const { g, b } = muat("klakah-2023");
    fn(b, "tampilkanBatchLhe")();
    expect(g.ui.alerts.at(-1)!.prompt).toContain("Menu ini untuk spreadsheet rekap kabupaten");
  });
});

describe("the LHE batch: chunks, interruption, a failing unit", () => {
  const simpan: Record<string, unknown> = {};
  function pasangGlobal(g: FakeGoogle) {
    for (const [k, v] of Object.entries(g.globals())) {
      simpan[k] = (globalThis as Record<string, unknown>)[k];
      (globalThis as Record<string, unknown>)[k] = v;
    }
  }
  afterEach(() => {
    for (const [k, v] of Object.entries(simpan)) (globalThis as Record<string, unknown>)[k] = v;
  });
  const jam = () => {
    let t = 0;
    return () => t++;
  };
  const hari = new Date(2024, 0, 20);

  /** A rekap of the samples and 6 generated units, one of whose Rincian LKE was written before its LKE changed. */
  function siap() {
    const { g, b } = muat();
    const usang = structuredClone(unit);
    const baris = usang[4]!.sumber.lembar.Ringkasan![1]!;
    baris[kolomRingkasan("lkeEvaluator")] = Number(baris[kolomRingkasan("lkeEvaluator")]) + 1;
    isiRekap(g, () => fn(b, "rekapKabupaten")(), usang);
    pasangGlobal(g);
    return { g, props: g.PropertiesService.getDocumentProperties(), usang: usang[4]!.nama };
  }

  it("works over several calls, each unit's LHE exactly once; the stale unit fails alone, named", () => {
    const { g, props, usang } = siap();
    expect(mulaiBatch(g.spreadsheet, props, hari).item).toHaveLength(7);
    g.counts.reset();
    let panggilan = 0;
    let k: KeadaanBatch;
    do {
      k = lanjutkanBatch(g.spreadsheet, props, { batasMs: 2, sekarang: jam(), tanggal: hari });
      panggilan++;
    } while (!k.selesai);
    expect(panggilan).toBeGreaterThan(2);
    // The rekap is read once per call (two sheets), whatever the number of units.
    expect(g.counts.get("Range.getValues")).toBeLessThanOrEqual(panggilan * 2 + 20);
    const gagal = k.item.filter((i) => i.status === "gagal");
    expect(gagal.map((i) => i.kegiatan)).toEqual([usang]);
    expect(gagal[0]!.pesan).toContain("ditulis sebelum nilai LKE terakhir berubah");
    expect(k.item.filter((i) => i.status === "selesai")).toHaveLength(6);
    expect(k.kabar).toBe("Selesai: 6 dari 7 dokumen selesai, 1 gagal.");
    const docs = g
      .driveFiles()
      .filter((f) => f.mimeType === "application/vnd.google-apps.document" && !f.name.startsWith("Template"));
    expect(new Set(docs.map((d) => d.name)).size).toBe(6);
    expect(docs).toHaveLength(6);
  });

  it("resumes after a death mid-unit: the half-made LHE is trashed, one remains; Mulai meanwhile resumes, not restarts", () => {
    const { g, props } = siap();
    mulaiBatch(g.spreadsheet, props, hari);
    lanjutkanBatch(g.spreadsheet, props, { batasMs: 1, sekarang: jam(), tanggal: hari });
    const item = JSON.parse(props.getProperty("sakip.batch.0")!) as Record<string, unknown>[];
    const i = item.findIndex((x) => x.status === "menunggu");
    const nama = `LHE SAKIP 2023 - ${String(item[i]!.kegiatan)}`;
    const folder = g.driveFiles().find((f) => f.name.startsWith("Laporan SAKIP"))!.id;
    const setengah = g.Drive.Files!.create(
      { name: nama, mimeType: "application/vnd.google-apps.document", parents: [folder] },
      null as unknown as GoogleAppsScript.Base.Blob,
    ).id!;
    Object.assign(item[i]!, { status: "berjalan", nama, idDoc: setengah });
    props.setProperty("sakip.batch.0", JSON.stringify(item));
    expect(mulaiBatch(g.spreadsheet, props, hari).kabar).toMatch(/^Melanjutkan pembuatan yang belum selesai/);
    let k: KeadaanBatch;
    do k = lanjutkanBatch(g.spreadsheet, props, { batasMs: 1000, sekarang: jam(), tanggal: hari });
    while (!k.selesai);
    const sama = g.driveFiles().filter((f) => f.name === nama);
    expect(sama.filter((f) => !f.trashed)).toHaveLength(1);
    expect(sama.find((f) => f.id === setengah)!.trashed).toBe(true);
    expect(g.document(sama.find((f) => !f.trashed)!.id).__text()).toContain("LAPORAN HASIL EVALUASI");
  });

  it("refuses to start when no unit carries an LKE, and says where to look", () => {
    const { g, b } = muat();
    isiRekap(g, () => fn(b, "rekapKabupaten")(), unit.slice(0, 1));
    pasangGlobal(g);
    expect(bacaRekap(g.spreadsheet).unit).toHaveLength(1);
    expect(() => mulaiBatch(g.spreadsheet, g.PropertiesService.getDocumentProperties(), hari)).toThrow(
      "Belum ada unit terbaca yang ringkasannya memuat nilai LKE.",
    );
  });
});
