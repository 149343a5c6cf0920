/**
 * The Anggaran sheet: one row per program, kegiatan or sub kegiatan with its pagu and cumulative
 * quarterly realisation; and the budget rules on those rows: the pagu in force, the realisation
 * up to a quarter, the roll-up of children into parents, the totals.
 */
import { gulungAnggaran, normalisasiKode, urutKode } from "../anggaran";
import { bulatkan } from "../pembulatan";
import { realisasiTahunan } from "../realisasi";
import { TRIWULAN } from "../triwulan";
import { angka, kolom, lembar, type Rekaman, rumus, rumusTerbaca, teks } from "./kolom";

const FORMAT_RUPIAH = "#,##0";
const FORMAT_PERSEN = '#,##0.00" %"';

export const ANGGARAN = lembar("Anggaran", [
  kolom("Kode Rekening", "kode", teks, {
    jenis: "kode",
    wajib: true,
    lebar: 130,
    catatan:
      "Kode program/kegiatan/sub kegiatan, misalnya 7.01.01.2.02.01. Baris induk (program, kegiatan) adalah jumlah anak-anaknya.",
  }),
  kolom("Uraian", "uraian", teks, { lebar: 320, catatan: "Nama program, kegiatan, atau sub kegiatan." }),
  kolom("Pagu Awal", "paguAwal", angka, {
    jenis: "rupiah",
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan: "Pagu anggaran murni. Pada baris induk boleh dikosongkan (dijumlahkan otomatis).",
  }),
  kolom("Pagu Perubahan", "paguPerubahan", angka, {
    jenis: "rupiah",
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan: "Pagu setelah perubahan/refocusing; kosong bila tidak berubah.",
  }),
  ...TRIWULAN.map((tw, i) =>
    kolom(`Realisasi s.d. TW ${tw}`, "realisasi", angka, {
      indeks: i,
      jenis: "rupiah",
      format: FORMAT_RUPIAH,
      lebar: 120,
      catatan: `Realisasi keuangan kumulatif sampai akhir triwulan ${tw}.`,
    }),
  ),
  rumus("Realisasi", {
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan: "Dihitung otomatis: realisasi kumulatif triwulan terakhir yang diisi.",
  }),
  // Computed, yet read: a value typed over the formula is checked against the rule.
  rumusTerbaca("Sisa", "sisaTertulis", angka, {
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan: "Dihitung otomatis: pagu (perubahan bila ada) dikurangi realisasi.",
  }),
  rumusTerbaca("Serapan (%)", "serapanTertulis", angka, {
    format: FORMAT_PERSEN,
    lebar: 90,
    catatan: "Dihitung otomatis: realisasi dibagi pagu.",
  }),
  kolom("Sumber Dana", "sumberDana", teks, { lebar: 100, catatan: "Misalnya DAU." }),
  kolom("Anggaran PK", "anggaranPk", angka, {
    jenis: "rupiah",
    format: FORMAT_RUPIAH,
    lebar: 120,
    catatan:
      "Pada baris program: anggaran sebagaimana tertulis di Perjanjian Kinerja yang ditandatangani. Kosong: PK memakai pagu awal program (jumlah rinciannya).",
  }),
]);

/** A budget line as typed; `realisasi` is cumulative s.d. TW I-IV. */
export type BarisAnggaranLembar = Rekaman<typeof ANGGARAN>;

/** The pagu in force: the changed one when given. */
export function paguBerlaku(b: Pick<BarisAnggaranLembar, "paguAwal" | "paguPerubahan">): number | null {
  return b.paguPerubahan ?? b.paguAwal;
}

/** The cumulative realisation of the last quarter filled. */
export function realisasiTerakhir(b: Pick<BarisAnggaranLembar, "realisasi">): number | null {
  return realisasiTahunan(b.realisasi, "TERAKHIR");
}

export interface BarisAnggaranLaporan {
  kode: string;
  uraian: string;
  /** 1 = program, 2 = kegiatan, 3 = sub kegiatan (by code depth among the lines present). */
  tingkat: number;
  paguAwal: number;
  pagu: number;
  realisasi: number;
}

/**
 * The budget up to quarter `tw`: leaves as typed (pagu = perubahan when given), parents as the
 * sums of their children (domain.md section 1), in code order.
 */
export function anggaranSampai(baris: readonly BarisAnggaranLembar[], tw: number): BarisAnggaranLaporan[] {
  const unik = new Map<string, BarisAnggaranLembar>();
  for (const b of baris) {
    const kode = normalisasiKode(b.kode);
    if (kode !== null && !unik.has(kode)) unik.set(kode, b);
  }
  const realisasiSd = (b: BarisAnggaranLembar) => realisasiTahunan(b.realisasi.slice(0, tw), "TERAKHIR");
  const gulung = gulungAnggaran(
    [...unik].map(([kode, b]) => ({
      kode,
      nilai: [b.paguAwal ?? b.paguPerubahan, paguBerlaku(b), realisasiSd(b)],
    })),
  );
  const kedalaman = [...new Set([...unik.keys()].map((k) => k.split(".").length))].sort((a, b) => a - b);
  return [...unik]
    .map(([kode, b]) => {
      const g = gulung.get(kode)!;
      return {
        kode,
        uraian: b.uraian,
        tingkat: kedalaman.indexOf(kode.split(".").length) + 1,
        paguAwal: g.nilai[0] ?? 0,
        pagu: g.nilai[1] ?? 0,
        realisasi: g.nilai[2] ?? 0,
      };
    })
    .sort((a, b) => urutKode(a.kode, b.kode));
}

/**
 * The programs of the Perjanjian Kinerja: each with the budget the PK prints, its Anggaran PK
 * where typed (the amount as signed), else its pagu awal summed from its children, and both.
 */
export function anggaranProgramPk(baris: readonly BarisAnggaranLembar[]) {
  const pk = new Map<string, number | null>();
  for (const b of baris) {
    const kode = normalisasiKode(b.kode);
    if (kode !== null && !pk.has(kode)) pk.set(kode, b.anggaranPk);
  }
  return anggaranSampai(baris, 0)
    .filter((b) => b.tingkat === 1)
    .map((b) => {
      const tertulis = pk.get(b.kode) ?? null;
      return { ...b, anggaranPk: tertulis, anggaran: tertulis ?? b.paguAwal };
    });
}

/** The totals: the top level lines (programs) carry them, everything else is inside one. */
export function totalAnggaran(baris: readonly BarisAnggaranLaporan[]) {
  const atas = baris.filter((b) => b.tingkat === 1);
  const jumlah = (f: (b: BarisAnggaranLaporan) => number) =>
    bulatkan(
      atas.reduce((a, b) => a + f(b), 0),
      2,
    );
  return {
    paguAwal: jumlah((b) => b.paguAwal),
    pagu: jumlah((b) => b.pagu),
    realisasi: jumlah((b) => b.realisasi),
  };
}
