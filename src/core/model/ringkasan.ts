/**
 * The Ringkasan sheet (issue 16): one row summing up the unit for the kabupaten's rekap, which
 * imports it with IMPORTRANGE. Its first columns are formulas on the unit's own sheets (built-in
 * functions only: a custom function's result is recomputed only while its own workbook is open,
 * and the rekap reads what the workbook last computed); the survey, budget and documents columns
 * are values the add-on writes by the same rules as the reports (Siapkan Lembar Kerja, Buat
 * Laporan), because the question-to-unsur mapping and the budget's parent sums are the core's
 * rules, not a spreadsheet formula's. A rekap writes its own Ringkasan in the same layout, so a
 * province's rekap imports kabupaten rekaps as it imports units.
 *
 * The layout's version is the first column: a rekap refuses a row of another version. A change of
 * the columns below raises VERSI_RINGKASAN.
 */
import { serapan } from "../anggaran";
import { kunciTeks } from "../format";
import { type HasilIkm, hitungIkmDariRekap, UNSUR_PERMENPANRB_14_2017, ukuranSampel } from "../ikm";
import { isiLhe, teksRincianLke } from "../lhe";
import type { Masalah } from "../masalah";
import { bulatkan } from "../pembulatan";
import { periodeTriwulan } from "../skm";
import { anggaranSampai, totalAnggaran } from "./anggaran";
import { angka, kolom, lembar, type Rekaman, type SkemaLembar, tanggal, teks } from "./kolom";
import type { Lke } from "./lke";
import type { PengaturanUnit } from "./pengaturan";
import { ikmSurvei, rekapSkm } from "./skm";

/** 2: the Rincian LKE column (the LHE's inputs, for the rekap's one LHE per unit). */
export const VERSI_RINGKASAN = 2;

const FORMAT_ANGKA = "#,##0.00";
const FORMAT_RUPIAH = "#,##0";

/** The columns computed by a formula in row 2 (src/sheets/rumus.ts), the first of the sheet. */
const KOLOM_RUMUS = [
  kolom("Versi Ringkasan", "versi", angka, {
    lebar: 80,
    catatan: `Versi tata letak lembar ini (${VERSI_RINGKASAN}); rekap kabupaten menolak versi lain.`,
  }),
  kolom("Unit Kerja", "unit", teks, { lebar: 200, catatan: "Dari Pengaturan: Nama Unit Kerja." }),
  kolom("Kabupaten/Kota", "kabupaten", teks, { lebar: 160, catatan: "Dari Pengaturan: Kabupaten/Kota." }),
  kolom("Tahun", "tahun", angka, { lebar: 60, catatan: "Dari Pengaturan: Tahun." }),
  kolom("Triwulan", "triwulan", teks, { lebar: 70, catatan: "Dari Pengaturan: Triwulan Dilaporkan." }),
  kolom("Rata-rata Capaian (%)", "capaian", angka, {
    format: FORMAT_ANGKA,
    lebar: 100,
    catatan: "Rata-rata kolom Capaian (%) lembar Kinerja.",
  }),
  kolom("Indikator Tercapai", "tercapai", angka, {
    lebar: 90,
    catatan: "Banyak indikator di lembar Kinerja yang capaiannya 100 % atau lebih.",
  }),
  kolom("Jumlah Indikator", "jumlahIndikator", angka, {
    lebar: 90,
    catatan: "Banyak indikator di lembar Kinerja yang capaiannya terhitung.",
  }),
  kolom("Nilai LKE Mandiri", "lkeMandiri", angka, {
    format: FORMAT_ANGKA,
    lebar: 90,
    catatan: "Nilai evaluasi SAKIP penilaian mandiri (lembar Nilai LKE, sel C6); kosong bila belum ada.",
  }),
  kolom("Nilai LKE Evaluator", "lkeEvaluator", angka, {
    format: FORMAT_ANGKA,
    lebar: 90,
    catatan: "Nilai evaluasi SAKIP oleh evaluator (lembar Nilai LKE, sel D6); kosong bila belum ada.",
  }),
  kolom("Predikat SAKIP", "predikatSakip", teks, {
    lebar: 80,
    catatan: "Predikat evaluasi SAKIP (lembar Nilai LKE, sel E6), misalnya BB.",
  }),
] as const;

