/**
 * The report registry: every document the add-on makes, one module each (name, sheets read,
 * data); the dialog's list, the data check's scope and the Doc's name come from here. Adding a
 * report: a module here, its default template in ../bawaan/, its line below.
 */
import type { Laporan } from "./jenis";
import { LAPORAN_KKE, LAPORAN_LHE, LAPORAN_PERBAIKAN } from "./lke";
import { LAPORAN_LKJ } from "./lkj";
import { LAPORAN_IKU, LAPORAN_POHON, LAPORAN_RENCANA_AKSI } from "./perencanaan";
import { LAPORAN_PK, LAPORAN_PK_PERUBAHAN } from "./pk";
import { LAPORAN_IKM_KABUPATEN, LAPORAN_LHE_UNIT, LAPORAN_NOTA_SAKIP, LAPORAN_REKAP_CAPAIAN } from "./rekap";
import { LAPORAN_TC29, LAPORAN_TC30, LAPORAN_TC31, LAPORAN_TC32, LAPORAN_TC33 } from "./renja";
import { LAPORAN_RENJA } from "./renjaDokumen";
import { LAPORAN_KAK, LAPORAN_RKA } from "./rka";
import { LAPORAN_POSTER, LAPORAN_SKM } from "./skm";
import { LAPORAN_TRIWULAN } from "./triwulan";

export const DAFTAR_LAPORAN = [
  LAPORAN_TRIWULAN,
  LAPORAN_PK,
  LAPORAN_PK_PERUBAHAN,
  LAPORAN_LKJ,
  LAPORAN_SKM,
  LAPORAN_POSTER,
  LAPORAN_RKA,
  LAPORAN_KAK,
  LAPORAN_RENJA,
  LAPORAN_TC29,
  LAPORAN_TC30,
  LAPORAN_TC31,
  LAPORAN_TC32,
  LAPORAN_TC33,
  LAPORAN_IKU,
  LAPORAN_RENCANA_AKSI,
  LAPORAN_POHON,
  LAPORAN_NOTA_SAKIP,
  LAPORAN_IKM_KABUPATEN,
  LAPORAN_REKAP_CAPAIAN,
  LAPORAN_LHE_UNIT,
  LAPORAN_KKE,
  LAPORAN_LHE,
  LAPORAN_PERBAIKAN,
] as const;

/** The documents the add-on makes, by key. */
export type JenisLaporan = (typeof DAFTAR_LAPORAN)[number]["jenis"];

const PER_JENIS = new Map<string, Laporan<JenisLaporan>>(DAFTAR_LAPORAN.map((l) => [l.jenis, l]));

/** The report of a key; an unknown key (a stale or tampered dialog) gets an Indonesian message. */
export function cariLaporan(jenis: unknown): Laporan<JenisLaporan> {
  const l = typeof jenis === "string" ? PER_JENIS.get(jenis) : undefined;
  if (l === undefined) throw new Error(`Jenis laporan "${String(jenis)}" tidak dikenal.`);
  return l;
}

/** The name the dialog shows for each report. */
export const NAMA_LAPORAN = Object.fromEntries(DAFTAR_LAPORAN.map((l) => [l.jenis, l.nama])) as Record<
  JenisLaporan,
  string
>;
