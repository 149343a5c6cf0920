/**
 * The rekap spreadsheet in Sheets (issue 16): menu "Rekap Kabupaten" sets it up in any spreadsheet
 * (Pengaturan Rekap, Rekap Unit, its own Ringkasan) and, run again, adds the IMPORTRANGE of each
 * new unit and writes each unit's status; reading it (bacaRekap) is one getValues per sheet,
 * whatever the number of units. The imports themselves are Sheets' work: it fetches and refreshes
 * them on Google's side, so the add-on needs no scope beyond the current spreadsheet.
 */
import { esTanggal, kunciTeks } from "../core/format";
import type { Masalah } from "../core/masalah";
import {
  bacaPengaturanRekap,
  idSpreadsheet,
  KOLOM_IMPOR,
  NAMA_PENGATURAN_REKAP,
  PENGATURAN_REKAP,
  parseJenisUnit,
  type Rekap,
  rentangImpor,
  statusUnit,
  UNIT_REKAP,
  type UnitRekap,
} from "../core/model/rekap";
import { LEBAR_RINGKASAN, RINGKASAN, tambahDokumen } from "../core/model/ringkasan";
import { baris as barisRingkasanKabupaten } from "../core/rekapKabupaten";
import { tanggalPendek } from "./ringkasan";
import { pemisahArgumen } from "./rumus";
import { tanggalDalamZona, type Zona, zonaSpreadsheet } from "./zona";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const WARNA_JUDUL = "#d9ead3";
const WARNA_IMPOR = "#fce5cd";

export type { Rekap };

/** Whether the spreadsheet is a rekap (menus and reports then serve the kabupaten). */
export function adalahRekap(ss: Spreadsheet): boolean {
  return ss.getSheetByName(UNIT_REKAP.nama) !== null;
}

/** Rekap Unit's header: the unit columns, then Ringkasan's (what each import fills). */
export const JUDUL_REKAP_UNIT = [
  ...UNIT_REKAP.kolom.map((k) => k.judul),
  ...RINGKASAN.kolom.map((k) => k.judul),
];

/**
 * The rekap read: Pengaturan Rekap and Rekap Unit, one getValues each; each unit's status from
 * what its import shows. Reads only.
 */
export function bacaRekap(ss: Spreadsheet, zona: Zona = zonaSpreadsheet(ss)): Rekap {
  const masalah: Masalah[] = [];
  const sp = ss.getSheetByName(NAMA_PENGATURAN_REKAP);
  if (sp === null) {
    masalah.push({
      tingkat: "galat",
      lembar: NAMA_PENGATURAN_REKAP,
      pesan: `Lembar "${NAMA_PENGATURAN_REKAP}" tidak ada.`,
      saran: "Jalankan menu Rekap Kabupaten untuk membuatnya.",
    });
  }
  const pengaturan = bacaPengaturanRekap(sp ? sp.getDataRange().getValues() : [], masalah);
  const su = ss.getSheetByName(UNIT_REKAP.nama);
  const nilai = su ? tanggalDalamZona(su.getDataRange().getValues(), zona) : [];
  const unit: UnitRekap[] = [];
  for (let r = 1; r < nilai.length; r++) {
    const b = nilai[r]!;
    const nama = String(b[0] ?? "").trim();
    const tautan = String(b[2] ?? "").trim();
    if (nama === "" && tautan === "") continue;
    let jenis = null;
    try {
      jenis = b[1] === "" || b[1] === undefined ? null : parseJenisUnit(b[1]);
    } catch (e) {
      masalah.push({
        tingkat: "galat",
        lembar: UNIT_REKAP.nama,
        baris: r + 1,
        kolom: "Jenis",
        sel: `B${r + 1}`,
        pesan: (e as Error).message,
        saran: "Pilih KECAMATAN, OPD, atau KABUPATEN.",
      });
    }
    const terbaca = esTanggal(b[4]) ? b[4] : null;
    const impor = b.slice(KOLOM_IMPOR - 1, KOLOM_IMPOR - 1 + LEBAR_RINGKASAN);
    unit.push(statusUnit(r + 1, { nama, jenis, tautan, terbaca }, impor, pengaturan));
  }
  return { pengaturan, unit, masalah };
}

