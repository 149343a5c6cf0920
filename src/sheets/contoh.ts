/**
 * Isi Contoh Data: writes a built-in sample unit through the workbook contract, only into a
 * workbook that holds no data yet (never over a user's values). One setValues per block.
 */

import * as z from "zod/mini";
import { isKosong } from "../core/angka";
import { ANGGARAN } from "../core/model/anggaran";
import { LEMBAR, NAMA_PENGATURAN } from "../core/model/bukuKerja";
import type { DataContoh } from "../core/model/contoh";
import { IKU } from "../core/model/iku";
import { KINERJA } from "../core/model/kinerja";
import { angka, nilaiKolom, type Pembaca, type SkemaLembar, tautan, teks } from "../core/model/kolom";
import { JAWABAN_LKE, KRITERIA_LKE, LOG_LKE, SKALA_LKE } from "../core/model/lke";
import { PEMBANDING } from "../core/model/pembanding";
import { POHON_KINERJA } from "../core/model/pohonKinerja";
import { PROFIL_UNIT } from "../core/model/profil";
import { RENCANA_AKSI } from "../core/model/rencanaAksi";
import { KINERJA_PELAYANAN, RENJA, REVIEW_RKPD, USULAN_PEMANGKU } from "../core/model/renja";
import { TARGET_RENSTRA } from "../core/model/renstra";
import { RINGKASAN } from "../core/model/ringkasan";
import { RKA, RKA_RINCIAN } from "../core/model/rka";
import { PERTANYAAN_BAKU, SKM, SKM_PERTANYAAN, SKM_TINDAK_LANJUT } from "../core/model/skm";
import { uraikan } from "../core/uraikan";
import { setelanBerjudul } from "./baca/pengaturan";
import { siapkanBukuKerja } from "./siapkan";
import { zonaSpreadsheet } from "./zona";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sel = string | number | Date;

const DIISI_SIAPKAN = new Set(
  [SKM_PERTANYAAN, RINGKASAN, KRITERIA_LKE, JAWABAN_LKE, SKALA_LKE, LOG_LKE].map((s) => s.nama),
);

/** Sheets that already hold a user's data (the sample is not written then). */
export function lembarBerisiData(ss: Spreadsheet): string[] {
  const berisi: string[] = [];
  const p = ss.getSheetByName(NAMA_PENGATURAN);
  if (p !== null) {
    const v = p.getDataRange().getValues();
    const adaIsi = v.slice(1).some((b) => {
      const def = setelanBerjudul(b[0]);
      return !isKosong(b[1]) && String(b[1]) !== ((def && "bawaan" in def ? def.bawaan : undefined) ?? "");
    });
    if (adaIsi) berisi.push("Pengaturan");
  }
  // Every sheet of the contract in setup's order, but those setup itself fills (the standard
  // questions, the default criteria and scale, the summary's formulas, the status log) and the
  // answers, whose setup rows are judged below.
  for (const skema of LEMBAR.filter((s) => !DIISI_SIAPKAN.has(s.nama))) {
    const sheet = ss.getSheetByName(skema.nama);
    if (sheet === null) continue;
    const v = sheet.getDataRange().getValues();
    const diketik = skema.kolom.map((k) => k.jenis !== "rumus");
    const adaIsi = v.slice(1).some((b) => b.some((x, i) => !isKosong(x) && (diketik[i] ?? true)));
    if (adaIsi) berisi.push(skema.nama);
  }
  // Jawaban LKE: setup's Kode and Status are not the user's; an answer, a link or a note is.
  const j = ss.getSheetByName(JAWABAN_LKE.nama);
  if (j !== null) {
    const diketik = JAWABAN_LKE.kolom.map(
      (k) => k.jenis !== "rumus" && k.kunci !== "kode" && k.kunci !== "status",
    );
    const v = j.getDataRange().getValues().slice(1);
    if (v.some((b) => b.some((x, i) => !isKosong(x) && (diketik[i] ?? false)))) berisi.push(JAWABAN_LKE.nama);
  }
  const t = ss.getSheetByName(SKM_PERTANYAAN.nama);
  if (t !== null) {
    const v = t.getDataRange().getValues().slice(1);
    const baku = v.every((b, i) => {
      const p = PERTANYAAN_BAKU[i];
      const sisa = b.slice(3).every(isKosong);
      return p !== undefined && b[0] === p.kode && b[1] === p.unsur && b[2] === p.pertanyaan && sisa;
    });
    if (v.length > 0 && !baku) berisi.push(SKM_PERTANYAAN.nama);
  }
  return berisi;
}

