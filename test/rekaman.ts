// Records of the core model for tests, without a workbook: each starts as the row the contract
// reads from blank cells (every field its column's blank value, each numbered group an array), so a
// test names only what it cares about: indikator({ target: 86.4, realisasi: [null, null, 87.28, null] }).
// bukuKerjaDari(contoh) gives a sample's records as the reader should give them back.

import { KRITERIA_LKE_BAWAAN } from "../src/bawaan/kriteriaLke";
import { isKosong } from "../src/core/angka";
import { parseTanggalDokumen } from "../src/core/format";
import { ANGGARAN, type BarisAnggaranLembar } from "../src/core/model/anggaran";
import { type BukuKerja, LEMBAR, NAMA_PENGATURAN } from "../src/core/model/bukuKerja";
import type { ContohUnit } from "../src/core/model/contoh";
import { IKU } from "../src/core/model/iku";
import { type Indikator, KINERJA } from "../src/core/model/kinerja";
import type { Rekaman, SkemaLembar } from "../src/core/model/kolom";
import { JAWABAN_LKE, KRITERIA_LKE, SKALA_LKE } from "../src/core/model/lke";
import { PEMBANDING } from "../src/core/model/pembanding";
import { PENGATURAN, type PengaturanUnit } from "../src/core/model/pengaturan";
import { POHON_KINERJA } from "../src/core/model/pohonKinerja";
import { PROFIL_UNIT } from "../src/core/model/profil";
import { RENCANA_AKSI } from "../src/core/model/rencanaAksi";
import {
  type BarisRenja,
  type BarisReviewRkpd,
  KINERJA_PELAYANAN,
  type KinerjaPelayanan,
  RENJA,
  REVIEW_RKPD,
  USULAN_PEMANGKU,
  type UsulanPemangku,
} from "../src/core/model/renja";
import { TARGET_RENSTRA } from "../src/core/model/renstra";
import { type KegiatanRka, type RincianRka, RKA, RKA_RINCIAN } from "../src/core/model/rka";
import {
  type PertanyaanSkm,
  type RespondenSkm,
  SKM,
  SKM_PERTANYAAN,
  SKM_TINDAK_LANJUT,
  type TindakLanjut,
} from "../src/core/model/skm";
import type { Penandatanganan } from "../src/reports/laporan/jenis";

/** The record of a row whose cells are all blank, at sheet row `baris`. */
export function rekamanKosong<S extends SkemaLembar>(skema: S, baris = 2): Rekaman<S> {
  const r: Record<string, unknown> = { baris };
  for (const k of skema.kolom) {
    if (k.kunci === undefined) continue;
    if (k.indeks === undefined) r[k.kunci] = k.pembaca.kosong;
    else {
      if (r[k.kunci] === undefined) r[k.kunci] = [];
      (r[k.kunci] as unknown[])[k.indeks] = k.pembaca.kosong;
    }
  }
  return r as Rekaman<S>;
}

const pembangun =
  <S extends SkemaLembar>(skema: S) =>
  (isi: Partial<Rekaman<S>> = {}): Rekaman<S> => ({ ...rekamanKosong(skema), ...isi });

export const indikator: (isi?: Partial<Indikator>) => Indikator = pembangun(KINERJA);
export const barisAnggaran: (isi?: Partial<BarisAnggaranLembar>) => BarisAnggaranLembar = pembangun(ANGGARAN);
export const pertanyaan: (isi?: Partial<PertanyaanSkm>) => PertanyaanSkm = pembangun(SKM_PERTANYAAN);
export const tindakLanjut: (isi?: Partial<TindakLanjut>) => TindakLanjut = pembangun(SKM_TINDAK_LANJUT);
export const kegiatanRka: (isi?: Partial<KegiatanRka>) => KegiatanRka = pembangun(RKA);
export const rincianRka: (isi?: Partial<RincianRka>) => RincianRka = pembangun(RKA_RINCIAN);
export const barisRenja: (isi?: Partial<BarisRenja>) => BarisRenja = pembangun(RENJA);
export const kinerjaPelayanan: (isi?: Partial<KinerjaPelayanan>) => KinerjaPelayanan =
  pembangun(KINERJA_PELAYANAN);
