import { gulungAnggaran } from "../../core/anggaran";
import { formatRupiah } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import type { BukuKerja } from "../../core/model/bukuKerja";
import { RENJA } from "../../core/model/renja";
import { di, kodeUnik } from "./kode";

/**
 * Renja (seed 002's T-C.33): a program's pagu for n and n+1 is the sum of its kegiatan's
 * (3.295.000.000 = 3.200.000.000 + 95.000.000); a typed program figure that differs is a galat.
 */
export function periksaRenja(bk: BukuKerja): Masalah[] {
  const out: Masalah[] = [];
  const unik = kodeUnik(
    out,
    RENJA,
    "Kode",
    bk.renja.filter((b) => b.kode !== ""),
    (b) => b.kode,
    {
      tidakSah: "Program 1, 2 ...; kegiatan 1.1, 1.2 ... di bawah programnya.",
      ganda: "Setiap program dan kegiatan ditulis sekali; indikator tambahan ditulis tanpa kode.",
    },
  );
  const gulung = gulungAnggaran(unik.map(({ b, kode }) => ({ kode, nilai: [b.paguN, b.paguN1Maju] })));
  for (const { b, kode } of unik) {
    for (const s of gulung.get(kode)!.selisih) {
      const kolom = s.indeks === 0 ? "Pagu n" : "Pagu n+1";
      out.push(
        di(
          RENJA,
          b.baris,
          kolom,
          "galat",
          `${kolom} ${b.programKegiatan || b.kode} tertulis ${formatRupiah(s.tertulis)}, padahal jumlah kegiatannya ${formatRupiah(s.jumlahAnak)}.`,
          "Samakan pagu program dengan jumlah pagu kegiatannya.",
        ),
      );
    }
  }
  return out;
}
