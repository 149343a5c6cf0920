/**
 * The survey sheets (SKM: one row per respondent; SKM Pertanyaan: question -> unsur, or the tally
 * of a survey kept only as counts; SKM Tindak Lanjut) and the rules that turn them into the
 * tally IKM is computed from.
 */
import { pesanGalat } from "../galat";
import { type IkmTahunan, type RekapPertanyaan, rataIkmTriwulan, rekapDariHitungan } from "../ikm";
import {
  type IkmPeriode,
  ikmPeriode,
  type Periode,
  type Pertanyaan,
  periodeSampai,
  periodeTriwulan,
  type Responden,
  rekapResponden,
  respondenDihitung,
} from "../skm";
import { adalahIndikatorIkm, type Indikator, realisasiSampai } from "./kinerja";
import { angka, type Isi, kolom, lembar, type Rekaman, tanggal, teks } from "./kolom";
import type { PengaturanUnit } from "./pengaturan";

/** The respondent's profile; the answer columns (P1, P2 ..., K1 ... for importance) follow. */
export const SKM = lembar(
  "SKM",
  [
    kolom("Tanggal", "tanggal", tanggal, {
      format: "d mmmm yyyy",
      lebar: 110,
      catatan: "Tanggal pengisian survei.",
    }),
    kolom("Jenis Layanan", "jenisLayanan", teks, { lebar: 160, catatan: "Layanan yang diterima responden." }),
    kolom("Jenis Kelamin", "jenisKelamin", teks, {
      jenis: "pilihan",
      pilihan: ["Laki-laki", "Perempuan"],
      lebar: 100,
      catatan: "Laki-laki atau Perempuan.",
    }),
    kolom("Usia", "usia", angka, { format: "0", lebar: 60, catatan: "Usia responden dalam tahun." }),
    kolom("Pendidikan", "pendidikan", teks, {
      jenis: "pilihan",
      pilihan: ["SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"],
      lebar: 90,
      catatan: "Pendidikan terakhir.",
    }),
    kolom("Pekerjaan", "pekerjaan", teks, {
      jenis: "pilihan",
      pilihan: ["PNS", "TNI/POLRI", "Pegawai Swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Lainnya"],
      lebar: 120,
      catatan: "Pekerjaan utama.",
    }),
    kolom("Saran", "saran", teks, { lebar: 240, catatan: "Saran dan masukan responden." }),
  ],
  {
    kolomBerulang: {
      awalan: "P",
      jenis: "jawaban",
      catatan:
        "Jawaban pertanyaan dengan kode yang sama di lembar SKM Pertanyaan: 1-4 atau a-d. Kosong bila tidak dijawab.",
    },
  },
);

/** A respondent's profile as the SKM sheet's fixed columns hold it. */
export type ProfilResponden = Isi<typeof SKM>;

/** A respondent as the workbook holds one: the survey's fields, and where the row is. */
export interface RespondenSkm extends Responden, ProfilResponden {
  baris: number;
  /** Importance per question (IPA; SKM columns K1, K2 ... or the form's importance items). */
  kepentingan: (number | null)[];
  /** The sheet the answer came from (SKM, or a form's response sheet). */
  lembar: string;
}

export const SKM_PERTANYAAN = lembar("SKM Pertanyaan", [
  kolom("Kode", "kode", teks, {
    jenis: "kode",
    label: "Kode pertanyaan",
    wajib: true,
    lebar: 60,
    catatan: "Kode pertanyaan, sama dengan judul kolom di lembar SKM: P1, P2, ...",
  }),
  kolom("Unsur", "unsur", teks, {
    lebar: 220,
    catatan: "Unsur pelayanan yang diukur pertanyaan ini (PermenPANRB 14/2017: 9 unsur).",
  }),
  kolom("Pertanyaan", "pertanyaan", teks, { lebar: 360, catatan: "Teks pertanyaan kuesioner." }),
  ...[1, 2, 3, 4].map((n, i) =>
    kolom(`Jumlah Jawaban ${n}`, "jumlahJawaban", angka, {
      indeks: i,
      format: "0",
      lebar: 90,
      catatan: `Rekap: banyaknya responden yang menjawab bernilai ${n}. Isi hanya bila data per responden tidak ada.`,
    }),
  ),
  kolom("Jumlah Nilai", "jumlahNilai", angka, {
    format: "0",
    lebar: 90,
    catatan: "Rekap: jumlah nilai semua jawaban pertanyaan ini (bentuk rekap lain), beserta Jumlah RTMK.",
  }),
  kolom("Jumlah RTMK", "jumlahRtmk", angka, {
    format: "0",
    lebar: 90,
    catatan: "Rekap: banyaknya responden yang tidak menjawab pertanyaan ini.",
  }),
]);

