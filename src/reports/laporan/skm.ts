/**
 * The figures of the IKM report and poster (PermenPANRB 14/2017), from the workbook's survey:
 * computed with src/core/skm.ts and formatted the Indonesian way, for the templates to place.
 */
import { formatAngka, formatPersen, NAMA_BULAN } from "../../core/format";
import {
  type HasilIkm,
  hitungIkmDariRekap,
  type Kuadran,
  NAMA_BOBOT,
  NAMA_KUADRAN,
  NAMA_METODE,
  ukuranSampel,
} from "../../core/ikm";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { pertanyaanJawaban, rekapSkm, SKM, SKM_PERTANYAAN, SKM_TINDAK_LANJUT } from "../../core/model/skm";
import { bulatkan } from "../../core/pembulatan";
import { type AnalisisSkm, analisisSkm, type Periode, unsurTerendah } from "../../core/skm";
import { namaDaftarTriwulan } from "../../core/triwulan";
import type { Grafik } from "../model";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { nilaiUmum } from "./umum";

const nrr = (x: number) => formatAngka(x, 2);
const ikm = (x: number) => formatAngka(x, 2);

/** The IPA scatter's captions: each quadrant's numeral, then its name ("I Prioritas Perbaikan"). */
export const NAMA_KUADRAN_GRAFIK: Readonly<Record<Kuadran, string>> = Object.freeze({
  I: `I ${NAMA_KUADRAN.I}`,
  II: `II ${NAMA_KUADRAN.II}`,
  III: `III ${NAMA_KUADRAN.III}`,
  IV: `IV ${NAMA_KUADRAN.IV}`,
});

/**
 * The survey of a period, from respondent rows; from the tally in SKM Pertanyaan when the unit
 * keeps only a tally (then there is no profile, trend or IPA to show).
 */
export function analisisBukuKerja(bk: BukuKerja, periode: Periode): AnalisisSkm {
  const opsi = {
    metode: bk.pengaturan.metodeIkm,
    bobot: bk.pengaturan.bobotIkm,
    tahun: bk.pengaturan.tahun,
    populasi: bk.pengaturan.populasiSkm,
    ikmTahunan: bk.pengaturan.ikmTahunan,
  };
  if (bk.responden.length > 0) return analisisSkm(bk.responden, pertanyaanJawaban(bk), periode, opsi);
  const rekap = rekapSkm(bk);
  if (rekap === null)
    throw new Error("Belum ada data SKM: isi lembar SKM (per responden) atau rekap di SKM Pertanyaan.");
  const hasil = hitungIkmDariRekap(rekap, {
    metode: opsi.metode,
    bobot: opsi.bobot,
    ...(bk.pengaturan.respondenRekap ? { jumlahResponden: bk.pengaturan.respondenRekap } : {}),
  });
  return {
    periode,
    hasil,
    rekap,
    jumlahResponden: hasil.jumlahResponden,
    sampelMinimal: opsi.populasi === null ? null : ukuranSampel(opsi.populasi),
    profil: [],
    perLayanan: [],
    perTriwulan: [],
    aturanIkm: null,
    terendah: unsurTerendah(hasil),
    ipa: null,
    saran: [],
  };
}

function teksPertanyaan(bk: BukuKerja, i: number): string {
  const kode = bk.kodeJawaban[i] ?? bk.pertanyaan[i]?.kode ?? `P${i + 1}`;
  return (
    bk.pertanyaan.find((p) => p.kode.trim().toLowerCase() === kode.trim().toLowerCase())?.pertanyaan || kode
  );
}

export function dataSkm(bk: BukuKerja, periode: Periode, ttd: Penandatanganan) {
  const a = analisisBukuKerja(bk, periode);
  const namaPeriode = namaPeriodeSkm(periode, bk.pengaturan.tahun);
  return {
    nilai: nilaiSkm(bk, a, namaPeriode, ttd),
    daftar: daftarSkm(bk, a),
    kolomDaftar: {
      unsur: ["no", "unsur", "nrr", "nrrTertimbang", "ikmUnsur"],
      pertanyaan: ["no", "kode", "unsur", "pertanyaan", "jumlahNilai", "rtmk", "nrr", "nrrUnsur"],
      profil: ["kategori", "uraian", "jumlah", "persen"],
      rekapLain: ["uraian", "nilai"],
      pendidikan: ["uraian", "jumlah"],
      layanan: ["no", "layanan", "responden", "ikm", "mutu"],
      tren: ["periode", "responden", "ikm", "mutu"],
      ipa: ["no", "unsur", "kinerja", "kepentingan", "kuadran", "keterangan"],
      saran: ["no", "saran", "jumlah"],
      tindakLanjut: ["no", "unsur", "rencana", "waktu", "penanggungJawab"],
    } as const,
    grafik: grafikSkm(a, namaPeriode),
  } satisfies DataLaporan;
}

