/**
 * The SAKIP evaluation sheets (LKE, PermenPANRB 88/2021): the criteria (Kriteria LKE), the
 * answers with their evidence and the evaluator's review (Jawaban LKE, joined to the criteria by
 * Kode), the answers' values (Skala LKE), the log of status changes (Log Status LKE) and the
 * scores sheet (Nilai LKE, formulas only). The rules on the records live beside them.
 */
import { isKosong } from "../angka";
import { kunciTeks, tampilkanNilai } from "../format";
import {
  hitungSkorLke,
  JENIS_JAWABAN,
  type JenisJawaban,
  nilaiJawaban,
  parseJenisJawaban,
  type SkalaLke,
  type SkorLke,
} from "../lke";
import { angka, kolom, lembar, type Pembaca, pilihan, type Rekaman, rumus, tautan, teks } from "./kolom";

export const STATUS_LKE = ["Draf", "Diajukan", "Ditolak", "Final"] as const;
export type StatusLke = (typeof STATUS_LKE)[number];

export function parseStatusLke(v: unknown): StatusLke {
  const s = STATUS_LKE.find((x) => kunciTeks(x) === kunciTeks(v));
  if (!s) throw new Error(`Status ${tampilkanNilai(v)} tidak dikenal. Pilihan: ${STATUS_LKE.join(", ")}.`);
  return s;
}

/** The documents the add-on makes that are evidence for a criterion (Isi Bukti Otomatis). */
export const DOKUMEN_BUKTI = ["PK", "LKJ", "TRIWULAN", "SKM"] as const;
export type DokumenBukti = (typeof DOKUMEN_BUKTI)[number];
/** The report registry's key of each (src/reports/laporan). */
export const JENIS_DOKUMEN_BUKTI: Record<DokumenBukti, string> = {
  PK: "pk",
  LKJ: "lkj",
  TRIWULAN: "triwulan",
  SKM: "skm",
};
const parseDokumenBukti = (v: unknown): DokumenBukti => {
  const d = DOKUMEN_BUKTI.find((x) => kunciTeks(x) === kunciTeks(v));
  if (!d)
    throw new Error(`Dokumen ${tampilkanNilai(v)} tidak dikenal. Pilihan: ${DOKUMEN_BUKTI.join(", ")}.`);
  return d;
};

const jawaban: Pembaca<string> = {
  baca: (v) => (isKosong(v) ? "" : String(v).trim().toUpperCase()),
  kosong: "",
};

export const KRITERIA_LKE = lembar("Kriteria LKE", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 70,
    catatan: "Kode kriteria, misalnya 1.a.1 (komponen 1, sub komponen a, kriteria 1); unik.",
  }),
  kolom("Komponen", "komponen", teks, {
    wajib: true,
    lebar: 200,
    catatan: "Salah satu dari empat komponen PermenPANRB 88/2021.",
  }),
  kolom("Sub Komponen", "subKomponen", teks, {
    wajib: true,
    lebar: 120,
    catatan: "Pemenuhan, Kualitas, Implementasi/Pemanfaatan.",
  }),
  kolom("Bobot", "bobot", angka, {
    wajib: {
      pesan: "Bobot sub komponen kosong.",
      saran: "Isi bobot sub komponen, misalnya 6 untuk Pemenuhan Perencanaan Kinerja.",
    },
    format: "0.##",
    lebar: 60,
    catatan: "Bobot sub komponennya (sama pada setiap kriterianya), misalnya 6/9/15.",
  }),
  kolom("Kriteria", "kriteria", teks, {
    wajib: true,
    lebar: 420,
    catatan: "Kriteria yang dinilai; boleh disesuaikan.",
  }),
  kolom("Jenis Jawaban", "jenisJawaban", pilihan(parseJenisJawaban), {
    pilihan: JENIS_JAWABAN,
    wajib: { pesan: "Jenis jawaban kosong.", saran: 'Pilih "Y/T", "A-E", atau "A-D".' },
    lebar: 80,
    catatan: "Y/T (ya/tidak), A-E, atau A-D.",
  }),
  kolom("Penjelasan", "penjelasan", teks, {
    lebar: 320,
    catatan: "Bukti dukung yang diharapkan; juga saran perbaikan.",
  }),
  kolom("Dokumen Add-on", "dokumen", pilihan(parseDokumenBukti), {
    pilihan: DOKUMEN_BUKTI,
    lebar: 90,
    catatan: "Dokumen add-on yang menjadi buktinya, untuk Isi Bukti Otomatis.",
  }),
]);
export type KriteriaLke = Rekaman<typeof KRITERIA_LKE>;

