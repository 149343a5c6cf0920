/** Kinerja: codes, a target of 0, values reported beyond the quarter, percent written as fractions. */
import { formatAngka, formatPersen, formatTanggalDokumen } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { adaPkPerubahan, type Indikator, indikatorPk, KINERJA } from "../../core/model/kinerja";
import { PENGATURAN } from "../../core/model/pengaturan";
import { TRIWULAN } from "../../core/triwulan";
import { di, kodeUnik } from "./kode";

export function periksaKinerja(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  kodeUnik(
    out,
    KINERJA,
    "Kode",
    bk.indikator.filter((i) => i.kode !== ""),
    (i) => i.kode,
    {
      tidakSah: "Tulis kode bertitik, misalnya 1.1 atau 2.3.1.",
      ganda: "Beri setiap indikator kode yang berbeda.",
    },
  );
  for (const ind of bk.indikator) {
    const b = ind.baris;
    if (ind.target === 0) {
      out.push(
        di(
          KINERJA,
          b,
          "Target",
          "galat",
          "Target 0: capaian tidak dapat dihitung.",
          "Isi target tahun ini sesuai Perjanjian Kinerja.",
        ),
      );
    }
    out.push(...periksaPecahanPersen(ind));
    if (bk.pengaturan.triwulan !== null) {
      ind.realisasi.forEach((v, i) => {
        if (v !== null && i + 1 > bk.pengaturan.triwulan!) {
          out.push(
            di(
              KINERJA,
              b,
              `Realisasi TW ${TRIWULAN[i]}`,
              "peringatan",
              `Realisasi TW ${TRIWULAN[i]} sudah terisi (${formatAngka(v)}), padahal triwulan yang dilaporkan TW ${TRIWULAN[bk.pengaturan.triwulan! - 1]}.`,
              "Periksa apakah angka ini salah kolom, atau ubah Triwulan Dilaporkan di Pengaturan.",
            ),
          );
        }
      });
    }
  }
  out.push(...periksaPembanding(bk), ...periksaPkPerubahan(bk));
  return out;
}

/**
 * The PK Perubahan (issue 12): a revised target of 0; a Tanggal PK Perubahan with no revised
 * target (no PK Perubahan can be made: the date says one was signed), or one not after the PK's.
 * A revised target without its date is the date check's (reports/tanggal.ts: the registry's
 * Perjanjian Kinerja Perubahan is dated by Tanggal PK Perubahan).
 */
function periksaPkPerubahan(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  for (const ind of bk.indikator) {
    if (ind.targetPerubahan === 0)
      out.push(
        di(
          KINERJA,
          ind.baris,
          "Target PK Perubahan",
          "galat",
          `Target PK Perubahan indikator ${ind.indikator} 0: capaian tidak dapat dihitung.`,
          "Isi target yang diubah dalam PK Perubahan, atau kosongkan bila targetnya tidak diubah.",
        ),
      );
  }
  const { tanggalPk, tanggalPkPerubahan } = bk.pengaturan;
  if (tanggalPkPerubahan === null) return out;
  const judul = (kunci: string) => PENGATURAN.find((p) => p.kunci === kunci)!.judul;
  const tanggal = formatTanggalDokumen(tanggalPkPerubahan);
  if (!adaPkPerubahan(bk.indikator)) {
    out.push({
      tingkat: "peringatan",
      lembar: NAMA_PENGATURAN,
      kolom: judul("tanggalPkPerubahan"),
      pesan: `${judul("tanggalPkPerubahan")} diisi (${tanggal}), tetapi tidak ada indikator dengan Target PK Perubahan di lembar ${KINERJA.nama}: Perjanjian Kinerja Perubahan tidak dapat dibuat.`,
      saran: `Isi kolom Target PK Perubahan pada indikator yang targetnya diubah, atau kosongkan ${judul("tanggalPkPerubahan")} bila PK tidak diubah.`,
    });
  }
  if (tanggalPk !== null && tanggalPkPerubahan.tanggal.getTime() <= tanggalPk.tanggal.getTime()) {
    out.push({
      tingkat: "peringatan",
      lembar: NAMA_PENGATURAN,
      kolom: judul("tanggalPkPerubahan"),
      pesan: `${judul("tanggalPkPerubahan")} (${tanggal}) tidak sesudah ${judul("tanggalPk")} (${formatTanggalDokumen(tanggalPk)}): PK Perubahan ditandatangani sesudah PK yang diubahnya.`,
      saran: `Periksa kedua tanggal di ${NAMA_PENGATURAN}.`,
    });
  }
  // A PK Perubahan revises that year's agreement: dated in another year, the reports would never
  // (or always) measure against it while the Capaian column does (core/model/kinerja targetBerlaku).
  const { tahun } = bk.pengaturan;
  if (tahun !== null && tanggalPkPerubahan.tanggal.getFullYear() !== tahun) {
    out.push({
      tingkat: "galat",
      lembar: NAMA_PENGATURAN,
      kolom: judul("tanggalPkPerubahan"),
      pesan: `${judul("tanggalPkPerubahan")} (${tanggal}) di luar Tahun ${tahun}: Perjanjian Kinerja Perubahan mengubah target tahun yang sedang berjalan.`,
      saran: `Isi tanggal PK Perubahan Tahun ${tahun} ditandatangani, atau periksa Tahun di ${NAMA_PENGATURAN}.`,
    });
  }
  return out;
}