/**
 * A question: its unsur, and the tally when the survey is kept as counts: `jumlahJawaban` =
 * counts of answers scoring 1..4 (form 1), or `jumlahNilai` with `jumlahRtmk` (form 2, seed 003).
 */
export type PertanyaanSkm = Rekaman<typeof SKM_PERTANYAAN>;

/** The counts of answers scoring 1..4 of a tally row, blanks as 0; null when none is filled. */
export function hitunganJawaban(p: Pick<PertanyaanSkm, "jumlahJawaban">): number[] | null {
  const h = [0, 1, 2, 3].map((i) => p.jumlahJawaban[i] ?? null);
  return h.every((x) => x === null) ? null : h.map((x) => x ?? 0);
}

export const SKM_TINDAK_LANJUT = lembar("SKM Tindak Lanjut", [
  kolom("Periode", "periode", teks, {
    lebar: 120,
    catatan: "Periode survei yang ditindaklanjuti, misalnya Triwulan III 2021.",
  }),
  kolom("Unsur", "unsur", teks, { wajib: true, lebar: 220, catatan: "Unsur pelayanan yang diperbaiki." }),
  kolom("Rencana Tindak Lanjut", "rencana", teks, {
    wajib: true,
    lebar: 360,
    catatan: "Apa yang akan dilakukan untuk memperbaiki unsur ini; dikutip di Laporan SKM.",
  }),
  kolom("Waktu", "waktu", teks, { lebar: 120, catatan: "Kapan dilaksanakan." }),
  kolom("Penanggung Jawab", "penanggungJawab", teks, {
    lebar: 180,
    catatan: "Bagian atau pejabat yang melaksanakan.",
  }),
]);

export type TindakLanjut = Rekaman<typeof SKM_TINDAK_LANJUT>;

/**
 * The standard questionnaire of PermenPANRB 14/2017 (one question per unsur), the default content
 * of SKM Pertanyaan; units with more questions per unsur add rows and map them.
 */