export const barisReview: (isi?: Partial<BarisReviewRkpd>) => BarisReviewRkpd = pembangun(REVIEW_RKPD);
export const usulan: (isi?: Partial<UsulanPemangku>) => UsulanPemangku = pembangun(USULAN_PEMANGKU);

/** A respondent of the SKM sheet with a blank profile; importance blank for each answer unless given. */
export function responden(isi: Partial<RespondenSkm> = {}): RespondenSkm {
  const jawaban = isi.jawaban ?? [];
  return {
    ...rekamanKosong(SKM),
    jawaban,
    kepentingan: jawaban.map(() => null),
    lembar: SKM.nama,
    ...isi,
  };
}

/** Where and when a document is signed, as a report's data takes it: ttd("31 Januari 2024", "Klakah"). */
export function ttd(tanggal: string, tempat = "Lumajang"): Penandatanganan {
  return { tempat, tanggal: parseTanggalDokumen(tanggal) };
}

/** The settings a blank Pengaturan gives (LKJ scale, 2T-R, PermenPANRB 14/2017 per unsur ...). */
export function pengaturan(isi: Partial<PengaturanUnit> = {}): PengaturanUnit {
  const kosong = Object.fromEntries(
    PENGATURAN.map((p) => [p.kunci, Array.isArray(p.kosong) ? [...p.kosong] : p.kosong]),
  );
  return { ...(kosong as PengaturanUnit), ...isi };
}

export type IsiBukuKerja = Partial<Omit<BukuKerja, "pengaturan">> & { pengaturan?: Partial<PengaturanUnit> };

/**
 * A complete workbook as the reader gives one: a blank Pengaturan, no rows, every sheet of the
 * contract present, no problem. The SKM answer columns follow the questions (P1, P2 ... after the
 * profile), as setup and Isi Contoh Data write them, unless given.
 */
export function bukuKerja(isi: IsiBukuKerja = {}): BukuKerja {
  const { pengaturan: p, ...lain } = isi;
  const kodeJawaban = isi.kodeJawaban ?? (isi.pertanyaan ?? []).map((q) => q.kode);
  return {
    pengaturan: pengaturan(p),
    indikator: [],
    anggaran: [],
    pertanyaan: [],
    kodeJawaban,
    kolomJawaban: kodeJawaban.map((_, i) => SKM.kolom.length + 1 + i),
    responden: [],
    tindakLanjut: [],
    rka: [],
    rincian: [],
    renja: [],
    rencanaAksi: [],
    iku: [],
    pohon: [],
    pembanding: [],
    targetRenstra: [],
    kinerjaPelayanan: [],
    reviewRkpd: [],
    usulan: [],
    profil: [],
    lke: { kriteria: [], jawaban: [], skala: [], log: [] },
    masalah: [],
    lembarAda: [NAMA_PENGATURAN, ...LEMBAR.map((s) => s.nama)],
    ...lain,
  };
}

/** A sample's rows as records of a sheet: its typed fields, blank ones as the column's blank value. */
function dariKetikan<S extends SkemaLembar>(skema: S, daftar: readonly object[] = []): Rekaman<S>[] {
  return daftar.map((x, i) => {
    const r = rekamanKosong(skema, i + 2) as Record<string, unknown>;
    const isi = x as Record<string, unknown>;
    for (const k of skema.kolom) {
      if (k.kunci === undefined) continue;
      const v = k.indeks === undefined ? isi[k.kunci] : (isi[k.kunci] as unknown[] | undefined)?.[k.indeks];
      if (isKosong(v)) continue;
      if (k.indeks === undefined) r[k.kunci] = v;
      else (r[k.kunci] as unknown[])[k.indeks] = v;
    }
    return r as Rekaman<S>;
  });
}