export const JAWABAN_LKE = lembar("Jawaban LKE", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 70,
    catatan: "Kode kriteria di lembar Kriteria LKE.",
  }),
  rumus("Kriteria", { lebar: 320, catatan: "Dihitung otomatis: teks kriteria dari lembar Kriteria LKE." }),
  kolom("Jawaban Mandiri", "jawabanMandiri", jawaban, {
    lebar: 80,
    catatan: "Jawaban penilaian mandiri: Y/T atau A-E menurut jenis jawaban kriteria.",
  }),
  rumus("Nilai Mandiri", {
    format: "0.00",
    lebar: 70,
    catatan: "Dihitung otomatis dengan NILAI_LKE menurut lembar Skala LKE.",
  }),
  kolom("Bukti Dukung", "buktiDukung", tautan, {
    jenis: "teks",
    lebar: 260,
    catatan: "Tautan Google Drive bukti dukung; lebih dari satu: satu tautan per baris.",
  }),
  kolom("Catatan", "catatan", teks, { lebar: 240, catatan: "Catatan unit atas jawaban ini." }),
  kolom("Jawaban Evaluator", "jawabanEvaluator", jawaban, {
    lebar: 80,
    catatan: "Diisi evaluator; terkunci bagi yang lain.",
  }),
  rumus("Nilai Evaluator", {
    format: "0.00",
    lebar: 70,
    catatan: "Dihitung otomatis dengan NILAI_LKE dari jawaban evaluator.",
  }),
  kolom("Catatan Evaluator", "catatanEvaluator", teks, {
    lebar: 260,
    catatan: "Catatan evaluator; dikutip di LHE dan Rencana Perbaikan.",
  }),
  kolom("Status", "status", pilihan(parseStatusLke), {
    pilihan: STATUS_LKE,
    lebar: 80,
    catatan: "Draf, Diajukan, Ditolak, Final; lalu Kunci & Catat Status LKE.",
  }),
]);
export type JawabanLke = Rekaman<typeof JAWABAN_LKE>;

export const SKALA_LKE = lembar("Skala LKE", [
  kolom("Jawaban", "jawaban", jawaban, {
    jenis: "kode",
    wajib: true,
    lebar: 80,
    catatan: "Huruf jawaban: Y, T, A-E.",
  }),
  kolom("Nilai", "nilai", angka, {
    wajib: true,
    format: "0.00",
    lebar: 70,
    catatan: "Nilai jawaban 0 sampai 1 (kebijakan teknis kabupaten boleh mengubahnya).",
  }),
  kolom("Keterangan", "keterangan", teks, { lebar: 320, catatan: "Arti jawaban." }),
]);
export type BarisSkalaLke = Rekaman<typeof SKALA_LKE>;

export const LOG_LKE = lembar("Log Status LKE", [
  kolom("Waktu", "waktu", teks, { lebar: 150, catatan: "Saat perubahan dicatat (zona waktu spreadsheet)." }),
  kolom("Pengguna", "pengguna", teks, { lebar: 200, catatan: "Akun yang mencatat perubahan." }),
  kolom("Kode", "kode", teks, { jenis: "kode", lebar: 70, catatan: "Kode kriteria." }),
  kolom("Status Lama", "statusLama", teks, {
    lebar: 90,
    catatan: "Status sebelumnya (kosong: belum pernah dicatat).",
  }),
  kolom("Status Baru", "statusBaru", teks, { lebar: 90, catatan: "Status yang dicatat." }),
  kolom("Sidik Baris", "sidik", teks, {
    lebar: 160,
    catatan: "Sidik isi baris saat Final, untuk mengenali perubahan.",
  }),
]);
export type LogLke = Rekaman<typeof LOG_LKE>;

