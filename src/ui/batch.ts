/**
 * Menus "Buat Semua RKA/KAK" (a unit workbook) and "Buat LHE Semua Unit" (a rekap): one dialog that
 * drives the batch chunk by chunk (src/reports/batch.ts).
 */
import { type KeadaanBatch, lanjutkanBatch, mulaiBatch } from "../reports/batch";
import { adalahRekap } from "../sheets/rekap";
import { zonaSpreadsheet } from "../sheets/zona";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

const SEDANG_BERJALAN = "Pembuatan dokumen sedang berjalan di jendela lain.";

/** Each call works at most this long: well under Apps Script's 6-minute execution limit. */
const BATAS_MS = 4.5 * 60 * 1000;

export function tampilkanBatchRka(): void {
  tampilkanGalat("Buat Semua RKA/KAK", () => {
    if (adalahRekap(SpreadsheetApp.getActive()))
      throw new Error("Ini spreadsheet rekap kabupaten: gunakan menu Buat LHE Semua Unit.");
    tampilkan("Buat Semua RKA/KAK");
  });
}

/** Menu "Buat LHE Semua Unit": in a rekap, one LHE per unit whose summary carries an LKE. */
export function tampilkanBatchLhe(): void {
  tampilkanGalat("Buat LHE Semua Unit", () => {
    if (!adalahRekap(SpreadsheetApp.getActive()))
      throw new Error(
        "Menu ini untuk spreadsheet rekap kabupaten (menu Rekap Kabupaten). Di buku kerja unit, buat LHE dengan Buat Laporan.",
      );
    tampilkan("Buat LHE Semua Unit");
  });
}

/** The one dialog of both batches: the server decides which (a rekap makes LHE, a unit RKA/KAK). */
function tampilkan(judul: string): void {
  const html = HtmlService.createHtmlOutputFromFile("batch").setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, judul);
}

/** Called by the dialog. */
export function mulaiRkaKak(): KeadaanBatch {
  return denganKunci(() => {
    const ss = SpreadsheetApp.getActive();
    return mulaiBatch(ss, PropertiesService.getDocumentProperties(), zonaSpreadsheet(ss).hariIni());
  }, SEDANG_BERJALAN);
}

/** Called by the dialog until it answers selesai. */
export function lanjutkanRkaKak(): KeadaanBatch {
  return denganKunci(() => {
    const ss = SpreadsheetApp.getActive();
    return lanjutkanBatch(ss, PropertiesService.getDocumentProperties(), {
      batasMs: BATAS_MS,
      sekarang: () => Date.now(),
      tanggal: zonaSpreadsheet(ss).hariIni(),
    });
  }, SEDANG_BERJALAN);
}