/** The columns the add-on writes (perbaruiRingkasan), one block after the formulas. */
const KOLOM_TULIS = [
  kolom("Periode SKM", "periodeSkm", teks, {
    lebar: 90,
    catatan: "Periode survei yang diringkas: triwulan yang dilaporkan (ditulis SAKIP Sheets).",
  }),
  kolom("IKM", "ikm", angka, {
    format: FORMAT_ANGKA,
    lebar: 70,
    catatan: "Nilai IKM periode itu (ditulis SAKIP Sheets).",
  }),
  kolom("Responden SKM", "responden", angka, {
    lebar: 90,
    catatan: "Jumlah responden survei periode itu; rekap menimbang IKM dengannya.",
  }),
  kolom("Sampel Minimal", "sampelMinimal", angka, {
    lebar: 90,
    catatan:
      "Responden minimal menurut Populasi Penerima Layanan (Krejcie & Morgan); kosong bila populasi tidak diisi.",
  }),
  kolom("Mutu Pelayanan", "mutu", teks, { lebar: 70, catatan: "Mutu pelayanan dari IKM: A, B, C, atau D." }),
  ...UNSUR_PERMENPANRB_14_2017.map((u, i) =>
    kolom(`NRR ${u}`, "nrr", angka, {
      indeks: i,
      format: "0.000",
      lebar: 80,
      catatan: `NRR unsur ${u} (1-4); kosong bila unsur ini tidak ada di survei unit.`,
    }),
  ),
  kolom("Pagu", "pagu", angka, {
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan: "Jumlah pagu berlaku (program).",
  }),
  kolom("Realisasi Anggaran", "realisasi", angka, {
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan: "Realisasi anggaran sampai triwulan yang dilaporkan.",
  }),
  kolom("Serapan (%)", "serapan", angka, {
    format: FORMAT_ANGKA,
    lebar: 80,
    catatan: "Realisasi / pagu x 100.",
  }),
  kolom("Dokumen Dibuat", "dokumen", teks, {
    lebar: 300,
    catatan:
      'Dokumen yang dibuat dengan Buat Laporan dan tanggalnya, misalnya "Perjanjian Kinerja (10/01/2026)".',
  }),
  kolom("Diperbarui", "diperbarui", tanggal, {
    format: "dd/mm/yyyy",
    lebar: 90,
    catatan: "Tanggal ringkasan ini terakhir berubah.",
  }),
  kolom("Rincian LKE", "rincianLke", teks, {
    lebar: 200,
    catatan:
      "Nilai tiap komponen LKE dan kriteria terlemahnya (JSON, ditulis SAKIP Sheets): bahan LHE yang dibuat rekap kabupaten untuk unit ini. Jangan diubah.",
  }),
] as const;

export const RINGKASAN = lembar("Ringkasan", [...KOLOM_RUMUS, ...KOLOM_TULIS] as const);

/** The summary row as a record (the rekap's reader gives it for each unit). */
export type Ringkasan = Rekaman<typeof RINGKASAN>;

/** The column (1-based) the written block starts at, and its width. */
export const KOLOM_TULIS_AWAL = KOLOM_RUMUS.length + 1;
export const LEBAR_TULIS = KOLOM_TULIS.length;
export const LEBAR_RINGKASAN = RINGKASAN.kolom.length;

/** The written block's values: everything the add-on computes, by field. */
export type IsiTulis = Pick<
  Ringkasan,
  | "periodeSkm"
  | "ikm"
  | "responden"
  | "sampelMinimal"
  | "mutu"
  | "nrr"
  | "pagu"
  | "realisasi"
  | "serapan"
  | "dokumen"
  | "diperbarui"
  | "rincianLke"
>;

/** The written block as the row's cells, in column order ("" for none). */
export function selTulis(isi: IsiTulis): (string | number | Date)[] {
  return KOLOM_TULIS.map((k) => {
    const v = k.kunci === "nrr" ? isi.nrr[k.indeks] : isi[k.kunci as Exclude<keyof IsiTulis, "nrr">];
    return v === null || v === undefined ? "" : (v as string | number | Date);
  });
}

/** One document made, as the Dokumen Dibuat column lists it: "Perjanjian Kinerja (10/01/2026)". */
export interface DokumenDibuat {
  nama: string;
  tanggal: string;
}

export function bacaDaftarDokumen(teksDokumen: string): DokumenDibuat[] {
  return teksDokumen
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const m = /^(.*?)\s*\(([^()]*)\)$/.exec(s);
      return m ? { nama: m[1]!, tanggal: m[2]! } : { nama: s, tanggal: "" };
    });
}

