/**
 * Siapkan Lembar Kerja: creates the sheets of the workbook contract that are missing, and on an
 * existing workbook adds only what is missing (settings rows, trailing header columns, the
 * computed-column formulas in empty cells). It never moves or overwrites a user's cell; a header
 * that is missing or renamed is reported, not guessed. Run twice, the second run writes nothing.
 */

import { kunciTeks } from "../core/format";
import type { Masalah } from "../core/masalah";
import { LEMBAR, NAMA_PENGATURAN } from "../core/model/bukuKerja";
import { hurufKolom, type KolomDasar, type SkemaLembar } from "../core/model/kolom";
import { PENGATURAN, PENGATURAN_KOLOM } from "../core/model/pengaturan";
import { PERTANYAAN_BAKU, SKM_PERTANYAAN } from "../core/model/skm";
import { siapkanLke } from "./lke/siapkan";
import { type KonteksRumus, pemisahArgumen, rumusKolom, rumusLamaKolom, samaRumus } from "./rumus";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface HasilSiapkan {
  /** Sheets created. */
  dibuat: string[];
  /** What was added to existing sheets, as sentences. */
  ditambahkan: string[];
  masalah: Masalah[];
}

const WARNA_JUDUL = "#d9ead3";
export const DESKRIPSI_PROTEKSI = "Judul kolom SAKIP Sheets";

export const samaJudul = (a: unknown, b: string) => kunciTeks(a) === b.toLowerCase();

export function siapkanBukuKerja(app: App, ss: Spreadsheet): HasilSiapkan {
  const hasil: HasilSiapkan = { dibuat: [], ditambahkan: [], masalah: [] };
  const barisPengaturan = siapkanPengaturan(app, ss, hasil);
  const konteks: KonteksRumus = {
    pemisah: pemisahArgumen(ss.getSpreadsheetLocale()),
    selSkalaPredikat: `Pengaturan!$B$${barisPengaturan.get("skalaPredikat") ?? 0}`,
    selRumusTurun: `Pengaturan!$B$${barisPengaturan.get("rumusTurun") ?? 0}`,
  };
  for (const skema of LEMBAR) {
    const sheet = ss.getSheetByName(skema.nama);
    if (sheet === null) buatLembar(app, ss, skema, konteks, hasil);
    else lengkapiLembar(sheet, skema, konteks, hasil);
  }
  siapkanLke(app, ss, konteks.pemisah, evaluatorDi(ss, barisPengaturan.get("evaluatorLke")), hasil);
  return hasil;
}

/** The evaluators named in Pengaturan (an unreadable cell names none: Periksa Data says why). */
function evaluatorDi(ss: Spreadsheet, baris: number | undefined): string[] {
  const sheet = ss.getSheetByName(NAMA_PENGATURAN);
  if (sheet === null || baris === undefined) return [];
  const v = sheet.getRange(baris, 2).getValues()[0]![0];
  const setelan = PENGATURAN.find((p) => p.kunci === "evaluatorLke")!;
  try {
    return v === "" || v === null ? [] : (setelan.baca(v) as string[]);
  } catch {
    return [];
  }
}

