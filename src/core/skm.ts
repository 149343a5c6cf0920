/**
 * The survey (SKM) analysed for a period: IKM and mutu, NRR per unsur and per question, the
 * respondent profile, IKM per service and per quarter, the sample size, the lowest unsur with
 * the questions that pulled it down, and IPA when importance was asked (PermenPANRB 14/2017;
 * domain.md section 2). Pure: respondents in, figures out.
 */
import { pesanGalat } from "./galat";
import {
  type Bobot,
  type HasilIkm,
  hitungIkmDariRekap,
  type IkmTahunan,
  ikmGabungan,
  type Kuadran,
  kuadranIpa,
  type Metode,
  type RekapPertanyaan,
  ukuranSampel,
} from "./ikm";
import { pilihOpsi } from "./opsi";

export interface Responden {
  tanggal: Date | null;
  jenisLayanan: string;
  jenisKelamin: string;
  usia: number | null;
  pendidikan: string;
  pekerjaan: string;
  saran: string;
  /** Score 1-4 per question (null = unanswered), in question order. */
  jawaban: readonly (number | null)[];
  /** Importance 1-4 per question (IPA), when asked. */
  kepentingan?: readonly (number | null)[];
}

export interface Pertanyaan {
  kode: string;
  unsur: string;
  pertanyaan: string;
}

export type KodePeriode = "TW1" | "TW2" | "TW3" | "TW4" | "S1" | "S2" | "TAHUN";

export interface Periode {
  /** SD_TW3: quarters I to III, the period a report of triwulan III covers (not a survey period). */
  kode: KodePeriode | "SD_TW3";
  /** "Triwulan III", "Semester I", "Tahun". */
  nama: string;
  /** 0-based months, inclusive. */
  bulanAwal: number;
  bulanAkhir: number;
}

const PERIODE: Record<KodePeriode, Periode> = {
  TW1: { kode: "TW1", nama: "Triwulan I", bulanAwal: 0, bulanAkhir: 2 },
  TW2: { kode: "TW2", nama: "Triwulan II", bulanAwal: 3, bulanAkhir: 5 },
  TW3: { kode: "TW3", nama: "Triwulan III", bulanAwal: 6, bulanAkhir: 8 },
  TW4: { kode: "TW4", nama: "Triwulan IV", bulanAwal: 9, bulanAkhir: 11 },
  S1: { kode: "S1", nama: "Semester I", bulanAwal: 0, bulanAkhir: 5 },
  S2: { kode: "S2", nama: "Semester II", bulanAwal: 6, bulanAkhir: 11 },
  TAHUN: { kode: "TAHUN", nama: "Tahun", bulanAwal: 0, bulanAkhir: 11 },
};

export function parsePeriode(v: unknown): Periode {
  const kode = pilihOpsi<KodePeriode>(
    v,
    "Periode survei",
    {
      TW1: ["TW1", "TW I", "TRIWULAN I", "1"],
      TW2: ["TW2", "TW II", "TRIWULAN II", "2"],
      TW3: ["TW3", "TW III", "TRIWULAN III", "3"],
      TW4: ["TW4", "TW IV", "TRIWULAN IV", "4"],
      S1: ["S1", "SEMESTER I", "SEMESTER 1"],
      S2: ["S2", "SEMESTER II", "SEMESTER 2"],
      TAHUN: ["TAHUN", "TAHUNAN", "SETAHUN"],
    },
    "TAHUN",
  );
  return PERIODE[kode];
}

/**
 * Quarters I up to `tw` of the year: the period a report of quarter `tw` covers (1: triwulan I,
 * 2: semester I, 3: triwulan I s.d. III, 4: the year).
 */