/** "Triwulan III Tahun 2021", or "Tahun 2021" for the whole year. */
function namaPeriodeSkm(periode: Periode, tahun: number | null): string {
  return periode.kode === "TAHUN"
    ? `Tahun ${tahun ?? ""}`.trim()
    : `${periode.nama}${tahun ? ` Tahun ${tahun}` : ""}`;
}

function nilaiSkm(bk: BukuKerja, a: AnalisisSkm, namaPeriode: string, ttd: Penandatanganan) {
  const h = a.hasil;
  return {
    ...nilaiUmum(bk, ttd),
    periode: namaPeriode,
    periodeKapital: namaPeriode.toUpperCase(),
    periodeSurvei: periodeSurvei(bk, a.periode, namaPeriode),
    metode: NAMA_METODE[h.metode],
    bobot: NAMA_BOBOT[h.bobot],
    jumlahUnsur: String(h.nrrUnsur.length),
    jumlahPertanyaan: String(a.rekap.length),
    jumlahResponden: formatAngka(a.jumlahResponden, 0),
    populasi: bk.pengaturan.populasiSkm === null ? "-" : formatAngka(bk.pengaturan.populasiSkm, 0),
    sampelMinimal: a.sampelMinimal === null ? "-" : formatAngka(a.sampelMinimal, 0),
    kalimatSampel: kalimatSampel(a, bk.pengaturan.populasiSkm),
    kalimatIkmTahunan: kalimatIkmTahunan(a, namaPeriode),
    jenisLayanan:
      (bk.pengaturan.jenisLayanan.length > 0
        ? bk.pengaturan.jenisLayanan
        : a.perLayanan.map((l) => l.layanan)
      ).join(", ") || "-",
    ikm: ikm(h.ikm),
    mutu: h.mutu.huruf,
    kinerjaMutu: h.mutu.kinerja,
    kinerjaMutuKapital: h.mutu.kinerja.toUpperCase(),
    unsurTerendah: a.terendah.unsur,
    nrrTerendah: nrr(a.terendah.nrr),
    pertanyaanTerendah: a.terendah.pertanyaan
      .map((q) => `${teksPertanyaan(bk, q.indeks)} (NRR ${nrr(q.nrr)})`)
      .join("; "),
    rataKinerja: a.ipa ? nrr(a.ipa.rataKinerja) : "-",
    rataKepentingan: a.ipa ? nrr(a.ipa.rataKepentingan) : "-",
    adaIpa: a.ipa ? "ya" : "",
    ...jenisKelamin(a.profil),
  };
}

/** The poster's "JENIS KELAMIN: L 98, P 90" (seed 003), from the period's respondents; blank without them. */
function jenisKelamin(profil: AnalisisSkm["profil"]) {
  const n = (uraian: string) =>
    profil.find((p) => p.kategori === "Jenis Kelamin" && p.uraian === uraian)?.jumlah ?? 0;
  const ada = profil.length > 0;
  return {
    adaProfil: ada ? "ya" : "",
    jumlahLaki: ada ? formatAngka(n("Laki-laki"), 0) : "",
    jumlahPerempuan: ada ? formatAngka(n("Perempuan"), 0) : "",
  };
}

/**
 * The poster's education counts (seed 003: SD 0, SMP 17, SMA 116 ...): every choice of the SKM
 * sheet's Pendidikan column, none left out for being 0, then what else respondents typed.
 */
function daftarPendidikan(profil: AnalisisSkm["profil"]) {
  if (profil.length === 0) return [];
  const ada = profil.filter((p) => p.kategori === "Pendidikan");
  const pilihan = PILIHAN_PENDIDIKAN.map((uraian) => ({
    uraian,
    jumlah: ada.find((p) => p.uraian === uraian)?.jumlah ?? 0,
  }));
  const lain = ada.filter((p) => !PILIHAN_PENDIDIKAN.includes(p.uraian));
  return [...pilihan, ...lain].map((p) => ({ uraian: p.uraian, jumlah: formatAngka(p.jumlah, 0) }));
}