/** Returns the row of each setting key (for the formulas that read Pengaturan). */
function siapkanPengaturan(app: App, ss: Spreadsheet, hasil: HasilSiapkan): Map<string, number> {
  const baris = new Map<string, number>();
  let sheet = ss.getSheetByName(NAMA_PENGATURAN);
  if (sheet === null) {
    sheet = ss.insertSheet(NAMA_PENGATURAN);
    hasil.dibuat.push("Pengaturan");
    const isi = [[...PENGATURAN_KOLOM], ...PENGATURAN.map((p) => [p.judul, p.bawaan ?? "", p.catatan])];
    sheet.getRange(1, 1, isi.length, 3).setValues(isi);
    gayaJudul(sheet, 3);
    sheet.setColumnWidth(1, 230);
    sheet.setColumnWidth(2, 260);
    sheet.setColumnWidth(3, 480);
    PENGATURAN.forEach((p, i) => {
      baris.set(p.kunci, i + 2);
      pasangValidasiPengaturan(app, sheet!, i + 2, p.pilihan);
    });
    pasangFormatPengaturan(sheet, baris, hasil);
    return baris;
  }
  const nilai = sheet.getDataRange().getValues();
  if (!samaJudul(nilai[0]?.[0], PENGATURAN_KOLOM[0])) {
    hasil.masalah.push({
      tingkat: "galat",
      lembar: "Pengaturan",
      baris: 1,
      kolom: "A",
      sel: "A1",
      pesan: `Judul kolom A1 lembar Pengaturan adalah "${String(nilai[0]?.[0] ?? "")}", seharusnya "${PENGATURAN_KOLOM[0]}".`,
      saran:
        "Ganti nama lembar yang bukan milik SAKIP Sheets, atau perbaiki judulnya; lembar ini tidak diubah.",
    });
    return baris;
  }
  nilai.forEach((b, i) => {
    const p = PENGATURAN.find((x) => samaJudul(b[0], x.judul));
    if (p && !baris.has(p.kunci)) baris.set(p.kunci, i + 1);
  });
  const kurang = PENGATURAN.filter((p) => !baris.has(p.kunci));
  if (kurang.length > 0) {
    const awal = nilai.length + 1;
    sheet
      .getRange(awal, 1, kurang.length, 3)
      .setValues(kurang.map((p) => [p.judul, p.bawaan ?? "", p.catatan]));
    kurang.forEach((p, i) => {
      baris.set(p.kunci, awal + i);
      pasangValidasiPengaturan(app, sheet!, awal + i, p.pilihan);
    });
    hasil.ditambahkan.push(`Pengaturan: ${kurang.map((p) => p.judul).join(", ")}`);
  }
  pasangFormatPengaturan(sheet, baris, hasil, new Set(kurang.map((p) => p.kunci)));
  return baris;
}

function pasangValidasiPengaturan(app: App, sheet: Sheet, baris: number, pilihan?: readonly string[]): void {
  if (!pilihan) return;
  sheet.getRange(baris, 2).setDataValidation(
    app
      .newDataValidation()
      .requireValueInList([...pilihan], true)
      .setAllowInvalid(false)
      .build(),
  );
}

function gayaJudul(sheet: Sheet, kolom: number): void {
  const judul = sheet.getRange(1, 1, 1, kolom);
  judul.setFontWeight("bold");
  judul.setBackground(WARNA_JUDUL);
  sheet.setFrozenRows(1);
  // Warning-only: a user may still edit, but is asked first; headers are what the add-on reads.
  judul.protect().setDescription(DESKRIPSI_PROTEKSI).setWarningOnly(true);
}

/**
 * The value cells that must hold text as typed (the NIP, the documents' dates): formatted "@"
 * before anything is written there; a workbook set up before this rule gets it once, then never
 * again. A row added in this run (`baru`) is said once, as added.
 */
function pasangFormatPengaturan(
  sheet: Sheet,
  baris: Map<string, number>,
  hasil: HasilSiapkan,
  baru: ReadonlySet<string> = new Set(),
): void {
  for (const p of PENGATURAN) {
    const r = baris.get(p.kunci);
    if (!("format" in p) || p.format === undefined || r === undefined) continue;
    const sel = sheet.getRange(r, 2);
    if (sel.getNumberFormat() === p.format) continue;
    sel.setNumberFormat(p.format);
    if (!hasil.dibuat.includes(NAMA_PENGATURAN) && !baru.has(p.kunci))
      hasil.ditambahkan.push(`Pengaturan: format teks ${p.judul}`);
  }
}

