/**
 * The bundle's entry: everything exported here is reachable as SakipSheets.<name>, and
 * src/globals.js exposes the intended ones as top-level Apps Script functions.
 */
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
export { lanjutkanRkaKak, mulaiRkaKak, tampilkanBatchLhe, tampilkanBatchRka } from "./ui/batch";
export { panggilDialog } from "./ui/dialog";
export { buatLaporan, pratinjauLaporan, tampilkanBuatLaporan } from "./ui/laporan";
export { isiBuktiOtomatis, kunciStatusLke } from "./ui/lke";
export {
  isiContohData,
  onInstall,
  onOpen,
  periksaData,
  pilihSel,
  siapkanLembarKerja,
  tampilkanBantuan,
  tampilkanContohData,
} from "./ui/menu";
export { rekapKabupaten } from "./ui/rekap";
export { buatKuesionerSkm } from "./ui/skm";