const PILIHAN_PENDIDIKAN: readonly string[] = SKM.kolom.find((k) => k.kunci === "pendidikan")?.pilihan ?? [];

/** The most frequent answer of a profile category ("SMA"; a tie names both), or "" without one. */
function terbanyak(profil: AnalisisSkm["profil"], kategori: string): string {
  const baris = profil.filter((p) => p.kategori === kategori && p.uraian !== "Tidak diisi");
  const maks = Math.max(0, ...baris.map((p) => p.jumlah));
  if (maks === 0) return "";
  const nama = baris.filter((p) => p.jumlah === maks).map((p) => p.uraian);
  return nama.length === 1 ? nama[0]! : `${nama.slice(0, -1).join(", ")} dan ${nama.at(-1)}`;
}

/**
 * Seed 003's "Rekapitulasi lain-lain" under the rekap form: population, respondents, the most
 * frequent age band, education, gender and occupation, the services surveyed; each only when
 * the workbook holds it (a tally without respondents has no profile).
 */
function rekapLain(bk: BukuKerja, a: AnalisisSkm) {
  const p = a.profil;
  const layanan =
    a.perLayanan.length > 0
      ? a.perLayanan.map((l) => `${l.layanan} (${formatAngka(l.responden, 0)} responden)`)
      : bk.pengaturan.jenisLayanan;
  const baris: [string, string][] = [
    [
      "Perkiraan jumlah populasi",
      bk.pengaturan.populasiSkm === null ? "" : formatAngka(bk.pengaturan.populasiSkm, 0),
    ],
    ["Jumlah responden", formatAngka(a.jumlahResponden, 0)],
    ["Usia responden terbanyak", terbanyak(p, "Usia")],
    ["Pendidikan terakhir responden terbanyak", terbanyak(p, "Pendidikan")],
    ["Jenis kelamin responden terbanyak", terbanyak(p, "Jenis Kelamin")],
    ["Pekerjaan responden terbanyak", terbanyak(p, "Pekerjaan")],
    ["Jenis layanan yang disurvei", layanan.join("; ")],
  ];
  return baris.filter(([, nilai]) => nilai !== "").map(([uraian, nilai]) => ({ uraian, nilai }));
}

const JUMLAH_KATA = ["", "satu", "kedua", "ketiga", "keempat"];

/**
 * The rule that made the IKM of a period of several quarters, as seed 001 states and computes
 * it ("(81,25 + 89,51 + 83,84 + 82,14) / 4"); empty for one quarter's survey.
 */
function kalimatIkmTahunan(a: AnalisisSkm, namaPeriode: string): string {
  const tw = a.perTriwulan;
  const daftar = namaDaftarTriwulan(tw.map((t) => Number(t.periode.kode.slice(2))));
  if (a.aturanIkm === "RATA_RATA_TRIWULAN") {
    if (tw.length === 1)
      return `IKM ${namaPeriode} adalah IKM ${daftar}, satu-satunya triwulan yang disurvei: ${ikm(a.hasil.ikm)}.`;
    const nilai = tw.map((t) => ikm(t.hasil.ikm));
    return (
      `IKM ${namaPeriode} adalah rata-rata IKM ${daftar}: (${nilai.join(" + ")}) / ${tw.length} = ${ikm(a.hasil.ikm)}. ` +
      `NRR setiap unsur dan pertanyaan untuk ${namaPeriode} adalah rata-rata NRR ${JUMLAH_KATA[tw.length] ?? tw.length} triwulan tersebut.`
    );
  }
  if (a.aturanIkm === "SELURUH_RESPONDEN") {
    // Quarters are named only when every respondent is in one (dated).
    const semuaBertanggal = tw.reduce((n, t) => n + t.responden, 0) === a.jumlahResponden;
    return `IKM ${namaPeriode} dihitung dari seluruh ${formatAngka(a.jumlahResponden, 0)} responden${semuaBertanggal ? ` ${daftar}` : ""} sekaligus: ${ikm(a.hasil.ikm)}.`;
  }
  return "";
}

/**
 * Whether the respondents reach the Krejcie & Morgan sample for the population in Pengaturan;
 * nothing without a population (Periksa Data says the sample is not judged).
 */