export interface HasilRekap {
  dibuat: string[];
  /** IMPORTRANGE formulas written (new units). */
  imporBaru: number;
  rekap: Rekap;
  masalah: Masalah[];
}

/**
 * Menu "Rekap Kabupaten": the rekap's sheets where missing (a user's cell is never overwritten),
 * the IMPORTRANGE of every unit row that has a link and none yet, each unit's status and date
 * last read, and the kabupaten's own Ringkasan row (what a province rekap imports). Writes only
 * what changed: run twice, the second run writes nothing.
 */
export function siapkanRekap(app: App, ss: Spreadsheet, zona: Zona = zonaSpreadsheet(ss)): HasilRekap {
  const dibuat: string[] = [];
  const masalah: Masalah[] = [];
  if (ss.getSheetByName(NAMA_PENGATURAN_REKAP) === null) {
    const sh = ss.insertSheet(NAMA_PENGATURAN_REKAP);
    dibuat.push(NAMA_PENGATURAN_REKAP);
    const isi = [
      ["Pengaturan", "Nilai", "Keterangan"],
      ...PENGATURAN_REKAP.map((p) => [p.judul, "bawaan" in p ? p.bawaan : "", p.catatan]),
    ];
    sh.getRange(1, 1, isi.length, 3).setValues(isi);
    gayaJudul(sh, 3);
    sh.setColumnWidth(1, 200);
    sh.setColumnWidth(2, 260);
    sh.setColumnWidth(3, 480);
    PENGATURAN_REKAP.forEach((p, i) => {
      if ("format" in p) sh.getRange(i + 2, 2).setNumberFormat(p.format);
      if (!p.pilihan) return;
      sh.getRange(i + 2, 2).setDataValidation(
        app
          .newDataValidation()
          .requireValueInList([...p.pilihan], true)
          .setAllowInvalid(false)
          .build(),
      );
    });
  }
  let su = ss.getSheetByName(UNIT_REKAP.nama);
  if (su === null) {
    su = ss.insertSheet(UNIT_REKAP.nama);
    dibuat.push(UNIT_REKAP.nama);
    const lebar = JUDUL_REKAP_UNIT.length;
    if (su.getMaxColumns() < lebar) su.insertColumnsAfter(su.getMaxColumns(), lebar - su.getMaxColumns());
    const kepala = su.getRange(1, 1, 1, lebar);
    kepala.setValues([JUDUL_REKAP_UNIT]);
    kepala.setNotes([[...UNIT_REKAP.kolom, ...RINGKASAN.kolom].map((k) => k.catatan)]);
    gayaJudul(su, lebar);
    su.getRange(1, KOLOM_IMPOR, 1, LEBAR_RINGKASAN).setBackground(WARNA_IMPOR);
    [...UNIT_REKAP.kolom, ...RINGKASAN.kolom].forEach((k, i) => {
      if (k.lebar) su!.setColumnWidth(i + 1, k.lebar);
    });
    su.getRange(2, 2, su.getMaxRows() - 1, 1).setDataValidation(
      app
        .newDataValidation()
        .requireValueInList([...UNIT_REKAP.kolom[1].pilihan!], true)
        .build(),
    );
  } else {
    const beda = lengkapiJudul(su, JUDUL_REKAP_UNIT);
    if (beda >= 0) {
      const judul = su.getRange(1, 1, 1, JUDUL_REKAP_UNIT.length).getValues()[0]!;
      masalah.push({
        tingkat: "galat",
        lembar: UNIT_REKAP.nama,
        baris: 1,
        kolom: JUDUL_REKAP_UNIT[beda]!,
        pesan: `Judul kolom ke-${beda + 1} lembar ${UNIT_REKAP.nama} adalah "${String(judul[beda] ?? "")}", seharusnya "${JUDUL_REKAP_UNIT[beda]}"; lembar ini tidak diubah.`,
        saran: "Kembalikan judul kolom; SAKIP Sheets tidak memindahkan kolom Anda.",
      });
      return { dibuat, imporBaru: 0, rekap: bacaRekap(ss, zona), masalah };
    }
  }
  const ringkasan = ss.getSheetByName(RINGKASAN.nama);
  if (ringkasan !== null)
    lengkapiJudul(
      ringkasan,
      RINGKASAN.kolom.map((k) => k.judul),
    );
  else {
    const sr = ss.insertSheet(RINGKASAN.nama);
    dibuat.push(RINGKASAN.nama);
    if (sr.getMaxColumns() < LEBAR_RINGKASAN)
      sr.insertColumnsAfter(sr.getMaxColumns(), LEBAR_RINGKASAN - sr.getMaxColumns());
    sr.getRange(1, 1, 1, LEBAR_RINGKASAN).setValues([RINGKASAN.kolom.map((k) => k.judul)]);
    sr.getRange(1, 1, 1, LEBAR_RINGKASAN).setNotes([RINGKASAN.kolom.map((k) => k.catatan)]);
    gayaJudul(sr, LEBAR_RINGKASAN);
  }
  const imporBaru = pasangImpor(ss, su, masalah);
  const rekap = bacaRekap(ss, zona);
  tulisStatus(su, rekap, zona);
  tulisRingkasanKabupaten(ss, rekap, zona);
  return { dibuat, imporBaru, rekap, masalah };
}

