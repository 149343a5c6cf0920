/** IKU (issue 15): each row names a Kinerja indicator once, with what the Penetapan IKU table needs. */
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { IKU } from "../../core/model/iku";
import { kunciKode } from "../../core/model/pohonKinerja";
import { di } from "./kode";

export function periksaIku(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const kode = new Set(bk.indikator.map((i) => kunciKode(i.kode)));
  const dipakai = new Map<string, number>();
  for (const b of bk.iku) {
    const k = kunciKode(b.kode);
    if (k === "") continue;
    const lain = dipakai.get(k);
    if (lain !== undefined) {
      out.push(
        di(
          IKU,
          b.baris,
          "Kode Indikator",
          "galat",
          `Indikator ${b.kode} sudah ada di baris ${lain}.`,
          "Hapus baris ganda.",
        ),
      );
      continue;
    }
    dipakai.set(k, b.baris);
    if (!kode.has(k)) {
      out.push(
        di(
          IKU,
          b.baris,
          "Kode Indikator",
          "galat",
          `Kode indikator ${b.kode} tidak ada di lembar Kinerja.`,
          "Pakai Kode di lembar Kinerja.",
        ),
      );
    }
    for (const [judul, v] of [
      ["Definisi/Formulasi", b.formulasi],
      ["Sumber Data", b.sumberData],
    ] as const) {
      if (v === "")
        out.push(
          di(IKU, b.baris, judul, "peringatan", `${judul} IKU ${b.kode} kosong.`, "Penetapan IKU memuatnya."),
        );
    }
  }
  return out;
}
