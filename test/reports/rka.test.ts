// RKA-SKPD 2.2.1 and KAK of seed 004's kegiatan, and the batch that survives interruption.
import { afterEach, describe, expect, it } from "vitest";
import { CONTOH_RKA_LUMAJANG_2020 } from "../../src/contoh/rka2020";
import { lanjutkanBatch, mulaiBatch } from "../../src/reports/batch";
import type { Paragraf } from "../../src/reports/model";
import { googleContoh, muat } from "../bantu";
import { dialog, fn } from "../bundle";
import { dumpKeDokumen } from "../dokumen-dump";
import type { FakeGoogle } from "../fakes";

describe("RKA-SKPD 2.2.1 and KAK through the bundle (seed 004)", () => {
  const { g, b } = muat("rka-lumajang-2020");

  it("prints each year's amount with its words in capitals, the forward estimate at 110 %", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "rka", kegiatan: "3.05.3.05.09.01.021" }, true);
    const t = g.document(h.idDoc).__text();
    expect(h.nama).toBe("RKA-SKPD 2.2.1 2020 - Pelayanan Administrasi dan Operasional Perkantoran");
    expect(t).toContain(
      "551.204.390,00 (LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH)",
    );
    expect(t).toContain(
      "606.324.829,00 (ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH)",
    );
    expect(t).toContain(
      "479.077.000,00 (EMPAT RATUS TUJUH PULUH SEMBILAN JUTA TUJUH PULUH TUJUH RIBU RUPIAH)",
    );
    expect(t).toContain("| Masukan | Tersedianya dana | Rp 551.204.390,00 |");
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });

  it("writes the KAK from its fields and the RKA figures", () => {
    const h = dialog(b, "buatLaporan")({ jenis: "kak", kegiatan: "3.05.3.05.09.01.021" }, true);
    const t = g.document(h.idDoc).__text();
    expect(t).toContain("KERANGKA ACUAN KERJA (KAK)");
    expect(t).toContain("Rp 551.204.390,00 (LIMA RATUS");
    expect(t).toContain("12 bulan dalam tahun 2020");
  });

  it("Periksa Data points at the seed's 'SATURIBU' typed beside 9.731.700", () => {
    fn(b, "periksaData")();
    const isi = g.ui.lastDialog().content;
    expect(isi).toMatch(/Kata tidak dikenal dalam terbilang: \\"saturibu\\"/);
  });
});

