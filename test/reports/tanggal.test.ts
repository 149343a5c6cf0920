// Each document its own date and place (issue 12): the registry entry names the Pengaturan setting
// that dates it; a blank one dates the document the day it is made, never without the user seeing
// it: the Buat Laporan dialog and Periksa Data say so as a peringatan.
import { describe, expect, it } from "vitest";
import { CONTOH_RENJA_JATIROTO_2020 } from "../../src/contoh/jatiroto2020";
import { CONTOH_KLAKAH_2023 } from "../../src/contoh/klakah2023";
import { CONTOH_LUMAJANG_2021 } from "../../src/contoh/lumajang2021";
import { CONTOH_RKA_LUMAJANG_2020 } from "../../src/contoh/rka2020";
import { formatTanggal, formatTanggalDokumen, parseTanggalDokumen } from "../../src/core/format";
import { PENGATURAN } from "../../src/core/model/pengaturan";
import { DAFTAR_LAPORAN } from "../../src/reports/laporan";
import { LAPORAN_LKJ } from "../../src/reports/laporan/lkj";
import { LAPORAN_PK } from "../../src/reports/laporan/pk";
import { LAPORAN_TC29 } from "../../src/reports/laporan/renja";
import { penandatanganan, peringatanTanggal, peringatanTanggalLaporan } from "../../src/reports/tanggal";
import { zonaSpreadsheet } from "../../src/sheets/zona";
import { muat } from "../bantu";
import { dialog, fn } from "../bundle";
import { barisRenja, bukuKerja, bukuKerjaDari, indikator, kegiatanRka, responden } from "../rekaman";

const HARI_INI = new Date(2026, 11, 1);
const tgl = (teks: string) => parseTanggalDokumen(teks);
const catatan = (kunci: string) => PENGATURAN.find((p) => p.kunci === kunci)!.catatan;

it("each report names the setting that dates it, and the PK where it is signed", () => {
  // The kabupaten's documents are dated by the rekap's own Tanggal Rekap (reports/laporan/rekap.ts ttdRekap).
  const unit = DAFTAR_LAPORAN.filter((l) => !l.rekap);
  expect(Object.fromEntries(unit.map((l) => [l.jenis, [l.tanggal, l.tempat ?? "tempat"]]))).toEqual({
    triwulan: ["tanggalLaporan", "tempat"],
    pk: ["tanggalPk", "tempatPk"],
    pkPerubahan: ["tanggalPkPerubahan", "tempatPk"],
    lkj: ["tanggalLaporan", "tempat"],
    skm: ["tanggalSkm", "tempat"],
    poster: ["tanggalSkm", "tempat"],
    renja: ["tanggalRenja", "tempat"],
    rka: ["tanggalRka", "tempat"],
    kak: ["tanggalRka", "tempat"],
    tc29: ["tanggalRenja", "tempat"],
    tc30: ["tanggalRenja", "tempat"],
    tc31: ["tanggalRenja", "tempat"],
    tc32: ["tanggalRenja", "tempat"],
    tc33: ["tanggalRenja", "tempat"],
    kke: ["tanggalLhe", "tempat"],
    lhe: ["tanggalLhe", "tempatLhe"],
    perbaikan: ["tanggalLhe", "tempat"],
    // Issue 15: the planning documents are set at the start of the year, with the PK.
    iku: ["tanggalPk", "tempatPk"],
    renaksi: ["tanggalPk", "tempatPk"],
    pohon: ["tanggalPk", "tempatPk"],
  });
});