/** The scores sheet: fixed layout, every number a formula (rekap reads 'Nilai LKE'!C6:E6). */
export const NAMA_NILAI_LKE = "Nilai LKE";
export const JUDUL_NILAI_LKE = ["Komponen", "Bobot", "Nilai Mandiri", "Nilai Evaluator", "Predikat"] as const;
/** First row of the sub-component block (its header one row above). */
export const BARIS_SUB_NILAI_LKE = 9;

export interface Lke {
  kriteria: KriteriaLke[];
  jawaban: JawabanLke[];
  skala: BarisSkalaLke[];
  log: LogLke[];
}

/** The scale of the Skala LKE sheet, or the defaults when the sheet holds none. */
export function skalaLke(baris: readonly BarisSkalaLke[], bawaan: SkalaLke): SkalaLke {
  const isi = baris.filter((b) => b.jawaban !== "" && b.nilai !== null);
  return isi.length === 0 ? bawaan : new Map(isi.map((b) => [b.jawaban, b.nilai!]));
}

/** A criterion with its answer row (or none). */
export interface KriteriaDijawab {
  kriteria: KriteriaLke;
  jawaban: JawabanLke | null;
  mandiri: number | null;
  evaluator: number | null;
}

const nilaiAtauNull = (j: string, skala: SkalaLke): number | null => {
  if (j === "") return null;
  try {
    return nilaiJawaban(j, skala);
  } catch {
    return null;
  }
};

/** Joins the answers to the criteria by Kode, each answer valued on the scale (a bad one counts as not given). */
export function gabungLke(lke: Lke, skala: SkalaLke): KriteriaDijawab[] {
  const perKode = new Map<string, JawabanLke>();
  for (const j of lke.jawaban)
    if (j.kode !== "" && !perKode.has(kunciTeks(j.kode))) perKode.set(kunciTeks(j.kode), j);
  return lke.kriteria
    .filter((k) => k.kode !== "")
    .map((k) => {
      const j = perKode.get(kunciTeks(k.kode)) ?? null;
      return {
        kriteria: k,
        jawaban: j,
        mandiri: j ? nilaiAtauNull(j.jawabanMandiri, skala) : null,
        evaluator: j ? nilaiAtauNull(j.jawabanEvaluator, skala) : null,
      };
    });
}

export function skorDari(gabung: readonly KriteriaDijawab[]): SkorLke {
  return hitungSkorLke(
    gabung.map((g) => ({
      komponen: g.kriteria.komponen,
      subKomponen: g.kriteria.subKomponen,
      bobot: g.kriteria.bobot,
      mandiri: g.mandiri,
      evaluator: g.evaluator,
    })),
  );
}

/** The value a criterion ends with: the evaluator's, else the unit's (0 when unanswered). */
export function nilaiAkhirKriteria(g: KriteriaDijawab): number {
  return g.evaluator ?? g.mandiri ?? 0;
}

/**
 * The fingerprint of an answer row when it became Final: what the unit and the evaluator typed,
 * joined; a later edit of a Final row changes it (Periksa Data compares).
 */
export function sidikJawaban(j: JawabanLke): string {
  const isi = [
    j.kode,
    j.jawabanMandiri,
    j.buktiDukung.join(" "),
    j.catatan,
    j.jawabanEvaluator,
    j.catatanEvaluator,
  ].join("\u241f");
  // FNV-1a 32-bit: short, stable, enough to tell an edit (not a security seal).
  let h = 0x811c9dc5;
  for (let i = 0; i < isi.length; i++) {
    h ^= isi.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The last status logged per kode, with its fingerprint. */
export function statusTercatat(log: readonly LogLke[]): Map<string, { status: string; sidik: string }> {
  const m = new Map<string, { status: string; sidik: string }>();
  for (const l of log) if (l.kode !== "") m.set(kunciTeks(l.kode), { status: l.statusBaru, sidik: l.sidik });
  return m;
}

export type { JenisJawaban };