/**
 * A sample unit's workbook as plain records: what bacaBukuKerja should read back once Isi Contoh
 * Data has written the sample (test/sheets/baca/index.test.ts holds it to that).
 */
export function bukuKerjaDari(contoh: ContohUnit): BukuKerja {
  const setelan: Partial<Record<string, unknown>> = {};
  for (const p of PENGATURAN) {
    const v = contoh.pengaturan[p.kunci];
    if (!isKosong(v)) setelan[p.kunci] = p.baca(v);
  }
  const pertanyaanSkm = dariKetikan(SKM_PERTANYAAN, contoh.pertanyaan);
  const kode = pertanyaanSkm.map((q) => q.kode);
  return bukuKerja({
    pengaturan: setelan as Partial<PengaturanUnit>,
    indikator: dariKetikan(KINERJA, contoh.indikator),
    anggaran: dariKetikan(ANGGARAN, contoh.anggaran),
    pertanyaan: pertanyaanSkm,
    responden: contoh.responden().map(({ jawaban, kepentingan, ...profil }, i) => ({
      ...dariKetikan(SKM, [profil])[0]!,
      baris: i + 2,
      jawaban: kode.map((_, k) => jawaban[k] ?? null),
      kepentingan: kode.map((_, k) => kepentingan?.[k] ?? null),
      lembar: SKM.nama,
    })),
    tindakLanjut: dariKetikan(SKM_TINDAK_LANJUT, contoh.tindakLanjut),
    rka: dariKetikan(RKA, contoh.rka),
    rincian: dariKetikan(RKA_RINCIAN, contoh.rincian),
    renja: dariKetikan(RENJA, contoh.renja),
    kinerjaPelayanan: dariKetikan(KINERJA_PELAYANAN, contoh.kinerjaPelayanan),
    reviewRkpd: dariKetikan(REVIEW_RKPD, contoh.reviewRkpd),
    usulan: dariKetikan(USULAN_PEMANGKU, contoh.usulan),
    profil: dariKetikan(PROFIL_UNIT, contoh.profil),
    lke: lkeSetup(contoh.lke),
    rencanaAksi: dariKetikan(RENCANA_AKSI, contoh.rencanaAksi),
    iku: dariKetikan(IKU, contoh.iku),
    pohon: dariKetikan(POHON_KINERJA, contoh.pohon),
    pembanding: dariKetikan(PEMBANDING, contoh.pembanding),
    targetRenstra: dariKetikan(TARGET_RENSTRA, contoh.targetRenstra),
  });
}

/**
 * The LKE sheets as setup leaves them (the default criteria, one Draf answer row each, the default
 * scale, no log), with a sample's answers written over the answer rows.
 */
export function lkeSetup(jawaban: ContohUnit["lke"] = undefined): BukuKerja["lke"] {
  const skala: [string, number, string][] = [
    ["Y", 1, "Ya: kriteria terpenuhi dengan bukti dukung."],
    ["T", 0, "Tidak terpenuhi."],
    ["A", 1, "Sangat baik/terpenuhi seluruhnya (100 %)."],
    ["B", 0.75, "Baik/sebagian besar terpenuhi (75 %)."],
    ["C", 0.5, "Cukup/sebagian terpenuhi (50 %)."],
    ["D", 0.25, "Kurang/sedikit terpenuhi (25 %)."],
    ["E", 0, "Tidak ada/belum terpenuhi."],
  ];
  return {
    kriteria: dariKetikan(
      KRITERIA_LKE,
      KRITERIA_LKE_BAWAAN.map((k) => ({ ...k, dokumen: k.dokumen === "" ? null : k.dokumen })),
    ),
    jawaban: dariKetikan(
      JAWABAN_LKE,
      jawaban ?? KRITERIA_LKE_BAWAAN.map((k) => ({ kode: k.kode, status: "Draf" as const })),
    ),
    skala: dariKetikan(
      SKALA_LKE,
      skala.map(([jawaban, nilai, keterangan]) => ({ jawaban, nilai, keterangan })),
    ),
    log: [],
  };
}