describe("penandatanganan: where and when a document is signed", () => {
  const klakah = bukuKerja({
    pengaturan: {
      tempat: "Klakah",
      tempatPk: "Lumajang",
      tanggalLaporan: tgl("31 Januari 2024"),
      tanggalPk: tgl("10 Januari 2023"),
    },
  });

  it("dates the PK when and where it was signed, the LKJ by Tanggal Laporan (seed 001)", () => {
    expect(penandatanganan(klakah, LAPORAN_PK, HARI_INI)).toEqual({
      tempat: "Lumajang",
      tanggal: tgl("10 Januari 2023"),
    });
    expect(penandatanganan(klakah, LAPORAN_LKJ, HARI_INI)).toEqual({
      tempat: "Klakah",
      tanggal: tgl("31 Januari 2024"),
    });
    expect(peringatanTanggalLaporan(klakah, LAPORAN_PK, HARI_INI)).toEqual([]);
  });

  it("signs a PK without a place of its own at Tempat Penandatanganan", () => {
    const bk = bukuKerja({ pengaturan: { tempat: "Lumajang", tanggalPk: tgl("11 Januari 2021") } });
    expect(penandatanganan(bk, LAPORAN_PK, HARI_INI).tempat).toBe("Lumajang");
  });

  it("keeps a Renja dated by its month (seed 002)", () => {
    const bk = bukuKerja({ pengaturan: { tempat: "Jatiroto", tanggalRenja: tgl("Juli 2019") } });
    expect(penandatanganan(bk, LAPORAN_TC29, HARI_INI)).toEqual({
      tempat: "Jatiroto",
      tanggal: { tanggal: new Date(2019, 6, 1), bulanSaja: true },
    });
  });

  it("dates a document whose date is blank today, and says so for the dialog", () => {
    const bk = bukuKerja({ pengaturan: { tempat: "Klakah", tanggalLaporan: tgl("31 Januari 2024") } });
    expect(penandatanganan(bk, LAPORAN_PK, HARI_INI)).toEqual({
      tempat: "Klakah",
      tanggal: { tanggal: HARI_INI, bulanSaja: false },
    });
    expect(peringatanTanggalLaporan(bk, LAPORAN_PK, HARI_INI)).toEqual([
      {
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan:
          "Laporan ini akan bertanggal hari ini, 1 Desember 2026: Tanggal PK di Pengaturan kosong. Isi Tanggal PK bila dokumen ini ditandatangani pada tanggal lain.",
        saran: catatan("tanggalPk"),
      },
    ]);
    expect(peringatanTanggalLaporan(bk, LAPORAN_LKJ, HARI_INI)).toEqual([]);
  });
});

describe("Periksa Data: a blank date of a document the workbook holds data for", () => {
  it("is named once per setting, with the documents it dates", () => {
    const bk = bukuKerja({ indikator: [indikator({ indikator: "Nilai IKM" })] });
    expect(peringatanTanggal(bk)).toEqual([
      {
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan:
          "Laporan Kinerja Triwulan dan LKJ Tahunan akan bertanggal hari pembuatannya: Tanggal Laporan di Pengaturan kosong.",
        saran: catatan("tanggalLaporan"),
      },
      {
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan: "Perjanjian Kinerja akan bertanggal hari pembuatannya: Tanggal PK di Pengaturan kosong.",
        saran: catatan("tanggalPk"),
      },
    ]);
  });

  it("is not named for documents without data: a Renja, an RKA, a survey each hear of their own date", () => {
    expect(peringatanTanggal(bukuKerja())).toEqual([]);
    const pesan = (isi: Parameters<typeof bukuKerja>[0]) =>
      peringatanTanggal(bukuKerja(isi)).map((m) => m.pesan);
    expect(pesan({ renja: [barisRenja()] })).toEqual([
      "Renja (dokumen lengkap Bab I-V), Renja T-C.29 (Evaluasi Renja dan Renstra) dan Renja T-C.33 (Rencana Program dan Kegiatan) akan bertanggal hari pembuatannya: Tanggal Renja di Pengaturan kosong.",
    ]);
    expect(pesan({ rka: [kegiatanRka()] })).toEqual([
      "RKA-SKPD 2.2.1 dan Kerangka Acuan Kerja (KAK) akan bertanggal hari pembuatannya: Tanggal RKA di Pengaturan kosong.",
    ]);
    expect(pesan({ responden: [responden({ jawaban: [4] })] })).toEqual([
      "Laporan SKM/IKM dan Poster IKM akan bertanggal hari pembuatannya: Tanggal Laporan SKM di Pengaturan kosong.",
    ]);
  });

  it("finds nothing on the samples: each is dated as its seed", () => {
    for (const c of [CONTOH_LUMAJANG_2021, CONTOH_KLAKAH_2023, CONTOH_RKA_LUMAJANG_2020])
      expect(peringatanTanggal(bukuKerjaDari(c)), c.id).toEqual([]);
    // Jatiroto's Kinerja holds the Renja's tujuan and sasaran (Tabel 3.1), so a PK, an LKJ and a
    // quarterly report could be made from it: seed 002 dates none of them, and the check says so.
    expect(peringatanTanggal(bukuKerjaDari(CONTOH_RENJA_JATIROTO_2020)).map((m) => m.pesan)).toEqual([
      "Laporan Kinerja Triwulan dan LKJ Tahunan akan bertanggal hari pembuatannya: Tanggal Laporan di Pengaturan kosong.",
      "Perjanjian Kinerja akan bertanggal hari pembuatannya: Tanggal PK di Pengaturan kosong.",
    ]);
  });
});

