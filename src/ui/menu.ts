/**
 * The menu's handlers (the menu itself, onOpen and onInstall are in ./menuAwal.ts, in Code.js);
 * these run in the engine, build/mesin.html (src/mesin.ts). Handlers are thin: read -> core -> show.
 */

import * as z from "zod/mini";
import { adaGalat, lokasi, type Masalah } from "../core/masalah";
import { uraikan } from "../core/uraikan";
import { peringatanTanggal } from "../reports/tanggal";
import { bacaBukuKerja } from "../sheets/baca";
import { bukuKerjaDiperiksa } from "../sheets/bukuKerja";
import { bacaDataContoh, isiContoh } from "../sheets/contoh";
import { periksaRekap } from "../sheets/periksa/rekap";
import { adalahRekap, bacaRekap } from "../sheets/rekap";
import { perbaruiRingkasan } from "../sheets/ringkasan";
import { siapkanBukuKerja } from "../sheets/siapkan";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

export function tampilkanBantuan(): void {
  tampilkanGalat("Bantuan", () => {
    const html = HtmlService.createHtmlOutputFromFile("bantuan").setWidth(620).setHeight(560);
    SpreadsheetApp.getUi().showModalDialog(html, "Bantuan SAKIP Sheets");
  });
}

/** Writes to the workbook only under the document lock, so two runs never interleave. */
export function siapkanLembarKerja(): void {
  tampilkanGalat("Siapkan Lembar Kerja", () => {
    const ui = SpreadsheetApp.getUi();
    const ss = SpreadsheetApp.getActive();
    const hasil = denganKunci(() => {
      const h = siapkanBukuKerja(SpreadsheetApp, ss);
      // The summary the kabupaten's rekap imports: its computed block, from the workbook as it is.
      const r = perbaruiRingkasan(ss, bacaBukuKerja(ss));
      if (r.ditulis) h.ditambahkan.push("Ringkasan: nilai IKM, anggaran dan dokumen");
      h.masalah.push(...r.masalah);
      return h;
    });
    const bagian: string[] = [];
    if (hasil.dibuat.length > 0) bagian.push(`Lembar dibuat: ${hasil.dibuat.join(", ")}.`);
    if (hasil.ditambahkan.length > 0) bagian.push(`Ditambahkan: ${hasil.ditambahkan.join("; ")}.`);
    if (bagian.length === 0) bagian.push("Semua lembar sudah lengkap; tidak ada yang diubah.");
    for (const m of hasil.masalah) bagian.push(`${lokasi(m)}: ${m.pesan}${m.saran ? ` ${m.saran}` : ""}`);
    ui.alert("Siapkan Lembar Kerja", bagian.join("\n\n"), ui.ButtonSet.OK);
  });
}

export function tampilkanContohData(): void {
  tampilkanGalat("Isi Contoh Data", () => {
    const html = HtmlService.createHtmlOutputFromFile("contoh").setWidth(460).setHeight(320);
    SpreadsheetApp.getUi().showModalDialog(html, "Isi Contoh Data");
  });
}

/**
 * Called from the Isi Contoh Data dialog with the chosen sample as data (the samples live in
 * the dialog, not in Code.js); returns the message the dialog shows.
 */
export function isiContohData(data: unknown): string {
  const contoh = bacaDataContoh(data);
  const ss = SpreadsheetApp.getActive();
  const pesan = denganKunci(() => isiContoh(SpreadsheetApp, ss, contoh));
  ss.toast(pesan, "SAKIP Sheets", 8);
  return pesan;
}

export interface HasilPeriksa {
  galat: number;
  peringatan: number;
  masalah: Masalah[];
}

/** Reads every sheet once and checks it; a document that would be dated the day it is made is named. */
export function hasilPeriksa(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): HasilPeriksa {
  let masalah: Masalah[];
  if (adalahRekap(ss)) masalah = periksaRekap(bacaRekap(ss));
  else {
    const dibaca = bukuKerjaDiperiksa(ss);
    masalah = [...dibaca.masalah, ...peringatanTanggal(dibaca.bk)];
  }
  return {
    galat: masalah.filter((m) => m.tingkat === "galat").length,
    peringatan: masalah.filter((m) => m.tingkat === "peringatan").length,
    masalah: [...masalah].sort((a, b) => (a.tingkat === b.tingkat ? 0 : a.tingkat === "galat" ? -1 : 1)),
  };
}

export function periksaData(): void {
  tampilkanGalat("Periksa Data", () => {
    const ss = SpreadsheetApp.getActive();
    const hasil = hasilPeriksa(ss);
    const t = HtmlService.createTemplateFromFile("periksa");
    // JSON inside a <script>: escape "<" so no user text can close the tag.
    t.data = JSON.stringify(hasil).replace(/</g, "\\u003c");
    SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle("Periksa Data"));
    ss.toast(
      adaGalat(hasil.masalah)
        ? `${hasil.galat} galat dan ${hasil.peringatan} peringatan ditemukan.`
        : hasil.peringatan > 0
          ? `Tidak ada galat; ${hasil.peringatan} peringatan.`
          : "Data lengkap: tidak ada masalah ditemukan.",
      "Periksa Data",
      5,
    );
  });
}

/** Called when a problem is clicked in the sidebar: selects its cell. */
export function pilihSel(lembar: unknown, a1: unknown): void {
  const nama = uraikan(z.string(), lembar, "Nama lembar");
  const sel = uraikan(z.string().check(z.regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/)), a1, "Alamat sel");
  const sheet = SpreadsheetApp.getActive().getSheetByName(nama);
  if (sheet === null) throw new Error(`Lembar "${nama}" tidak ada.`);
  sheet.activate();
  sheet.getRange(sel).activate();
}
