/** What every check shares: a problem at a contract cell, and the rule that codes are well formed and unique. */
import { normalisasiKode } from "../../core/anggaran";
import type { Masalah } from "../../core/masalah";
import { hurufKolom, nomorKolom, type SkemaLembar } from "../../core/model/kolom";

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
