/** What every check shares: a problem at a contract cell, and the rule that codes are well formed and unique. */
import { normalisasiKode } from "../../core/anggaran";
import type { Masalah } from "../../core/masalah";
import type { Indikator } from "../../core/model/kinerja";
import { hurufKolom, kunciKode, nomorKolom, type SkemaLembar } from "../../core/model/kolom";

const sel = (skema: SkemaLembar, judul: string, baris: number) =>
  `${hurufKolom(nomorKolom(skema, judul))}${baris}`;

export function di(
  skema: SkemaLembar,
  baris: number,
  kolom: string,
  tingkat: Masalah["tingkat"],
  pesan: string,
  saran: string,
): Masalah {
  return { tingkat, lembar: skema.nama, baris, kolom, sel: sel(skema, kolom, baris), pesan, saran };
}

/**
 * The rows whose code is well formed and not used before, with that code; a malformed or repeated
 * code is a galat naming the earlier row. The same rule for every sheet that carries codes.
 */
export function kodeUnik<T extends { baris: number }>(
  out: Masalah[],
  skema: SkemaLembar,
  kolom: string,
  baris: readonly T[],
  kodeDari: (b: T) => string,
  saran: { tidakSah: string; ganda: string },
  label = "Kode",
): { b: T; kode: string }[] {
  const dipakai = new Map<string, number>();
  const hasil: { b: T; kode: string }[] = [];
  for (const b of baris) {
    const mentah = kodeDari(b);
    const kode = normalisasiKode(mentah);
    if (kode === null) {
      out.push(di(skema, b.baris, kolom, "galat", `${label} "${mentah}" tidak sah.`, saran.tidakSah));
      continue;
    }
    const lain = dipakai.get(kode);
    if (lain !== undefined) {
      out.push(
        di(skema, b.baris, kolom, "galat", `${label} ${kode} sudah dipakai di baris ${lain}.`, saran.ganda),
      );
      continue;
    }
    dipakai.set(kode, b.baris);
    hasil.push({ b, kode });
  }
  return hasil;
}

/**
 * Rows naming a Kinerja indicator by its Kode (Rencana Aksi, IKU, Pembanding): each indicator
 * once (or once per `ulang` key: Pembanding's indicator and unit), and one that exists; the rows
 * that pass, with their indicator.
 */
export function rujukanKinerja<T extends { baris: number; kode: string }>(
  out: Masalah[],
  skema: SkemaLembar,
  baris: readonly T[],
  indikator: readonly Indikator[],
  ulang: { kunci: (b: T) => string; pesan: (b: T, lain: number) => string; saran: string } = {
    kunci: () => "",
    pesan: (b, lain) => `Indikator ${kunciKode(b.kode)} sudah ada di baris ${lain}.`,
    saran: "Satu baris per indikator.",
  },
): { b: T; ind: Indikator }[] {
  const ada = new Map(indikator.map((i) => [kunciKode(i.kode), i]));
  const dipakai = new Map<string, number>();
  const hasil: { b: T; ind: Indikator }[] = [];
  for (const b of baris) {
    const k = kunciKode(b.kode);
    if (k === "") continue;
    const kunci = `${k}\u0000${ulang.kunci(b)}`;
    const lain = dipakai.get(kunci);
    const ind = ada.get(k);
    if (lain !== undefined) {
      out.push(di(skema, b.baris, "Kode Indikator", "galat", ulang.pesan(b, lain), ulang.saran));
    } else if (ind === undefined) {
      out.push(
        di(
          skema,
          b.baris,
          "Kode Indikator",
          "galat",
          `Kode indikator ${k} tidak ada di lembar Kinerja.`,
          "Pakai Kode di lembar Kinerja.",
        ),
      );
    } else hasil.push({ b, ind });
    dipakai.set(kunci, lain ?? b.baris);
  }
  return hasil;
}
