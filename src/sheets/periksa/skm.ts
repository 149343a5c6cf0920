/**
 * SKM: answer columns without a question or unsur, tallies that do not add up, sample size, the
 * IKM weighting; and the one annual IKM (issue 12): the Kinerja sheet's IKM indicator against the
 * survey, quarter by quarter, and against the rule the reports use.
 */
import { formatAngka } from "../../core/format";
import { hitungIkmDariRekap, NAMA_IKM_TAHUNAN, ukuranSampel } from "../../core/ikm";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { adalahIndikatorIkm, KINERJA, realisasiSampai } from "../../core/model/kinerja";
import { hurufKolom } from "../../core/model/kolom";
import {
  adaSurveiTriwulan,
  hitunganJawaban,
  ikmIndikator,
  ikmSurvei,
  type PertanyaanSkm,
  rekapSkm,
  SKM,
  SKM_PERTANYAAN,
} from "../../core/model/skm";
import { bulatkan } from "../../core/pembulatan";
import { periodeTriwulan } from "../../core/skm";
import { namaDaftarTriwulan, TRIWULAN } from "../../core/triwulan";
import { di } from "./kode";

export function periksaSkm(bk: BukuKerja): Masalah[] {
  const jumlahResponden = respondenDiketahui(bk);
  return [
    ...kolomJawabanTanpaUnsur(bk),
    ...pertanyaanTanpaUnsur(bk),
    ...periksaRekap(bk, jumlahResponden),
    ...sampelKurang(bk, jumlahResponden),
    ...periksaBobotIkm(bk),
    ...periksaIkmTahunan(bk),
  ];
}

/** How many responded: the respondent rows, else the count typed in Pengaturan for a tally. */
function respondenDiketahui(bk: BukuKerja): number | null {
  return bk.responden.length > 0 ? bk.responden.length : bk.pengaturan.respondenRekap;
}

/** An answer column whose code has no question in SKM Pertanyaan, or a question without an unsur. */
function kolomJawabanTanpaUnsur(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const perKode = new Map(bk.pertanyaan.map((p) => [p.kode.trim().toLowerCase(), p]));
  bk.kodeJawaban.forEach((kode, k) => {
    const p = perKode.get(kode.trim().toLowerCase());
    if (!p || p.unsur === "") {
      // An answer only a form collects has no column in SKM (0): point at SKM Pertanyaan instead.
      const kolom = bk.kolomJawaban[k] ?? 0;
      out.push({
        tingkat: "galat",
        lembar: kolom > 0 ? SKM.nama : SKM_PERTANYAAN.nama,
        ...(kolom > 0 ? { baris: 1, sel: `${hurufKolom(kolom)}1` } : {}),
        kolom: kode,
        pesan: p
          ? `Pertanyaan ${kode} belum dipetakan ke unsur pelayanan.`
          : `Kolom jawaban ${kode} tidak ada di lembar SKM Pertanyaan, jadi unsurnya tidak diketahui.`,
        saran: `Tambahkan baris ${kode} di lembar SKM Pertanyaan dan isi kolom Unsur.`,
      });
    }
  });
  return out;
}

function pertanyaanTanpaUnsur(bk: BukuKerja): Masalah[] {
  return bk.pertanyaan
    .filter((p) => p.unsur === "")
    .map((p) =>
      di(
        SKM_PERTANYAAN,
        p.baris,
        "Unsur",
        "galat",
        `Pertanyaan ${p.kode} belum dipetakan ke unsur pelayanan.`,
        "Isi unsur pelayanan yang diukur pertanyaan ini (misalnya Persyaratan).",
      ),
    );
}

/** A tally row's answers 1..4 plus RTMK, or null when the row has no tally. */
function totalJawaban(p: PertanyaanSkm): number | null {
  const h = hitunganJawaban(p);
  return h === null ? null : h.reduce((a, b) => a + b, 0) + (p.jumlahRtmk ?? 0);
}

/** Tally rows: every question counts the same respondents (answers 1..4 plus RTMK). */
function periksaRekap(bk: BukuKerja, jumlahResponden: number | null): Masalah[] {
  const totals = bk.pertanyaan.map(totalJawaban).filter((t): t is number => t !== null);
  // Without a count of respondents, the count most questions agree on.
  const acuan = jumlahResponden ?? modus(totals);
  if (acuan === null) return [];
  return bk.pertanyaan.flatMap((p) => [...jumlahJawabanSalah(p, acuan), ...jumlahNilaiMustahil(p, acuan)]);
}

