/**
 * "Buat semua RKA/KAK": one RKA and one KAK per kegiatan, in chunks. Apps Script stops an
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
import { uraikan } from "../core/uraikan";
import { bacaBukuKerja } from "../sheets/baca";
import { bukuKerjaDiperiksa } from "../sheets/bukuKerja";
import { laporanDari, namaLaporan, tulisLaporan } from "./buat";
import { buangKeSampah, cariFile, folderLaporan, MIME_DOC, namaBaru } from "./drive";
import type { JenisLaporan } from "./laporan";
import { LAPORAN_RKA } from "./laporan/rka";
import { kalimatTanggalKosong } from "./tanggal";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export type StatusItem = "menunggu" | "berjalan" | "selesai" | "gagal";

export interface ItemBatch {
  jenis: JenisLaporan;
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
    jenis: z.enum(["rka", "kak"]),
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
    "Catatan pembuatan RKA/KAK yang tersimpan",
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
  if (!item) throw new Error('Belum ada pembuatan RKA/KAK yang berjalan. Klik "Mulai" dulu.');
  const awal = waktu.sekarang();
  // The workbook does not change while a call works: read and checked once, not twice per item.
  const dibaca = bukuKerjaDiperiksa(ss);
  let bkTerakhir: BukuKerja | null = null;
  for (const it of item) {
    if (it.status === "selesai" || it.status === "gagal") continue;
    if (waktu.sekarang() - awal > waktu.batasMs) {
      return {
        item,
        selesai: false,
        kabar: `Berhenti sebelum batas waktu eksekusi; ${ringkas(item)} Melanjutkan...`,
      };
    }
    const opsi = { jenis: it.jenis, kegiatan: it.kegiatan };
    try {
      const { bk, data } = laporanDari(dibaca, opsi, waktu.tanggal);
      bkTerakhir = bk;
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
        dibaca,
        folder,
        catatId: (id) => {
          it.idDoc = id;
          simpan(props, item);
        },
      });
      it.status = "selesai";
      it.url = h.urlDoc;
    } catch (e) {
      it.status = "gagal";
      it.pesan = pesanGalat(e);
    }
    simpan(props, item);
  }
  const tanggal = bkTerakhir ? tanggalKosong(bkTerakhir, waktu.tanggal, true) : "";
  return { item, selesai: true, kabar: kalimat(`Selesai: ${ringkas(item)}`, tanggal) };
}

/** The documents' date when Tanggal RKA is blank (they are dated the day they are made), or "". */
const tanggalKosong = (bk: BukuKerja, hariIni: Date, selesai = false) =>
  kalimatTanggalKosong(bk, LAPORAN_RKA, "RKA dan KAK", hariIni, selesai);

const kalimat = (...bagian: string[]) => bagian.filter((b) => b !== "").join(" ");