export function periodeSampai(tw: number): Periode {
  if (tw === 3) return { kode: "SD_TW3", nama: "Triwulan I s.d. III", bulanAwal: 0, bulanAkhir: 8 };
  const kode = ({ 1: "TW1", 2: "S1", 4: "TAHUN" } as const)[tw as 1 | 2 | 4];
  if (kode === undefined) throw new Error(`Triwulan ${tw} tidak ada; isi I, II, III, atau IV.`);
  return PERIODE[kode];
}

/** Quarter `tw` (1-4) as a survey period. */
export function periodeTriwulan(tw: number): Periode {
  const p = (PERIODE as Partial<Record<string, Periode>>)[`TW${tw}`];
  if (p === undefined) throw new Error(`Triwulan ${tw} tidak ada; isi I, II, III, atau IV.`);
  return p;
}

/**
 * The respondents of a period of a year. Undated answers belong to no quarter: they count for
 * the whole year only, unless no answer is dated at all (then the survey is the period's).
 */
export function respondenPeriode<R extends Responden>(
  semua: readonly R[],
  periode: Periode,
  tahun: number | null,
): R[] {
  if (semua.every((r) => r.tanggal === null)) return [...semua];
  return semua.filter((r) => {
    if (r.tanggal === null) return periode.kode === "TAHUN";
    if (tahun !== null && r.tanggal.getFullYear() !== tahun) return false;
    const b = r.tanggal.getMonth();
    return b >= periode.bulanAwal && b <= periode.bulanAkhir;
  });
}

/** A respondent's scores, or (IPA) importance, per question. */
type Nilai = (r: Responden) => readonly (number | null | undefined)[];
const skor: Nilai = (r) => r.jawaban;
const nilaiKepentingan: Nilai = (r) => r.kepentingan ?? [];

/** The respondents' scores (or importance, with `nilai`) tallied per question. */
export function rekapResponden(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  nilai: Nilai = skor,
): RekapPertanyaan[] {
  const rekap = pertanyaan.map((p) => ({ unsur: p.unsur, jumlahNilai: 0, jumlahJawaban: 0 }));
  for (const r of responden) {
    const jawaban = nilai(r);
    for (let k = 0; k < rekap.length; k++) {
      const s = jawaban[k];
      if (s !== null && s !== undefined) {
        rekap[k]!.jumlahNilai += s;
        rekap[k]!.jumlahJawaban += 1;
      }
    }
  }
  return rekap;
}

export interface BarisProfil {
  kategori: "Jenis Kelamin" | "Usia" | "Pendidikan" | "Pekerjaan" | "Jenis Layanan";
  uraian: string;
  jumlah: number;
  /** Percent units. */
  persen: number;
}

export function kelompokUsia(usia: number | null): string {
  if (usia === null) return "Tidak diisi";
  if (usia < 20) return "< 20 tahun";
  if (usia >= 60) return "≥ 60 tahun";
  const awal = Math.floor(usia / 10) * 10;
  return `${awal}-${awal + 9} tahun`;
}

/** Counts and percentages by gender, age band, education, occupation and service. */
export function profilResponden(responden: readonly Responden[]): BarisProfil[] {
  const n = responden.length;
  const out: BarisProfil[] = [];
  const bagian = (
    kategori: BarisProfil["kategori"],
    ambil: (r: Responden) => string,
    urutan?: readonly string[],
  ) => {
    const hitung = new Map<string, number>();
    for (const r of responden) {
      const k = ambil(r).trim() || "Tidak diisi";
      hitung.set(k, (hitung.get(k) ?? 0) + 1);
    }
    const kunci = [...hitung.keys()].sort((a, b) => {
      const ia = urutan?.indexOf(a) ?? -1;
      const ib = urutan?.indexOf(b) ?? -1;
      if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
      return hitung.get(b)! - hitung.get(a)! || a.localeCompare(b);
    });
    for (const k of kunci)
      out.push({
        kategori,
        uraian: k,
        jumlah: hitung.get(k)!,
        persen: n > 0 ? (hitung.get(k)! / n) * 100 : 0,
      });
  };
  bagian("Jenis Kelamin", (r) => r.jenisKelamin, ["Laki-laki", "Perempuan"]);
  bagian("Usia", (r) => kelompokUsia(r.usia), [
    "< 20 tahun",
    "20-29 tahun",
    "30-39 tahun",
    "40-49 tahun",
    "50-59 tahun",
    "≥ 60 tahun",
  ]);
  bagian("Pendidikan", (r) => r.pendidikan, ["SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"]);
  bagian("Pekerjaan", (r) => r.pekerjaan);
  bagian("Jenis Layanan", (r) => r.jenisLayanan);
  return out;
}

