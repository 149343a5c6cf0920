/** Anggaran: codes, parents that are not the sum of their children, realisation above pagu, typed sisa/serapan. */
import { gulungAnggaran, type HasilGulung, serapan, sisaAnggaran } from "../../core/anggaran";
import { formatPersen, formatRupiah } from "../../core/format";
import type { Masalah } from "../../core/masalah";
import {
  ANGGARAN,
  anggaranProgramPk,
  type BarisAnggaranLembar,
  paguBerlaku,
  realisasiTerakhir,
} from "../../core/model/anggaran";
import { TRIWULAN } from "../../core/triwulan";
import { di, kodeUnik } from "./kode";

/** The columns of the amounts gulungAnggaran rolls up, in the order it is given them. */
const KOLOM_NILAI = ["Pagu Awal", "Pagu Perubahan", ...TRIWULAN.map((t) => `Realisasi s.d. TW ${t}`)];

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
  const gulung = gulungAnggaran(
    sah.map(({ kode, b }) => ({ kode, nilai: [b.paguAwal, b.paguPerubahan, ...b.realisasi] })),
  );
  for (const { kode, b } of sah) {
    const g = gulung.get(kode)!;
    out.push(...indukBukanJumlahAnak(kode, b, g));
    // Only a leaf is held to its pagu: a parent's amounts are the sums of its children's.
    if (g.anak.length === 0) out.push(...periksaBarisRincian(b));
  }
  out.push(...periksaAnggaranPk(sah));
  return out;
}

/**
 * Anggaran PK, the program budget as signed: on a program line only, and named when it differs
 * from the program's pagu awal (the PK prints it all the same: what was signed stands).
 */
function periksaAnggaranPk(sah: readonly { kode: string; b: BarisAnggaranLembar }[]): Masalah[] {
  const program = new Map(anggaranProgramPk(sah.map(({ b }) => b)).map((p) => [p.kode, p]));
  const out: Masalah[] = [];
  for (const { kode, b } of sah) {
    if (b.anggaranPk === null) continue;
    const p = program.get(kode);
    if (!p) {
      out.push(
        di(
          ANGGARAN,
          b.baris,
          "Anggaran PK",
          "peringatan",
          `Anggaran PK diisi pada ${kode}, yang bukan baris program: Perjanjian Kinerja hanya memuat anggaran per program.`,
          "Pindahkan angka ini ke baris programnya, atau kosongkan.",
        ),
      );
    } else if (Math.abs(b.anggaranPk - p.paguAwal) > 0.5) {
      out.push(
        di(
          ANGGARAN,
          b.baris,
          "Anggaran PK",
          "peringatan",
          `Anggaran PK program ${kode} tertulis ${formatRupiah(b.anggaranPk)}, sedangkan pagu awal menurut rinciannya ${formatRupiah(p.paguAwal)} (selisih ${formatRupiah(b.anggaranPk - p.paguAwal)}); Perjanjian Kinerja mencetak Anggaran PK.`,
          "Samakan dengan Perjanjian Kinerja yang ditandatangani. Bila pagu berubah sesudah PK ditandatangani, selisih ini wajar.",
        ),
      );
    }
  }
  return out;
}

/** Parents are the sum of their children: a typed parent amount that differs is a galat. */
function indukBukanJumlahAnak(kode: string, b: BarisAnggaranLembar, g: HasilGulung): Masalah[] {
  return g.selisih.map((s) => {
    const kolom = KOLOM_NILAI[s.indeks]!;
    return di(
      ANGGARAN,
      b.baris,
      kolom,
      "galat",
      `${kolom} ${kode} tertulis ${formatRupiah(s.tertulis)}, padahal jumlah ${g.anak.length} rincian di bawahnya ${formatRupiah(s.jumlahAnak)} (selisih ${formatRupiah(s.tertulis - s.jumlahAnak)}).`,
      "Kosongkan baris induk agar dijumlahkan otomatis, atau perbaiki rinciannya.",
    );
  });
}

/** A leaf line: realisation within its pagu, and the sisa and serapan typed as the formulas give. */
function periksaBarisRincian(b: BarisAnggaranLembar): Masalah[] {
  const pagu = paguBerlaku(b);
  const real = realisasiTerakhir(b);
  if (pagu === null) return [];
  return [
    ...realisasiMelebihiPagu(b, pagu, real),
    ...sisaSalah(b, pagu, real),
    ...serapanSalah(b, pagu, real),
  ];
}

function realisasiMelebihiPagu(b: BarisAnggaranLembar, pagu: number, real: number | null): Masalah[] {
  if (real === null || !(real > pagu)) return [];
  // The column of the last quarter reported, where the excess shows.
  const i = b.realisasi.lastIndexOf(real);
  return [
    di(
      ANGGARAN,
      b.baris,
      `Realisasi s.d. TW ${TRIWULAN[i]}`,
      "peringatan",
      `Realisasi ${formatRupiah(real)} melebihi pagu ${formatRupiah(pagu)}.`,
      "Periksa angka realisasi atau pagu perubahan.",
    ),
  ];
}

function sisaSalah(b: BarisAnggaranLembar, pagu: number, real: number | null): Masalah[] {
  if (b.sisaTertulis === null) return [];
  const seharusnya = sisaAnggaran(pagu, real ?? 0);
  if (Math.abs(b.sisaTertulis - seharusnya) > 0.5) {
    return [
      di(
        ANGGARAN,
        b.baris,
        "Sisa",
        "galat",
        `Sisa tertulis ${formatRupiah(b.sisaTertulis)}, padahal pagu ${formatRupiah(pagu)} dikurangi realisasi ${formatRupiah(real ?? 0)} adalah ${formatRupiah(seharusnya)}.`,
        "Kosongkan kolom Sisa agar dihitung otomatis oleh rumus.",
      ),
    ];
  }
  return [];
}

function serapanSalah(b: BarisAnggaranLembar, pagu: number, real: number | null): Masalah[] {
  if (!(pagu > 0) || real === null || b.serapanTertulis === null) return [];
  const seharusnya = serapan(real, pagu);
  if (Math.abs(b.serapanTertulis - seharusnya) > 0.005) {
    return [
      di(
        ANGGARAN,
        b.baris,
        "Serapan (%)",
        "galat",
        `Serapan tertulis ${formatPersen(b.serapanTertulis)}, padahal ${formatRupiah(real)} dari ${formatRupiah(pagu)} adalah ${formatPersen(seharusnya)}.`,
        "Kosongkan kolom Serapan agar dihitung otomatis oleh rumus.",
      ),
    ];
  }
  return [];
}
