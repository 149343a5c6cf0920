/** Kinerja: codes, a target of 0, values reported beyond the quarter, percent written as fractions. */
import { formatAngka, formatPersen } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { type Indikator, indikatorPk, KINERJA } from "../../core/model/kinerja";
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
  out.push(...periksaPembanding(bk));
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