export function isiContoh(app: App, ss: Spreadsheet, contoh: DataContoh): string {
  const berisi = lembarBerisiData(ss);
  if (berisi.length > 0) {
    throw new Error(
      `Contoh data hanya diisi ke buku kerja yang masih kosong, agar data Anda tidak tertimpa. ` +
        `Lembar yang sudah berisi data: ${berisi.join(", ")}. Buat spreadsheet baru untuk mencoba contoh.`,
    );
  }
  const siap = siapkanBukuKerja(app, ss);
  const galat = siap.masalah.filter((m) => m.tingkat === "galat");
  if (galat.length > 0) throw new Error(`Lembar kerja belum sesuai: ${galat[0]!.pesan}`);

  tulisPengaturan(ss.getSheetByName(NAMA_PENGATURAN)!, contoh);
  const n = tulisSkm(ss, contoh);
  const tabel: [SkemaLembar, readonly object[] | undefined][] = [
    [KINERJA, contoh.indikator],
    [ANGGARAN, contoh.anggaran],
    [RENJA, contoh.renja],
    [KINERJA_PELAYANAN, contoh.kinerjaPelayanan],
    [REVIEW_RKPD, contoh.reviewRkpd],
    [USULAN_PEMANGKU, contoh.usulan],
    [RKA, contoh.rka],
    [RKA_RINCIAN, contoh.rincian],
    [SKM_TINDAK_LANJUT, contoh.tindakLanjut],
    [PROFIL_UNIT, contoh.profil],
    // One row per default criterion, in setup's order: written over setup's Draf rows.
    [JAWABAN_LKE, contoh.lke],
    [RENCANA_AKSI, contoh.rencanaAksi],
    [IKU, contoh.iku],
    [POHON_KINERJA, contoh.pohon],
    [PEMBANDING, contoh.pembanding],
    [TARGET_RENSTRA, contoh.targetRenstra],
  ];
  for (const [skema, rekaman] of tabel) tulisTabel(ss.getSheetByName(skema.nama)!, skema, rekaman ?? []);
  return (
    `Contoh "${contoh.judul}" sudah diisi: ${contoh.indikator.length} indikator, ` +
    `${contoh.anggaran.length} baris anggaran, ${contoh.pertanyaan.length} pertanyaan SKM, ${n} responden` +
    `${contoh.rka?.length ? `, ${contoh.rka.length} kegiatan RKA/KAK` : ""}.`
  );
}

function tulisPengaturan(sheet: Sheet, contoh: DataContoh): void {
  const v = sheet.getDataRange().getValues();
  const kolomB = v.slice(1).map((b) => {
    const p = setelanBerjudul(b[0]);
    const isi = p ? contoh.pengaturan[p.kunci] : undefined;
    return [isi ?? b[1] ?? ""];
  });
  sheet.getRange(2, 2, kolomB.length, 1).setValues(kolomB as Sel[][]);
}

/**
 * Writes records under the header, in runs of typed columns only: a computed column keeps its
 * array formula in row 2 (a value there would stop the formula from filling the column).
 */
