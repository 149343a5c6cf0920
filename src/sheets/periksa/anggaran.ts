/** Anggaran: codes, parents that are not the sum of their children, realisation above pagu, typed sisa/serapan. */
import { gulungAnggaran, serapan, sisaAnggaran } from "../../core/anggaran";
import { formatPersen, formatRupiah } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import {
  ANGGARAN,
  type BarisAnggaranLembar,
  paguBerlaku,
  realisasiTerakhir,
} from "../../core/model/anggaran";
import { TRIWULAN } from "../../core/triwulan";
import { di, kodeUnik } from "./kode";

export function periksaAnggaran(baris: readonly BarisAnggaranLembar[]): Masalah[] {
  const out: Masalah[] = [];
  const sah = kodeUnik(
    out,
    ANGGARAN,
    "Kode Rekening",
    baris,
    (b) => b.kode,
    {
      tidakSah: "Tulis kode bertitik seperti 7.01.01.2.02.01 (angka dipisah titik).",
      ganda: "Setiap program, kegiatan, dan sub kegiatan ditulis sekali; gabungkan barisnya.",
    },
    "Kode rekening",
  );

  // Parents are the sum of their children: a typed parent amount that differs is a galat.
  const kolomNilai = ["Pagu Awal", "Pagu Perubahan", ...TRIWULAN.map((t) => `Realisasi s.d. TW ${t}`)];
  const gulung = gulungAnggaran(
    sah.map(({ kode, b }) => ({ kode, nilai: [b.paguAwal, b.paguPerubahan, ...b.realisasi] })),
  );
  for (const { kode, b } of sah) {
    const g = gulung.get(kode)!;
    for (const s of g.selisih) {
      const kolom = kolomNilai[s.indeks]!;
      out.push(
        di(
          ANGGARAN,
          b.baris,
          kolom,
          "galat",
          `${kolom} ${kode} tertulis ${formatRupiah(s.tertulis)}, padahal jumlah ${g.anak.length} rincian di bawahnya ${formatRupiah(s.jumlahAnak)} (selisih ${formatRupiah(s.tertulis - s.jumlahAnak)}).`,
          "Kosongkan baris induk agar dijumlahkan otomatis, atau perbaiki rinciannya.",
        ),
      );
    }
    if (g.anak.length > 0) continue;
    const pagu = paguBerlaku(b);
    const real = realisasiTerakhir(b);
    if (pagu !== null && real !== null && real > pagu) {
      const i = b.realisasi.lastIndexOf(real);
      out.push(
        di(
          ANGGARAN,
          b.baris,
          `Realisasi s.d. TW ${TRIWULAN[i]}`,
          "peringatan",
          `Realisasi ${formatRupiah(real)} melebihi pagu ${formatRupiah(pagu)}.`,
          "Periksa angka realisasi atau pagu perubahan.",
        ),
      );
    }
    if (pagu !== null && b.sisaTertulis !== null) {
      const seharusnya = sisaAnggaran(pagu, real ?? 0);
      if (Math.abs(b.sisaTertulis - seharusnya) > 0.5) {
        out.push(
          di(
            ANGGARAN,
            b.baris,
            "Sisa",
            "galat",
            `Sisa tertulis ${formatRupiah(b.sisaTertulis)}, padahal pagu ${formatRupiah(pagu)} dikurangi realisasi ${formatRupiah(real ?? 0)} adalah ${formatRupiah(seharusnya)}.`,
            "Kosongkan kolom Sisa agar dihitung otomatis oleh rumus.",
          ),
        );
      }
    }
    if (pagu !== null && pagu > 0 && real !== null && b.serapanTertulis !== null) {
      const seharusnya = serapan(real, pagu);
      if (Math.abs(b.serapanTertulis - seharusnya) > 0.005) {
        out.push(
          di(
            ANGGARAN,
            b.baris,
            "Serapan (%)",
            "galat",
            `Serapan tertulis ${formatPersen(b.serapanTertulis)}, padahal ${formatRupiah(real)} dari ${formatRupiah(pagu)} adalah ${formatPersen(seharusnya)}.`,
            "Kosongkan kolom Serapan agar dihitung otomatis oleh rumus.",
          ),
        );
      }
    }
  }
  return out;
}
