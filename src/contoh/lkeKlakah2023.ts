/**
 * A self-assessment of Kecamatan Klakah's SAKIP for 2023 (LKE, PermenPANRB 88/2021) on the
 * default criteria, submitted, with the evaluators' review of the first three components. Illustrative
 * answers (the seeds hold no LKE): the unit's own documents of 2023 (PK, LKJ, the quarterly
 * reports, the SKM) exist, so the criteria about them are met; the evidence links of those are
 * filled by Isi Bukti Otomatis from the Docs the demo makes (scripts/laporan-demo.ts).
 */
import { KRITERIA_LKE_BAWAAN } from "../bawaan/kriteriaLke";
import type { JawabanLkeContoh } from "../core/model/contoh";

/** Answers per sub-component, in criterion order (1.a, 1.b, 1.c, 2.a ...). */
const MANDIRI: Record<string, string> = {
  "1.a": "YYYYYYY",
  "1.b": "ABBBBBBCCC",
  "1.c": "BBBBCCBC",
  "2.a": "YYY",
  "2.b": "BBBBCBB",
  "2.c": "CDDCCCCBCC",
  "3.a": "YYYTYY",
  "3.b": "BBAABDCBB",
  "3.c": "BCBCBBC",
  "4.a": "TYT",
  "4.b": "CCCDC",
  "4.c": "CCCCC",
};
/** The evaluators' answers where they re-graded (components 1-3; component 4 not yet). */
const EVALUATOR: Record<string, string> = {
  "1.a": "YYYYYYY",
  "1.b": "ABBBBCBCCC",
  "1.c": "BBBCCCBC",
  "2.a": "YYY",
  "2.b": "BBBBCCB",
  "2.c": "CDDCCCCCCC",
  "3.a": "YYYTYY",
  "3.b": "BBAABDCBC",
  "3.c": "BCCCBBC",
};
const CATATAN_EVALUATOR: Record<string, string> = {
  "1.b.6": "IKU kecamatan berganti dua kali dalam periode Renstra; tetapkan IKU yang stabil.",
  "1.c.4": "Rencana aksi belum memuat target triwulanan untuk seluruh indikator.",
  "2.b.6": "Data kinerja masih dikumpulkan manual dari desa; belum ada aplikasi bersama.",
  "2.c.2": "Belum ada keputusan penempatan jabatan yang merujuk hasil pengukuran kinerja.",
  "2.c.3": "Hasil pengukuran belum dipakai untuk usulan penataan organisasi.",
  "2.c.8": "Analisis efisiensi anggaran di LKJ belum membandingkan biaya per keluaran.",
  "3.a.4": "LKJ 2023 belum direviu Inspektorat sebelum dipublikasikan.",
  "3.b.6": "Belum ada pembanding dengan kecamatan lain atau standar provinsi.",
  "3.b.9": "Rekomendasi perbaikan di penutup LKJ masih umum.",
  "3.c.3": "Laporan triwulan belum diikuti penyesuaian kegiatan yang terdokumentasi.",
};
const CATATAN: Record<string, string> = {
  "1.a.7": "PK Camat ditandatangani 10 Januari 2023; PK eselon IV menyusul.",
  "3.a.4": "Reviu LKJ dijadwalkan Inspektorat bulan Februari 2024.",
  "4.a.1": "Kabupaten belum menerbitkan pedoman evaluasi internal tersendiri.",
  "4.a.3": "Evaluasi internal baru dilakukan di tingkat kecamatan, belum per seksi.",
};

const jawabanKe = (peta: Record<string, string>, kode: string): string => {
  const [k, s, n] = kode.split(".");
  return peta[`${k}.${s}`]?.[Number(n) - 1] ?? "";
};

export const LKE_KLAKAH_2023: readonly JawabanLkeContoh[] = KRITERIA_LKE_BAWAAN.map((k) => {
  const evaluator = jawabanKe(EVALUATOR, k.kode);
  return {
    kode: k.kode,
    jawabanMandiri: jawabanKe(MANDIRI, k.kode),
    buktiDukung: [],
    catatan: CATATAN[k.kode] ?? "",
    jawabanEvaluator: evaluator,
    catatanEvaluator: CATATAN_EVALUATOR[k.kode] ?? "",
    // Submitted by the unit; the evaluators have re-graded components 1-3 and not yet closed any.
    status: "Diajukan",
  };
});
