/**
 * "Buat semua RKA/KAK": one RKA and one KAK per kegiatan, in chunks; in a rekap spreadsheet,
 * "Buat LHE Semua Unit": one LHE per unit whose imported summary carries an LKE, the same way. Apps Script stops an
 * execution after 6 minutes, and an add-on may hold only one time-driven trigger per type per
 * document (developers.google.com/apps-script/guides/services/quotas), so the dialog calls
 * `lanjutkan` again and again; each call is its own execution, stops well before the limit and
 * keeps its place in the document properties, so a closed dialog (or a failed call) resumes.
 * Each Doc is made by Drive directly in the report folder and its id recorded before it is
 * filled; a call that died mid-item leaves a record "berjalan" with that id, and the next call
 * trashes that possibly half-filled Doc and makes it again: never two, never a half one kept.
 */

import * as z from "zod/mini";
import { pesanGalat } from "../core/galat";
import type { BukuKerja } from "../core/model/bukuKerja";
import { nilaiLke, unitTerbaca } from "../core/rekapKabupaten";
import { uraikan } from "../core/uraikan";
import { bacaBukuKerja } from "../sheets/baca";
import { bukuKerjaDiperiksa } from "../sheets/bukuKerja";
import { adalahRekap, bacaRekap, catatDokumenRekap } from "../sheets/rekap";
import { laporanDari, laporanRekapDari, namaLaporan, tulisLaporan } from "./buat";
import { buangKeSampah, cariFile, folderLaporan, MIME_DOC, namaBaru } from "./drive";
import type { JenisLaporan } from "./laporan";
import type { OpsiLaporan } from "./laporan/jenis";
import { LAPORAN_LHE_UNIT } from "./laporan/rekap";
import { LAPORAN_RKA } from "./laporan/rka";
import { kalimatTanggalKosong } from "./tanggal";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export type StatusItem = "menunggu" | "berjalan" | "selesai" | "gagal";

export interface ItemBatch {
  jenis: "rka" | "kak" | "lheUnit";
  /** The kegiatan's code (RKA, KAK), or the unit's name in Rekap Unit (lheUnit). */
  kegiatan: string;
  /** The file name, fixed before the Doc is made. */
  nama?: string;
  /** The Doc's id, recorded the moment it exists (before it is filled). */
  idDoc?: string;
  status: StatusItem;
  url?: string;
  pesan?: string;
}

export interface KeadaanBatch {
  item: ItemBatch[];
  selesai: boolean;
  /** A sentence for the dialog. */
  kabar: string;
}

/** Apps Script's daily quota of Docs a consumer account may create (Workspace: 1 500). */
export const KUOTA_DOKUMEN_HARIAN = 250;
const KUNCI = "sakip.batch";
/** A property value holds at most 9 KB: the list is stored in pieces. */
const POTONGAN = 8000;

function simpan(props: Properties, item: ItemBatch[]): void {
  const teks = JSON.stringify(item);
  const lama = Number(props.getProperty(`${KUNCI}.n`) ?? "0");
  const n = Math.ceil(teks.length / POTONGAN);
  const nilai: Record<string, string> = { [`${KUNCI}.n`]: String(n) };
  for (let i = 0; i < n; i++) nilai[`${KUNCI}.${i}`] = teks.slice(i * POTONGAN, (i + 1) * POTONGAN);
  props.setProperties(nilai);
  for (let i = n; i < lama; i++) props.deleteProperty(`${KUNCI}.${i}`);
}

/** The batch as stored in the document properties: read back, it is outside data again. */
const SKEMA_KEADAAN = z.array(
  z.object({
    jenis: z.enum(["rka", "kak", "lheUnit"]),
    kegiatan: z.string(),
    nama: z.optional(z.string()),
    idDoc: z.optional(z.string()),
    status: z.enum(["menunggu", "berjalan", "selesai", "gagal"]),
    url: z.optional(z.string()),
    pesan: z.optional(z.string()),
  }),
);

