/**
 * The Kinerja sheet: one row per indicator of the Perjanjian Kinerja with its targets and
 * quarterly realisations; and the rules on an indicator: its realisation up to a quarter, its
 * capaian and predikat, which indicators the PK holds.
 */
import { isKosong } from "../angka";
import { hitungCapaian, parseArah, type RumusTurun } from "../capaian";
import { kunciTeks, type TanggalDokumen } from "../format";
import { predikat, type SkalaPredikat } from "../predikat";
import { parseAgregasi, realisasiTahunan } from "../realisasi";
import { TRIWULAN } from "../triwulan";
import { angka, kolom, lembar, type Pembaca, pilihan, type Rekaman, rumus, tautan, teks } from "./kolom";

export const TINGKAT = ["Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"] as const;
export const ARAH = ["NAIK", "TURUN"] as const;
export const AGREGASI = ["RATA-RATA", "JUMLAH", "TERAKHIR"] as const;

const FORMAT_ANGKA = "#,##0.00";
const FORMAT_PERSEN = '#,##0.00" %"';

const samaKata = (a: unknown, b: string) => kunciTeks(a) === kunciTeks(b);

const tingkat: Pembaca<string> = {
  baca: (v) => {
    if (isKosong(v)) return "";
    const t = TINGKAT.find((x) => samaKata(v, x));
    if (!t) throw new Error(`Tingkat "${String(v)}" tidak dikenal. Pilihan: ${TINGKAT.join(", ")}.`);
    return t;
  },
  kosong: "",
};

