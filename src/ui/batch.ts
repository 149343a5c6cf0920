/** Menu "Buat Semua RKA/KAK": a dialog that drives the batch chunk by chunk (src/reports/batch.ts). */
import { type KeadaanBatch, lanjutkanBatch, mulaiBatch } from "../reports/batch";

/** Each call works at most this long: well under Apps Script's 6-minute execution limit. */
const BATAS_MS = 4.5 * 60 * 1000;

export function tampilkanBatchRka(): void {
  const html = HtmlService.createHtmlOutputFromFile("batch").setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, "Buat Semua RKA/KAK");
}

/** Called by the dialog. */
export function mulaiRkaKak(): KeadaanBatch {
  return mulaiBatch(SpreadsheetApp.getActive(), PropertiesService.getDocumentProperties());
}

/** Called by the dialog until it answers selesai. */
export function lanjutkanRkaKak(): KeadaanBatch {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error("Pembuatan RKA/KAK sedang berjalan di jendela lain.");
  try {
    return lanjutkanBatch(SpreadsheetApp.getActive(), PropertiesService.getDocumentProperties(), {
      batasMs: BATAS_MS,
      sekarang: () => Date.now(),
      tanggal: new Date(),
    });
  } finally {
    lock.releaseLock();
  }
}
