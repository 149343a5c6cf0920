/**
 * Target Renstra (issue 12): each row names a Kinerja indicator and a year of the Renstra period,
 * once; a figure Kinerja already holds is not typed twice differently; no realisasi for a year not
 * yet over; and the years the LKJ 3.1.2 and quarterly item 3 tables print are all filled.
 */
import { formatAngka } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { indikatorPk, KINERJA } from "../../core/model/kinerja";
import { hurufKolom, kunciKode, nomorKolom } from "../../core/model/kolom";
import { PENGATURAN } from "../../core/model/pengaturan";
import {
  type BidangRenstra,
  deretRenstra,
  LAMA_RENSTRA,
  LAMA_RENSTRA_TERPENDEK,
  padananKinerja,
  TARGET_RENSTRA,
  tahunTabelRenstra,
  targetKinerjaKini,
} from "../../core/model/renstra";
import { bulatkan } from "../../core/pembulatan";
import { di } from "./kode";

const JUDUL_PERIODE = PENGATURAN.find((p) => p.kunci === "periodeRenstra")!.judul;
/** The setting as a message names it first: "Periode Renstra (Pengaturan)". */
const PERIODE = `${JUDUL_PERIODE} (${NAMA_PENGATURAN})`;
const TABEL = "tabel target dan realisasi per tahun (LKJ 3.1.2, laporan triwulan butir 3)";
const angka = (n: number) => formatAngka(n, 2, { buangNolDesimal: true });
const daftarKata = (x: readonly string[]) =>
  x.length <= 1 ? (x[0] ?? "") : `${x.slice(0, -1).join(", ")} dan ${x.at(-1)}`;

/**
 * A finding on Periode Renstra: filed under Target Renstra, the sheet of the two reports it
 * concerns (a finding under Pengaturan would be shown with every report).
 */
function diPeriode(tingkat: Masalah["tingkat"], pesan: string, saran: string): Masalah {
  return {
    tingkat,
    lembar: TARGET_RENSTRA.nama,
    pesan,
    saran,
  };
}

