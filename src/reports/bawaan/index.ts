/**
 * The default templates, one module per report, modelled on the seeds. scripts/build.mjs writes
 * this record into build/templat-bawaan.html as JSON; ../bacaBawaan.ts reads it there, so the
 * templates do not weigh on Code.js. The add-on writes them as Google Docs in the user's report
 * folder, where units change letterhead, logo and wording freely; the placeholder syntax is in
 * ../template.ts and the README.
 */

import type { JenisLaporan } from "../laporan";
import type { Dokumen } from "../model";
import { TEMPLATE_KKE, TEMPLATE_LHE, TEMPLATE_PERBAIKAN } from "./lke";
import { TEMPLATE_LKJ } from "./lkj";
import { TEMPLATE_IKU, TEMPLATE_POHON, TEMPLATE_RENCANA_AKSI } from "./perencanaan";
import { TEMPLATE_PK, TEMPLATE_PK_PERUBAHAN } from "./pk";
import { TEMPLATE_IKM_KABUPATEN, TEMPLATE_NOTA_SAKIP, TEMPLATE_REKAP_CAPAIAN } from "./rekap";
import { TEMPLATE_TC29, TEMPLATE_TC30, TEMPLATE_TC31, TEMPLATE_TC32, TEMPLATE_TC33 } from "./renja";
import { TEMPLATE_RENJA } from "./renjaDokumen";
import { TEMPLATE_KAK, TEMPLATE_RKA } from "./rka";
import { TEMPLATE_POSTER, TEMPLATE_SKM } from "./skm";
import { TEMPLATE_TRIWULAN } from "./triwulan";

export {
  TEMPLATE_KAK,
  TEMPLATE_KKE,
  TEMPLATE_LHE,
  TEMPLATE_PERBAIKAN,
  TEMPLATE_LKJ,
  TEMPLATE_PK,
  TEMPLATE_PK_PERUBAHAN,
  TEMPLATE_POSTER,
  TEMPLATE_RENJA,
  TEMPLATE_RKA,
  TEMPLATE_SKM,
  TEMPLATE_TC29,
  TEMPLATE_TC30,
  TEMPLATE_TC31,
  TEMPLATE_TC32,
  TEMPLATE_TC33,
  TEMPLATE_TRIWULAN,
};

export const TEMPLATE_BAWAAN: Record<JenisLaporan, Dokumen> = {
  triwulan: TEMPLATE_TRIWULAN,
  pk: TEMPLATE_PK,
  pkPerubahan: TEMPLATE_PK_PERUBAHAN,
  lkj: TEMPLATE_LKJ,
  skm: TEMPLATE_SKM,
  poster: TEMPLATE_POSTER,
  rka: TEMPLATE_RKA,
  kak: TEMPLATE_KAK,
  renja: TEMPLATE_RENJA,
  tc29: TEMPLATE_TC29,
  tc30: TEMPLATE_TC30,
  tc31: TEMPLATE_TC31,
  tc32: TEMPLATE_TC32,
  tc33: TEMPLATE_TC33,
  iku: TEMPLATE_IKU,
  renaksi: TEMPLATE_RENCANA_AKSI,
  pohon: TEMPLATE_POHON,
  notaSakip: TEMPLATE_NOTA_SAKIP,
  ikmKabupaten: TEMPLATE_IKM_KABUPATEN,
  rekapCapaian: TEMPLATE_REKAP_CAPAIAN,
  kke: TEMPLATE_KKE,
  lhe: TEMPLATE_LHE,
  lheUnit: TEMPLATE_LHE,
  perbaikan: TEMPLATE_PERBAIKAN,
};