function muat(props: Properties): ItemBatch[] | null {
  const n = Number(props.getProperty(`${KUNCI}.n`) ?? "0");
  if (n === 0) return null;
  let teks = "";
  for (let i = 0; i < n; i++) teks += props.getProperty(`${KUNCI}.${i}`) ?? "";
  let json: unknown;
  try {
    json = JSON.parse(teks);
  } catch {
    json = undefined;
  }
  return uraikan(
    SKEMA_KEADAAN,
    json,
    "Catatan pembuatan dokumen yang tersimpan",
    'Klik "Mulai" untuk memulai ulang.',
  );
}

function ringkas(item: ItemBatch[]): string {
  const hitung = (s: StatusItem) => item.filter((i) => i.status === s).length;
  return `${hitung("selesai")} dari ${item.length} dokumen selesai${hitung("gagal") > 0 ? `, ${hitung("gagal")} gagal` : ""}.`;
}

/**
 * Starts a batch over every kegiatan of the RKA sheet, or reports the one in progress (never
 * two at once). Says so when the batch would pass the daily quota of new Docs.
 */
export function mulaiBatch(ss: Spreadsheet, props: Properties, hariIni: Date): KeadaanBatch {
  let ada: ItemBatch[] | null;
  try {
    ada = muat(props);
  } catch {
    // A record that cannot be read is started afresh: Mulai is how the user gets past it.
    ada = null;
  }
  if (ada?.some((i) => i.status === "menunggu" || i.status === "berjalan")) {
    return { item: ada, selesai: false, kabar: `Melanjutkan pembuatan yang belum selesai: ${ringkas(ada)}` };
  }
  if (adalahRekap(ss)) return mulaiLhe(ss, props);
  const bk = bacaBukuKerja(ss);
  if (bk.rka.length === 0) throw new Error("Lembar RKA belum berisi kegiatan.");
  const item: ItemBatch[] = bk.rka.flatMap((k) =>
    (["rka", "kak"] as const).map((jenis): ItemBatch => ({ jenis, kegiatan: k.kode, status: "menunggu" })),
  );
  simpan(props, item);
  const kuota =
    item.length > KUOTA_DOKUMEN_HARIAN
      ? ` Perhatian: ${item.length} dokumen melebihi kuota harian pembuatan Google Docs (${KUOTA_DOKUMEN_HARIAN} untuk akun biasa, 1.500 untuk akun Workspace); sisanya dapat dilanjutkan besok.`
      : "";
  return {
    item,
    selesai: false,
    kabar: kalimat(
      `Akan dibuat ${item.length} dokumen untuk ${bk.rka.length} kegiatan.${kuota}`,
      tanggalKosong(bk, hariIni),
    ),
  };
}

/**
 * The LHE batch of a rekap: one item per unit read with an LKE value, in the list's order; the
 * others are named as skipped. A unit whose Rincian LKE turns out stale fails alone, later.
 */
function mulaiLhe(ss: Spreadsheet, props: Properties): KeadaanBatch {
  const rekap = bacaRekap(ss);
  const dengan = new Set(unitTerbaca(rekap.unit).flatMap((x) => (nilaiLke(x.r) === null ? [] : [x.unit])));
  const item: ItemBatch[] = rekap.unit
    .filter((u) => dengan.has(u))
    .map((u) => ({ jenis: "lheUnit", kegiatan: u.nama, status: "menunggu" }));
  const lewat = rekap.unit.filter((u) => !dengan.has(u)).map((u) => u.nama);
  if (item.length === 0) {
    throw new Error(
      "Belum ada unit terbaca yang ringkasannya memuat nilai LKE. Jalankan menu Rekap Kabupaten dan lihat kolom Status.",
    );
  }
  simpan(props, item);
  const kuota =
    item.length > KUOTA_DOKUMEN_HARIAN
      ? ` Perhatian: ${item.length} dokumen melebihi kuota harian pembuatan Google Docs (${KUOTA_DOKUMEN_HARIAN} untuk akun biasa, 1.500 untuk akun Workspace); sisanya dapat dilanjutkan besok.`
      : "";
  const dilewati =
    lewat.length === 0
      ? ""
      : ` ${lewat.length} unit dilewati (belum terbaca, periode lain, atau tanpa nilai LKE): ${lewat.slice(0, 10).join(", ")}${lewat.length > 10 ? `, dan ${lewat.length - 10} lainnya` : ""}.`;
  return {
    item,
    selesai: false,
    kabar: `Akan dibuat ${item.length} LHE SAKIP, satu per unit.${dilewati}${kuota}`,
  };
}

