/** Perjanjian Kinerja (seeds 001, 003): sasaran, indikator, target and the program budgets. */
import { normalisasiKode } from "../../core/anggaran";
import { formatRupiah } from "../../core/format";
import { ANGGARAN, anggaranSampai } from "../../core/model/anggaran";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import { indikatorPk, KINERJA } from "../../core/model/kinerja";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { nilaiSatuan, nilaiUmum, nomorSasaran } from "./umum";

/** Perjanjian Kinerja (seeds 001, 003): sasaran, indikator, target and the program budgets. */
export function dataPk(bk: BukuKerja, ttd: Penandatanganan) {
  const pk = indikatorPk(bk.indikator);
  const nomor = nomorSasaran(pk);
  const program = anggaranSampai(bk.anggaran, 0).filter((b) => b.tingkat === 1);
  const sumber = new Map(bk.anggaran.map((b) => [normalisasiKode(b.kode), b.sumberDana]));
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      totalProgram: formatRupiah(program.reduce((a, b) => a + b.paguAwal, 0)),
    },
    daftar: {
      sasaran: pk.map((ind, i) => ({
        no: nomor[i]!.no,
        sasaran: nomor[i]!.sasaran,
        indikator: ind.indikator,
        target: nilaiSatuan(ind.target, ind.satuan),
      })),
      program: program.map((b, i) => ({
        no: String(i + 1),
        program: b.uraian,
        anggaran: formatRupiah(b.paguAwal),
        keterangan: sumber.get(b.kode) ? `Sumber Dana ${sumber.get(b.kode)}` : "",
      })),
    },
    kolomDaftar: {
      sasaran: ["no", "sasaran", "indikator", "target"],
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