/**
 * A header written by an older layout: the titles a newer one added at its right end are written
 * where blank (an older rekap keeps working after an update). The first column that differs
 * otherwise, or -1.
 */
function lengkapiJudul(sheet: Sheet, judul: readonly string[]): number {
  if (sheet.getMaxColumns() < judul.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), judul.length - sheet.getMaxColumns());
  const ada = sheet.getRange(1, 1, 1, judul.length).getValues()[0]!;
  const beda = judul.findIndex((j, i) => kunciTeks(ada[i]) !== kunciTeks(j));
  if (beda < 0) return -1;
  if (beda === 0 || !ada.slice(beda).every((v) => v === "")) return beda;
  sheet.getRange(1, beda + 1, 1, judul.length - beda).setValues([judul.slice(beda)]);
  return -1;
}

function gayaJudul(sheet: Sheet, kolom: number): void {
  const judul = sheet.getRange(1, 1, 1, kolom);
  judul.setFontWeight("bold");
  judul.setBackground(WARNA_JUDUL);
  sheet.setFrozenRows(1);
  judul.protect().setDescription("Judul kolom SAKIP Sheets").setWarningOnly(true);
}

/**
 * One IMPORTRANGE per unit with a link, in the first imported column, reading the link from its
 * own row's cell (a changed link is followed by Sheets). A typed value where the import would
 * spill is left alone and named: Sheets would not expand the import over it.
 */
function pasangImpor(ss: Spreadsheet, su: Sheet, masalah: Masalah[]): number {
  const n = su.getLastRow() - 1;
  if (n < 1) return 0;
  const p = pemisahArgumen(ss.getSpreadsheetLocale());
  const tautan = su.getRange(2, 3, n, 1).getValues();
  const sel = su.getRange(2, KOLOM_IMPOR, n, 1);
  const rumus = sel.getFormulas();
  const nilai = sel.getValues();
  const baru: string[][] = rumus.map((f) => [f[0]!]);
  let jumlah = 0;
  tautan.forEach(([t], i) => {
    if (rumus[i]![0] !== "" || idSpreadsheet(String(t ?? "")) === null) return;
    if (nilai[i]![0] !== "") {
      masalah.push({
        tingkat: "peringatan",
        lembar: su.getName(),
        baris: i + 2,
        kolom: RINGKASAN.kolom[0]!.judul,
        pesan: "Sel ini berisi ketikan; IMPORTRANGE tidak dipasang agar ketikan Anda tidak hilang.",
        saran: "Kosongkan sel itu (dan sel di kanannya), lalu jalankan Rekap Kabupaten lagi.",
      });
      return;
    }
    baru[i]![0] = `=IMPORTRANGE($C${i + 2}${p}"${rentangImpor()}")`;
    jumlah += 1;
  });
  if (jumlah === 0) return 0;
  // One write for the column; rows with a typed value keep it, as the peringatan says.
  if (nilai.some((v, i) => v[0] !== "" && rumus[i]![0] === "")) {
    baru.forEach(([f], i) => {
      if (f !== "" && rumus[i]![0] === "") su.getRange(i + 2, KOLOM_IMPOR).setFormula(f!);
    });
  } else sel.setFormulas(baru);
  return jumlah;
}

