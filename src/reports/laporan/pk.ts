/**
 * Perjanjian Kinerja (seeds 001, 003): sasaran strategis, sasaran program, their indicators and
 * targets, and the program budgets as signed.
 */
import { normalisasiKode } from "../../core/anggaran";
import { formatRupiah } from "../../core/format";
import { ANGGARAN, anggaranProgramPk } from "../../core/model/anggaran";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { type Indikator, indikatorProgramPk, indikatorSasaranPk, KINERJA } from "../../core/model/kinerja";
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

/**
 * Perjanjian Kinerja (seeds 001, 003): the sasaran strategis and the sasaran program with their
 * indicators and targets; each program's budget as signed (Anggaran PK, else its pagu awal),
 * JUMLAH the sum of the rows printed.
 */
export function dataPk(bk: BukuKerja, ttd: Penandatanganan) {
  const program = anggaranProgramPk(bk.anggaran);
  const sumber = new Map(bk.anggaran.map((b) => [normalisasiKode(b.kode), b.sumberDana]));
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      totalProgram: formatRupiah(program.reduce((a, b) => a + b.anggaran, 0)),
    },
    daftar: {
      sasaran: barisSasaran(bk, indikatorSasaranPk(bk.indikator)),
      sasaranProgram: barisSasaran(bk, indikatorProgramPk(bk.indikator)),
      program: program.map((b, i) => ({
        no: String(i + 1),
        program: b.uraian,
        anggaran: formatRupiah(b.anggaran),
        keterangan: sumber.get(b.kode) ? `Sumber Dana ${sumber.get(b.kode)}` : "",
      })),
    },
    kolomDaftar: {
      sasaran: ["no", "sasaran", "indikator", "target"],
      sasaranProgram: ["no", "sasaran", "indikator", "target"],
      program: ["no", "program", "anggaran", "keterangan"],
    } as const,
    grafik: {},
  } satisfies DataLaporan;
}

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