/** Columns of a new sheet: the schema's, plus P1..P9 answer columns for SKM. */
function kolomAwal(skema: SkemaLembar): KolomDasar[] {
  const k: KolomDasar[] = [...skema.kolom];
  if (skema.kolomBerulang) {
    const b = skema.kolomBerulang;
    for (const p of PERTANYAAN_BAKU) k.push({ judul: p.kode, jenis: b.jenis, lebar: 50, catatan: b.catatan });
  }
  return k;
}

function buatLembar(
  app: App,
  ss: Spreadsheet,
  skema: SkemaLembar,
  konteks: KonteksRumus,
  hasil: HasilSiapkan,
): void {
  const sheet = ss.insertSheet(skema.nama);
  hasil.dibuat.push(skema.nama);
  const kolom = kolomAwal(skema);
  if (sheet.getMaxColumns() < kolom.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), kolom.length - sheet.getMaxColumns());
  sheet.getRange(1, 1, 1, kolom.length).setValues([kolom.map((k) => k.judul)]);
  sheet.getRange(1, 1, 1, kolom.length).setNotes([kolom.map((k) => k.catatan)]);
  gayaJudul(sheet, kolom.length);
  const barisData = sheet.getMaxRows() - 1;
  kolom.forEach((k, i) => {
    const c = i + 1;
    if (k.lebar) sheet.setColumnWidth(c, k.lebar);
    const isi = sheet.getRange(2, c, barisData, 1);
    if (k.format) isi.setNumberFormat(k.format);
    const aturan = validasi(app, k);
    if (aturan) isi.setDataValidation(aturan);
  });
  const rumus = rumusKolom(skema, konteks);
  for (const [judul, f] of Object.entries(rumus)) {
    sheet.getRange(2, kolom.findIndex((k) => k.judul === judul) + 1).setFormula(f);
  }
  if (skema.nama === SKM_PERTANYAAN.nama) {
    sheet
      .getRange(2, 1, PERTANYAAN_BAKU.length, 3)
      .setValues(PERTANYAAN_BAKU.map((p) => [p.kode, p.unsur, p.pertanyaan]));
  }
}

function validasi(app: App, k: KolomDasar): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (k.jenis === "pilihan" && k.pilihan) {
    return app
      .newDataValidation()
      .requireValueInList([...k.pilihan], true)
      .setAllowInvalid(false)
      .build();
  }
  if (k.jenis === "jawaban") {
    return app
      .newDataValidation()
      .requireValueInList(["1", "2", "3", "4", "a", "b", "c", "d"], false)
      .setAllowInvalid(false)
      .setHelpText("Jawaban 1-4 atau a-d; kosongkan bila tidak dijawab.")
      .build();
  }
  if (k.jenis === "rupiah") {
    // Warning only: amounts pasted as text ("Rp 1.234.567") are still read by the add-on.
    return app
      .newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(true)
      .setHelpText("Jumlah rupiah, tidak boleh negatif.")
      .build();
  }
  return null;
}

