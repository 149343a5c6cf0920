/**
 * Code.js's entry: everything exported here is reachable as SakipSheets.<name>, and
 * src/globals.js exposes the intended ones as top-level Apps Script functions. Apps Script loads
 * Code.js on every execution, each recalculation of a custom function included, so it holds only
 * the custom functions, the menu (onOpen/onInstall, Ui only) and, for every other handler, a stub
 * that loads the engine, build/mesin.html (src/mesin.ts), and calls the same-named export there.
 */
import type * as Kode from "./main";
import { HANDLER_MESIN, type NamaHandler } from "./mesin/daftar";
import { stubMesin } from "./mesin/muat";

export {
  ANGKA,
  CAPAIAN,
  CAPAIAN_TRIWULAN,
  IKM,
  IKM_GABUNGAN,
  IKM_REKAP,
  KUADRAN_IPA,
  MUTU_IKM,
  NILAI_LKE,
  NRR,
  PREDIKAT,
  PREDIKAT_SAKIP,
  REALISASI_TAHUNAN,
  SAMPEL_SKM,
  SERAPAN,
  SKOR_LKE,
  TERBILANG,
} from "./functions/index";
export { onInstall, onOpen } from "./ui/menuAwal";

// One stub per name of HANDLER_MESIN (the type check below fails when one is left out here).
export const {
  buatKuesionerSkm,
  buatLaporan,
  isiBuktiOtomatis,
  isiContohData,
  kunciStatusLke,
  lanjutkanRkaKak,
  mulaiRkaKak,
  panggilDialog,
  periksaData,
  pilihSel,
  pratinjauLaporan,
  rekapKabupaten,
  siapkanLembarKerja,
  tampilkanBantuan,
  tampilkanBatchLhe,
  tampilkanBatchRka,
  tampilkanBuatLaporan,
  tampilkanContohData,
} = stubMesin(HANDLER_MESIN);

type SemuaAda = [NamaHandler] extends [keyof typeof Kode] ? true : false;
const CEK_STUB: SemuaAda = true;
void CEK_STUB;