it("dates the Rencana Aksi by the PK Perubahan once one revised a target, by the PK before", () => {
  const bk = bukuKerjaDari(CONTOH_KLAKAH_2023);
  const ra = DAFTAR_LAPORAN.find((l) => l.jenis === "renaksi")!;
  const hari = new Date(2026, 11, 1);
  expect(formatTanggalDokumen(penandatanganan(bk, ra, hari).tanggal)).toBe("2 Oktober 2023");
  const tanpa = { ...bk, indikator: bk.indikator.map((i) => ({ ...i, targetPerubahan: null })) };
  expect(formatTanggalDokumen(penandatanganan(tanpa, ra, hari).tanggal)).toBe("10 Januari 2023");
  // Revised but its date blank: the PK's date, and Periksa Data asks for the PK Perubahan's.
  const tanpaTanggal = { ...bk, pengaturan: { ...bk.pengaturan, tanggalPkPerubahan: null } };
  expect(formatTanggalDokumen(penandatanganan(tanpaTanggal, ra, hari).tanggal)).toBe("10 Januari 2023");
});

describe("through the add-on, a PK whose Tanggal PK is blank", () => {
  const kosongkan = (g: ReturnType<typeof muat>["g"], judul: string) => {
    const r = g.sheetValues("Pengaturan").findIndex((b) => b[0] === judul) + 1;
    g.sheet("Pengaturan").getRange(r, 2).setValue("");
  };

  it("is dated today in the spreadsheet's zone, after the dialog said so and the user ticked it read", () => {
    const { g, b } = muat("klakah-2023");
    kosongkan(g, "Tanggal PK");
    const hariIni = formatTanggal(zonaSpreadsheet(g.spreadsheet).hariIni());
    const { masalah } = dialog(b, "pratinjauLaporan")({ jenis: "pk" });
    expect(masalah).toContainEqual(
      expect.objectContaining({
        tingkat: "peringatan",
        pesan: `Laporan ini akan bertanggal hari ini, ${hariIni}: Tanggal PK di Pengaturan kosong. Isi Tanggal PK bila dokumen ini ditandatangani pada tanggal lain.`,
      }),
    );
    expect(() => dialog(b, "buatLaporan")({ jenis: "pk" }, false)).toThrow(/peringatan/);
    const h = dialog(b, "buatLaporan")({ jenis: "pk" }, true);
    expect(g.document(h.idDoc).__text()).toContain(`Lumajang, ${hariIni}`);
    // The LKJ keeps its own date and says nothing about the PK's.
    const lkj = dialog(b, "pratinjauLaporan")({ jenis: "lkj" });
    expect(JSON.stringify(lkj.masalah)).not.toContain("Tanggal PK");
  });

  it("is named by Periksa Data", () => {
    const { g, b } = muat("klakah-2023");
    kosongkan(g, "Tanggal PK");
    fn(b, "periksaData")();
    // The Klakah sample holds its IKU and Pohon Kinerja, dated with the PK; its Rencana Aksi was
    // revised with the PK Perubahan and takes that agreement's date (2 Oktober 2023).
    expect(g.ui.lastDialog().content).toContain(
      "Perjanjian Kinerja, Penetapan IKU dan Pohon Kinerja akan bertanggal hari pembuatannya: Tanggal PK di Pengaturan kosong.",
    );
  });
});
