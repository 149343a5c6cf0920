/**
 * Setup of the LKE sheets beyond their headers (siapkanBukuKerja makes those): a new Kriteria LKE
 * gets the default criteria (read from build/kriteria-lke.html), a new Jawaban LKE one row per
 * criterion in Draf with the evaluator's columns protected, a new Skala LKE the default scale, and
 * the Nilai LKE sheet its layout and array formulas. An existing sheet is never rewritten: a
 * missing formula goes only into an empty cell.
 */

import { KOMPONEN_LKE } from "../../core/lke";
import type { Masalah } from "../../core/masalah";
import { hurufKolom, nomorKolom } from "../../core/model/kolom";
import {
  BARIS_SUB_NILAI_LKE,
  JAWABAN_LKE,
  JUDUL_NILAI_LKE,
  KRITERIA_LKE,
  NAMA_NILAI_LKE,
  SKALA_LKE,
} from "../../core/model/lke";
import { bacaKriteriaBawaan } from "./kriteriaBawaan";
import { lindungiKolomEvaluator } from "./kunci";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Hasil {
  dibuat: string[];
  ditambahkan: string[];
  masalah: Masalah[];
}

/** The labels of the Nilai LKE rows: components, Total, then "Komponen / Sub Komponen". */
export const BARIS_KOMPONEN_NILAI = KOMPONEN_LKE.map((k) => k.nama);
export const BARIS_SUB_NILAI = KOMPONEN_LKE.flatMap((k) => k.sub.map((s) => `${k.nama} / ${s.nama}`));

/** The scores formula of a block of Nilai LKE rows (labels in A, results in B:E). */
export function rumusSkor(pemisah: string, awal: number, akhir: number): string {
  const j = (judul: string) => hurufKolom(nomorKolom(JAWABAN_LKE, judul));
  const jl = `'${JAWABAN_LKE.nama}'!`;
  const kr = `'${KRITERIA_LKE.nama}'!A2:${hurufKolom(nomorKolom(KRITERIA_LKE, "Bobot"))}`;
  return `=SKOR_LKE(A${awal}:A${akhir}${pemisah}${kr}${pemisah}${jl}${j("Kode")}2:${j("Kode")}${pemisah}${jl}${j("Nilai Mandiri")}2:${j("Nilai Mandiri")}${pemisah}${jl}${j("Nilai Evaluator")}2:${j("Nilai Evaluator")})`;
}

export function siapkanLke(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  ss: Spreadsheet,
  pemisah: string,
  evaluator: readonly string[],
  hasil: Hasil,
): void {
  if (hasil.dibuat.includes(KRITERIA_LKE.nama) || hasil.dibuat.includes(JAWABAN_LKE.nama)) {
    const bawaan = bacaKriteriaBawaan();
    const kr = ss.getSheetByName(KRITERIA_LKE.nama);
    if (kr !== null && hasil.dibuat.includes(KRITERIA_LKE.nama)) {
      const n = bawaan.kriteria.length;
      pastikanBaris(kr, n + 1);
      kr.getRange(2, 1, n, KRITERIA_LKE.kolom.length).setValues(
        bawaan.kriteria.map((k) => [
          k.kode,
          k.komponen,
          k.subKomponen,
          k.bobot,
          k.kriteria,
          k.jenisJawaban,
          k.penjelasan,
          k.dokumen,
        ]),
      );
      // The sources of the list, where the unit reads the criteria.
      const c = nomorKolom(KRITERIA_LKE, "Kriteria");
      kr.getRange(1, c).setNotes([[`${KRITERIA_LKE.kolom[c - 1]!.catatan}\n\n${bawaan.sumber}`]]);
    }
    const jw = ss.getSheetByName(JAWABAN_LKE.nama);
    if (jw !== null && hasil.dibuat.includes(JAWABAN_LKE.nama)) {
      const n = bawaan.kriteria.length;
      pastikanBaris(jw, n + 1);
      jw.getRange(2, 1, n, 1).setValues(bawaan.kriteria.map((k) => [k.kode]));
      jw.getRange(2, nomorKolom(JAWABAN_LKE, "Status"), n, 1).setValues(bawaan.kriteria.map(() => ["Draf"]));
      lindungiKolomEvaluator(app, jw, evaluator);
    }
  }
  const sk = ss.getSheetByName(SKALA_LKE.nama);
  if (sk !== null && hasil.dibuat.includes(SKALA_LKE.nama)) {
    const skala = bacaKriteriaBawaan().skala;
    sk.getRange(2, 1, skala.length, 3).setValues(skala);
  }
  siapkanNilai(ss, pemisah, hasil);
}