export interface BarisIpa {
  unsur: string;
  kinerja: number;
  kepentingan: number;
  kuadran: Kuadran;
}

export interface AnalisisSkm {
  periode: Periode;
  hasil: HasilIkm;
  rekap: RekapPertanyaan[];
  jumlahResponden: number;
  sampelMinimal: number | null;
  profil: BarisProfil[];
  perLayanan: { layanan: string; responden: number; hasil: HasilIkm }[];
  /** IKM of each quarter that has respondents (the trend across periods). */
  perTriwulan: { periode: Periode; responden: number; hasil: HasilIkm }[];
  /**
   * The rule that made `hasil` of a period of several quarters (IKM Tahunan, see ikmPeriode);
   * null for one quarter's survey.
   */
  aturanIkm: IkmTahunan | null;
  /** The lowest unsur and its questions, lowest first. */
  terendah: { unsur: string; nrr: number; pertanyaan: { indeks: number; nrr: number }[] };
  ipa: { baris: BarisIpa[]; rataKinerja: number; rataKepentingan: number } | null;
  saran: string[];
}

export interface OpsiSkm {
  metode: Metode;
  bobot: Bobot;
  tahun: number | null;
  populasi: number | null;
  /** The unit's rule for a period of several quarters; the mean of the quarters when not given. */
  ikmTahunan?: IkmTahunan;
}

/** The quarters a period covers: one for a quarter, two for a semester, four for the year. */
export function triwulanDalam(periode: Periode): Periode[] {
  return (["TW1", "TW2", "TW3", "TW4"] as const)
    .map((k) => PERIODE[k])
    .filter((p) => p.bulanAwal >= periode.bulanAwal && p.bulanAkhir <= periode.bulanAkhir);
}

/** Whether a date falls in a period's months (any year: respondents are taken for the year before). */
function dalamPeriode(tanggal: Date | null, p: Periode): boolean {
  return tanggal !== null && tanggal.getMonth() >= p.bulanAwal && tanggal.getMonth() <= p.bulanAkhir;
}

export interface IkmPeriode {
  hasil: HasilIkm;
  /** The rule applied over several quarters; null for one quarter's survey. */
  aturan: IkmTahunan | null;
}

/**
 * The IKM of a period's respondents, the way every report computes it: one quarter is its own
 * survey; a period of several quarters (a semester, the year) follows the unit's IKM Tahunan
 * (core ikmGabungan), its quarters told apart by the answers' dates. An answer without a date
 * belongs to no quarter, so then the period's respondents are taken at once (SELURUH_RESPONDEN)
 * and Periksa Data says why. `nilai` picks the scores (default) or the importance (IPA): a
 * quarter in which no one answered is left out, as an unreported quarter is.
 */
