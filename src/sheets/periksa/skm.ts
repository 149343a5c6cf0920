/** SKM: answer columns without a question or unsur, tallies that do not add up, sample size, the IKM weighting. */
import { formatAngka } from "../../core/format";
import { hitungIkmDariRekap, ukuranSampel } from "../../core/ikm";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { hurufKolom } from "../../core/model/kolom";
import { hitunganJawaban, type PertanyaanSkm, rekapSkm, SKM, SKM_PERTANYAAN } from "../../core/model/skm";
import { bulatkan } from "../../core/pembulatan";
import { di } from "./kode";

export function periksaSkm(bk: BukuKerja): Masalah[] {
  const jumlahResponden = respondenDiketahui(bk);
  return [
    ...kolomJawabanTanpaUnsur(bk),
    ...pertanyaanTanpaUnsur(bk),
    ...periksaRekap(bk, jumlahResponden),
    ...sampelKurang(bk, jumlahResponden),
    ...periksaBobotIkm(bk),
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