function tulisTabel(sheet: Sheet, skema: SkemaLembar, rekaman: readonly object[]): void {
  if (rekaman.length === 0) return;
  pastikanBaris(sheet, rekaman.length + 1);
  let awal = 0;
  while (awal < skema.kolom.length) {
    if (skema.kolom[awal]!.jenis === "rumus") {
      awal++;
      continue;
    }
    let akhir = awal;
    while (akhir + 1 < skema.kolom.length && skema.kolom[akhir + 1]!.jenis !== "rumus") akhir++;
    const kolom = skema.kolom.slice(awal, akhir + 1);
    sheet
      .getRange(2, awal + 1, rekaman.length, kolom.length)
      .setValues(rekaman.map((r) => kolom.map((k) => nilaiKolom(k, r as Record<string, unknown>) as Sel)));
    awal = akhir + 1;
  }
}

function pastikanBaris(sheet: Sheet, baris: number): void {
  const max = sheet.getMaxRows();
  if (max < baris) sheet.insertRowsAfter(max, baris - max);
}

/** Writes the questions and respondents; returns the number of respondents. */
function tulisSkm(ss: Spreadsheet, contoh: DataContoh): number {
  const tanya = ss.getSheetByName(SKM_PERTANYAAN.nama)!;
  const lama = tanya.getLastRow() - 1;
  const baris = contoh.pertanyaan.map((p) => [p.kode, p.unsur, p.pertanyaan]);
  // Default rows beyond the sample's questions are cleared (they are the add-on's, unchanged).
  while (baris.length < lama) baris.push(["", "", ""]);
  pastikanBaris(tanya, baris.length + 1);
  tanya.getRange(2, 1, baris.length, 3).setValues(baris);

  const skm = ss.getSheetByName(SKM.nama)!;
  const tetap = SKM.kolom.length;
  const responden = contoh.responden;
  // Importance columns K1, K2 ... (IPA) follow the answers when the sample asked importance.
  const adaPenting = responden.some((r) => r.kepentingan !== undefined);
  const kode = [
    ...contoh.pertanyaan.map((p) => p.kode),
    ...(adaPenting ? contoh.pertanyaan.map((p) => p.kode.replace(/^P/i, "K")) : []),
  ];
  const kolom = kolomJawaban(skm, tetap, kode);
  const zona = zonaSpreadsheet(ss);
  if (responden.length === 0) return 0;
  pastikanBaris(skm, responden.length + 1);
  skm
    .getRange(2, 1, responden.length, tetap)
    .setValues(
      responden.map((r) => [
        r.tanggal === null ? "" : zona.keSel(tanggalDari(r.tanggal)),
        r.jenisLayanan,
        r.jenisKelamin,
        r.usia ?? "",
        r.pendidikan,
        r.pekerjaan,
        r.saran,
      ]),
    );
  const nilai = (r: DataContoh["responden"][number], k: number) => {
    const n = contoh.pertanyaan.length;
    return (k < n ? r.jawaban[k] : r.kepentingan?.[k - n]) ?? "";
  };
  // One setValues per run of adjacent answer columns (one run unless a user's column sits between).
  for (let a = 0; a < kode.length; ) {
    let b = a;
    while (b + 1 < kode.length && kolom[b + 1] === kolom[b]! + 1) b++;
    skm
      .getRange(2, kolom[a]!, responden.length, b - a + 1)
      .setValues(responden.map((r) => Array.from({ length: b - a + 1 }, (_, k) => nilai(r, a + k))));
    a = b + 1;
  }
  return responden.length;
}

/**
 * The column (1-based) of each answer code: where its header already is, else a new header in
 * the empty cells after the last header of the row. A column a user added (e.g. "Kelurahan")
 * keeps its header: only empty header cells are written.
 */
function kolomJawaban(skm: Sheet, tetap: number, kode: readonly string[]): number[] {
  const lebar = skm.getLastColumn();
  const judul = lebar > 0 ? (skm.getRange(1, 1, 1, lebar).getValues()[0] ?? []) : [];
  let berikut = Math.max(tetap, judul.length) + 1;
  const baru: string[] = [];
  const kolom = kode.map((k) => {
    const ada = judul.findIndex((j, i) => i >= tetap && String(j).trim().toUpperCase() === k.toUpperCase());
    if (ada >= 0) return ada + 1;
    baru.push(k);
    return berikut++;
  });
  if (baru.length > 0) {
    const awal = berikut - baru.length;
    if (skm.getMaxColumns() < berikut - 1)
      skm.insertColumnsAfter(skm.getMaxColumns(), berikut - 1 - skm.getMaxColumns());
    skm.getRange(1, awal, 1, baru.length).setValues([baru]);
  }
  return kolom;
}