export function ikmPeriode(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  periode: Periode,
  o: Pick<OpsiSkm, "metode" | "bobot" | "ikmTahunan">,
  nilai: Nilai = skor,
): IkmPeriode {
  const opsi = { metode: o.metode, bobot: o.bobot };
  const triwulan = triwulanDalam(periode);
  const bertanggal = responden.every((r) => r.tanggal !== null);
  const aturan: IkmTahunan | null =
    triwulan.length < 2 ? null : bertanggal ? (o.ikmTahunan ?? "RATA_RATA_TRIWULAN") : "SELURUH_RESPONDEN";
  const menjawab = (rs: readonly Responden[]) =>
    rs.some((r) => nilai(r).some((v) => v !== null && v !== undefined));
  const kelompok =
    aturan === "RATA_RATA_TRIWULAN"
      ? triwulan.flatMap((p) => {
          const rs = responden.filter((r) => dalamPeriode(r.tanggal, p));
          return menjawab(rs) ? [{ p, rs }] : [];
        })
      : [{ p: periode, rs: responden }];
  const rekap = kelompok.map(({ p, rs }) => {
    const t = { rekap: rekapResponden(rs, pertanyaan, nilai), jumlahResponden: rs.length };
    // Each quarter must give its own IKM: name the quarter that cannot.
    if (kelompok.length > 1) {
      try {
        hitungIkmDariRekap(t.rekap, { ...opsi, jumlahResponden: t.jumlahResponden });
      } catch (e) {
        throw new Error(`IKM ${p.nama} tidak dapat dihitung: ${pesanGalat(e)}`);
      }
    }
    return t;
  });
  return { hasil: ikmGabungan(rekap, aturan ?? "SELURUH_RESPONDEN", opsi), aturan };
}

/** The IKM of some respondents over a period by ikmPeriode; null when it cannot be computed. */
function ikmDari(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  periode: Periode,
  o: OpsiSkm,
  nilai: Nilai = skor,
): HasilIkm | null {
  if (rekapResponden(responden, pertanyaan, nilai).some((q) => q.jumlahJawaban === 0)) return null;
  try {
    return ikmPeriode(responden, pertanyaan, periode, o, nilai).hasil;
  } catch {
    return null;
  }
}

/** The whole analysis of one period; throws an Indonesian Error when the period has no answers. */
export function analisisSkm(
  semua: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  periode: Periode,
  o: OpsiSkm,
): AnalisisSkm {
  const responden = respondenMenjawab(semua, periode, o.tahun);
  const rekap = rekapResponden(responden, pertanyaan);
  const { hasil, aturan } = ikmPeriode(responden, pertanyaan, periode, o);
  const perLayanan = ikmPerLayanan(responden, pertanyaan, periode, o);
  const perTriwulan = ikmPerTriwulan(responden, pertanyaan, periode, o);
  const terendah = unsurTerendah(hasil);
  const ipa = analisisIpa(responden, pertanyaan, periode, hasil, o);
  return {
    periode,
    hasil,
    rekap,
    jumlahResponden: responden.length,
    sampelMinimal: o.populasi === null ? null : ukuranSampel(o.populasi),
    profil: profilResponden(responden),
    perLayanan,
    perTriwulan,
    aturanIkm: aturan,
    terendah,
    ipa,
    saran: responden.map((r) => r.saran.trim()).filter((s) => s !== ""),
  };
}

/** The period's respondents who answered at least one question: those its IKM is computed from. */
export function respondenDihitung<R extends Responden>(
  semua: readonly R[],
  periode: Periode,
  tahun: number | null,
): R[] {
  return respondenPeriode(semua, periode, tahun).filter((r) => r.jawaban.some((j) => j !== null));
}

/** The period's respondents who answered at least one question; none is an Indonesian Error. */
function respondenMenjawab(semua: readonly Responden[], periode: Periode, tahun: number | null): Responden[] {
  const responden = respondenDihitung(semua, periode, tahun);
  if (responden.length === 0) {
    throw new Error(`Belum ada responden SKM untuk ${periode.nama}${tahun ? ` ${tahun}` : ""}.`);
  }
  return responden;
}

/**
 * IKM of each service named, in the order first met, by the same rule as the unit's; left out
 * when a question has no answer there (or, by quarter, in one of its quarters).
 */