export const KINERJA = lembar("Kinerja", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 70,
    catatan: "Nomor indikator, misalnya 1.1 (unik).",
  }),
  kolom("Tingkat", "tingkat", tingkat, {
    pilihan: TINGKAT,
    lebar: 100,
    catatan: "Tujuan, Sasaran, Program, Kegiatan, atau Sub Kegiatan.",
  }),
  kolom("Sasaran/Program", "sasaran", teks, {
    lebar: 260,
    catatan: "Uraian sasaran strategis, program, atau kegiatan yang diukur indikator ini.",
  }),
  kolom("Indikator", "indikator", teks, { wajib: true, lebar: 300, catatan: "Nama indikator kinerja." }),
  kolom("Satuan", "satuan", teks, { lebar: 80, catatan: "Misalnya %, indeks, dokumen, desa." }),
  kolom("Arah", "arah", pilihan(parseArah), {
    pilihan: ARAH,
    wajib: { pesan: "Arah indikator kosong.", saran: 'Pilih "NAIK" (makin tinggi makin baik) atau "TURUN".' },
    lebar: 70,
    catatan:
      "NAIK bila makin tinggi makin baik; TURUN bila makin rendah makin baik (misalnya jumlah pengaduan).",
  }),
  kolom("Agregasi Tahunan", "agregasi", pilihan(parseAgregasi), {
    pilihan: AGREGASI,
    wajib: {
      pesan: "Agregasi tahunan kosong: realisasi tahunan tidak dapat dihitung.",
      saran:
        'Pilih "RATA-RATA" (misalnya IKM), "JUMLAH" (dokumen, orang), atau "TERAKHIR" (persentase kumulatif).',
    },
    lebar: 110,
    catatan:
      "Cara menghitung realisasi tahunan dari triwulan: RATA-RATA (misalnya IKM), JUMLAH (dokumen, orang), TERAKHIR (persentase kumulatif).",
  }),
  kolom("Target", "target", angka, {
    wajib: { pesan: "Target kosong.", saran: "Isi target tahun ini sesuai Perjanjian Kinerja." },
    format: FORMAT_ANGKA,
    lebar: 80,
    catatan: "Target tahun ini (PK).",
  }),
  kolom("Target Akhir Renstra", "targetAkhirRenstra", angka, {
    format: FORMAT_ANGKA,
    lebar: 90,
    catatan: "Target pada tahun akhir Renstra.",
  }),
  ...TRIWULAN.map((tw, i) =>
    kolom(`Realisasi TW ${tw}`, "realisasi", angka, {
      indeks: i,
      format: FORMAT_ANGKA,
      lebar: 90,
      catatan: `Realisasi triwulan ${tw}. Biarkan kosong bila belum dilaporkan.`,
    }),
  ),
  rumus("Realisasi Tahunan", {
    format: FORMAT_ANGKA,
    lebar: 90,
    catatan: "Dihitung otomatis dari realisasi triwulan menurut Agregasi Tahunan.",
  }),
  rumus("Capaian (%)", {
    format: FORMAT_PERSEN,
    lebar: 90,
    catatan:
      "Dihitung otomatis: realisasi tahunan dibanding target setahun, menurut Arah; target setahun adalah Target PK Perubahan bila diisi, selain itu Target. Laporan triwulan yang berakhir sebelum Tanggal PK Perubahan memakai Target.",
  }),
  rumus("Predikat", { lebar: 120, catatan: "Dihitung otomatis menurut Skala Predikat di Pengaturan." }),
  kolom("Target Tahun Lalu", "targetTahunLalu", angka, {
    format: FORMAT_ANGKA,
    lebar: 90,
    catatan: "Target indikator ini tahun lalu (untuk perbandingan di LKJ).",
  }),
  kolom("Realisasi Tahun Lalu", "realisasiTahunLalu", angka, {
    format: FORMAT_ANGKA,
    lebar: 90,
    catatan: "Realisasi indikator ini tahun lalu (untuk perbandingan di LKJ).",
  }),
  kolom("Penjelasan", "penjelasan", teks, {
    lebar: 300,
    catatan: "Penjelasan atau analisis capaian; dikutip apa adanya di laporan.",
  }),
  kolom("Sasaran Program", "sasaranProgram", teks, {
    lebar: 260,
    catatan:
      "Baris Tingkat Program: sasaran program sebagaimana tertulis di tabel Sasaran Program Perjanjian Kinerja. Kosong: nama program dari kolom Sasaran/Program.",
  }),
  kolom("Penyebab", "penyebab", teks, {
    lebar: 300,
    catatan:
      "Analisis penyebab keberhasilan atau kegagalan (peningkatan atau penurunan) kinerja indikator ini. Laporan Triwulan BAB III butir 4.",
  }),
  kolom("Solusi", "solusi", teks, {
    lebar: 300,
    catatan: "Alternatif solusi yang telah dilakukan untuk indikator ini. Laporan Triwulan BAB III butir 4.",
  }),
  kolom("Program Penunjang", "programPenunjang", teks, {
    lebar: 300,
    catatan:
      "Program/kegiatan yang menunjang keberhasilan indikator ini, dengan faktor penunjangnya. Laporan Triwulan BAB III butir 6; teks yang sama pada beberapa indikator dicetak sekali.",
  }),
  kolom("Program Penghambat", "programPenghambat", teks, {
    lebar: 300,
    catatan:
      "Program/kegiatan atau faktor yang menghambat pencapaian indikator ini. Laporan Triwulan BAB III butir 6.",
  }),
  kolom("Formulasi", "formulasi", teks, {
    lebar: 300,
    catatan:
      "Cara mengukur realisasi indikator ini (dikutip di LKJ), misalnya: ditindaklanjuti / jumlah x 100 %.",
  }),
  kolom("Bukti Dukung", "buktiDukung", tautan, {
    jenis: "teks",
    lebar: 260,
    catatan:
      "Tautan Google Drive bukti dukung realisasi indikator ini, satu per baris; dicetak sebagai tautan di laporan.",
  }),
  // Issue 12, "the PK as signed": the signed PK keeps its targets (Target); a PK Perubahan sets
  // revised ones beside them, dated by Tanggal PK Perubahan in Pengaturan. Last, so setup adds it
  // to an existing sheet without moving the user's columns.
  kolom("Target PK Perubahan", "targetPerubahan", angka, {
    format: FORMAT_ANGKA,
    lebar: 100,
    catatan:
      "Target yang diubah dalam Perjanjian Kinerja Perubahan; kosong bila targetnya tidak diubah. Isi juga Tanggal PK Perubahan di Pengaturan. Kolom Target tetap berisi target PK yang ditandatangani.",
  }),
]);

/** One indicator (a row of Kinerja); `realisasi` holds TW I-IV, null where not reported. */
export type Indikator = Rekaman<typeof KINERJA>;

export interface CapaianIndikator {
  ind: Indikator;
  /** The target the capaian is measured against: the one in force (targetBerlaku). */
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  predikat: string;
}

/** Realisation up to quarter `tw` by the indicator's Agregasi Tahunan (the sheet's own column). */
export function realisasiSampai(ind: Indikator, tw: number): number | null {
  return ind.agregasi === null ? null : realisasiTahunan(ind.realisasi.slice(0, tw), ind.agregasi);
}

/** When the PK Perubahan was signed, and the year reported (Pengaturan). */
export interface WaktuPk {
  tahun?: number | null;
  tanggalPkPerubahan?: TanggalDokumen | null;
}

