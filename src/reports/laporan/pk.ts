/**
 * Perjanjian Kinerja (seeds 001, 003): sasaran strategis, sasaran program, their indicators and
 * targets, and the program budgets as signed.
 */
import { normalisasiKode } from "../../core/anggaran";
import { formatRupiah, formatTanggalDokumen } from "../../core/format";
import { ANGGARAN, anggaranProgramPk } from "../../core/model/anggaran";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import {
  adaPkPerubahan,
  type Indikator,
  indikatorProgramPk,
  indikatorSasaranPk,
  KINERJA,
} from "../../core/model/kinerja";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { namaIndikator } from "./tandaIku";
import { nilaiSatuan, nilaiUmum, nomorSasaran } from "./umum";

/** The rows of a sasaran table: number and sasaran once per sasaran (merged cells in the seeds). */
function barisSasaran(bk: BukuKerja, daftar: Indikator[]) {
  const nomor = nomorSasaran(daftar);
  return daftar.map((ind, i) => ({
    no: nomor[i]!.no,
    sasaran: nomor[i]!.sasaran,
    indikator: namaIndikator(bk, ind),
    target: nilaiSatuan(ind.target, ind.satuan),
  }));
}

/** The same rows with the PK Perubahan's target: the revised one, else the signed one (still in force). */
export function barisPerubahan(bk: BukuKerja, daftar: Indikator[]) {
  return barisSasaran(bk, daftar).map((r, i) => ({
    ...r,
    targetPerubahan: nilaiSatuan(daftar[i]!.targetPerubahan ?? daftar[i]!.target, daftar[i]!.satuan),
  }));
}

/**
 * The PK's programs: each one's budget as signed (Anggaran PK, else its pagu awal) and its pagu
 * in force, the printed row, and JUMLAH of the signed budgets.
 */
function programPk(bk: BukuKerja) {
  const sumber = new Map(bk.anggaran.map((b) => [normalisasiKode(b.kode), b.sumberDana]));
  const program = anggaranProgramPk(bk.anggaran).map((b, i) => ({
    pagu: b.pagu,
    baris: {
      no: String(i + 1),
      program: b.uraian,
      anggaran: formatRupiah(b.anggaran),
      keterangan: sumber.get(b.kode) ? `Sumber Dana ${sumber.get(b.kode)}` : "",
    },
    anggaran: b.anggaran,
  }));
  return { program, total: formatRupiah(program.reduce((a, b) => a + b.anggaran, 0)) };
}

/**
 * Perjanjian Kinerja (seeds 001, 003): the sasaran strategis and the sasaran program with their
 * indicators and targets; each program's budget as signed, JUMLAH the sum of the rows printed.
 */