function pastikanBaris(sheet: Sheet, baris: number): void {
  const max = sheet.getMaxRows();
  if (max < baris) sheet.insertRowsAfter(max, baris - max);
}

function siapkanNilai(ss: Spreadsheet, pemisah: string, hasil: Hasil): void {
  const akhirKomponen = 2 + BARIS_KOMPONEN_NILAI.length; // the Total row
  const akhirSub = BARIS_SUB_NILAI_LKE + BARIS_SUB_NILAI.length - 1;
  let sheet = ss.getSheetByName(NAMA_NILAI_LKE);
  if (sheet === null) {
    sheet = ss.insertSheet(NAMA_NILAI_LKE);
    hasil.dibuat.push(NAMA_NILAI_LKE);
    const isi: string[][] = [
      [...JUDUL_NILAI_LKE],
      ...BARIS_KOMPONEN_NILAI.map((k) => [k, "", "", "", ""]),
      ["Total", "", "", "", ""],
      ["", "", "", "", ""],
      ["Sub Komponen", ...JUDUL_NILAI_LKE.slice(1)],
      ...BARIS_SUB_NILAI.map((k) => [k, "", "", "", ""]),
    ];
    sheet.getRange(1, 1, isi.length, 5).setValues(isi);
    sheet.getRange(1, 1).setNotes([[bacaKriteriaBawaan().catatanNilai]]);
    for (const r of [1, BARIS_SUB_NILAI_LKE - 1]) {
      const j = sheet.getRange(r, 1, 1, 5);
      j.setFontWeight("bold");
      j.setBackground("#d9ead3");
    }
    sheet.getRange(akhirKomponen, 1, 1, 5).setFontWeight("bold");
    sheet.getRange(2, 2, akhirSub - 1, 3).setNumberFormat("0.00");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 380);
    sheet.getRange(2, 2).setFormula(rumusSkor(pemisah, 2, akhirKomponen));
    sheet.getRange(BARIS_SUB_NILAI_LKE, 2).setFormula(rumusSkor(pemisah, BARIS_SUB_NILAI_LKE, akhirSub));
    sheet
      .getRange(1, 1, akhirSub, 5)
      .protect()
      .setDescription("Nilai LKE (SAKIP Sheets)")
      .setWarningOnly(true);
    return;
  }
  // An existing sheet: a missing formula only where its whole block is empty.
  const nilai = sheet.getRange(1, 1, akhirSub, 5).getValues();
  const rumus = sheet.getRange(1, 1, akhirSub, 5).getFormulas();
  for (const [awal, akhir] of [
    [2, akhirKomponen],
    [BARIS_SUB_NILAI_LKE, akhirSub],
  ] as const) {
    if (rumus[awal - 1]![1] !== "") continue;
    const kosong = nilai.slice(awal - 1, akhir).every((b) => b.slice(1).every((v) => v === "" || v === null));
    if (!kosong) {
      hasil.masalah.push({
        tingkat: "peringatan",
        lembar: NAMA_NILAI_LKE,
        baris: awal,
        kolom: "Bobot",
        sel: `B${awal}`,
        pesan: `Sel B${awal}:E${akhir} berisi nilai ketikan, bukan rumus SKOR_LKE; rumus tidak dipasang agar nilai Anda tidak hilang.`,
        saran: `Kosongkan B${awal}:E${akhir}, lalu jalankan Siapkan Lembar Kerja lagi.`,
      });
      continue;
    }
    sheet.getRange(awal, 2).setFormula(rumusSkor(pemisah, awal, akhir));
    hasil.ditambahkan.push(`${NAMA_NILAI_LKE}: rumus B${awal}`);
  }
}