/**
 * The target in force for quarter `tw`: the PK Perubahan's revised target (Target PK Perubahan)
 * once the revised agreement is signed, else the signed PK's (Target). PermenPANRB 53/2014
 * (lampiran I, perjanjian kinerja): a PK is revised when the organisation, the policy or the
 * budget changes, and performance is measured against the agreement in force; seed 001 measures
 * 2023 against the revised 95,23 (table 3.1, capaian 105) while its PK lampiran keeps the signed
 * 85,23. A quarter that ended before the PK Perubahan's date (Tanggal PK Perubahan) keeps the
 * signed target; without a date the revised one holds (Periksa Data asks for the date).
 */
export function targetBerlaku(ind: Indikator, tw = 4, waktu: WaktuPk = {}): number | null {
  if (ind.targetPerubahan === null) return ind.target;
  const { tahun, tanggalPkPerubahan } = waktu;
  if (tahun != null && tanggalPkPerubahan) {
    // The quarter's last day ends before the first day of the next quarter.
    const akhir = new Date(tahun, 3 * Math.min(Math.max(tw, 1), 4), 1);
    if (tanggalPkPerubahan.tanggal.getTime() >= akhir.getTime()) return ind.target;
  }
  return ind.targetPerubahan;
}

/**
 * Realisation up to quarter `tw` (by the indicator's rule, unless the caller gives it: an IKM
 * indicator's follows IKM Tahunan, see model/skm.ts realisasiIndikator), capaian against the
 * target in force (targetBerlaku) and predikat.
 */
export function capaianSampai(
  ind: Indikator,
  tw: number,
  aturan: { rumusTurun: RumusTurun; skalaPredikat: SkalaPredikat } & WaktuPk,
  realisasi: number | null = realisasiSampai(ind, tw),
): CapaianIndikator {
  const target = targetBerlaku(ind, tw, aturan);
  const capaian = capaianDari(realisasi, target, ind, aturan.rumusTurun);
  return {
    ind,
    target,
    realisasi,
    capaian,
    predikat: capaian === null ? "-" : predikat(capaian, aturan.skalaPredikat),
  };
}

/** Capaian of a realisation against a target in the indicator's direction; null when it cannot be told. */
export function capaianDari(
  realisasi: number | null,
  target: number | null,
  ind: Pick<Indikator, "arah">,
  rumusTurun: RumusTurun,
): number | null {
  if (realisasi === null || target === null || target <= 0 || ind.arah === null) return null;
  try {
    return hitungCapaian(realisasi, target, ind.arah, rumusTurun);
  } catch {
    return null;
  }
}

/**
 * An indicator measuring the unit's IKM (the survey's index, 25-100): its name begins with "Nilai
 * IKM", "IKM" or "Indeks Kepuasan Masyarakat", as the seeds name it ("Nilai IKM Pelayanan
 * Kecamatan Klakah", "Nilai IKM Kecamatan"). Its realisation follows IKM Tahunan in Pengaturan.
 */
export function adalahIndikatorIkm(ind: Pick<Indikator, "indikator">): boolean {
  return /^\s*(nilai\s+)?(ikm|indeks\s+kepuasan\s+masyarakat)\b/i.test(ind.indikator);
}

/**
 * The PK's Sasaran Strategis table: the sasaran indicators (seed 001's PK lists its two sasaran,
 * not the tujuan's IKM), else those of indikatorPk.
 */
export function indikatorSasaranPk(daftar: readonly Indikator[]): Indikator[] {
  const sasaran = daftar.filter((i) => i.tingkat === "Sasaran");
  return sasaran.length > 0 ? sasaran : indikatorPk(daftar);
}

/** The PK's Sasaran Program table: the program indicators, each under its sasaran program. */
export function indikatorProgramPk(daftar: readonly Indikator[]): Indikator[] {
  return daftar
    .filter((i) => i.tingkat === "Program")
    .map((i) => (i.sasaranProgram === "" ? i : { ...i, sasaran: i.sasaranProgram }));
}

/** Whether the unit has a PK Perubahan: some indicator has a revised target. */
export const adaPkPerubahan = (daftar: readonly Indikator[]) =>
  daftar.some((i) => i.targetPerubahan !== null);

/** Indicators of the PK: tujuan and sasaran (all when the Tingkat column is not used). */
export function indikatorPk(daftar: readonly Indikator[]): Indikator[] {
  const utama = daftar.filter((i) => i.tingkat === "Tujuan" || i.tingkat === "Sasaran");
  return utama.length > 0 ? utama : daftar.filter((i) => i.tingkat === "");
}
