/**
 * The figures of the RKA-SKPD 2.2.1 form and the KAK of one kegiatan (seeds 004, 000): the
 * year-n amount from its rincian (or as typed), the forward estimate at the unit's percentage
 * (110 % unless set), each amount with its terbilang in capitals as the form prints it.
 */
import { prakiraanMaju } from "../../core/anggaran";
import { formatAngka } from "../../core/format";
import { type BukuKerja, NAMA_PENGATURAN } from "../../core/model/bukuKerja";
import {
  cariKegiatan,
  jumlahKegiatan,
  jumlahRincian,
  RKA,
  RKA_RINCIAN,
  rincianKegiatan,
} from "../../core/model/rka";
import { terbilang } from "../../core/terbilang";
import type { DataLaporan } from "../template";
import { type KunciData, laporan, type Penandatanganan } from "./jenis";
import { nilaiUmum } from "./umum";

const rupiahForm = (n: number) => `${formatAngka(n, 2)}`;
const kata = (n: number) => terbilang(n, { akhiran: "rupiah", huruf: "besar" });

export function dataRka(bk: BukuKerja, kode: string | undefined, ttd: Penandatanganan) {
  const k = cariKegiatan(bk, kode);
  const tahun = bk.pengaturan.tahun;
  const ini = jumlahKegiatan(bk, k.kode);
  if (ini === null) throw new Error(`Kegiatan ${k.kode}: jumlah tahun ini belum diisi.`);
  const lalu = k.jumlahTahunLalu ?? 0;
  const maju = prakiraanMaju(ini, k.persenMaju ?? 110);
  const rincian = rincianKegiatan(bk, k.kode);
  return {
    nilai: {
      ...nilaiUmum(bk, ttd),
      tahunLalu: tahun === null ? "" : String(tahun - 1),
      tahunDepan: tahun === null ? "" : String(tahun + 1),
      kodeKegiatan: k.kode,
      urusan: k.urusan,
      organisasi: k.organisasi,
      program: k.program,
      kegiatan: k.kegiatan,
      lokasi: k.lokasi,
      jumlahTahunLalu: rupiahForm(lalu),
      terbilangTahunLalu: kata(lalu),
      jumlahTahunIni: rupiahForm(ini),
      terbilangTahunIni: kata(ini),
      jumlahTahunDepan: rupiahForm(maju),
      terbilangTahunDepan: kata(maju),
      persenMaju: formatAngka(k.persenMaju ?? 110, 2, { buangNolDesimal: true }),
      capaianProgram: k.capaianProgram,
      targetCapaianProgram: k.targetCapaianProgram,
      masukan: "Tersedianya dana",
      targetMasukan: `Rp ${rupiahForm(ini)}`,
      keluaran: k.keluaran,
      targetKeluaran: k.targetKeluaran,
      hasil: k.hasil,
      targetHasil: k.targetHasil,
      kelompokSasaran: k.kelompokSasaran,
      // The KAK's own "waktu" and "tempat" (of the activity) must not shadow the signing place.
      latarBelakang: k.latarBelakang,
      dasarHukum: k.dasarHukum,
      maksudTujuan: k.maksudTujuan,
      bentukKegiatan: k.bentukKegiatan,
      konsepKegiatan: k.konsepKegiatan,
      mekanisme: k.mekanisme,
      waktuPelaksanaan: k.waktu,
      tempatPelaksanaan: k.tempat,
      manfaat: k.manfaat,
      jumlahRincian: rupiahForm(ini),
    },
    daftar: {
      rincian: rincian.map((r, i) => ({
        no: String(i + 1),
        kodeRekening: r.kodeRekening,
        uraian: r.uraian,
        volume: r.volume === null ? "" : formatAngka(r.volume, 2, { buangNolDesimal: true }),
        satuan: r.satuan,
        harga: r.harga === null ? "" : formatAngka(r.harga, 0),
        jumlah: formatAngka(jumlahRincian(r), 0),
      })),
    },
    kolomDaftar: { rincian: ["no", "kodeRekening", "uraian", "volume", "satuan", "harga", "jumlah"] },
    grafik: {},
  } satisfies DataLaporan;
}

const LEMBAR_RKA = [NAMA_PENGATURAN, RKA.nama, RKA_RINCIAN.nama];

export const LAPORAN_RKA = laporan({
  jenis: "rka",
  nama: "RKA-SKPD 2.2.1",
  lembar: LEMBAR_RKA,
  perKegiatan: true,
  tanggal: "tanggalRka",
  berisi: (bk) => bk.rka.length > 0,
  data: (k) => dataRka(k.bk, k.opsi.kegiatan, k.ttd),
});
export const LAPORAN_KAK = laporan({
  jenis: "kak",
  nama: "Kerangka Acuan Kerja (KAK)",
  lembar: LEMBAR_RKA,
  perKegiatan: true,
  tanggal: "tanggalRka",
  berisi: (bk) => bk.rka.length > 0,
  data: (k) => dataRka(k.bk, k.opsi.kegiatan, k.ttd),
});
export type KunciRka = KunciData<ReturnType<typeof dataRka>>;
