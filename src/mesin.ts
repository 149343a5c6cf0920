/**
 * The engine's entry, built into build/mesin.html as the IIFE `SakipMesin` (scripts/build.mjs):
 * every menu and dialog handler, with the sheets, reports and Doc writer they use. Code.js
 * (src/main.ts) holds only the custom functions, the menu and one stub per handler here, which
 * loads this file (src/mesin/muat.ts) and calls the same-named export. The exported names are
 * exactly src/mesin/daftar.ts HANDLER_MESIN (checked by type in src/mesin/muat.ts).
 */
export { lanjutkanRkaKak, mulaiRkaKak, tampilkanBatchLhe, tampilkanBatchRka } from "./ui/batch";
export { panggilDialog } from "./ui/dialog";
export { buatLaporan, pratinjauLaporan, tampilkanBuatLaporan } from "./ui/laporan";
export { isiBuktiOtomatis, kunciStatusLke } from "./ui/lke";
export {
  isiContohData,
  periksaData,
  pilihSel,
  siapkanLembarKerja,
  tampilkanBantuan,
  tampilkanContohData,
} from "./ui/menu";
export { rekapKabupaten } from "./ui/rekap";
export { buatKuesionerSkm } from "./ui/skm";