export interface BatasWaktu {
  /** Milliseconds this call may work (under the 6-minute execution limit). */
  batasMs: number;
  sekarang: () => number;
  /** Today in the spreadsheet's zone: the date of the documents when Tanggal RKA is blank. */
  tanggal: Date;
}

/** Works through the batch until done or out of time; every item's result is kept. */
export function lanjutkanBatch(ss: Spreadsheet, props: Properties, waktu: BatasWaktu): KeadaanBatch {
  const item = muat(props);
  if (!item) throw new Error('Belum ada pembuatan dokumen yang berjalan. Klik "Mulai" dulu.');
  const awal = waktu.sekarang();
  // The workbook (or the rekap) does not change while a call works: read and checked once, not per item.
  const rekap = item.some((i) => i.jenis === "lheUnit") ? bacaRekap(ss) : undefined;
  const dibaca = rekap ? undefined : bukuKerjaDiperiksa(ss);
  let bkTerakhir: BukuKerja | null = null;
  let dibuat = 0;
  for (const it of item) {
    if (it.status === "selesai" || it.status === "gagal") continue;
    if (waktu.sekarang() - awal > waktu.batasMs) {
      return {
        item,
        selesai: false,
        kabar: `Berhenti sebelum batas waktu eksekusi; ${ringkas(item)} Melanjutkan...`,
      };
    }
    const opsi: OpsiLaporan<JenisLaporan> =
      it.jenis === "lheUnit"
        ? { jenis: it.jenis, unit: it.kegiatan }
        : { jenis: it.jenis, kegiatan: it.kegiatan };
    try {
      const { bk, data } = dibaca
        ? laporanDari(dibaca, opsi, waktu.tanggal)
        : laporanRekapDari(ss, opsi, waktu.tanggal, rekap);
      if (dibaca) bkTerakhir = bk;
      const folder = folderLaporan(props, bk.pengaturan.folderLaporan, bk.pengaturan.namaUnit);
      if (it.status === "berjalan") {
        // The last call stopped mid-item: the Doc it made may be half-filled. Trash it (found by
        // the id recorded when it was made, or by name for a record without one) and make it again.
        const lama = it.idDoc ?? (it.nama ? cariFile(folder, it.nama, MIME_DOC) : null);
        if (lama) buangKeSampah(lama);
        delete it.idDoc;
      }
      it.nama = namaBaru(folder, namaLaporan(opsi, data), MIME_DOC);
      it.status = "berjalan";
      simpan(props, item);
      const h = tulisLaporan(ss, props, opsi, {
        tanggal: waktu.tanggal,
        terimaPeringatan: true,
        nama: it.nama,
        ...(dibaca ? { dibaca } : {}),
        ...(rekap ? { rekap } : {}),
        folder,
        catatId: (id) => {
          it.idDoc = id;
          simpan(props, item);
        },
      });
      it.status = "selesai";
      it.url = h.urlDoc;
      dibuat += 1;
    } catch (e) {
      it.status = "gagal";
      it.pesan = pesanGalat(e);
    }
    simpan(props, item);
  }
  // The rekap's own Ringkasan lists what it made, as a unit's does (what a province rekap reads).
  if (rekap && dibuat > 0) {
    try {
      catatDokumenRekap(ss, LAPORAN_LHE_UNIT.nama);
    } catch {}
  }
  const tanggal = bkTerakhir ? tanggalKosong(bkTerakhir, waktu.tanggal, true) : "";
  return { item, selesai: true, kabar: kalimat(`Selesai: ${ringkas(item)}`, tanggal) };
}

/** The documents' date when Tanggal RKA is blank (they are dated the day they are made), or "". */
const tanggalKosong = (bk: BukuKerja, hariIni: Date, selesai = false) =>
  kalimatTanggalKosong(bk, LAPORAN_RKA, "RKA dan KAK", hariIni, selesai);

const kalimat = (...bagian: string[]) => bagian.filter((b) => b !== "").join(" ");