function ikmPerLayanan(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  periode: Periode,
  o: OpsiSkm,
): AnalisisSkm["perLayanan"] {
  const layanan = [...new Set(responden.map((r) => r.jenisLayanan.trim()).filter((l) => l !== ""))];
  return layanan.flatMap((l) => {
    const rs = responden.filter((r) => r.jenisLayanan.trim() === l);
    const h = ikmDari(rs, pertanyaan, periode, o);
    return h ? [{ layanan: l, responden: rs.length, hasil: h }] : [];
  });
}

/** IKM of each quarter inside the period (every quarter, for the year) that has dated answers. */
function ikmPerTriwulan(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  periode: Periode,
  o: OpsiSkm,
): AnalisisSkm["perTriwulan"] {
  return triwulanDalam(periode).flatMap((p) => {
    const rs = responden.filter((r) => dalamPeriode(r.tanggal, p));
    const h = rs.length > 0 ? ikmDari(rs, pertanyaan, p, o) : null;
    return h ? [{ periode: p, responden: rs.length, hasil: h }] : [];
  });
}

/** The lowest unsur (the first of equals) and its questions, lowest first. */
export function unsurTerendah(hasil: HasilIkm): AnalisisSkm["terendah"] {
  const rendah = [...hasil.nrrUnsur].sort((a, b) => a.nrr - b.nrr)[0]!;
  return {
    unsur: rendah.unsur,
    nrr: rendah.nrr,
    pertanyaan: rendah.pertanyaan
      .map((i) => ({ indeks: i, nrr: hasil.nrrPertanyaan[i]! }))
      .sort((a, b) => a.nrr - b.nrr),
  };
}

/**
 * Importance-Performance Analysis: each unsur's NRR against its importance NRR (over several
 * quarters by the same rule as the NRR), in quadrants about their means; null unless every
 * question's importance was answered by someone.
 */
function analisisIpa(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  periode: Periode,
  hasil: HasilIkm,
  o: OpsiSkm,
): AnalisisSkm["ipa"] {
  const adaPenting = responden.some((r) => r.kepentingan?.some((k) => k !== null && k !== undefined));
  if (!adaPenting) return null;
  const hp = ikmDari(responden, pertanyaan, periode, { ...o, bobot: "UNSUR" }, nilaiKepentingan);
  if (hp === null) return null;
  const kinerja = hasil.nrrUnsur.map((u) => u.nrr);
  const kepentingan = hasil.nrrUnsur.map((u) => hp.nrrUnsur.find((x) => x.unsur === u.unsur)?.nrr ?? 0);
  const k = kuadranIpa(kinerja, kepentingan);
  return {
    baris: hasil.nrrUnsur.map((u, i) => ({
      unsur: u.unsur,
      kinerja: kinerja[i]!,
      kepentingan: kepentingan[i]!,
      kuadran: k.kuadran[i]!,
    })),
    rataKinerja: k.rataKinerja,
    rataKepentingan: k.rataKepentingan,
  };
}

/**
 * The four answer labels of an unsur, as the PermenPANRB 14/2017 questionnaire words them
 * (a = 1 ... d = 4); chosen by the unsur's name, since the workbook names the unsur.
 */
export function labelJawaban(unsur: string): [string, string, string, string] {
  const u = unsur.toLowerCase();
  if (/persyaratan|produk|spesifikasi/.test(u))
    return ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"];
  if (/prosedur|mekanisme|sistem/.test(u)) return ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"];
  if (/waktu/.test(u)) return ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"];
  if (/biaya|tarif/.test(u)) return ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"];
  if (/kompetensi|kemampuan/.test(u))
    return ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"];
  if (/perilaku|sopan/.test(u)) {
    return ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"];
  }
  if (/pengaduan/.test(u)) {
    return ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"];
  }
  if (/sarana|prasarana/.test(u)) return ["Buruk", "Cukup", "Baik", "Sangat baik"];
  return ["Tidak baik", "Kurang baik", "Baik", "Sangat baik"];
}