export function dataPk(bk: BukuKerja, ttd: Penandatanganan) {
  const { program, total } = programPk(bk);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      totalProgram: total,
    },
    daftar: {
      sasaran: barisSasaran(bk, indikatorSasaranPk(bk.indikator)),
      sasaranProgram: barisSasaran(bk, indikatorProgramPk(bk.indikator)),
      program: program.map((p) => p.baris),
    },
    kolomDaftar: {
      sasaran: ["no", "sasaran", "indikator", "target"],
      sasaranProgram: ["no", "sasaran", "indikator", "target"],
      program: ["no", "program", "anggaran", "keterangan"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

/**
 * What the PK Perubahan changed among `daftar` (the sasaran), in a sentence: each revised target
 * from the signed one, and its date; "" without a PK Perubahan in the workbook (the same condition
 * that prints 2.2's Sebelum/Sesudah table, also when only a program's target was revised).
 */
export function kalimatPkPerubahan(bk: BukuKerja, daftar: readonly Indikator[]): string {
  if (!adaPkPerubahan(bk.indikator)) return "";
  const ubah = daftar.filter((i) => i.targetPerubahan !== null && i.targetPerubahan !== i.target);
  const { tanggalPkPerubahan } = bk.pengaturan;
  const pk = `Perjanjian Kinerja Perubahan${tanggalPkPerubahan === null ? "" : ` tanggal ${formatTanggalDokumen(tanggalPkPerubahan)}`}`;
  if (ubah.length === 0) return `${pk} tidak mengubah target indikator sasaran.`;
  const rincian = ubah
    .map(
      (i) =>
        `target indikator ${i.indikator} dari ${nilaiSatuan(i.target, i.satuan)} menjadi ${nilaiSatuan(i.targetPerubahan, i.satuan)}`,
    )
    .join("; ");
  const lain = daftar.length > ubah.length ? "; target indikator lainnya tetap" : "";
  return `${pk} mengubah ${rincian}${lain}. Capaian tahun ini diukur terhadap target sesudah perubahan.`;
}

/**
 * Perjanjian Kinerja Perubahan (issue 12, "the PK as signed"): the signed PK keeps its date and
 * targets; the revised agreement has its own date (Tanggal PK Perubahan) and prints each target
 * as signed beside the revised one (Target PK Perubahan in Kinerja; blank: not changed), and each
 * program's budget as signed beside its pagu after the change.
 */
export function dataPkPerubahan(bk: BukuKerja, ttd: Penandatanganan) {
  // Without a revised target it would be the signed PK under another title and date.
  if (!adaPkPerubahan(bk.indikator))
    throw new Error(
      `Belum ada Target PK Perubahan di lembar ${KINERJA.nama}: isi target yang diubah pada indikatornya untuk membuat Perjanjian Kinerja Perubahan.`,
    );
  const { program, total } = programPk(bk);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      totalProgram: total,
      totalProgramPerubahan: formatRupiah(program.reduce((a, b) => a + b.pagu, 0)),
      tanggalPkAwal: bk.pengaturan.tanggalPk === null ? "" : formatTanggalDokumen(bk.pengaturan.tanggalPk),
    },
    daftar: {
      sasaran: barisPerubahan(bk, indikatorSasaranPk(bk.indikator)),
      sasaranProgram: barisPerubahan(bk, indikatorProgramPk(bk.indikator)),
      // In kolomDaftar's order: the revised budget beside the signed one, before the source.
      program: program.map(({ baris: { keterangan, ...awal }, pagu }) => ({
        ...awal,
        anggaranPerubahan: formatRupiah(pagu),
        keterangan,
      })),
    },
    kolomDaftar: {
      sasaran: KOLOM_PERUBAHAN,
      sasaranProgram: KOLOM_PERUBAHAN,
      program: ["no", "program", "anggaran", "anggaranPerubahan", "keterangan"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

const KOLOM_PERUBAHAN = ["no", "sasaran", "indikator", "target", "targetPerubahan"] as const;

export const LAPORAN_PK = laporan({
  jenis: "pk",
  nama: "Perjanjian Kinerja",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, ANGGARAN.nama],
  // Signed in January at the Bupati's: seed 001's PK "Lumajang, 10 Januari 2023", its LKJ "Klakah".
  tanggal: "tanggalPk",
  tempat: "tempatPk",
  berisi: (bk) => bk.indikator.length > 0,
  data: (k) => dataPk(k.bk, k.ttd),
});
export type KunciPk = KunciData<ReturnType<typeof dataPk>>;

export const LAPORAN_PK_PERUBAHAN = laporan({
  jenis: "pkPerubahan",
  nama: "Perjanjian Kinerja Perubahan",
  lembar: [NAMA_PENGATURAN, KINERJA.nama, ANGGARAN.nama],
  tanggal: "tanggalPkPerubahan",
  tempat: "tempatPk",
  // Only a unit that revised a target has one: Periksa Data speaks of its date only then.
  berisi: (bk) => adaPkPerubahan(bk.indikator),
  data: (k) => dataPkPerubahan(k.bk, k.ttd),
});
export type KunciPkPerubahan = KunciData<ReturnType<typeof dataPkPerubahan>>;