function kalimatSampel(a: AnalisisSkm, populasi: number | null): string {
  if (a.sampelMinimal === null) return "";
  return a.jumlahResponden >= a.sampelMinimal
    ? `Jumlah responden ${a.jumlahResponden} orang memenuhi sampel minimal ${a.sampelMinimal} orang untuk populasi ${formatAngka(populasi!, 0)} (Krejcie & Morgan).`
    : `Jumlah responden ${a.jumlahResponden} orang belum memenuhi sampel minimal ${a.sampelMinimal} orang untuk populasi ${formatAngka(populasi!, 0)} (Krejcie & Morgan); hasil survei perlu dibaca dengan hati-hati.`;
}

/**
 * The months the survey ran, "Juli 2021 s.d. September 2021": from the answers dated in the
 * period, else from every dated answer; the period's name when no answer is dated.
 */
function periodeSurvei(bk: BukuKerja, periode: Periode, namaPeriode: string): string {
  const tahun = bk.pengaturan.tahun;
  const tanggalAda = bk.responden.map((r) => r.tanggal).filter((d): d is Date => d !== null);
  if (tanggalAda.length === 0) return namaPeriode;
  const dalam = tanggalAda.filter(
    (d) =>
      d.getMonth() >= periode.bulanAwal &&
      d.getMonth() <= periode.bulanAkhir &&
      (tahun === null || d.getFullYear() === tahun),
  );
  const t = (dalam.length > 0 ? dalam : tanggalAda).map((d) => d.getTime());
  const f = (ms: number) => new Date(ms);
  return `${namaBulan(f(Math.min(...t)))} s.d. ${namaBulan(f(Math.max(...t)))}`;
}

/** "B (Baik)". */
const mutuDanKinerja = (h: HasilIkm) => `${h.mutu.huruf} (${h.mutu.kinerja})`;

function daftarSkm(bk: BukuKerja, a: AnalisisSkm) {
  return {
    unsur: daftarUnsur(a.hasil),
    pertanyaan: daftarPertanyaan(bk, a),
    profil: daftarProfil(a.profil),
    rekapLain: rekapLain(bk, a),
    pendidikan: daftarPendidikan(a.profil),
    layanan: a.perLayanan.map((l, i) => ({
      no: String(i + 1),
      layanan: l.layanan,
      responden: formatAngka(l.responden, 0),
      ikm: ikm(l.hasil.ikm),
      mutu: mutuDanKinerja(l.hasil),
    })),
    tren: a.perTriwulan.map((t) => ({
      periode: t.periode.nama,
      responden: formatAngka(t.responden, 0),
      ikm: ikm(t.hasil.ikm),
      mutu: mutuDanKinerja(t.hasil),
    })),
    ipa: daftarIpa(a.ipa),
    saran: daftarSaran(a.saran),
    tindakLanjut: bk.tindakLanjut.map((t, i) => ({
      no: String(i + 1),
      unsur: t.unsur,
      rencana: t.rencana,
      waktu: t.waktu,
      penanggungJawab: t.penanggungJawab,
    })),
  };
}

/** Each unsur's NRR, its share of the weighted NRR (each unsur weighs 1/n) and its IKM. */
function daftarUnsur(h: HasilIkm) {
  const jumlahUnsur = h.nrrUnsur.length;
  return h.nrrUnsur.map((u, i) => ({
    no: String(i + 1),
    unsur: u.unsur,
    nrr: nrr(u.nrr),
    nrrTertimbang: formatAngka(u.nrr / jumlahUnsur, 3),
    ikmUnsur: ikm(u.nrr * 25),
  }));
}

/**
 * Each question's tally; its RTMK are the respondents who left it unanswered; beside it the NRR
 * of its unsur, as seed 003's rekap form prints it ("Nilai Unsur Pelayanan", merged over the
 * unsur's questions).
 */
function daftarPertanyaan(bk: BukuKerja, a: AnalisisSkm) {
  const unsurDari = new Map(a.hasil.nrrUnsur.flatMap((u) => u.pertanyaan.map((i) => [i, u.nrr] as const)));
  return a.rekap.map((q, i) => ({
    no: String(i + 1),
    kode: bk.kodeJawaban[i] ?? "",
    unsur: q.unsur,
    pertanyaan: teksPertanyaan(bk, i),
    jumlahNilai: formatAngka(q.jumlahNilai, 0),
    rtmk: formatAngka(a.jumlahResponden - q.jumlahJawaban, 0),
    nrr: nrr(a.hasil.nrrPertanyaan[i]!),
    nrrUnsur: unsurDari.has(i) ? nrr(unsurDari.get(i)!) : "-",
  }));
}

