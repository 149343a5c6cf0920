/**
 * The workbook as the reports see it: every sheet read into records (src/sheets/baca), with the
 * problems found while reading. The contract's sheets, in the order setup creates them.
 */
import type { Masalah } from "../masalah";
import { ANGGARAN, type BarisAnggaranLembar } from "./anggaran";
import { type BarisIku, IKU } from "./iku";
import { type Indikator, KINERJA } from "./kinerja";
import type { SkemaLembar } from "./kolom";
import { JAWABAN_LKE, KRITERIA_LKE, type Lke, LOG_LKE, SKALA_LKE } from "./lke";
import { type BarisPembanding, PEMBANDING } from "./pembanding";
import type { PengaturanUnit } from "./pengaturan";
import { type BarisPohon, POHON_KINERJA } from "./pohonKinerja";
import { PROFIL_UNIT, type ProfilUnit } from "./profil";
import { type BarisRencanaAksi, RENCANA_AKSI } from "./rencanaAksi";
import {
  type BarisRenja,
  type BarisReviewRkpd,
  KINERJA_PELAYANAN,
  type KinerjaPelayanan,
  RENJA,
  REVIEW_RKPD,
  USULAN_PEMANGKU,
  type UsulanPemangku,
} from "./renja";
import { type BarisTargetRenstra, TARGET_RENSTRA } from "./renstra";
import { RINGKASAN } from "./ringkasan";
import { type KegiatanRka, type RincianRka, RKA, RKA_RINCIAN } from "./rka";
import {
  type PertanyaanSkm,
  type RespondenSkm,
  SKM,
  SKM_PERTANYAAN,
  SKM_TINDAK_LANJUT,
  type TindakLanjut,
} from "./skm";

export const NAMA_PENGATURAN = "Pengaturan";

/** Every row sheet of the contract, in the order setup creates them (after Pengaturan). */
export const LEMBAR: readonly SkemaLembar[] = [
  KINERJA,
  ANGGARAN,
  SKM,
  SKM_PERTANYAAN,
  SKM_TINDAK_LANJUT,
  RKA,
  RKA_RINCIAN,
  RENJA,
  KINERJA_PELAYANAN,
  REVIEW_RKPD,
  USULAN_PEMANGKU,
  PROFIL_UNIT,
  RENCANA_AKSI,
  IKU,
  POHON_KINERJA,
  PEMBANDING,
  TARGET_RENSTRA,
  RINGKASAN,
  KRITERIA_LKE,
  JAWABAN_LKE,
  SKALA_LKE,
  LOG_LKE,
];

export interface BukuKerja {
  pengaturan: PengaturanUnit;
  indikator: Indikator[];
  anggaran: BarisAnggaranLembar[];
  pertanyaan: PertanyaanSkm[];
  /** Headers of the SKM answer columns (P1, P2 ...), in sheet order. */
  kodeJawaban: string[];
  /** Column (1-based) of each answer column in the SKM sheet; 0 when it comes only from a form. */
  kolomJawaban: number[];
  responden: RespondenSkm[];
  /** Rencana tindak lanjut of the survey (an optional sheet). */
  tindakLanjut: TindakLanjut[];
  /** RKA/KAK per kegiatan and their rincian belanja (optional sheets). */
  rka: KegiatanRka[];
  rincian: RincianRka[];
  /** Renja (T-C.29, T-C.33) and kinerja pelayanan (T-C.30), optional sheets. */
  renja: BarisRenja[];
  kinerjaPelayanan: KinerjaPelayanan[];
  /** Renja T-C.31 (review of the Rancangan Awal RKPD) and T-C.32 (stakeholders' proposals), optional sheets. */
  reviewRkpd: BarisReviewRkpd[];
  usulan: UsulanPemangku[];
  /** Profil Unit (the LKJ's Bab I and IV), an optional sheet. */
  profil: ProfilUnit[];
  /** The SAKIP evaluation (LKE): criteria, answers, scale, status log (optional sheets). */
  lke: Lke;
  /** The planning chain (issue 15), optional sheets: quarterly targets, IKU, the performance tree. */
  rencanaAksi: BarisRencanaAksi[];
  iku: BarisIku[];
  pohon: BarisPohon[];
  /** Other units' realisation of the same indicators (the LKJ's comparison), an optional sheet. */
  pembanding: BarisPembanding[];
  /** Target Renstra per year (issue 12), an optional sheet. */
  targetRenstra: BarisTargetRenstra[];
  masalah: Masalah[];
  /** Sheets that exist, for messages. */
  lembarAda: string[];
}