export const PERTANYAAN_BAKU: readonly Pertanyaan[] = [
  [
    "Persyaratan",
    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
  ],
  [
    "Sistem, Mekanisme dan Prosedur",
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
  ],
  ["Waktu Penyelesaian", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"],
  ["Biaya/Tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"],
  [
    "Produk Spesifikasi Jenis Pelayanan",
    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
  ],
  [
    "Kompetensi Pelaksana",
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
  ],
  [
    "Perilaku Pelaksana",
    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
  ],
  [
    "Penanganan Pengaduan, Saran dan Masukan",
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
  ],
  ["Sarana dan Prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"],
].map(([unsur, pertanyaan], i) => ({ kode: `P${i + 1}`, unsur: unsur!, pertanyaan: pertanyaan! }));

/** The survey of a workbook (BukuKerja has it). */
interface Jawaban {
  pertanyaan: readonly PertanyaanSkm[];
  kodeJawaban: readonly string[];
  responden: readonly RespondenSkm[];
}

type Survei = Jawaban & {
  pengaturan: Pick<PengaturanUnit, "respondenRekap">;
};

/** The questions in the order of the answer columns, each with its unsur ("" when not mapped). */
export function pertanyaanJawaban(bk: Pick<Jawaban, "pertanyaan" | "kodeJawaban">): Pertanyaan[] {
  const perKode = new Map(bk.pertanyaan.map((p) => [p.kode.trim().toLowerCase(), p]));
  return bk.kodeJawaban.map((kode) => {
    const p = perKode.get(kode.trim().toLowerCase());
    return { kode, unsur: p?.unsur ?? "", pertanyaan: p?.pertanyaan ?? "" };
  });
}

/**
 * The survey as a tally: from respondent rows when there are any, else from the tally rows of
 * SKM Pertanyaan; null when there is nothing to tally or a question has no unsur. A count that
 * is not a whole number is refused with core's message.
 */
export function rekapSkm(bk: Survei): RekapPertanyaan[] | null {
  if (bk.responden.length > 0) {
    const pertanyaan = pertanyaanJawaban(bk);
    if (pertanyaan.some((p) => p.unsur === "")) return null;
    const rekap = rekapResponden(bk.responden, pertanyaan);
    return rekap.some((q) => q.jumlahJawaban > 0) ? rekap : null;
  }
  const dariRekap = bk.pertanyaan.filter(
    (p) => p.unsur !== "" && (hitunganJawaban(p) !== null || p.jumlahNilai !== null),
  );
  if (dariRekap.length === 0) return null;
  const n = bk.pengaturan.respondenRekap;
  const rekap: RekapPertanyaan[] = [];
  for (const p of dariRekap) {
    const hitungan = hitunganJawaban(p);
    if (hitungan) rekap.push(rekapBaris(p, hitungan));
    else if (n !== null) {
      rekap.push({ unsur: p.unsur, jumlahNilai: p.jumlahNilai!, jumlahJawaban: n - (p.jumlahRtmk ?? 0) });
    } else return null;
  }
  return rekap;
}

/** One tally row through core's checks, its message naming the sheet's row. */
function rekapBaris(p: PertanyaanSkm, hitungan: number[]): RekapPertanyaan {
  try {
    return rekapDariHitungan([hitungan], [p.unsur])[0]!;
  } catch (e) {
    throw new Error(
      `Lembar ${SKM_PERTANYAAN.nama} baris ${p.baris}: ${pesanGalat(e).replace(/^Baris 1, /, "")}`,
    );
  }
}

// --- one annual IKM (issue 12) -----------------------------------------------------------------

type SurveiUnit = Jawaban & {
  pengaturan: Pick<PengaturanUnit, "tahun" | "metodeIkm" | "bobotIkm" | "ikmTahunan">;
};

/**
 * The survey's IKM of a period, by ikmPeriode (the SKM report's own computation), from the SKM
 * sheet's respondents; null without respondents, with a question not mapped to an unsur, or when
 * no one answered in the period.
 */
export function ikmSurvei(bk: SurveiUnit, periode: Periode): IkmPeriode | null {
  const pertanyaan = pertanyaanJawaban(bk);
  if (pertanyaan.length === 0 || pertanyaan.some((p) => p.unsur === "")) return null;
  const responden = respondenDihitung(bk.responden, periode, bk.pengaturan.tahun);
  if (responden.length === 0) return null;
  try {
    return ikmPeriode(responden, pertanyaan, periode, {
      metode: bk.pengaturan.metodeIkm,
      bobot: bk.pengaturan.bobotIkm,
      ikmTahunan: bk.pengaturan.ikmTahunan,
    });
  } catch {
    return null;
  }
}

/** Whether the SKM sheet holds answers dated in quarter `tw` of the year. */
export function adaSurveiTriwulan(bk: SurveiUnit, tw: number): boolean {
  const p = periodeTriwulan(tw);
  return respondenDihitung(bk.responden, p, bk.pengaturan.tahun).some(
    (r) => r.tanggal !== null && r.tanggal.getMonth() >= p.bulanAwal && r.tanggal.getMonth() <= p.bulanAkhir,
  );
}

export interface IkmIndikator {
  /** What the reports print as the indicator's realisation up to the quarter. */
  realisasi: number | null;
  /** The rule applied over the quarters; null when one quarter (or none) is reported. */
  aturan: IkmTahunan | null;
  /** The quarters (1-4) combined, with the IKM the Kinerja sheet holds for each. */
  triwulan: { tw: number; ikm: number }[];
  /** SELURUH_RESPONDEN: how many respondents were taken at once; null otherwise. */
  responden: number | null;
}

/**
 * An IKM indicator's realisation up to quarter `tw` by the unit's IKM Tahunan, so that the LKJ and
 * the quarterly report print the SKM report's figure: RATA_RATA_TRIWULAN, the mean of the Kinerja
 * sheet's quarters (core rataIkmTriwulan, as the SKM report's ikmGabungan averages the survey's);
 * SELURUH_RESPONDEN, the survey's respondents of quarters I to `tw` at once (ikmSurvei, the SKM
 * report's computation of its period), when the SKM sheet holds answers dated in every quarter
 * the Kinerja sheet reports; without them, the mean (Periksa Data says so). One quarter is its
 * own figure, as typed.
 */
export function ikmIndikator(bk: SurveiUnit, ind: Indikator, tw: number): IkmIndikator {
  const triwulan = ind.realisasi.slice(0, tw).flatMap((v, i) => (v === null ? [] : [{ tw: i + 1, ikm: v }]));
  if (triwulan.length < 2) {
    return { realisasi: triwulan[0]?.ikm ?? null, aturan: null, triwulan, responden: null };
  }
  if (
    bk.pengaturan.ikmTahunan === "SELURUH_RESPONDEN" &&
    triwulan.every((t) => adaSurveiTriwulan(bk, t.tw))
  ) {
    const survei = ikmSurvei(bk, periodeSampai(tw));
    if (survei !== null) {
      return {
        realisasi: survei.hasil.ikm,
        aturan: "SELURUH_RESPONDEN",
        triwulan,
        responden: survei.hasil.jumlahResponden,
      };
    }
  }
  const realisasi = rataIkmTriwulan(triwulan.map((t) => t.ikm));
  return { realisasi, aturan: "RATA_RATA_TRIWULAN", triwulan, responden: null };
}

/**
 * What the reports print as an indicator's realisation up to quarter `tw`: an IKM indicator's by
 * IKM Tahunan (ikmIndikator), any other by its Agregasi Tahunan.
 */
export function realisasiIndikator(bk: SurveiUnit, ind: Indikator, tw: number): number | null {
  return adalahIndikatorIkm(ind) ? ikmIndikator(bk, ind, tw).realisasi : realisasiSampai(ind, tw);
}