/**
 * A PK indicator without last year's realisation or the Renstra end target: the LKJ and the
 * quarterly report say nothing of that comparison for it (no text stands in for a missing
 * figure), so the check says it instead.
 */
function periksaPembanding(bk: BukuKerja): Masalah[] {
  return indikatorPk(bk.indikator).flatMap((ind) =>
    (
      [
        ["Realisasi Tahun Lalu", ind.realisasiTahunLalu, "perbandingan dengan tahun lalu"],
        ["Target Akhir Renstra", ind.targetAkhirRenstra, "perbandingan dengan target akhir Renstra"],
      ] as const
    ).flatMap(([kolom, v, apa]) =>
      v !== null
        ? []
        : [
            di(
              KINERJA,
              ind.baris,
              kolom,
              "peringatan",
              `${kolom} indikator ${ind.indikator} kosong: LKJ dan laporan triwulan tidak memuat ${apa} untuk indikator ini.`,
              `Isi ${kolom} dari LKJ tahun lalu atau dokumen Renstra.`,
            ),
          ],
    ),
  );
}

/**
 * A percent indicator whose values mix percent units (90) with a fraction (1 = a cell shown as
 * 100 % holds 1): the capaian would be off by a factor of 100.
 */
function periksaPecahanPersen(ind: Indikator): Masalah[] {
  if (!/%|persen/i.test(ind.satuan)) return [];
  const nilai: [string, number][] = [];
  if (ind.target !== null) nilai.push(["Target", ind.target]);
  if (ind.targetPerubahan !== null) nilai.push(["Target PK Perubahan", ind.targetPerubahan]);
  ind.realisasi.forEach((v, i) => {
    if (v !== null) nilai.push([`Realisasi TW ${TRIWULAN[i]}`, v]);
  });
  const pecahan = nilai.filter(([, v]) => v > 0 && v <= 1.5);
  const persen = nilai.filter(([, v]) => v > 1.5);
  if (pecahan.length === 0 || persen.length === 0) return [];
  return pecahan.map(([kolom, v]) =>
    di(
      KINERJA,
      ind.baris,
      kolom,
      "peringatan",
      `Nilai ${formatAngka(v, 4, { buangNolDesimal: true })} tampak seperti pecahan (${formatPersen(v * 100)}), sedangkan ${persen[0]![0]} ditulis dalam persen (${formatAngka(persen[0]![1])}).`,
      "Tulis semua nilai indikator persen dalam satuan persen, misalnya 95,23 (bukan 0,9523), atau format sel sebagai angka biasa.",
    ),
  );
}
