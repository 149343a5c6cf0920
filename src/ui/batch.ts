/** Menu "Buat Semua RKA/KAK": a dialog that drives the batch chunk by chunk (src/reports/batch.ts). */
import { type KeadaanBatch, lanjutkanBatch, mulaiBatch } from "../reports/batch";
import { zonaSpreadsheet } from "../sheets/zona";
import { denganKunci } from "./kunci";
import { tampilkanGalat } from "./tanpaLog";

const SEDANG_BERJALAN = "Pembuatan RKA/KAK sedang berjalan di jendela lain.";

/** Each call works at most this long: well under Apps Script's 6-minute execution limit. */
const BATAS_MS = 4.5 * 60 * 1000;

export function tampilkanBatchRka(): void {
  tampilkanGalat("Buat Semua RKA/KAK", () => {
    const html = HtmlService.createHtmlOutputFromFile("batch").setWidth(640).setHeight(520);
    SpreadsheetApp.getUi().showModalDialog(html, "Buat Semua RKA/KAK");
  });
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