function jumlahJawabanSalah(p: PertanyaanSkm, acuan: number): Masalah[] {
  const t = totalJawaban(p);
  if (t === null || t === acuan) return [];
  return [
    di(
      SKM_PERTANYAAN,
      p.baris,
      "Jumlah Jawaban 1",
      "galat",
      `Jumlah jawaban pertanyaan ${p.kode} (${t}${p.jumlahRtmk ? `, termasuk ${p.jumlahRtmk} RTMK` : ""}) tidak sama dengan jumlah responden ${acuan}.`,
      "Hitung ulang rekap jawaban pertanyaan ini; setiap pertanyaan dijawab atau di-RTMK oleh semua responden.",
    ),
  ];
}

/** A sum of scores outside what its answers can make, each scoring 1 to 4. */
function jumlahNilaiMustahil(p: PertanyaanSkm, acuan: number): Masalah[] {
  if (p.jumlahNilai === null) return [];
  const dijawab = acuan - (p.jumlahRtmk ?? 0);
  if (p.jumlahNilai > 4 * dijawab || p.jumlahNilai < dijawab) {
    return [
      di(
        SKM_PERTANYAAN,
        p.baris,
        "Jumlah Nilai",
        "galat",
        `Jumlah nilai pertanyaan ${p.kode} tertulis ${formatAngka(p.jumlahNilai, 0)}, mustahil untuk ${dijawab} jawaban bernilai 1-4 (antara ${formatAngka(dijawab, 0)} dan ${formatAngka(4 * dijawab, 0)}).`,
        "Periksa penjumlahan nilai pertanyaan ini; mungkin salah ketik.",
      ),
    ];
  }
  return [];
}

/**
 * Fewer respondents than the Krejcie & Morgan sample for the population in Pengaturan; without a
 * population, that the sample is not judged (said here, never in the report).
 */
function sampelKurang(bk: BukuKerja, jumlahResponden: number | null): Masalah[] {
  const n = bk.responden.filter((r) => r.jawaban.some((j) => j !== null)).length || (jumlahResponden ?? 0);
  const populasi = bk.pengaturan.populasiSkm;
  if (!(n > 0)) return [];
  if (populasi === null) {
    return [
      {
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan: `Populasi Penerima Layanan kosong: kecukupan ${n} responden terhadap sampel minimal (Krejcie & Morgan, PermenPANRB 14/2017) tidak dinilai.`,
        saran: "Isi Populasi Penerima Layanan di Pengaturan: jumlah penerima layanan dalam periode survei.",
      },
    ];
  }
  const minimal = ukuranSampel(populasi);
  if (n < minimal) {
    return [
      {
        tingkat: "peringatan",
        lembar: bk.responden.length > 0 ? SKM.nama : "Pengaturan",
        pesan: `Jumlah responden ${n} kurang dari sampel minimal ${minimal} untuk populasi ${formatAngka(populasi, 0)} (Krejcie & Morgan, PermenPANRB 14/2017).`,
        saran: "Tambah responden, atau jelaskan keterbatasan survei di laporan.",
      },
    ];
  }
  return [];
}

/**
 * domain.md: the regulation weighs each unsur 1/9; some units publish the mean over questions.
 * When the two differ, say which the reports use.
 */
function periksaBobotIkm(bk: BukuKerja): Masalah[] {
  const rekap = rekapSkm(bk);
  if (rekap === null) return [];
  try {
    const unsur = hitungIkmDariRekap(rekap, { metode: bk.pengaturan.metodeIkm, bobot: "UNSUR" });
    const tanya = hitungIkmDariRekap(rekap, { metode: bk.pengaturan.metodeIkm, bobot: "PERTANYAAN" });
    const a = bulatkan(unsur.ikm, 2);
    const b = bulatkan(tanya.ikm, 2);
    if (a === b) return [];
    const dipakai = bk.pengaturan.bobotIkm === "UNSUR" ? "bobot per unsur" : "rata-rata per pertanyaan";
    return [
      {
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan: `IKM dengan bobot per unsur (${formatAngka(unsur.ikm)}) berbeda dengan rata-rata per pertanyaan (${formatAngka(tanya.ikm)}); laporan memakai ${dipakai} sesuai Pengaturan.`,
        saran:
          "PermenPANRB 14/2017 membobot setiap unsur sama. Pastikan Bobot IKM di Pengaturan sesuai yang dipublikasikan unit Anda.",
      },
    ];
  } catch {
    return [];
  }
}

const SARAN_IKM_TRIWULAN =
  "Samakan dengan IKM hasil survei yang diumumkan, agar IKM tahunan sama di Laporan SKM, LKJ dan laporan triwulan.";

/**
 * One annual IKM: each IKM indicator of the Kinerja sheet (a) holds, for each quarter reported,
 * the IKM the survey gives that quarter; (b) rolls up in its Realisasi Tahunan column to the
 * figure the reports print by IKM Tahunan; (c) can follow SELURUH RESPONDEN only with a dated
 * survey of its quarters. And (d) answers without a date cannot be put in their quarter.
 */