function lengkapiLembar(sheet: Sheet, skema: SkemaLembar, konteks: KonteksRumus, hasil: HasilSiapkan): void {
  const terpakai = sheet.getLastColumn();
  const judul = sheet.getRange(1, 1, 1, Math.max(terpakai, 1)).getValues()[0]!;
  const tambahan: string[] = [];
  let cocok = true;
  skema.kolom.forEach((k, i) => {
    const ada = judul[i];
    if (samaJudul(ada, k.judul)) return;
    const lain = judul.findIndex((j) => samaJudul(j, k.judul));
    if (lain >= 0) {
      cocok = false;
      hasil.masalah.push({
        tingkat: "galat",
        lembar: skema.nama,
        baris: 1,
        kolom: k.judul,
        sel: `${hurufKolom(lain + 1)}1`,
        pesan: `Kolom "${k.judul}" ada di kolom ${hurufKolom(lain + 1)}, seharusnya di kolom ${hurufKolom(i + 1)}.`,
        saran: "Kembalikan urutan kolom seperti semula; SAKIP Sheets tidak memindahkan kolom Anda.",
      });
    } else if (i >= terpakai) {
      // Right of everything the user has: a column a newer contract added.
      tambahan.push(k.judul);
    } else {
      cocok = false;
      hasil.masalah.push({
        tingkat: "galat",
        lembar: skema.nama,
        baris: 1,
        kolom: k.judul,
        sel: `${hurufKolom(i + 1)}1`,
        pesan: `Kolom ${hurufKolom(i + 1)} berjudul "${String(ada ?? "")}", seharusnya "${k.judul}".`,
        saran: `Bila kolom ini memang "${k.judul}", ganti judulnya; bila bukan, sisipkan kolom "${k.judul}" di posisi ini.`,
      });
    }
  });
  if (tambahan.length > 0 && cocok) {
    const awal = skema.kolom.length - tambahan.length + 1;
    if (sheet.getMaxColumns() < skema.kolom.length) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), skema.kolom.length - sheet.getMaxColumns());
    }
    sheet.getRange(1, awal, 1, tambahan.length).setValues([tambahan]);
    // Each added column's note, header style and width, as a new sheet gets them.
    const baru = skema.kolom.slice(awal - 1);
    const kepala = sheet.getRange(1, awal, 1, baru.length);
    kepala.setNotes([baru.map((k) => k.catatan)]);
    kepala.setFontWeight("bold");
    kepala.setBackground(WARNA_JUDUL);
    baru.forEach((k, i) => {
      if (k.lebar) sheet.setColumnWidth(awal + i, k.lebar);
    });
    hasil.ditambahkan.push(`${skema.nama}: kolom ${tambahan.join(", ")}`);
  }
  if (!cocok) return;
  pasangRumusYangKurang(sheet, skema, konteks, hasil);
}

/** Puts a computed column's formula in row 2 where that cell is empty or holds an earlier version's. */
function pasangRumusYangKurang(
  sheet: Sheet,
  skema: SkemaLembar,
  konteks: KonteksRumus,
  hasil: HasilSiapkan,
): void {
  const rumus = rumusKolom(skema, konteks);
  if (Object.keys(rumus).length === 0) return;
  const n = skema.kolom.length;
  const formula = sheet.getRange(2, 1, 1, n).getFormulas()[0]!;
  // The whole column below row 2, not row 2 alone: an array formula does not expand over typed
  // cells (Sheets shows #REF!), so a value anywhere below stops it.
  const barisData = Math.max(sheet.getLastRow() - 1, 1);
  const nilai = sheet.getRange(2, 1, barisData, n).getValues();
  const lama = rumusLamaKolom(skema, konteks);
  for (const [judul, f] of Object.entries(rumus)) {
    const i = skema.kolom.findIndex((k) => k.judul === judul);
    if (formula[i] !== "") {
      // An earlier version's own formula is brought up to date; any other formula is the user's.
      if (!samaRumus(formula[i]!, f) && (lama[judul] ?? []).some((l) => samaRumus(formula[i]!, l))) {
        sheet.getRange(2, i + 1).setFormula(f);
        hasil.ditambahkan.push(`${skema.nama}: rumus kolom ${judul} diperbarui`);
      }
      continue;
    }
    const r = nilai.findIndex((b) => b[i] !== "" && b[i] !== null && b[i] !== undefined);
    if (r >= 0) {
      hasil.masalah.push({
        tingkat: "peringatan",
        lembar: skema.nama,
        baris: r + 2,
        kolom: judul,
        sel: `${hurufKolom(i + 1)}${r + 2}`,
        pesan: `Kolom "${judul}" berisi nilai ketikan, bukan rumus; rumus tidak dipasang agar nilai Anda tidak hilang.`,
        saran: `Kosongkan kolom ${judul} mulai baris 2 sampai bawah, lalu jalankan Siapkan Lembar Kerja lagi.`,
      });
      continue;
    }
    sheet.getRange(2, i + 1).setFormula(f);
    hasil.ditambahkan.push(`${skema.nama}: rumus kolom ${judul}`);
  }
}
