/**
 * The one list of the handlers whose code is in the engine, build/mesin.html (src/mesin.ts):
 * every global of src/globals.js but the custom functions and onOpen/onInstall. src/main.ts
 * makes its stubs from this list, src/mesin/muat.ts checks (by type) that src/mesin.ts exports
 * exactly these names, and test/bundle.test.ts that every such global resolves through the
 * engine. A new menu or dialog handler: export it from src/mesin.ts, name it here and in
 * src/main.ts, and give it a global in src/globals.js.
 */
export const HANDLER_MESIN = [
  "buatKuesionerSkm",
  "buatLaporan",
  "isiBuktiOtomatis",
  "isiContohData",
  "kunciStatusLke",
  "lanjutkanRkaKak",
  "mulaiRkaKak",
  "panggilDialog",
  "periksaData",
  "pilihSel",
  "pratinjauLaporan",
  "rekapKabupaten",
  "siapkanLembarKerja",
  "tampilkanBantuan",
  "tampilkanBatchLhe",
  "tampilkanBatchRka",
  "tampilkanBuatLaporan",
  "tampilkanContohData",
] as const;

export type NamaHandler = (typeof HANDLER_MESIN)[number];