function periksaIkmTahunan(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const tahun = bk.pengaturan.tahun;
  const sampai = bk.pengaturan.triwulan ?? 4;
  for (const ind of bk.indikator.filter(adalahIndikatorIkm)) {
    for (let tw = 1; tw <= sampai; tw++) {
      if (!adaSurveiTriwulan(bk, tw)) continue;
      const p = periodeTriwulan(tw);
      const survei = ikmSurvei(bk, p);
      if (survei === null) continue;
      const v = ind.realisasi[tw - 1] ?? null;
      const s = survei.hasil;
      if (v !== null && bulatkan(v, 2) === bulatkan(s.ikm, 2)) continue;
      const kolom = `Realisasi TW ${TRIWULAN[tw - 1]}`;
      const tertulis = v === null ? "kosong" : `tertulis ${formatAngka(v, 2)}`;
      out.push(
        di(
          KINERJA,
          ind.baris,
          kolom,
          "peringatan",
          `${kolom} indikator IKM ${tertulis}, sedangkan IKM survei ${p.nama}${tahun ? ` ${tahun}` : ""} di lembar ${SKM.nama} ${formatAngka(s.ikm, 2)} (${formatAngka(s.jumlahResponden, 0)} responden).`,
          SARAN_IKM_TRIWULAN,
        ),
      );
    }
    const k = ikmIndikator(bk, ind, 4);
    const lembar = realisasiSampai(ind, 4);
    if (
      k.aturan !== null &&
      k.realisasi !== null &&
      lembar !== null &&
      bulatkan(lembar, 2) !== bulatkan(k.realisasi, 2)
    ) {
      out.push(
        di(
          KINERJA,
          ind.baris,
          "Realisasi Tahunan",
          "peringatan",
          `Realisasi Tahunan indikator IKM di lembar ini ${formatAngka(lembar, 2)} (agregasi ${ind.agregasi}), sedangkan laporan memakai ${formatAngka(k.realisasi, 2)} (IKM Tahunan: ${NAMA_IKM_TAHUNAN[k.aturan]}).`,
          k.aturan === "RATA_RATA_TRIWULAN"
            ? 'Pilih "RATA-RATA" di kolom Agregasi Tahunan indikator IKM.'
            : "Kolom ini merata-ratakan triwulan; laporan memakai IKM seluruh responden sesuai IKM Tahunan di Pengaturan. Pilih RATA-RATA TRIWULAN di Pengaturan bila unit Anda mengumumkan rata-rata IKM triwulan.",
        ),
      );
    }
    if (bk.pengaturan.ikmTahunan === "SELURUH_RESPONDEN" && k.aturan === "RATA_RATA_TRIWULAN") {
      out.push({
        tingkat: "peringatan",
        lembar: "Pengaturan",
        pesan: `IKM Tahunan "seluruh responden" memerlukan jawaban bertanggal di lembar ${SKM.nama} untuk ${namaDaftarTriwulan(k.triwulan.map((t) => t.tw))}; tanpa itu realisasi ${ind.indikator} di laporan adalah rata-rata IKM triwulan.`,
        saran: "Isi lembar SKM per responden beserta Tanggal, atau pilih RATA-RATA TRIWULAN di Pengaturan.",
      });
    }
  }
  out.push(...respondenTanpaTanggal(bk));
  return out;
}

/** Answers without a date among dated ones: in no quarter, so the year's IKM cannot average quarters. */
function respondenTanpaTanggal(bk: BukuKerja): Masalah[] {
  if (bk.pengaturan.ikmTahunan !== "RATA_RATA_TRIWULAN") return [];
  const menjawab = bk.responden.filter((r) => r.jawaban.some((j) => j !== null));
  const tanpa = menjawab.filter((r) => r.tanggal === null);
  if (tanpa.length === 0 || tanpa.length === menjawab.length) return [];
  const r = tanpa[0]!;
  const pesan = `${tanpa.length} responden tanpa Tanggal tidak masuk triwulan mana pun, sehingga IKM setahun atau semester dihitung dari seluruh responden sekaligus, bukan rata-rata IKM triwulan (IKM Tahunan di Pengaturan).`;
  const saran = "Isi Tanggal pengisian survei setiap responden.";
  if (r.lembar !== SKM.nama)
    return [{ tingkat: "peringatan", lembar: r.lembar, baris: r.baris, pesan, saran }];
  return [di(SKM, r.baris, "Tanggal", "peringatan", pesan, saran)];
}

function modus(xs: readonly number[]): number | null {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let terbaik: number | null = null;
  let jumlah = 0;
  for (const [x, k] of n) {
    if (k > jumlah) {
      terbaik = x;
      jumlah = k;
    }
  }
  return terbaik;
}