describe("the KAK of seed 000 (Kecamatan Yosowilangun 2020), every section, through the bundle", () => {
  const { g, b } = muat("kak-yosowilangun-2020");
  const h = dialog(b, "buatLaporan")({ jenis: "kak", kegiatan: "3.05.25.39.007" }, true);
  const t = g.document(h.idDoc).__text();

  it("has seed 000's sections in seed 000's order, lettered without a gap", () => {
    const judul = [
      "A. Latar Belakang Kegiatan",
      "1. Dasar Hukum",
      "2. Gambaran Umum",
      "3. Fenomena dan Data Detail",
      "a. Permasalahan/fenomena secara detail:",
      "b. Prioritas masalah/penggalian potensi:",
      "c. Faktor-faktor yang mempengaruhi terkait SDM:",
      "d. Upaya yang sudah disediakan:",
      "e. Inovasi/alternatif yang sudah dilaksanakan:",
      "f. Permasalahan yang terjadi pada penyelenggaraan kegiatan:",
      "B. Maksud dan Tujuan",
      "C. Manfaat",
      "Dampak pada target hasil jika keluaran kegiatan tidak tersedia:",
      "D. Strategi Pencapaian Keluaran",
      "E. Tahapan dan Waktu Pelaksanaan",
      "Pelaksana:",
      "Peserta:",
      "F. Biaya yang Diperlukan",
    ];
    const letak = judul.map((j) => t.indexOf(j));
    expect(letak.every((i) => i >= 0)).toBe(true);
    expect([...letak].sort((x, y) => x - y)).toEqual(letak);
    // Seed 004's sections this kegiatan left blank are not printed, not even as headings.
    expect(t).not.toContain("Bentuk dan Konsep Kegiatan");
    expect(t).not.toContain("Kelompok Sasaran");
  });

  it("itemises the biaya and totals the lines: 96.682.000 (the seed prints 80.870.000 under lines adding up to 96.682.000)", () => {
    expect(t).toContain("| - Uang Lembur | = Rp | 9.120.000 |");
    expect(t).toContain("| - Belanja Upah Tenaga Kerja Bulanan | = Rp | 78.192.000 |");
    expect(t).toContain("| Total | = Rp | 96.682.000 |");
    expect(t).toContain("SEMBILAN PULUH ENAM JUTA ENAM RATUS DELAPAN PULUH DUA RIBU RUPIAH");
  });

  it("prints an indicator without a target as the seed does, with no empty brackets", () => {
    expect(t).toContain("Persentase pelayanan administrasi terpadu Kecamatan");
    expect(t).not.toContain("()");
    expect(t).not.toMatch(/\{\{|undefined|NaN/);
  });

  it("prints seed 000's letterhead above the title", () => {
    const kop = [
      "PEMERINTAH KABUPATEN LUMAJANG",
      "KECAMATAN YOSOWILANGUN",
      "Jl. Mayjen Soekartijo No. 56 Telp. (0334) 390555",
      "YOSOWILANGUN - 67382",
      "KERANGKA ACUAN KERJA (KAK)",
    ].map((x) => t.indexOf(x));
    expect(kop.every((i) => i >= 0)).toBe(true);
    expect([...kop].sort((x, y) => x - y)).toEqual(kop);
  });

  it("keeps a placeholder's bold and size on its value, even when the value is the whole paragraph", () => {
    const dok = dumpKeDokumen(g.document(h.idDoc).__dump());
    const par = (teks: string) =>
      dok.elemen.find((e) => e.jenis === "paragraf" && e.teks === teks) as Paragraf | undefined;
    expect(par("KECAMATAN YOSOWILANGUN")).toMatchObject({ tebal: true, ukuran: 14 });
    expect(par("YOSOWILANGUN - 67382")).toMatchObject({ tebal: true });
    expect(par("Jl. Mayjen Soekartijo No. 56 Telp. (0334) 390555")?.tebal).toBeUndefined();
  });

  it("is dated as seed 000 is signed", () => {
    expect(t).toContain("Lumajang, 1 Oktober 2019");
  });

  it("Periksa Data warns that the signature block has no name and no NIP (seed 000 names no Camat)", () => {
    fn(b, "periksaData")();
    const isi = g.ui.lastDialog().content;
    expect(isi).toContain("Nama Pimpinan kosong: blok tanda tangan setiap dokumen akan tercetak tanpa nama.");
    expect(isi).toContain("NIP Pimpinan kosong: blok tanda tangan setiap dokumen akan tercetak tanpa NIP.");
    expect(g.toasts.at(-1)!.message).toBe("Tidak ada galat; 2 peringatan.");
  });
});

describe("the KAK of a seed 004 kegiatan keeps its own sections, relettered", () => {
  const { g, b } = muat("rka-lumajang-2020");
  const h = dialog(b, "buatLaporan")({ jenis: "kak", kegiatan: "3.05.3.05.09.01.021" }, true);
  const t = g.document(h.idDoc).__text();
  it("has no section of seed 000 it did not fill, and no letter skipped", () => {
    for (const j of [
      "A. Latar Belakang Kegiatan",
      "1. Dasar Hukum",
      "B. Maksud dan Tujuan",
      "C. Manfaat",
      "D. Bentuk dan Konsep Kegiatan",
      "E. Tahapan dan Waktu Pelaksanaan",
      "F. Biaya yang Diperlukan",
      "G. Kelompok Sasaran",
    ])
      expect(t).toContain(j);
    expect(t).not.toContain("Fenomena");
    // The Lumajang sample types no office address: no letterhead, the title first.
    expect(t).not.toContain("PEMERINTAH KABUPATEN LUMAJANG\n");
    expect(t).not.toContain("Strategi Pencapaian");
    expect(t).not.toContain("Gambaran Umum");
  });
});

describe("checks of rincian belanja", () => {
  it("finds a rincian that does not multiply out and a kegiatan total that does not match", () => {
    const { g, b } = muat("rka-lumajang-2020");
    g.sheet("RKA Rincian")
      .getRange(2, 1, 2, 7)
      .setValues([
        ["3.05.3.05.09.01.021", "5.2.2.01.01", "Alat tulis kantor", 10, "paket", 1_000_000, 9_000_000],
        ["3.05.3.05.09.01.021", "5.2.1.02.02", "Honorarium tenaga kontrak", 96, "OB", 1_800_000, ""],
      ]);
    fn(b, "periksaData")();
    const isi = g.ui.lastDialog().content;
    expect(isi).toContain("Jumlah tertulis Rp 9.000.000, padahal 10 paket × Rp 1.000.000 = Rp 10.000.000.");
    expect(isi).toContain(
      "Jumlah tahun ini tertulis Rp 551.204.390, padahal 2 rincian belanjanya berjumlah Rp 182.800.000.",
    );
  });
});

describe("Buat semua RKA/KAK: chunks, interruption, no duplicates", () => {
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

  function siap() {
    const g = googleContoh(CONTOH_RKA_LUMAJANG_2020);
    pasangGlobal(g);
    const props = g.PropertiesService.getDocumentProperties();
    return { g, props };
  }
  // A clock that moves one unit per reading: with batasMs 4, a call does a few items and stops.
  const jam = () => {
    let t = 0;
    return () => t++;
  };

  it("makes one RKA and one KAK per kegiatan over several calls, each exactly once", () => {
    const { g, props } = siap();
    const mulai = mulaiBatch(g.spreadsheet, props, new Date(2019, 8, 1));
    expect(mulai.item).toHaveLength(22);
    let panggilan = 0;
    let k = lanjutkanBatch(g.spreadsheet, props, {
      batasMs: 4,
      sekarang: jam(),
      tanggal: new Date(2019, 8, 1),
    });
    panggilan++;
    while (!k.selesai) {
      k = lanjutkanBatch(g.spreadsheet, props, {
        batasMs: 4,
        sekarang: jam(),
        tanggal: new Date(2019, 8, 1),
      });
      panggilan++;
    }
    expect(panggilan).toBeGreaterThan(3);
    expect(k.item.every((i) => i.status === "selesai")).toBe(true);
    const docs = g
      .driveFiles()
      .filter((f) => f.mimeType === "application/vnd.google-apps.document" && !f.name.startsWith("Template"));
    expect(docs).toHaveLength(22);
    expect(new Set(docs.map((d) => d.name)).size).toBe(22);
    expect(k.kabar).toBe("Selesai: 22 dari 22 dokumen selesai.");
  });

  it("resumes after an execution died while filling a Doc: the half-made one is trashed, one remains", () => {
    const { g, props } = siap();
    mulaiBatch(g.spreadsheet, props, new Date(2019, 8, 1));
    // The first call does one item and is cut off.
    lanjutkanBatch(g.spreadsheet, props, { batasMs: 1, sekarang: jam(), tanggal: new Date(2019, 8, 1) });
    // A death mid-item: the record says "berjalan" with the id of a Doc made but half filled.
    const item = JSON.parse(props.getProperty("sakip.batch.0")!) as Record<string, unknown>[];
    const kedua = item[1]!;
    const nama = "KAK 2020 - Pelayanan Administrasi dan Operasional Perkantoran";
    const folder = g.driveFiles().find((f) => f.name.startsWith("Laporan SAKIP"))!.id;
    const setengah = g.Drive.Files!.create(
      { name: nama, mimeType: "application/vnd.google-apps.document", parents: [folder] },
      null as unknown as GoogleAppsScript.Base.Blob,
    ).id!;
    Object.assign(kedua, { status: "berjalan", nama, idDoc: setengah });
    props.setProperty("sakip.batch.0", JSON.stringify(item));
    g.counts.reset();
    let k = lanjutkanBatch(g.spreadsheet, props, {
      batasMs: 1000,
      sekarang: jam(),
      tanggal: new Date(2019, 8, 1),
    });
    while (!k.selesai)
      k = lanjutkanBatch(g.spreadsheet, props, {
        batasMs: 1000,
        sekarang: jam(),
        tanggal: new Date(2019, 8, 1),
      });
    expect(k.item.every((i) => i.status === "selesai")).toBe(true);
    expect(k.item[1]!.url).not.toContain(setengah);
    const kak = g.driveFiles().filter((f) => f.name === nama);
    expect(kak.filter((f) => !f.trashed)).toHaveLength(1);
    expect(kak.find((f) => f.id === setengah)!.trashed).toBe(true);
    expect(g.document(kak.find((f) => !f.trashed)!.id).__text()).toContain("KERANGKA ACUAN KERJA");
    // Every Doc is made in the report folder by Drive: none passes through My Drive's root.
    expect(g.counts.get("DocumentApp.create")).toBe(0);
    for (const f of g.driveFiles().filter((x) => x.mimeType === "application/vnd.google-apps.document"))
      expect(f.parents, f.name).toEqual([folder]);
  });

  it("says before it starts and when it is done that a blank Tanggal RKA dates every RKA and KAK today", () => {
    const { g, props } = siap();
    const r = g.sheetValues("Pengaturan").findIndex((b) => b[0] === "Tanggal RKA") + 1;
    g.sheet("Pengaturan").getRange(r, 2).setValue("");
    const hariIni = new Date(2019, 8, 1);
    expect(mulaiBatch(g.spreadsheet, props, hariIni).kabar).toBe(
      "Akan dibuat 22 dokumen untuk 11 kegiatan. RKA dan KAK akan bertanggal hari ini, 1 September 2019: Tanggal RKA di Pengaturan kosong.",
    );
    const k = lanjutkanBatch(g.spreadsheet, props, { batasMs: 10_000, sekarang: jam(), tanggal: hariIni });
    expect(k.kabar).toBe(
      "Selesai: 22 dari 22 dokumen selesai. RKA dan KAK bertanggal hari pembuatannya, 1 September 2019: Tanggal RKA di Pengaturan kosong.",
    );
    expect(g.document(k.item[0]!.idDoc!).__text()).toContain("Lumajang, 1 September 2019");
  });

  it("dates every RKA and KAK by Tanggal RKA, whatever day it runs", () => {
    const { g, props } = siap();
    expect(mulaiBatch(g.spreadsheet, props, new Date(2026, 11, 1)).kabar).toBe(
      "Akan dibuat 22 dokumen untuk 11 kegiatan.",
    );
    const k = lanjutkanBatch(g.spreadsheet, props, {
      batasMs: 10_000,
      sekarang: jam(),
      tanggal: new Date(2026, 11, 1),
    });
    expect(k.kabar).toBe("Selesai: 22 dari 22 dokumen selesai.");
    expect(g.document(k.item[1]!.idDoc!).__text()).toContain("Lumajang, 1 Oktober 2019");
  });

  it("reports a kegiatan that cannot be made and goes on with the others", () => {
    const { g, props } = siap();
    g.sheet("RKA").getRange("H3").setValue("");
    mulaiBatch(g.spreadsheet, props, new Date(2019, 8, 1));
    const k = lanjutkanBatch(g.spreadsheet, props, {
      batasMs: 10_000,
      sekarang: jam(),
      tanggal: new Date(2019, 8, 1),
    });
    expect(k.selesai).toBe(true);
    const gagal = k.item.filter((i) => i.status === "gagal");
    expect(gagal.map((i) => i.kegiatan)).toEqual(["3.05.3.05.09.02.045", "3.05.3.05.09.02.045"]);
    expect(gagal[0]!.pesan).toBe("Kegiatan 3.05.3.05.09.02.045: jumlah tahun ini belum diisi.");
    expect(k.kabar).toBe("Selesai: 20 dari 22 dokumen selesai, 2 gagal.");
  });
});

it("signs the RKA at the unit's place, not at the activity's", () => {
  const { g, b } = muat("rka-lumajang-2020");
  const h = dialog(b, "buatLaporan")({ jenis: "kak", kegiatan: "3.05.3.05.09.01.021" }, true);
  const t = g.document(h.idDoc).__text();
  expect(t).toMatch(/\| {2}\| Lumajang, \d+ \w+ \d{4} \/ CAMAT LUMAJANG/);
  expect(t).toMatch(/Tempat:\n(\[[^\]]*\] )?Kantor Kecamatan Lumajang/);
});

it("the menu's batch runs through the bundle: Buat Semua RKA/KAK makes every document once", () => {
  const { g, b } = muat("rka-lumajang-2020");
  fn(b, "tampilkanBatchRka")();
  expect(g.ui.lastDialog().title).toBe("Buat Semua RKA/KAK");
  const mulai = dialog(b, "mulaiRkaKak")();
  expect(mulai.kabar).toBe("Akan dibuat 22 dokumen untuk 11 kegiatan.");
  let k = dialog(b, "lanjutkanRkaKak")();
  while (!k.selesai) k = dialog(b, "lanjutkanRkaKak")();
  expect(k.kabar).toBe("Selesai: 22 dari 22 dokumen selesai.");
  expect(g.locks.document.held).toBe(false);
  // Started again after it finished, it is a new batch (new versions of the Docs, never overwriting).
  const lagi = dialog(b, "mulaiRkaKak")();
  expect(lagi.item.every((i: { status: string }) => i.status === "menunggu")).toBe(true);
});