/** "2021-07-05" as the local date it names (the dialog sends dates as text). */
function tanggalDari(teks: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(teks);
  if (!m) throw new Error(`Tanggal contoh "${teks}" tidak sah.`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * The schema of a sample row, derived from its sheet's contract: every typed column's field, a
 * text column a string, a number column a number or null, a list column (Arah, Agregasi ...) a
 * value its reader accepts, a numbered group an array.
 */
function skemaBaris(skema: SkemaLembar) {
  const medan: Record<string, z.ZodMiniType> = {};
  for (const k of skema.kolom) {
    if (k.kunci === undefined || k.dihitung) continue;
    const p = k.pembaca as Pembaca<unknown>;
    if (p === tautan) {
      medan[k.kunci] = z.optional(z.array(z.string()));
      continue;
    }
    const sel =
      p === teks
        ? z.string()
        : p === angka
          ? z.nullable(z.number())
          : z.unknown().check(
              z.refine((v) => {
                try {
                  p.baca(v, k.judul);
                  return true;
                } catch {
                  return false;
                }
              }, `bukan isian kolom ${k.judul} yang sah`),
            );
    medan[k.kunci] = k.indeks === undefined ? sel : z.array(sel);
  }
  return z.object(medan);
}

const daftar = (skema: SkemaLembar) => z.optional(z.array(skemaBaris(skema)));
const skor = z.nullable(z.number().check(z.int(), z.gte(1), z.lte(4)));

/** A sample as the dialog sends it: dates as "yyyy-mm-dd", rows as the contract's records. */
const SKEMA_CONTOH = z.object({
  id: z.string(),
  judul: z.string(),
  pengaturan: z.record(z.string(), z.union([z.string(), z.number()])),
  indikator: z.array(skemaBaris(KINERJA)),
  anggaran: z.array(skemaBaris(ANGGARAN)),
  pertanyaan: z.array(z.object({ kode: z.string(), unsur: z.string(), pertanyaan: z.string() })),
  responden: z.array(
    z.object({
      tanggal: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
      jenisLayanan: z.string(),
      jenisKelamin: z.string(),
      usia: z.nullable(z.number()),
      pendidikan: z.string(),
      pekerjaan: z.string(),
      saran: z.string(),
      jawaban: z.array(skor),
      kepentingan: z.optional(z.array(skor)),
    }),
  ),
  tindakLanjut: daftar(SKM_TINDAK_LANJUT),
  rka: daftar(RKA),
  rincian: daftar(RKA_RINCIAN),
  renja: daftar(RENJA),
  kinerjaPelayanan: daftar(KINERJA_PELAYANAN),
  reviewRkpd: daftar(REVIEW_RKPD),
  usulan: daftar(USULAN_PEMANGKU),
  profil: daftar(PROFIL_UNIT),
  lke: daftar(JAWABAN_LKE),
  rencanaAksi: daftar(RENCANA_AKSI),
  iku: daftar(IKU),
  pohon: daftar(POHON_KINERJA),
  pembanding: daftar(PEMBANDING),
  targetRenstra: daftar(TARGET_RENSTRA),
});

/**
 * The sample the dialog sent, checked whole before anything is written (google.script.run passes
 * what the page gives it: a stale or tampered page gets a clear message and an untouched workbook).
 */
export function bacaDataContoh(v: unknown): DataContoh {
  return uraikan(
    SKEMA_CONTOH,
    v,
    "Data contoh",
    "Muat ulang spreadsheet, lalu buka Isi Contoh Data lagi.",
  ) as unknown as DataContoh;
}
