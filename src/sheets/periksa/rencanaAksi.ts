/**
 * Rencana Aksi (issue 15): every indicator row names a Kinerja indicator once; the quarterly
 * targets agree with the annual one (kumulatif: they add up to it; nilai akhir: TW IV is it); a
 * quarter reported in Kinerja has a target to be measured against.
 */
import { formatAngka } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { kunciKode } from "../../core/model/pohonKinerja";
import { RENCANA_AKSI } from "../../core/model/rencanaAksi";
import { TRIWULAN } from "../../core/triwulan";
import { di } from "./kode";

const angka = (n: number) => formatAngka(n, 2, { buangNolDesimal: true });

const sama = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function periksaRencanaAksi(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const indikator = new Map(bk.indikator.map((i) => [kunciKode(i.kode), i]));
  const dipakai = new Map<string, number>();
  let adaIndikator = false;
  for (const b of bk.rencanaAksi) {
    const m = (kolom: string, tingkat: Masalah["tingkat"], pesan: string, saran: string) =>
      out.push(di(RENCANA_AKSI, b.baris, kolom, tingkat, pesan, saran));
    if (b.kode === "") {
      if (!adaIndikator) {
        m("Kode Indikator", "peringatan", "Aksi tanpa indikator.", "Isi Kode Indikator.");
      }
      continue;
    }
    adaIndikator = true;
    const kode = kunciKode(b.kode);
    const lain = dipakai.get(kode);
    if (lain !== undefined) {
      m(
        "Kode Indikator",
        "galat",
        `Indikator ${kode} sudah ada di baris ${lain}.`,
        "Aksi tambahan: Kode Indikator kosong.",
      );
      continue;
    }
    dipakai.set(kode, b.baris);
    const ind = indikator.get(kode);
    if (ind === undefined) {
      m(
        "Kode Indikator",
        "galat",
        `Kode indikator ${b.kode} tidak ada di lembar Kinerja.`,
        "Pakai Kode di lembar Kinerja.",
      );
      continue;
    }
    const jenis = b.jenis ?? "KUMULATIF";
    if (b.jenis === null) {
      m(
        "Jenis Capaian",
        "peringatan",
        "Jenis kosong: dihitung KUMULATIF.",
        'Pilih "KUMULATIF" atau "NILAI AKHIR".',
      );
    }
    const ada = b.target.filter((t): t is number => t !== null);
    if (ind.target !== null && ada.length > 0) {
      if (jenis === "KUMULATIF") {
        const jumlah = ada.reduce((a, x) => a + x, 0);
        if (!sama(jumlah, ind.target)) {
          m(
            "Target TW IV",
            "peringatan",
            `Jumlah target TW I-IV ${angka(jumlah)} tidak sama dengan target tahunan ${angka(ind.target)}.`,
            "Kumulatif: jumlah TW I-IV = target tahunan.",
          );
        }
      } else if (b.target[3] == null || !sama(b.target[3], ind.target)) {
        m(
          "Target TW IV",
          "peringatan",
          `Target TW IV ${b.target[3] == null ? "kosong" : angka(b.target[3])} tidak sama dengan target tahunan ${angka(ind.target)}.`,
          "Nilai akhir: TW IV = target tahunan.",
        );
      }
    }
    ind.realisasi.forEach((r, i) => {
      const adaTarget =
        jenis === "KUMULATIF" ? b.target.slice(0, i + 1).some((t) => t !== null) : b.target[i] !== null;
      if (r !== null && !adaTarget) {
        m(
          `Target TW ${TRIWULAN[i]}`,
          "peringatan",
          `Realisasi TW ${TRIWULAN[i]} dilaporkan tanpa target.`,
          `Isi Target TW ${TRIWULAN[i]}.`,
        );
      }
    });
  }
  return out;
}
