/**
 * The survey (SKM) analysed for a period: IKM and mutu, NRR per unsur and per question, the
 * respondent profile, IKM per service and per quarter, the sample size, the lowest unsur with
 * the questions that pulled it down, and IPA when importance was asked (PermenPANRB 14/2017;
 * domain.md section 2). Pure: respondents in, figures out.
 */
import {
  type Bobot,
  type HasilIkm,
  hitungIkmDariRekap,
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
  kode: KodePeriode;
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
 * The respondents of a period of a year. Undated answers belong to no quarter: they count for
 * the whole year only, unless no answer is dated at all (then the survey is the period's).
 */
export function respondenPeriode(
  semua: readonly Responden[],
  periode: Periode,
  tahun: number | null,
): Responden[] {
  if (semua.every((r) => r.tanggal === null)) return [...semua];
  return semua.filter((r) => {
    if (r.tanggal === null) return periode.kode === "TAHUN";
    if (tahun !== null && r.tanggal.getFullYear() !== tahun) return false;
    const b = r.tanggal.getMonth();
    return b >= periode.bulanAwal && b <= periode.bulanAkhir;
  });
}

export function rekapResponden(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
): RekapPertanyaan[] {
  const rekap = pertanyaan.map((p) => ({ unsur: p.unsur, jumlahNilai: 0, jumlahJawaban: 0 }));
  for (const r of responden) {
    for (let k = 0; k < rekap.length; k++) {
      const s = r.jawaban[k];
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
}

function ikmDari(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  o: OpsiSkm,
): HasilIkm | null {
  const rekap = rekapResponden(responden, pertanyaan);
  if (rekap.some((q) => q.jumlahJawaban === 0)) return null;
  return hitungIkmDariRekap(rekap, { metode: o.metode, bobot: o.bobot });
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
  const hasil = hitungIkmDariRekap(rekap, {
    metode: o.metode,
    bobot: o.bobot,
    jumlahResponden: responden.length,
  });
  const perLayanan = ikmPerLayanan(responden, pertanyaan, o);
  const perTriwulan = ikmPerTriwulan(responden, pertanyaan, periode, o);
  const terendah = unsurTerendah(hasil);
  const ipa = analisisIpa(responden, pertanyaan, hasil, o);
  return {
    periode,
    hasil,
    rekap,
    jumlahResponden: responden.length,
    sampelMinimal: o.populasi === null ? null : ukuranSampel(o.populasi),
    profil: profilResponden(responden),
    perLayanan,
    perTriwulan,
    terendah,
    ipa,
    saran: responden.map((r) => r.saran.trim()).filter((s) => s !== ""),
  };
}

/** The period's respondents who answered at least one question; none is an Indonesian Error. */
function respondenMenjawab(semua: readonly Responden[], periode: Periode, tahun: number | null): Responden[] {
  const responden = respondenPeriode(semua, periode, tahun).filter((r) => r.jawaban.some((j) => j !== null));
  if (responden.length === 0) {
    throw new Error(`Belum ada responden SKM untuk ${periode.nama}${tahun ? ` ${tahun}` : ""}.`);
  }
  return responden;
}

/** IKM of each service named, in the order first met; left out when a question has no answer there. */
function ikmPerLayanan(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  o: OpsiSkm,
): AnalisisSkm["perLayanan"] {
  const layanan = [...new Set(responden.map((r) => r.jenisLayanan.trim()).filter((l) => l !== ""))];
  return layanan.flatMap((l) => {
    const rs = responden.filter((r) => r.jenisLayanan.trim() === l);
    const h = ikmDari(rs, pertanyaan, o);
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
  return (["TW1", "TW2", "TW3", "TW4"] as const).flatMap((k) => {
    const p = PERIODE[k];
    if (periode.kode !== "TAHUN" && (p.bulanAwal < periode.bulanAwal || p.bulanAkhir > periode.bulanAkhir))
      return [];
    const rs = responden.filter(
      (r) =>
        r.tanggal !== null && r.tanggal.getMonth() >= p.bulanAwal && r.tanggal.getMonth() <= p.bulanAkhir,
    );
    const h = rs.length > 0 ? ikmDari(rs, pertanyaan, o) : null;
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
 * Importance-Performance Analysis: each unsur's NRR against its importance NRR, in quadrants
 * about their means; null unless every question's importance was answered by someone.
 */
function analisisIpa(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
  hasil: HasilIkm,
  o: OpsiSkm,
): AnalisisSkm["ipa"] {
  const adaPenting = responden.some((r) => r.kepentingan?.some((k) => k !== null && k !== undefined));
  if (!adaPenting) return null;
  const penting = rekapKepentingan(responden, pertanyaan);
  if (!penting.every((q) => q.jumlahJawaban > 0)) return null;
  const hp = hitungIkmDariRekap(penting, { metode: o.metode, bobot: "UNSUR" });
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

/** The importance answers tallied per question, as rekapResponden tallies the scores. */
function rekapKepentingan(
  responden: readonly Responden[],
  pertanyaan: readonly Pertanyaan[],
): RekapPertanyaan[] {
  const penting = pertanyaan.map((p) => ({ unsur: p.unsur, jumlahNilai: 0, jumlahJawaban: 0 }));
  for (const r of responden) {
    r.kepentingan?.forEach((k, i) => {
      if (k !== null && k !== undefined && penting[i]) {
        penting[i]!.jumlahNilai += k;
        penting[i]!.jumlahJawaban += 1;
      }
    });
  }
  return penting;
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
