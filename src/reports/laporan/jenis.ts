/**
 * What a report is, for the registry (./index.ts): its key, the name the dialog shows, the sheets
 * it reads (only their problems block it) and how its figures are made from the workbook. Each
 * report's default template lives in ../bawaan/<jenis>.ts (built into templat-bawaan.html, not
 * Code.js) and is typed by `KunciData` of the report's data: a template that names a value the
 * data does not give does not compile.
 */
import type { TanggalDokumen } from "../../core/format";
import type { BukuKerja } from "../../core/model/bukuKerja";
import type { KunciTanggal, KunciTempat } from "../../core/model/pengaturan";
import type { Rekap } from "../../core/model/rekap";
import type { Periode } from "../../core/skm";
import type { DataLaporan } from "../template";

export interface OpsiLaporan<J extends string = string> {
  jenis: J;
  /** 1-4 for the quarterly report; default: Triwulan Dilaporkan in Pengaturan. */
  triwulan?: number;
  /** SKM period (TW1-TW4, S1, S2, TAHUN) for the IKM report and poster; default: the triwulan. */
  periode?: string;
  /** The kegiatan (its code in the RKA sheet) of an RKA or KAK; default: the first. */
  kegiatan?: string;
  /** The unit (its name in Rekap Unit) of a rekap's per-unit document; default: the first with an LKE. */
  unit?: string;
  /** A unit's own template (Doc URL or id); default: the add-on's template in the folder. */
  template?: string;
  pdf?: boolean;
}

/** Where and when a document is signed ("Lumajang, 10 Januari 2023"): its own settings (../tanggal.ts). */
export interface Penandatanganan {
  tempat: string;
  tanggal: TanggalDokumen;
}

/** What a report's data is made from. */
export interface KonteksData {
  bk: BukuKerja;
  opsi: OpsiLaporan;
  /** The quarter reported (1-4). */
  tw: number;
  /** The survey period (SKM reports). */
  periode: Periode;
  /** Where and when the document is signed. */
  ttd: Penandatanganan;
  /** A kabupaten's rekap (the reports made in a rekap spreadsheet); bk is then empty. */
  rekap?: Rekap;
}

export interface Laporan<J extends string = string> {
  jenis: J;
  /** As the dialog and the Doc's template name show it. */
  nama: string;
  /** The sheets it reads: only their problems concern it. */
  lembar: readonly string[];
  /** The survey's form response sheets concern it too. */
  survei?: boolean;
  /** Made in a rekap spreadsheet from the units' summaries (../laporan/rekap.ts), not from a unit workbook. */
  rekap?: true;
  /** One kegiatan's document: only that kegiatan's RKA rows concern it. */
  perKegiatan?: boolean;
  /**
   * The Pengaturan setting that dates the document (the PK when it was signed, the RKA when it was
   * drawn up ...). Blank, the document is dated the day it is made, and the data check says so.
   */
  tanggal: KunciTanggal;
  /**
   * A document that follows the PK Perubahan (the Rencana Aksi, revised with it): once a target is
   * revised and this setting holds the revised agreement's date, the document takes that date.
   */
  tanggalPerubahan?: KunciTanggal;
  /** The setting naming where it is signed, when that may differ from Tempat Penandatanganan (its fallback). */
  tempat?: KunciTempat;
  /** Whether the workbook holds its data: Periksa Data speaks of its date only then. */
  berisi(bk: BukuKerja): boolean;
  data(k: KonteksData): DataLaporan;
}

export const laporan = <const J extends string>(l: Laporan<J>): Laporan<J> => l;

/**
 * Every placeholder a report's data fills: `{{nilai}}`, `{{daftar.kolom}}`, `{{grafik:nama}}`,
 * `{{#jika nama}}`, `{{/jika}}`, `{{#ulang daftar}}`, `{{/ulang}}`, `{{#jika daftar.kolom}}` (the
 * syntax of ../template.ts).
 */
export type KunciData<T extends DataLaporan> =
  | (keyof T["nilai"] & string)
  | {
      [K in keyof T["kolomDaftar"] & string]: `${K}.${T["kolomDaftar"][K][number] & string}`;
    }[keyof T["kolomDaftar"] & string]
  | `grafik:${(keyof T["grafik"] | GrafikRekaman<T>) & string}`
  | `#jika ${(keyof T["nilai"] | keyof T["daftar"]) & string}`
  | {
      [K in keyof T["kolomDaftar"] & string]: `#jika ${K}.${T["kolomDaftar"][K][number] & string}`;
    }[keyof T["kolomDaftar"] & string]
  | "/jika"
  | `#ulang ${keyof T["kolomDaftar"] & string}`
  | "/ulang";

/** The names of the charts a report draws per record of a list (`grafikRekaman`). */
type GrafikRekaman<T extends DataLaporan> =
  T["grafikRekaman"] extends Record<string, (infer G)[]> ? keyof G : never;
