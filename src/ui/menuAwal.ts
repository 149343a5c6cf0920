/**
 * The add-on menu, the one part of the UI that lives in Code.js (src/main.ts): onOpen may run in
 * AuthMode.NONE (before the user authorises the add-on), where an add-on may only add menu items:
 * createAddonMenu() works in every mode, any other service call there stops the menu from being
 * built (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
 * So onOpen touches nothing but the Ui, and this module imports nothing: every handler named here
 * is a global (src/globals.js) whose code is in the engine, build/mesin.html (src/mesin.ts).
 */

export const MENU: readonly (readonly [judul: string, fungsi: string] | null)[] = [
  ["Siapkan Lembar Kerja", "siapkanLembarKerja"],
  ["Isi Contoh Data", "tampilkanContohData"],
  ["Periksa Data", "periksaData"],
  ["Buat Laporan", "tampilkanBuatLaporan"],
  ["Buat Semua RKA/KAK", "tampilkanBatchRka"],
  ["Buat Kuesioner SKM", "buatKuesionerSkm"],
  ["Rekap Kabupaten", "rekapKabupaten"],
  ["Buat LHE Semua Unit (Rekap)", "tampilkanBatchLhe"],
  ["Isi Bukti Otomatis (LKE)", "isiBuktiOtomatis"],
  ["Kunci & Catat Status LKE", "kunciStatusLke"],
  null,
  ["Bantuan", "tampilkanBantuan"],
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

/** Installing from the Marketplace does not reload the sheet: build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