/** The profile table; a category's name only on its first row, as a merged cell would show it. */
function daftarProfil(profil: AnalisisSkm["profil"]) {
  const kategoriLalu: string[] = [];
  return profil.map((p) => {
    const baru = !kategoriLalu.includes(p.kategori);
    if (baru) kategoriLalu.push(p.kategori);
    return {
      kategori: baru ? p.kategori : "",
      uraian: p.uraian,
      jumlah: formatAngka(p.jumlah, 0),
      persen: formatPersen(p.persen),
    };
  });
}

function daftarIpa(ipa: AnalisisSkm["ipa"]) {
  return (ipa?.baris ?? []).map((b, i) => ({
    no: String(i + 1),
    unsur: b.unsur,
    kinerja: nrr(b.kinerja),
    kepentingan: nrr(b.kepentingan),
    kuadran: b.kuadran,
    keterangan: NAMA_KUADRAN[b.kuadran],
  }));
}

/** Each distinct saran once, in the order first given, with how many gave it. */
function daftarSaran(saran: readonly string[]) {
  const jumlah = new Map<string, number>();
  for (const s of saran) jumlah.set(s, (jumlah.get(s) ?? 0) + 1);
  return [...jumlah].map(([s, n], i) => ({ no: String(i + 1), saran: s, jumlah: formatAngka(n, 0) }));
}

function grafikSkm(a: AnalisisSkm, namaPeriode: string): { nrr: Grafik; ipa: Grafik } {
  const h = a.hasil;
  return {
    nrr: {
      judul: `Nilai Rata-rata (NRR) per Unsur Pelayanan, ${namaPeriode}`,
      label: h.nrrUnsur.map((u) => u.unsur),
      nilai: h.nrrUnsur.map((u) => bulatkan(u.nrr, 2)),
      satuan: "NRR (skala 1-4)",
    },
    // "ipa" is always named (templates may use it); without importance answers it has no points.
    ipa: grafikIpa(a.ipa, namaPeriode),
  };
}

function grafikIpa(ipa: AnalisisSkm["ipa"], namaPeriode: string): Grafik {
  const judul = `Importance-Performance Analysis, ${namaPeriode}`;
  if (!ipa) return { judul, label: [], nilai: [], satuan: "Kinerja (NRR)" };
  return {
    judul,
    label: ipa.baris.map((b) => b.unsur),
    nilai: ipa.baris.map((b) => bulatkan(b.kinerja, 2)),
    satuan: "Kinerja (NRR)",
    sebar: {
      nilaiY: ipa.baris.map((b) => bulatkan(b.kepentingan, 2)),
      satuanY: "Kepentingan",
      rataX: ipa.rataKinerja,
      rataY: ipa.rataKepentingan,
      // As core's kuadranIpa put each unsur (on the unrounded NRR, the table's quadrants too).
      kuadran: ipa.baris.map((b) => b.kuadran),
      namaKuadran: { ...NAMA_KUADRAN_GRAFIK },
    },
  };
}

function namaBulan(d: Date): string {
  return `${NAMA_BULAN[d.getMonth()]} ${d.getFullYear()}`;
}

const LEMBAR_SKM = [NAMA_PENGATURAN, SKM.nama, SKM_PERTANYAAN.nama, SKM_TINDAK_LANJUT.nama];
/** Whether the workbook holds a survey: respondents, or a tally in SKM Pertanyaan. */
export const adaSurvei = (bk: BukuKerja) => bk.responden.length > 0 || rekapSkm(bk) !== null;

export const LAPORAN_SKM = laporan({
  jenis: "skm",
  nama: "Laporan SKM/IKM",
  lembar: LEMBAR_SKM,
  survei: true,
  tanggal: "tanggalSkm",
  berisi: adaSurvei,
  data: (k) => dataSkm(k.bk, k.periode, k.ttd),
});
export const LAPORAN_POSTER = laporan({
  jenis: "poster",
  nama: "Poster IKM",
  lembar: LEMBAR_SKM,
  survei: true,
  tanggal: "tanggalSkm",
  berisi: adaSurvei,
  data: (k) => dataSkm(k.bk, k.periode, k.ttd),
});
export type KunciSkm = KunciData<ReturnType<typeof dataSkm>>;
