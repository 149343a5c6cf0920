/**
 * The one entry the dialogs call (google.script.run.panggilDialog(nama, argumen)): the handler a
 * dialog names, its result or its message as data (see tanpaLog.ts). Only these handlers.
 */
import { lanjutkanRkaKak, mulaiRkaKak } from "./batch";
import { buatLaporan, pratinjauLaporan } from "./laporan";
import { isiContohData, pilihSel } from "./menu";
import { argumenDialog, type Jawaban, jawabDialog } from "./tanpaLog";

const HANDLER = new Map<string, (...a: unknown[]) => unknown>([
  ["pratinjauLaporan", (opsi) => pratinjauLaporan(opsi)],
  ["buatLaporan", (opsi, baca, gambar) => buatLaporan(opsi, baca, gambar)],
  ["isiContohData", (data) => isiContohData(data)],
  ["pilihSel", (lembar, sel) => pilihSel(lembar, sel)],
  ["mulaiRkaKak", () => mulaiRkaKak()],
  ["lanjutkanRkaKak", () => lanjutkanRkaKak()],
]);

export function panggilDialog(nama: unknown, argumen: unknown): Jawaban<unknown> {
  const n = typeof nama === "string" ? nama : String(nama);
  return jawabDialog(n, () => {
    const f = HANDLER.get(n);
    if (f === undefined) throw new Error(`Perintah dialog "${n}" tidak dikenal; muat ulang spreadsheet.`);
    return f(...argumenDialog(argumen));
  });
}
