/**
 * Writes the Ringkasan sheet's computed block (core/model/ringkasan.ts): after Siapkan Lembar Kerja
 * and after each document Buat Laporan makes. One read of the sheet's two rows, one write of the
 * block, and only when a figure changed, so running it twice writes nothing the second time.
 * The formula columns are setup's (siapkan.ts).
 */
import { esTanggal } from "../core/format";
import type { Masalah } from "../core/masalah";
import type { BukuKerja } from "../core/model/bukuKerja";
import {
  hitungRingkasan,
  KOLOM_TULIS_AWAL,
  LEBAR_RINGKASAN,
  LEBAR_TULIS,
  periksaJudulRingkasan,
  RINGKASAN,
  selTulis,
  tambahDokumen,
  VERSI_RINGKASAN,
} from "../core/model/ringkasan";
import { type Zona, zonaSpreadsheet } from "./zona";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HasilRingkasan {
  /** Whether the block was written (a figure changed). */
  ditulis: boolean;
  masalah: Masalah[];
}

/** "30/11/2026": the date as the Dokumen Dibuat column lists it. */
export function tanggalPendek(d: Date): string {
  const dua = (n: number) => String(n).padStart(2, "0");
  return `${dua(d.getDate())}/${dua(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const samaSel = (a: unknown, b: unknown) =>
  esTanggal(a) && esTanggal(b) ? a.getTime() === b.getTime() : String(a) === String(b);

/**
 * The summary of the workbook `bk` (already read) written into Ringkasan; `dokumen` names the
 * document just made (Buat Laporan), added to the list with today's date. Without a Ringkasan
 * sheet nothing is written: setup makes it.
 */
export function perbaruiRingkasan(
  ss: Spreadsheet,
  bk: BukuKerja,
  dokumen?: string,
  zona: Zona = zonaSpreadsheet(ss),
): HasilRingkasan {
  const sheet = ss.getSheetByName(RINGKASAN.nama);
  if (sheet === null) return { ditulis: false, masalah: [] };
  const dua = sheet.getRange(1, 1, 2, LEBAR_RINGKASAN).getValues();
  const salah = periksaJudulRingkasan(dua[0]!);
  if (salah) return { ditulis: false, masalah: [salah] };
  // A workbook set up under an older layout: setup appended the new columns; the version is ours.
  const sel = sheet.getRange(2, 1);
  const rumusVersi = sel.getFormula();
  const versiBaru = /^=\d+$/.test(rumusVersi) && rumusVersi !== `=${VERSI_RINGKASAN}`;
  if (versiBaru) sel.setFormula(`=${VERSI_RINGKASAN}`);
  const lama = dua[1]!.slice(KOLOM_TULIS_AWAL - 1);
  const hariIni = zona.hariIni();
  const iDokumen = RINGKASAN.kolom.findIndex((k) => k.kunci === "dokumen") - (KOLOM_TULIS_AWAL - 1);
  const iTanggal = RINGKASAN.kolom.findIndex((k) => k.kunci === "diperbarui") - (KOLOM_TULIS_AWAL - 1);
  const teksLama = String(lama[iDokumen] ?? "");
  const daftar = dokumen
    ? tambahDokumen(teksLama, { nama: dokumen, tanggal: tanggalPendek(hariIni) })
    : teksLama;
  const hari = new Date(hariIni.getFullYear(), hariIni.getMonth(), hariIni.getDate());
  const baru = selTulis(hitungRingkasan(bk, daftar, hari));
  const berubah = baru.some((v, i) => i !== iTanggal && !samaSel(v, lama[i] ?? ""));
  if (!berubah) return { ditulis: versiBaru, masalah: [] };
  baru[iTanggal] = zona.keSel(hari);
  sheet.getRange(2, KOLOM_TULIS_AWAL, 1, LEBAR_TULIS).setValues([baru]);
  return { ditulis: true, masalah: [] };
}