/**
 * The rekap's own Ringkasan lists a document it made (Buat Laporan, the LHE batch) with today's
 * date, as a unit's Ringkasan does: one read, one write of the cell, only when it changed.
 */
export function catatDokumenRekap(ss: Spreadsheet, nama: string, zona: Zona = zonaSpreadsheet(ss)): boolean {
  const sr = ss.getSheetByName(RINGKASAN.nama);
  if (sr === null) return false;
  const kolom = RINGKASAN.kolom.findIndex((k) => k.kunci === "dokumen") + 1;
  const sel = sr.getRange(2, kolom);
  const lama = String(sel.getValues()[0]![0] ?? "");
  const baru = tambahDokumen(lama, { nama, tanggal: tanggalPendek(zona.hariIni()) });
  if (baru === lama) return false;
  sel.setValues([[baru]]);
  return true;
}

/** Status and Terakhir Terbaca of every unit row, one write, only when one changed. */
function tulisStatus(su: Sheet, rekap: Rekap, zona: Zona): void {
  const n = su.getLastRow() - 1;
  if (n < 1) return;
  const r = su.getRange(2, 4, n, 2);
  const lama = tanggalDalamZona(r.getValues(), zona);
  const hariIni = zona.hariIni();
  const hari = new Date(hariIni.getFullYear(), hariIni.getMonth(), hariIni.getDate());
  const baru = lama.map((b) => [...b]);
  let berubah = false;
  for (const u of rekap.unit) {
    const b = baru[u.baris - 2]!;
    const terbaca = u.ringkasan !== null || u.status === "VERSI_LAIN";
    if (b[0] !== u.keterangan) {
      b[0] = u.keterangan;
      berubah = true;
    }
    if (terbaca && !(esTanggal(b[1]) && b[1].getTime() === hari.getTime())) {
      b[1] = hari;
      u.terbaca = hari;
      berubah = true;
    }
  }
  if (!berubah) return;
  r.setValues(baru.map((b) => b.map((v) => (esTanggal(v) ? zona.keSel(v) : v))) as unknown[][]);
}

/** The kabupaten's row in its own Ringkasan (every cell a value), written when it changed. */
function tulisRingkasanKabupaten(ss: Spreadsheet, rekap: Rekap, zona: Zona): void {
  const sr = ss.getSheetByName(RINGKASAN.nama);
  if (sr === null) return;
  const lama = tanggalDalamZona(sr.getRange(2, 1, 1, LEBAR_RINGKASAN).getValues(), zona)[0]!;
  const hariIni = zona.hariIni();
  const hari = new Date(hariIni.getFullYear(), hariIni.getMonth(), hariIni.getDate());
  const iTanggal = RINGKASAN.kolom.findIndex((k) => k.kunci === "diperbarui");
  const iDokumen = RINGKASAN.kolom.findIndex((k) => k.kunci === "dokumen");
  const baru = barisRingkasanKabupaten(rekap.pengaturan, rekap.unit, String(lama[iDokumen] ?? ""), hari);
  const sama = baru.every((v, i) => i === iTanggal || String(v) === String(lama[i] ?? ""));
  if (sama) return;
  sr.getRange(2, 1, 1, LEBAR_RINGKASAN).setValues([baru.map((v) => (esTanggal(v) ? zona.keSel(v) : v))]);
}