/** The list with one document (re)made: its earlier entry replaced, the others kept in order. */
export function tambahDokumen(teksDokumen: string, baru: DokumenDibuat): string {
  const daftar = bacaDaftarDokumen(teksDokumen).filter((d) => d.nama !== baru.nama);
  return [...daftar, baru].map((d) => (d.tanggal ? `${d.nama} (${d.tanggal})` : d.nama)).join("; ");
}

/** Ringkasan's header row against the contract: a galat naming the first column that differs. */
export function periksaJudulRingkasan(
  judul: readonly unknown[],
  skema: SkemaLembar = RINGKASAN,
): Masalah | null {
  for (let i = 0; i < skema.kolom.length; i++) {
    const k = skema.kolom[i]!;
    if (String(judul[i] ?? "").trim() !== k.judul) {
      return {
        tingkat: "galat",
        lembar: skema.nama,
        baris: 1,
        kolom: k.judul,
        pesan: `Judul kolom ke-${i + 1} lembar ${skema.nama} adalah "${String(judul[i] ?? "")}", seharusnya "${k.judul}"; ringkasan tidak diperbarui.`,
        saran:
          "Kembalikan judul kolom lembar Ringkasan, atau hapus lembar itu lalu jalankan Siapkan Lembar Kerja.",
      };
    }
  }
  return null;
}

/** What the written block reads of a workbook (BukuKerja has it; typed here so the contract imports no workbook). */
type UnitRingkasan = Parameters<typeof ikmSurvei>[0] &
  Parameters<typeof rekapSkm>[0] & {
    pengaturan: Pick<
      PengaturanUnit,
      "triwulan" | "respondenRekap" | "populasiSkm" | "jabatanPimpinan" | "rekomendasiLhe"
    >;
    anggaran: Parameters<typeof anggaranSampai>[0];
    lke: Lke;
  };

/**
 * The written block from the workbook, by the reports' own rules: the survey of the quarter
 * reported (ikmSurvei, as the SKM report; else the tally of SKM Pertanyaan), the budget up to it
 * (anggaranSampai and totalAnggaran, as the quarterly report). A figure that cannot be computed
 * is left blank: Periksa Data in the unit's workbook says why.
 */
export function hitungRingkasan(bk: UnitRingkasan, dokumen: string, diperbarui: Date): IsiTulis {
  const tw = bk.pengaturan.triwulan ?? 4;
  const periode = periodeTriwulan(tw);
  let hasil: HasilIkm | null = ikmSurvei(bk, periode)?.hasil ?? null;
  if (hasil === null && bk.responden.length === 0) {
    try {
      const rekap = rekapSkm(bk);
      const n = bk.pengaturan.respondenRekap;
      if (rekap !== null) {
        hasil = hitungIkmDariRekap(rekap, {
          metode: bk.pengaturan.metodeIkm,
          bobot: bk.pengaturan.bobotIkm,
          ...(n ? { jumlahResponden: n } : {}),
        });
      }
    } catch {
      hasil = null;
    }
  }
  const perUnsur = new Map(hasil?.nrrUnsur.map((u) => [kunciTeks(u.unsur), u.nrr]) ?? []);
  const total = totalAnggaran(anggaranSampai(bk.anggaran, tw));
  const populasi = bk.pengaturan.populasiSkm;
  return {
    periodeSkm: hasil ? periode.nama : "",
    ikm: hasil ? bulatkan(hasil.ikm, 2) : null,
    responden: hasil ? hasil.jumlahResponden : null,
    sampelMinimal: populasi === null ? null : ukuranSampel(populasi),
    mutu: hasil ? hasil.mutu.huruf : "",
    nrr: UNSUR_PERMENPANRB_14_2017.map((u) => {
      const v = perUnsur.get(kunciTeks(u));
      return v === undefined ? null : bulatkan(v, 3);
    }),
    pagu: bk.anggaran.length > 0 ? total.pagu : null,
    realisasi: bk.anggaran.length > 0 ? total.realisasi : null,
    serapan: total.pagu > 0 ? bulatkan(serapan(total.realisasi, total.pagu), 2) : null,
    dokumen,
    diperbarui,
    rincianLke: teksRincianLke(isiLhe(bk.lke), bk.pengaturan.jabatanPimpinan, bk.pengaturan.rekomendasiLhe),
  };
}