export function periksaTargetRenstra(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const { periodeRenstra: periode, tahun } = bk.pengaturan;
  const pk = indikatorPk(bk.indikator);
  const baris = bk.targetRenstra.filter((b) => b.kode !== "");

  if (periode === null) {
    if (baris.length > 0 || (pk.length > 0 && tahun !== null))
      out.push(
        diPeriode(
          "peringatan",
          `${PERIODE} kosong: ${TABEL} tidak dicetak.`,
          `Isi ${JUDUL_PERIODE}, misalnya 2019-2023, dan target serta realisasi tiap tahun di lembar ${TARGET_RENSTRA.nama}.`,
        ),
      );
  } else {
    const lama = periode.akhir - periode.awal + 1;
    const teksPeriode = `${periode.awal}-${periode.akhir}`;
    const tahunTabel = tahunTabelRenstra(periode);
    if (tahunTabel === null)
      out.push(
        diPeriode(
          "peringatan",
          `${PERIODE} ${teksPeriode} hanya ${lama} tahun: ${TABEL} tidak dicetak (perbandingan antartahun memerlukan paling sedikit ${LAMA_RENSTRA_TERPENDEK} tahun).`,
          `Periksa ${JUDUL_PERIODE}: tahun awal dan akhir Renstra (lima tahun, atau Renstra transisi yang lebih pendek), misalnya 2024-2026.`,
        ),
      );
    else if (lama > LAMA_RENSTRA)
      out.push(
        diPeriode(
          "peringatan",
          `${PERIODE} ${teksPeriode} ${lama} tahun: ${TABEL} hanya memuat ${LAMA_RENSTRA} tahun terakhir, ${tahunTabel[0]}-${tahunTabel.at(-1)}.`,
          `Periksa ${JUDUL_PERIODE}; Renstra disusun untuk lima tahun.`,
        ),
      );
    if (tahunTabel !== null && tahun !== null && !tahunTabel.includes(tahun))
      out.push(
        diPeriode(
          "peringatan",
          `Tahun laporan ${tahun} di luar ${tahunTabel[0]}-${tahunTabel.at(-1)} (${PERIODE} ${teksPeriode}): ${TABEL} tidak dicetak.`,
          `Isi ${JUDUL_PERIODE} dengan periode Renstra yang berlaku pada tahun ${tahun}.`,
        ),
      );
  }

  const indikator = new Map(bk.indikator.map((i) => [kunciKode(i.kode), i]));
  const dipakai = new Map<string, number>();
  for (const b of baris) {
    const kode = kunciKode(b.kode);
    const ind = indikator.get(kode);
    if (ind === undefined) {
      out.push(
        di(
          TARGET_RENSTRA,
          b.baris,
          "Kode Indikator",
          "galat",
          `Kode indikator ${kode} tidak ada di lembar ${KINERJA.nama}.`,
          `Pakai Kode di lembar ${KINERJA.nama}.`,
        ),
      );
      continue;
    }
    if (b.tahun === null) continue;
    const kunci = `${kode}|${b.tahun}`;
    const lain = dipakai.get(kunci);
    if (lain !== undefined) {
      out.push(
        di(
          TARGET_RENSTRA,
          b.baris,
          "Tahun",
          "galat",
          `Indikator ${kode} tahun ${b.tahun} sudah ada di baris ${lain}.`,
          "Satu baris per indikator dan tahun.",
        ),
      );
      continue;
    }
    dipakai.set(kunci, b.baris);
    if (periode !== null && (b.tahun < periode.awal || b.tahun > periode.akhir))
      out.push(
        di(
          TARGET_RENSTRA,
          b.baris,
          "Tahun",
          "peringatan",
          `Tahun ${b.tahun} di luar ${JUDUL_PERIODE} ${periode.awal}-${periode.akhir}: baris ini tidak dicetak.`,
          `Periksa tahunnya, atau ${JUDUL_PERIODE} di ${NAMA_PENGATURAN}.`,
        ),
      );
    if (tahun === null) continue;
    if (b.realisasi !== null && b.tahun >= tahun) {
      const kini = b.tahun === tahun;
      out.push(
        di(
          TARGET_RENSTRA,
          b.baris,
          "Realisasi",
          kini ? "peringatan" : "galat",
          kini
            ? `Realisasi tahun ${tahun} (${angka(b.realisasi)}) diabaikan: realisasi tahun berjalan dihitung dari Realisasi TW di lembar ${KINERJA.nama} baris ${ind.baris}.`
            : `Realisasi tahun ${b.tahun} (${angka(b.realisasi)}) untuk tahun yang belum berjalan (tahun laporan ${tahun}).`,
          kini
            ? `Kosongkan sel ini; isi Realisasi TW di lembar ${KINERJA.nama}.`
            : "Kosongkan sel ini, atau periksa Tahun.",
        ),
      );
    }
    // One figure, one cell: where Kinerja holds the same year's figure, both must agree.
    if (periode === null) continue;
    const sepadan = padananKinerja(ind, b.tahun, tahun, periode, targetKinerjaKini(ind, bk.pengaturan));
    for (const p of sepadan) {
      const v = b[p.bidang];
      if (v === null || p.nilai === null || p.kolom === null || bulatkan(v, 6) === bulatkan(p.nilai, 6))
        continue;
      const sel = `${hurufKolom(nomorKolom(KINERJA, p.kolom))}${ind.baris}`;
      out.push(
        di(
          TARGET_RENSTRA,
          b.baris,
          p.bidang === "target" ? "Target" : "Realisasi",
          "galat",
          `${p.bidang === "target" ? "Target" : "Realisasi"} ${b.tahun} indikator ${kode} ${angka(v)} berbeda dengan ${p.kolom} di lembar ${KINERJA.nama} sel ${sel} (${angka(p.nilai)}).`,
          `Satu angka diisi di satu tempat: kosongkan sel ini (laporan memakai ${p.kolom} di ${KINERJA.nama}), atau perbaiki yang salah.`,
        ),
      );
    }
  }

  // Years the tables print with "-": a target of any of their years, a realisasi of a past year.
  const tahunTabel = tahunTabelRenstra(periode);
  if (periode === null || tahunTabel === null || tahun === null || !tahunTabel.includes(tahun)) return out;
  for (const ind of pk) {
    // This year's figures are Kinerja's own checks (Target wajib, Realisasi TW).
    const deret = deretRenstra(ind, bk.targetRenstra, tahunTabel, tahun, periode, {
      target: null,
      realisasi: null,
    });
    const kosong = (bidang: BidangRenstra, sampai: number) =>
      deret
        .filter((d) => d.tahun <= sampai && d.tahun !== tahun && d[bidang] === null)
        .map((d) => String(d.tahun));
    const target = kosong("target", periode.akhir);
    const realisasi = kosong("realisasi", tahun - 1);
    if (target.length === 0 && realisasi.length === 0) continue;
    const apa = [
      ...(target.length > 0 ? [`target ${daftarKata(target)}`] : []),
      ...(realisasi.length > 0 ? [`realisasi ${daftarKata(realisasi)}`] : []),
    ].join(" dan ");
    out.push({
      tingkat: "peringatan",
      lembar: TARGET_RENSTRA.nama,
      pesan: `Indikator ${ind.kode} ${ind.indikator}: ${apa} kosong; ${TABEL} mencetak "-".`,
      saran: `Isi di lembar ${TARGET_RENSTRA.nama} (Kode Indikator ${ind.kode}, Tahun), atau kolom Target/Realisasi Tahun Lalu dan Target Akhir Renstra di ${KINERJA.nama}.`,
    });
  }
  return out;
}
